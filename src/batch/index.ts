// The `batch` library API: a manifest in, many appendices written, one outcome per tender out.
// It never prints: the caller follows progress through `onOutcome`.
import { relative, resolve } from 'node:path';
import { isUserError } from '../errors.js';
import { fmt } from '../i18n.js';
import { selectShard, type ShardSpec } from '../shard.js';
import type { Lang } from '../types.js';
import { loadManifest } from './manifest.js';
import { TENDER } from './messages.js';
import { planBatch } from './plan.js';
import { BatchPool, runHere, threadsFor } from './pool.js';
import { prepareBatch } from './prepare.js';
import type { JobResult } from './job.js';
import type { PlannedTender } from './types.js';
import { predictAppendix, writeAppendix, type WriteStatus } from './write.js';

export { loadManifest } from './manifest.js';
export { planBatch, formatFromName } from './plan.js';
export { ManifestError, problemLine } from './problems.js';
export { parseCsv } from '../csv.js';
export type { ManifestData, ManifestProblem, PlannedTender, TenderEntry, TenderSettings } from './types.js';

/** What to run. */
export interface BatchOptions {
  /** The manifest: YAML, or CSV (`.csv`). */
  manifest: string;
  /** The folder every output goes into (created when missing). */
  out: string;
  /** Language of messages, and of appendices whose tender and defaults give none. */
  lang: Lang;
  cwd?: string;
  /** Threads (default every core); 1 runs in this thread. */
  jobs?: number;
  /** Replace existing files whose bytes differ. */
  force?: boolean;
  /**
   * Make every appendix and check every output as the real run would, but write nothing: each
   * outcome is the status the real run would report (`written`, `unchanged`, `kept`, `failed`).
   */
  dryRun?: boolean;
  /** Only this part of the tenders (`--shard i/n`), keyed on the output name. */
  shard?: ShardSpec;
  /** Called once the plan is known, before any work. */
  onPlan?: (tenders: readonly PlannedTender[], total: number) => void;
  /** Called as each tender finishes, in the order they finish. */
  onOutcome?: (outcome: TenderOutcome) => void;
}

/** What happened to one tender (in a dry run: what the real run would report). */
export type TenderStatus = WriteStatus | 'failed';

/** Which of a tender's outputs a file is. */
export type OutputRole = 'appendix' | 'answerForm' | 'annex';

/** One file a tender writes (or, in a dry run, would write). */
export interface OutputFile {
  role: OutputRole;
  /** The name as the manifest gives it, `/`-separated, relative to --out. */
  output: string;
  /** The file relative to the working directory, for messages. */
  shown: string;
  status: WriteStatus;
  /** Whether a file was there before. */
  exists: boolean;
}

/** What happened to one tender, for progress lines and the summary. */
export interface TenderOutcome {
  /** 0-based position in the manifest. */
  index: number;
  output: string;
  /** The tender's title from its metadata, when it has one. */
  title?: string;
  status: TenderStatus;
  /** How many rules the appendix holds. */
  rules?: number;
  warnings: string[];
  /** Why it failed or was kept, one line. */
  error?: string;
  /** Each file of the tender, appendix first, once its bytes were made (not when it failed before). */
  files?: OutputFile[];
}

/** The result of a run: every tender of it, in manifest order. */
export interface BatchReport {
  /** Tenders in the manifest (before sharding). */
  total: number;
  /** The tenders of this run, in manifest order. */
  tenders: PlannedTender[];
  /** One per tender of this run, in manifest order. */
  outcomes: TenderOutcome[];
  /** Worker threads used (0: this thread). */
  threads: number;
  /** Whether this was a dry run: every status is then a prediction and nothing was written. */
  dryRun: boolean;
}

/**
 * Runs a batch. Throws ManifestError (exit 2) when the manifest or an output name is unusable,
 * before anything is written; every other problem is an outcome of its tender.
 */
export async function runBatch(opts: BatchOptions): Promise<BatchReport> {
  const cwd = opts.cwd ?? process.cwd();
  const manifest = await loadManifest(opts.manifest, opts.lang, cwd);
  // Output names are checked over the whole manifest, so every shard sees the same problems.
  const all = await planBatch(manifest, { out: opts.out, lang: opts.lang, cwd });
  const outDir = resolve(cwd, opts.out);
  const tenders = selectShard(all, (t) => t.output.normalize('NFC'), opts.shard);
  opts.onPlan?.(tenders, all.length);

  // Threads boot while this thread loads packs, metadata and templates.
  const threads = threadsFor(tenders.length, opts.jobs);
  const pool = threads > 0 ? new BatchPool(threads) : undefined;
  let prepared;
  try {
    prepared = await prepareBatch(tenders, opts.lang);
  } catch (e) {
    pool?.close();
    throw e;
  }
  const outcomes = new Map<number, TenderOutcome>();
  const record = (o: TenderOutcome) => {
    outcomes.set(o.index, o);
    opts.onOutcome?.(o);
  };
  const base = (t: PlannedTender) => ({
    index: t.index,
    output: t.output,
    ...(prepared.titles.has(t.index) ? { title: prepared.titles.get(t.index)! } : {}),
  });
  const byIndex = new Map(tenders.map((t) => [t.index, t]));

  for (const t of tenders) {
    const error = prepared.failures.get(t.index);
    if (error !== undefined) record({ ...base(t), status: 'failed', warnings: [], error });
  }

  const writeOpts = { force: opts.force ?? false, lang: opts.lang, out: outDir };
  // A dry run goes through everything the real run does up to the last step, which only reads.
  const put = async (target: string, data: Uint8Array) =>
    opts.dryRun ? predictAppendix(target, data, writeOpts) : writeAppendix(target, data, writeOpts);
  const onResult = async (result: JobResult): Promise<void> => {
    const t = byIndex.get(result.index)!;
    if (!result.ok) return record({ ...base(t), status: 'failed', warnings: [], error: result.error });
    const done = { ...base(t), rules: result.rules.length, warnings: result.warnings };
    const writes: Array<[OutputRole, { output: string; target: string }, Uint8Array]> = [['appendix', t, result.data]];
    if (t.answerForm && result.answerForm) writes.push(['answerForm', t.answerForm, result.answerForm]);
    if (t.annex && result.annex) writes.push(['annex', t.annex, result.annex]);
    try {
      const files: OutputFile[] = [];
      for (const [role, { output, target }, data] of writes) {
        files.push({ role, output, shown: relative(cwd, target) || target, ...(await put(target, data)) });
      }
      // The tender's status is its outputs' together: kept if any was kept, written if any was.
      const statuses = files.map((f) => f.status);
      const status = statuses.includes('kept') ? 'kept' : statuses.includes('written') ? 'written' : 'unchanged';
      record({ ...done, status, files, ...(status === 'kept' ? { error: fmt(opts.lang, TENDER.exists) } : {}) });
    } catch (e) {
      record({ ...done, status: 'failed', error: isUserError(e) ? e.toLine() : String(e) });
    }
  };
  await (pool ? pool.run(prepared.jobs, prepared, onResult) : runHere(prepared.jobs, prepared, onResult));
  return {
    total: all.length,
    tenders,
    outcomes: tenders.map((t) => outcomes.get(t.index)!),
    threads,
    dryRun: Boolean(opts.dryRun),
  };
}
