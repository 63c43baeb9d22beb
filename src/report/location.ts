// Locations as people read them: line, page or paragraph number, and the heading above.
import type { FindingLocation, Lang } from '../types.js';

const W = {
  sv: { line: 'rad', column: 'kolumn', page: 'sida', block: 'stycke' },
  en: { line: 'line', column: 'column', page: 'page', block: 'paragraph' },
} as const;

/**
 * `rad 12`, `sida 3, stycke 41`, `stycke 41`, plus the heading in quotes when known. A finding
 * about one word (it has a `range`) also names its column: `rad 7, kolumn 26`.
 */
export function describeLocation(loc: FindingLocation | undefined, lang: Lang): string {
  if (!loc) return '';
  const w = W[lang];
  const parts: string[] = [];
  if (loc.line !== undefined) {
    parts.push(`${w.line} ${loc.line}`);
    if (loc.column !== undefined && loc.range) parts.push(`${w.column} ${loc.column}`);
  } else {
    if (loc.page !== undefined) parts.push(`${w.page} ${loc.page}`);
    parts.push(`${w.block} ${loc.block}`);
  }
  if (loc.heading) parts.push(`”${loc.heading}”`);
  return parts.join(', ');
}
