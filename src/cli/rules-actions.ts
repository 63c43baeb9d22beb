// The `rules` subcommands: flags → library call → text on stdout → exit code.
import { pickLang, fmt, tr } from '../i18n.js';
import { oneOf } from '../options.js';
import { oneLine, UserError } from '../errors.js';
import {
  KINDS,
  LEVELS,
  STAGES,
  type Catalogue,
  type Lang,
  type Level,
  type QualityRule,
  type RequirementKind,
  type SourceProblem,
  type Stage,
  type Text,
} from '../types.js';
import { MatchSession } from '../match/index.js';
import {
  clauseOrFirst,
  loadPack,
  loadReading,
  packKindOf,
  selectRules,
  testPack,
  type PackTestOutcome,
} from '../packs/index.js';
import { printable } from '../report/printable.js';
import { SEVERITY_LABELS } from '../labels.js';
import { loadLintPacks } from '../lint/packs.js';
import { qualityRules, type LanguagePack } from '../quality/index.js';
import { describeQualityRule, describeRule, qualityHint, qualityTable, rulesTable } from './rules-format.js';

interface Globals {
  lang?: string;
  pack?: string[];
  kind?: string;
  stage?: string;
  level?: string;
  format?: string;
}

/**
 * The packs `--pack` names (requirement, language and weak packs, by id or file), or every
 * built-in one: the requirement rules, and the writing-quality rules with the language packs
 * their words come from. The weak checks are listed when no pack or a weak pack is named.
 */
async function packsFor(
  opts: Globals,
  lang: Lang,
): Promise<{ catalogue: Catalogue; quality: QualityRule[]; languagePacks: LanguagePack[] }> {
  const named = opts.pack?.length ? opts.pack : undefined;
  const { catalogue, languagePacks, weakPack } = await loadLintPacks(named, process.cwd(), lang);
  const weak = !named || named.some((n) => packKindOf(n) === 'weak');
  return { catalogue, quality: qualityRules(languagePacks, weak ? weakPack : null), languagePacks };
}

/** The width to fit tables to: the terminal's, or none in a pipe. */
const terminalWidth = (): number | undefined => (process.stdout.isTTY ? process.stdout.columns : undefined);

const NO_SUCH_RULE = {
  text: { sv: 'ingen sådan regel; se jamkrav rules list.', en: 'no such rule; see jamkrav rules list.' },
  hint: { sv: ' Menade du: {near}?', en: ' Did you mean: {near}?' },
} as const satisfies Record<string, Text>;

export async function rulesList(opts: Globals): Promise<number> {
  const lang = pickLang(opts.lang);
  const level = oneOf<Level>(opts.level, LEVELS, '--level', lang) ?? 'base';
  const kind = oneOf<RequirementKind>(opts.kind, KINDS, '--kind', lang);
  const stage = oneOf<Stage>(opts.stage, STAGES, '--stage', lang);
  const format = oneOf(opts.format, ['table', 'json'] as const, '--format', lang) ?? 'table';
  const { catalogue, quality } = await packsFor(opts, lang);
  const rules = selectRules(catalogue.rules, {
    level,
    ...(kind ? { kinds: [kind] } : {}),
    ...(stage ? { stages: [stage] } : {}),
  });
  // The writing rules are many (one per word): listed when their packs are named.
  const showQuality = Boolean(opts.pack?.length) && !kind && !stage;
  if (format === 'json') {
    const out = [
      ...rules.map((r) => ({
        id: r.id,
        pack: r.pack,
        title: r.title[lang],
        kind: clauseOrFirst(r, level).kind,
        stage: r.stage,
        scope: r.scope,
        severity: r.severity,
        levels: LEVELS.filter((l) => r.levels[l]),
        basis: r.basis,
      })),
      ...(showQuality
        ? quality.map((r) => ({ id: r.id, pack: r.pack, title: r.title[lang], kind: r.kind, severity: r.severity }))
        : []),
    ];
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return 0;
  }
  // A pack's own texts (a user's pack) are printed, never obeyed: see report/printable.ts.
  const parts: string[] = [];
  if (rules.length > 0 || !showQuality) parts.push(rulesTable(rules, level, lang, terminalWidth()));
  if (showQuality && quality.length > 0) parts.push(qualityTable(quality, lang, terminalWidth()));
  if (!opts.pack?.length) parts.push(`${qualityHint(lang)}\n`);
  process.stdout.write(printable(parts.join('\n'), { lines: true }));
  return 0;
}

export async function rulesShow(id: string, opts: Globals): Promise<number> {
  const lang = pickLang(opts.lang);
  const level = oneOf<Level>(opts.level, LEVELS, '--level', lang);
  const format = oneOf(opts.format, ['text', 'json'] as const, '--format', lang) ?? 'text';
  const { catalogue, quality, languagePacks } = await packsFor(opts, lang);
  const rule = catalogue.rules.find((r) => r.id === id);
  const writing = rule ? undefined : quality.find((r) => r.id === id);
  if (!rule && !writing) {
    const all = [...catalogue.rules.map((r) => r.id), ...quality.map((r) => r.id)];
    const near = all.filter((r) => r.includes(id.split('.').pop() ?? id));
    const hint = near.length ? fmt(lang, NO_SUCH_RULE.hint, { near: near.join(', ') }) : '';
    throw new UserError(id, tr(lang, NO_SUCH_RULE.text) + hint);
  }
  const words =
    writing?.kind === 'language' ? languagePacks.flatMap((p) => p.rules).find((r) => r.id === id) : undefined;
  if (format === 'json') {
    process.stdout.write(
      `${JSON.stringify(rule ?? { ...writing, ...(words ? { forms: words.forms } : {}) }, null, 2)}\n`,
    );
    return 0;
  }
  const text = rule
    ? describeRule(rule, lang, level)
    : describeQualityRule(writing!, lang, words ? { forms: words.forms } : undefined);
  process.stdout.write(printable(text, { lines: true }));
  return 0;
}

