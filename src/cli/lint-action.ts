// `jamkrav lint`: flags → lintFiles → formatted output → exit code (0 clean, 1 findings, 2 bad input).
// With --fix the documents are fixed first; with --fix-dry-run the diff is the output.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { oneLine, UserError } from '../errors.js';
import { sameFileAmong } from '../fs/identity.js';
import { readStandardInput } from '../fs/read.js';
import { jobsOption, oneOf } from '../options.js';
import { fmt, pickLang } from '../i18n.js';
import { LINT_EXIT, exitCodeFor, lintFiles, type FailOn, type LintOptions, type LintResult } from '../lint/index.js';
import { effectiveConfig } from '../lint/print-config.js';
import { explainFilter } from '../lint/select.js';
import { explain } from '../report/explain.js';
import { writeOutput } from '../fs/write.js';
import { formatters, getFormatter } from '../report/index.js';
import { runInfo } from '../report/html/run-info.js';
import { DEFAULT_RUN_LIMITS, limitsFromFlags } from '../limits.js';
import { parseShard } from '../shard.js';
import { LEVELS, TENDER_TYPES, type Lang, type Level, type Text, type TenderType } from '../types.js';
import { lintProgress } from './lint-progress.js';
import { runFixes } from './lint-fix.js';

/** `--fail-on` levels, and the Swedish words the report prints for them. */
const FAIL_ON_SV: Readonly<Record<string, FailOn>> = { fel: 'error', varning: 'warning', aldrig: 'never' };
const FAIL_ON_WORDS: readonly string[] = ['error', 'warning', 'info', 'never', ...Object.keys(FAIL_ON_SV)];

/** The flags as commander hands them over (global ones included). */
export interface LintFlags {
  lang?: string;
  debug?: boolean;
  pack?: string[];
  rule?: string[];
  exclude?: string[];
  explain?: string[];
  level?: string;
  type?: string;
  format?: string;
  output?: string;
  failOn?: string;
  maxWarnings?: string;
  quiet?: boolean;
  color?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  shard?: string;
  jobs?: string;
  followSymlinks?: boolean;
  stdinFilename?: string;
  printConfig?: string;
  cache?: boolean;
  cacheLocation?: string;
  /** A file, or false for `--no-config`. */
  config?: string | false;
  ignorePattern?: string[];
  /** False for `--no-ignore`. */
  ignore?: boolean;
  maxFileSize?: string;
  maxInflatedSize?: string;
  maxTotalInflated?: string;
  maxRatio?: string;
  maxZipEntries?: string;
  maxXmlDepth?: string;
  maxParagraph?: string;
  maxPdfMemory?: string;
  maxPdfTime?: string;
  maxFiles?: string;
  maxDataFileSize?: string;
}

const T = {
  count: {
    sv: 'ska vara ett heltal 0 eller större, inte "{value}"',
    en: 'must be a whole number 0 or more, not "{value}"',
  },
  overwrite: {
    sv: 'är ett av dokumenten som granskas; välj en annan fil för utdata',
    en: 'is one of the documents being checked; choose another output file',
  },
  exclusive: {
    sv: 'kan inte kombineras med --fix-dry-run: välj det ena',
    en: 'cannot be combined with --fix-dry-run: choose one',
  },
  stdinAlone: {
    sv: 'standard in (-) läses bara som det enda dokumentet: ange inga andra sökvägar',
    en: 'standard input (-) is read only as the one document: name no other paths',
  },
  stdinFix: {
    sv: 'rättar inte standard in: ange filen i stället',
    en: 'does not fix standard input: name the file instead',
  },
  stdinName: {
    sv: 'gäller bara när dokumentet läses från standard in (jamkrav lint -)',
    en: 'applies only when the document is read from standard input (jamkrav lint -)',
  },
} as const satisfies Record<string, Text>;

function count(value: string | undefined, flag: string, lang: Lang): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UserError(flag, fmt(lang, T.count, { value }));
  return Number(value);
}

/** Colour only for a terminal, and never when asked not to (`--no-color`, NO_COLOR). */
function useColor(flags: LintFlags, env: NodeJS.ProcessEnv = process.env): boolean {
  if (flags.color === false || flags.output) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  return process.stdout.isTTY === true;
}

/** `--quiet`: only error-severity findings are shown (the exit code still counts all). */
function errorsOnly(result: LintResult): LintResult {
  return {
    ...result,
    files: result.files.map((f) => ({ ...f, findings: f.findings.filter((x) => x.severity === 'error') })),
  };
}

/** Writes `text` to `-o FILE` (never over a document of the run) or to stdout. */
async function emit(text: string, flags: LintFlags, documents: readonly string[], lang: Lang): Promise<void> {
  if (flags.output) {
    // The same file, not the same name: `docs-link/a.md` is `docs/a.md` through a linked folder.
    if (
      sameFileAmong(
        flags.output,
        documents.map((p) => resolve(p)),
      ) !== undefined
    )
      throw new UserError(flags.output, fmt(lang, T.overwrite));
    // Reports are ours to replace (CI writes the same report file on every run); the one
    // thing never overwritten is a document being checked, refused above.
    await writeOutput(flags.output, text, { force: true, lang, makeFolders: true });
  } else {
    process.stdout.write(text);
  }
}

