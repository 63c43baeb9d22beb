// `--format github`: workflow commands that GitHub Actions turns into annotations on files.
import type { Severity } from '../types.js';
import { describeLocation } from './location.js';
import { printable } from './printable.js';
import type { Formatter } from './types.js';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
};

const W = {
  sv: { suppressed: 'Undantag', suggestion: 'Förslag', unreadable: 'Kunde inte läsas' },
  en: { suppressed: 'Suppressed', suggestion: 'Suggestion', unreadable: 'Could not be read' },
} as const;

/**
 * Escapes a message (the data after `::`): `%`, CR and LF, as the Actions toolkit does, then
 * any other control character written out (an escape sequence from a PDF would reach the log).
 */
export const escapeData = (s: string) => printable(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));

/** Escapes a property value: as data, plus `:` and `,`, which would end the property. */
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function command(kind: string, props: Record<string, string | number | undefined>, message: string): string {
  const list = Object.entries(props)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${kind} ${list}::${escapeData(message)}`;
}

/** One annotation per finding, per suppressed rule (as a notice) and per unreadable file. */
export const github: Formatter = (result, ctx) => {
  const w = W[ctx.lang];
  const lines: string[] = [];
  for (const file of result.files) {
    if (file.error !== null) {
      lines.push(command('error', { file: file.path, title: `jamkrav: ${w.unreadable}` }, file.error));
      continue;
    }
    for (const f of file.findings) {
      const where = describeLocation(f.location, ctx.lang);
      const text = [f.message, where && `(${where})`].filter(Boolean).join(' ');
      const body = f.suggestion ? `${text}\n\n${w.suggestion}:\n${f.suggestion}` : text;
      lines.push(
        command(
          COMMAND[f.severity],
          { file: file.path, line: f.location?.line, col: f.location?.column, title: `jamkrav ${f.ruleId}` },
          body,
        ),
      );
    }
    for (const c of file.coverage) {
      if (c.status !== 'suppressed') continue;
      lines.push(
        command(
          'notice',
          { file: file.path, line: c.location?.line, title: `jamkrav ${c.ruleId}` },
          `${w.suppressed}: ${c.reason ?? ''}`,
        ),
      );
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};
