// Word lists in the evidence term syntax (src/match/README.md), matched against a token list.
// Unlike evidence, every word of a multi-word term counts (none is optional), so "om möjligt"
// does not shrink to "möjligt"; up to two other words may stand between neighbours.
import { compileTerm, inflectedForms, type WordPattern } from '../match/index.js';
import type { Lang } from '../types.js';

/** A compiled term: the source text and one pattern per word. */
export interface Term {
  source: string;
  words: WordPattern[];
}

/** Most words a multi-word term lets stand between two of its words. */
const MAX_GAP = 2;

const formsCache = new Map<string, ReadonlySet<string>>();

function formsOf(pattern: WordPattern): ReadonlySet<string> {
  let forms = formsCache.get(pattern.key);
  if (!forms) {
    forms = new Set(inflectedForms(pattern.text, pattern.lang));
    formsCache.set(pattern.key, forms);
  }
  return forms;
}

/** Whether one token (normalised, lower case) is matched by one word pattern. */
export function wordMatches(pattern: WordPattern, token: string): boolean {
  switch (pattern.kind) {
    case 'exact':
      return formsOf(pattern).has(token);
    case 'literal':
      return token === pattern.text;
    case 'prefix':
      return token.startsWith(pattern.text);
    case 'suffix':
      for (const form of formsOf(pattern)) if (token.endsWith(form)) return true;
      return false;
    default:
      return token.includes(pattern.text);
  }
}

/**
 * Compiles a list of terms. Each space-separated word is compiled on its own by the evidence
 * compiler, so the same characters and `*` rules apply.
 * @throws EvidenceError (from src/match) for a term the evidence grammar rejects
 */
export function compileTerms(list: readonly string[], lang: Lang): Term[] {
  return list.map((source, i) => ({
    source,
    words: source
      .split(/\s+/)
      .filter((w) => w !== '')
      .flatMap((w) => compileTerm(w, lang, [i]).words),
  }));
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

/** Most distinct tokens remembered per term list before the memo starts over (bounds memory). */
const MAX_STARTERS = 50_000;

const NONE: readonly Term[] = [];

/**
 * Per term list, per token: the terms (in list order) whose first word matches the token. The
 * weak checks try the same lists on every block of every document, and most tokens start no
 * term, so deciding once per distinct token spares trying every term at every token.
 */
const startersMemo = new WeakMap<readonly Term[], Map<string, readonly Term[]>>();

function memoOf(terms: readonly Term[]): Map<string, readonly Term[]> {
  let memo = startersMemo.get(terms);
  if (!memo) {
    memo = new Map();
    startersMemo.set(terms, memo);
  }
  return memo;
}

function startersOf(memo: Map<string, readonly Term[]>, terms: readonly Term[], token: string): readonly Term[] {
  let starters = memo.get(token);
  if (starters === undefined) {
    const found: Term[] = [];
    for (const term of terms) {
      const first = term.words[0];
      if (first && wordMatches(first, token)) found.push(term);
    }
    starters = found.length === 0 ? NONE : found;
    if (memo.size >= MAX_STARTERS) memo.clear();
    memo.set(token, starters);
  }
  return starters;
}

/** The first term found in `tokens` (with the token index it starts at), or null. */
export function findTerm(tokens: readonly string[], terms: readonly Term[]): { term: string; at: number } | null {
  // The memo of this list, looked up once rather than per token.
  const memo = memoOf(terms);
  for (let i = 0; i < tokens.length; i++) {
    const starters = startersOf(memo, terms, tokens[i]!);
    for (const term of starters) {
      if (matchAt(tokens, term, i) >= 0) return { term: term.source, at: i };
    }
  }
  return null;
}
