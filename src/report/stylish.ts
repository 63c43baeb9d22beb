// `--format stylish`: for people at a terminal. Grouped by file, coloured, a summary line.
import { Chalk, type ChalkInstance } from 'chalk';
import type { FindingKind, Lang, Severity } from '../types.js';
import type { FileResult } from '../lint/types.js';
import { describeLocation } from './location.js';
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
      `${n} ${n === 1 ? 'problem' : 'problem'} (${e} fel, ${w} ${w === 1 ? 'varning' : 'varningar'}, ${i} info) i ${files} ${files === 1 ? 'fil' : 'filer'}`,
    clean: (files: number) => `Inga problem i ${files} ${files === 1 ? 'fil' : 'filer'}`,
    failed: (n: number) => `${n} ${n === 1 ? 'fil' : 'filer'} kunde inte läsas`,
  },
  en: {
    severity: { error: 'error', warning: 'warning', info: 'info' } as Record<Severity, string>,
    kind: { language: 'language', weak: 'weak requirement' } as Partial<Record<FindingKind, string>>,
    suppressed: 'suppressed',
    suggestion: 'Suggestion',
    covered: (n: number) => `${n} ${n === 1 ? 'requirement' : 'requirements'} present`,
    unreadable: 'could not be read',
    problems: (n: number, e: number, w: number, i: number, files: number) =>
      `${n} ${n === 1 ? 'problem' : 'problems'} (${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'}, ${i} info) in ${files} ${files === 1 ? 'file' : 'files'}`,
    clean: (files: number) => `No problems in ${files} ${files === 1 ? 'file' : 'files'}`,
    failed: (n: number) => `${n} ${n === 1 ? 'file' : 'files'} could not be read`,
  },
} as const;

const paint = (c: ChalkInstance, s: Severity) => (s === 'error' ? c.red : s === 'warning' ? c.yellow : c.blue);

/** Indents every line of a possibly multi-line text. */
const indent = (text: string, pad: string) => text.split(/\r?\n/).map((l) => pad + l).join('\n');

function fileBlock(file: FileResult, c: ChalkInstance, lang: Lang): string[] {
  const w = W[lang];
  const covered = file.coverage.filter((x) => x.status === 'covered').length;
  const meta = file.error === null ? c.dim(` (${file.format}, ${file.lang}; ${w.covered(covered)})`) : '';
  // Everything from a file (its name, its words, a pack's texts) is printed through p().
  const lines = [c.underline(p(file.path)) + meta];
  for (const f of file.findings) {
    const where = p(describeLocation(f.location, lang));
    // Writing-quality findings say what kind they are; a missing requirement says so in its message.
    const kind = w.kind[f.kind];
    const label = kind ? `${c.bold(kind)}: ` : '';
    lines.push(`  ${paint(c, f.severity)(w.severity[f.severity].padEnd(8))}  ${label}${p(f.message)}  ${c.dim(p(f.ruleId))}${where ? c.dim(`  ${where}`) : ''}`);
    if (f.suggestion) lines.push(c.dim(`            ${w.suggestion}:`), c.green(indent(p(f.suggestion, { lines: true }), '              ')));
  }
  for (const s of file.coverage) {
    if (s.status !== 'suppressed') continue;
    const where = p(describeLocation(s.location, lang));
    lines.push(`  ${c.gray(w.suppressed.padEnd(8))}  ${p(s.reason ?? '')}  ${c.dim(p(s.ruleId))}${where ? c.dim(`  ${where}`) : ''}`);
  }
  return lines;
}

/** Findings grouped by file; suppressed rules with their reasons; a summary line at the end. */
export const stylish: Formatter = (result, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const w = W[ctx.lang];
  const out: string[] = [];
  for (const file of result.files) {
    // An unreadable file was named on stderr with its problem; the summary names it once more.
    const hasSomething = file.error === null && (file.findings.length > 0 || file.coverage.some((x) => x.status === 'suppressed'));
    if (!hasSomething) continue;
    out.push(...fileBlock(file, c, ctx.lang), '');
  }
  const { errors, warnings, infos, files } = result.summary;
  const total = errors + warnings + infos;
  const unreadable = result.files.filter((f) => f.error !== null);
  const failed = unreadable.length;
  if (total > 0) out.push(paint(c, errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'info').bold(`✖ ${w.problems(total, errors, warnings, infos, files)}`));
  else if (failed === 0) out.push(c.green(`✔ ${w.clean(files)}`));
  if (failed > 0) {
    const names = unreadable.slice(0, 3).map((f) => p(f.path)).join(', ') + (failed > 3 ? ', …' : '');
    out.push(c.red.bold(`✖ ${w.failed(failed)}: ${names}`));
  }
  return `${out.join('\n')}\n`;
};
