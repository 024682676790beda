// The console's actions on applications: one route per step of the lifecycle (each names the version
// it was taken on and answers the application's page as it now is, or 409 with what changed), the
// bulk action on a selection, and the e-mails sent about an application. Mounted by staff-routes.ts.
import { Hono } from 'hono';
import { describeRoute, resolver } from 'hono-openapi';
import * as v from 'valibot';
import { ApplicationParams } from '../../contract/applications.ts';
import { ProblemSchema } from '../../contract/problem.ts';
import { BodyParams } from '../../contract/slug.ts';
import {
  AcceptDocuments,
  AdmitAction,
  ApplicationFile,
  BulkAction,
  BulkResult,
  EmailView,
  MarkFeeReceived,
  MoveSession,
  RejectAction,
  ReturnForCompletionAction,
  VersionConflict,
} from '../../contract/staff.ts';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import { access } from '../access/allow.ts';
import { rules } from '../access/policy.ts';
import type { AuthConfig } from '../auth/config.ts';
import type { AppEnv } from '../http/env.ts';
import { jsonOnly } from '../http/json-only.ts';
import { jsonBodyProblems, jsonContent, problems, securityOf } from '../http/openapi.ts';
import { jsonBody, pathParams } from '../http/validate.ts';
import type { MailQueue } from '../mail/outbox.ts';
import { applicationActions } from './actions.ts';
import { bulkActions } from './bulk.ts';
import { applicationProcessing } from './processing.ts';
import { staffScope } from './scope.ts';

/**
 * A step's 409: taken on another version than the current one (the extensions say the version and
 * state now and the steps since, so the page shows what changed), or from a state that does not allow it.
 */
const STEP_CONFLICT = {
  description:
    'The application changed since the version named (`version`, `state` and `since`, the steps taken meanwhile), or its state or fee does not allow the step (`state`)',
  content: {
    'application/problem+json': {
      schema: resolver(
        v.pipe(
          v.object({ ...ProblemSchema.entries, ...v.partial(VersionConflict).entries }),
          v.metadata({ ref: 'VersionConflictProblem' }),
        ),
      ),
    },
  },
};

const ALL_STAFF = ['manager', 'processor', 'assessor'] as const;
/** Who handles applications day to day. */
const HANDLERS = ['manager', 'processor'] as const;

export function applicationActionRoutes(deps: {
  db: Database;
  clock: Clock;
  auth: AuthConfig;
  mail?: MailQueue;
}) {
  const allow = access(deps);
  const actions = applicationActions(deps.db, deps.mail);
  const processing = applicationProcessing(deps.db, deps.mail);
  const bulk = bulkActions(actions, processing);
  const json = jsonOnly({ maxBytes: 64 * 1024 });
  const tags = ['Awarding body'];
  const changing = securityOf(rules.staff(...HANDLERS), { changes: true });
  const refused = { 400: problems[400], 401: problems[401], 403: problems[403], 404: problems[404] };
  /** What every step answers. */
  const step = (summary: string) =>
    describeRoute({
      tags,
      summary,
      ...changing,
      responses: {
        200: jsonContent(ApplicationFile, 'The application as it now is', 'ApplicationFile'),
        ...refused,
        409: STEP_CONFLICT,
        ...jsonBodyProblems,
      },
    });
  const handlers = [allow(rules.staff(...HANDLERS)), pathParams(ApplicationParams), json] as const;
  const path = (action: string) => `/staff/bodies/:body/applications/:application/${action}` as const;

  return new Hono<AppEnv>()
    .post(
      path('fee-received'),
      step(
        'Marks the exam fee received, or with `waivedBecause` waived: admission needs one of them (409 on another version)',
      ),
      ...handlers,
      jsonBody(MarkFeeReceived),
      async (c) => {
        const { version, waivedBecause } = c.req.valid('json');
        const id = c.req.valid('param').application;
        return c.json(await actions.markFeeReceived(staffScope(c), id, version, waivedBecause), 200);
      },
    )
    .post(
      path('documents-accepted'),
      step('Accepts the documents as complete (409 on another version)'),
      ...handlers,
      jsonBody(AcceptDocuments),
      async (c) => {
        const id = c.req.valid('param').application;
        return c.json(await actions.acceptDocuments(staffScope(c), id, c.req.valid('json').version), 200);
      },
    )
    .post(
      path('return'),
      step(
        'Returns an application for completion, saying what is asked for (the applicant sees the reason and gets an e-mail)',
      ),
      ...handlers,
      jsonBody(ReturnForCompletionAction),
      async (c) => {
        const { version, reason } = c.req.valid('json');
        const id = c.req.valid('param').application;
        return c.json(await actions.returnForCompletion(staffScope(c), id, version, reason), 200);
      },
    )
    .post(
      path('admit'),
      step(
        'Admits to an exam session, once the fee is received or waived (409 otherwise); the applicant gets an e-mail',
      ),
      ...handlers,
      jsonBody(AdmitAction),
      async (c) => {
        const { version, session } = c.req.valid('json');
        const id = c.req.valid('param').application;
        return c.json(await actions.admit(staffScope(c), id, version, session), 200);
      },
    )
    .post(
      path('move-session'),
      step('Moves an admitted applicant to another exam session, saying why; the applicant gets an e-mail'),
      ...handlers,
      jsonBody(MoveSession),
      async (c) => {
        const { version, session, reason } = c.req.valid('json');
        const id = c.req.valid('param').application;
        return c.json(await actions.moveSession(staffScope(c), id, version, session, reason), 200);
      },
    )
    .post(
      path('reject'),
      step('Rejects an application with a reason; the applicant gets an e-mail'),
      ...handlers,
      jsonBody(RejectAction),
      async (c) => {
        const { version, reason } = c.req.valid('json');
        const id = c.req.valid('param').application;
        return c.json(await actions.reject(staffScope(c), id, version, reason), 200);
      },
    )
    .post(
      '/staff/bodies/:body/bulk-actions',
      describeRoute({
        tags,
        summary:
          'One action on a selection (fee received, admit, message): each application on its own, on its current version',
        ...changing,
        responses: {
          200: jsonContent(BulkResult, 'What was done and what was refused, and why', 'BulkResult'),
          ...refused,
          ...jsonBodyProblems,
        },
      }),
      allow(rules.staff(...HANDLERS)),
      pathParams(BodyParams),
      json,
      jsonBody(BulkAction),
      async (c) => c.json(await bulk.run(staffScope(c), c.req.valid('json')), 200),
    )
    .get(
      '/staff/bodies/:body/applications/:application/emails',
      describeRoute({
        tags,
        summary:
          'The e-mails sent or queued to the applicant about the application, with their state; the read is recorded',
        ...securityOf(rules.staff(...ALL_STAFF)),
        responses: {
          200: jsonContent(v.object({ emails: v.array(EmailView) }), 'The e-mails', 'EmailList'),
          ...refused,
        },
      }),
      allow(rules.staff(...ALL_STAFF)),
      pathParams(ApplicationParams),
      async (c) =>
        c.json({ emails: await processing.emails(staffScope(c), c.req.valid('param').application) }, 200),
    );
}
