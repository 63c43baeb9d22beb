// Shared pieces of the hardening tests: small documents built in code, scratch folders, and the
// checks every hostile input must pass (one clean line on stderr, no stack trace).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { afterAll, expect } from 'vitest';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const CONTENT_TYPES = '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

/** A DOCX whose document.xml is `xml` (or a body of paragraphs wrapped in w:document). */
export function docx(
  body: string,
  opts: { raw?: boolean; extra?: Record<string, string>; level?: 0 | 1 | 6 | 9 } = {},
): Uint8Array {
  const xml = opts.raw ? body : `<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;
  const files: Zippable = { '[Content_Types].xml': strToU8(CONTENT_TYPES), 'word/document.xml': strToU8(xml) };
  for (const [name, text] of Object.entries(opts.extra ?? {})) files[name] = strToU8(text);
  return zipSync(files, { level: opts.level ?? 6 });
}

/** A paragraph of text. */
export const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;

/** An ODT whose content.xml is `xml`. */
export function odt(xml: string): Uint8Array {
  return zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
    'META-INF/manifest.xml': strToU8(
      '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>',
    ),
    'content.xml': strToU8(xml),
  });
}

/**
 * For one test file: a maker of fresh folders (see `folder`) that are all removed after the
 * file's tests. `const dir = scratchFolders();` then `dir({ 'a.md': '…' })`.
 */
export function scratchFolders(): (files: Record<string, string | Uint8Array>) => string {
  const made: string[] = [];
  afterAll(() => {
    for (const d of made) rmSync(d, { recursive: true, force: true });
  });
  return (files) => {
    const d = folder(files);
    made.push(d);
    return d;
  };
}

/** A fresh folder holding `files` (text or bytes; folders in names are made). */
export function folder(files: Record<string, string | Uint8Array> = {}, prefix = 'jamkrav-hard-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  return dir;
}

/** stderr holds only `jamkrav: ` lines (no stack trace, no bare text), and at least `min` of them. */
export function expectCleanStderr(stderr: string, min = 0): string[] {
  const lines = stderr.split('\n').filter((l) => l !== '');
  for (const line of lines) expect(line, 'every stderr line is a jamkrav: line').toMatch(/^jamkrav: /);
  expect(stderr).not.toMatch(/\n\s+at |Error:|TypeError|RangeError|ReferenceError|--debug/);
  expect(lines.length).toBeGreaterThanOrEqual(min);
  return lines;
}
