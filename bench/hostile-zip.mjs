// Zips built byte by byte, for the hostile shapes an ordinary zip writer never makes: several
// central-directory entries pointing at one compressed stream, and headers that lie about a
// part's size. Shared by the hardening tests, the fuzz targets and the measurements in the README.
import { deflateRawSync } from 'node:zlib';

const enc = new TextEncoder();

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 as zip stores it. */
export function crc32(bytes) {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * A zip from `entries`, in order. Each entry is `{ name, data }` (deflated unless `stored`), with
 * optional lies: `declaredSize` (the uncompressed size written in both headers), and `shareWith`
 * (the name of an earlier entry whose local record and data this central entry points at, so one
 * compressed stream is listed under several names). `deflated` gives the compressed bytes as they
 * are (for streams made elsewhere, with `size` their true inflated size).
 */
export function rawZip(entries) {
  const parts = [];
  const central = [];
  const records = new Map();
  let offset = 0;
  for (const e of entries) {
    const name = enc.encode(e.name);
    if (e.shareWith !== undefined) {
      const r = records.get(e.shareWith);
      if (!r) throw new Error(`rawZip: no entry ${e.shareWith} to share`);
      central.push({ ...r, name });
      continue;
    }
    const method = e.stored ? 0 : 8;
    const payload = e.deflated ?? (method === 8 ? deflateRawSync(e.data, { level: 9 }) : e.data);
    const trueSize = e.deflated ? e.size : e.data.length;
    const declared = e.declaredSize ?? trueSize;
    const crc = e.deflated ? 0 : crc32(e.data);
    const header = new Uint8Array(30 + name.length);
    const v = new DataView(header.buffer);
    v.setUint32(0, 0x04034b50, true);
    v.setUint16(4, 20, true);
    v.setUint16(6, 0x800, true);
    v.setUint16(8, method, true);
    v.setUint16(12, 0x21, true); // 1980-01-01
    v.setUint32(14, crc, true);
    v.setUint32(18, payload.length, true);
    v.setUint32(22, declared, true);
    v.setUint16(26, name.length, true);
    header.set(name, 30);
    const r = { name, method, crc, size: payload.length, declared, offset };
    records.set(e.name, r);
    central.push(r);
    parts.push(header, payload);
    offset += header.length + payload.length;
  }
  const cdStart = offset;
  for (const r of central) {
    const rec = new Uint8Array(46 + r.name.length);
    const v = new DataView(rec.buffer);
    v.setUint32(0, 0x02014b50, true);
    v.setUint16(4, 20, true);
    v.setUint16(6, 20, true);
    v.setUint16(8, 0x800, true);
    v.setUint16(10, r.method, true);
    v.setUint16(14, 0x21, true);
    v.setUint32(16, r.crc, true);
    v.setUint32(20, r.size, true);
    v.setUint32(24, r.declared, true);
    v.setUint16(28, r.name.length, true);
    v.setUint32(42, r.offset, true);
    rec.set(r.name, 46);
    parts.push(rec);
    offset += rec.length;
  }
  const end = new Uint8Array(22);
  const v = new DataView(end.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, central.length, true);
  v.setUint16(10, central.length, true);
  v.setUint32(12, offset - cdStart, true);
  v.setUint32(16, cdStart, true);
  parts.push(end);
  const out = new Uint8Array(offset + 22);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CONTENT_TYPES = '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

/**
 * HTML that inflates to about `bytes` at a compression ratio just under `ratio` (so no ratio
 * check refuses it alone): words from a small vocabulary in a seeded pseudo-random order.
 */
export function compressibleHtml(bytes, ratio = 150) {
  const words = ['ska', 'lön', 'och', 'leverantören', 'jämställdhet', 'krav', 'avtal', 'personal'];
  // One random word every `period` bytes of otherwise repeated text keeps the ratio near `ratio`.
  const unit = '<p>Leverantören ska redovisa jämställdhetsarbetet.</p>\n';
  let seed = 12345;
  const out = [];
  let size = 0;
  while (size < bytes) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    const chunk = `${unit.repeat(Math.max(1, Math.round(ratio / 40))) + words[seed % words.length] + (seed % 97)} `;
    out.push(chunk);
    size += chunk.length;
  }
  return `<html><body>${out.join('')}</body></html>`;
}

/**
 * A DOCX whose body imports `copies` HTML chunks (w:altChunk) that are all one compressed stream
 * of about `chunkBytes` inflated: the central directory lists it `copies` times.
 */
export function overlappingDocx(copies, chunkBytes) {
  const body = Array.from({ length: copies }, (_, i) => `<w:altChunk r:id="c${i}"/>`).join('');
  const rels = Array.from(
    { length: copies },
    (_, i) => `<Relationship Id="c${i}" Type="${R}/aFChunk" Target="chunk${i}.html"/>`,
  ).join('');
  const entries = [
    { name: '[Content_Types].xml', data: enc.encode(CONTENT_TYPES) },
    {
      name: '_rels/.rels',
      data: enc.encode(
        `<Relationships xmlns="${REL}"><Relationship Id="r1" Type="${R}/officeDocument" ` +
          `Target="word/document.xml"/></Relationships>`,
      ),
    },
    {
      name: 'word/document.xml',
      data: enc.encode(
        `<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body><w:p><w:r><w:t>Bilaga</w:t></w:r></w:p>${body}</w:body>` +
          `</w:document>`,
      ),
    },
    { name: 'word/_rels/document.xml.rels', data: enc.encode(`<Relationships xmlns="${REL}">${rels}</Relationships>`) },
    { name: 'word/chunk0.html', data: enc.encode(compressibleHtml(chunkBytes)) },
  ];
  for (let i = 1; i < copies; i++) entries.push({ name: `word/chunk${i}.html`, shareWith: 'word/chunk0.html' });
  return rawZip(entries);
}

/**
 * A DOCX whose main part declares the size of a complete, valid document.xml but inflates to
 * `actual` bytes: the document followed by junk. Read only up to its declared size it looks
 * whole; read whole it is not XML. `text` is the one paragraph's text.
 */
export function lyingDocx(actual, text = 'Leverantören ska betala lika lön.') {
  const head = enc.encode(
    `<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`,
  );
  const data = Buffer.alloc(Math.max(actual, head.length + 1), 0x78);
  data.set(head, 0);
  return rawZip([
    { name: '[Content_Types].xml', data: enc.encode(CONTENT_TYPES) },
    { name: 'word/document.xml', data, declaredSize: head.length },
  ]);
}
