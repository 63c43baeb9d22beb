// `--format stylish`: for people at a terminal. Grouped by file, coloured, a summary line.
import { Chalk, type ChalkInstance } from 'chalk';
import type { FindingKind, Lang, Severity } from '../types.js';
import type { FileResult } from '../lint/types.js';
import { describeLocation } from './location.js';
import { pointOf } from './point.js';
import { printable as p } from './printable.js';
import type { Formatter } from './types.js';

const W = {
  sv: {
    severity: { error: 'fel', warning: 'varning', info: 'info' } as Record<Severity, string>,
    kind: { language: 'språk', weak: 'svagt krav' } as Partial<Record<FindingKind, string>>,
    suppressed: 'undantag',
    suggestion: 'Förslag',
    covered: (n: number) => `${n} krav finns`,
    unreadable: 'kunde inte läsas',
    problems: (n: number, e: number, w: number, i: number, files: number) =>
      `${n} ${n === 1 ? 'problem' : 'problem'} (${e} fel, ${w} ${w === 1 ? 'varning' : 'varningar'}, ${i} info) i ` +
      `${files} ${files === 1 ? 'fil' : 'filer'}`,
    clean: (files: number) => `Inga problem i ${files} ${files === 1 ? 'fil' : 'filer'}`,
    failed: (n: number) => `${n} ${n === 1 ? 'fil' : 'filer'} kunde inte läsas`,
    perRule: 'Per regel:',
    files: (n: number) => `${n} ${n === 1 ? 'fil' : 'filer'}`,
  },
  en: {
    severity: { error: 'error', warning: 'warning', info: 'info' } as Record<Severity, string>,
    kind: { language: 'language', weak: 'weak requirement' } as Partial<Record<FindingKind, string>>,
    suppressed: 'suppressed',
    suggestion: 'Suggestion',
    covered: (n: number) => `${n} ${n === 1 ? 'requirement' : 'requirements'} present`,
    unreadable: 'could not be read',
    problems: (n: number, e: number, w: number, i: number, files: number) =>
      `${n} ${n === 1 ? 'problem' : 'problems'} (${e} ${e === 1 ? 'error' : 'errors'}, ${w} ` +
      `${w === 1 ? 'warning' : 'warnings'}, ${i} info) in ${files} ${files === 1 ? 'file' : 'files'}`,
    clean: (files: number) => `No problems in ${files} ${files === 1 ? 'file' : 'files'}`,
    failed: (n: number) => `${n} ${n === 1 ? 'file' : 'files'} could not be read`,
    perRule: 'Per rule:',
    files: (n: number) => `${n} ${n === 1 ? 'file' : 'files'}`,
  },
} as const;

const paint = (c: ChalkInstance, s: Severity) => (s === 'error' ? c.red : s === 'warning' ? c.yellow : c.blue);

/** The column where a finding's text starts, after its severity. */
const TEXT_COLUMN = 11;
/** From this many files on, the report ends with a count of problems per rule. */
const MANY_FILES = 10;

/**
 * `text` as lines starting at column `pad`, each at most `width` wide when a terminal's width is
 * known (words are kept whole; a word longer than the line stands alone).
 */
function wrapAt(text: string, pad: number, width: number | undefined): string[] {
  const lines = text.split(/\r?\n/);
  if (width === undefined) return lines;
  const room = Math.max(20, width - pad);
  return lines.flatMap((line) => {
    const out: string[] = [];
    let current = '';
    for (const word of line.split(' ')) {
      if (current && [...current].length + 1 + [...word].length > room) {
        out.push(current);
        current = word;
      } else current = current ? `${current} ${word}` : word;
    }
    out.push(current);
    return out;
  });
}

