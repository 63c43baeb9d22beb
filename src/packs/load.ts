// Loads one rule pack file: YAML with positions, schema, `extends` with overrides and
// removals, and the checks a schema cannot express. Every problem is positioned; none throws.
import { stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Lang, Pack, Rule, SourcePos, SourceProblem, Text } from '../types.js';
import { fmt } from '../i18n.js';
import { parseValidatedYaml } from '../yaml/validated.js';
import { parseYamlSource, posOf as yamlPosOf, toData, type YamlSource } from '../yaml/source.js';
import { readCachedYaml, writeCachedYaml } from '../yaml/cache.js';
import { readSourceFile } from '../yaml/read.js';
import { builtinPackPath, isBuiltinFile as isBuiltinPackFile, isBuiltinPack } from './builtin.js';
import { checkIntroduction, checkRule } from './check.js';
import { composeLevels } from './compose.js';
import { duplicateProblem, prefixProblem } from './ids.js';

/** A rule as written in YAML (the pack id is added on load). */
type RawRule = Omit<Rule, 'pack'>;
type RuleOverride = Partial<Omit<RawRule, 'id' | 'title' | 'rationale' | 'definition'>> & {
  title?: Partial<Text>;
  rationale?: Partial<Text>;
  definition?: Partial<Text>;
};

interface RawPack {
  id: string;
  prefix: string;
  version: string;
  title: Text;
  description?: Text;
  introduction?: Text;
  legalBasis?: Text;
  source: Pack['source'];
  extends?: string[];
  overrides?: Record<string, RuleOverride>;
  remove?: string[];
  rules?: RawRule[];
}

/** Where a rule was written: for positioning problems with its examples and evidence. */
export interface RuleOrigin {
  src: YamlSource;
  path: (string | number)[];
}

const origins = new WeakMap<Rule, RuleOrigin>();

/** The YAML node a rule came from (its own entry, or the override that last changed it). */
export function ruleOrigin(rule: Rule): RuleOrigin | undefined {
  return origins.get(rule);
}

export interface LoadOptions {
  lang?: Lang;
  /** Built-in packs are validated by the test suite; skipping ajv for them keeps start-up fast. */
  trustBuiltin?: boolean;
  /** Largest pack file (`--max-data-file-size`); the default otherwise. */
  maxBytes?: number;
}

export interface LoadResult {
  pack?: Pack;
  problems: SourceProblem[];
}

const M = {
  unknownExtends: {
    sv: 'okänt paket i extends: "{name}" (varken ett inbyggt paket eller en fil)',
    en: 'unknown pack in extends: "{name}" (neither a built-in pack nor a file)',
  },
  cycle: { sv: 'extends bildar en cykel: {chain}', en: 'extends forms a cycle: {chain}' },
  brokenParent: {
    sv: 'paketet "{name}" i extends har fel (se ovan)',
    en: 'the pack "{name}" in extends has errors (see above)',
  },
  twiceInherited: {
    sv: 'regeln {id} ärvs från två paket ({a} och {b})',
    en: 'rule {id} is inherited from two packs ({a} and {b})',
  },
  unknownTarget: {
    sv: 'regeln {id} finns inte bland de ärvda reglerna',
    en: 'rule {id} is not among the inherited rules',
  },
  useOverrides: {
    sv: '{problem}; använd overrides för att ändra en ärvd regel',
    en: '{problem}; use overrides to change an inherited rule',
  },
} satisfies Record<string, Text>;

/** Loads a pack file and everything it extends. `stack` holds the files being loaded (cycles). */
export async function loadPackFile(file: string, opts: LoadOptions = {}, stack: string[] = []): Promise<LoadResult> {
  const lang = opts.lang ?? 'sv';
  const builtin = opts.trustBuiltin === true && isBuiltinFile(file);
  if (builtin) {
    // A trusted built-in pack from its JSON copy, without a YAML parser. Whatever would need a
    // position (a problem, an override to check) is left to the YAML path below.
    const cached = await readCachedYaml(file);
    const raw = cached?.data as RawPack | undefined;
    if (raw && raw.overrides === undefined) {
      const fromCache = await assemble(file, raw, undefined, opts, stack, true);
      if (fromCache.pack) return fromCache;
    }
  }
  const read = await readSourceFile(file, lang, opts.maxBytes);
  if (!('source' in read)) return read;
  const { source } = read;
  const parsed = builtin
    ? parseTrusted(file, source, lang)
    : await parseValidatedYaml<RawPack>(file, source, 'rule-pack', lang);
  if (!parsed.value || !parsed.src) return { problems: parsed.problems };
  const result = await assemble(file, parsed.value, parsed.src, opts, stack, builtin);
  if (builtin && result.pack) await writeCachedYaml(file, source, parsed.value);
  return result;
}

const START: SourcePos = { line: 1, col: 1 };

