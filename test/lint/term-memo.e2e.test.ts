// The term memo the build saves beside the bundle (scripts/build-memo.mjs, src/match/term-memo.ts):
// a lint run of the bundle trusts it, so every entry must be what compiling gives, and it must
// hold every term of the built-in packs. Checked against tsc's output of the same build (dist/).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type * as Match from '../../src/match/index.js';
import type * as Packs from '../../src/packs/index.js';

const dist = (file: string): string => new URL(`../../dist/${file}`, import.meta.url).href;
const match = (await import(dist('match/index.js'))) as typeof Match;
const packs = (await import(dist('packs/index.js'))) as typeof Packs;
const SAVED: unknown = JSON.parse(
  readFileSync(fileURLToPath(new URL(`../../dist/bundle/${match.TERM_MEMO_FILE}`, import.meta.url)), 'utf8'),
);

describe('the term memo beside the bundle', () => {
  it('is one this code reads', () => {
    expect(match.TermMemo.isSaved(SAVED)).toBe(true);
  });

  const saved = SAVED as Match.SavedTermMemo;

  it('holds, for every term, what compiling the term gives', () => {
    const memo = new match.TermMemo(saved);
    let terms = 0;
    for (let i = 0; i < saved.terms.length; i += 2, terms++) {
      const key = saved.terms[i]!;
      const lang = key.slice(0, 2) as 'sv' | 'en';
      const keep = key[2] === '+';
      const source = key.slice(3);
      expect(memo.term(source, lang, [], keep), key).toEqual(match.compileTerm(source, lang, [], keep));
    }
    expect(terms).toBeGreaterThan(3000);
  });

  it('holds, for every pattern, the forms it stands for', () => {
    const memo = new match.TermMemo(saved);
    for (let i = 0; i < saved.forms.length; i += 2) {
      const key = saved.forms[i]!;
      const [kind, lang, text] = key.split(':') as [Match.WordPattern['kind'], 'sv' | 'en', string];
      expect(memo.formsOf({ kind, lang, text, key }), key).toEqual(
        new match.TermMemo().formsOf({ kind, lang, text, key }),
      );
    }
  });

  it('holds every term of the built-in packs and the reading vocabulary: a run compiles none', async () => {
    const memo = new match.TermMemo(saved);
    const session = new match.MatchSession((await packs.loadReading()).spec!, memo);
    for (const rule of (await packs.loadCatalogue()).rules) session.compile(rule.evidence);
    expect(memo.toJSON()).toEqual(saved);
  });
});
