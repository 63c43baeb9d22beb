// Values from a free report (a supplier's own DOCX, PDF or text, read by lint's readers) where no
// form was used: each sentence, list item or table row is given to the indicator whose cue words
// it holds (the longest cue wins; exact words before compounds), and that indicator's value is
// read from it: counts next to "kvinnor"/"män" ("21 kvinnor och 13 män", "Kvinnor: 21", a table's
// Kvinnor and Män columns), a number near the cue, a date, yes or no. A unit with values but no
// cue takes its heading's or lead-in's indicator ("Ledande roller:" then "Kvinnor: 3").
import { tokenise } from '../match/index.js';
import { cleanText } from '../match/normalise.js';
import type { Block } from '../types.js';
import type { CompiledCue } from './cues.js';
import { cueAt } from './cues.js';
import { fieldsOf, reportKey } from './report-keys.js';
import type { IndicatorDef } from './types.js';
import { findDate } from './values.js';

export interface CuedIndicator {
  def: IndicatorDef;
  cues: CompiledCue[];
}

/** A unit of text: its words, and for a table row its cells and its table's header cells. */
interface Unit {
  text: string;
  heading: string;
  cells?: string[];
  header?: string[];
}

const NUM = String.raw`(<\s*5|färre än (?:fem|5)|fewer than (?:five|5)|\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)`;
const WOMEN = '(?:kvinn(?:or|a)|flickor|women|woman|female|girls)';
const MEN = '(?:män|man|pojkar|men|male|boys)';
const NOT_LETTER = String.raw`(?<![\p{L}\d])`;
const END = String.raw`(?![\p{L}])`;

/** "21 kvinnor", "<5 kvinnor" (the number first), or "kvinnor: 21", "kvinnor 21" (the word first). */
function countNear(text: string, sex: string, from: number): string | undefined {
  const before = new RegExp(`${NOT_LETTER}${NUM}\\s+(?:st\\.?\\s+)?${sex}${END}`, 'giu');
  const after = new RegExp(
    `${NOT_LETTER}${sex}${END}\\s*(?:[:=–-]|\\(|är|var|were|was)?\\s*${NUM}` +
      `(?!\\s*(?:%|procent|per cent|percent))(?![\\d-])`,
    'giu',
  );
  const found: Array<{ at: number; value: string }> = [];
  for (const re of [before, after]) {
    for (const m of text.matchAll(re))
      if (!/^\d{4}$/.test(m[1]!) || Number(m[1]) < 1900) found.push({ at: m.index, value: m[1]! });
  }
  if (found.length === 0) return undefined;
  // The first after the cue; failing that, the last before it.
  const later = found.filter((f) => f.at >= from).sort((a, b) => a.at - b.at);
  return (later[0] ?? found.sort((a, b) => b.at - a.at)[0])!.value.replace(/\s+/g, ' ');
}

/** A number near the cue: the first after it, else the last before it; "inga"/"no" count as 0. */
function numberNear(text: string, from: number, hours: boolean): string | undefined {
  const re = hours
    ? /(?<![\p{L}\d.,-])(\d{1,6}(?:[.,]\d{1,2})?)(?![\d-]|\s*%|[.,]\d)/gu
    : new RegExp(`${NOT_LETTER}${NUM}(?![\\d-]|\\s*%)`, 'giu');
  const all = [...text.matchAll(re)].filter((m) => !/^(19|20)\d{2}$/.test(m[1]!) && !isInDate(text, m.index));
  const later = all.find((m) => m.index >= from);
  const chosen = later ?? all[all.length - 1];
  if (chosen) return chosen[1]!.replace(/\s+/g, ' ');
  if (/\b(inga|inget|ingen|none|no|zero|noll)\b/iu.test(text)) return '0';
  return undefined;
}

function isInDate(text: string, at: number): boolean {
  const around = text.slice(Math.max(0, at - 8), at + 12);
  return /\d{4}-\d{1,2}-\d{1,2}/.test(around);
}

