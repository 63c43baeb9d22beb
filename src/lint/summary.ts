// Counting findings, and the exit code they lead to.
import type { Severity } from '../types.js';
import type { FailOn, FileResult, LintSummary } from './types.js';

/** Findings counted by severity over `files`. */
export function summarize(files: readonly FileResult[]): LintSummary {
  const summary: LintSummary = { files: files.length, errors: 0, warnings: 0, infos: 0 };
  for (const f of files) {
    for (const finding of f.findings) {
      if (finding.severity === 'error') summary.errors++;
      else if (finding.severity === 'warning') summary.warnings++;
      else summary.infos++;
    }
  }
  return summary;
}

const RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

/** Exit codes, the same for every command (see src/cli/main.ts). */
export const LINT_EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/**
 * 2 when a file could not be read; else 1 when a finding is at or above `failOn`, or there are
 * more warnings than `maxWarnings`; else 0.
 */
export function exitCodeFor(files: readonly FileResult[], failOn: FailOn, maxWarnings?: number): number {
  if (files.some((f) => f.error !== null)) return LINT_EXIT.usage;
  const summary = summarize(files);
  if (maxWarnings !== undefined && summary.warnings > maxWarnings) return LINT_EXIT.findings;
  if (failOn === 'never') return LINT_EXIT.ok;
  const threshold = RANK[failOn];
  const failing = files.some((f) => f.findings.some((x) => RANK[x.severity] >= threshold));
  return failing ? LINT_EXIT.findings : LINT_EXIT.ok;
}
