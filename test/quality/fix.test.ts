// `--fix`: only the flagged words change, in the writer's case; code, comments, URLs and
// everything else stay byte for byte the same.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepCase, planFixes } from '../../src/quality/index.js';
import { builtinPacks } from './helpers.js';

const packs = await builtinPacks();
const fixture = (name: string): string => readFileSync(new URL(`../fixtures/quality/${name}`, import.meta.url), 'utf8');

/** Every line that no edit touches is the same in both texts. */
function untouchedLinesSame(before: string, after: string, editedLines: Set<number>): void {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  a.forEach((line, i) => {
    if (!editedLines.has(i + 1)) expect(b[i], `line ${i + 1}`).toBe(line);
  });
}

describe('planFixes on Markdown', () => {
  const source = fixture('forfragan.md');
  const plan = planFixes(source, 'markdown', packs);

  it('rewrites prose and table cells, and leaves front matter, code, comments, URLs, attributes and quotations', () => {
    expect(plan.fixed).toBe(fixture('forfragan.fixed.md'));
  });

  it('changes nothing on lines without an edit', () => {
    untouchedLinesSame(source, plan.fixed, new Set(plan.edits.map((e) => e.line)));
  });

  it('reports each edit with its line, column, rule and exact words', () => {
    expect(plan.edits.slice(0, 3)).toEqual([
      {
        line: 7,
        column: 28,
        offset: expect.any(Number),
        from: 'kontaktman',
        to: 'kontaktperson',
        ruleId: 'langsv.kontaktman',
      },
      {
        line: 7,
        column: 54,
        offset: expect.any(Number),
        from: 'Kontaktmannen',
        to: 'Kontaktpersonen',
        ruleId: 'langsv.kontaktman',
      },
      {
        line: 8,
        column: 23,
        offset: expect.any(Number),
        from: 'Kontaktmännens',
        to: 'Kontaktpersonernas',
        ruleId: 'langsv.kontaktman',
      },
    ]);
    for (const e of plan.edits) expect(source.slice(e.offset, e.offset + e.from.length)).toBe(e.from);
  });

  it('leaves rules the caller disables (config off, a suppression in the file)', () => {
    const only = planFixes(source, 'markdown', packs, { isEnabled: (id) => id !== 'langsv.kontaktman' });
    expect(only.edits.map((e) => e.ruleId)).toEqual(['langsv.forman']);
  });

  it('is a no-op on an already fixed file', () => {
    expect(planFixes(plan.fixed, 'markdown', packs).edits).toEqual([]);
  });
});

describe('planFixes on text', () => {
  const source = fixture('tender.txt');
  const plan = planFixes(source, 'text', packs);

  it('rewrites a CRLF text file keeping its line endings and case', () => {
    expect(plan.fixed).toBe(fixture('tender.fixed.txt'));
    expect(plan.fixed.split('\r\n').length).toBe(source.split('\r\n').length);
  });

  it('changes nothing on lines without an edit', () => {
    untouchedLinesSame(source, plan.fixed, new Set(plan.edits.map((e) => e.line)));
  });

  it('never applies advice-only rules (pronouns, brandman)', () => {
    const text = 'Om leverantören inte kan leverera ska han meddela detta. Brandmännen utbildas.\n';
    expect(planFixes(text, 'text', packs)).toEqual({ fixed: text, edits: [] });
  });
});

describe('keepCase', () => {
  it.each([
    ['kontaktman', 'kontaktperson', 'kontaktperson'],
    ['Kontaktman', 'kontaktperson', 'Kontaktperson'],
    ['KONTAKTMAN', 'kontaktperson', 'KONTAKTPERSON'],
    ['Dear Sirs', 'Dear Sir or Madam', 'Dear Sir or Madam'],
    ['dear sirs', 'Dear Sir or Madam', 'dear Sir or Madam'],
    ['Ålderman', 'äldste', 'Äldste'],
  ])('%s → %s gives %s', (original, replacement, expected) => {
    expect(keepCase(original, replacement)).toBe(expected);
  });
});

describe('planFixes, property: only flagged words change', () => {
  const pieces = [
    'Leverantören ska utse en kontaktman.',
    'KONTAKTMÄNNEN',
    'Kontaktmannens',
    'The chairman signs.',
    'Two firemen',
    '`kontaktman`',
    '<!-- kontaktman -->',
    'https://example.se/kontaktman',
    '[länk](https://example.se/chairman)',
    '”Kontaktman”',
    'Brandmännens riksförbund',
    'vanlig text',
    '# Rubrik',
    '- punkt',
    '```',
    '    kod',
    'å ä ö 😀',
    '\t',
  ];
  const documents = fc
    .array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(' ', '\n', '\n\n', '\r\n')), { maxLength: 25 })
    .map((parts) => parts.map(([p, sep]) => p + sep).join(''));

  it('keeps every byte outside the edits and is idempotent', () => {
    fc.assert(
      fc.property(documents, fc.constantFrom('markdown' as const, 'text' as const), (source, format) => {
        const { fixed, edits } = planFixes(source, format, packs);
        let rebuilt = '';
        let at = 0;
        for (const e of edits) {
          expect(e.offset).toBeGreaterThanOrEqual(at);
          expect(source.slice(e.offset, e.offset + e.from.length)).toBe(e.from);
          expect(e.to).not.toMatch(/[\r\n]/);
          rebuilt += source.slice(at, e.offset) + e.to;
          at = e.offset + e.from.length;
        }
        expect(rebuilt + source.slice(at)).toBe(fixed);
        expect(fixed.split('\n').length).toBe(source.split('\n').length);
        expect(planFixes(fixed, format, packs).edits).toEqual([]);
      }),
      { numRuns: 200, seed: 20260101 },
    );
  });
});
