// The floors of the code (README, Architecture): contract/ imports nothing of ours, and the widget
// imports only contract/ and the route type of api/app.ts. Biome's noRestrictedImports keeps it so
// (biome.json, overrides); this test shows that the rule does fail on a bad import, by writing probe
// files where the rule applies and linting them, and that the real folders pass it.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const biome = (...paths: string[]) =>
  spawnSync('npx', ['biome', 'lint', '--max-diagnostics=50', ...paths], { encoding: 'utf8' });

/**
 * Lints a probe module written inside the repository, where biome.json's overrides apply, and
 * removes it at once (so that no other lint or typecheck ever sees it).
 */
const lintProbe = (path: string, source: string) => {
  try {
    writeFileSync(path, source);
    return biome(path);
  } finally {
    rmSync(path, { force: true });
  }
};

describe('import floors', () => {
  it("refuses a widget file that imports the API's internals", () => {
    const { status, stdout, stderr } = lintProbe(
      'widget/src/__lint_probe_api__.ts',
      "import { uploadDocument } from '../../api/applications/documents.ts';\nexport const x = uploadDocument;\n",
    );
    expect(status).not.toBe(0);
    expect(stdout + stderr).toContain('noRestrictedImports');
    expect(stdout + stderr).toContain('api/applications/documents.ts');
  });

  it('refuses a widget file that takes more than the type AppType from api/app.ts', () => {
    const { status, stdout, stderr } = lintProbe(
      'widget/src/__lint_probe_app__.ts',
      "import { type AppType, createApp } from '../../api/app.ts';\nexport type A = AppType;\nexport const x = createApp;\n",
    );
    expect(status).not.toBe(0);
    expect(stdout + stderr).toContain('noRestrictedImports');
  });

  it('refuses a contract file that imports api/ or db/', () => {
    const { status, stdout, stderr } = lintProbe(
      'contract/__lint_probe__.ts',
      "import { notFound } from '../api/http/problem.ts';\nimport { systemClock } from '../db/clock.ts';\nexport const x = [notFound, systemClock];\n",
    );
    expect(status).not.toBe(0);
    expect(stdout + stderr).toContain('noRestrictedImports');
    expect(stdout + stderr).toContain('../api/http/problem.ts');
    expect(stdout + stderr).toContain('../db/clock.ts');
  });

  it('refuses a db file that imports api/', () => {
    const { status, stdout, stderr } = lintProbe(
      'db/__lint_probe__.ts',
      "import { isProduction } from '../api/config.ts';\nexport const x = isProduction;\n",
    );
    expect(status).not.toBe(0);
    expect(stdout + stderr).toContain('noRestrictedImports');
  });

  it('lets a widget file import contract/ and the type AppType', () => {
    const { status, stdout, stderr } = lintProbe(
      'widget/src/__lint_probe_ok__.ts',
      "import type { AppType } from '../../api/app.ts';\nimport { Slug } from '../../contract/slug.ts';\nexport type A = AppType;\nexport const x = Slug;\n",
    );
    expect(stdout + stderr).not.toContain('noRestrictedImports');
    expect(status).toBe(0);
  });

  it('holds for the code as it is: contract/, db/ and widget/src pass the rule', () => {
    const { stdout, stderr } = biome('contract', 'db', 'widget/src');
    expect(stdout + stderr).not.toContain('noRestrictedImports');
  });
});
