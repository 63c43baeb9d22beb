// Runs a pack's embedded examples through the real evidence matcher (`jamkrav rules test`).
import type { Lang, Rule, SourcePos } from '../types.js';
import { LANGS } from '../types.js';
import { exampleBlocks, type MatchSession } from '../match/index.js';
import { posOf } from '../yaml/source.js';
import { ruleOrigin } from './load.js';

export interface ExampleOutcome {
  ruleId: string;
  expect: 'pass' | 'fail';
  lang: Lang;
  text: string;
  ok: boolean;
  file?: string;
  pos?: SourcePos;
}

/**
 * Every example of every rule, with whether the matcher agreed with it. An example is read as an
 * excerpt of a tender: a duty with no party named in it binds the supplier.
 */
export function runExamples(rules: Rule[], session: MatchSession): ExampleOutcome[] {
  const outcomes: ExampleOutcome[] = [];
  for (const rule of rules) {
    const evidence = session.compile(rule.evidence);
    const origin = ruleOrigin(rule);
    for (const expect of ['pass', 'fail'] as const) {
      for (const lang of LANGS) {
        for (const [i, text] of rule.examples[expect][lang].entries()) {
          const hit = session.find(session.prepare(exampleBlocks(text), { tender: true }), evidence);
          const ok = expect === 'pass' ? hit !== null : hit === null;
          const where = origin
            ? { file: origin.src.file, pos: posOf(origin.src, [...origin.path, 'examples', expect, lang, i]) }
            : {};
          outcomes.push({ ruleId: rule.id, expect, lang, text, ok, ...where });
        }
      }
    }
  }
  return outcomes;
}
