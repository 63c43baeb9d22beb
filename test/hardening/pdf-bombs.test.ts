// PDFs that cost far more to read than their size: a content stream that inflates to a gigabyte
// of drawing operators, pages of hundreds of thousands of text items, pages that keep pdf.js busy.
// Here the stream check and the reader in-process; each limit through the built CLI (refused with
// its message, quickly, the other files still checked): pdf-bombs.e2e.test.ts.
import { describe, expect, it } from 'vitest';
import { bombPage, manyItemsPage, pdf, textPage } from '../../bench/hostile-pdf.mjs';
import { readDocumentBytes } from '../../src/documents/index.js';
import { checkPdfStreams } from '../../src/documents/pdf-streams.js';

const MB = 1024 * 1024;

describe('PDF stream bombs: counted before pdf.js starts', () => {
  it('finds streams a broken cross-reference table hides, and Flate inside Flate', async () => {
    const limits = { maxPartBytes: MB, maxTotalBytes: 4 * MB };
    const bomb = pdf([bombPage(2 * MB)]);
    // No xref, no trailer: pdf.js would rebuild the table and read the stream anyway.
    const cut = bomb.subarray(0, new TextDecoder('latin1').decode(bomb).indexOf('xref'));
    await expect(checkPdfStreams(cut, limits)).rejects.toMatchObject({ kind: 'part' });
    const { deflateSync } = await import('node:zlib');
    const twice = pdf([{ content: deflateSync(Buffer.alloc(2 * MB, 'q Q\n')), compress: true }]);
    await expect(checkPdfStreams(twice, limits)).rejects.toMatchObject({ kind: 'part' });
    expect(await checkPdfStreams(pdf([textPage(3)]), limits)).toBeLessThan(1000);
  });
});

describe('pages that keep pdf.js busy or fill its heap', () => {
  it('a page of 150,000 text items is read (it failed as "damaged (Maximum call stack size exceeded)")', async () => {
    const doc = await readDocumentBytes('många.pdf', pdf([manyItemsPage(150_000)]), { lang: 'en' });
    expect(doc.blocks.length).toBeGreaterThan(140_000);
    expect(doc.blocks[0]!.text).toBe('ska');
  });
});
