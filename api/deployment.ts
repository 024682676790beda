// What a production start refuses. The demo's defaults make `npm start` work on a fresh clone —
// a client secret everyone knows, the local stand-in for TARA, generated token keys, seeded people
// with valid personal codes as registry admins, e-mail queued but never sent (no SMTP server) from
// an address at localhost, seals and credentials signed with keys kept in the database — and every one of them would be a hole in a real
// deployment, so a production start names each that is still in place and stops.
import { isDemoTokenKeys } from './auth/token-keys.ts';
import { DEMO_OIDC_CLIENT_SECRET, DEMO_REGISTRY_IBAN, type ServerConfig } from './config.ts';
import { isHttpsOrLoopback } from './http/loopback.ts';

export class DeploymentRefused extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(
      `A production start refuses the demo's settings. Fix these and start again:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'DeploymentRefused';
    this.problems = problems;
  }
}

/** Every demo setting a production start would run with; empty when it may start. */
export function deploymentProblems(config: ServerConfig, { seedDemo }: { seedDemo: boolean }): string[] {
  const problems: string[] = [];
  if (seedDemo)
    problems.push(
      'demo data was asked for: its seeded people include registry admins. Never seed production.',
    );
  const { oidc, tokenKeys } = config.auth;
  if (!oidc.clientSecret || oidc.clientSecret === DEMO_OIDC_CLIENT_SECRET)
    problems.push(
      'OIDC_CLIENT_SECRET is not set (the demo’s by default): set the secret TARA issued for this client.',
    );
  // The stand-in speaks plain http on this machine; TARA, and any real provider, is https.
  if (!oidc.issuer.startsWith('https://'))
    problems.push(
      `OIDC_ISSUER is ${oidc.issuer}, the local stand-in or another plain-http provider: set TARA's https URL (https://tara.ria.ee).`,
    );
  if (!tokenKeys)
    problems.push(
      'KUTSE_TOKEN_KEYS (or KUTSE_TOKEN_KEY_FILE) is not set: without it every process signs with a throw-away key.',
    );
  else if (isDemoTokenKeys(tokenKeys))
    problems.push('KUTSE_TOKEN_KEYS / KUTSE_TOKEN_KEY_FILE holds the demo’s generated keys: make new ones.');
  if (!config.publicUrl)
    problems.push(
      'KUTSE_PUBLIC_URL is not set: it is the redirect URI registered at TARA and the issuer of tokens.',
    );
  else if (!isHttpsOrLoopback(config.publicUrl))
    problems.push(
      `KUTSE_PUBLIC_URL is ${config.publicUrl}: it must be https (plain http only on a loopback host).`,
    );
  // Without it every e-mail (returns, admissions, decisions) waits in the outbox for ever.
  if (!config.mail.smtpUrl)
    problems.push(
      'SMTP_URL is not set: e-mail would be queued and never sent. Set the SMTP server to send through (smtps://user:password@host:465).',
    );
  if (/@localhost>?\s*$/.test(config.mail.from))
    problems.push(
      `MAIL_FROM is ${config.mail.from}, the demo's: set the address e-mail is sent from (e.g. Kutseregister <kutse@kutseregister.ee>).`,
    );
  // The demo's keys sit in the database beside the data they vouch for: anyone who can read a
  // backup could seal a certificate or sign a credential in the registry's name.
  if (!config.signing.sealP12)
    problems.push(
      'KUTSE_SEAL_P12 (and KUTSE_SEAL_P12_PASSWORD) is not set: certificates would be sealed with the demo’s key kept in the database. Set the registry’s e-seal (docs/sealed-certificates.md).',
    );
  if (!config.signing.credentialKeyFile)
    problems.push(
      'KUTSE_CREDENTIAL_KEY_FILE is not set: credentials would be signed with the demo’s key kept in the database. Set the registry’s credential key (docs/credentials.md).',
    );
  if (config.registryPayee.iban === DEMO_REGISTRY_IBAN)
    problems.push(
      'KUTSE_REGISTRY_IBAN is not set: owners whose awarding body has ceased would be asked to pay the demo’s all-zero account. Set the registry’s account (and KUTSE_REGISTRY_BANK).',
    );
  return problems;
}

/** Throws DeploymentRefused on a production start with any demo setting; does nothing otherwise. */
export function assertDeployable(config: ServerConfig, options: { seedDemo: boolean }) {
  if (!config.production) return;
  const problems = deploymentProblems(config, options);
  if (problems.length) throw new DeploymentRefused(problems);
}
