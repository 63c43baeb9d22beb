// The ODT reader: content.xml structure, notes, annotations, tracked deletions, encryption.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/documents/index.js';
import { block, expectUserError, fixture, texts } from './helpers.js';

describe('ODT reader', () => {
  it('reads headings, paragraphs (text:s, tab, line break, spans), nested lists and a text frame', async () => {
    const doc = await readDocument(fixture('odt-lists-tables.odt'));
    expect(doc.format).toBe('odt');
    expect(block(doc, 'Krav')).toMatchObject({ kind: 'heading', level: 1 });
    expect(texts(doc)).toContain('Leverantören ska arbeta för jämställdhet.');
    expect(block(doc, 'Punkt ett')).toMatchObject({ kind: 'list-item', listLevel: 1 });
    expect(block(doc, 'Underpunkt')).toMatchObject({ kind: 'list-item', listLevel: 2 });
    expect(texts(doc)).toContain('I en ram.');
  });

  it('gives cells their column, counting repeated and covered cells', async () => {
    const doc = await readDocument(fixture('odt-lists-tables.odt'));
    expect(doc.blocks.filter((b) => b.kind === 'table-cell').map((b) => [b.text, b.table])).toEqual([
      ['A1', { id: 1, row: 1, col: 1 }],
      ['D1', { id: 1, row: 1, col: 4 }],
      ['B2', { id: 1, row: 2, col: 2 }],
    ]);
  });

  it('puts notes after the body with the heading path where they stand; note numbers are not text', async () => {
    const doc = await readDocument(fixture('odt-lists-tables.odt'));
    const last = doc.blocks[doc.blocks.length - 1]!;
    expect(last).toMatchObject({ kind: 'footnote', text: 'Enligt DiskrL.', headingPath: ['Krav'] });
  });

  it('skips annotations (author, date, text) but turns jamkrav-disable ones into suppressions', async () => {
    const doc = await readDocument(fixture('odt-lists-tables.odt'));
    expect(texts(doc)).toContain('Lön ska vara jämställd.');
    expect(texts(doc)).toContain('Kommentar här.');
    expect(doc.suppressions).toEqual([
      { ruleId: 'diskrl3.pay', reason: 'regleras i avtal', loc: { block: block(doc, 'Lön ska').loc.block } },
    ]);
  });

  it('does not read tracked deletions', async () => {
    const doc = await readDocument(fixture('odt-lists-tables.odt'));
    expect(texts(doc).join(' ')).not.toContain('Borttagen');
  });

  it('refuses an encrypted ODT with a clear message', async () => {
    const path = fixture('odt-encrypted.odt');
    await expectUserError(readDocument(path, { lang: 'en' }), path, 'encrypted (password-protected)');
    await expectUserError(readDocument(path), path, 'krypterad (lösenordsskyddad)');
  });
});
