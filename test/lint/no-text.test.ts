// A document with no text to check is an error on that file, and the message fits the format:
// a PDF without text is most likely a scan; a DOCX or Markdown file may hold text only where lint
// does not look (headers, footers, comments).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/lint/index.js';
import { CATALOGUE, tree } from './helpers.js';

/** A valid one-page PDF with no content at all, as a scanner without OCR leaves a blank page. */
function blankPdf(): string {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) pdf += `${String(o).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return pdf;
}

describe('a document with no text', () => {
  it('is an error naming the file; a PDF gets the OCR hint, other formats do not', async () => {
    const root = tree({
      'tom.md': '<!-- bara en kommentar -->\n',
      'anbud.md': 'Leverantören ska ha rutiner för föräldraledighet.\n',
    });
    writeFileSync(join(root, 'skannad.pdf'), blankPdf(), 'latin1');
    const r = await lintFiles({ cwd: root, catalogue: CATALOGUE, languagePacks: [], workers: 0, lang: 'en' });
    const byPath = Object.fromEntries(r.files.map((f) => [f.path, f]));
    expect(byPath['skannad.pdf']!.error).toBe('holds no text to check (a scanned image? run OCR first)');
    expect(byPath['tom.md']!.error).toBe(
      'holds no text to check (text in headers, footers and comments does not count)',
    );
    expect(byPath['anbud.md']!.error).toBeNull();
  });
});
