// The weak-requirement pack (`kind: weak`): the built-in rules/weak.yaml through loadPack and
// testPack, the schema and the check kinds held together, and a user's pack with its problems.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUILTIN_WEAK_PACK, loadPack, testPack } from '../../src/packs/index.js';
import { CHECK_KINDS, WEAK_CHECK_KINDS } from '../../src/quality/index.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/packs/weak/${name}`, import.meta.url));

describe('the built-in weak pack', async () => {
  const loaded = await loadPack(BUILTIN_WEAK_PACK, { lang: 'en' });

  it('validates against its schema and is tagged weak', () => {
    expect(loaded.problems).toEqual([]);
    expect(loaded.pack?.kind).toBe('weak');
  });

  it('holds the four checks, in order, with their severities', () => {
    if (loaded.pack?.kind !== 'weak') throw new Error('not a weak pack');
    expect(loaded.pack.pack.checks.map((c) => [c.id, c.check, c.severity])).toEqual([
      ['weak.wish', 'wish', 'warning'],
      ['weak.no-verification', 'verification', 'warning'],
      ['weak.corporate-policy', 'corporate', 'error'],
      ['weak.no-follow-up', 'follow-up', 'warning'],
    ]);
  });

  it('has examples in both languages for every check, and every one agrees with the checks', () => {
    if (loaded.pack?.kind !== 'weak') throw new Error('not a weak pack');
    for (const check of loaded.pack.pack.checks) {
      for (const expect_ of ['flag', 'ok'] as const) {
        expect(check.examples[expect_].sv.length, `${check.id} ${expect_} sv`).toBeGreaterThanOrEqual(1);
        expect(check.examples[expect_].en.length, `${check.id} ${expect_} en`).toBeGreaterThanOrEqual(1);
      }
    }
    const failed = testPack(loaded.pack).filter((o) => !o.ok);
    expect(failed).toEqual([]);
  });
});

describe('check kinds and the schema', () => {
  const schema = JSON.parse(
    readFileSync(fileURLToPath(new URL('../../rules/schema/weak-pack.schema.json', import.meta.url)), 'utf8'),
  ) as {
    $defs: {
      check: {
        properties: { check: { enum: string[] } };
        allOf: {
          if: { properties: { check: { const: string } } };
          then: { properties: { terms: { required: string[] } } };
        }[];
      };
    };
  };

  it('name the same kinds', () => {
    expect(schema.$defs.check.properties.check.enum).toEqual([...WEAK_CHECK_KINDS]);
  });

  it.each(WEAK_CHECK_KINDS.map((k) => [k]))('%s: the schema requires exactly the lists the kind reads', (kind) => {
    const rule = schema.$defs.check.allOf.find((r) => r.if.properties.check.const === kind);
    expect(rule?.then.properties.terms.required).toEqual([...CHECK_KINDS[kind].lists]);
  });
});

describe("a user's weak pack", () => {
  it('positions ids outside the prefix, ids used twice and terms that cannot compile', async () => {
    const { pack, problems } = await loadPack(fixture('semantic.yaml'), { lang: 'en' });
    expect(pack).toBeUndefined();
    expect(problems.map((p) => `${p.pos.line}: ${p.message}`)).toEqual([
      expect.stringMatching(/^7: rule id other\.wish must start with the pack prefix "house\."/),
      expect.stringMatching(/^15: invalid term: /),
      expect.stringMatching(/^19: rule id other\.wish must start with the pack prefix "house\."/),
      expect.stringMatching(/^19: rule id other\.wish is already used \(line 7\)/),
    ]);
  });

  it('says why a term is invalid in the language asked for', async () => {
    const term = async (lang: 'sv' | 'en') =>
      (await loadPack(fixture('semantic.yaml'), { lang })).problems.find((p) => p.pos.line === 15)?.message;
    expect(await term('sv')).toBe('ogiltig term: "*" får bara stå först eller sist i ett ord, inte inuti "a*b"');
    expect(await term('en')).toBe(
      'invalid term: "*" may only stand at the start or the end of a word, not inside "a*b"',
    );
  });

  it('refuses lists the check kind does not read, and asks for those it does', async () => {
    const { problems } = await loadPack(fixture('wrong-lists.yaml'), { lang: 'en' });
    const messages = problems.map((p) => p.message).join('\n');
    expect(messages).toContain('duty');
    expect(messages).toContain('award');
    expect(messages).toMatch(/verification/);
  });

  it('runs its examples: a wrong `ok` example is reported', async () => {
    const { pack } = await loadPack(fixture('house.yaml'), { lang: 'en' });
    expect(pack?.kind).toBe('weak');
    const outcomes = testPack(pack!);
    expect(outcomes.map((o) => [o.ruleId, o.expect, o.lang, o.ok])).toEqual([
      ['house.no-proof', 'flag', 'sv', true],
      ['house.no-proof', 'ok', 'sv', false],
    ]);
  });
});
