// The `rules` subcommands: flags → library call → text on stdout → exit code.
import { readFile } from 'node:fs/promises';
import { pickLang, fmt } from '../i18n.js';
import { oneOf } from '../options.js';
import { oneLine, UserError } from '../errors.js';
import { KINDS, LEVELS, STAGES, type Lang, type Level, type RequirementKind, type SourceProblem, type Stage, type Text } from '../types.js';
import { MatchSession } from '../match/index.js';
import { clauseOrFirst, loadCatalogue, loadPackFile, loadReading, selectRules, validatePacks } from '../packs/index.js';
import { runExamples } from '../packs/examples.js';
import { builtinLanguagePackPath, isBuiltinLanguagePack, isLanguagePackName, loadLanguagePack, runLanguageExamples } from '../quality/index.js';
import { printable } from '../report/printable.js';
import { SEVERITY_LABELS } from '../labels.js';
import { describeRule, rulesTable } from './rules-format.js';

interface Globals {
  lang?: string;
  pack?: string[];
  kind?: string;
  stage?: string;
  level?: string;
  format?: string;
}


/** The packs named by `--pack` (ids or files), or every built-in pack. */
function catalogueFor(opts: Globals, lang: Lang) {
  return loadCatalogue({ lang, ...(opts.pack?.length ? { packs: opts.pack } : {}) });
}

export async function rulesList(opts: Globals): Promise<number> {
  const lang = pickLang(opts.lang);
  const level = oneOf<Level>(opts.level, LEVELS, '--level', lang) ?? 'base';
  const kind = oneOf<RequirementKind>(opts.kind, KINDS, '--kind', lang);
  const stage = oneOf<Stage>(opts.stage, STAGES, '--stage', lang);
  const format = oneOf(opts.format, ['table', 'json'] as const, '--format', lang) ?? 'table';
  const catalogue = await catalogueFor(opts, lang);
  const rules = selectRules(catalogue.rules, {
    level,
    ...(kind ? { kinds: [kind] } : {}),
    ...(stage ? { stages: [stage] } : {}),
  });
  if (format === 'json') {
    const out = rules.map((r) => ({
      id: r.id,
      pack: r.pack,
      title: r.title[lang],
      kind: clauseOrFirst(r, level).kind,
      stage: r.stage,
      scope: r.scope,
      severity: r.severity,
      levels: LEVELS.filter((l) => r.levels[l]),
      basis: r.basis,
    }));
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    // A pack's own texts (a user's pack) are printed, never obeyed: see report/printable.ts.
    process.stdout.write(printable(rulesTable(rules, level, lang), { lines: true }));
  }
  return 0;
}

export async function rulesShow(id: string, opts: Globals): Promise<number> {
  const lang = pickLang(opts.lang);
  const level = oneOf<Level>(opts.level, LEVELS, '--level', lang);
  const catalogue = await catalogueFor(opts, lang);
  const rule = catalogue.rules.find((r) => r.id === id);
  if (!rule) {
    const near = catalogue.rules.filter((r) => r.id.includes(id.split('.').pop() ?? id)).map((r) => r.id);
    const hint = near.length ? (lang === 'sv' ? ` Menade du: ${near.join(', ')}?` : ` Did you mean: ${near.join(', ')}?`) : '';
    throw new UserError(id, (lang === 'sv' ? 'ingen sådan regel; se jamkrav rules list.' : 'no such rule; see jamkrav rules list.') + hint);
  }
  process.stdout.write(printable(describeRule(rule, lang, level), { lines: true }));
  return 0;
}

const V = {
  clean: { sv: '{n} paket utan fel.', en: '{n} pack(s), no problems.' },
  problems: { sv: '{n} fel i {files} fil(er).', en: '{n} problem(s) in {files} file(s).' },
  examples: { sv: '{n} exempel, {failed} fel.', en: '{n} examples, {failed} failed.' },
  untested: { sv: '{n} fil(er) kunde inte läsas eller kontrolleras, och deras exempel kördes inte.', en: '{n} file(s) could not be read or checked, and their examples were not run.' },
  shouldPass: { sv: 'ska räknas som bevis men gör det inte', en: 'should count as evidence but does not' },
  shouldFail: { sv: 'ska inte räknas som bevis men gör det', en: 'should not count as evidence but does' },
  shouldFlag: { sv: 'ska flaggas men flaggas inte', en: 'should be flagged but is not' },
  shouldNotFlag: { sv: 'ska inte flaggas men flaggas', en: 'should not be flagged but is' },
  shouldFix: { sv: 'rättas till {got}', en: 'is fixed to {got}' },
} satisfies Record<string, Text>;

