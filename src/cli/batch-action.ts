// `jamkrav batch`: flags → runBatch() → progress and warnings on stderr, the summary (or the plan
// of --dry-run, or the verdict of --check) on stdout → exit code (0 all written or unchanged, 1 a
// tender failed or an existing file was kept, 2 unusable manifest; --check: 0 every file matches,
// 1 a file differs or is missing, 2 a tender or the manifest is unusable).
import { UserError } from '../errors.js';
import { jobsOption } from '../options.js';
import { fmt, pickLang } from '../i18n.js';
import { ManifestError, problemLine, runBatch, type BatchReport } from '../batch/index.js';
import { checkExitCode, checkReport, checkText } from '../batch/check.js';
import { CHECK, MANIFEST, SUMMARY } from '../batch/messages.js';
import { isInteractive, Progress } from '../batch/progress.js';
import { planText, summaryText, tally } from '../batch/summary.js';
import { groupWarnings, warningText } from '../batch/warnings.js';
import { parseShard } from '../shard.js';
import { chalkFor, useColor } from './batch-color.js';

interface BatchFlags {
  lang?: string;
  out?: string;
  jobs?: string;
  force?: boolean;
  dryRun?: boolean;
  check?: boolean;
  shard?: string;
  /** false with the global --no-color. */
  color?: boolean;
}

/** Manifest problems printed before the rest are only counted: a broken column repeats on every row. */
const MAX_PROBLEMS = 50;

/** Runs `jamkrav batch` and returns the exit code; manifest problems are printed one a line. */
export async function batchAction(
  manifest: string,
  flags: BatchFlags,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const lang = pickLang(flags.lang);
  const jobs = jobsOption(flags.jobs, lang);
  const shard = flags.shard !== undefined ? parseShard(flags.shard, lang) : undefined;
  // --check compares with the bytes there; replacing them is the run without --check.
  if (flags.check && flags.force) throw new UserError('--check', fmt(lang, CHECK.force));
  const dryRun = Boolean(flags.dryRun);
  const check = Boolean(flags.check);
  const write = (text: string) => process.stderr.write(text);
  const err = useColor(process.stderr, flags, env);
  const out = chalkFor(useColor(process.stdout, flags, env));
  let progress: Progress | undefined;
  const started = performance.now();

  let report: BatchReport;
  try {
    report = await runBatch({
      manifest,
      out: flags.out ?? '.',
      lang,
      force: Boolean(flags.force),
      // --check is a dry run read file by file; --dry-run with it adds the plan to the verdict.
      dryRun: dryRun || check,
      ...(jobs !== undefined ? { jobs } : {}),
      ...(shard ? { shard } : {}),
      onPlan: (tenders, total) => {
        if (shard)
          write(
            `jamkrav: ` +
              `${fmt(lang, SUMMARY.shard, { index: shard.index, count: shard.count, n: tenders.length, total })}\n`,
          );
        // A dry run's plan names each failure; --check names them here (its verdict names the
        // files that differ), the real run after each tender's line.
        const lines = dryRun ? 'none' : check ? 'failures' : 'all';
        progress = new Progress(tenders.length, {
          tty: isInteractive(process.stderr, env),
          write,
          lang,
          columns: process.stderr.columns ?? 80,
          color: err,
          lines,
        });
        progress.expect(tenders.map((t) => t.index));
      },
      onOutcome: (o) => progress?.update(o),
    });
  } catch (e) {
    if (!(e instanceof ManifestError)) throw e;
    for (const p of e.problems.slice(0, MAX_PROBLEMS)) write(`jamkrav: ${problemLine(p, lang)}\n`);
    const more = e.problems.length - MAX_PROBLEMS;
    if (more > 0) write(`jamkrav:${fmt(lang, MANIFEST.more, { n: more })}\n`);
    return 2;
  }
  progress?.finish();
  write(warningText(groupWarnings(report.outcomes), lang, chalkFor(err)));

  const seconds = (performance.now() - started) / 1000;
  if (dryRun) process.stdout.write(planText(report, lang, out));
  if (check) {
    const result = checkReport(report);
    process.stdout.write(`${dryRun ? '\n' : ''}${checkText(result, lang, out)}`);
    return checkExitCode(result);
  }
  if (!dryRun) process.stdout.write(summaryText(report, lang, seconds, out));
  const n = tally(report.outcomes);
  return n.failed > 0 || n.kept > 0 ? 1 : 0;
}
