// Format detection by content first (magic bytes, zip entry names), the file name second.
import type { DocumentFormat } from '../types.js';
import { DEFAULT_LIMITS } from '../limits/read.js';
import { listZip } from './zip.js';

export type SniffedFormat = DocumentFormat | 'doc' | 'ole' | 'unknown';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[at + i] !== magic[i]) return false;
  return true;
}

export function isZip(bytes: Uint8Array): boolean {
  // PK\3\4 starts a normal archive; PK\5\6 is an empty one (still a zip, just useless).
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
}

export function isOle(bytes: Uint8Array): boolean {
  return startsWith(bytes, OLE_MAGIC);
}

export function isPdf(bytes: Uint8Array): boolean {
  // The PDF spec tolerates junk before the header; readers look in the first kilobyte.
  const head = latin1(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

export function isRtf(bytes: Uint8Array): boolean {
  return latin1(bytes.subarray(0, 5)) === '{\\rtf';
}

/**
 * What an OLE compound file holds. Directory entry names are UTF-16LE, so a byte search for
 * the stream names is enough: `EncryptedPackage` marks a password-protected OOXML file,
 * `WordDocument` a Word 97–2003 document.
 */
export function oleKind(bytes: Uint8Array): 'encrypted' | 'doc' | 'other' {
  if (indexOfUtf16(bytes, 'EncryptedPackage') >= 0) return 'encrypted';
  if (indexOfUtf16(bytes, 'WordDocument') >= 0) return 'doc';
  return 'other';
}

/** Which reader a zip needs, from its entry names: `docx`, `odt` or undefined. */
export function zipKind(names: Iterable<string>): 'docx' | 'odt' | undefined {
  let odt = false;
  for (const n of names) {
    if (n === '[Content_Types].xml' || n === '_rels/.rels') return 'docx';
    if (n === 'mimetype' || n === 'content.xml') odt = true;
  }
  return odt ? 'odt' : undefined;
}

/** The lower-case extension of a path, without the dot. */
export function extensionOf(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** Extensions that promise a binary format; a file named so must carry the right magic. */
export const BINARY_EXTENSIONS: Record<string, string> = {
  docx: 'DOCX',
  docm: 'DOCX',
  dotx: 'DOCX',
  dotm: 'DOCX',
  odt: 'ODT',
  ott: 'ODT',
  pdf: 'PDF',
  doc: 'Word',
};

/**
 * Guesses a text file by looking for NUL and other control bytes in the first 8 KB
 * (a UTF-16 file with a BOM counts as text).
 */
export function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control <= n / 100;
}

/**
 * The format of a file, from its first bytes and (for text only) its extension:
 * a zip is DOCX or ODT by its entries, `D0 CF 11 E0` is `doc` (Word 97–2003) or `ole`
 * (any other compound file, e.g. an encrypted OOXML package), `%PDF` is PDF; text is Markdown
 * for `.md`/`.markdown` and plain text otherwise; anything else is `unknown`.
 */
export function sniffFormat(bytes: Uint8Array, path: string): SniffedFormat {
  const ext = extensionOf(path);
  if (isZip(bytes)) {
    try {
      return zipKind(listZip(bytes, DEFAULT_LIMITS.maxEntries).keys()) ?? 'unknown';
    } catch {
      // A damaged zip is still meant as the document its name says; the reader will explain.
      return ext === 'odt' || ext === 'ott' ? 'odt' : 'docx';
    }
  }
  if (isOle(bytes)) return oleKind(bytes) === 'doc' ? 'doc' : 'ole';
  if (isPdf(bytes)) return 'pdf';
  if (bytes.length === 0 || Object.hasOwn(BINARY_EXTENSIONS, ext) || isRtf(bytes) || !looksLikeText(bytes))
    return 'unknown';
  return ext === 'md' || ext === 'markdown' ? 'markdown' : 'text';
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

function indexOfUtf16(bytes: Uint8Array, needle: string): number {
  const pattern = Buffer.from(needle, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(pattern);
}
