// Loads one language pack file: YAML with positions, the schema, and the checks a schema cannot
// express (id prefix, unique ids, antecedent terms). Every problem is positioned; none throws.
import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { EvidenceError } from '../match/errors.js';
import { RULES_DIR } from '../paths.js';
import type { Lang, SourcePos, SourceProblem, Text } from '../types.js';
import { firstAliasOffset, parseYamlSource, posAt, posOf, toData, type YamlSource } from '../yaml/source.js';
import { say } from './say.js';
import { languagePackSchemaProblems } from './schema.js';
import { compileTerms } from './terms.js';
import type { LanguagePack, LanguageRule } from './types.js';

/** The built-in language packs, `rules/<id>.yaml`. */
export const BUILTIN_LANGUAGE_PACKS = ['language-sv', 'language-en'] as const;
export type BuiltinLanguagePack = (typeof BUILTIN_LANGUAGE_PACKS)[number];

export function isBuiltinLanguagePack(name: string): name is BuiltinLanguagePack {
  return (BUILTIN_LANGUAGE_PACKS as readonly string[]).includes(name);
}

export function builtinLanguagePackPath(id: BuiltinLanguagePack): string {
  return join(RULES_DIR, `${id}.yaml`);
}

type RawRule = Omit<LanguageRule, 'compound' | 'fix'> & Partial<Pick<LanguageRule, 'compound' | 'fix'>>;
type RawPack = Omit<LanguagePack, 'file' | 'rules'> & { kind: 'language'; rules: RawRule[] };

const M = {
  unreadable: { sv: 'kan inte läsa filen: {reason}', en: 'cannot read the file: {reason}' },
  aliases: {
    sv: 'för många alias (*namn): filen liknar en alias-bomb',
    en: 'too many aliases (*name): the file looks like an alias bomb',
  },
  prefix: { sv: 'regel-id {id} ska börja med paketets prefix "{prefix}."', en: 'rule id {id} must start with the pack prefix "{prefix}."' },
  duplicate: { sv: 'regel-id {id} finns redan (rad {line})', en: 'rule id {id} is already used (line {line})' },
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
): Promise<{ pack?: LanguagePack; problems: SourceProblem[] }> {
  const problem = (pos: SourcePos, message: string): SourceProblem => ({ file, pos, severity: 'error', message });
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? String(e);
    return { problems: [problem({ line: 1, col: 1 }, say(lang, M.unreadable, { reason }))] };
  }
  const parsed = parseYamlSource(file, source);
  if (parsed.problems.length) return { problems: parsed.problems };
  const src = parsed.src;
  let data: unknown;
  try {
    data = toData(src);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    return { problems: [problem(posAt(src, firstAliasOffset(source)), say(lang, M.aliases))] };
  }
  const schema = await languagePackSchemaProblems(src, data, lang);
  if (schema.length) return { problems: schema };
  const raw = data as RawPack;
  const problems = checkPack(raw, src, lang);
  if (expectLang && raw.lang !== expectLang) problems.push(problem(posOf(src, ['lang']), say(lang, M.lang, { found: raw.lang, wanted: expectLang })));
  if (problems.length) return { problems };
  const rules = raw.rules.map((r): LanguageRule => ({ ...r, compound: r.compound ?? 'none', fix: r.fix ?? true }));
  const pack: LanguagePack = { id: raw.id, prefix: raw.prefix, lang: raw.lang, version: raw.version, title: raw.title, rules, file };
  return { pack, problems: [] };
}

/** Loads a built-in language pack by id, or a pack file by path (relative to `cwd`). */
export async function loadLanguagePackByName(name: string, cwd: string, lang: Lang = 'sv'): Promise<{ pack?: LanguagePack; problems: SourceProblem[] }> {
  return loadLanguagePack(isBuiltinLanguagePack(name) ? builtinLanguagePackPath(name) : resolve(cwd, name), lang);
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
    if (!rule.id.startsWith(`${raw.prefix}.`)) add([...at, 'id'], say(lang, M.prefix, { id: rule.id, prefix: raw.prefix }));
    const seen = ids.get(rule.id);
    if (seen !== undefined) add([...at, 'id'], say(lang, M.duplicate, { id: rule.id, line: seen }));
    else ids.set(rule.id, posOf(src, [...at, 'id']).line);
    for (const form of Object.keys(rule.forms)) {
      const owner = forms.get(form);
      if (owner !== undefined) add([...at, 'forms', form], say(lang, M.form, { form, id: owner }), true);
      else forms.set(form, rule.id);
    }
    for (const field of ['antecedents', 'knownSex'] as const) {
      rule[field]?.forEach((term, k) => {
        try {
          compileTerms([term], raw.lang);
        } catch (e) {
          if (!(e instanceof EvidenceError)) throw e;
          add([...at, field, k], say(lang, M.term, { reason: e.message }));
        }
      });
    }
  });
  return problems;
}

/** Whether a pack name is a language pack: a built-in id, or a file that says `kind: language`. */
export async function isLanguagePackName(name: string, cwd: string): Promise<boolean> {
  if (isBuiltinLanguagePack(name)) return true;
  if (!/\.ya?ml$/i.test(name)) return false;
  try {
    const head = (await readFile(resolve(cwd, name), 'utf8')).slice(0, 4096);
    return /^kind:\s*["']?language["']?\s*(#.*)?$/m.test(head);
  } catch {
    return false;
  }
}

/** The file name a built-in pack is known by, for messages. */
export function packLabel(pack: LanguagePack): string {
  return isBuiltinLanguagePack(pack.id) && resolve(pack.file) === resolve(builtinLanguagePackPath(pack.id)) ? pack.id : basename(pack.file);
}
