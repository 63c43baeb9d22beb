// JSON copies of the built-in packs (src/yaml/cache.ts) in a real run: a child process on a
// compiled copy of the pack loaders loads neither yaml nor ajv once the copies are fresh (the
// cache itself, in-process: cache.test.ts).
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileEntry } from '../compile-entry.js';
import { BUILTIN_LANGUAGE_PACKS, BUILTIN_PACKS, BUILTIN_WEAK_PACK } from '../../src/packs/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

// A child process on a compiled copy of the pack loaders with its own rules/ and cache, so the
// project's dist/ is left alone. Which CommonJS packages it loaded (yaml and ajv are CommonJS,
// whether imported or required) comes from the require cache.
describe('a run that uses the copies loads neither yaml nor ajv', () => {
  let out: string;
  beforeAll(() => {
    out = compileEntry('packs/index', 'packs-cache-');
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
const loaded = Object.keys(createRequire(import.meta.url).cache)
  .map((k) => /node_modules\\/([^/]+)\\//.exec(k)?.[1])
  .filter(Boolean);
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
