// One way to run any pack's examples (`jamkrav rules test`): each kind through the code that
// applies it. Requirement packs: evidence examples through the matcher; language packs: flag, ok
// and fix texts through the scanner; weak packs: flag and ok excerpts through their checks.
// Vocabularies (reading, evaluate, indicators) have no examples: they are tested through the packs'.
import type { MatchSession } from '../match/index.js';
import { runLanguageExamples, runWeakExamples } from '../quality/index.js';
import type { Lang, SourcePos } from '../types.js';
import { runExamples } from './examples.js';
import type { AnyPack } from './load-pack.js';

/** One example and whether the code agreed with it. */
export interface PackTestOutcome {
  ruleId: string;
  /** pass / fail (evidence), flag / ok (language and weak), fix (language). */
  expect: 'pass' | 'fail' | 'flag' | 'ok' | 'fix';
  /** The language the example is filed under, where the pack files examples by language. */
  lang?: Lang;
  text: string;
  ok: boolean;
  /** For a failed `fix`: what the fix made of the text. */
  got?: string;
  /** Where the example is written, where known. */
  file?: string;
  pos?: SourcePos;
}

/**
 * Every example of `pack` with its outcome. A requirement pack needs `session` (a match session on
 * the reading vocabulary); the other kinds ignore it.
 */
export function testPack(pack: AnyPack, session?: MatchSession): PackTestOutcome[] {
  switch (pack.kind) {
    case 'requirement':
      if (!session) throw new Error('testPack: a requirement pack needs a match session');
      return runExamples(pack.pack.rules, session);
    case 'language':
      return runLanguageExamples(pack.pack);
    case 'weak':
      return runWeakExamples(pack.pack);
    default:
      return [];
  }
}
