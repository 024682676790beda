import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readmeWithComponentDocs } from '../../scripts/component-docs.ts';

describe('README.md', () => {
  it('documents the components exactly as their manifest describes them (run `npm run docs` if not)', () => {
    const readme = readFileSync('README.md', 'utf8');
    const manifest = JSON.parse(readFileSync('widget/custom-elements.json', 'utf8'));
    expect(readmeWithComponentDocs(readme, manifest)).toBe(readme);
  });

  it('states the two commands that set up and test a fresh clone', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toMatch(/^npm test\b/m);
  });

  it('is installed in CI the way the README says: with `npm ci`, from the lockfile', () => {
    expect(readFileSync('.ci/run', 'utf8')).toMatch(/^npm ci\b/m);
  });
});
