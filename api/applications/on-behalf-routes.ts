// Staff applying on a person's behalf (the seed: people abroad, or without the skills to apply
// online): the same draft, documents and submit as the applicant's own, with the staff member as the
// one who submits. A body's managers and processors, in the console, at their own body only.
// Mounted by staff-routes.ts.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import * as v from 'valibot';
import {
  ApplicationParams,
  ApplicationView,
  DocumentIdParams,
  DocumentParams,
  DocumentView,
  DraftPatch,
  UploadQuery,
} from '../../contract/applications.ts';
import { BodyParams, Slug } from '../../contract/slug.ts';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import { access } from '../access/allow.ts';
import { rules } from '../access/policy.ts';
import type { AuthConfig } from '../auth/config.ts';
import { type DocumentStorage, postgresStorage } from '../documents/storage.ts';
import type { AppEnv } from '../http/env.ts';
import { jsonOnly } from '../http/json-only.ts';
import { FILE_CONTENT, jsonBodyProblems, jsonContent, problems, securityOf } from '../http/openapi.ts';
import { badRequest } from '../http/problem.ts';
import { jsonBody, pathParams, queryParams } from '../http/validate.ts';
import { httpPhrase, sayIssue } from '../http/wording.ts';
import { removeDocument, uploadDocument } from './documents.ts';
import { patchDraft } from './draft.ts';
import { OnBehalfPerson, onBehalfService, PersonForApplying } from './on-behalf.ts';
import { staffScope } from './scope.ts';
import { submitApplication } from './submit.ts';

const StartDraft = v.object({ qualification: Slug, kind: Slug });
const PersonParams = v.object({ ...BodyParams.entries, person: v.pipe(v.string(), v.uuid()) });
const IdempotencyKey = v.optional(
  v.pipe(v.string(), v.regex(/^[\x21-\x7e]{8,200}$/, 'must be 8–200 visible ASCII characters')),
);
/** Who handles applications day to day: they may apply for a person too. */
const HANDLERS = ['manager', 'processor'] as const;

/** The Idempotency-Key header, checked: 400 naming it when it is not a key. */
function idempotencyKey(c: Context<AppEnv>) {
  const key = v.safeParse(IdempotencyKey, c.req.header('idempotency-key'));
  if (key.success) return key.output;
  throw badRequest(httpPhrase({ code: 'invalidHeader', params: { name: 'Idempotency-Key' } }), {
    errors: [
      { in: 'header', field: 'Idempotency-Key', detail: (language) => sayIssue(key.issues[0], language) },
    ],
  });
}

