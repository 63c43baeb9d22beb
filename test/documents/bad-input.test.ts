// Every kind of unreadable input becomes one UserError line naming the file, never a crash.
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { readDocument, readDocumentBytes } from '../../src/documents/index.js';
import { expectUserError, fixture } from './helpers.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jamkrav-docs-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
function minimalDocx(body: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(`<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`),
  });
}

/** A compound-file header followed by directory entry names in UTF-16LE, as the real ones store them. */
function oleWith(...streams: string[]): Uint8Array {
  const header = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
  const names = streams.flatMap((s) => [...Buffer.from(s, 'utf16le'), 0, 0]);
  return new Uint8Array([...header, ...names]);
}

describe('unreadable input', () => {
  it('missing path', async () => {
    const path = join(dir, 'finns-inte.docx');
    await expectUserError(readDocument(path, { lang: 'en' }), path, 'file not found');
    await expectUserError(readDocument(path), path, 'filen finns inte');
  });

  it('a directory named like a document', async () => {
    const path = join(dir, 'mapp.docx');
    mkdirSync(path);
    await expectUserError(readDocument(path, { lang: 'en' }), path, 'is a directory');
  });

  it('an unreadable file (chmod 000): refused, unless running as root makes it readable', async () => {
    const path = join(dir, 'lasskyddad.txt');
    writeFileSync(path, 'Hemligt krav.');
    chmodSync(path, 0o000);
    let readable = true;
    try {
      readFileSync(path);
    } catch {
      readable = false;
    }
    if (readable) {
      // root ignores the mode bits: the file simply reads.
      expect((await readDocument(path)).blocks[0]!.text).toBe('Hemligt krav.');
    } else {
      await expectUserError(readDocument(path, { lang: 'en' }), path, 'permission denied');
    }
    chmodSync(path, 0o600);
  });

  it('an empty file', async () => {
    const path = join(dir, 'tom.docx');
    writeFileSync(path, '');
    await expectUserError(readDocument(path, { lang: 'en' }), path, 'the file is empty');
  });

  it('a file over the size limit, refused before it is read', async () => {
    const path = join(dir, 'stor.txt');
    writeFileSync(path, 'x'.repeat(2000));
    await expectUserError(
      readDocument(path, { lang: 'en', maxFileBytes: 1000 }),
      path,
      'the limit is 1000 B',
      '--max-file-size',
    );
  });

  it('a truncated zip', async () => {
    const whole = readFileSync(fixture('docx-split-runs.docx'));
    await expectUserError(
      readDocumentBytes('avkortad.docx', whole.subarray(0, 700), { lang: 'en' }),
      'avkortad.docx',
      'damaged or truncated zip archive',
    );
  });

  it('a zip that is neither DOCX nor ODT', async () => {
    const bytes = zipSync({ 'readme.txt': strToU8('hej') });
    await expectUserError(readDocumentBytes('arkiv.docx', bytes, { lang: 'en' }), 'arkiv.docx', 'neither DOCX nor ODT');
  });

  it('a zip whose main part is no Word document', async () => {
    const path = fixture('not-word.docx');
    await expectUserError(readDocument(path, { lang: 'en' }), path, 'not a word-processing document');
  });

  it('a legacy .doc (OLE compound file with a WordDocument stream)', async () => {
    const bytes = oleWith('Root Entry', 'WordDocument', '1Table');
    await expectUserError(readDocumentBytes('gammal.doc', bytes, { lang: 'en' }), 'gammal.doc', 'legacy Word 97–2003');
    await expectUserError(readDocumentBytes('gammal.doc', bytes), 'gammal.doc', 'Word 97–2003');
  });

  it('an encrypted OOXML file (OLE compound file with an EncryptedPackage stream)', async () => {
    const bytes = oleWith('Root Entry', 'EncryptionInfo', 'EncryptedPackage');
    await expectUserError(
      readDocumentBytes('skyddad.docx', bytes, { lang: 'en' }),
      'skyddad.docx',
      'encrypted (password-protected)',
    );
  });

  it('some other OLE file', async () => {
    await expectUserError(
      readDocumentBytes('x.xls', oleWith('Root Entry', 'Workbook'), { lang: 'en' }),
      'x.xls',
      'OLE compound file',
    );
  });

  it('a zip bomb: refused from the declared sizes, before inflating', async () => {
    const path = fixture('zip-bomb.docx');
    const t = performance.now();
    await expectUserError(readDocument(path, { lang: 'en' }), path, 'possible zip bomb');
    expect(performance.now() - t).toBeLessThan(500);
  });

  it('a part larger than maxPartBytes', async () => {
    const bytes = minimalDocx(`<w:p><w:r><w:t>${'a'.repeat(5000)}</w:t></w:r></w:p>`);
    await expectUserError(
      readDocumentBytes('stor.docx', bytes, { lang: 'en', maxPartBytes: 1000 }),
      'stor.docx',
      'would inflate to',
    );
  });

  it('too many zip entries', async () => {
    const files: Record<string, Uint8Array> = { '[Content_Types].xml': strToU8('<Types/>') };
    for (let i = 0; i < 30; i++) files[`x${i}.xml`] = strToU8('<a/>');
    await expectUserError(
      readDocumentBytes('manga.docx', zipSync(files), { lang: 'en', maxEntries: 20 }),
      'manga.docx',
      'more than 20 entries',
    );
  });

  it('a DOCTYPE with an external entity pointing at a local file: refused, nothing read', async () => {
    const path = fixture('doctype-entity.docx');
    const e = await expectUserError(readDocument(path, { lang: 'en' }), path, 'DOCTYPE', 'refused for safety');
    expect(e.message).not.toContain('root:');
  });

  it('billion laughs: refused at the DOCTYPE, quickly', async () => {
    const path = fixture('billion-laughs.docx');
    const t = performance.now();
    await expectUserError(readDocument(path, { lang: 'en' }), path, 'DOCTYPE');
    expect(performance.now() - t).toBeLessThan(500);
  });

  it('deep nesting', async () => {
    const path = fixture('deep-nesting.docx');
    await expectUserError(readDocument(path, { lang: 'en' }), path, 'more than 256 levels deep');
  });

  it('malformed XML names the part and line', async () => {
    const bytes = minimalDocx('<w:p><w:r><w:t>oavslutad</w:r></w:p>');
    await expectUserError(
      readDocumentBytes('trasig.docx', bytes, { lang: 'en' }),
      'trasig.docx',
      'part word/document.xml is not well-formed XML (line 1',
    );
  });

  it('a huge single paragraph: refused with the block number', async () => {
    const big = minimalDocx(
      `<w:p><w:r><w:t>kort</w:t></w:r></w:p><w:p><w:r><w:t>${'jämställdhet '.repeat(90_000)}</w:t></w:r></w:p>`,
    );
    // (maxRatio raised: this text repeats, so it compresses better than any real document.)
    await expectUserError(
      readDocumentBytes('lang.docx', big, { lang: 'en', maxRatio: 10_000 }),
      'lang.docx',
      'block 2 has more than 1000000 characters',
    );
    const md = new TextEncoder().encode(`# Rubrik\n\n${'ord '.repeat(100)}`);
    await expectUserError(
      readDocumentBytes('lang.md', md, { lang: 'en', maxBlockChars: 50 }),
      'lang.md',
      'block 2 has more than 50',
    );
  });

  it('binary junk, and a file whose name promises a format its bytes do not have', async () => {
    const junk = new Uint8Array(256).map((_, i) => (i * 37) % 256);
    await expectUserError(readDocumentBytes('skräp.bin', junk, { lang: 'en' }), 'skräp.bin', 'unknown file format');
    const text = new TextEncoder().encode('bara text');
    await expectUserError(
      readDocumentBytes('fel.docx', text, { lang: 'en' }),
      'fel.docx',
      'named .docx but is not a DOCX file',
    );
    await expectUserError(
      readDocumentBytes('fel.pdf', text, { lang: 'en' }),
      'fel.pdf',
      'named .pdf but is not a PDF file',
    );
  });

  it('RTF', async () => {
    await expectUserError(
      readDocumentBytes('x.doc', new TextEncoder().encode('{\\rtf1\\ansi hej}'), { lang: 'en' }),
      'x.doc',
      'RTF',
    );
  });
});