const NEGATION = /(?<![\p{L}])(inte|ej|saknas|saknar|nej|no|not|lacks?|none|without)(?![\p{L}])/iu;
const AFFIRM = /(?<![\p{L}])(ja|yes|finns|har|have|has|in place|exists?|tillämpar|applies|apply|uses?)(?![\p{L}])/iu;

function yesNo(text: string): string | undefined {
  if (NEGATION.test(text)) return 'nej';
  if (AFFIRM.test(text)) return 'ja';
  return undefined;
}

/** The values one indicator takes from a unit, by field key; undefined when the unit holds none. */
function valuesFrom(ind: CuedIndicator, unit: Unit, cueStart: number): Map<string, string> | undefined {
  const def = ind.def;
  const out = new Map<string, string>();
  if (unit.cells && unit.header) {
    // A table with columns for women and men, or for a value.
    const col = (re: RegExp) => unit.header!.findIndex((h) => re.test(h.toLowerCase()));
    if (def.kind === 'by-sex') {
      const w = col(new RegExp(`^\\s*${WOMEN}`, 'u'));
      const m = col(new RegExp(`^\\s*${MEN}`, 'u'));
      if (w > 0 && m > 0 && unit.cells[w]?.trim() && unit.cells[m]?.trim()) {
        out.set(reportKey(def.id, 'women'), unit.cells[w]!.trim());
        out.set(reportKey(def.id, 'men'), unit.cells[m]!.trim());
        return out;
      }
    } else if (unit.cells.length >= 2) {
      const value = unit.cells
        .slice(1)
        .map((c) => c.trim())
        .filter(Boolean)
        .join(' ');
      const got = single(def, value, 0);
      if (got !== undefined) return new Map([[reportKey(def.id, 'value'), got]]);
    }
  }
  if (def.kind === 'by-sex') {
    const w = countNear(unit.text, WOMEN, cueStart);
    const m = countNear(unit.text, MEN, cueStart);
    if (w === undefined || m === undefined) return undefined;
    out.set(reportKey(def.id, 'women'), w);
    out.set(reportKey(def.id, 'men'), m);
    return out;
  }
  const got = single(def, unit.text, cueStart);
  return got === undefined ? undefined : new Map([[reportKey(def.id, fieldsOf(def.kind)[0]!), got]]);
}

function single(def: IndicatorDef, text: string, from: number): string | undefined {
  switch (def.kind) {
    case 'date':
      return findDate(text.slice(from)) ?? findDate(text);
    case 'yes-no':
      return yesNo(text);
    case 'hours':
      return numberNear(text, from, true);
    default:
      return numberNear(text, from, false);
  }
}

/** The indicators whose cues a text holds, best first, with where the cue starts (in characters). */
function candidates(text: string, indicators: readonly CuedIndicator[]): Array<{ ind: CuedIndicator; at: number }> {
  const lower = text.toLowerCase();
  const tokens = tokenise(lower);
  const scored: Array<{ ind: CuedIndicator; score: number; at: number; order: number }> = [];
  indicators.forEach((ind, order) => {
    let best: { score: number; token: number } | undefined;
    for (const cue of ind.cues) {
      const hit = cueAt(cue, tokens);
      if (!hit) continue;
      const score = cue.words.length * 10 + cue.words.filter((w) => w.pattern.kind === 'exact').length;
      if (!best || score > best.score) best = { score, token: hit.start };
    }
    if (best) scored.push({ ind, score: best.score, at: charOfToken(lower, tokens, best.token), order });
  });
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map(({ ind, at }) => ({ ind, at }));
}

function charOfToken(text: string, tokens: readonly string[], index: number): number {
  let at = 0;
  for (let i = 0; i <= index; i++) {
    const found = text.indexOf(tokens[i]!, at);
    if (found < 0) return 0;
    at = i === index ? found : found + tokens[i]!.length;
  }
  return at;
}

