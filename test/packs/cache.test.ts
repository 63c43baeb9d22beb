// JSON copies of the built-in packs (src/yaml/cache.ts): used only while fresh, ignored when
// stale or damaged, and the same data as the YAML. That a run using them loads neither yaml nor ajv
// (a compiled copy in a child process): cache.e2e.test.ts.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BUILTIN_LANGUAGE_PACKS,
  BUILTIN_PACKS,
  BUILTIN_WEAK_PACK,
  builtinPackPath,
  loadLanguagePack,
  loadPackFile,
  loadWeakPack,
} from '../../src/packs/index.js';
import { cacheFileFor, readCachedYaml, writeCachedYaml } from '../../src/yaml/cache.js';

describe('yaml cache: readCachedYaml / writeCachedYaml', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'jamkrav-cache-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const yamlFile = () => join(dir, 'pack.yaml');

  it('a fresh copy is used', async () => {
    writeFileSync(yamlFile(), 'id: x\nn: 1\n');
    expect(await writeCachedYaml(yamlFile(), 'id: x\nn: 1\n', { id: 'x', n: 1 }, join(dir, 'c'))).toBe(true);
    expect(await readCachedYaml(yamlFile(), join(dir, 'c'))).toEqual({ data: { id: 'x', n: 1 } });
  });

  it('a stale copy (the YAML changed since) is ignored', async () => {
    writeFileSync(yamlFile(), 'id: x\nn: 1\n');
    await writeCachedYaml(yamlFile(), 'id: x\nn: 1\n', { id: 'x', n: 1 }, join(dir, 'c'));
    writeFileSync(yamlFile(), 'id: x\nn: 2\n');
    expect(await readCachedYaml(yamlFile(), join(dir, 'c'))).toBeUndefined();
  });

  it('a copy of other text than the file holds is never written as fresh', async () => {
    writeFileSync(yamlFile(), 'id: x\nn: 2\n');
    await writeCachedYaml(yamlFile(), 'id: x\nn: 1\n', { id: 'x', n: 1 }, join(dir, 'c'));
    expect(await readCachedYaml(yamlFile(), join(dir, 'c'))).toBeUndefined();
  });

  it('a damaged or foreign copy is ignored', async () => {
    writeFileSync(yamlFile(), 'id: x\n');
    await writeCachedYaml(yamlFile(), 'id: x\n', { id: 'x' }, join(dir, 'c'));
    const copy = cacheFileFor(yamlFile(), join(dir, 'c'));
    const good = readFileSync(copy, 'utf8');
    for (const bad of [
      good.slice(0, good.length - 5),
      '',
      'null',
      '[]',
      good.replace('"format":1', '"format":0'),
      '{"sha256":1,"format":1,"data":{}}',
    ]) {
      writeFileSync(copy, bad);
      expect(await readCachedYaml(yamlFile(), join(dir, 'c')), bad).toBeUndefined();
    }
  });

  it('no copy, or no YAML: a miss, not an error', async () => {
    expect(await readCachedYaml(join(dir, 'none.yaml'), join(dir, 'c'))).toBeUndefined();
    expect(await readCachedYaml(yamlFile(), join(dir, 'nowhere'))).toBeUndefined();
  });

  it('data that JSON would change is not copied', async () => {
    writeFileSync(yamlFile(), 'd: 2020-01-01\n');
    expect(await writeCachedYaml(yamlFile(), 'd: 2020-01-01\n', { d: new Date(0) }, join(dir, 'd'))).toBe(false);
    expect(await writeCachedYaml(yamlFile(), 'd: 2020-01-01\n', { d: Infinity }, join(dir, 'd'))).toBe(false);
    expect(existsSync(join(dir, 'd', 'pack.yaml.json'))).toBe(false);
  });

  it('an unwritable cache folder is no error', async () => {
    writeFileSync(join(dir, 'file'), '');
    expect(await writeCachedYaml(yamlFile(), 'id: x\n', { id: 'x' }, join(dir, 'file', 'sub'))).toBe(false);
  });
});

describe('the built-in packs from their copies', () => {
  it('give the same rules as the YAML', async () => {
    for (const id of BUILTIN_PACKS) {
      const trusted = await loadPackFile(builtinPackPath(id), { trustBuiltin: true });
      const full = await loadPackFile(builtinPackPath(id));
      expect(trusted.problems).toEqual([]);
      expect(trusted.pack).toEqual(full.pack);
    }
    for (const id of BUILTIN_LANGUAGE_PACKS) {
      const trusted = await loadLanguagePack(builtinPackPath(id), 'en', undefined, true);
      const full = await loadLanguagePack(builtinPackPath(id), 'en');
      expect(trusted).toEqual(full);
    }
    const trusted = await loadWeakPack(builtinPackPath(BUILTIN_WEAK_PACK), 'en', true);
    const full = await loadWeakPack(builtinPackPath(BUILTIN_WEAK_PACK), 'en');
    expect(trusted).toEqual(full);
  });
});
