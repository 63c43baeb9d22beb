// The evaluate vocabulary as a pack file (rules/evaluate.yaml, `kind: evaluate`, or an officer's
// copy): read and checked against its schema, every problem positioned; none throws. What the
// phrases mean to a bid is src/evaluate's business (vocabulary.ts compiles them).
import type { Lang, SourceProblem, Text } from '../types.js';
import { readSourceFile } from '../yaml/read.js';
import { parseValidatedYaml } from '../yaml/validated.js';
import { builtinPackPath } from './builtin.js';

/** The built-in vocabulary. */
export const BUILTIN_EVALUATE_VOCABULARY = builtinPackPath('evaluate');

export type Phrases = Record<Lang, string[]>;

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

/** Reads and checks a vocabulary file: the spec, or the problems (positioned). */
export async function loadEvaluateVocabulary(
  file: string = BUILTIN_EVALUATE_VOCABULARY,
  lang: Lang = 'sv',
): Promise<{ spec?: EvaluateVocabularySpec; problems: SourceProblem[] }> {
  const read = await readSourceFile(file, lang);
  if (!('source' in read)) return read;
  const parsed = await parseValidatedYaml<EvaluateVocabularySpec>(file, read.source, 'evaluate', lang);
  return parsed.value ? { spec: parsed.value, problems: parsed.problems } : { problems: parsed.problems };
}
