// A certificate owner's own certificates: the list, publish or hide, orders and questions, and the
// threads of their requests. The holder only (rules.person): a widget token from any body's
// website or their console session; every certificate of theirs, whichever body issued it.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import * as v from 'valibot';
import {
  CertificateParams,
  NewOrder,
  NewOwnerMessage,
  NewQuestion,
  OwnCertificateList,
  OwnerRequestParams,
  OwnerRequestThread,
  OwnerRequestView,
  Visibility,
} from '../../contract/owner-certificates.ts';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import { access } from '../access/allow.ts';
import { rules } from '../access/policy.ts';
import type { AuthConfig } from '../auth/config.ts';
import { demoRegistryPayee, type RegistryPayee } from '../config.ts';
import type { AppEnv } from '../http/env.ts';
import { jsonOnly } from '../http/json-only.ts';
import { jsonBodyProblems, jsonContent, problems, securityOf } from '../http/openapi.ts';
import { jsonBody, pathParams } from '../http/validate.ts';
import type { MailQueue } from '../mail/outbox.ts';
import { askQuestion, orderCopy, replyInThread, requestThread, setVisibility } from './owner-actions.ts';
import { listOwnCertificates } from './owner-list.ts';
import { ownerScope } from './owner-scope.ts';

/** JSON bodies here are small forms. */
const json = jsonOnly({ maxBytes: 16 * 1024 });

export function ownerCertificateRoutes(deps: {
  db: Database;
  clock: Clock;
  auth: AuthConfig;
  mail?: MailQueue;
  registryPayee?: RegistryPayee | undefined;
}) {
  const { db, clock, auth } = deps;
  const registryPayee = deps.registryPayee ?? demoRegistryPayee;
  const allow = access(deps);
  const tags = ['My certificates'];
  const reads = securityOf(rules.person);
  const changes = securityOf(rules.person, { changes: true });
  const refused = { 400: problems[400], 401: problems[401], 403: problems[403], 404: problems[404] };
  const requestView = jsonContent(OwnerRequestView, 'The request', 'OwnerRequestView');
  const thread = jsonContent(OwnerRequestThread, 'The request with its thread', 'OwnerRequestThread');
  const own = (c: Context<AppEnv>) =>
    ownerScope(c, { db, now: clock.now(), publicUrl: auth.publicUrl, registryPayee });

  return new Hono<AppEnv>()
    .get(
      '/me/certificates',
      describeRoute({
        tags,
        summary: 'My certificates, valid and invalid, with their notices and my requests',
        description:
          'Every certificate whose holder is the signed-in person, whichever body issued it (each names its body), newest first.',
        ...reads,
        responses: {
          200: jsonContent(OwnCertificateList, 'My certificates', 'OwnCertificateList'),
          401: problems[401],
          403: problems[403],
        },
      }),
      allow(rules.person),
      async (c) => {
        const list = await listOwnCertificates(own(c));
        c.header('Cache-Control', 'no-store');
        return c.json({ certificates: list }, 200);
      },
    )
    .put(
      '/me/certificates/:number/visibility',
      describeRoute({
        tags,
        summary: 'Publishes or hides my certificate in the public register and on certificate cards',
        description: 'Takes effect at once everywhere. 404 for a certificate that is not mine.',
        ...changes,
        responses: {
          200: jsonContent(
            v.object({ number: v.string(), ...Visibility.entries }),
            'As it now is',
            'Visibility',
          ),
          ...refused,
          ...jsonBodyProblems,
        },
      }),
      allow(rules.person),
      pathParams(CertificateParams),
      json,
      jsonBody(Visibility),
      async (c) => {
        const { number } = c.req.valid('param');
        return c.json(await setVisibility(own(c), number, c.req.valid('json').public), 200);
      },
    )
    .post(
      '/me/certificates/:number/orders',
      describeRoute({
        tags,
        summary: 'Orders a print or a duplicate of my certificate',
        description:
          'The cost is the chosen delivery option’s (VAT included in the answer’s amount), paid by bank transfer with the answer’s reference to the awarding body. 409 for a duplicate of a certificate that is not valid; 422 for a delivery option the body does not offer.',
        ...changes,
        responses: { 201: requestView, ...refused, 409: problems[409], ...jsonBodyProblems },
      }),
      allow(rules.person),
      pathParams(CertificateParams),
      json,
      jsonBody(NewOrder),
      async (c) => {
        const { number } = c.req.valid('param');
        return c.json(await orderCopy(own(c), number, c.req.valid('json')), 201);
      },
    )
    .post(
      '/me/certificates/:number/questions',
      describeRoute({
        tags,
        summary: 'Asks the awarding body a question about my certificate (valid or not)',
        ...changes,
        responses: { 201: requestView, ...refused, ...jsonBodyProblems },
      }),
      allow(rules.person),
      pathParams(CertificateParams),
      json,
      jsonBody(NewQuestion),
      async (c) => {
        const { number } = c.req.valid('param');
        return c.json(await askQuestion(own(c), number, c.req.valid('json').question), 201);
      },
    )
    .get(
      '/me/owner-requests/:id',
      describeRoute({
        tags,
        summary: 'One of my requests about a certificate, with its thread',
        ...reads,
        responses: { 200: thread, ...refused },
      }),
      allow(rules.person),
      pathParams(OwnerRequestParams),
      async (c) => {
        c.header('Cache-Control', 'no-store');
        return c.json(await requestThread(own(c), c.req.valid('param').id), 200);
      },
    )
    .post(
      '/me/owner-requests/:id/messages',
      describeRoute({
        tags,
        summary: 'Replies in the thread of one of my requests',
        ...changes,
        responses: { 201: thread, ...refused, ...jsonBodyProblems },
      }),
      allow(rules.person),
      pathParams(OwnerRequestParams),
      json,
      jsonBody(NewOwnerMessage),
      async (c) => {
        const { id } = c.req.valid('param');
        return c.json(await replyInThread(own(c), id, c.req.valid('json').body), 201);
      },
    );
}
