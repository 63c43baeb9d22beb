// Packs, configs, manifests, metadata and templates from users are data, never code: no eval, no
// prototype pollution from YAML keys such as `__proto__`, no placeholder that reaches outside the
// metadata's own values.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { loadManifest } from '../../src/batch/index.js';
import { loadConfig } from '../../src/config/index.js';
import { isUserError } from '../../src/errors.js';
import { generate, parseMeta } from '../../src/generate/index.js';
import { MetaValues } from '../../src/generate/meta.js';
import { loadCatalogue, loadPackFile } from '../../src/packs/index.js';
import { docx, p, ROOT, scratchFolders } from './helpers.js';
import { regex } from '../regex.js';

const dir = scratchFolders();

const HOSTILE = ['__proto__', 'constructor', 'prototype'] as const;
/** YAML that would pollute Object.prototype through a naive merge of `key`. */
const payload = (key: string) =>
  key === '__proto__' ? '{ polluted: yes, toString: boom }' : '{ prototype: { polluted: yes } }';

afterEach(() => {
  // Checked after every test, and inside each: nothing anywhere gained a `polluted` member.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
});

/** Runs `load`; either it refuses the input with a UserError or what it returns is plain data. */
async function rejectedOrPlain(load: () => Promise<unknown>): Promise<'rejected' | 'kept'> {
  try {
    await load();
    return 'kept';
  } catch (e) {
    expect(isUserError(e), String(e)).toBe(true);
    return 'rejected';
  } finally {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }
}

describe('YAML keys __proto__, constructor and prototype', () => {
  const PACK = readFileSync(join(ROOT, 'test/fixtures/packs/minimal.yaml'), 'utf8');

  it.each(HOSTILE)('in a rule pack (top level, in a rule, in overrides): refused by the schema (%s)', async (key) => {
    const d = dir({
      'top.yaml': `${PACK}\n${key}: ${payload(key)}\n`,
      'rule.yaml': PACK.replace(/^(\s+- id: .*)$/m, `$1\n    ${key}: ${payload(key)}`),
      'over.yaml':
        `id: over\nprefix: over\nversion: 1.0.0\ntitle: { sv: x, en: x }\nsource: { title: { sv: x, en: x ` +
        `}, url: https://example.org }\nextends: [cemr-art12]\noverrides:\n  ${key}: ${payload(key)}\n`,
    });
    for (const f of ['top.yaml', 'rule.yaml', 'over.yaml']) {
      const { pack, problems } = await loadPackFile(join(d, f), { lang: 'en' });
      expect(pack, f).toBeUndefined();
      expect(problems.length, f).toBeGreaterThan(0);
      expect(await rejectedOrPlain(() => loadCatalogue({ packs: [join(d, f)], lang: 'en' }))).toBe('rejected');
    }
  });

  it.each(HOSTILE)(
    'in a config (rules, overrides[].rules, overrides[].suppress, limits): refused (%s)',
    async (key) => {
      for (const yaml of [
        `rules:\n  ${key}: ${payload(key)}\n`,
        `rules:\n  ${key}: off\n`,
        `overrides:\n  - files: ["**"]\n    rules: { ${key}: off }\n`,
        `overrides:\n  - files: ["**"]\n    suppress: { ${key}: skäl }\n`,
        `limits:\n  ${key}: 5\n`,
        `${key}: ${payload(key)}\n`,
      ]) {
        const d = dir({ 'jamkrav.config.yaml': yaml });
        expect(await rejectedOrPlain(() => loadConfig({ cwd: d, lang: 'en' })), yaml).toBe('rejected');
      }
    },
  );

  it.each(HOSTILE)(
    'in a batch manifest (defaults, a tender, meta, meta.fields): refused or kept as plain data (%s)',
    async (key) => {
      const outcomes: string[] = [];
      for (const yaml of [
        `defaults: { ${key}: ${payload(key)} }\ntenders: [{ output: a.docx }]\n`,
        `tenders: [{ output: a.docx, ${key}: ${payload(key)} }]\n`,
        `tenders: [{ output: a.docx, meta: { ${key}: ${payload(key)} } }]\n`,
        `tenders: [{ output: a.docx, meta: { fields: { ${key}: värde } } }]\n`,
      ]) {
        const d = dir({ 'plan.yaml': yaml });
        const result = await rejectedOrPlain(async () => {
          const m = await loadManifest('plan.yaml', 'en', d);
          // Kept: then only as the tender's own data, with Object's prototype under it.
          for (const t of m.data.tenders) expect(Object.getPrototypeOf(t)).toBe(Object.prototype);
        });
        outcomes.push(result);
      }
      expect(outcomes.slice(0, 3)).toEqual(['rejected', 'rejected', 'rejected']);
    },
  );

  it(
    'in tender metadata fields: __proto__ refused (field names start with a letter), constructor kept as its own ' +
      'string',
    async () => {
      expect(await rejectedOrPlain(() => parseMeta('tender.yaml', 'fields:\n  __proto__: från-proto\n', 'en'))).toBe(
        'rejected',
      );
      const meta = await parseMeta(
        'tender.yaml',
        'tender: { title: Hemtjänst }\nfields:\n  constructor: från-constructor\n  prototype: från-prototype\n',
        'en',
      );
      expect(Object.getPrototypeOf(meta.fields)).toBe(Object.prototype);
      expect(Object.keys(meta.fields!).sort()).toEqual(['constructor', 'prototype']);
      const values = new MetaValues(meta, 'en', undefined);
      expect(values.resolve('fields.constructor')).toEqual({ kind: 'value', text: 'från-constructor' });
      expect(values.resolve('fields.prototype')).toEqual({ kind: 'value', text: 'från-prototype' });
      expect(await rejectedOrPlain(() => parseMeta('t.yaml', `__proto__: ${payload('__proto__')}\n`, 'en'))).toBe(
        'rejected',
      );
      expect(
        await rejectedOrPlain(() => parseMeta('t.yaml', `tender: { constructor: ${payload('constructor')} }\n`, 'en')),
      ).toBe('rejected');
    },
  );
});

