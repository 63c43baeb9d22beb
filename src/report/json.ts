// `--format json`: the stable machine contract of DESIGN.md, version 1, and nothing else.
import type { Coverage, Finding } from '../types.js';
import type { Formatter } from './types.js';

// Fields are copied one by one, in contract order, so that an internal field added to the
// result later can never leak into the contract.
const finding = (f: Finding) => ({
  ruleId: f.ruleId,
  kind: f.kind,
  severity: f.severity,
  message: f.message,
  ...(f.location ? { location: f.location } : {}),
  ...(f.suggestion !== undefined ? { suggestion: f.suggestion } : {}),
  // Added in version 1 with --explain: the passages that came closest to a missing rule.
  ...(f.nearMisses ? { nearMisses: f.nearMisses } : {}),
});

const coverage = (c: Coverage) => ({
  ruleId: c.ruleId,
  status: c.status,
  ...(c.location ? { location: c.location } : {}),
  ...(c.reason !== undefined ? { reason: c.reason } : {}),
  // Added in version 1 without changing a field's meaning: why a rule counts as covered.
  ...(c.evidence ? { evidence: c.evidence } : {}),
});

/** The result as JSON: `{ version: 1, files: [...], summary: {...} }`, two-space indented. */
export const json: Formatter = (result) =>
  `${JSON.stringify(
    {
      version: 1,
      files: result.files.map((f) => ({
        path: f.path,
        format: f.format,
        lang: f.lang,
        findings: f.findings.map(finding),
        coverage: f.coverage.map(coverage),
        error: f.error,
      })),
      summary: {
        files: result.summary.files,
        errors: result.summary.errors,
        warnings: result.summary.warnings,
        infos: result.summary.infos,
      },
    },
    null,
    2,
  )}\n`;
