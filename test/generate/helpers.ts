// Small helpers for the generate tests: look inside a generated DOCX.
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A fixture file's bytes. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/generate/${name}`, import.meta.url))));
}

/** Every part of a DOCX as text (binary parts too, as Latin-1 is not needed here). */
export function parts(docx: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(unzipSync(docx))) out[name] = strFromU8(bytes);
  return out;
}

/** The visible text of a WordprocessingML part: its `w:t` nodes, paragraphs on lines of their own. */
export function textOf(xml: string): string {
  let out = '';
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<\/w:p>/g)) out += m[1] ?? '\n';
  return out
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** All text of a DOCX: main document, headers and footers. */
export function docxText(docx: Uint8Array): string {
  const p = parts(docx);
  return Object.keys(p)
    .filter((n) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(n))
    .sort()
    .map((n) => textOf(p[n]!))
    .join('\n');
}

/** Whitespace collapsed, for comparing text across line breaks. */
export function squash(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** The XML parts of a DOCX that are not well-formed (namespaces checked), with the parser's message. */
export function illFormedParts(docx: Uint8Array): string[] {
  const bad: string[] = [];
  for (const [name, xml] of Object.entries(parts(docx))) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const parser = new SaxesParser({ xmlns: true });
    try {
      parser.write(xml).close();
    } catch (e) {
      bad.push(`${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return bad;
}