/** The pack from its parsed data; `src` is there unless the data came from the JSON copy. */
async function assemble(
  file: string,
  raw: RawPack,
  src: YamlSource | undefined,
  opts: LoadOptions,
  stack: string[],
  builtin: boolean,
): Promise<LoadResult> {
  const lang = opts.lang ?? 'sv';
  const problem = (pos: SourcePos, message: string): SourceProblem => ({ file, pos, severity: 'error', message });
  const posOf = (path: (string | number)[], o?: { key?: boolean }): SourcePos =>
    src ? yamlPosOf(src, path, o) : START;
  const problems: SourceProblem[] = [];

  // 1. Inherited rules, in extends order.
  const inherited = new Map<string, Rule>();
  const parents: Pack[] = [];
  let brokenParent = false;
  for (const [i, name] of (raw.extends ?? []).entries()) {
    const at = posOf(['extends', i]);
    const parentFile = isBuiltinPack(name) ? builtinPackPath(name) : join(dirname(file), name);
    if (stack.includes(resolve(parentFile)) || resolve(parentFile) === resolve(file)) {
      const chain = [...stack, resolve(file), resolve(parentFile)].map((f) => f.split('/').pop()).join(' → ');
      problems.push(problem(at, fmt(lang, M.cycle, { chain })));
      continue;
    }
    if (!isBuiltinPack(name) && !(await exists(parentFile))) {
      problems.push(problem(at, fmt(lang, M.unknownExtends, { name })));
      continue;
    }
    const parent = await loadPackFile(parentFile, opts, [...stack, resolve(file)]);
    problems.push(...parent.problems);
    if (!parent.pack) {
      problems.push(problem(at, fmt(lang, M.brokenParent, { name })));
      brokenParent = true;
      continue;
    }
    parents.push(parent.pack);
    for (const rule of parent.pack.rules) {
      const before = inherited.get(rule.id);
      if (before) {
        problems.push(problem(at, fmt(lang, M.twiceInherited, { id: rule.id, a: before.pack, b: rule.pack })));
        continue;
      }
      inherited.set(rule.id, rule);
    }
  }

  // 2. Removals and overrides of inherited rules (not judged when a parent failed to load).
  if (brokenParent) return { problems };
  for (const [i, id] of (raw.remove ?? []).entries()) {
    if (!inherited.delete(id)) problems.push(problem(posOf(['remove', i]), fmt(lang, M.unknownTarget, { id })));
  }
  for (const [id, change] of Object.entries(raw.overrides ?? {})) {
    const base = inherited.get(id);
    if (!base) {
      problems.push(problem(posOf(['overrides', id], { key: true }), fmt(lang, M.unknownTarget, { id })));
      continue;
    }
    const merged = composeLevels(applyOverride(base, change, raw.id));
    // (Only the YAML path gets here: the JSON path leaves packs with overrides to it.)
    if (src) {
      origins.set(merged, { src, path: ['overrides', id] });
      problems.push(...checkRule(merged, src, ['overrides', id], lang, change));
    }
    inherited.set(id, merged);
  }

  // 3. The pack's own rules.
  const rules: Rule[] = [...inherited.values()];
  const firstLine = new Map<string, number>();
  for (const r of inherited.values()) firstLine.set(r.id, 0);
  for (const [i, rawRule] of (raw.rules ?? []).entries()) {
    const path = ['rules', i];
    const idPos = posOf([...path, 'id']);
    const outside = prefixProblem(rawRule.id, raw.prefix, lang);
    if (outside) problems.push(problem(idPos, outside));
    const line = firstLine.get(rawRule.id);
    if (line !== undefined) {
      problems.push(problem(idPos, fmt(lang, M.useOverrides, { problem: duplicateProblem(rawRule.id, line, lang) })));
      continue;
    }
    firstLine.set(rawRule.id, idPos.line);
    const rule: Rule = composeLevels({ ...rawRule, pack: raw.id });
    if (src) origins.set(rule, { src, path });
    if (!builtin && src) problems.push(...checkRule(rule, src, path, lang));
    rules.push(rule);
  }

  // 4. The introduction texts: the pack's own, else those of the packs it extends.
  if (!builtin && src) problems.push(...checkIntroduction(raw, src, lang));
  const introduction = raw.introduction ? [raw.introduction] : parents.flatMap((p) => p.introduction ?? []);
  const legalBasis = raw.legalBasis ? [raw.legalBasis] : parents.flatMap((p) => p.legalBasis ?? []);

  // Warnings (a level that replaces the one below, an award criterion without a weight) leave the pack usable.
  if (problems.some((p) => p.severity === 'error')) return { problems };
  const pack: Pack = {
    id: raw.id,
    prefix: raw.prefix,
    version: raw.version,
    title: raw.title,
    source: raw.source,
    rules,
    file,
    ...(raw.description ? { description: raw.description } : {}),
    ...(introduction.length > 0 ? { introduction } : {}),
    ...(legalBasis.length > 0 ? { legalBasis } : {}),
  };
  return { pack, problems };
}

function applyOverride(base: Rule, change: RuleOverride, pack: string): Rule {
  const { title, rationale, definition, levels, ...rest } = change;
  const merged = base.definition || definition ? { definition: { ...base.definition, ...definition } as Text } : {};
  return {
    ...base,
    ...rest,
    ...merged,
    pack,
    title: { ...base.title, ...title },
    rationale: { ...base.rationale, ...rationale },
    levels: { ...base.levels, ...levels },
  };
}

/** Whether `file` is one of the built-in requirement packs itself. */
function isBuiltinFile(file: string): boolean {
  const name =
    file
      .split(/[\\/]/)
      .pop()
      ?.replace(/\.yaml$/, '') ?? '';
  return isBuiltinPack(name) && isBuiltinPackFile(file, name);
}

/** Built-in packs: parsed without the schema (the tests validate them), still positioned. */
function parseTrusted(file: string, source: string, lang: Lang) {
  const { src, problems } = parseYamlSource(file, source, lang);
  if (problems.length) return { problems, src };
  return { value: toData(src) as RawPack, src, problems: [] as SourceProblem[] };
}

async function exists(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
