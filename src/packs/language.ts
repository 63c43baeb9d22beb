// Loads one language pack file: YAML with positions, the schema, and the checks a schema cannot
// express (id prefix, unique ids, antecedent terms). Every problem is positioned; none throws.
import { resolve } from 'node:path';
import { fmt } from '../i18n.js';
import { EvidenceError } from '../match/index.js';
import { compileTerms, type LanguagePack, type LanguageRule } from '../quality/index.js';
import type { Lang, SourceProblem, Text } from '../types.js';
import { readCachedYaml, writeCachedYaml } from '../yaml/cache.js';
import { readSourceFile } from '../yaml/read.js';
import { posOf, type YamlSource } from '../yaml/source.js';
import { parseValidatedYaml } from '../yaml/validated.js';
import { builtinPackPath, isBuiltinLanguagePack } from './builtin.js';
import { duplicateProblem, prefixProblem } from './ids.js';

type RawRule = Omit<LanguageRule, 'compound' | 'fix'> & Partial<Pick<LanguageRule, 'compound' | 'fix'>>;
type RawPack = Omit<LanguagePack, 'file' | 'rules'> & { kind: 'language'; rules: RawRule[] };

const M = {
  lang: {
    sv: 'paketet är på {found}, men {wanted} efterfrågades',
    en: 'the pack is in {found}, but {wanted} was asked for',
  },
  form: {
    sv: 'formen "{form}" finns redan i regeln {id}',
    en: 'the form "{form}" is already listed by rule {id}',
  },
  term: { sv: 'ogiltig term: {reason}', en: 'invalid term: {reason}' },
} satisfies Record<string, Text>;

/**
 * Loads and checks a language pack file. `lang` is the language of problem messages; when the
 * pack's own language must be a given one, pass `expectLang` (a problem if it differs).
 */
export async function loadLanguagePack(
  file: string,
  lang: Lang = 'sv',
  expectLang?: Lang,
  trustBuiltin = false,
  maxBytes?: number,
): Promise<{ pack?: LanguagePack; problems: SourceProblem[] }> {
  // A built-in pack (validated by the test suite) from its JSON copy, without YAML or schema.
  const cached = trustBuiltin ? ((await readCachedYaml(file))?.data as RawPack | undefined) : undefined;
  if (cached && (!expectLang || cached.lang === expectLang)) return { pack: packOf(cached, file), problems: [] };
  const read = await readSourceFile(file, lang, maxBytes);
  if (!('source' in read)) return read;
  const parsed = await parseValidatedYaml<RawPack>(file, read.source, 'language-pack', lang);
  if (!parsed.value || !parsed.src) return { problems: parsed.problems };
  const { value: raw, src } = parsed;
  const problems = checkPack(raw, src, lang);
  if (expectLang && raw.lang !== expectLang) {
    problems.push({
      file,
      pos: posOf(src, ['lang']),
      severity: 'error',
      message: fmt(lang, M.lang, { found: raw.lang, wanted: expectLang }),
    });
  }
  if (problems.length) return { problems };
  if (trustBuiltin) await writeCachedYaml(file, read.source, raw);
  return { pack: packOf(raw, file), problems: [] };
}

function packOf(raw: RawPack, file: string): LanguagePack {
  const rules = raw.rules.map((r): LanguageRule => ({ ...r, compound: r.compound ?? 'none', fix: r.fix ?? true }));
  return { id: raw.id, prefix: raw.prefix, lang: raw.lang, version: raw.version, title: raw.title, rules, file };
}

/** Loads a built-in language pack by id, or a pack file by path (relative to `cwd`). */
export async function loadLanguagePackByName(
  name: string,
  cwd: string,
  lang: Lang = 'sv',
  maxBytes?: number,
): Promise<{ pack?: LanguagePack; problems: SourceProblem[] }> {
  const builtin = isBuiltinLanguagePack(name);
  return loadLanguagePack(builtin ? builtinPackPath(name) : resolve(cwd, name), lang, undefined, builtin, maxBytes);
}

/** What the schema cannot say: ids under the prefix and unique, forms listed once, terms valid. */
function checkPack(raw: RawPack, src: YamlSource, lang: Lang): SourceProblem[] {
  const problems: SourceProblem[] = [];
  const add = (path: (string | number)[], message: string, key = false): void => {
    problems.push({ file: src.file, pos: posOf(src, path, { key }), severity: 'error', message });
  };
  const ids = new Map<string, number>();
  const forms = new Map<string, string>();
  raw.rules.forEach((rule, i) => {
    const at = ['rules', i];
    const outside = prefixProblem(rule.id, raw.prefix, lang);
    if (outside) add([...at, 'id'], outside);
    const seen = ids.get(rule.id);
    if (seen !== undefined) add([...at, 'id'], duplicateProblem(rule.id, seen, lang));
    else ids.set(rule.id, posOf(src, [...at, 'id']).line);
    for (const form of Object.keys(rule.forms)) {
      const owner = forms.get(form);
      if (owner !== undefined) add([...at, 'forms', form], fmt(lang, M.form, { form, id: owner }), true);
      else forms.set(form, rule.id);
    }
    for (const field of ['antecedents', 'knownSex'] as const) {
      rule[field]?.forEach((term, k) => {
        try {
          compileTerms([term], raw.lang);
        } catch (e) {
          if (!(e instanceof EvidenceError)) throw e;
          add([...at, field, k], fmt(lang, M.term, { reason: e.reason(lang) }));
        }
      });
    }
  });
  return problems;
}
