// Demo data and the demo's stand-ins never reach a real deployment: an empty database is seeded
// only when the demo asks, and a production start (NODE_ENV or KUTSE_ENV = production) refuses
// demo data, the demo's OIDC client secret, the local stand-in for TARA, demo or throw-away token
// keys, a public URL on plain http outside loopback, no SMTP server and the demo's sender.
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { configFromEnv } from '../../api/config.ts';
import { startApi } from '../../api/server.ts';

/** A new empty database for one start: a PGlite in memory, or a new database on the server. */
const dropAfterwards: (() => Promise<void>)[] = [];
async function emptyDatabase(): Promise<{ databaseUrl: string | undefined; dataDir: string }> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return { databaseUrl: undefined, dataDir: 'memory://' };
  const name = `kutse_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  dropAfterwards.push(async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { databaseUrl: url.toString(), dataDir: '' };
}
afterAll(async () => {
  for (const drop of dropAfterwards) await drop();
});

const tokenKeys = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    current: 'k1',
    keys: [{ kid: 'k1', secret: randomBytes(32).toString('base64url') }],
    ...extra,
  });

/** The registry's own keys as files, as a deployment holds them (read when first used). */
const keyFiles = mkdtempSync(join(tmpdir(), 'kutse-keys-'));
const credentialKey = join(keyFiles, 'credential.pem');
writeFileSync(
  credentialKey,
  generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }),
);

/** Everything a production start needs, none of it the demo's. */
const PRODUCTION: NodeJS.ProcessEnv = {
  NODE_ENV: 'production',
  OIDC_ISSUER: 'https://tara.ria.ee',
  OIDC_CLIENT_ID: 'kutse-registry',
  OIDC_CLIENT_SECRET: randomBytes(24).toString('base64url'),
  KUTSE_PUBLIC_URL: 'https://kutse.example.ee',
  KUTSE_TOKEN_KEYS: tokenKeys(),
  // Nothing is queued in these tests, so nothing is sent: the worker only polls.
  SMTP_URL: 'smtp://127.0.0.1:2525',
  MAIL_FROM: 'Kutseregister <kutse@kutse.example.ee>',
  // Read when a certificate is first sealed, which these tests never do.
  KUTSE_SEAL_P12: join(keyFiles, 'seal.p12'),
  KUTSE_CREDENTIAL_KEY_FILE: credentialKey,
  // Kutsekoda's account as an example (any IBAN but the demo's all-zero one).
  KUTSE_REGISTRY_IBAN: 'EE471000001020145685',
  LOG_LEVEL: 'silent',
};

async function start(env: NodeJS.ProcessEnv, options: { seedDemo?: boolean } = {}) {
  const config = { ...configFromEnv(env), ...(await emptyDatabase()), port: 0, logLevel: 'silent' };
  return startApi(config, options);
}

async function bodiesServedBy(env: NodeJS.ProcessEnv, options: { seedDemo?: boolean } = {}) {
  const api = await start(env, options);
  try {
    // Where it listens: the public URL of a production start names another host.
    const res = await fetch(`http://127.0.0.1:${api.port}/bodies`);
    expect(res.status).toBe(200);
    return ((await res.json()) as { slug: string }[]).map((b) => b.slug);
  } finally {
    await api.close();
  }
}

describe('an empty database', { timeout: 60_000 }, () => {
  it('stays empty when the API starts without being asked to seed it', async () => {
    expect(await bodiesServedBy({ LOG_LEVEL: 'silent' })).toEqual([]);
  });

  it('stays empty on a production start', async () => {
    expect(await bodiesServedBy(PRODUCTION)).toEqual([]);
  });

  it('gets the demo data when the demo asks for it', async () => {
    expect(await bodiesServedBy({ LOG_LEVEL: 'silent' }, { seedDemo: true })).toContain('etel');
  });
});

