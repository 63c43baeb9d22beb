// Packs of every kind: one loader (loadPack) and one example runner (testPack) over requirement,
// language and weak packs and the vocabularies; requirement packs combined into a Catalogue.
import { resolve } from 'node:path';
import { ProblemsError, UserError } from '../errors.js';
import { fmt } from '../i18n.js';
import type { Catalogue, Lang, Level, RequirementKind, Rule, SourceProblem, Stage, Text } from '../types.js';
import { BUILTIN_PACKS, builtinPackPath, isBuiltinPack } from './builtin.js';
import { loadPackFile } from './load.js';

export {
  BUILTIN_BY_KIND,
  BUILTIN_LANGUAGE_PACKS,
  BUILTIN_PACKS,
  BUILTIN_WEAK_PACK,
  builtinKindOf,
  builtinPackPath,
  isBuiltinLanguagePack,
  PACK_KINDS,
  type PackKind,
} from './builtin.js';
export { packKindOf } from './kind.js';
export { loadPack, type AnyPack, type LoadedPack, type LoadPackOptions } from './load-pack.js';
export { testPack, type PackTestOutcome } from './test-pack.js';
export { loadLanguagePack, loadLanguagePackByName } from './language.js';
export { loadBuiltinWeakPack, loadWeakPack, loadWeakPackByName } from './weak.js';
export { clauseAt, clauseFor, clauseOrFirst, firstClause } from './clause.js';
import { clauseOrFirst } from './clause.js';
export { loadPackFile, ruleOrigin } from './load.js';
export { BUILTIN_READING, loadReading } from './reading.js';
export { METADATA_FIELDS, placeholdersIn, isKnownPlaceholder } from './placeholders.js';

export interface CatalogueOptions {
  /** Built-in pack ids or paths to pack files (relative to `cwd`). Default: every built-in pack. */
  packs?: string[];
  cwd?: string;
  lang?: Lang;
  /** Largest pack file (`--max-data-file-size`); the default otherwise. */
  maxBytes?: number;
}

const MSG = {
  unknownPack: {
    sv: 'okänt regelpaket (inbyggda: {builtin}; eller ange en sökväg till en .yaml-fil)',
    en: 'unknown rule pack (built-in: {builtin}; or give a path to a .yaml file)',
  },
  ruleTwice: { sv: 'regeln {rule} finns redan i paketet {pack}', en: 'rule {rule} is already defined by pack {pack}' },
  more: { sv: ' (och {n} fel till; kör jamkrav rules validate)', en: ' (and {n} more; run jamkrav rules validate)' },
} as const satisfies Record<string, Text>;

/** Loads the selected packs. Throws a UserError naming the first problem's file and position. */
export async function loadCatalogue(opts: CatalogueOptions = {}): Promise<Catalogue> {
  const lang = opts.lang ?? 'sv';
  const names = opts.packs?.length ? opts.packs : [...BUILTIN_PACKS];
  const catalogue: Catalogue = { packs: [], rules: [] };
  const owner = new Map<string, string>();
  for (const name of names) {
    const file = isBuiltinPack(name) ? builtinPackPath(name) : resolve(opts.cwd ?? process.cwd(), name);
    if (!isBuiltinPack(name) && !/[\\/.]/.test(name)) {
      throw new UserError(name, fmt(lang, MSG.unknownPack, { builtin: BUILTIN_PACKS.join(', ') }));
    }
    const { pack, problems } = await loadPackFile(file, {
      lang,
      trustBuiltin: true,
      ...(opts.maxBytes ? { maxBytes: opts.maxBytes } : {}),
    });
    if (!pack) throw problemsError(problems, lang);
    for (const rule of pack.rules) {
      const other = owner.get(rule.id);
      if (other) {
        throw new UserError(file, fmt(lang, MSG.ruleTwice, { rule: rule.id, pack: other }));
      }
      owner.set(rule.id, pack.id);
      catalogue.rules.push(rule);
    }
    catalogue.packs.push(pack);
  }
  return catalogue;
}

/** A UserError with every problem (the CLI prints each on a line of its own). */
export function problemsError(problems: SourceProblem[], lang: Lang): UserError {
  if (problems.length === 0) return new UserError('', 'unknown error');
  return new ProblemsError(problems, (n) => fmt(lang, MSG.more, { n }));
}

/** Validates pack files fully (schema included, built-in or not). */
export async function validatePacks(files: string[], lang: Lang = 'sv'): Promise<SourceProblem[]> {
  const problems: SourceProblem[] = [];
  for (const file of files) problems.push(...(await loadPackFile(file, { lang })).problems);
  return dedupe(problems);
}

function dedupe(problems: SourceProblem[]): SourceProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}:${p.pos.line}:${p.pos.col}:${p.message}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

export interface RuleFilter {
  packs?: string[];
  rules?: string[];
  exclude?: string[];
  kinds?: RequirementKind[];
  stages?: Stage[];
  level?: Level;
  scope?: Rule['scope'];
}

/** Rules that pass every given filter, in catalogue order. Kinds are judged at `level`. */
export function selectRules(rules: Rule[], f: RuleFilter): Rule[] {
  return rules.filter(
    (r) =>
      (!f.packs?.length || f.packs.includes(r.pack)) &&
      (!f.rules?.length || f.rules.includes(r.id)) &&
      !f.exclude?.includes(r.id) &&
      (!f.stages?.length || f.stages.includes(r.stage)) &&
      (!f.scope || r.scope === f.scope) &&
      (!f.kinds?.length || f.kinds.includes(clauseOrFirst(r, f.level).kind)),
  );
}
