// JSON copies of the built-in packs (src/yaml/cache.ts): used only while fresh, ignored when
// stale or damaged, the same data as the YAML, and a run that uses them loads neither yaml nor ajv.
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
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

const root = fileURLToPath(new URL('../../', import.meta.url));

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

// A child process on a compiled copy of the pack loaders with its own rules/ and cache, so the
// project's dist/ is left alone. Which CommonJS packages it loaded (yaml and ajv are CommonJS,
// whether imported or required) comes from the require cache.
describe('a run that uses the copies loads neither yaml nor ajv', () => {
  let out: string;
  beforeAll(() => {
    mkdirSync(join(root, 'test-artifacts'), { recursive: true });
    out = mkdtempSync(join(root, 'test-artifacts', 'packs-cache-'));
    const tsc = join(root, 'node_modules', '.bin', 'tsc');
    const args = [
      'src/packs/index.ts',
      '--ignoreConfig',
      '--outDir',
      join(out, 'dist'),
      '--rootDir',
      'src',
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'es2022',
      '--strict',
      '--skipLibCheck',
      '--types',
      'node',
    ];
    const built = spawnSync(tsc, args, { cwd: root, encoding: 'utf8' });
    if (!existsSync(join(out, 'dist', 'packs', 'index.js')))
      throw new Error(`tsc failed: ${built.stdout}${built.stderr}`);
    cpSync(join(root, 'rules'), join(out, 'rules'), { recursive: true });
  }, 60_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  /** Loads every built-in pack as lint does; returns the CommonJS packages that got loaded. */
  function loadIn(): string[] {
    const packs = pathToFileURL(join(out, 'dist', 'packs', 'index.js')).href;
    const script = `import { createRequire } from 'node:module';
const { loadCatalogue, loadLanguagePackByName, loadBuiltinWeakPack } = await import(${JSON.stringify(packs)});
const catalogue = await loadCatalogue();
if (catalogue.rules.length !== 23) throw new Error('rules: ' + catalogue.rules.length);
for (const id of ['language-sv', 'language-en']) {
  const { pack } = await loadLanguagePackByName(id, process.cwd());
  if (!pack) throw new Error(id);
}
const weak = await loadBuiltinWeakPack();
if (weak.pack?.checks.length !== 4) throw new Error('weak');
const loaded = Object.keys(createRequire(import.meta.url).cache).map((k) => /node_modules\\/([^/]+)\\//.exec(k)?.[1]).filter(Boolean);
console.log(JSON.stringify([...new Set(loaded)].sort()));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout) as string[];
  }

  const cacheFile = (name: string) => join(out, 'dist', 'yaml-cache', `${name}.yaml.json`);

  it('the first run parses the YAML (the check sees yaml and ajv) and writes the copies', () => {
    const loaded = loadIn();
    expect(loaded).toContain('yaml');
    expect(loaded).toContain('ajv');
    for (const name of [...BUILTIN_PACKS, ...BUILTIN_LANGUAGE_PACKS, BUILTIN_WEAK_PACK])
      expect(existsSync(cacheFile(name)), name).toBe(true);
  });

  it('the next run takes the fresh copies: neither yaml nor ajv is loaded', () => {
    const loaded = loadIn();
    expect(loaded).not.toContain('yaml');
    expect(loaded).not.toContain('ajv');
  });

  it('a stale copy is ignored (the YAML is read) and replaced', () => {
    appendFileSync(join(out, 'rules', 'cemr-art12.yaml'), '\n# edited\n');
    expect(loadIn()).toContain('yaml');
    expect(loadIn()).not.toContain('yaml');
  });

  it('a damaged copy is ignored and replaced', () => {
    writeFileSync(cacheFile('language-sv'), '{"format":1,"sha256":"');
    expect(loadIn()).toContain('yaml');
    expect(loadIn()).not.toContain('yaml');
  });
});
