// `jamkrav followup plan|template|check|portfolio`: flags → the follow-up library → files or
// standard output → exit code. 0 done; 1 (check) something overdue or missing; 2 input that
// could not be used (each named on its own line; what could be used is still processed).
import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { UserError } from '../errors.js';
import { fmt, pickLang } from '../i18n.js';
import { dateProblem } from '../generate/date.js';
import { today } from '../followup/dates.js';
import {
  checkFollowUp,
  defaultRegister,
  hasShortfall,
  loadFollowUp,
  planOf,
  renderCheckJson,
  renderCheckText,
  renderPlanDocx,
  renderPlanIcs,
  renderPlanMarkdown,
  templatesOf,
  type FollowUp,
} from '../followup/index.js';
import { buildPortfolio } from '../followup/portfolio.js';
import { renderPortfolioHtml } from '../followup/portfolio-html.js';
import { renderPortfolioJson } from '../followup/portfolio-json.js';
import { writeOutput } from '../fs/write.js';
import { assertOneOf } from '../options.js';
import type { Lang } from '../types.js';

interface Flags {
  lang?: string;
  register?: string;
  indicators?: string;
  contract?: string[];
  date?: string;
  output?: string;
  out?: string;
  format?: string;
  period?: string;
  force?: boolean;
}

const T = {
  stdoutDocx: {
    sv: 'DOCX skrivs bara till fil: ange -o plan.docx',
    en: 'DOCX is written to a file only: give -o plan.docx',
  },
  wrote: { sv: 'jamkrav: skrev {file}', en: 'jamkrav: wrote {file}' },
  wroteMany: { sv: 'jamkrav: skrev {n} filer i {dir}', en: 'jamkrav: wrote {n} files in {dir}' },
  exists: {
    sv: 'filen finns redan; använd --force för att skriva över den',
    en: 'the file already exists; use --force to overwrite it',
  },
  nothing: {
    sv: 'inga mallar: inget avtal har jämställdhetsvillkor och en rapportperiod{period}',
    en: 'no templates: no contract has equality conditions and a report period{period}',
  },
  unknownContract: { sv: 'okänt avtal "{id}" i registret', en: 'unknown contract "{id}" in the register' },
  unknownSector: { sv: 'okänd sektor', en: 'unknown sector' },
} as const;

const problem = (line: string) => process.stderr.write(`jamkrav: ${line}\n`);

/** `--date`, checked, or today: stated in every output that depends on it. */
function dateOf(flags: Flags, lang: Lang): string {
  if (flags.date === undefined) return today();
  const p = dateProblem(flags.date, lang);
  if (p) throw new UserError('--date', p);
  return flags.date;
}

async function load(flags: Flags, lang: Lang): Promise<FollowUp> {
  const f = await loadFollowUp({
    register: flags.register ?? defaultRegister(),
    lang,
    ...(flags.indicators ? { indicators: flags.indicators } : {}),
    ...(flags.contract ? { only: flags.contract } : {}),
  });
  for (const id of flags.contract ?? []) {
    if (!f.register.contracts.some((c) => c.id === id))
      throw new UserError('--contract', fmt(lang, T.unknownContract, { id }));
  }
  for (const p of f.problems) problem(p);
  return f;
}

/** The format: `--format`, else the output's extension, else the first allowed. */
function formatOf<T extends string>(flags: Flags, allowed: readonly T[], lang: Lang): T {
  const ext = flags.output ? extname(flags.output).slice(1).toLowerCase() : '';
  const chosen = flags.format ?? ((allowed as readonly string[]).includes(ext) ? ext : allowed[0]!);
  assertOneOf('--format', [chosen], allowed, lang);
  return chosen as T;
}

async function emit(data: Uint8Array | string, flags: Flags, lang: Lang): Promise<void> {
  if (flags.output) {
    await writeOutput(flags.output, data, { force: Boolean(flags.force), lang });
    process.stderr.write(`${fmt(lang, T.wrote, { file: flags.output })}\n`);
  } else process.stdout.write(data);
}

export async function planAction(flags: Flags): Promise<number> {
  const lang = pickLang(flags.lang);
  const format = formatOf(flags, ['ics', 'md', 'docx'] as const, lang);
  if (format === 'docx' && !flags.output) throw new UserError('--format', fmt(lang, T.stdoutDocx));
  const date = dateOf(flags, lang);
  const f = await load(flags, lang);
  const plan = planOf(f, date, lang);
  const data =
    format === 'ics' ? renderPlanIcs(plan) : format === 'md' ? renderPlanMarkdown(plan) : await renderPlanDocx(plan);
  await emit(data, flags, lang);
  return f.problems.length > 0 ? 2 : 0;
}

export async function templateAction(flags: Flags): Promise<number> {
  const lang = pickLang(flags.lang);
  const f = await load(flags, lang);
  const files = await templatesOf(f, lang, flags.period);
  const dir = flags.out!;
  if (files.length === 0)
    throw new UserError(dir, fmt(lang, T.nothing, { period: flags.period ? ` (${flags.period})` : '' }));
  // Nothing is written when one output exists without --force: a half-written set helps no one.
  if (!flags.force) {
    const existing = files.filter((file) => existsSync(join(dir, file.name)));
    if (existing.length > 0) {
      for (const file of existing) problem(`${join(dir, file.name)}: ${fmt(lang, T.exists)}`);
      return 2;
    }
  }
  for (const file of files)
    await writeOutput(join(dir, file.name), file.data, { force: Boolean(flags.force), lang, makeFolders: true });
  process.stderr.write(`${fmt(lang, T.wroteMany, { n: files.length, dir })}\n`);
  return f.problems.length > 0 ? 2 : 0;
}

export async function checkAction(reports: string, flags: Flags): Promise<number> {
  const lang = pickLang(flags.lang);
  const format = formatOf(flags, ['text', 'json'] as const, lang);
  const date = dateOf(flags, lang);
  const f = await load(flags, lang);
  const result = await checkFollowUp(f, reports, date, lang);
  for (const p of result.problems.slice(f.problems.length)) problem(p);
  await emit(format === 'json' ? renderCheckJson(result, lang) : renderCheckText(result, lang), flags, lang);
  if (result.problems.length > 0) return 2;
  return hasShortfall(result) ? 1 : 0;
}

export async function portfolioAction(reports: string, flags: Flags): Promise<number> {
  const lang = pickLang(flags.lang);
  const format = formatOf(flags, ['html', 'json'] as const, lang);
  const date = dateOf(flags, lang);
  const f = await load(flags, lang);
  const result = await checkFollowUp(f, reports, date, lang);
  for (const p of result.problems.slice(f.problems.length)) problem(p);
  const portfolio = buildPortfolio(result, f.register.authority, fmt(lang, T.unknownSector));
  await emit(format === 'json' ? renderPortfolioJson(portfolio) : renderPortfolioHtml(portfolio, lang), flags, lang);
  return result.problems.length > 0 ? 2 : 0;
}
