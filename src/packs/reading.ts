// Loads the reading vocabulary (rules/reading.yaml): YAML with positions and its schema, or the
// JSON copy of the built-in file made at build time. Every problem is positioned; none throws.
import { resolve } from 'node:path';
import { fmt } from '../i18n.js';
import { compileReading, EvidenceError, type ReadingSpec } from '../match/index.js';
import type { Lang, SourceProblem, Text } from '../types.js';
import { readCachedYaml, writeCachedYaml } from '../yaml/cache.js';
import { readSourceFile } from '../yaml/read.js';
import { posOf } from '../yaml/source.js';
import { parseValidatedYaml } from '../yaml/validated.js';
import { builtinPackPath } from './builtin.js';

/** The built-in reading vocabulary. */
export const BUILTIN_READING = builtinPackPath('reading');

const M = { phrase: { sv: 'ogiltig fras: {reason}', en: 'invalid phrase: {reason}' } } satisfies Record<string, Text>;

/**
 * Loads a reading vocabulary file (the built-in one unless `file` is given). The built-in file
 * comes from its JSON copy when that is fresh (validated when it was written), unless
 * `trustBuiltin` is false (`rules validate` checks it in full).
 */
export async function loadReading(
  file: string = BUILTIN_READING,
  lang: Lang = 'sv',
  trustBuiltin = true,
): Promise<{ spec?: ReadingSpec; problems: SourceProblem[] }> {
  const builtin = trustBuiltin && resolve(file) === BUILTIN_READING;
  const cached = builtin ? ((await readCachedYaml(file))?.data as ReadingSpec | undefined) : undefined;
  if (cached) return { spec: cached, problems: [] };
  const read = await readSourceFile(file, lang);
  if (!('source' in read)) return read;
  const parsed = await parseValidatedYaml<ReadingSpec>(file, read.source, 'reading', lang);
  if (!parsed.value || !parsed.src) return { problems: parsed.problems };
  try {
    compileReading(parsed.value);
  } catch (e) {
    if (!(e instanceof EvidenceError)) throw e;
    return {
      problems: [
        {
          file,
          pos: posOf(parsed.src, e.path),
          severity: 'error',
          message: fmt(lang, M.phrase, { reason: e.reason(lang) }),
        },
      ],
    };
  }
  if (builtin) await writeCachedYaml(file, read.source, parsed.value);
  return { spec: parsed.value, problems: [] };
}
