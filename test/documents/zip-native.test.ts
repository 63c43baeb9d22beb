// The zlib path of ZipArchive.read gives exactly what fflate gives, and leaves anything
// unusual to fflate (so damaged archives fail with the same messages as before).
import { strToU8, unzipSync, zipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { resolveLimits } from '../../src/documents/limits.js';
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

describe('zip: the native inflate path', () => {
  it('gives the bytes fflate gives: deflated and stored parts, UTF-8 names, any level', () => {
    const part = fc.uint8Array({ maxLength: 3000 }).map((b) => (b.length % 2 ? b : strToU8('<w:t>jämställdhet</w:t>'.repeat(b.length % 50))));
    const names = fc.uniqueArray(fc.constantFrom('word/document.xml', 'a.xml', 'dir/ö.xml', 'x', '[Content_Types].xml'), { minLength: 1 });
    fc.assert(
      fc.property(names, fc.array(part, { minLength: 5, maxLength: 5 }), fc.constantFrom(0, 1, 6, 9), (ns, parts, level) => {
        const files: Record<string, Uint8Array> = {};
        ns.forEach((n, i) => (files[n] = parts[i]!));
        const zip = zipSync(files, { level: level as 0 | 1 | 6 | 9 });
        const got = readAll(zip);
        expect(got).toBeInstanceOf(Map);
        const want = unzipSync(zip);
        for (const n of ns) expect((got as Map<string, Uint8Array>).get(n)).toEqual(want[n]);
      }),
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

  it('a header that claims less than the stream holds: fflate truncates as before', () => {
    const zip = zipSync({ 'a.xml': strToU8('x'.repeat(5000)) }, { level: 6 });
    const lying = zip.slice();
    // Lower the uncompressed size in the central directory (offset 24 of its record).
    const cd = lying.findIndex((_, i) => lying[i] === 0x50 && lying[i + 1] === 0x4b && lying[i + 2] === 1 && lying[i + 3] === 2);
    new DataView(lying.buffer).setUint32(cd + 24, 100, true);
    const got = readAll(lying);
    expect(got).toBeInstanceOf(Map);
    expect((got as Map<string, Uint8Array>).get('a.xml')).toEqual(unzipSync(lying)['a.xml']);
  });
});
