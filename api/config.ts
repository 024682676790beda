// Configuration from the environment, with the defaults of the embedded demo.
import { fileURLToPath } from 'node:url';
import { isProduction } from '../db/environment.ts';
import type { AcrLevel, AuthConfig } from './auth/config.ts';
import { ephemeralTokenKeys, type TokenKeys, tokenKeysFromEnv } from './auth/token-keys.ts';
import type { Config } from './deps.ts';

export type ServerConfig = {
  /** NODE_ENV or KUTSE_ENV is `production`: the start refuses the demo's settings (api/deployment.ts). */
  production: boolean;
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  logLevel: string;
  widgetDir: string;
  maxJsonBytes: number;
  demoPort: number;
  /** The local identity provider's port (demo and tests). */
  idpPort: number;
  /** Undefined: `http://localhost:<port>`, known once the API listens. */
  publicUrl: string | undefined;
  /** E-mail: `smtpUrl` undefined, mail is queued but not sent (`npm start` points it at demo/mail). */
  mail: { smtpUrl: string | undefined; from: string; smtpPort: number; webPort: number };
  /** Work queued jobs (e-mail) in the API process; false when `node api/jobs/worker.ts` runs apart. */
  workJobs: boolean;
  /**
   * The registry's own signing keys, as files: the seal of certificate PDFs (a PKCS#12, read by
   * api/seal/configured-seal.ts) and the credentials' key (a PKCS#8 PEM, api/credentials/keys.ts).
   * Undefined: the demo's keys, made once and kept in the database.
   */
  signing: { sealP12: string | undefined; credentialKeyFile: string | undefined };
  /** `tokenKeys` undefined: none configured (`npm start` then uses the demo's key file). */
  auth: Omit<AuthConfig, 'publicUrl' | 'tokenKeys'> & { tokenKeys: TokenKeys | undefined };
  /** Who is paid for the orders the registry handles (their body gone): registryPayeeFromEnv. */
  registryPayee: RegistryPayee;
};

/** The registry as the payee of owners' orders it handles, their awarding body having ceased. */
export type RegistryPayee = { nameEt: string; nameEn: string; iban: string; bankName: string };

/** The demo's account of the registry: all zeros (a valid check digit), so no one pays into it. */
export const DEMO_REGISTRY_IBAN = 'EE27000000000000000000';

/**
 * The registry's account from KUTSE_REGISTRY_IBAN and KUTSE_REGISTRY_BANK, else the demo's.
 * @example registryPayeeFromEnv({ KUTSE_REGISTRY_IBAN: 'EE…', KUTSE_REGISTRY_BANK: 'SEB' }).iban
 */
export const registryPayeeFromEnv = (env: NodeJS.ProcessEnv = process.env): RegistryPayee => ({
  ...demoRegistryPayee,
  iban: env.KUTSE_REGISTRY_IBAN?.replace(/\s+/g, '') || DEMO_REGISTRY_IBAN,
  bankName: env.KUTSE_REGISTRY_BANK || demoRegistryPayee.bankName,
});

/** The registry's demo account: what tests and `npm start` use. */
export const demoRegistryPayee: RegistryPayee = {
  nameEt: 'Kutsekoda',
  nameEn: 'Kutsekoda',
  iban: DEMO_REGISTRY_IBAN,
  bankName: 'Näidispank (demo)',
};

const int = (value: string | undefined, fallback: number) => (value ? Number.parseInt(value, 10) : fallback);

/** The demo's registration at its local identity provider: known to everyone, refused in production. */
export const DEMO_OIDC_CLIENT_SECRET = 'kutse-demo-secret';

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    production: isProduction(env),
    port: int(env.PORT, 8787),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.KUTSE_DATA_DIR ?? './data/kutse',
    logLevel: env.LOG_LEVEL ?? 'info',
    widgetDir: env.KUTSE_WIDGET_DIR ?? fileURLToPath(new URL('../widget/dist', import.meta.url)),
    maxJsonBytes: int(env.KUTSE_MAX_JSON_BYTES, 256 * 1024),
    demoPort: int(env.DEMO_PORT, 5174),
    idpPort: int(env.IDP_PORT, 8788),
    publicUrl: env.KUTSE_PUBLIC_URL?.replace(/\/$/, '') || undefined,
    mail: {
      smtpUrl: env.SMTP_URL || undefined,
      from: env.MAIL_FROM ?? 'Kutse <kutse@localhost>',
      smtpPort: int(env.MAIL_SMTP_PORT, 1025),
      webPort: int(env.MAIL_WEB_PORT, 1080),
    },
    workJobs: env.KUTSE_WORK_JOBS !== 'false',
    signing: {
      sealP12: env.KUTSE_SEAL_P12 || undefined,
      credentialKeyFile: env.KUTSE_CREDENTIAL_KEY_FILE || undefined,
    },
    auth: {
      oidc: {
        issuer: env.OIDC_ISSUER ?? `http://localhost:${int(env.IDP_PORT, 8788)}`,
        clientId: env.OIDC_CLIENT_ID ?? 'kutse-demo',
        clientSecret: env.OIDC_CLIENT_SECRET ?? DEMO_OIDC_CLIENT_SECRET,
        methods: (env.OIDC_METHODS ?? 'idcard mid smartid').split(/\s+/).filter(Boolean),
        minimumAcr: (env.OIDC_MINIMUM_ACR ?? 'substantial') as AcrLevel,
      },
      tokenMinutes: int(env.KUTSE_TOKEN_MINUTES, 10),
      tokenKeys: tokenKeysFromEnv(env),
      widgetSessionHours: int(env.KUTSE_WIDGET_SESSION_HOURS, 8),
      consoleIdleMinutes: int(env.KUTSE_CONSOLE_IDLE_MINUTES, 30),
      consoleAbsoluteHours: int(env.KUTSE_CONSOLE_ABSOLUTE_HOURS, 12),
    },
    registryPayee: registryPayeeFromEnv(env),
  };
}

/** What createApp needs of the server's configuration, once the API's public URL is known. */
export function appConfig(config: ServerConfig, publicUrl: string): Config {
  return {
    widgetDir: config.widgetDir,
    maxJsonBytes: config.maxJsonBytes,
    registryPayee: config.registryPayee,
    auth: {
      ...config.auth,
      // None configured and none from the demo: a key of this process only (tests, benchmarks).
      tokenKeys: config.auth.tokenKeys ?? ephemeralTokenKeys(),
      publicUrl: publicUrl.replace(/\/$/, ''),
    },
  };
}