function fileBlock(file: FileResult, c: ChalkInstance, lang: Lang, width: number | undefined): string[] {
  const w = W[lang];
  const covered = file.coverage.filter((x) => x.status === 'covered').length;
  const meta = file.error === null ? c.dim(` (${file.format}, ${file.lang}; ${w.covered(covered)})`) : '';
  const pad = ' '.repeat(TEXT_COLUMN);
  // Everything from a file (its name, its words, a pack's texts) is printed through p().
  const lines = [c.underline(p(file.path)) + meta];
  for (const f of file.findings) {
    // The point first; the rule id and the place on a line of their own, then the clause to add.
    const kind = w.kind[f.kind];
    const text = wrapAt(`${kind ? `${kind}: ` : ''}${p(pointOf(f))}`, TEXT_COLUMN, width);
    lines.push(
      `  ${paint(c, f.severity)(w.severity[f.severity].padEnd(TEXT_COLUMN - 3))} ${text[0]}`,
      ...text.slice(1).map((l) => pad + l),
    );
    const where = p(describeLocation(f.location, lang));
    lines.push(pad + c.dim([p(f.ruleId), where].filter(Boolean).join(' · ')));
    if (f.suggestion) {
      lines.push(pad + c.dim(`${w.suggestion}:`));
      for (const l of wrapAt(p(f.suggestion, { lines: true }), TEXT_COLUMN + 2, width))
        lines.push(c.green(`${pad}  ${l}`));
    }
  }
  for (const s of file.coverage) {
    if (s.status !== 'suppressed') continue;
    const text = wrapAt(p(s.reason ?? ''), TEXT_COLUMN, width);
    lines.push(`  ${c.gray(w.suppressed.padEnd(TEXT_COLUMN - 3))} ${text[0]}`, ...text.slice(1).map((l) => pad + l));
    const where = p(describeLocation(s.location, lang));
    lines.push(pad + c.dim([p(s.ruleId), where].filter(Boolean).join(' · ')));
  }
  return lines;
}

/** For a run over many files: per rule, how many files have a problem with it, worst first. */
function perRule(result: Parameters<Formatter>[0], c: ChalkInstance, lang: Lang): string[] {
  const w = W[lang];
  const counts = new Map<string, { files: number; severity: Severity }>();
  const rank = { error: 0, warning: 1, info: 2 } as const;
  for (const file of result.files) {
    for (const id of new Set(file.findings.map((f) => f.ruleId))) {
      const severity = file.findings
        .filter((f) => f.ruleId === id)
        .map((f) => f.severity)
        .sort((a, b) => rank[a] - rank[b])[0]!;
      const seen = counts.get(id);
      counts.set(id, {
        files: (seen?.files ?? 0) + 1,
        severity: seen && rank[seen.severity] < rank[severity] ? seen.severity : severity,
      });
    }
  }
  if (counts.size === 0) return [];
  const rows = [...counts].sort(
    (a, b) => rank[a[1].severity] - rank[b[1].severity] || b[1].files - a[1].files || a[0].localeCompare(b[0]),
  );
  const idWidth = Math.max(...rows.map(([id]) => [...id].length));
  return [
    c.bold(w.perRule),
    ...rows.map(
      ([id, n]) =>
        `  ${paint(c, n.severity)(w.severity[n.severity].padEnd(TEXT_COLUMN - 3))} ${p(id).padEnd(idWidth)}  ` +
        `${w.files(n.files)}`,
    ),
    '',
  ];
}

/** Findings grouped by file; suppressed rules with their reasons; a summary line at the end. */
export const stylish: Formatter = (result, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const w = W[ctx.lang];
  const out: string[] = [];
  for (const file of result.files) {
    // An unreadable file was named on stderr with its problem; the summary names it once more.
    const hasSomething =
      file.error === null && (file.findings.length > 0 || file.coverage.some((x) => x.status === 'suppressed'));
    if (!hasSomething) continue;
    out.push(...fileBlock(file, c, ctx.lang, ctx.width), '');
  }
  if (result.files.length >= MANY_FILES) out.push(...perRule(result, c, ctx.lang));
  const { errors, warnings, infos, files } = result.summary;
  const total = errors + warnings + infos;
  const unreadable = result.files.filter((f) => f.error !== null);
  const failed = unreadable.length;
  if (total > 0)
    out.push(
      paint(c, errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'info').bold(
        `✖ ${w.problems(total, errors, warnings, infos, files)}`,
      ),
    );
  else if (failed === 0) out.push(c.green(`✔ ${w.clean(files)}`));
  if (failed > 0) {
    const names =
      unreadable
        .slice(0, 3)
        .map((f) => p(f.path))
        .join(', ') + (failed > 3 ? ', …' : '');
    out.push(c.red.bold(`✖ ${w.failed(failed)}: ${names}`));
  }
  return `${out.join('\n')}\n`;
};