/** Runs `jamkrav lint` and returns the exit code. Throws UserError for usage errors (exit 2). */
export async function lintAction(paths: string[], flags: LintFlags): Promise<number> {
  const lang = pickLang(flags.lang);
  // The format is always named: `-o report.html` alone still writes stylish text. `--explain`
  // prints the explanation instead of the stylish report, unless another format is named.
  const explaining = (flags.explain?.length ?? 0) > 0;
  const formatName = flags.format ?? (explaining ? 'explain' : 'stylish');
  const format = formatName === 'explain' && explaining ? explain : getFormatter(formatName);
  if (!format) oneOf(formatName, Object.keys(formatters), '--format', lang);
  const level = oneOf<Level>(flags.level, LEVELS, '--level', lang);
  const type = oneOf<TenderType>(flags.type, TENDER_TYPES, '--type', lang);
  // The report prints severities in the user's language: --fail-on takes those words too.
  const failOnWord = oneOf(flags.failOn, FAIL_ON_WORDS, '--fail-on', lang) ?? 'error';
  const failOn: FailOn = FAIL_ON_SV[failOnWord] ?? (failOnWord as FailOn);
  const maxWarnings = count(flags.maxWarnings, '--max-warnings', lang);
  if (flags.fix && flags.fixDryRun) throw new UserError('--fix', fmt(lang, T.exclusive));
  const shard = flags.shard !== undefined ? parseShard(flags.shard, lang) : undefined;
  const jobs = jobsOption(flags.jobs, lang);
  const limits = limitsFromFlags({ ...flags }, lang);

  // `lint -`: the one document comes on standard input.
  const fromStdin = paths.length === 1 && paths[0] === '-';
  if (!fromStdin && paths.includes('-')) throw new UserError('-', fmt(lang, T.stdinAlone));
  if (fromStdin && (flags.fix || flags.fixDryRun))
    throw new UserError(flags.fix ? '--fix' : '--fix-dry-run', fmt(lang, T.stdinFix));
  if (!fromStdin && flags.stdinFilename !== undefined) throw new UserError('--stdin-filename', fmt(lang, T.stdinName));
  const stdinName = flags.stdinFilename ?? '<stdin>';
  const stdin = fromStdin
    ? {
        name: stdinName,
        bytes: await readStandardInput(process.stdin, {
          shown: stdinName,
          lang,
          maxBytes: limits.maxFileBytes ?? DEFAULT_RUN_LIMITS.maxFileBytes,
          limit: 'maxFileBytes',
        }),
      }
    : undefined;

  const opts: LintOptions & { debug: boolean } = {
    paths: fromStdin ? [] : paths,
    ...(stdin ? { stdin } : {}),
    lang,
    debug: flags.debug ?? false,
    ...(flags.pack?.length ? { packs: flags.pack } : {}),
    ...(flags.rule?.length ? { rules: flags.rule } : {}),
    ...(flags.exclude?.length ? { exclude: flags.exclude } : {}),
    ...(explaining ? { explain: flags.explain } : {}),
    ...(level ? { level } : {}),
    ...(type ? { type } : {}),
    ...(typeof flags.config === 'string' ? { config: flags.config } : {}),
    ...(flags.config === false ? { noConfig: true } : {}),
    ...(flags.ignorePattern?.length ? { ignorePatterns: flags.ignorePattern } : {}),
    ...(flags.ignore === false ? { noIgnore: true } : {}),
    // --cache-location alone turns the cache on too.
    ...(flags.cache || flags.cacheLocation ? { cache: flags.cacheLocation ?? '.jamkravcache' } : {}),
    ...(shard ? { shard } : {}),
    ...(flags.followSymlinks ? { followSymlinks: true } : {}),
    // This thread lints too: --jobs 2 is one worker beside it.
    ...(jobs !== undefined ? { workers: jobs - 1 } : {}),
    ...(Object.keys(limits).length > 0 ? { limits } : {}),
  };

  if (flags.printConfig !== undefined) {
    const effective = await effectiveConfig(flags.printConfig, opts);
    if (effective.note) process.stderr.write(`jamkrav: ${effective.note}\n`);
    await emit(`${JSON.stringify(effective, null, 2)}\n`, flags, [], lang);
    return LINT_EXIT.ok;
  }

  if (flags.fixDryRun) {
    const { result, failed } = await runFixes(opts, true, lang);
    await emit(
      result.files.map((f) => f.diff).join(''),
      flags,
      result.files.map((f) => f.path),
      lang,
    );
    if (failed) return LINT_EXIT.usage;
    return result.files.some((f) => f.edits.length > 0) ? LINT_EXIT.findings : LINT_EXIT.ok;
  }
  // --fix rewrites first; the lint below then reports what is left.
  const fixFailed = flags.fix ? (await runFixes(opts, false, lang)).failed : false;

  const progress = lintProgress(process.stderr, lang);
  const result = await lintFiles({ ...opts, onProgress: progress.onDone }).finally(() => progress.end());

  // One line per file that could not be used, whatever the format: CI logs show stderr.
  for (const f of result.files)
    if (f.error !== null) process.stderr.write(`jamkrav: ${oneLine(`${f.path}: ${f.error}`)}\n`);
  for (const notice of result.notices) process.stderr.write(`jamkrav: ${oneLine(notice)}\n`);

  const version = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
  const shown = flags.quiet ? errorsOnly(result) : result;
  const text = format!(shown, {
    lang,
    color: useColor(flags),
    // Wrapped to a terminal's width; a file or a pipe gets whole lines.
    ...(process.stdout.isTTY && !flags.output && process.stdout.columns ? { width: process.stdout.columns } : {}),
    rules: result.rules,
    qualityRules: result.qualityRules,
    version,
    ...(explaining ? { explain: explainFilter(flags.explain!) } : {}),
    // Only the HTML report says when and over what it was made (and only it reads the clock).
    ...(formatName === 'html' ? { run: runInfo({ result, paths, output: flags.output, lang }) } : {}),
  });
  await emit(
    text,
    flags,
    result.files.map((f) => f.path),
    lang,
  );
  const code = exitCodeFor(result.files, failOn, maxWarnings);
  return fixFailed ? LINT_EXIT.usage : code;
}
