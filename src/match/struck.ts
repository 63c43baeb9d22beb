// Clauses marked as struck out: "14.5 [Not used.]", "6.4 | Utgår (se rättelse nr 1) …",
// "12.7 … Utgår (beslut KS 2025-05-14).". Such a paragraph or table row is no requirement,
// whatever it still quotes; nor is a part attached for information only ("Bilaga 5 (för
// kännedom)"), nor a term a form leaves unticked ("☐ 5.5 Vite …").

import type { Block } from '../types.js';
import type { SentencePhrases } from './phrases.js';
import { type Boxes, KIND } from './reading.js';
import type { SegmentLayout } from './units.js';

/** The first word of a text past a label ("14.6", "B5", "(a)", "AFC.62"). */
const FIRST_WORD =
  /^[^\p{L}\p{N}]*(?:(?:[\p{L}\p{N}.'’-]*\d[\p{L}\p{N}.'’-]*|\p{L})(?![\p{L}\p{N}])[^\p{L}\p{N}]*)?(\p{L}+)/u;

/** Words a marker may run on with ("Utgår i sin helhet", "Deleted by Special Conditions"). */
const RUN_ON = new Set(['by', 'in', 'from', 'per', 'as', 'i', 'från', 'enligt', 'genom', 'se', 'see']);

/**
 * Whether a sentence opens, past its label ("14.6", "B5", "(a)", "AFC.62"), with one of the
 * markers (each a list of lower-case words) standing alone: followed by nothing, by punctuation
 * or by a word it runs on with. "Utgår med 5 000 kr" (a sum payable) and "Deleted data must …"
 * are no markers.
 */
export function opensStruck(text: string, markers: readonly (readonly string[])[]): boolean {
  // A cheap look first: most sentences open with no marker's first word.
  const first = FIRST_WORD.exec(text.length > 80 ? text.slice(0, 80) : text)?.[1]?.toLowerCase();
  if (first === undefined || !markers.some((m) => m[0] === first)) return false;
  const head = text.length > 160 ? text.slice(0, 160) : text;
  const words: { word: string; end: number }[] = [];
  for (const m of head.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu)) {
    const word = m[0].replace(/\.+$/, '').toLowerCase();
    // A label: a token with a digit, or a lone letter ("a" of "a)").
    if (words.length === 0 && (/\d/.test(word) || word.length === 1)) continue;
    words.push({ word, end: m.index + m[0].replace(/\.+$/, '').length });
    if (words.length === 5) break;
  }
  for (const marker of markers) {
    if (marker.length > words.length) continue;
    if (!marker.every((w, i) => words[i]!.word === w)) continue;
    const next = words[marker.length];
    const between = head.slice(words[marker.length - 1]!.end, next ? next.end - next.word.length : head.length);
    if (!next || /[^\s*_~\]]/u.test(between) || RUN_ON.has(next.word)) return true;
  }
  return false;
}

/**
 * The blocks struck out: a paragraph or item whose first or last sentence opens with a marker, and
 * every cell of a table row where one cell does.
 */
export function struckBlocks(
  blocks: readonly Block[],
  segments: readonly SegmentLayout[],
  markers: readonly (readonly string[])[],
): Uint8Array {
  const struck = new Uint8Array(blocks.length);
  if (markers.length === 0) return struck;
  const rows = new Set<string>();
  for (let s = 0; s < segments.length; s++) {
    const b = segments[s]!.block;
    const first = s === 0 || segments[s - 1]!.block !== b;
    const last = s + 1 === segments.length || segments[s + 1]!.block !== b;
    if (!(first || last) || !opensStruck(segments[s]!.text, markers)) continue;
    struck[b] = 1;
    const table = blocks[b]!.table;
    if (table) rows.add(`${table.id}:${table.row}`);
  }
  strikeRows(blocks, rows, struck);
  return struck;
}

/** Marks in `struck` every cell of the table rows in `rows` (keys "table:row"). */
function strikeRows(blocks: readonly Block[], rows: ReadonlySet<string>, struck: Uint8Array): void {
  if (rows.size === 0) return;
  blocks.forEach((block, b) => {
    if (block.table && rows.has(`${block.table.id}:${block.table.row}`)) struck[b] = 1;
  });
}

/**
 * Whether one of the markers (each its lower-case words) stands in `text` as a run of words
 * starting among its first `within` + 1 words.
 */
function holdsMarker(text: string, markers: readonly (readonly string[])[], within: number): boolean {
  const longest = Math.max(...markers.map((m) => m.length));
  const words = (text.toLowerCase().match(/\p{L}[\p{L}-]*/gu) ?? []).slice(0, within + longest);
  return markers.some((m) => words.some((_, i) => i <= within && m.every((w, k) => words[i + k] === w)));
}

