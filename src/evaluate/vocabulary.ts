// The evaluate vocabulary (rules/evaluate.yaml, or an officer's copy given by --vocabulary):
// loaded with its schema, every problem at its line and column, and compiled into phrase sets.
import { join } from 'node:path';
import { moreProblems, ProblemsError } from '../errors.js';
import { RULES_DIR } from '../paths.js';
import type { Lang, Text } from '../types.js';
import { readSourceFile } from '../yaml/read.js';
import { parseValidatedYaml } from '../yaml/validated.js';
import { PhraseSet } from './phrases.js';

/** The built-in vocabulary. */
export const BUILTIN_EVALUATE_VOCABULARY = join(RULES_DIR, 'evaluate.yaml');

type Phrases = Record<Lang, string[]>;

/** The file as written. */
export interface EvaluateVocabularySpec {
  kind: 'evaluate';
  version: string;
  title: Text;
  reservation: Phrases;
  refusal: Phrases;
  acceptance: Phrases;
  'answer-alone': { accept: Phrases; decline: Phrases };
  'attachment-asked': Phrases;
  'attachment-named': Phrases;
}

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
export async function loadVocabulary(file: string = BUILTIN_EVALUATE_VOCABULARY, lang: Lang = 'sv'): Promise<EvaluateVocabulary> {
  const read = await readSourceFile(file, lang);
  const more = moreProblems(lang);
  if (!('source' in read)) throw new ProblemsError(read.problems, more);
  const parsed = await parseValidatedYaml<EvaluateVocabularySpec>(file, read.source, 'evaluate', lang);
  const errors = parsed.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0 || !parsed.value) throw new ProblemsError(errors, more);
  return compileVocabulary(parsed.value);
}
