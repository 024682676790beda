// Configuration from the environment, with the defaults of the embedded demo.
import { fileURLToPath } from 'node:url';

export type ServerConfig = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  logLevel: string;
  widgetDir: string;
  maxJsonBytes: number;
  demoPort: number;
};

const int = (value: string | undefined, fallback: number) => (value ? Number.parseInt(value, 10) : fallback);

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: int(env.PORT, 8787),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.KUTSE_DATA_DIR ?? './data/kutse',
    logLevel: env.LOG_LEVEL ?? 'info',
    widgetDir: env.KUTSE_WIDGET_DIR ?? fileURLToPath(new URL('../widget/dist', import.meta.url)),
    maxJsonBytes: int(env.KUTSE_MAX_JSON_BYTES, 256 * 1024),
    demoPort: int(env.DEMO_PORT, 5174),
  };
}
