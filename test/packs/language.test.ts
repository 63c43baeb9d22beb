// Loading language packs: built-in ones by id, user files with positioned problems, and telling
// a language pack from a requirement pack.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadLanguagePack, loadLanguagePackByName, packKindOf } from '../../src/packs/index.js';
import { planFixes } from '../../src/quality/index.js';

const dir = fileURLToPath(new URL('../fixtures/quality/packs/', import.meta.url));
const file = (name: string): string => `${dir}${name}`;

describe('loadLanguagePack', () => {
  it('loads a user pack, defaulting compound and fix', async () => {
    const { pack, problems } = await loadLanguagePack(file('minimal.yaml'));
    expect(problems).toEqual([]);
    expect(pack).toMatchObject({
      id: 'house-style',
      prefix: 'house',
      lang: 'sv',
      rules: [{ id: 'house.ombudsman', compound: 'none', fix: true }],
    });
    expect(planFixes('Facket utser en ombudsman.', 'text', [pack!]).fixed).toBe('Facket utser en ombud.');
  });

  it('positions schema problems: an unknown field, a bad enum, an upper-case form', async () => {
    const { pack, problems } = await loadLanguagePack(file('bad-schema.yaml'), 'en');
    expect(pack).toBeUndefined();
    expect(problems.map((p) => [p.pos.line, p.message])).toEqual([
      [4, expect.stringContaining('"sv", "en"')],
      [9, expect.stringContaining('wrong form')],
      [9, expect.stringContaining('invalid field name "Ombudsman"')],
      [14, expect.stringContaining('unknown field "colour"')],
    ]);
  });

  it('requires advice when a form has no replacement', async () => {
    const { problems } = await loadLanguagePack(file('advice-missing.yaml'), 'en');
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('"advice"')]);
  });

  it('checks prefixes, duplicate ids, forms listed twice and antecedent terms', async () => {
    const { problems } = await loadLanguagePack(file('semantic.yaml'), 'en');
    expect(problems.map((p) => `${p.pos.line}: ${p.message}`)).toEqual([
      expect.stringMatching(/^8: rule id other\.ombudsman must start with the pack prefix "house\."/),
      expect.stringMatching(/^15: the form "ombudsman" is already listed by rule other\.ombudsman/),
      expect.stringMatching(/^16: invalid term: .*\*/),
      expect.stringMatching(/^21: rule id house\.ombud is already used \(line 14\)/),
    ]);
  });

  it('says why a term is invalid in the language asked for', async () => {
    const term = async (lang: 'sv' | 'en') =>
      (await loadLanguagePack(file('semantic.yaml'), lang)).problems.find((p) => p.pos.line === 16)?.message;
    expect(await term('sv')).toBe('ogiltig term: "*a*" är för kort för ett "*": ordet behöver minst 3 bokstäver');
    expect(await term('en')).toBe('invalid term: "*a*" is too short for a "*": it needs at least 3 letters');
  });

  it('reports YAML syntax errors and unreadable files, never throwing', async () => {
    expect((await loadLanguagePack(file('invalid.yaml'))).problems).toHaveLength(1);
    const missing = await loadLanguagePack(file('nope.yaml'), 'en');
    expect(missing.problems[0]!.message).toBe('file not found');
  });

  it('can insist on the pack language', async () => {
    const { problems } = await loadLanguagePack(file('minimal.yaml'), 'en', 'en');
    expect(problems.map((p) => p.message)).toEqual(['the pack is in sv, but en was asked for']);
  });
});

describe('pack names', () => {
  it('loads built-in packs by id', async () => {
    const { pack } = await loadLanguagePackByName('language-en', dir);
    expect(pack?.prefix).toBe('langen');
  });

  it.each([
    ['language-sv', true],
    ['minimal.yaml', true],
    ['bad-schema.yaml', true],
    ['diskrl-3kap', false],
    ['../../packs/minimal.yaml', false],
    ['nope.yaml', false],
  ])('%s is a language pack: %s', async (name, expected) => {
    expect(packKindOf(name, dir) === 'language').toBe(expected);
  });
});
