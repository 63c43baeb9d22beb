// The PDF reader: lines, paragraphs, hyphenation across lines, pages, encryption.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/documents/index.js';
import { expectUserError, fixture, texts } from './helpers.js';

describe('PDF reader', () => {
  it('groups lines into paragraphs, rejoins hyphenated words, sets the page', async () => {
    const doc = await readDocument(fixture('pdf-hyphenated.pdf'));
    expect(doc.format).toBe('pdf');
    expect(texts(doc)).toEqual([
      'Krav på leverantören',
      'Leverantören ska arbeta för jämställdhet i hela uppdraget och redovisa IT-system som används.',
      'Ett nytt stycke efter ett större avstånd.',
      'Sida två har egen text.',
    ]);
    expect(doc.blocks.map((b) => b.loc.page)).toEqual([1, 1, 1, 2]);
  });

  it('takes clearly larger type for a heading', async () => {
    const doc = await readDocument(fixture('pdf-hyphenated.pdf'));
    expect(doc.blocks[0]).toMatchObject({ kind: 'heading', level: 1 });
    expect(doc.blocks[1]!.headingPath).toEqual(['Krav på leverantören']);
  });

  it('refuses an encrypted PDF with a clear message', async () => {
    const path = fixture('pdf-encrypted.pdf');
    await expectUserError(readDocument(path, { lang: 'en' }), path, 'PDF is encrypted (password-protected)');
  });

  it('refuses a damaged PDF', async () => {
    const { readDocumentBytes } = await import('../../src/documents/index.js');
    const bytes = new TextEncoder().encode('%PDF-1.4\nthis is not a PDF body\n');
    await expectUserError(
      readDocumentBytes('trasig.pdf', bytes, { lang: 'en' }),
      'trasig.pdf',
      'damaged or invalid PDF',
    );
  });
});
