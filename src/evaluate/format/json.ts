// The evaluation as JSON: a versioned contract (`version` changes only when a field changes
// meaning), with the summary and the exit code the run gave.
import { exitCodeOf, summaryOf } from '../summary.js';
import type { EvaluationResult } from '../types.js';

export function evaluationJson(r: EvaluationResult): string {
  const { version, lang, confidential, masked, tender, tenderers, problems, scores } = r;
  const doc = {
    version,
    lang,
    confidential,
    masked,
    tender,
    tenderers,
    problems,
    scores,
    summary: { ...summaryOf(r), exitCode: exitCodeOf(r) },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
