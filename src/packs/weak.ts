// Loads a weak-requirement pack (rules/weak.yaml, `kind: weak`): YAML with positions and its
// schema, or the built-in pack from its JSON copy made at build time (no YAML parser at start-up),
// and the checks a schema cannot express (ids under the prefix and unique, terms that compile).
import { resolve } from 'node:path';
import { fmt } from '../i18n.js';
import { EvidenceError } from '../match/index.js';
import { compileTerms, type WeakPack } from '../quality/index.js';
import { LANGS, type Lang, type SourceProblem, type Text } from '../types.js';
import { readCachedYaml, writeCachedYaml } from '../yaml/cache.js';
import { readSourceFile } from '../yaml/read.js';
import { posOf, type YamlSource } from '../yaml/source.js';
import { parseValidatedYaml } from '../yaml/validated.js';
import { BUILTIN_WEAK_PACK, builtinPackPath } from './builtin.js';
import { duplicateProblem, prefixProblem } from './ids.js';

type RawPack = Omit<WeakPack, 'file'> & { kind: 'weak' };

const M = { term: { sv: 'ogiltig term: {reason}', en: 'invalid term: {reason}' } } satisfies Record<string, Text>;

/**
 * Loads and checks a weak pack file. With `trustBuiltin` (the built-in pack, validated by the
 * test suite) a fresh JSON copy is used as it is, and a parse that passes writes one.
 */
export async function loadWeakPack(
  file: string,
  lang: Lang = 'sv',
  trustBuiltin = false,
  maxBytes?: number,
): Promise<{ pack?: WeakPack; problems: SourceProblem[] }> {
  const cached = trustBuiltin ? ((await readCachedYaml(file))?.data as RawPack | undefined) : undefined;
  if (cached) return { pack: packOf(cached, file), problems: [] };
  const read = await readSourceFile(file, lang, maxBytes);
  if (!('source' in read)) return read;
  const parsed = await parseValidatedYaml<RawPack>(file, read.source, 'weak-pack', lang);
  if (!parsed.value || !parsed.src) return { problems: parsed.problems };
  const problems = checkPack(parsed.value, parsed.src, lang);
  if (problems.length) return { problems };
  if (trustBuiltin) await writeCachedYaml(file, read.source, parsed.value);
  return { pack: packOf(parsed.value, file), problems: [] };
}

/** The built-in weak pack (rules/weak.yaml), from its JSON copy when fresh. */
export async function loadBuiltinWeakPack(lang: Lang = 'sv'): Promise<{ pack?: WeakPack; problems: SourceProblem[] }> {
  return loadWeakPack(builtinPackPath(BUILTIN_WEAK_PACK), lang, true);
}

/** Loads the built-in weak pack by its id, or a weak pack file by path (relative to `cwd`). */
export async function loadWeakPackByName(
  name: string,
  cwd: string,
  lang: Lang = 'sv',
  maxBytes?: number,
): Promise<{ pack?: WeakPack; problems: SourceProblem[] }> {
  return name === BUILTIN_WEAK_PACK
    ? loadBuiltinWeakPack(lang)
    : loadWeakPack(resolve(cwd, name), lang, false, maxBytes);
}

function packOf(raw: RawPack, file: string): WeakPack {
  return {
    id: raw.id,
    prefix: raw.prefix,
    version: raw.version,
    title: raw.title,
    ...(raw.description ? { description: raw.description } : {}),
    checks: raw.checks,
    file,
  };
}

/** What the schema cannot say: check ids under the prefix and unique, every term valid. */
function checkPack(raw: RawPack, src: YamlSource, lang: Lang): SourceProblem[] {
  const problems: SourceProblem[] = [];
  const add = (path: (string | number)[], message: string): void => {
    problems.push({ file: src.file, pos: posOf(src, path), severity: 'error', message });
  };
  const ids = new Map<string, number>();
  raw.checks.forEach((check, i) => {
    const at = ['checks', i];
    const outside = prefixProblem(check.id, raw.prefix, lang);
    if (outside) add([...at, 'id'], outside);
    const seen = ids.get(check.id);
    if (seen !== undefined) add([...at, 'id'], duplicateProblem(check.id, seen, lang));
    else ids.set(check.id, posOf(src, [...at, 'id']).line);
    for (const [name, lists] of Object.entries(check.terms)) {
      for (const l of LANGS) {
        lists[l].forEach((term, k) => {
          try {
            compileTerms([term], l);
          } catch (e) {
            if (!(e instanceof EvidenceError)) throw e;
            add([...at, 'terms', name, l, k], fmt(lang, M.term, { reason: e.reason(lang) }));
          }
        });
      }
    }
  });
  return problems;
}
