// Document × language packs → `language` findings: what to avoid, why, what to write instead,
// where (block, range, and line/column for Markdown and text), and the words around it.
import { fmt } from '../i18n.js';
import type { Block, Document, Lang, Text } from '../types.js';
import type { WordTest } from '../match/index.js';
import type { LanguageChecks } from './language-checks.js';
import { lineStarts, sourcePosition } from './position.js';
import { scanText, type LanguageMatch } from './scan.js';
import type { QualityFinding, QualityLocation } from './types.js';
import { wordsOf } from './words.js';

export interface LanguageFindingOptions {
  /** The file's source, for Markdown and text: gives each finding its own line and column. */
  source?: string;
  /** Rules for which this returns false are not checked (config `off`, suppressions). */
  isEnabled?: (ruleId: string) => boolean;
  /** Severity per rule id from the config, overriding the pack's. */
  severity?: Record<string, 'off' | 'error' | 'warning' | 'info'>;
  /**
   * Per block, 0 where it certainly holds no word passing `test` (its words normalised, lower
   * case, as the evidence matcher's tokens), else 1; or null. Blocks at 0 are not scanned: the
   * test passes every word at which a match could start or go on (`LanguageChecks.wordTest`).
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
  checks: LanguageChecks,
  lang: Lang,
  opts: LanguageFindingOptions = {},
): QualityFinding[] {
  const severity = opts.severity ?? {};
  const isEnabled = (id: string): boolean => severity[id] !== 'off' && (opts.isEnabled?.(id) ?? true);
  if (checks.packs.length === 0) return [];
  const textFormat = doc.format === 'markdown' || doc.format === 'text';
  const source = textFormat ? opts.source : undefined;
  const starts = source !== undefined ? lineStarts(source) : null;
  const findings: QualityFinding[] = [];
  const scan = { isEnabled };
  const may = opts.blocksWithWord?.(checks.wordTest) ?? null;
  for (let b = 0; b < doc.blocks.length; b++) {
    // A block none of whose words could start or continue a match has none (mayMatch would say so).
    if (may !== null && may[b] === 0) continue;
    const block = doc.blocks[b]!;
    for (const m of scanText(block.text, checks, scan)) {
      const setting = severity[m.rule.id];
      const level = setting === undefined || setting === 'off' ? m.rule.severity : setting;
      findings.push(languageFinding(block, m, lang, locationOf(block, m, source, starts), level));
    }
  }
  return findings;
}