export async function rulesValidate(files: string[], opts: Globals): Promise<number> {
  const lang = pickLang(opts.lang);
  // Language packs (`kind: language`) and the reading vocabulary (`kind: reading`) have schemas of their own; the rest are rule packs.
  const { language, reading, requirement } = await splitPacks(files);
  const problems = requirement.length > 0 ? await validatePacks(requirement, lang) : [];
  for (const file of language) problems.push(...(await loadLanguagePack(languagePackPath(file), lang)).problems);
  for (const file of reading) problems.push(...(await loadReading(file, lang)).problems);
  printProblems(problems, lang);
  // Warnings (a level that replaces the one below, an award criterion without weight) are printed
  // but do not fail validation: the pack loads and works.
  if (!problems.some((p) => p.severity === 'error')) {
    process.stdout.write(`${fmt(lang, V.clean, { n: files.length })}\n`);
    return 0;
  }
  const fileCount = new Set(problems.map((p) => p.file)).size;
  process.stdout.write(`${fmt(lang, V.problems, { n: problems.length, files: fileCount })}\n`);
  return 2;
}

export async function rulesTest(files: string[], opts: Globals): Promise<number> {
  const lang = pickLang(opts.lang);
  let total = 0;
  let failed = 0;
  // Files that could not be read or checked: their examples never ran, and the summary says so.
  const broken = new Set<string>();
  const { language, reading } = await splitPacks(files);
  let session: MatchSession | null | undefined;
  for (const file of files) {
    // The reading vocabulary has no examples of its own: it is checked, and tested through every pack's.
    if (reading.includes(file)) {
      const { problems } = await loadReading(file, lang);
      printProblems(problems, lang);
      if (problems.length > 0) broken.add(file);
      continue;
    }
    if (language.includes(file)) {
      const { pack, problems } = await loadLanguagePack(languagePackPath(file), lang);
      printProblems(problems, lang);
      if (!pack) {
        broken.add(file);
        continue;
      }
      for (const o of runLanguageExamples(pack)) {
        total++;
        if (o.ok) continue;
        failed++;
        const why = o.expect === 'flag' ? V.shouldFlag[lang] : o.expect === 'ok' ? V.shouldNotFlag[lang] : fmt(lang, V.shouldFix, { got: JSON.stringify(o.got) });
        process.stdout.write(`${oneLine(`${file}  ${SEVERITY_LABELS.error[lang]}  ${o.ruleId} [${o.expect}] ${why}: ${JSON.stringify(o.text)}`)}\n`);
      }
      continue;
    }
    const { pack, problems } = await loadPackFile(file, { lang });
    printProblems(problems, lang);
    if (!pack || problems.some((p) => p.severity === 'error')) broken.add(file);
    if (!pack) continue;
    session ??= await matchSession(lang);
    if (!session) {
      broken.add(file);
      continue;
    }
    for (const o of runExamples(pack.rules, session)) {
      total++;
      if (o.ok) continue;
      failed++;
      const where = o.pos ? `${o.file}:${o.pos.line}:${o.pos.col}` : file;
      const why = o.expect === 'pass' ? V.shouldPass[lang] : V.shouldFail[lang];
      process.stdout.write(`${where}  ${SEVERITY_LABELS.error[lang]}  ${o.ruleId} [${o.lang}] ${why}: ${JSON.stringify(o.text)}\n`);
    }
  }
  const summary = fmt(lang, V.examples, { n: total, failed });
  process.stdout.write(`${broken.size > 0 ? `${summary} ${fmt(lang, V.untested, { n: broken.size })}` : summary}\n`);
  return broken.size > 0 ? 2 : failed ? 1 : 0;
}

/** A match session on the built-in reading vocabulary, or null (its problems printed). */
async function matchSession(lang: Lang): Promise<MatchSession | null> {
  const { spec, problems } = await loadReading(undefined, lang);
  printProblems(problems, lang);
  return spec ? new MatchSession(spec) : null;
}

/** One line per problem: `file:line:col  severity  message`, the severity in the user's language. */
function printProblems(problems: readonly SourceProblem[], lang: Lang): void {
  for (const p of problems) process.stdout.write(`${oneLine(`${p.file}:${p.pos.line}:${p.pos.col}  ${SEVERITY_LABELS[p.severity][lang]}  ${p.message}`)}\n`);
}

/** Files of language packs (`kind: language`), of reading vocabularies (`kind: reading`) and of rule packs, apart. */
async function splitPacks(files: readonly string[]): Promise<{ language: string[]; reading: string[]; requirement: string[] }> {
  const language: string[] = [];
  const reading: string[] = [];
  const requirement: string[] = [];
  for (const file of files) {
    if (await isLanguagePackName(file, process.cwd())) language.push(file);
    else if (await isReadingFile(file)) reading.push(file);
    else requirement.push(file);
  }
  return { language, reading, requirement };
}

/** Whether a file starts with `kind: reading` (within its first lines). */
async function isReadingFile(file: string): Promise<boolean> {
  if (!/\.ya?ml$/i.test(file)) return false;
  try {
    const head = (await readFile(file, 'utf8')).slice(0, 4096);
    return /^kind:\s*["']?reading["']?\s*(#.*)?$/m.test(head);
  } catch {
    return false;
  }
}

/** A built-in language pack may be named by its id (`language-sv`); anything else is a path. */
function languagePackPath(name: string): string {
  return isBuiltinLanguagePack(name) ? builtinLanguagePackPath(name) : name;
}
