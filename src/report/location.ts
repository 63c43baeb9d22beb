// Locations as people read them: line, page or paragraph number, and the heading above.
import type { BlockLoc, Lang } from '../types.js';

const W = {
  sv: { line: 'rad', page: 'sida', block: 'stycke' },
  en: { line: 'line', page: 'page', block: 'paragraph' },
} as const;

/** `rad 12`, `sida 3, stycke 41`, `stycke 41`, plus the heading in quotes when known. */
export function describeLocation(loc: (BlockLoc & { heading?: string }) | undefined, lang: Lang): string {
  if (!loc) return '';
  const w = W[lang];
  const parts: string[] = [];
  if (loc.line !== undefined) parts.push(`${w.line} ${loc.line}`);
  else {
    if (loc.page !== undefined) parts.push(`${w.page} ${loc.page}`);
    parts.push(`${w.block} ${loc.block}`);
  }
  if (loc.heading) parts.push(`”${loc.heading}”`);
  return parts.join(', ');
}
