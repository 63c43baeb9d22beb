// A DOCX package in memory: sniffing, safe unzipping, and finding parts through relationships.
import { strFromU8, strToU8 } from 'fflate';
import { readZipDirectory, ZipFormatError, type ZipEntry } from '../documents/zip-directory.js';
import { inflateEntry, ZipInflateError } from '../documents/zip-inflate.js';
import { UserError } from '../errors.js';
import { fmt, type Values } from '../i18n.js';
import type { Lang, Text } from '../types.js';

/** Zip-bomb guards: a tender template is a few MB; these leave ample room. */
const LIMITS = { entries: 5000, totalBytes: 256 * 1024 * 1024, ratio: 200 } as const;

const MSG = {
  empty: { sv: 'filen är tom', en: 'the file is empty' },
  ole: {
    sv: 'är ett äldre Word-dokument (.doc) eller ett lösenordsskyddat dokument; spara det som .docx utan lösenord',
    en: 'is a legacy Word document (.doc) or a password-protected document; save it as .docx without a password',
  },
  odt: {
    sv: 'är ett OpenDocument-dokument (.odt); spara det som .docx',
    en: 'is an OpenDocument text (.odt); save it as .docx',
  },
  notZip: { sv: 'är inte ett DOCX-dokument (inte en zip-fil)', en: 'is not a DOCX document (not a zip file)' },
  corrupt: { sv: 'är en trasig zip-fil ({detail})', en: 'is a corrupt zip file ({detail})' },
  tooBig: {
    sv: 'packas upp till för mycket data för att vara en mall (över {limit} MB eller orimlig komprimering)',
    en: 'unpacks to too much data to be a template (over {limit} MB or an implausible compression ratio)',
  },
  noMain: {
    sv: 'saknar dokumentdelen (word/document.xml); är det verkligen ett DOCX-dokument?',
    en: 'has no main document part (word/document.xml); is it really a DOCX document?',
  },
  doctype: {
    sv: 'delen {part} innehåller en DOCTYPE-deklaration, vilket inte är tillåtet i DOCX',
    en: 'part {part} holds a DOCTYPE declaration, which DOCX does not allow',
  },
  overlap: {
    sv: 'delarna {part} och {other} pekar på samma packade data: manipulerad zip-fil (en zip-bomb)',
    en: 'entries {part} and {other} point at the same compressed data: a tampered zip file (a zip bomb)',
  },
  sizeMismatch: {
    sv: 'delen {part} packas upp till en annan storlek än den uppger: trasig eller manipulerad zip-fil',
    en: 'part {part} inflates to another size than it declares: a corrupt or tampered zip file',
  },
} as const satisfies Record<string, Text>;

/** Relationship types we follow (transitional; strict documents use purl.oclc.org URIs). */
const REL = {
  officeDocument: /\/officeDocument$/,
  header: /\/header$/,
  footer: /\/footer$/,
  footnotes: /\/footnotes$/,
  endnotes: /\/endnotes$/,
  styles: /\/styles$/,
  numbering: /\/numbering$/,
} as const;

/** One relationship of a part. */
export interface Relationship {
  id: string;
  type: string;
  target: string;
}

/** The unzipped package: entries in their original order, text parts decoded on demand. */
export class DocxPackage {
  /** Entry names in zip order, kept so that repacking is stable. */
  readonly names: string[];
  private readonly bytes = new Map<string, Uint8Array>();
  private readonly texts = new Map<string, string>();

  constructor(files: Record<string, Uint8Array>) {
    this.names = Object.keys(files);
    for (const name of this.names) this.bytes.set(name, files[name]!);
  }

  has(name: string): boolean {
    return this.bytes.has(name) || this.texts.has(name);
  }

  /** The part as text (UTF-8), or undefined when it is missing. */
  text(name: string): string | undefined {
    const cached = this.texts.get(name);
    if (cached !== undefined) return cached;
    const raw = this.bytes.get(name);
    if (raw === undefined) return undefined;
    const text = strFromU8(raw);
    this.texts.set(name, text);
    return text;
  }

  /** Replaces or adds a text part; new parts go to the end, in the order they are added. */
  setText(name: string, text: string): void {
    if (!this.bytes.has(name) && !this.texts.has(name)) this.names.push(name);
    this.texts.set(name, text);
    this.bytes.delete(name);
  }

  /** The parts as bytes in zip order, for repacking. */
  entries(): Array<[string, Uint8Array]> {
    return this.names.map((name) => {
      const raw = this.bytes.get(name);
      return [name, raw ?? strToU8(this.texts.get(name) ?? '')];
    });
  }

  /** The relationships of a part (`word/document.xml` → `word/_rels/document.xml.rels`). */
  relationships(part: string): Relationship[] {
    const xml = this.text(relsPathOf(part));
    if (!xml) return [];
    const out: Relationship[] = [];
    for (const m of xml.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
      const attrs = m[1]!;
      const id = /\bId="([^"]*)"/.exec(attrs)?.[1];
      const type = /\bType="([^"]*)"/.exec(attrs)?.[1];
      const target = /\bTarget="([^"]*)"/.exec(attrs)?.[1];
      if (id && type && target && !/\bTargetMode="External"/.test(attrs)) out.push({ id, type, target });
    }
    return out;
  }

  /** The main document part, found through `_rels/.rels` (Word Online may call it document22.xml). */
  mainPart(): string | undefined {
    const rel = this.relationships('').find((r) => REL.officeDocument.test(r.type));
    const name = rel ? resolveTarget('', rel.target) : 'word/document.xml';
    return this.has(name) ? name : undefined;
  }

  /** Parts of the main document of the given relationship kind, in relationship order. */
  related(main: string, kind: keyof typeof REL): string[] {
    return this.relationships(main)
      .filter((r) => REL[kind].test(r.type))
      .map((r) => resolveTarget(main, r.target))
      .filter((name) => this.has(name));
  }
}

