// ZipArchive.read (our own directory reader and zlib) gives exactly what fflate gives for every
// well-formed zip, and refuses what fflate would have read wrongly: lying sizes, overlapping entries.
import { strToU8, unzipSync, zipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { resolveLimits } from '../../src/limits/read.js';
import { ZipArchive } from '../../src/documents/zip.js';

const ctx = () => ({ path: 'x.docx', lang: 'en' as const, limits: resolveLimits(), warnings: [] });

function readAll(bytes: Uint8Array): Map<string, Uint8Array> | string {
  try {
    const zip = ZipArchive.open(ctx(), bytes);
    return zip.read([...zip.entries.keys()]);
  } catch (e) {
    if (e instanceof UserError) return e.message;
    throw e;
  }
}

describe('zip: our reader against fflate', () => {
  it('gives the bytes fflate gives: deflated and stored parts, UTF-8 names, any level', () => {
    const part = fc
      .uint8Array({ maxLength: 3000 })
      .map((b) => (b.length % 2 ? b : strToU8('<w:t>jämställdhet</w:t>'.repeat(b.length % 50))));
    const names = fc.uniqueArray(
      fc.constantFrom('word/document.xml', 'a.xml', 'dir/ö.xml', 'x', '[Content_Types].xml'),
      { minLength: 1 },
    );
    fc.assert(
      fc.property(
        names,
        fc.array(part, { minLength: 5, maxLength: 5 }),
        fc.constantFrom(0, 1, 6, 9),
        (ns, parts, level) => {
          const files: Record<string, Uint8Array> = {};
          ns.forEach((n, i) => (files[n] = parts[i]!));
          const zip = zipSync(files, { level: level as 0 | 1 | 6 | 9 });
          const got = readAll(zip);
          expect(got).toBeInstanceOf(Map);
          const want = unzipSync(zip);
          for (const n of ns) expect((got as Map<string, Uint8Array>).get(n)).toEqual(want[n]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a damaged stream fails as it did with fflate alone', () => {
    const zip = zipSync({ 'a.xml': strToU8('<a>'.repeat(2000)) }, { level: 6 });
    // Corrupt the middle of the deflate data of the only entry.
    const bad = zip.slice();
    for (let i = 60; i < 80; i++) bad[i] = 0xff;
    const message = readAll(bad);
    expect(typeof message).toBe('string');
    expect(message).toMatch(/a\.xml|damaged|corrupt/);
  });

  it('a header that claims less than the stream holds is refused as tampered, not truncated', () => {
    const zip = zipSync({ 'a.xml': strToU8('x'.repeat(5000)) }, { level: 6 });
    const lying = zip.slice();
    // Lower the uncompressed size in the central directory (offset 24 of its record).
    const cd = lying.findIndex(
      (_, i) => lying[i] === 0x50 && lying[i + 1] === 0x4b && lying[i + 2] === 1 && lying[i + 3] === 2,
    );
    new DataView(lying.buffer).setUint32(cd + 24, 100, true);
    expect(readAll(lying)).toBe(
      'part a.xml inflates to more than the 100 bytes it declares: damaged or tampered archive, refused',
    );
    // One that claims more than it holds: the part's true size is named.
    new DataView(lying.buffer).setUint32(cd + 24, 6000, true);
    expect(readAll(lying)).toBe('part a.xml inflated to 5000 bytes but declares 6000: damaged or tampered archive');
  });

  it('reads a zip64 archive (sizes and offsets in the zip64 extra field)', () => {
    const zip = zipSync({ 'a.xml': strToU8('<a>zip64</a>') }, { level: 6 });
    // Rewrite the one central record to zip64 form: sizes and offset marked, the values in an extra field.
    const cd = zip.findIndex((_, i) => zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 1 && zip[i + 3] === 2);
    const v = new DataView(zip.buffer);
    const record = zip.subarray(cd, cd + 46 + v.getUint16(cd + 28, true));
    const extra = new Uint8Array(4 + 24);
    const e = new DataView(extra.buffer);
    e.setUint16(0, 1, true);
    e.setUint16(2, 24, true);
    e.setBigUint64(4, BigInt(v.getUint32(cd + 24, true)), true);
    e.setBigUint64(12, BigInt(v.getUint32(cd + 20, true)), true);
    e.setBigUint64(20, BigInt(v.getUint32(cd + 42, true)), true);
    const rec = new Uint8Array(record.length + extra.length);
    rec.set(record);
    rec.set(extra, record.length);
    const r = new DataView(rec.buffer);
    r.setUint16(30, extra.length, true);
    for (const at of [20, 24, 42]) r.setUint32(at, 0xffffffff, true);
    const end = new Uint8Array(22);
    const d = new DataView(end.buffer);
    d.setUint32(0, 0x06054b50, true);
    d.setUint16(8, 1, true);
    d.setUint16(10, 1, true);
    d.setUint32(12, rec.length, true);
    d.setUint32(16, cd, true);
    const zip64 = new Uint8Array([...zip.subarray(0, cd), ...rec, ...end]);
    const got = readAll(zip64);
    expect(got).toBeInstanceOf(Map);
    expect(new TextDecoder().decode((got as Map<string, Uint8Array>).get('a.xml'))).toBe('<a>zip64</a>');
  });
});
