// The matrix as data: one status per document × rule, and the counts the summaries show.
import type { FileResult, LintResult, LintSummary } from '../../lint/types.js';
import { firstClause } from '../../packs/clause.js';
import {
  KINDS,
  type Coverage,
  type Finding,
  type FindingKind,
  type RequirementKind,
  type Rule,
  type Severity,
} from '../../types.js';
import { ruleAnchor } from './escape.js';

/** What a cell shows; missing cells carry their severity in the status itself. */
export type CellStatus = 'covered' | 'suppressed' | Severity | 'off';

/** Statuses a row can be filtered by, in legend order. */
export const FILTER_STATUSES = [
  'covered',
  'suppressed',
  'error',
  'warning',
  'info',
  'language',
  'weak',
  'unreadable',
] as const;
export type FilterStatus = (typeof FILTER_STATUSES)[number];

export interface Cell {
  status: CellStatus;
  /** The finding that makes the cell missing. */
  finding?: Finding;
  /** The coverage entry that makes the cell covered or suppressed. */
  coverage?: Coverage;
  /** Other findings about the same rule in the same document (e.g. an unused suppression). */
  notes: Finding[];
}

export interface Column {
  rule: Rule;
  /** Safe fragment id part for the rule. */
  anchor: string;
  /**
   * The rule's requirement kind. The result does not say which level was linted, so this is
   * the base level's kind: the level every tender is expected to reach.
   */
  kind: RequirementKind;
  covered: number;
  suppressed: number;
  missing: number;
  /** Readable documents in which the rule was checked (not `off`). */
  checked: number;
}

export interface Counts {
  covered: number;
  suppressed: number;
  missing: number;
  /** Writing-quality findings: their rules have no column, so the row counts them beside it. */
  language: number;
  weak: number;
}

/** Finding kinds in the order the summary lists them. */
export const FINDING_KINDS: readonly FindingKind[] = ['missing', 'weak', 'language', 'suppression', 'unreadable'];

export interface Row {
  file: FileResult;
  /** null when the file could not be read. */
  cells: Cell[] | null;
  /** Findings whose rule is not a column (e.g. a suppression naming an unknown rule). */
  extra: Finding[];
  counts: Counts;
}

export interface Matrix {
  columns: Column[];
  rows: Row[];
  /** Pack ids in column order, without duplicates. */
  packs: string[];
  /** Kinds present among the columns. */
  kinds: RequirementKind[];
  missingBySeverity: Record<Severity, number>;
  /**
   * Every finding by severity: the result's own summary, the very figures the CLI prints
   * (stylish, json), so the report can never count differently.
   */
  summary: LintSummary;
  /** Every finding by kind, over all documents. */
  byKind: Record<FindingKind, number>;
}

/** A finding that decides a cell (rather than being a note on it). */
const DECISIVE = new Set<Finding['kind']>(['missing', 'weak', 'unreadable']);

/** Builds the matrix. Rules come from the result; the context's rules are the fallback. */
export function buildMatrix(result: LintResult, fallbackRules: readonly Rule[]): Matrix {
  const rules = result.rules.length > 0 ? result.rules : fallbackRules;
  const columns: Column[] = rules.map((rule, i) => ({
    rule,
    anchor: ruleAnchor(rule.id, i),
    kind: firstClause(rule).clause.kind,
    covered: 0,
    suppressed: 0,
    missing: 0,
    checked: 0,
  }));
  const index = new Map(columns.map((c, i) => [c.rule.id, i]));
  const missingBySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byKind: Record<FindingKind, number> = { missing: 0, weak: 0, language: 0, suppression: 0, unreadable: 0 };
  for (const file of result.files) for (const f of file.findings) byKind[f.kind]++;
  const rows = result.files.map((file): Row => {
    const counts: Counts = { covered: 0, suppressed: 0, missing: 0, language: 0, weak: 0 };
    for (const f of file.findings) if (f.kind === 'language' || f.kind === 'weak') counts[f.kind]++;
    if (file.error !== null) return { file, cells: null, extra: [...file.findings], counts };
    const cells: Cell[] = columns.map(() => ({ status: 'off', notes: [] }));
    const extra: Finding[] = [];
    for (const c of file.coverage) {
      const cell = cellFor(cells, index, c.ruleId);
      if (cell && cell.status === 'off') {
        cell.status = c.status;
        cell.coverage = c;
      }
    }
    for (const f of file.findings) {
      const cell = cellFor(cells, index, f.ruleId);
      if (!cell) extra.push(f);
      else if (cell.status === 'off' && DECISIVE.has(f.kind)) {
        cell.status = f.severity;
        cell.finding = f;
      } else cell.notes.push(f);
    }
    cells.forEach((cell, i) => {
      const col = columns[i];
      if (!col || cell.status === 'off') return;
      col.checked++;
      if (cell.status === 'covered') {
        col.covered++;
        counts.covered++;
      } else if (cell.status === 'suppressed') {
        col.suppressed++;
        counts.suppressed++;
      } else {
        col.missing++;
        counts.missing++;
        missingBySeverity[cell.status]++;
      }
    });
    return { file, cells, extra, counts };
  });
  const packs = [...new Set(columns.map((c) => c.rule.pack))];
  const kinds = KINDS.filter((k) => columns.some((c) => c.kind === k));
  return { columns, rows, packs, kinds, missingBySeverity, summary: result.summary, byKind };
}

function cellFor(cells: Cell[], index: Map<string, number>, ruleId: string): Cell | undefined {
  const i = index.get(ruleId);
  return i === undefined ? undefined : cells[i];
}

/** Fragment id of a cell's details entry, e.g. `f3-diskrl3.pay` (documents 1-based). */
export const cellId = (doc: number, col: Column): string => `f${doc + 1}-${col.anchor}`;
/** Fragment id of a document's matrix row. */
export const rowId = (doc: number): string => `d${doc + 1}`;
/** Fragment id of a document's details section. */
export const docId = (doc: number): string => `doc${doc + 1}`;
/** Fragment id of a rule's entry in the rules table. */
export const ruleId = (col: Column): string => `r-${col.anchor}`;
/** Fragment id of a document's writing-quality notes. */
export const qualityId = (doc: number): string => `q${doc + 1}`;
