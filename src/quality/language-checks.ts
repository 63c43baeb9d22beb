// The language packs of a run, compiled once (per run and per worker thread) and handed to every
// document's language checks: nothing of a run is kept in module-level variables.
import type { WordTest } from '../match/index.js';
import { compilePack, type CompiledPack } from './compile.js';
import { couldTrigger, quickTables, type QuickTables } from './quick.js';
import type { LanguagePack } from './types.js';
import { WordBuffer } from './word-scan.js';

/**
 * Whether a matcher token (a word in lower case, see `tokenise`) may hold a word at which
 * `couldTrigger` holds for a pack: the scanner's words of a plain text are the tokens, or pieces
 * of them between dots (`bl.a`), with a closing apostrophe after `s` ("suppliers'") — which
 * the token leaves out, so it is tried with one too. Plain text holds no `’`, `‐` or `‑`, so a
 * piece is its own folded form.
 */
export function mayHoldMatch(token: string, packs: readonly CompiledPack[]): boolean {
  for (const piece of token.split('.')) {
    for (const cp of packs) {
      if (couldTrigger(piece, cp)) return true;
      if (piece.endsWith('s') && couldTrigger(`${piece}'`, cp)) return true;
    }
  }
  return false;
}

/**
 * A run's language packs ready to check documents with: made once per run (and per worker
 * thread) by whoever runs the checks, as `lintFiles` does, and passed to `languageFindings` and
 * `scanText`.
 */
export class LanguageChecks {
  /** Each pack's tables, in the order given. */
  readonly packs: readonly CompiledPack[];
  /** The scanner's pre-filter over all the packs (quick.ts). */
  readonly tables: QuickTables;
  /**
   * {@link mayHoldMatch} for these packs: one function for the whole run, so that the evidence
   * matcher asks it once per distinct word (see `Matcher.blocksWithWord`).
   */
  readonly wordTest: WordTest;
  /** Room for the words of one block, reused from block to block (see `scanWords`). */
  readonly scratch = new WordBuffer();

  constructor(packs: readonly LanguagePack[]) {
    const compiled = packs.map(compilePack);
    this.packs = compiled;
    this.tables = quickTables(compiled);
    this.wordTest = (token) => mayHoldMatch(token, compiled);
  }
}