describe("placeholders reach only the metadata's own values", () => {
  const ODD = [
    '{{constructor}}',
    '{{__proto__.x}}',
    '{{tender.constructor}}',
    '{{fields.__proto__}}',
    '{{toString}}',
    '{{tender.__proto__}}',
    '{{authority.hasOwnProperty}}',
    '{{fields.hasOwnProperty}}',
  ];

  it("MetaValues: Object's members are unknown keys, or missing free fields, never values", () => {
    const values = new MetaValues({ tender: { title: 'Hemtjänst' } }, 'en', undefined);
    for (const key of [
      'constructor',
      'toString',
      'tender.constructor',
      'tender.__proto__',
      'authority.hasOwnProperty',
      '__proto__',
    ]) {
      expect(values.resolve(key), key).toEqual({ kind: 'unknown' });
    }
    expect(values.resolve('fields.hasOwnProperty')).toEqual({ kind: 'missing', text: '[hasOwnProperty]' });
    expect(values.resolve('tender.title')).toEqual({ kind: 'value', text: 'Hemtjänst' });
  });

  it(
    'in a template: left as written (with a warning) or ' + 'a bracketed field to fill, never code or an object',
    async () => {
      const catalogue = await loadCatalogue({ packs: [join(ROOT, 'test/fixtures/generate/test-pack.yaml')] });
      const template = docx(
        `${ODD.map((k) => p(`Fält ${k} slut`)).join('')}${p('{{tender.title}}')}${p('{{jamkrav.requirements}}')}`,
      );
      const r = await generate({
        catalogue,
        template,
        templatePath: 'mall.docx',
        meta: { tender: { title: 'Hemtjänst' }, fields: { avdelning: 'Vård' } },
        lang: 'en',
        date: '2026-01-01',
      });
      const xml = strFromU8(unzipSync(r.data)['word/document.xml']!);
      for (const k of [
        '{{constructor}}',
        '{{__proto__.x}}',
        '{{tender.constructor}}',
        '{{fields.__proto__}}',
        '{{toString}}',
        '{{tender.__proto__}}',
        '{{authority.hasOwnProperty}}',
      ])
        expect(xml).toContain(`Fält ${k} slut`);
      expect(xml).toContain('Fält [hasOwnProperty] slut');
      expect(xml).toContain('Hemtjänst');
      expect(xml).not.toMatch(/native code|\[object |function /);
      expect(r.warnings.join('\n')).toContain('{{constructor}}');
    },
  );
});

describe('no code runs from user data', () => {
  it('src/ has no eval, no new Function, no vm module, no dynamic import of a user path', () => {
    const files = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.ts'),
    );
    expect(files.length).toBeGreaterThan(50);
    for (const f of files) {
      const code = readFileSync(join(ROOT, 'src', f), 'utf8').replace(/^\s*(\/\/|\*|\/\*).*$/gm, '');
      expect(code, f).not.toMatch(
        regex(
          /\beval\s*\(|new\s+Function\s*\(|\bFunction\s*\(\s*['"`]/,
          /|from 'node:vm'|require\(['"](node:)?vm['"]\)/,
          /|\bvm\.run/,
        ),
      );
      // Every dynamic import names a module of ours or a package, never a value read from a file.
      for (const m of code.matchAll(/\bimport\(([^)]*)\)/g)) expect(m[1], `${f}: import(${m[1]})`).toMatch(/^'[^']+'$/);
    }
  });

  it('YAML tags that would build code or objects are not honoured', async () => {
    // An unknown tag leaves the scalar a plain string: data, never a function or an object.
    const d = dir({ 'plan.yaml': 'tenders:\n  - output: !!js/function "function(){ return 1 }"\n' });
    const m = await loadManifest('plan.yaml', 'en', d);
    expect(typeof m.data.tenders[0]!.output).toBe('string');
    const meta = await parseMeta('t.yaml', 'tender: { title: !!python/object:os.system x }\n', 'en').catch(
      (e: unknown) => e,
    );
    expect(isUserError(meta) || typeof (meta as { tender: { title: unknown } }).tender.title === 'string').toBe(true);
  });
});
