// Reported values read from text, the same way whether they came from a form field, a CSV cell
// or a sentence of a free report: counts (a group under five may be written "<5"), hours, dates
// and yes or no, in Swedish or English.
import { isIsoDate } from '../generate/date.js';
import { exact, SUPPRESSED, type Count } from './counts.js';
import type { IndicatorKind } from './types.js';

export type Value =
  | { kind: 'by-sex'; women: Count; men: Count }
  | { kind: 'count'; value: Count }
  | { kind: 'hours'; value: number }
  | { kind: 'date'; value: string }
  | { kind: 'yes-no'; value: boolean };

/** A group under five, as suppliers write it. */
const SMALL = /^(?:<\s*5|färre än (?:fem|5)|under (?:fem|5)|fewer than (?:five|5)|less than (?:five|5))$/i;

/** A count of people or things: "21", "1 234", "<5". Undefined when it is none. */
export function parseCount(raw: string): Count | undefined {
  const t = raw.trim().replace(/\.$/, '');
  if (SMALL.test(t)) return SUPPRESSED;
  if (/^\d{1,3}(?:[ \u00a0\u202f]\d{3})+$|^\d{1,7}$/.test(t)) return exact(Number(t.replace(/[ \u00a0\u202f]/g, '')));
  return undefined;
}

/** Hours: "12", "12,5", "12.5", "12 h", "12 timmar". */
export function parseHours(raw: string): number | undefined {
  const m = /^(\d{1,6})(?:[.,](\d{1,2}))?\s*(?:h|tim(?:mar)?|hours?)?\.?$/i.exec(raw.trim());
  return m ? Number(`${m[1]}.${m[2] ?? '0'}`) : undefined;
}

const MONTHS: Record<string, number> = {
  januari: 1,
  februari: 2,
  mars: 3,
  april: 4,
  maj: 5,
  juni: 6,
  juli: 7,
  augusti: 8,
  september: 9,
  oktober: 10,
  november: 11,
  december: 12,
  january: 1,
  february: 2,
  march: 3,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  october: 10,
};

/** The first date in a text: 2025-03-14, or 14 mars 2025 / 14 March 2025 / March 14, 2025. */
export function findDate(text: string): string | undefined {
  const iso = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/.exec(text);
  const named = /\b(\d{1,2})\s+([a-zåäö]+)\s+(\d{4})\b|\b([a-z]+)\s+(\d{1,2}),?\s+(\d{4})\b/i.exec(text);
  const candidates: Array<{ at: number; date: string }> = [];
  if (iso)
    candidates.push({ at: iso.index, date: `${iso[1]}-${iso[2]!.padStart(2, '0')}-${iso[3]!.padStart(2, '0')}` });
  if (named) {
    const [day, month, year] = named[1] ? [named[1], named[2]!, named[3]!] : [named[5]!, named[4]!, named[6]!];
    const m = MONTHS[month.toLowerCase()];
    if (m) candidates.push({ at: named.index, date: `${year}-${String(m).padStart(2, '0')}-${day.padStart(2, '0')}` });
  }
  candidates.sort((a, b) => a.at - b.at);
  return candidates.map((c) => c.date).find(isIsoDate);
}

export function parseDate(raw: string): string | undefined {
  const t = raw.trim();
  const d = findDate(t);
  return d !== undefined && t.replace(/\.$/, '').length <= 30 ? d : undefined;
}

/** Yes or no: ja/nej, yes/no, finns/saknas, x for a ticked box. */
export function parseYesNo(raw: string): boolean | undefined {
  const t = raw.trim().toLowerCase().replace(/[.!]$/, '');
  if (/^(ja|yes|y|j|x|finns|true|✓|☒|in place|exists)$/.test(t)) return true;
  if (/^(nej|no|n|saknas|false|finns inte|not in place|none)$/.test(t)) return false;
  return undefined;
}

/** A single-field value of `kind` from its raw text; undefined when it cannot be read. */
export function parseSingle(kind: Exclude<IndicatorKind, 'by-sex'>, raw: string): Value | undefined {
  switch (kind) {
    case 'count': {
      const v = parseCount(raw);
      return v && { kind, value: v };
    }
    case 'hours': {
      const v = parseHours(raw);
      return v === undefined ? undefined : { kind, value: v };
    }
    case 'date': {
      const v = parseDate(raw);
      return v === undefined ? undefined : { kind, value: v };
    }
    case 'yes-no': {
      const v = parseYesNo(raw);
      return v === undefined ? undefined : { kind, value: v };
    }
  }
}
