// `jamkrav init`: four files, each valid for what reads it, and never written over an existing one.
// What the built CLI prints: init.e2e.test.ts.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { parseMeta } from '../../src/generate/index.js';
import { initFiles, initProject } from '../../src/init/index.js';
import { LANGS } from '../../src/types.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'jamkrav-init-'));

describe('jamkrav init', () => {
  it('writes a config, an example tender.yaml and CI examples for GitHub and GitLab', async () => {
    const dir = tmp();
    const outcomes = await initProject(dir, { lang: 'sv' });
    expect(outcomes.map((o) => [o.path, o.status])).toEqual([
      ['package.json', 'written'],
      ['jamkrav.config.yaml', 'written'],
      ['tender.yaml', 'written'],
      ['.github/workflows/jamkrav.yml', 'written'],
      ['jamkrav.gitlab-ci.yml', 'written'],
    ]);
    for (const o of outcomes) expect(existsSync(join(dir, o.path))).toBe(true);
  });

  it.each(LANGS)('writes a config the real loader accepts, with comments (%s)', async (lang) => {
    const dir = tmp();
    await initProject(dir, { lang });
    const loaded = await loadConfig({ cwd: dir, lang });
    expect(loaded.file).toBe(join(dir, 'jamkrav.config.yaml'));
    expect(loaded.config).toMatchObject({ level: 'base' });
    expect(loaded.config.ignore).toContain('**/~$*');
    // Every commented-out example must be valid too, once uncommented.
    const uncommented = readFileSync(loaded.file!, 'utf8').replace(
      /^# ( *)(packs:|rules:|overrides:|limits:| {2})/gm,
      '$1$2',
    );
    writeFileSync(join(dir, 'jamkrav.config.yaml'), uncommented);
    const full = await loadConfig({ cwd: dir, lang });
    expect(full.config.packs).toHaveLength(5);
    expect(full.config.limits).toMatchObject({ maxFiles: 10000, maxXmlDepth: 256 });
    expect(full.config.overrides?.[0]?.suppress).toBeDefined();
  });

  it.each(LANGS)('writes a tender.yaml that jamkrav generate --meta accepts (%s)', async (lang) => {
    const dir = tmp();
    await initProject(dir, { lang });
    const meta = await parseMeta('tender.yaml', readFileSync(join(dir, 'tender.yaml'), 'utf8'), lang);
    expect(meta.tender).toMatchObject({ reference: 'KS 2026/0412', date: '2026-09-01', type: 'services' });
    expect(meta.authority?.name).toBeTruthy();
  });

  it('writes a GitHub workflow with annotations and a SARIF upload', () => {
    for (const lang of LANGS) {
      const text = initFiles(lang).find((f) => f.path === '.github/workflows/jamkrav.yml')!.content;
      const wf = parse(text) as {
        permissions: Record<string, string>;
        jobs: { lint: { steps: Array<{ run?: string; uses?: string; with?: Record<string, string>; if?: string }> } };
      };
      const steps = wf.jobs.lint.steps;
      // The pinned jamkrav from the repository's lock file; npx never fetches another.
      expect(steps.map((s) => s.run).filter(Boolean)).toEqual([
        'npm ci',
        'npx --no-install jamkrav lint --format github',
        'npx --no-install jamkrav lint --format sarif --output jamkrav.sarif --fail-on never',
      ]);
      const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!;
      expect(upload.with?.sarif_file).toBe('jamkrav.sarif');
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a template
      expect(upload.if).toBe('${{ !cancelled() }}');
      expect(wf.permissions['security-events']).toBe('write');
    }
  });

  it('writes a GitLab CI job with a JUnit report artifact', () => {
    for (const lang of LANGS) {
      const text = initFiles(lang).find((f) => f.path === 'jamkrav.gitlab-ci.yml')!.content;
      const ci = parse(text) as {
        jamkrav: { script: string[]; artifacts: { when: string; reports: { junit: string } } };
      };
      expect(ci.jamkrav.script).toEqual([
        'npm ci',
        'npx --no-install jamkrav lint --format junit --output jamkrav-junit.xml',
      ]);
      expect(ci.jamkrav.artifacts).toEqual({ when: 'always', reports: { junit: 'jamkrav-junit.xml' } });
    }
  });

  it('never overwrites an existing file without --force', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'tender.yaml'), 'mine\n');
    mkdirSync(join(dir, '.github/workflows'), { recursive: true });
    writeFileSync(join(dir, '.github/workflows/jamkrav.yml'), 'mine too\n');
    const first = await initProject(dir, { lang: 'en' });
    expect(first.map((o) => o.status)).toEqual(['written', 'written', 'skipped', 'skipped', 'written']);
    expect(readFileSync(join(dir, 'tender.yaml'), 'utf8')).toBe('mine\n');
    const forced = await initProject(dir, { lang: 'en', force: true });
    // The package.json is the user's from now on: --force never replaces it.
    expect(forced.map((o) => o.status)).toEqual([
      'skipped',
      'overwritten',
      'overwritten',
      'overwritten',
      'overwritten',
    ]);
    expect(readFileSync(join(dir, 'tender.yaml'), 'utf8')).toContain('tender:');
  });
});
