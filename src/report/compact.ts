// `--format compact`: one finding a line, `file:line:col: severity message [rule]`, like ESLint's
// unix and Vale's line formats: for grep, editors' quickfix lists and long CI logs. A place
// without a line (DOCX, ODT, PDF) is named after the message; a missing requirement has none.
import { SEVERITY_LABELS } from '../labels.js';
import { describeLocation } from './location.js';
import { pointOf } from './point.js';
import { printable } from './printable.js';
import type { Formatter } from './types.js';

const W = {
  sv: { suppressed: 'undantag', unreadable: 'kunde inte läsas' },
  en: { suppressed: 'suppressed', unreadable: 'could not be read' },
} as const;

export const compact: Formatter = (result, ctx) => {
  const w = W[ctx.lang];
  const lines: string[] = [];
  for (const file of result.files) {
    const path = printable(file.path);
    if (file.error !== null) {
      lines.push(`${path}: ${SEVERITY_LABELS.error[ctx.lang]} ${w.unreadable}: ${printable(file.error)}`);
      continue;
    }
    for (const f of file.findings) {
      const loc = f.location;
      const where = loc?.line !== undefined ? `${path}:${loc.line}:${loc.column ?? 1}` : path;
      const place = loc && loc.line === undefined ? ` (${describeLocation(loc, ctx.lang)})` : '';
      lines.push(
        `${where}: ${SEVERITY_LABELS[f.severity][ctx.lang]} ${printable(pointOf(f))}${printable(place)} [${f.ruleId}]`,
      );
    }
    for (const c of file.coverage) {
      if (c.status !== 'suppressed') continue;
      const where = c.location?.line !== undefined ? `${path}:${c.location.line}:1` : path;
      lines.push(`${where}: ${w.suppressed} ${printable(c.reason ?? '')} [${c.ruleId}]`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};
