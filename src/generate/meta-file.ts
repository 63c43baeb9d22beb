// Reading `--meta tender.yaml`: YAML validated against rules/schema/tender.schema.json, with
// positioned errors.
import { UserError } from '../errors.js';
import { posOf } from '../yaml/source.js';
import { fieldDateProblem } from './date.js';
import { parseValidatedYaml } from '../yaml/validated.js';
import type { Lang } from '../types.js';
import type { TenderMeta } from './meta.js';

/**
 * Parses tender metadata. Throws a UserError at the first problem's position (one line, with a
 * count of any further problems, so the CLI keeps its one-line error contract).
 */
export async function parseMeta(file: string, source: string, lang: Lang = 'sv'): Promise<TenderMeta> {
  const { value, problems, src } = await parseValidatedYaml<TenderMeta>(file, source, 'tender', lang);
  const date = value?.tender?.date;
  const late = date !== undefined ? fieldDateProblem('tender.date', date, lang) : undefined;
  if (late && src) problems.push({ file, pos: posOf(src, ['tender', 'date']), severity: 'error', message: late });
  const errors = problems.filter((p) => p.severity === 'error');
  const first = errors[0];
  if (first) {
    const more = errors.length - 1;
    const suffix = more === 0 ? '' : lang === 'sv' ? ` (och ${more} fel till)` : ` (and ${more} more)`;
    throw new UserError(first.file || file, `${first.message}${suffix}`, first.pos);
  }
  return value ?? {};
}
