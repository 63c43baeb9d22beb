// `jamkrav batch`: flags → runBatch() → progress on stderr, the summary on stdout → exit code
// (0 all written or unchanged, 1 a tender failed or an existing file was kept, 2 unusable manifest).
import { UserError } from '../errors.js';
import { jobsOption } from '../options.js';
import { fmt, pickLang } from '../i18n.js';
import { ManifestError, problemLine, runBatch, type BatchReport } from '../batch/index.js';
import { MANIFEST, SUMMARY } from '../batch/messages.js';
import { isInteractive, Progress } from '../batch/progress.js';
import { planText, summaryText, tally } from '../batch/summary.js';
import { parseShard } from '../shard.js';
import type { Lang } from '../types.js';

interface BatchFlags {
  lang?: string;
  out?: string;
  jobs?: string;
  force?: boolean;
  dryRun?: boolean;
  shard?: string;
}

/** Manifest problems printed before the rest are only counted: a broken column repeats on every row. */
const MAX_PROBLEMS = 50;

/** Runs `jamkrav batch` and returns the exit code; manifest problems are printed one a line. */
export async function batchAction(manifest: string, flags: BatchFlags): Promise<number> {
  const lang = pickLang(flags.lang);
  const jobs = jobsOption(flags.jobs, lang);
  const shard = flags.shard !== undefined ? parseShard(flags.shard, lang) : undefined;
  const write = (text: string) => process.stderr.write(text);
  let progress: Progress | undefined;
  const started = performance.now();

  let report: BatchReport;
  try {
    report = await runBatch({
      manifest,
      out: flags.out ?? '.',
      lang,
      force: Boolean(flags.force),
      dryRun: Boolean(flags.dryRun),
      ...(jobs !== undefined ? { jobs } : {}),
      ...(shard ? { shard } : {}),
      onPlan: (tenders, total) => {
        if (shard) write(`jamkrav: ${fmt(lang, SUMMARY.shard, { index: shard.index, count: shard.count, n: tenders.length, total })}\n`);
        if (flags.dryRun) return;
        progress = new Progress(tenders.length, { tty: isInteractive(process.stderr), write, lang, columns: process.stderr.columns ?? 80 });
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

  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(flags.dryRun ? planText(report, lang, Boolean(flags.force)) : summaryText(report, lang, seconds));
  const n = tally(report.outcomes);
  return n.failed > 0 || n.kept > 0 ? 1 : 0;
}
