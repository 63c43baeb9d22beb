// jamkrav.config.yaml: found upward from where you stand, validated with positions.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkConfigRuleIds, findConfigFile, loadConfig } from '../../src/config/index.js';
import { UserError } from '../../src/errors.js';
import { CATALOGUE } from '../lint/helpers.js';

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'jamkrav-config-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

async function rejection(p: Promise<unknown>): Promise<UserError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(UserError);
  return e as UserError;
}

describe('config discovery', () => {
  it('finds jamkrav.config.yaml in a folder above the working directory', () => {
    const root = project({ 'jamkrav.config.yaml': 'level: advanced\n', 'anbud/2024/a.md': '# A\n' });
    expect(findConfigFile(join(root, 'anbud/2024'))).toBe(join(root, 'jamkrav.config.yaml'));
  });

  it('prefers the nearest config', () => {
    const root = project({ 'jamkrav.config.yaml': '{}\n', 'anbud/jamkrav.config.yml': '{}\n' });
    expect(findConfigFile(join(root, 'anbud'))).toBe(join(root, 'anbud/jamkrav.config.yml'));
  });

  it('loads settings, relative to the config file folder', async () => {
    const root = project({ 'jamkrav.config.yaml': 'level: advanced\nignore: [arkiv/**]\n', 'sub/x.md': '' });
    const loaded = await loadConfig({ cwd: join(root, 'sub'), lang: 'sv' });
    expect(loaded.config).toEqual({ level: 'advanced', ignore: ['arkiv/**'] });
    expect(loaded.dir).toBe(root);
    expect(loaded.name).toBe('../jamkrav.config.yaml');
  });

  it('means every default when there is no config, or an empty one', async () => {
    const none = project({});
    expect((await loadConfig({ cwd: none, lang: 'sv' })).config).toEqual({});
    const empty = project({ 'jamkrav.config.yaml': '' });
    expect((await loadConfig({ cwd: empty, lang: 'sv' })).config).toEqual({});
  });
});

describe('invalid config', () => {
  it('is a positioned error naming file, line and column', async () => {
    const root = project({ 'jamkrav.config.yaml': 'level: base\nrules:\n  diskrl3.pay: loud\n' });
    const e = await rejection(loadConfig({ cwd: root, lang: 'sv' }));
    expect(e.file).toBe('jamkrav.config.yaml');
    expect(e.pos).toEqual({ line: 3, col: 16 });
    expect(e.toLine()).toMatch(/^jamkrav\.config\.yaml:3:16: /);
  });

  it('rejects an override without a reason for its suppression', async () => {
    const root = project({
      'jamkrav.config.yaml': 'overrides:\n  - files: [varor/**]\n    suppress:\n      cemr12.equal-service: ""\n',
    });
    const e = await rejection(loadConfig({ cwd: root, lang: 'en' }));
    expect(e.pos?.line).toBe(4);
  });

  it('rejects unknown keys and broken YAML with a position', async () => {
    const typo = project({ 'jamkrav.config.yaml': 'packs: [cemr-art12]\nlevle: base\n' });
    expect((await rejection(loadConfig({ cwd: typo, lang: 'sv' }))).pos?.line).toBe(2);
    const broken = project({ 'jamkrav.config.yaml': 'rules: {a: [\n' });
    expect((await rejection(loadConfig({ cwd: broken, lang: 'sv' }))).pos).toBeDefined();
  });

  it('names a --config file that does not exist', async () => {
    const root = project({});
    const e = await rejection(loadConfig({ cwd: root, file: 'saknas.yaml', lang: 'sv' }));
    expect(e.toLine()).toBe('saknas.yaml: filen finns inte');
  });

  it('catches a misspelt rule id of a loaded pack, pointing at it', async () => {
    const root = project({
      'jamkrav.config.yaml': 'overrides:\n  - files: ["**"]\n    suppress:\n      diskrl3.parenthod: skäl\n',
    });
    const loaded = await loadConfig({ cwd: root, lang: 'sv' });
    let error: unknown;
    try {
      checkConfigRuleIds(loaded, CATALOGUE, 'sv');
    } catch (e) {
      error = e;
    }
    expect((error as UserError).toLine()).toBe(
      'jamkrav.config.yaml:4:7: okänd regel diskrl3.parenthod i paketet diskrl3 (se `jamkrav rules list`)',
    );
  });

  it('lets through ids of packs not loaded in this run', async () => {
    const root = project({ 'jamkrav.config.yaml': 'rules:\n  kommun.extra: off\n' });
    const loaded = await loadConfig({ cwd: root, lang: 'sv' });
    expect(() => checkConfigRuleIds(loaded, CATALOGUE, 'sv')).not.toThrow();
  });
});
