// PDFs built object by object, for the hostile shapes the hardening tests, the fuzz run and the
// README's measurements need: content streams that inflate far beyond their size, and pages with
// hundreds of thousands of text items. Each is a valid PDF (xref table and all).
import { deflateSync } from 'node:zlib';

const enc = new TextEncoder();

/**
 * A PDF with one page per entry of `pages`. A page is `{ content, compress }`: its content stream
 * (a string or bytes), stored FlateDecode-compressed when `compress`. Helvetica is /F1.
 */
export function pdf(pages) {
  const objects = [];
  const add = (body) => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add(null);
  const tree = add(null);
  const font = add(enc.encode('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'));
  const kids = [];
  for (const page of pages) {
    const raw = typeof page.content === 'string' ? enc.encode(page.content) : page.content;
    const data = page.compress ? deflateSync(raw, { level: 9 }) : raw;
    const head = enc.encode(`<< /Length ${data.length}${page.compress ? ' /Filter /FlateDecode' : ''} >>\nstream\n`);
    const stream = add(concat([head, data, enc.encode('\nendstream')]));
    kids.push(
      add(
        enc.encode(
          `<< /Type /Page /Parent ${tree} 0 R /MediaBox [0 0 595 842] /Resources << /Font <` +
            `< /F1 ${font} 0 R >> >> /Contents ${stream} 0 R >>`,
        ),
      ),
    );
  }
  objects[catalog - 1] = enc.encode(`<< /Type /Catalog /Pages ${tree} 0 R >>`);
  objects[tree - 1] = enc.encode(
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`,
  );
  const parts = [enc.encode('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')];
  let offset = parts[0].length;
  const offsets = [];
  objects.forEach((body, i) => {
    const chunk = concat([enc.encode(`${i + 1} 0 obj\n`), body, enc.encode('\nendobj\n')]);
    offsets.push(offset);
    parts.push(chunk);
    offset += chunk.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
  ].join('');
  parts.push(
    enc.encode(`${xref}trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${offset}\n%%EOF\n`),
  );
  return concat(parts);
}

function concat(list) {
  const out = new Uint8Array(list.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const b of list) {
    out.set(b, at);
    at += b.length;
  }
  return out;
}

/** A page of text: `lines` lines of `text` (WinAnsi, no parentheses or backslashes). */
export function textPage(lines, text = 'Leverantören ska betala lika lön för lika arbete.') {
  const rows = lines.map ? lines : Array.from({ length: lines }, () => text);
  const body = rows.map((t, i) => `BT /F1 11 Tf 72 ${780 - (i % 60) * 12} Td (${t}) Tj ET`).join('\n');
  return { content: latin1Bytes(body), compress: true };
}

/** Text as PDF string bytes (WinAnsi for the Swedish letters), not UTF-8. */
function latin1Bytes(s) {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

/**
 * A page whose compressed content stream inflates to `bytes` of drawing operators that show no
 * text (`q Q` pairs), so nothing stops a reader that reads it whole: about 1 MB on disk per GB.
 */
export function bombPage(bytes) {
  return { content: Buffer.alloc(bytes, 'q Q\n'), compress: true };
}

/**
 * A page with `count` separate text items (one `Tj` each, in two columns far apart), so that
 * each item is a paragraph of its own.
 */
export function manyItemsPage(count) {
  const ops = ['BT /F1 8 Tf'];
  for (let i = 0; i < count; i++) ops.push(`1 0 0 1 ${(i % 2) * 300 + 20} ${800 - (i % 90) * 9} Tm (ska) Tj`);
  ops.push('ET');
  return { content: ops.join('\n'), compress: true };
}