/** Sentences of a paragraph: a split after . ! ? ; before a capital or a digit. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+(?=[\p{Lu}\d<])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The document's units in order: sentences of paragraphs and list items, rows of tables. */
function unitsOf(blocks: readonly Block[]): Unit[] {
  const units: Unit[] = [];
  const rows = new Map<string, { cells: string[]; heading: string; table: number; row: number }>();
  const headers = new Map<number, string[]>();
  const order: Array<string | Unit> = [];
  for (const b of blocks) {
    const heading = b.headingPath[b.headingPath.length - 1] ?? '';
    const text = cleanText(b.text);
    if (b.table) {
      const key = `${b.table.id}:${b.table.row}`;
      let row = rows.get(key);
      if (!row) {
        row = { cells: [], heading, table: b.table.id, row: b.table.row };
        rows.set(key, row);
        order.push(key);
      }
      row.cells[b.table.col - 1] = row.cells[b.table.col - 1] ? `${row.cells[b.table.col - 1]} ${text}` : text;
      continue;
    }
    if (b.kind === 'heading') {
      order.push({ text, heading: text });
      continue;
    }
    for (const s of sentences(text)) order.push({ text: s, heading });
  }
  for (const item of order) {
    if (typeof item !== 'string') {
      units.push(item);
      continue;
    }
    const row = rows.get(item)!;
    const cells = Array.from(row.cells, (c) => c ?? '');
    if (row.row === 1) headers.set(row.table, cells);
    const header = headers.get(row.table);
    units.push({ text: cells.join(' | '), heading: row.heading, cells, ...(header && row.row > 1 ? { header } : {}) });
  }
  return units;
}

/**
 * Every indicator value a free report gives, by field key (`jamkrav:leaders:women` → "3"): the
 * raw text of each, read as a form field's text would be. Each indicator is taken once, from the
 * first unit that gives it.
 */
export function extractValues(blocks: readonly Block[], indicators: readonly CuedIndicator[]): Map<string, string> {
  const out = new Map<string, string>();
  const done = new Set<string>();
  let context: Array<{ ind: CuedIndicator; at: number }> = [];
  let lastHeading = '';
  for (const unit of unitsOf(blocks)) {
    if (unit.heading !== lastHeading) {
      lastHeading = unit.heading;
      context = candidates(unit.heading, indicators).map((c) => ({ ind: c.ind, at: 0 }));
    }
    const own = candidates(unit.text, indicators);
    let taken = false;
    for (const c of [...own, ...(own.length === 0 ? context : [])]) {
      if (done.has(c.ind.def.id)) continue;
      const values = valuesFrom(c.ind, unit, c.at);
      if (!values) continue;
      for (const [k, v] of values) out.set(k, v);
      done.add(c.ind.def.id);
      taken = true;
      break;
    }
    // Under a heading or lead-in, women and men may stand in list items of their own.
    const led =
      own.length === 0 ? context.find((c) => c.ind.def.kind === 'by-sex' && !done.has(c.ind.def.id)) : undefined;
    if (!taken && led) {
      const id = led.ind.def.id;
      for (const [sex, re] of [
        ['women', WOMEN],
        ['men', MEN],
      ] as const) {
        const v = countNear(unit.text, re, 0);
        if (v !== undefined && !out.has(reportKey(id, sex))) out.set(reportKey(id, sex), v);
      }
      if (out.has(reportKey(id, 'women')) && out.has(reportKey(id, 'men'))) done.add(id);
      taken = out.has(reportKey(id, 'women')) || out.has(reportKey(id, 'men'));
    }
    // A cue without a value leads in the units that follow ("Ledande roller:" then "Kvinnor: 3").
    if (!taken && own.length > 0 && !unit.cells) context = own.map((c) => ({ ind: c.ind, at: 0 }));
  }
  return out;
}
