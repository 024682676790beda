// The applicant's own applications on a body's website: the application form's and the status
// tracker's API. Signed in through the widget (or the console); only ever their own applications.
import { createHash } from 'node:crypto';
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
  MessageView,
  NewMessage,
  UploadQuery,
  Withdraw,
} from '../../contract/applications.ts';
import { BodyParams, Slug } from '../../contract/slug.ts';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import { access } from '../access/allow.ts';
import { rules } from '../access/policy.ts';
import type { AuthConfig } from '../auth/config.ts';
import { fileResponse } from '../documents/download.ts';
import { ATTACHMENTS } from '../documents/limits.ts';
import { type DocumentStorage, postgresStorage } from '../documents/storage.ts';
import type { AppEnv } from '../http/env.ts';
import { jsonOnly } from '../http/json-only.ts';
import {
  FILE_CONTENT,
  IF_NONE_MATCH,
  jsonBodyProblems,
  jsonContent,
  NOT_MODIFIED,
  problems,
  securityOf,
} from '../http/openapi.ts';
import { badRequest } from '../http/problem.ts';
import { jsonBody, pathParams, queryParams } from '../http/validate.ts';
import { httpPhrase, sayIssue } from '../http/wording.ts';
import { ownDocument, removeDocument, uploadAttachment, uploadDocument } from './documents.ts';
import { patchDraft } from './draft.ts';
import { readOwnMessages, sendOwnMessage } from './messages.ts';
import { listOwn, ownView, startDraft } from './own.ts';
import { applicantScope } from './scope.ts';
import { submitApplication, withdrawApplication } from './submit.ts';

const StartDraft = v.object({ qualification: Slug, kind: Slug });
const AttachmentQuery = v.object({ name: UploadQuery.entries.name });
const IdempotencyKey = v.optional(
  v.pipe(v.string(), v.regex(/^[\x21-\x7e]{8,200}$/, 'must be 8–200 visible ASCII characters')),
);
/** JSON bodies here are small forms. */
const json = jsonOnly({ maxBytes: 64 * 1024 });

