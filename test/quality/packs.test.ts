// The built-in language packs: schema-valid, well-formed, and every rule's own examples — flagged,
// left alone, fixed — agreeing with the scanner; quotations and names are never flagged.
import { describe, expect, it } from 'vitest';
import { LanguageChecks, planFixes, scanText } from '../../src/quality/index.js';
import type { LanguagePack, LanguageRule } from '../../src/quality/index.js';
import { builtinPacks } from './helpers.js';

const packs = await builtinPacks();
/** Each pack compiled on its own, once. */
const alone = new Map(packs.map((p) => [p, new LanguageChecks([p])]));
const rows = packs.flatMap((pack) => pack.rules.map((rule) => [rule.id, rule, pack] as const));
// Tables for the tests that concern only some rules: built from those rules alone, so that no
// test is skipped for a rule it does not apply to.
const compoundRows = rows.filter(([, rule]) => rule.compound === 'end');
/** Pronoun rules (with antecedents) have no form that could stand in a name. */
const nameRows = rows.filter(([, rule]) => !rule.antecedents);

function hits(text: string, pack: LanguagePack, rule: LanguageRule) {
  return scanText(text, alone.get(pack)!).filter((m) => m.rule.id === rule.id);
}

describe('the built-in language packs', () => {
  it.each(packs.map((p) => [p.id, p] as const))('%s holds 25–40 rules with unique, prefixed ids', (_id, pack) => {
    expect(pack.rules.length).toBeGreaterThanOrEqual(25);
    expect(pack.rules.length).toBeLessThanOrEqual(40);
    const ids = pack.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.startsWith(`${pack.prefix}.`)).toBe(true);
    // Rule ids must fit the config schema's ruleId pattern to be configurable.
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+\.[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(rows)('%s cites Språkrådet, the European Parliament or the Commission', (_id, rule) => {
    expect(rule.source.url).toMatch(
      /^https:\/\/(frageladan\.isof\.se|www\.europarl\.europa\.eu|commission\.europa\.eu)\//,
    );
    expect(rule.reason.sv.length).toBeGreaterThan(20);
    expect(rule.reason.en.length).toBeGreaterThan(20);
  });

  it.each(rows)('%s has enough examples', (_id, rule) => {
    expect(rule.examples.flag.length).toBeGreaterThanOrEqual(2);
    expect(rule.examples.ok.length).toBeGreaterThanOrEqual(2);
    if (rule.fix && Object.values(rule.forms).some((r) => r !== null))
      expect(rule.examples.fix?.length ?? 0).toBeGreaterThanOrEqual(1);
  });
});

describe.each(rows)('%s', (_id, rule, pack) => {
  it.each(rule.examples.flag)('flags: %s', (text) => {
    expect(hits(text, pack, rule)).not.toEqual([]);
  });

  it.each(rule.examples.ok)('leaves alone: %s', (text) => {
    expect(scanText(text, alone.get(pack)!).map((m) => `${m.rule.id}: ${m.text}`)).toEqual([]);
  });

  it('flags an inflected form in its examples, not only the base form', () => {
    if (Object.keys(rule.forms).length < 2) return;
    const base = Object.keys(rule.forms)[0]!;
    const seen = rule.examples.flag.flatMap((t) => hits(t, pack, rule).map((m) => m.text.toLowerCase()));
    expect(seen.some((t) => t !== base)).toBe(true);
  });

  it('does not flag its words inside a quotation', () => {
    for (const text of rule.examples.flag) {
      for (const m of hits(text, pack, rule)) {
        const quoted = `${text.slice(0, m.start)}”${m.text}”${text.slice(m.end)}`;
        expect(
          hits(quoted, pack, rule).map((q) => q.start),
          quoted,
        ).not.toContain(m.start + 1);
      }
    }
  });

  it.each(rule.examples.fix ?? [])('fixes $from', ({ from, to }) => {
    expect(planFixes(from, 'text', [pack]).fixed).toBe(to);
  });
});

describe('compound rules', () => {
  it.each(compoundRows)('%s flags a compound in its examples', (_id, rule, pack) => {
    const forms = Object.keys(rule.forms);
    const seen = rule.examples.flag.flatMap((t) => hits(t, pack, rule).map((m) => m.text.toLowerCase()));
    expect(seen.some((t) => !forms.some((f) => t === f || t === `${f}s`))).toBe(true);
  });
});

describe('rules for words that may stand in a name', () => {
  it.each(nameRows)('%s does not flag its words in a company or organisation name', (_id, rule, pack) => {
    const form = Object.keys(rule.forms)[0]!;
    const name = form.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());
    const text =
      pack.lang === 'sv'
        ? `Avtalet tecknas med ${name} Holding AB i Umeå.`
        : `The contract is signed with ${name} Holdings Ltd of Leeds.`;
    expect(hits(text, pack, rule)).toEqual([]);
  });
});
