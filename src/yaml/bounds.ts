// Bounds on the shape of a YAML file we read (packs, configs, metadata, manifests), checked in
// one linear walk before the schema: no real file comes near them (the built-in packs' longest
// text is 814 characters, their largest list 37 entries), and past them a file costs seconds
// and gigabytes to validate and use (a 10 MB title took 1.26 GB; 200,000 forms over a minute).
import { fmt } from '../i18n.js';
import type { Lang, SourceProblem, Text } from '../types.js';
import { posOf, type YamlSource } from './source.js';

/** Longest string value, in characters. */
export const MAX_YAML_STRING = 20_000;
/** Most entries in one list or mapping. */
export const MAX_YAML_ENTRIES = 5_000;
/** Problems reported before the walk stops: the file is refused at the first anyway. */
const MAX_REPORTED = 20;

const T = {
  string: {
    sv: '{where} är {n} tecken lång; högst {max} tecken läses',
    en: '{where} is {n} characters long; at most {max} are read',
  },
  entries: {
    sv: '{where} har {n} poster; högst {max} läses',
    en: '{where} has {n} entries; at most {max} are read',
  },
  root: { sv: 'värdet', en: 'the value' },
} satisfies Record<string, Text>;

/** Every string and collection of `data` past the bounds, positioned; empty when none is. */
export function boundProblems(src: YamlSource, data: unknown, lang: Lang): SourceProblem[] {
  const problems: SourceProblem[] = [];
  const path: (string | number)[] = [];
  const add = (key: keyof typeof T, n: number, max: number): void => {
    const where = path.length > 0 ? path.join('.') : fmt(lang, T.root);
    problems.push({
      file: src.file,
      pos: posOf(src, path),
      severity: 'error',
      message: fmt(lang, T[key], { where, n, max }),
    });
  };
  const walk = (value: unknown): void => {
    if (problems.length >= MAX_REPORTED) return;
    if (typeof value === 'string') {
      if (value.length > MAX_YAML_STRING) add('string', value.length, MAX_YAML_STRING);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const size = Array.isArray(value) ? value.length : Object.keys(value).length;
    if (size > MAX_YAML_ENTRIES) {
      add('entries', size, MAX_YAML_ENTRIES);
      return;
    }
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? value.map((v, i) => [i, v])
      : Object.entries(value);
    for (const [key, child] of entries) {
      path.push(key);
      walk(child);
      path.pop();
    }
  };
  walk(data);
  return problems;
}
