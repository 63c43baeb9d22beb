// Reading `--meta tender.yaml`: YAML validated against rules/schema/tender.schema.json, with
// positioned errors.
import { moreProblems, ProblemsError } from '../errors.js';
import { posOf } from '../yaml/source.js';
import { fieldDateProblem } from './date.js';
import { parseValidatedYaml } from '../yaml/validated.js';
import type { Lang } from '../types.js';
import type { TenderMeta } from './meta.js';

/** Parses tender metadata. Throws a ProblemsError with every problem, each at its position. */
export async function parseMeta(file: string, source: string, lang: Lang = 'sv'): Promise<TenderMeta> {
  const { value, problems, src } = await parseValidatedYaml<TenderMeta>(file, source, 'tender', lang);
  const date = value?.tender?.date;
  const late = date !== undefined ? fieldDateProblem('tender.date', date, lang) : undefined;
  if (late && src) problems.push({ file, pos: posOf(src, ['tender', 'date']), severity: 'error', message: late });
  const errors = problems.filter((p) => p.severity === 'error').map((p) => ({ ...p, file: p.file || file }));
  if (errors.length > 0) throw new ProblemsError(errors, moreProblems(lang));
  return value ?? {};
}