describe('a production start refuses', { timeout: 60_000 }, () => {
  const { OIDC_CLIENT_SECRET: _secret, ...withoutSecret } = PRODUCTION;
  const { OIDC_ISSUER: _issuer, ...withoutIssuer } = PRODUCTION;
  const { KUTSE_TOKEN_KEYS: _keys, ...withoutKeys } = PRODUCTION;
  const { KUTSE_PUBLIC_URL: _url, ...withoutPublicUrl } = PRODUCTION;
  const { SMTP_URL: _smtp, ...withoutSmtp } = PRODUCTION;
  const { MAIL_FROM: _from, ...withoutFrom } = PRODUCTION;
  const { KUTSE_SEAL_P12: _seal, ...withoutSeal } = PRODUCTION;
  const { KUTSE_CREDENTIAL_KEY_FILE: _credential, ...withoutCredentialKey } = PRODUCTION;
  const { KUTSE_REGISTRY_IBAN: _iban, ...withoutRegistryIban } = PRODUCTION;
  const refusals: [string, NodeJS.ProcessEnv, RegExp][] = [
    ['no OIDC client secret (the demo’s by default)', withoutSecret, /OIDC_CLIENT_SECRET/],
    [
      'the demo’s OIDC client secret',
      { ...PRODUCTION, OIDC_CLIENT_SECRET: 'kutse-demo-secret' },
      /OIDC_CLIENT_SECRET/,
    ],
    ['no identity provider (the local stand-in by default)', withoutIssuer, /OIDC_ISSUER/],
    ['the local stand-in for TARA', { ...PRODUCTION, OIDC_ISSUER: 'http://localhost:8788' }, /OIDC_ISSUER/],
    ['no token keys (a throw-away key by default)', withoutKeys, /KUTSE_TOKEN_KEYS/],
    ['the demo’s token keys', { ...PRODUCTION, KUTSE_TOKEN_KEYS: tokenKeys({ demo: true }) }, /demo/],
    ['no public URL', withoutPublicUrl, /KUTSE_PUBLIC_URL/],
    [
      'a public URL on http:// elsewhere',
      { ...PRODUCTION, KUTSE_PUBLIC_URL: 'http://kutse.example.ee' },
      /KUTSE_PUBLIC_URL/,
    ],
    ['no SMTP server (e-mail would wait in the outbox for ever)', withoutSmtp, /SMTP_URL/],
    ['the demo’s sender at localhost', withoutFrom, /MAIL_FROM/],
    ['no e-seal (the demo’s key in the database)', withoutSeal, /KUTSE_SEAL_P12/],
    ['no credential key (the demo’s in the database)', withoutCredentialKey, /KUTSE_CREDENTIAL_KEY_FILE/],
    ['no registry account (the demo’s all-zero IBAN)', withoutRegistryIban, /KUTSE_REGISTRY_IBAN/],
    [
      'the same, with KUTSE_ENV instead of NODE_ENV',
      {
        ...PRODUCTION,
        NODE_ENV: undefined,
        KUTSE_ENV: 'production',
        OIDC_CLIENT_SECRET: 'kutse-demo-secret',
      },
      /OIDC_CLIENT_SECRET/,
    ],
  ];

  it.each(refusals)('%s', async (_what, env, named) => {
    await expect(start(env)).rejects.toThrow(named);
  });

  it('demo data', async () => {
    await expect(start(PRODUCTION, { seedDemo: true })).rejects.toThrow(/demo data/);
  });

  it('nothing when the public URL is http:// on loopback', async () => {
    const api = await start({ ...PRODUCTION, KUTSE_PUBLIC_URL: 'http://localhost:8787' });
    await api.close();
  });
});

describe('started from the command line in production', () => {
  const node = resolve('node_modules/.bin/node');
  const dataDir = mkdtempSync(join(tmpdir(), 'kutse-deploy-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  // Nothing configured: every default is the demo's. Free ports, in case a start got through.
  const dataDirOf = (script: string) => join(dataDir, script.replaceAll('/', '-'));
  const run = (script: string) =>
    spawnSync(node, [script], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        PORT: '0',
        IDP_PORT: '0',
        DEMO_PORT: '0',
        KUTSE_DATA_DIR: dataDirOf(script),
      },
      encoding: 'utf8',
      // A start that got through would run until stopped.
      timeout: 20_000,
    });

  it('the API exits non-zero, naming every setting to fix', () => {
    const result = run('api/server.ts');
    expect(result.status).toBe(1);
    for (const setting of [
      'OIDC_CLIENT_SECRET',
      'OIDC_ISSUER',
      'KUTSE_TOKEN_KEYS',
      'KUTSE_PUBLIC_URL',
      'SMTP_URL',
      'MAIL_FROM',
      'KUTSE_SEAL_P12',
      'KUTSE_CREDENTIAL_KEY_FILE',
      'KUTSE_REGISTRY_IBAN',
    ])
      expect(result.stderr).toContain(setting);
  }, 30_000);

  it('`npm start`, the demo, exits non-zero and points to `npm run serve`', () => {
    const result = run('scripts/start.ts');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('npm run serve');
  }, 30_000);

  it('`npm run seed` exits non-zero and seeds nothing', () => {
    const result = run('db/seed/run.ts');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/demo data/);
    expect(existsSync(dataDirOf('db/seed/run.ts'))).toBe(false);
  }, 30_000);
});
