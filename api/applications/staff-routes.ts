// The console's application routes for an awarding body's people: staff (by role), its committee,
// and partners or employers under a mandate. Each is guarded by its rule; each handler builds the
// caller's scope, which sees only its body, and answers what the services return.
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import * as v from 'valibot';
import { ApplicationParams, DocumentIdParams, MessageView } from '../../contract/applications.ts';
import { ApplicationFile } from '../../contract/staff.ts';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import { access } from '../access/allow.ts';
import { rules } from '../access/policy.ts';
import type { AuthConfig } from '../auth/config.ts';
import { fileResponse } from '../documents/download.ts';
import { type DocumentStorage, postgresStorage } from '../documents/storage.ts';
import type { AppEnv } from '../http/env.ts';
import { jsonOnly } from '../http/json-only.ts';
import { FILE_CONTENT, jsonBodyProblems, jsonContent, problems, securityOf } from '../http/openapi.ts';
import { jsonBody, pathParams, queryParams } from '../http/validate.ts';
import type { MailQueue } from '../mail/outbox.ts';
import { applicationActionRoutes } from './action-routes.ts';
import { applicationListRoutes } from './list-routes.ts';
import { onBehalfRoutes } from './on-behalf-routes.ts';
import { applicationProcessing } from './processing.ts';
import { staffScope } from './scope.ts';
import { staffReads } from './staff-reads.ts';

const Text = (max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.maxLength(max, `must be at most ${max} characters`),
    v.nonEmpty('must not be empty'),
  );
const BodyMessage = v.strictObject({ text: Text(5000) });
/** `inline=1`: show the file in the page (a PDF or an image) rather than save it. */
const DocumentQuery = v.object({ inline: v.optional(v.picklist(['0', '1'], 'must be 0 or 1')) });

const ALL_STAFF = ['manager', 'processor', 'assessor'] as const;
/** Who handles applications day to day. */
const HANDLERS = ['manager', 'processor'] as const;

export function staffApplicationRoutes(deps: {
  db: Database;
  clock: Clock;
  auth: AuthConfig;
  storage?: DocumentStorage;
  /** Queues the applicant's e-mails (api/mail/outbox.ts); absent, none is queued. */
  mail?: MailQueue;
}) {
  const allow = access(deps);
  const reads = staffReads(deps.db);
  const processing = applicationProcessing(deps.db, deps.mail);
  const storage = deps.storage ?? postgresStorage(deps.db);
  const json = jsonOnly({ maxBytes: 64 * 1024 });
  const tags = ['Awarding body'];
  // Every rule here is a body rule: a console session, never a widget token (access/policy.ts).
  const reading = securityOf(rules.staff(...ALL_STAFF));
  const changing = securityOf(rules.staff(...HANDLERS), { changes: true });
  const refused = { 400: problems[400], 401: problems[401], 403: problems[403], 404: problems[404] };
  return new Hono<AppEnv>()
    .route('/', applicationListRoutes(deps))
    .route('/', onBehalfRoutes(deps))
    .route('/', applicationActionRoutes(deps))
    .get(
      '/staff/bodies/:body/applications/:application',
      describeRoute({
        tags,
        summary:
          'An application’s page: the applicant’s data, payments, documents and timeline (staff); the read is recorded',
        ...reading,
        responses: { 200: jsonContent(ApplicationFile, 'The application', 'ApplicationFile'), ...refused },
      }),
      allow(rules.staff(...ALL_STAFF)),
      pathParams(ApplicationParams),
      async (c) => c.json(await reads.get(staffScope(c), c.req.valid('param').application), 200),
    )
    .get(
      '/staff/bodies/:body/applications/:application/messages',
      describeRoute({
        tags,
        summary: 'Messages with the applicant (staff); the read is recorded',
        ...reading,
        responses: {
          200: jsonContent(v.object({ messages: v.array(MessageView) }), 'The messages', 'MessageList'),
          ...refused,
        },
      }),
      allow(rules.staff(...ALL_STAFF)),
      pathParams(ApplicationParams),
      async (c) =>
        c.json({ messages: await processing.thread(staffScope(c), c.req.valid('param').application) }, 200),
    )
    .post(
      '/staff/bodies/:body/applications/:application/messages',
      describeRoute({
        tags,
        summary: 'Writes to the applicant about the application (and e-mails it to them)',
        ...changing,
        responses: {
          201: jsonContent(MessageView, 'The message sent', 'MessageView'),
          ...refused,
          ...jsonBodyProblems,
        },
      }),
      allow(rules.staff(...HANDLERS)),
      pathParams(ApplicationParams),
      json,
      jsonBody(BodyMessage),
      async (c) =>
        c.json(
          await processing.send(staffScope(c), c.req.valid('param').application, c.req.valid('json').text),
          201,
        ),
    )
    .get(
      '/staff/bodies/:body/applications/:application/documents/:document',
      describeRoute({
        tags,
        summary:
          'A file the applicant sent (staff): a download, or with inline=1 a PDF or image shown in the console; the read is recorded',
        ...reading,
        responses: { 200: { description: 'The file, as it was sent', content: FILE_CONTENT }, ...refused },
      }),
      allow(rules.staff(...ALL_STAFF)),
      pathParams(DocumentIdParams),
      queryParams(DocumentQuery),
      async (c) => {
        const { application, document } = c.req.valid('param');
        const file = await processing.document(staffScope(c), application, document);
        return fileResponse(c, storage, file, { inline: c.req.valid('query').inline === '1' });
      },
    );
}
