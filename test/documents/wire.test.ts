// A document sent to another thread in its compact form (documents/wire.ts) reads back exactly
// as the reader made it: the same blocks, keys in the same order, heading paths still shared.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromWire, readDocumentBytes, toWire } from '../../src/documents/index.js';
import type { Document } from '../../src/types.js';
import { fixture } from './helpers.js';

/** What the receiving thread gets: the compact form, structured-cloned as postMessage does. */
const sent = (doc: Document): Document => fromWire(structuredClone(toWire(doc)));

const MARKDOWN = [
  '# Avtalsvillkor',
  '',
  '## 5 Jämställdhet',
  '',
  'Leverantören ska ha rutiner för föräldraledighet.',
  '',
  '- arbeta med lönekartläggning',
  '  - varje år',
  '',
  '| Krav | Ska/Bör |',
  '|---|---|',
  '| Riktlinjer mot trakasserier | Ska |',
  '',
  '# Priser',
  '',
  'Priset är fast.',
].join('\n');

describe('a document sent to another thread', () => {
  const cases: [string, () => Promise<Document>][] = [
    [
      'Markdown (lines, columns, levels, list levels, table cells)',
      () => readDocumentBytes('villkor.md', new TextEncoder().encode(MARKDOWN)),
    ],
    [
      'DOCX with footnotes (notes keep their own heading path)',
      () => readDocumentBytes('notes.docx', readFileSync(fixture('docx-footnotes.docx'))),
    ],
    ['ODT with lists and tables', () => readDocumentBytes('lists.odt', readFileSync(fixture('odt-lists-tables.odt')))],
    ['PDF (pages)', () => readDocumentBytes('hyphenated.pdf', readFileSync(fixture('pdf-hyphenated.pdf')))],
  ];

  for (const [name, read] of cases) {
    it(`reads back the same, keys in the same order: ${name}`, async () => {
      const doc = await read();
      expect(doc.blocks.length).toBeGreaterThan(1);
      const back = sent(doc);
      expect(back).toStrictEqual(doc);
      // The JSON report prints locations as they are: the key order must survive too.
      expect(JSON.stringify(back)).toBe(JSON.stringify(doc));
    });
  }

  it('sends each heading path once, and the blocks of a section share it again', async () => {
    const doc = await readDocumentBytes('villkor.md', new TextEncoder().encode(MARKDOWN));
    const wire = toWire(doc);
    expect(wire.paths).toEqual([['Avtalsvillkor'], ['Avtalsvillkor', '5 Jämställdhet'], ['Priser']]);
    const back = fromWire(structuredClone(wire));
    const inSection5 = back.blocks.filter((b) => b.headingPath.at(-1) === '5 Jämställdhet');
    expect(inSection5.length).toBeGreaterThan(2);
    expect(new Set(inSection5.map((b) => b.headingPath)).size).toBe(1);
  });
});