/** How many words may stand before those saying a sentence quotes a former wording ("Avsnitt 6.1 … löd"). */
const FORMER_WITHIN = 8;

/** Quotation marks: a quotation opened and not closed in a sentence goes on into the next. */
const QUOTES = /["“”]/g;

/**
 * The sentences that quote a clause's former wording: one whose first words, before any colon or
 * quotation mark, hold one of the markers ("Punkten löd: "Leverantören ska …"", "Tidigare
 * lydelse: …"), and the sentences of its paragraph up to the end of a quotation it opens.
 */
export function formerWordingSentences(
  segments: readonly SegmentLayout[],
  markers: readonly (readonly string[])[],
): Uint8Array {
  const former = new Uint8Array(segments.length);
  if (markers.length === 0) return former;
  for (let s = 0; s < segments.length; s++) {
    const text = segments[s]!.text;
    if (!holdsMarker(text.slice(0, 160).split(/[:"“”]/u, 1)[0]!, markers, FORMER_WITHIN)) continue;
    former[s] = 1;
    // "Stycket löd: "Leverantören ska … . Leverantören ska också …"": to the quotation's end.
    let open = (text.match(QUOTES)?.length ?? 0) % 2 === 1;
    for (let t = s + 1; open && t < segments.length && segments[t]!.block === segments[s]!.block; t++) {
      former[t] = 1;
      if ((segments[t]!.text.match(QUOTES)?.length ?? 0) % 2 === 1) open = false;
    }
  }
  return former;
}

/** Kinds of phrase that bind someone: a sentence holding one is no note that a part is informative. */
const BINDING_KINDS = KIND.duty | KIND.commitment | KIND['tenderer-imperative'] | KIND.requiring;
/** How many words of a heading or a section's first sentence may stand before a marker. */
const NOTE_WORDS = 30;

/**
 * Marks in `struck` the sections attached for information only: a heading holding one of the
 * markers ("Bilaga 5 (för kännedom)"), or whose first sentence under it holds one and binds no one
 * ("Bilagan bifogas för kännedom om bolagets värdegrund."), with every block under it up to the
 * next heading of its level or above; and a paragraph opening with one ("D1 For information only:
 * the Authority publishes …"). An authority's own equality plan quoted in an annex for
 * information ("Bolaget ska varje år genomföra en lönekartläggning …") asks nothing of a supplier.
 */
export function informativeBlocks(
  blocks: readonly Block[],
  segments: readonly SegmentLayout[],
  phrasesOf: readonly (SentencePhrases | null)[],
  markers: readonly (readonly string[])[],
  struck: Uint8Array,
): void {
  if (markers.length === 0) return;
  const firstSegment = new Int32Array(blocks.length).fill(-1);
  for (let s = segments.length - 1; s >= 0; s--) firstSegment[segments[s]!.block] = s;
  const holds = (text: string): boolean => holdsMarker(text, markers, NOTE_WORDS);
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    const s = firstSegment[b]!;
    if (block.kind !== 'heading') {
      if (s >= 0 && opensStruck(segments[s]!.text, markers)) struck[b] = 1;
      continue;
    }
    const note = b + 1 < blocks.length && blocks[b + 1]!.kind !== 'heading' ? firstSegment[b + 1]! : -1;
    const noted =
      holds(block.text) ||
      (note >= 0 && ((phrasesOf[note]?.kinds ?? 0) & BINDING_KINDS) === 0 && holds(segments[note]!.text));
    if (!noted) continue;
    const level = block.level ?? 1;
    struck[b] = 1;
    for (let c = b + 1; c < blocks.length; c++) {
      const next = blocks[c]!;
      if (next.kind === 'heading' && (next.level ?? 1) <= level) break;
      struck[c] = 1;
    }
  }
}

/**
 * Marks in `struck` the terms a form leaves unchosen: where a paragraph, item or cell opens with a
 * ticked box ("☒ 5.1 Leverantören har en lönekartläggning …"; a key saying what the boxes mean
 * does not count), a paragraph, item or cell opening with an empty box ("☐ 5.5 Vite vid brott
 * mot 5.1–5.3 …") is a term the buyer did not choose, and so is the whole table row whose first
 * cell opens with one (a box in a later cell, "☐ Nej" beside "☒ Ja", is an answer not given: that
 * cell only). A blank form, no term ticked, is read as written.
 */
export function unchosenBlocks(blocks: readonly Block[], boxes: Boxes, struck: Uint8Array): void {
  const { ticked, empty } = boxes;
  if (!ticked || !empty || !blocks.some((b) => ticked.test(b.text))) return;
  const rows = new Set<string>();
  blocks.forEach((block, b) => {
    if (!empty.test(block.text)) return;
    struck[b] = 1;
    if (block.table?.col === 1) rows.add(`${block.table.id}:${block.table.row}`);
  });
  strikeRows(blocks, rows, struck);
}