export function applicantRoutes(deps: {
  db: Database;
  clock: Clock;
  auth: AuthConfig;
  storage?: DocumentStorage;
}) {
  const { db, clock } = deps;
  const storage = deps.storage ?? postgresStorage(db);
  const allow = access(deps);
  const tags = ['Applications'];
  // The applicant's own: a widget token from the body's website, or their console session.
  const reads = securityOf(rules.person);
  const changes = securityOf(rules.person, { changes: true });
  const view = jsonContent(ApplicationView, 'The application', 'ApplicationView');
  const refused = { 400: problems[400], 401: problems[401], 403: problems[403], 404: problems[404] };

  /** The caller acting on their own applications at the body in the path. */
  const own = (c: Context<AppEnv>, slug: string) => applicantScope(c, { db, now: clock.now() }, slug);
  const upload = (c: Context<AppEnv>) => {
    const length = c.req.header('content-length');
    return {
      body: c.req.raw.body,
      declaredBytes: length && /^\d+$/.test(length) ? Number(length) : undefined,
    };
  };

  return new Hono<AppEnv>()
    .get(
      '/:body/applications',
      describeRoute({
        tags,
        summary: 'My applications at this body, newest first',
        description: 'With an ETag: poll with If-None-Match, and a 304 says nothing changed.',
        ...reads,
        parameters: [IF_NONE_MATCH],
        responses: {
          200: jsonContent(
            v.object({ applications: v.array(ApplicationView) }),
            'My applications',
            'ApplicationList',
          ),
          304: NOT_MODIFIED,
          ...refused,
        },
      }),
      allow(rules.person),
      pathParams(BodyParams),
      async (c) => {
        const list = await listOwn(await own(c, c.req.valid('param').body));
        const body = JSON.stringify({ applications: list });
        const etag = `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
        c.header('ETag', etag);
        // no-store, like all personal data: the widget keeps the ETag and sends If-None-Match itself.
        c.header('Cache-Control', 'no-store');
        if (c.req.header('if-none-match') === etag) return c.body(null, 304);
        return c.body(body, 200, { 'Content-Type': 'application/json' });
      },
    )
    .post(
      '/:body/applications',
      describeRoute({
        tags,
        summary: 'Starts a draft application, or resumes my draft of the same kind',
        description:
          '201 with a new draft; 200 with the draft already begun. 422 when the kind is unknown or not open.',
        ...changes,
        responses: { 200: view, 201: view, ...refused, ...jsonBodyProblems },
      }),
      allow(rules.person),
      pathParams(BodyParams),
      json,
      jsonBody(StartDraft),
      async (c) => {
        const { created, application } = await startDraft(
          await own(c, c.req.valid('param').body),
          c.req.valid('json'),
        );
        return c.json(application, created ? 201 : 200);
      },
    )
    .get(
      '/:body/applications/:application',
      describeRoute({
        tags,
        summary: 'One of my applications, with its history and what it still lacks',
        ...reads,
        responses: { 200: view, ...refused },
      }),
      allow(rules.person),
      pathParams(ApplicationParams),
      async (c) => {
        const { body, application } = c.req.valid('param');
        return c.json(await ownView(await own(c, body), application), 200);
      },
    )
    .patch(
      '/:body/applications/:application',
      describeRoute({
        tags,
        summary: 'Saves my draft (or my application returned for completion) as I go',
        description: 'Only the fields sent change. 409 once the application can no longer be changed.',
        ...changes,
        responses: { 200: view, ...refused, 409: problems[409], ...jsonBodyProblems },
      }),
      allow(rules.person),
      pathParams(ApplicationParams),
      json,
      jsonBody(DraftPatch),
      async (c) => {
        const { body, application } = c.req.valid('param');
        return c.json(await patchDraft(await own(c, body), application, c.req.valid('json')), 200);
      },
    )
    .put(
      '/:body/applications/:application/documents/:type',
      describeRoute({
        tags,
        summary:
          'Uploads the document of one required type (the file is the request body), replacing the earlier one',
        description:
          'The type is read from the content (PDF, JPEG, PNG as the body allows), never from the name; 413 past the size limit, counted while the file arrives; 422 when the document breaks a rule (field named); 409 when the application can no longer be changed (checked again once the file has arrived) or a payment was recorded on the document it would replace. The path’s last part is the document type’s slug (e.g. `criminal-record`), not a document id.',
        ...changes,
        requestBody: { required: true, description: 'The file, as it is', content: FILE_CONTENT },
        responses: {
          201: jsonContent(DocumentView, 'The stored document', 'DocumentView'),
          ...refused,
          409: problems[409],
          413: problems[413],
          422: problems[422],
        },
      }),
      allow(rules.person),
      pathParams(DocumentParams),
      queryParams(UploadQuery),
      async (c) => {
        const { body, application, type } = c.req.valid('param');
        const document = await uploadDocument(
          await own(c, body),
          storage,
          application,
          type,
          c.req.valid('query'),
          upload(c),
        );
        return c.json(document, 201);
      },
    )
    .delete(
      '/:body/applications/:application/documents/:document',
      describeRoute({
        tags,
        summary: 'Removes a document from my draft, or a file not yet sent with a message',
        description:
          '409 once the application can no longer be changed, for a payment order a payment was recorded on, and for a file a message carried.',
        ...changes,
        responses: { 204: { description: 'Removed' }, ...refused, 409: problems[409] },
      }),
      allow(rules.person),
      pathParams(DocumentIdParams),
      async (c) => {
        const { body, application, document } = c.req.valid('param');
        await removeDocument(await own(c, body), storage, application, document);
        return c.body(null, 204);
      },
    )
    .get(
      '/:body/applications/:application/documents/:document',
      describeRoute({
        tags,
        summary: 'Downloads one of my files, as an attachment',
        ...reads,
        responses: { 200: { description: 'The file, as it was sent', content: FILE_CONTENT }, ...refused },
      }),
      allow(rules.person),
      pathParams(DocumentIdParams),
      async (c) => {
        const { body, application, document } = c.req.valid('param');
        const file = await ownDocument(await own(c, body), application, document);
        return fileResponse(c, storage, file);
      },
    )
    .post(
      '/:body/applications/:application/attachments',
      describeRoute({
        tags,
        summary: 'Uploads a file to attach to my next message (the file is the request body)',
        description: `At most ${ATTACHMENTS.perApplication} files and ${ATTACHMENTS.totalBytes / 1024 / 1024} MB per application, sent or not: 422 for one file too many, 413 past the size (field file). A file no message took within a day is removed.`,
        ...changes,
        requestBody: { required: true, description: 'The file, as it is', content: FILE_CONTENT },
        responses: {
          201: jsonContent(DocumentView, 'The stored file', 'DocumentView'),
          ...refused,
          409: problems[409],
          413: problems[413],
          422: problems[422],
        },
      }),
      allow(rules.person),
      pathParams(ApplicationParams),
      queryParams(AttachmentQuery),
      async (c) => {
        const { body, application } = c.req.valid('param');
        const file = await uploadAttachment(
          await own(c, body),
          storage,
          application,
          c.req.valid('query').name,
          upload(c),
        );
        return c.json(file, 201);
      },
    )
    .post(
      '/:body/applications/:application/submit',
      describeRoute({
        tags,
        summary: 'Submits my application',
        description:
          'Idempotent: send an Idempotency-Key; the same key again answers as the first time. 422 lists every missing field; 409 when it was already submitted with another key.',
        ...changes,
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
      allow(rules.person),
      pathParams(ApplicationParams),
      async (c) => {
        const { body, application } = c.req.valid('param');
        const key = v.safeParse(IdempotencyKey, c.req.header('idempotency-key'));
        if (!key.success)
          throw badRequest(httpPhrase({ code: 'invalidHeader', params: { name: 'Idempotency-Key' } }), {
            errors: [
              {
                in: 'header',
                field: 'Idempotency-Key',
                detail: (language) => sayIssue(key.issues[0], language),
              },
            ],
          });
        return c.json(await submitApplication(await own(c, body), application, key.output), 200);
      },
    )
    .post(
      '/:body/applications/:application/withdraw',
      describeRoute({
        tags,
        summary: 'Withdraws my application while it is not yet assessed',
        ...changes,
        responses: { 200: view, ...refused, 409: problems[409], ...jsonBodyProblems },
      }),
      allow(rules.person),
      pathParams(ApplicationParams),
      json,
      jsonBody(Withdraw),
      async (c) => {
        const { body, application } = c.req.valid('param');
        return c.json(
          await withdrawApplication(await own(c, body), application, c.req.valid('json').reason),
          200,
        );
      },
    )
    .get(
      '/:body/applications/:application/messages',
      describeRoute({
        tags,
        summary: 'Messages with the awarding body about my application (marks them read)',
        ...reads,
        responses: {
          200: jsonContent(v.object({ messages: v.array(MessageView) }), 'The messages', 'MessageList'),
          ...refused,
        },
      }),
      allow(rules.person),
      pathParams(ApplicationParams),
      async (c) => {
        const { body, application } = c.req.valid('param');
        return c.json({ messages: await readOwnMessages(await own(c, body), application) }, 200);
      },
    )
    .post(
      '/:body/applications/:application/messages',
      describeRoute({
        tags,
        summary: 'Sends the awarding body a message, with files uploaded as attachments',
        ...changes,
        responses: {
          201: jsonContent(MessageView, 'The message sent', 'MessageView'),
          ...refused,
          409: problems[409],
          ...jsonBodyProblems,
        },
      }),
      allow(rules.person),
      pathParams(ApplicationParams),
      json,
      jsonBody(NewMessage),
      async (c) => {
        const { body, application } = c.req.valid('param');
        const { text, attachments = [] } = c.req.valid('json');
        return c.json(await sendOwnMessage(await own(c, body), application, text, attachments), 201);
      },
    );
}
