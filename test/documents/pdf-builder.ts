// Builds small PDFs in a test: text lines placed by hand in Helvetica (F1) and Helvetica-Bold (F2),
// page by page, so a test shows the layout it reads.

/** One line of text: where its baseline starts, its size, and bold or not. */
export interface PdfLine {
  x: number;
  y: number;
  size: number;
  text: string;
  bold?: boolean;
}

/** WinAnsiEncoding bytes above ASCII that are not Latin-1: bullets, dashes, quotes. */
const WIN_ANSI: Record<string, number> = { '•': 0x95, '–': 0x96, '—': 0x97, '’': 0x92, '“': 0x93, '”': 0x94 };

/** A PDF string literal in WinAnsiEncoding: å, ä, ö as octal escapes, parentheses escaped. */
function literal(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = WIN_ANSI[ch] ?? ch.charCodeAt(0);
    if (code > 0xff) throw new Error(`not in WinAnsiEncoding: ${ch}`);
    if (ch === '(' || ch === ')' || ch === '\\') out += `\\${ch}`;
    else if (code >= 0x80) out += `\\${code.toString(8)}`;
    else out += ch;
  }
  return `(${out})`;
}

/** A PDF (A4 pages) with the given lines on each page. */
export function makePdf(pages: PdfLine[][]): Uint8Array {
  const font = (base: string): string =>
    `<< /Type /Font /Subtype /Type1 /BaseFont /${base} /Encoding /WinAnsiEncoding >>`;
  const kids = pages.map((_, i) => `${5 + i * 2} 0 R`).join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`,
    font('Helvetica'),
    font('Helvetica-Bold'),
  ];
  pages.forEach((lines, i) => {
    const stream = lines
      .map((l) => `BT /${l.bold ? 'F2' : 'F1'} ${l.size} Tf ${l.x} ${l.y} Td ${literal(l.text)} Tj ET`)
      .join('\n');
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font <` +
        `< /F1 3 0 R /F2 4 0 R >> >> /Contents ${6 + i * 2} 0 R >>`,
    );
    objects.push(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
  });
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out +=
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f ` +
    `\n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/**
 * Lines of body text set from the top of a page down: `x`, first baseline `y`, `size`, and a
 * line spacing of 1.2 × size; an empty string leaves a blank line (a paragraph gap).
 */
export function column(
  x: number,
  y: number,
  size: number,
  texts: (string | { text: string; bold?: boolean; indent?: number })[],
): PdfLine[] {
  const out: PdfLine[] = [];
  let at = y;
  for (const t of texts) {
    if (t !== '') {
      const line = typeof t === 'string' ? { text: t } : t;
      out.push({
        x: x + (typeof t === 'string' ? 0 : (t.indent ?? 0)),
        y: at,
        size,
        text: line.text,
        bold: typeof t === 'string' ? false : t.bold,
      });
    }
    at -= size * 1.2;
  }
  return out;
}
