// The widget tokens' keys come from configuration, not from the database: they rotate (a new key
// signs, the old one verifies its tokens until they expire), the demo keeps one in a file of its
// own, and a key set can tell whether it is fit for production.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  demoTokenKeys,
  ephemeralTokenKeys,
  isDemoTokenKeys,
  parseTokenKeys,
} from '../../api/auth/token-keys.ts';
import { configFromEnv } from '../../api/config.ts';
import { widgetHeaders } from '../fixtures/sign-in.ts';
import { createTestApp, TEST_TOKEN_KEYS } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

const secret = (letter: string) => letter.repeat(43);
const keySet = (current: string, keys: Record<string, string>) =>
  JSON.stringify({ current, keys: Object.entries(keys).map(([kid, secret]) => ({ kid, secret })) });

/** TEST_TOKEN_KEYS (which widgetHeaders signs with) under the kid `old`, beside a new key. */
function rotated(keys: { withOld: boolean }) {
  const old = Buffer.from(TEST_TOKEN_KEYS.byKid.get(TEST_TOKEN_KEYS.current) as Uint8Array);
  const listed: Record<string, string> = { new: secret('n') };
  if (keys.withOld) listed[TEST_TOKEN_KEYS.current] = old.toString('base64url');
  return parseTokenKeys(keySet('new', listed), 'test');
}

describe('token keys', () => {
  it('are not in the database', async () => {
    const rows = await database.db.execute(sql`select to_regclass('signing_keys') as t`);
    const list = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as { t: unknown }[];
    expect(list[0]?.t).toBeNull();
  });

  it('rotate: the new key signs, the old one still verifies its tokens until it is removed', async () => {
    const { authorization, origin } = await widgetHeaders(database, 'applicant');
    const { app: afterRotation } = createTestApp(database, { tokenKeys: rotated({ withOld: true }) });
    expect((await afterRotation.request('/me', { headers: { authorization, origin } })).status).toBe(200);
    const refreshed = await afterRotation.request('/auth/widget/refresh', {
      method: 'POST',
      headers: { authorization, origin },
    });
    expect(refreshed.status).toBe(200);
    const { token } = (await refreshed.json()) as { token: string };
    expect(decodeProtectedHeader(token).kid).toBe('new');
    const headers = { authorization: `Bearer ${token}`, origin };
    expect((await afterRotation.request('/me', { headers })).status).toBe(200);

    const { app: oldKeyRemoved } = createTestApp(database, { tokenKeys: rotated({ withOld: false }) });
    expect((await oldKeyRemoved.request('/me', { headers: { authorization, origin } })).status).toBe(401);
    expect((await oldKeyRemoved.request('/me', { headers })).status).toBe(200);
  });

  it('are read from KUTSE_TOKEN_KEYS or the file KUTSE_TOKEN_KEY_FILE names', () => {
    const json = keySet('b', { a: secret('a'), b: secret('b') });
    const file = join(mkdtempSync(join(tmpdir(), 'kutse-keys-')), 'keys.json');
    writeFileSync(file, json);
    for (const env of [{ KUTSE_TOKEN_KEYS: json }, { KUTSE_TOKEN_KEY_FILE: file }]) {
      const keys = configFromEnv(env).auth.tokenKeys;
      expect(keys?.current).toBe('b');
      expect([...(keys?.byKid.keys() ?? [])]).toEqual(['a', 'b']);
      expect(isDemoTokenKeys(keys as NonNullable<typeof keys>)).toBe(false);
    }
    expect(configFromEnv({}).auth.tokenKeys).toBeUndefined();
  });

  it('refuse a key set that cannot work, naming what is wrong and never echoing a secret', () => {
    const cases: [string, RegExp][] = [
      ['{', /not valid JSON/],
      [keySet('c', { a: secret('a') }), /current must be one of the keys/],
      [keySet('a', { a: 'short-secret-value' }), /keys\.0\.secret must be 32 or more bytes/],
      [
        JSON.stringify({
          current: 'a',
          keys: [
            { kid: 'a', secret: secret('a') },
            { kid: 'a', secret: secret('b') },
          ],
        }),
        /must not repeat a kid/,
      ],
      [JSON.stringify({ current: 'a', keys: [] }), /at least one key/],
    ];
    for (const [json, message] of cases) {
      expect(() => parseTokenKeys(json, 'KUTSE_TOKEN_KEYS')).toThrow(message);
      try {
        parseTokenKeys(json, 'KUTSE_TOKEN_KEYS');
      } catch (error) {
        expect(String(error)).not.toMatch(/aaaa|bbbb|short-secret-value/);
      }
    }
  });

  it('of the demo are generated once into a file only its owner reads, and flagged as the demo’s', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kutse-data-')), 'data', 'token-keys.json');
    const first = demoTokenKeys(file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const second = demoTokenKeys(file);
    expect(second.current).toBe(first.current);
    expect(second.byKid.get(second.current)).toEqual(first.byKid.get(first.current));
    expect(isDemoTokenKeys(second)).toBe(true);
    // Copied elsewhere and configured, it is still the demo's.
    const copied = configFromEnv({ KUTSE_TOKEN_KEYS: readFileSync(file, 'utf8') }).auth.tokenKeys;
    expect(isDemoTokenKeys(copied as NonNullable<typeof copied>)).toBe(true);
    expect(isDemoTokenKeys(ephemeralTokenKeys())).toBe(true);
  });
});
