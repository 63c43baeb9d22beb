// Deterministic packaging: the same parts give the same bytes (fixed entry times, template order,
// document properties dated by the document date, never the clock).
import { zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import type { DocxPackage } from './package.js';

/** Sets `dcterms:created` and `dcterms:modified` of docProps/core.xml to the document date. */
export function pinCoreDates(pkg: DocxPackage, date: string | undefined): void {
  const name = 'docProps/core.xml';
  const xml = pkg.text(name);
  if (!xml || !date) return;
  const stamp = `${date}T00:00:00Z`;
  const pinned = xml.replace(
    /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
    (_, open: string, _tag: string, close: string) => `${open}${stamp}${close}`,
  );
  if (pinned !== xml) pkg.setText(name, pinned);
}

/**
 * Zips the package with every entry dated `date` (or 1980-01-01, the zip epoch) in the
 * template's entry order.
 */
export function repack(pkg: DocxPackage, date: string | undefined): Uint8Array {
  const [y, m, d] = (date ?? '1980-01-01').split('-').map(Number) as [number, number, number];
  // Zip times are local wall-clock fields: build the Date from local parts so TZ does not matter.
  const mtime = new Date(Math.max(y, 1980), m - 1, d, 0, 0, 0);
  const files: Zippable = {};
  for (const [name, bytes] of pkg.entries()) files[name] = [bytes, { mtime, level: 6 }];
  return zipSync(files);
}
