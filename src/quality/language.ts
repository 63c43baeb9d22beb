// Document × language packs → `language` findings: what to avoid, why, what to write instead,
// where (block, range, and line/column for Markdown and text), and the words around it.
import { fmt } from '../i18n.js';
import type { Block, Document, Lang, Text } from '../types.js';
import type { WordTest } from '../match/index.js';
import { compilePack, type CompiledPack } from './compile.js';
import { couldTrigger } from './quick.js';
import { lineStarts, sourcePosition } from './position.js';
import { scanText, type LanguageMatch } from './scan.js';
import type { LanguagePack, QualityFinding, QualityLocation } from './types.js';
import { wordsOf } from './words.js';

export interface LanguageFindingOptions {
  /** Only packs of this language are used (e.g. the document's detected language); default all. */
  docLang?: Lang;
  /** The file's source, for Markdown and text: gives each finding its own line and column. */
  source?: string;
  /** Rules for which this returns false are not checked (config `off`, suppressions). */
  isEnabled?: (ruleId: string) => boolean;
  /** Severity per rule id from the config, overriding the pack's. */
  severity?: Record<string, 'off' | 'error' | 'warning' | 'info'>;
  /**
   * Per block, 0 where it certainly holds no word passing `test` (its words normalised, lower
   * case, as the evidence matcher's tokens), else 1; or null. Blocks at 0 are not scanned: the
   * test passes every word at which a match could start or go on (see `mayHoldMatch`).
   */
  blocksWithWord?: (test: WordTest) => Uint8Array | null;
}

const M = {
  replace: {
    sv: 'Undvik ”{text}”: {reason} Skriv hellre ”{to}”. I sammanhanget: ”{context}” (källa: {source})',
    en: 'Avoid "{text}": {reason} Write "{to}" instead. In context: "{context}" (source: {source})',
  },
  advise: {
    sv: 'Undvik ”{text}”: {reason} {advice} I sammanhanget: ”{context}” (källa: {source})',
    en: 'Avoid "{text}": {reason} {advice} In context: "{context}" (source: {source})',
  },
} satisfies Record<string, Text>;

/**
 * Whether a matcher token (a word in lower case, see `tokenise`) may hold a word at which
 * `couldTrigger` holds for a pack: the scanner's words of a plain text are the tokens, or pieces
 * of them between dots (`bl.a`), with a closing apostrophe after `s` ("suppliers'") — which
 * the token leaves out, so it is tried with one too. Plain text holds no `’`, `‐` or `‑`, so a
 * piece is its own folded form.
 */
export function mayHoldMatch(token: string, packs: readonly CompiledPack[]): boolean {
  for (const piece of token.split('.')) {
    for (const cp of packs) {
      if (couldTrigger(piece, cp)) return true;
      if (piece.endsWith('s') && couldTrigger(`${piece}'`, cp)) return true;
    }
  }
  return false;
}

/**
 * The word test of the last list of packs: the same function for every document of a run, so its
 * answers are remembered.
 */
let lastTest: { packs: readonly CompiledPack[]; test: WordTest } | null = null;

function wordTestOf(packs: readonly CompiledPack[]): WordTest {
  if (lastTest && lastTest.packs.length === packs.length && lastTest.packs.every((p, i) => p === packs[i]))
    return lastTest.test;
  const list = [...packs];
  lastTest = { packs: list, test: (token) => mayHoldMatch(token, list) };
  return lastTest.test;
}

/** Words either side of a match that the message quotes. */
const CONTEXT_WORDS = 5;

/** The match with a few words either side, `…` where the text goes on. */
export function contextOf(text: string, start: number, end: number): string {
  const words = wordsOf(text);
  const before = words.filter((w) => w.end <= start);
  const after = words.filter((w) => w.start >= end);
  const from = before.length > CONTEXT_WORDS ? before[before.length - CONTEXT_WORDS]!.start : 0;
  const to = after.length > CONTEXT_WORDS ? after[CONTEXT_WORDS - 1]!.end : text.length;
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}

function locationOf(
  block: Block,
  m: LanguageMatch,
  source: string | undefined,
  starts: number[] | null,
): QualityLocation {
  const heading = block.headingPath[block.headingPath.length - 1];
  const loc: QualityLocation = { ...block.loc, range: { start: m.start, end: m.end } };
  if (heading !== undefined) loc.heading = heading;
  if (source !== undefined && starts) {
    const pos = sourcePosition(source, starts, block.loc, block.text, m.start, m.end);
    if (pos) Object.assign(loc, pos);
  }
  return loc;
}

/** The finding for one match, in the message language `lang`. */
export function languageFinding(
  block: Block,
  m: LanguageMatch,
  lang: Lang,
  loc: QualityLocation,
  severity = m.rule.severity,
): QualityFinding {
  const values = {
    text: m.text,
    reason: m.rule.reason[lang],
    to: m.replacement ?? '',
    advice: m.rule.advice?.[lang] ?? '',
    context: contextOf(block.text, m.start, m.end),
    source: m.rule.source.title,
  };
  const message = m.replacement !== null ? fmt(lang, M.replace, values) : fmt(lang, M.advise, values);
  const suggestion = m.replacement ?? m.rule.advice?.[lang];
  return {
    ruleId: m.rule.id,
    kind: 'language',
    severity,
    message: message.replace(/\s{2,}/g, ' '),
    location: loc,
    ...(suggestion ? { suggestion } : {}),
  };
}

/**
 * Every word or phrase of the packs found in the document, as `language` findings in block
 * order. Matches inside quotations, proper names and titles of organisations or laws are left
 * out (see names.ts); pronouns only where they refer back to a person of unknown sex.
 */
export function languageFindings(
  doc: Document,
  packs: readonly LanguagePack[],
  lang: Lang,
  opts: LanguageFindingOptions = {},
): QualityFinding[] {
  const severity = opts.severity ?? {};
  const isEnabled = (id: string): boolean => severity[id] !== 'off' && (opts.isEnabled?.(id) ?? true);
  const compiled = packs.filter((p) => opts.docLang === undefined || p.lang === opts.docLang).map(compilePack);
  if (compiled.length === 0) return [];
  const textFormat = doc.format === 'markdown' || doc.format === 'text';
  const source = textFormat ? opts.source : undefined;
  const starts = source !== undefined ? lineStarts(source) : null;
  const findings: QualityFinding[] = [];
  const scan = { isEnabled };
  const may = opts.blocksWithWord?.(wordTestOf(compiled)) ?? null;
  for (let b = 0; b < doc.blocks.length; b++) {
    // A block none of whose words could start or continue a match has none (mayMatch would say so).
    if (may !== null && may[b] === 0) continue;
    const block = doc.blocks[b]!;
    for (const m of scanText(block.text, compiled, scan)) {
      const setting = severity[m.rule.id];
      const level = setting === undefined || setting === 'off' ? m.rule.severity : setting;
      findings.push(languageFinding(block, m, lang, locationOf(block, m, source, starts), level));
    }
  }
  return findings;
}
