// The evaluate vocabulary (rules/evaluate.yaml, or an officer's copy given by --vocabulary):
// loaded by src/packs with its schema, every problem at its line and column; compiled here into
// phrase sets.
import { moreProblems, ProblemsError } from '../errors.js';
import {
  BUILTIN_EVALUATE_VOCABULARY,
  loadEvaluateVocabulary,
  type EvaluateVocabularySpec,
  type Phrases,
} from '../packs/evaluate.js';
import type { Lang } from '../types.js';
import { PhraseSet } from './phrases.js';

export { BUILTIN_EVALUATE_VOCABULARY, type EvaluateVocabularySpec } from '../packs/evaluate.js';

/** The vocabulary compiled: both languages in each set, since bids mix them. */
export interface EvaluateVocabulary {
  reservation: PhraseSet;
  refusal: PhraseSet;
  acceptance: PhraseSet;
  acceptAlone: PhraseSet;
  declineAlone: PhraseSet;
  attachmentAsked: PhraseSet;
  attachmentNamed: PhraseSet;
}

const both = (p: Phrases) => new PhraseSet([...p.sv, ...p.en]);

/** Compiles a vocabulary that has passed its schema. */
export function compileVocabulary(spec: EvaluateVocabularySpec): EvaluateVocabulary {
  return {
    reservation: both(spec.reservation),
    refusal: both(spec.refusal),
    acceptance: both(spec.acceptance),
    acceptAlone: both(spec['answer-alone'].accept),
    declineAlone: both(spec['answer-alone'].decline),
    attachmentAsked: both(spec['attachment-asked']),
    attachmentNamed: both(spec['attachment-named']),
  };
}

/** Loads and compiles a vocabulary file. @throws ProblemsError with every problem, positioned */
export async function loadVocabulary(
  file: string = BUILTIN_EVALUATE_VOCABULARY,
  lang: Lang = 'sv',
): Promise<EvaluateVocabulary> {
  const { spec, problems } = await loadEvaluateVocabulary(file, lang);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0 || !spec) throw new ProblemsError(errors, moreProblems(lang));
  return compileVocabulary(spec);
}