/** `word/document.xml` → `word/_rels/document.xml.rels`; `''` → `_rels/.rels`. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the part that holds it. */
export function resolveTarget(part: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const base = part
    .slice(0, part.lastIndexOf('/') + 1)
    .split('/')
    .filter(Boolean);
  for (const seg of target.split('/')) {
    if (seg === '..') base.pop();
    else if (seg !== '.' && seg !== '') base.push(seg);
  }
  return base.join('/');
}

function fail(file: string, lang: Lang, key: keyof typeof MSG, values: Values = {}): never {
  throw new UserError(file, fmt(lang, MSG[key], values));
}

/**
 * Every entry of a template, inflated under the zip-bomb guards: the directory is listed first
 * (overlapping entries refused), each entry is checked against the ratio and the running total
 * before it is inflated, and inflation stops one byte past its declared size.
 */
function unzipTemplate(data: Uint8Array, file: string, lang: Lang): Record<string, Uint8Array> {
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(data, LIMITS.entries);
  } catch (e) {
    if (!(e instanceof ZipFormatError)) throw e;
    if (e.reason === 'tooManyEntries') fail(file, lang, 'tooBig', { limit: String(LIMITS.totalBytes / 1024 / 1024) });
    if (e.reason === 'overlap') fail(file, lang, 'overlap', { part: e.detail, other: e.other });
    fail(file, lang, 'corrupt', { detail: e.detail });
  }
  const files: Record<string, Uint8Array> = {};
  let total = 0;
  for (const entry of entries) {
    total += entry.originalSize;
    const tooDense = entry.originalSize > 1024 * 1024 && entry.originalSize > entry.size * LIMITS.ratio;
    if (total > LIMITS.totalBytes || tooDense)
      fail(file, lang, 'tooBig', { limit: String(LIMITS.totalBytes / 1024 / 1024) });
    try {
      files[entry.name] = inflateEntry(data, entry);
    } catch (e) {
      if (!(e instanceof ZipInflateError)) throw e;
      if (e.reason === 'larger' || e.reason === 'smaller') fail(file, lang, 'sizeMismatch', { part: entry.name });
      fail(file, lang, 'corrupt', {
        detail: `${entry.name}: ${e.reason === 'method' ? `compression method ${e.detail}` : e.detail}`,
      });
    }
  }
  return files;
}

/**
 * Opens a DOCX template: sniffs the magic bytes, refuses legacy and encrypted documents, guards
 * against zip bombs, and checks that a main document part exists.
 */
export function openDocx(data: Uint8Array, file: string, lang: Lang): DocxPackage {
  if (data.length === 0) fail(file, lang, 'empty');
  if (data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0) fail(file, lang, 'ole');
  if (data[0] !== 0x50 || data[1] !== 0x4b) fail(file, lang, 'notZip');
  const files = unzipTemplate(data, file, lang);
  const pkg = new DocxPackage(files);
  const mimetype = files.mimetype;
  if (mimetype && strFromU8(mimetype).startsWith('application/vnd.oasis.opendocument')) fail(file, lang, 'odt');
  const main = pkg.mainPart();
  if (!main) fail(file, lang, 'noMain');
  for (const [name, bytes] of Object.entries(files)) {
    // Every part that is XML by its content, whatever its name (`document.XML`, `item1.bin`) or
    // encoding (UTF-16 with or without a byte-order mark), since Word reads them all; anywhere
    // in the part: comments of any length may precede a DOCTYPE, and text content can only hold
    // one escaped, so a literal one is always markup. Any case, as lenient readers take any.
    const xml = asXmlText(bytes);
    if (xml !== undefined && /<!doctype/i.test(xml)) fail(file, lang, 'doctype', { part: name });
  }
  return pkg;
}

const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');
const latin1 = new TextDecoder('latin1');

/**
 * The part's text when its first character (after a byte-order mark and white space) is `<`,
 * in UTF-8, UTF-16LE or UTF-16BE; undefined for anything else (images, fonts, binaries). UTF-8
 * is read as Latin-1 here: the markup looked for is ASCII, and Latin-1 never fails on a byte.
 */
function asXmlText(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return startsXml(utf16le.decode(bytes.subarray(2)));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return startsXml(utf16be.decode(bytes.subarray(2)));
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  // White space and the zero bytes of UTF-16 without a byte-order mark, up to the first character.
  let first = bom;
  while (
    first < bytes.length &&
    (bytes[first] === 0 ||
      bytes[first] === 0x20 ||
      bytes[first] === 0x09 ||
      bytes[first] === 0x0a ||
      bytes[first] === 0x0d)
  )
    first++;
  if (bytes[first] !== 0x3c) return undefined;
  // In UTF-16 the `<` shares its two bytes with a zero: before it in big-endian, after it in little-endian.
  if (bytes[first + 1] === 0 && first % 2 === 0) return startsXml(utf16le.decode(bytes));
  if (first > 0 && bytes[first - 1] === 0 && first % 2 === 1) return startsXml(utf16be.decode(bytes));
  return latin1.decode(bytes.subarray(bom));
}

function startsXml(text: string): string | undefined {
  return /^\s*</.test(text) ? text : undefined;
}