export function onBehalfRoutes(deps: {
  db: Database;
  clock: Clock;
  auth: AuthConfig;
  storage?: DocumentStorage;
}) {
  const { db } = deps;
  const storage = deps.storage ?? postgresStorage(db);
  const allow = access(deps);
  const service = onBehalfService(db);
  const json = jsonOnly({ maxBytes: 64 * 1024 });
  const tags = ['Awarding body'];
  const rule = rules.staff(...HANDLERS);
  const reading = securityOf(rule);
  const changing = securityOf(rule, { changes: true });
  const refused = { 400: problems[400], 401: problems[401], 403: problems[403], 404: problems[404] };
  const view = jsonContent(ApplicationView, 'The application, as the person sees it', 'ApplicationView');
  const person = jsonContent(OnBehalfPerson, 'The person', 'OnBehalfPerson');
  const base = '/staff/bodies/:body/on-behalf';

  return (
    new Hono<AppEnv>()
      .post(
        `${base}/people`,
        describeRoute({
          tags,
          summary: 'Finds the person to apply for by personal code, or adds them to the registry',
          description:
            '200 with the person found (the registry’s name stands); 201 with the person added, for which the given and family name are required (422 naming them otherwise). POST, not GET: a personal code in a URL ends up in browser history and proxy logs. The read or the addition is recorded.',
          ...changing,
          responses: { 200: person, 201: person, ...refused, ...jsonBodyProblems },
        }),
        allow(rule),
        pathParams(BodyParams),
        json,
        jsonBody(PersonForApplying),
        async (c) => {
          const found = await service.findOrAddPerson(staffScope(c), c.req.valid('json'));
          return c.json(found.person, found.created ? 201 : 200);
        },
      )
      .post(
        `${base}/people/:person/applications`,
        describeRoute({
          tags,
          summary: 'Starts a draft application for the person, or resumes the one staff started',
          description:
            '201 with a new draft, made by the caller on the person’s behalf; 200 with the draft staff already began. 409 when the person began a draft of this kind themselves; 422 when the kind is unknown or not open.',
          ...changing,
          responses: { 200: view, 201: view, ...refused, 409: problems[409], ...jsonBodyProblems },
        }),
        allow(rule),
        pathParams(PersonParams),
        json,
        jsonBody(StartDraft),
        async (c) => {
          const { created, application } = await service.startDraft(
            staffScope(c),
            c.req.valid('param').person,
            c.req.valid('json'),
          );
          return c.json(application, created ? 201 : 200);
        },
      )
      .get(
        `${base}/applications/:application`,
        describeRoute({
          tags,
          summary: 'An application made on a person’s behalf, as they see it; the read is recorded',
          description: '403 for an application the person made themselves.',
          ...reading,
          responses: { 200: view, ...refused },
        }),
        allow(rule),
        pathParams(ApplicationParams),
        async (c) => {
          const { application } = c.req.valid('param');
          const own = await service.forApplication(staffScope(c), application);
          return c.json(await service.view(own, application), 200);
        },
      )
      .patch(
        `${base}/applications/:application`,
        describeRoute({
          tags,
          summary: 'Saves the draft made on a person’s behalf (or returned for completion)',
          description: 'Only the fields sent change. 409 once the application can no longer be changed.',
          ...changing,
          responses: { 200: view, ...refused, 409: problems[409], ...jsonBodyProblems },
        }),
        allow(rule),
        pathParams(ApplicationParams),
        json,
        jsonBody(DraftPatch),
        async (c) => {
          const { application } = c.req.valid('param');
          const own = await service.forApplication(staffScope(c), application);
          return c.json(await patchDraft(own, application, c.req.valid('json')), 200);
        },
      )
      .delete(
        `${base}/applications/:application/documents/:document`,
        describeRoute({
          tags,
          summary: 'Removes a document from the draft made on a person’s behalf',
          description:
            '409 once the application can no longer be changed, and for a payment order a payment was recorded on. (Staff read the files at …/applications/{application}/documents/{document}.)',
          ...changing,
          responses: { 204: { description: 'Removed' }, ...refused, 409: problems[409] },
        }),
        allow(rule),
        pathParams(DocumentIdParams),
        async (c) => {
          const { application, document } = c.req.valid('param');
          const own = await service.forApplication(staffScope(c), application);
          await removeDocument(own, storage, application, document);
          return c.body(null, 204);
        },
      )
      // After the DELETE: the document lists both under …/documents/{document} (docs/identical-paths.ts).
      .put(
        `${base}/applications/:application/documents/:type`,
        describeRoute({
          tags,
          summary:
            'Uploads a document of one required type for the person (the file is the request body), replacing the earlier one',
          description:
            'As the applicant’s own upload: the type is read from the content, 413 past the size limit, 422 when the document breaks a rule (field named), 409 when the application can no longer be changed. The path’s last part is the document type’s slug.',
          ...changing,
          requestBody: { required: true, description: 'The file, as it is', content: FILE_CONTENT },
          responses: {
            201: jsonContent(DocumentView, 'The stored document', 'DocumentView'),
            ...refused,
            409: problems[409],
            413: problems[413],
            422: problems[422],
          },
        }),
        allow(rule),
        pathParams(DocumentParams),
        queryParams(UploadQuery),
        async (c) => {
          const { application, type } = c.req.valid('param');
          const own = await service.forApplication(staffScope(c), application);
          const length = c.req.header('content-length');
          const document = await uploadDocument(own, storage, application, type, c.req.valid('query'), {
            body: c.req.raw.body,
            declaredBytes: length && /^\d+$/.test(length) ? Number(length) : undefined,
          });
          return c.json(document, 201);
        },
      )
      .post(
        `${base}/applications/:application/submit`,
        describeRoute({
          tags,
          summary: 'Submits the application on the person’s behalf; the person sees who submitted it',
          description:
            'Idempotent: send an Idempotency-Key; the same key again answers as the first time. 422 lists every missing field; 409 when it was already submitted with another key.',
          ...changing,
          parameters: [
            {
              in: 'header',
              name: 'Idempotency-Key',
              description: '8–200 visible ASCII characters; the same key again answers as the first time.',
              schema: { type: 'string', pattern: '^[\\x21-\\x7e]{8,200}$' },
            },
          ],
          responses: { 200: view, ...refused, 409: problems[409], 422: problems[422] },
        }),
        allow(rule),
        pathParams(ApplicationParams),
        async (c) => {
          const { application } = c.req.valid('param');
          const key = idempotencyKey(c);
          const own = await service.forApplication(staffScope(c), application);
          return c.json(await submitApplication(own, application, key), 200);
        },
      )
  );
}
