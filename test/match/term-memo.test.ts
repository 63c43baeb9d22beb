// A match session's term memo (src/match/term-memo.ts): what compiling a term and spelling out a
// pattern's forms gave, kept for the run and saved by the build for the next runs.
import { describe, expect, it } from 'vitest';
import {
  compileEvidence,
  compileTerm,
  EvidenceError,
  inflectedForms,
  MatchSession,
  savedTermMemo,
  TermMemo,
  type WordPattern,
} from '../../src/match/index.js';
import type { EvidenceSpec } from '../../src/types.js';
import { READING } from './session.js';

/** The memo as the build saves it and a run reads it back: through JSON. */
const reloaded = (memo: TermMemo): TermMemo => new TermMemo(JSON.parse(JSON.stringify(memo)));

const exact = (text: string): WordPattern => ({ kind: 'exact', text, lang: 'sv', key: `exact:sv:${text}` });

const PARENTAL_LEAVE: EvidenceSpec = {
  all: [
    { sv: ['föräldraledig*', 'förena arbete och föräldraskap'], en: ['parental leave', '*parent'] },
    { sv: ['leverantören ska'], en: ['the supplier shall'] },
  ],
  not: { sv: ['kommunens egen personal'], en: ["the council's own staff"] },
};

describe('a term memo', () => {
  it('gives what compileTerm gives, before and after it is saved', () => {
    const memo = new TermMemo();
    for (const [term, keep] of [
      ['förena arbete och föräldraskap', false],
      ['krav på', true],
      ['*parent', false],
      ['3 kap. 5 §', false],
    ] as const) {
      const fresh = compileTerm(term, 'sv', [], keep);
      expect(memo.term(term, 'sv', [], keep)).toEqual(fresh);
      expect(reloaded(memo).term(term, 'sv', [], keep)).toEqual(fresh);
    }
  });

  it('keeps a term apart by language and by whether function words are kept', () => {
    const memo = reloaded(new TermMemo());
    expect(memo.term('krav på', 'sv', [], true).words.map((w) => w.text)).toEqual(['krav', 'på']);
    expect(memo.term('krav på', 'sv', [], false).words.map((w) => w.text)).toEqual(['krav']);
    expect(memo.term('krav på', 'en', [], true).words.map((w) => w.lang)).toEqual(['en', 'en']);
  });

  it('answers a saved term from what was saved, without compiling it again', () => {
    // A saved memo whose entry for "jämställdhet" is not what compiling it gives: the run trusts the
    // build's memo (written by the same code as the bundle), so this is what comes back.
    const memo = new TermMemo({ format: 2, terms: ['sv-jämställdhet', 'exact:sv:likabehandling'], forms: [] });
    expect(memo.term('jämställdhet', 'sv', []).words).toEqual([exact('likabehandling')]);
    expect(memo.term('mångfald', 'sv', []).words).toEqual([exact('mångfald')]);
  });

  it('throws for a faulty term every time, each with its own path, and keeps nothing of it', () => {
    const memo = new TermMemo();
    const pathOf = (path: (string | number)[]): unknown => {
      try {
        memo.term('*a*', 'sv', path);
      } catch (e) {
        if (e instanceof EvidenceError) return e.path;
      }
      return null;
    };
    expect(pathOf(['all', 0, 'sv', 3])).toEqual(['all', 0, 'sv', 3]);
    expect(pathOf(['not', 'sv', 1])).toEqual(['not', 'sv', 1]);
    expect(memo.toJSON().terms).toEqual([]);
  });

  it("spells out an exact pattern's inflections once each, and a suffix pattern's endings", () => {
    const memo = reloaded(new TermMemo());
    const suffix: WordPattern = { kind: 'suffix', text: 'föräldrar', lang: 'sv', key: 'suffix:sv:föräldrar' };
    expect(memo.formsOf(exact('utbildning'))).toEqual([...new Set(inflectedForms('utbildning', 'sv'))]);
    expect(memo.formsOf(suffix)).toEqual(inflectedForms('föräldrar', 'sv'));
    expect(reloaded(memo).formsOf(suffix)).toEqual(inflectedForms('föräldrar', 'sv'));
  });

  it('lets a session compile evidence exactly as without it', () => {
    const memo = new TermMemo();
    new MatchSession(READING, memo).compile(PARENTAL_LEAVE);
    const again = reloaded(memo);
    expect(new MatchSession(READING, again).compile(PARENTAL_LEAVE)).toEqual(compileEvidence(PARENTAL_LEAVE));
    // Everything that session needed was in the memo already.
    expect(again.toJSON()).toEqual(memo.toJSON());
  });

  it('reads only a memo this code wrote', () => {
    expect(TermMemo.isSaved({ format: 2, terms: [], forms: [] })).toBe(true);
    expect(TermMemo.isSaved({ format: 1, terms: [], forms: [] })).toBe(false);
    expect(TermMemo.isSaved({ format: 2, terms: {} })).toBe(false);
    expect(TermMemo.isSaved(null)).toBe(false);
  });

  it('is empty when run from the sources: only the bundle has a saved memo beside it', () => {
    expect(savedTermMemo().toJSON()).toEqual({ format: 2, terms: [], forms: [] });
  });
});
