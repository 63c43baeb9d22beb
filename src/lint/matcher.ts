// The engine's view of the evidence matcher: prepare a document once, ask per rule.
import {
  MatchSession,
  savedTermMemo,
  type EvidenceHit as MatchHit,
  type NearMiss,
  type PreparedText,
  type ReadingSpec,
  type WordTest,
} from '../match/index.js';
import type { Block, Lang, Rule } from '../types.js';

/** Where a rule's evidence was found, and (from the real matcher) why it counts. */
export interface EvidenceHit {
  block: Block;
  unit: string;
  why?: Omit<MatchHit, 'block' | 'unit'>;
}

/**
 * What lintDocument needs from matching. An interface so that the engine can be tested with
 * a stand-in, and so that compiled evidence is cached across the documents of a run.
 */
export interface Matcher {
  detectLanguage(blocks: Block[]): Lang;
  /** A finder for one document: prepares its text once, then answers rule by rule. */
  forDocument(blocks: Block[]): (rule: Rule) => EvidenceHit | null;
  /**
   * Per block of the blocks last given to `forDocument`, 0 where the block certainly holds no
   * word for which `test` holds, else 1; null for other blocks (nothing known). Optional: without
   * it every block is looked at.
   */
  blocksWithWord?(blocks: Block[], test: WordTest): Uint8Array | null;
  /** For `--explain`: the passages of the blocks last given to `forDocument` closest to the rule. Optional. */
  nearMisses?(blocks: Block[], rule: Rule): NearMiss[];
  /** Compiles the rules' evidence now rather than on the first document. Optional. */
  compile?(rules: readonly Rule[]): void;
}

/** How many near misses `--explain` shows per missing rule. */
const NEAR_MISSES = 3;

/**
 * The real matcher (src/match): one match session for the run, each rule's evidence compiled once.
 * The session (which compiles the reading vocabulary) is made on first use: a run with threads
 * makes it, and compiles the rules, while they start. It starts from the terms the build compiled
 * (see match/term-memo.ts), when run from the bundle.
 */
export function createMatcher(reading: ReadingSpec): Matcher {
  let made: MatchSession | undefined;
  const session = (): MatchSession => (made ??= new MatchSession(reading, savedTermMemo()));
  // The engine asks for the language and then for a finder of the same blocks: preparing them
  // once answers both (the language comes from the prepared tokens).
  let last: { blocks: Block[]; text: PreparedText } | undefined;
  const prepared = (blocks: Block[]): PreparedText => {
    if (last?.blocks !== blocks) last = { blocks, text: session().prepare(blocks) };
    return last.text;
  };
  // The document last handed out by forDocument, for blocksWithWord.
  let current: { blocks: Block[]; text: PreparedText } | undefined;
  return {
    detectLanguage: (blocks) => prepared(blocks).lang,
    forDocument(blocks) {
      const text = prepared(blocks);
      last = undefined;
      current = { blocks, text };
      const s = session();
      return (rule) => {
        const hit = s.find(text, s.compile(rule.evidence));
        if (!hit) return null;
        const { block, unit, ...why } = hit;
        return { block, unit, why };
      };
    },
    blocksWithWord: (blocks, test) =>
      current?.blocks === blocks ? session().blocksWithWord(current.text, test) : null,
    nearMisses: (blocks, rule) =>
      current?.blocks === blocks
        ? session().nearMisses(current.text, session().compile(rule.evidence), NEAR_MISSES)
        : [],
    compile(rules) {
      for (const rule of rules) session().compile(rule.evidence);
    },
  };
}
