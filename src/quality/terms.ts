// Word lists in the evidence term syntax (src/match/README.md), matched against a token list.
// Unlike evidence, every word of a multi-word term counts (none is optional), so "om möjligt"
// does not shrink to "möjligt"; up to two other words may stand between neighbours.
import { compileTerm, inflectedForms, type WordPattern } from '../match/index.js';
import type { Lang } from '../types.js';

/** A compiled term: the source text and one pattern per word. */
export interface Term {
  source: string;
  words: TermWord[];
}

/** One word of a term: its pattern and, for an exact word or a suffix, the forms it matches. */
export interface TermWord {
  pattern: WordPattern;
  forms: ReadonlySet<string> | null;
}

/** Most words a multi-word term lets stand between two of its words. */
const MAX_GAP = 2;

function termWord(pattern: WordPattern): TermWord {
  const inflects = pattern.kind === 'exact' || pattern.kind === 'suffix';
  return { pattern, forms: inflects ? new Set(inflectedForms(pattern.text, pattern.lang)) : null };
}

/** Whether one token (normalised, lower case) is matched by one word of a term. */
export function wordMatches({ pattern, forms }: TermWord, token: string): boolean {
  switch (pattern.kind) {
    case 'exact':
      return forms!.has(token);
    case 'literal':
      return token === pattern.text;
    case 'prefix':
      return token.startsWith(pattern.text);
    case 'suffix':
      for (const form of forms!) if (token.endsWith(form)) return true;
      return false;
    default:
      return token.includes(pattern.text);
  }
}

/** Most distinct tokens remembered per term list before the memo starts over (bounds memory). */
const MAX_STARTERS = 50_000;

const NONE: readonly Term[] = [];

/**
 * A compiled list of terms (a weak check's list, a pronoun rule's antecedents). It remembers, per
 * token, the terms (in list order) whose first word matches it: the weak checks try the same
 * lists on every block of every document of a run, and most tokens start no term, so deciding
 * once per distinct token spares trying every term at every token. A run compiles its lists once
 * (`compileWeakPack`, `LanguageChecks`), so the memo lives as long as the run.
 */
export class TermList {
  private readonly starters = new Map<string, readonly Term[]>();

  constructor(readonly terms: readonly Term[]) {}

  /** The terms whose first word matches `token`. */
  startersOf(token: string): readonly Term[] {
    let starters = this.starters.get(token);
    if (starters === undefined) {
      const found: Term[] = [];
      for (const term of this.terms) {
        const first = term.words[0];
        if (first && wordMatches(first, token)) found.push(term);
      }
      starters = found.length === 0 ? NONE : found;
      if (this.starters.size >= MAX_STARTERS) this.starters.clear();
      this.starters.set(token, starters);
    }
    return starters;
  }
}

/**
 * Compiles a list of terms. Each space-separated word is compiled on its own by the evidence
 * compiler, so the same characters and `*` rules apply.
 * @throws EvidenceError (from src/match) for a term the evidence grammar rejects
 */
export function compileTerms(list: readonly string[], lang: Lang): TermList {
  return new TermList(
    list.map((source, i) => ({
      source,
      words: source
        .split(/\s+/)
        .filter((w) => w !== '')
        .flatMap((w) => compileTerm(w, lang, [i]).words.map(termWord)),
    })),
  );
}

/** The token index where `term` starts to match at or after `from`, or -1. */
function matchAt(tokens: readonly string[], term: Term, at: number): number {
  let pos = at;
  for (let k = 1; k < term.words.length; k++) {
    let next = -1;
    for (let j = pos + 1; j <= Math.min(tokens.length - 1, pos + 1 + MAX_GAP); j++) {
      if (wordMatches(term.words[k]!, tokens[j]!)) {
        next = j;
        break;
      }
    }
    if (next < 0) return -1;
    pos = next;
  }
  return pos;
}

/** The first term of `list` found in `tokens` (with the token index it starts at), or null. */
export function findTerm(tokens: readonly string[], list: TermList): { term: string; at: number } | null {
  for (let i = 0; i < tokens.length; i++) {
    for (const term of list.startersOf(tokens[i]!)) {
      if (matchAt(tokens, term, i) >= 0) return { term: term.source, at: i };
    }
  }
  return null;
}
