// `jamkrav batch --check`, as `prettier --check`: does every committed file hold exactly the bytes
// the manifest gives now? Read from a dry run's outcomes (with --force off, a file is `unchanged`
// when it matches, `written` when missing, `kept` when it differs); nothing is written.
import type { ChalkInstance } from 'chalk';
import { fmt } from '../i18n.js';
import { printable } from '../report/printable.js';
import type { Lang } from '../types.js';
import type { BatchReport, TenderOutcome } from './index.js';
import { CHECK } from './messages.js';

/** One file that does not match the manifest. */
export interface Mismatch {
  /** The file relative to the working directory. */
  shown: string;
  problem: 'differs' | 'missing';
}

/** What --check found: the files compared, those that do not match, the tenders that failed. */
export interface CheckResult {
  files: number;
  mismatches: Mismatch[];
  failed: TenderOutcome[];
}

/** The verdict over a dry run's outcomes, file by file in manifest order. */
export function checkReport(report: BatchReport): CheckResult {
  const result: CheckResult = { files: 0, mismatches: [], failed: [] };
  for (const o of report.outcomes) {
    if (!o.files) {
      result.failed.push(o);
      continue;
    }
    for (const f of o.files) {
      result.files++;
      if (f.status !== 'unchanged')
        result.mismatches.push({ shown: f.shown, problem: f.exists ? 'differs' : 'missing' });
    }
  }
  return result;
}

/** 0 when every file matches, 1 when one differs or is missing, 2 when a tender could not be made. */
export function checkExitCode(result: CheckResult): 0 | 1 | 2 {
  return result.failed.length > 0 ? 2 : result.mismatches.length > 0 ? 1 : 0;
}

const files = (n: number, lang: Lang) => `${n} ${fmt(lang, n === 1 ? CHECK.file : CHECK.files)}`;

/** A line per file that does not match (`bilagor/a.docx: missing`), then the verdict. */
export function checkText(result: CheckResult, lang: Lang, c: ChalkInstance): string {
  const lines = result.mismatches.map(
    (m) =>
      `${printable(m.shown)}: ` +
      `${m.problem === 'missing' ? c.red(fmt(lang, CHECK.missing)) : c.yellow(fmt(lang, CHECK.differs))}`,
  );
  const bad = result.mismatches.length;
  if (bad > 0) lines.push(c.red.bold(fmt(lang, CHECK.mismatch, { bad, files: files(result.files, lang) })));
  else if (result.failed.length === 0)
    lines.push(c.green(fmt(lang, CHECK.match, { files: files(result.files, lang) })));
  if (result.failed.length > 0) lines.push(c.red.bold(fmt(lang, CHECK.failed, { n: result.failed.length })));
  return `${lines.join('\n')}\n`;
}
