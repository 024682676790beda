// Helpers for routes' OpenAPI descriptions.
import { resolver } from 'hono-openapi';
import type * as v from 'valibot';
import { ProblemSchema } from './problem.ts';

export const jsonContent = (schema: v.GenericSchema, description: string) => ({
  description,
  content: { 'application/json': { schema: resolver(schema) } },
});

export const problemContent = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: resolver(ProblemSchema) } },
});