const V = {
  clean: { sv: '{n} paket utan fel.', en: '{n} pack(s), no problems.' },
  problems: { sv: '{n} fel i {files} fil(er).', en: '{n} problem(s) in {files} file(s).' },
  examples: { sv: '{n} exempel, {failed} fel.', en: '{n} examples, {failed} failed.' },
  untested: {
    sv: '{n} fil(er) kunde inte läsas eller kontrolleras, och deras exempel kördes inte.',
    en: '{n} file(s) could not be read or checked, and their examples were not run.',
  },
  shouldPass: { sv: 'ska räknas som bevis men gör det inte', en: 'should count as evidence but does not' },
  shouldFail: { sv: 'ska inte räknas som bevis men gör det', en: 'should not count as evidence but does' },
  shouldFlag: { sv: 'ska flaggas men flaggas inte', en: 'should be flagged but is not' },
  shouldNotFlag: { sv: 'ska inte flaggas men flaggas', en: 'should not be flagged but is' },
  shouldFix: { sv: 'rättas till {got}', en: 'is fixed to {got}' },
} satisfies Record<string, Text>;

export async function rulesValidate(files: string[], opts: Globals): Promise<number> {
  const lang = pickLang(opts.lang);
  // Every kind of pack by its own loader and schema, in full (a built-in pack's JSON copy is not used).
  const problems: SourceProblem[] = [];
  for (const file of files) problems.push(...(await loadPack(file, { lang })).problems);
  const unique = dedupe(problems);
  printProblems(unique, lang);
  // Warnings (a level that replaces the one below, an award criterion without weight) are printed
  // but do not fail validation: the pack loads and works.
  if (!unique.some((p) => p.severity === 'error')) {
    process.stdout.write(`${fmt(lang, V.clean, { n: files.length })}\n`);
    return 0;
  }
  const fileCount = new Set(unique.map((p) => p.file)).size;
  process.stdout.write(`${fmt(lang, V.problems, { n: unique.length, files: fileCount })}\n`);
  return 2;
}

export async function rulesTest(files: string[], opts: Globals): Promise<number> {
  const lang = pickLang(opts.lang);
  let total = 0;
  let failed = 0;
  // Files that could not be read or checked: their examples never ran, and the summary says so.
  const broken = new Set<string>();
  let session: MatchSession | null | undefined;
  for (const file of files) {
    const { pack, problems } = await loadPack(file, { lang });
    printProblems(problems, lang);
    if (!pack || problems.some((p) => p.severity === 'error')) broken.add(file);
    if (!pack) continue;
    // Requirement packs' evidence runs through the matcher, which reads sentences by the built-in vocabulary.
    if (pack.kind === 'requirement') session ??= await matchSession(lang);
    if (pack.kind === 'requirement' && !session) {
      broken.add(file);
      continue;
    }
    for (const o of testPack(pack, session ?? undefined)) {
      total++;
      if (o.ok) continue;
      failed++;
      const where = o.file && o.pos ? `${o.file}:${o.pos.line}:${o.pos.col}` : file;
      const what = `${o.ruleId} [${o.lang ?? o.expect}] ${why(o, lang)}: ${JSON.stringify(o.text)}`;
      process.stdout.write(`${oneLine(`${where}  ${SEVERITY_LABELS.error[lang]}  ${what}`)}\n`);
    }
  }
  const summary = fmt(lang, V.examples, { n: total, failed });
  process.stdout.write(`${broken.size > 0 ? `${summary} ${fmt(lang, V.untested, { n: broken.size })}` : summary}\n`);
  return broken.size > 0 ? 2 : failed ? 1 : 0;
}

/** What a failed example should have done. */
function why(o: PackTestOutcome, lang: Lang): string {
  switch (o.expect) {
    case 'pass':
      return V.shouldPass[lang];
    case 'fail':
      return V.shouldFail[lang];
    case 'flag':
      return V.shouldFlag[lang];
    case 'ok':
      return V.shouldNotFlag[lang];
    case 'fix':
      return fmt(lang, V.shouldFix, { got: JSON.stringify(o.got) });
  }
}

/** A match session on the built-in reading vocabulary, or null (its problems printed). */
async function matchSession(lang: Lang): Promise<MatchSession | null> {
  const { spec, problems } = await loadReading(undefined, lang);
  printProblems(problems, lang);
  return spec ? new MatchSession(spec) : null;
}

/** One line per problem: `file:line:col  severity  message`, the severity in the user's language. */
function printProblems(problems: readonly SourceProblem[], lang: Lang): void {
  for (const p of problems)
    process.stdout.write(
      `${oneLine(`${p.file}:${p.pos.line}:${p.pos.col}  ${SEVERITY_LABELS[p.severity][lang]}  ${p.message}`)}\n`,
    );
}

/** Problems once each: a pack that extends another repeats the other's problems. */
function dedupe(problems: readonly SourceProblem[]): SourceProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}:${p.pos.line}:${p.pos.col}:${p.message}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
}
