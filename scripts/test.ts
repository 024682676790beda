// `npm test`: lint, type check, the API/database suite, the component suite in Chromium and the
// end-to-end suite; then one closing line `N passed, N failed`. Exits non-zero if anything failed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { CHROMIUM_PATH } from '../tests/fixtures/chromium.ts';

type Outcome = { step: string; passed: number; failed: number };

const bin = resolve('node_modules/.bin');
const env = {
  ...process.env,
  PATH: `${bin}${delimiter}${process.env.PATH}`,
  FORCE_COLOR: process.env.CI ? '0' : '1',
};
const reports = mkdtempSync(join(tmpdir(), 'kutse-test-'));

/** Runs a command with its output passed through; resolves with its exit code and what it printed. */
function run(command: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer, to: NodeJS.WriteStream) => {
      output += chunk;
      to.write(chunk);
    };
    child.stdout.on('data', (chunk) => keep(chunk, process.stdout));
    child.stderr.on('data', (chunk) => keep(chunk, process.stderr));
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}

/**
 * Debian's packages the tests drive: Chromium (components, end to end) and poppler-utils' pdfsig
 * (the independent check of sealed certificates). Installed when missing and allowed.
 */
function ensureDebianPackages() {
  const missing = [
    ...(existsSync(CHROMIUM_PATH) ? [] : ['chromium']),
    ...(existsSync('/usr/bin/pdfsig') ? [] : ['poppler-utils']),
  ];
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0)
    throw new Error(
      `${missing.join(', ')} missing: install Debian's (apt-get install ${missing.join(' ')}).`,
    );
  console.log(`Installing Debian’s ${missing.join(', ')}…`);
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', ...missing],
  ]) {
    const result = spawnSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed`);
  }
}

/** A check that passes or fails as a whole (lint, types, build). */
async function check(step: string, command: string, args: string[]): Promise<Outcome> {
  console.log(`\n▶ ${step}`);
  const { code } = await run(command, args);
  return { step, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 };
}

/** A vitest suite, counted test by test from its JSON report. */
async function vitestSuite(step: string, configArgs: string[]): Promise<Outcome> {
  console.log(`\n▶ ${step}`);
  const report = join(reports, `${step.replace(/\W+/g, '-')}.json`);
  const { code } = await run('vitest', [
    'run',
    ...configArgs,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  if (!existsSync(report)) return { step, passed: 0, failed: 1 };
  const { numPassedTests, numFailedTests } = JSON.parse(readFileSync(report, 'utf8'));
  // A run that failed outside any test (a broken file, a hook) still counts as a failure.
  return { step, passed: numPassedTests, failed: numFailedTests || (code === 0 ? 0 : 1) };
}

// ESC [ … m: terminal colour codes around the runner's numbers.
const stripColours = (text: string) =>
  text.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');

/** The component suite in Chromium, counted from @web/test-runner's summary. */
async function componentSuite(step: string): Promise<Outcome> {
  console.log(`\n▶ ${step}`);
  const { code, output } = await run('wtr', ['--config', 'web-test-runner.config.mjs']);
  // e.g. "Chromium: |████| 2/2 test files | 14 passed, 0 failed"
  const counts = [...stripColours(output).matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  const passed = Number(counts?.[1] ?? 0);
  const failed = Number(counts?.[2] ?? 0);
  return { step, passed, failed: failed || (code === 0 ? 0 : 1) };
}

ensureDebianPackages();
const outcomes: Outcome[] = [];
outcomes.push(await check('widget build', 'npm', ['run', '--silent', 'build']));
outcomes.push(await check('lint (biome)', 'biome', ['check', '.']));
outcomes.push(await check('types (tsc)', 'tsc', ['--noEmit', '-p', '.']));
outcomes.push(await vitestSuite('api and database', []));
outcomes.push(await componentSuite('components in Chromium'));
outcomes.push(await vitestSuite('end to end', ['--config', 'tests/e2e/vitest.config.ts']));

const database = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
console.log(`\nSummary (database: ${database})`);
for (const o of outcomes)
  console.log(`  ${o.failed ? '✗' : '✓'} ${o.step.padEnd(24)} ${o.passed} passed, ${o.failed} failed`);
const passed = outcomes.reduce((sum, o) => sum + o.passed, 0);
const failed = outcomes.reduce((sum, o) => sum + o.failed, 0);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
