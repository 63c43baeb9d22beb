// A DOCX package in memory: sniffing, safe unzipping, and finding parts through relationships.
import { unzipSync, strFromU8, strToU8 } from 'fflate';
import { UserError } from '../errors.js';
import type { Lang } from '../types.js';

/** Zip-bomb guards: a tender template is a few MB; these leave ample room. */
const LIMITS = { entries: 5000, totalBytes: 256 * 1024 * 1024, ratio: 200 } as const;

const MSG = {
  sv: {
    empty: 'filen är tom',
    ole: 'är ett äldre Word-dokument (.doc) eller ett lösenordsskyddat dokument; spara det som .docx utan lösenord',
    odt: 'är ett OpenDocument-dokument (.odt); spara det som .docx',
    notZip: 'är inte ett DOCX-dokument (inte en zip-fil)',
    corrupt: 'är en trasig zip-fil ({detail})',
    tooBig: 'packas upp till för mycket data för att vara en mall (över {limit} MB eller orimlig komprimering)',
    noMain: 'saknar dokumentdelen (word/document.xml); är det verkligen ett DOCX-dokument?',
    doctype: 'delen {part} innehåller en DOCTYPE-deklaration, vilket inte är tillåtet i DOCX',
  },
  en: {
    empty: 'the file is empty',
    ole: 'is a legacy Word document (.doc) or a password-protected document; save it as .docx without a password',
    odt: 'is an OpenDocument text (.odt); save it as .docx',
    notZip: 'is not a DOCX document (not a zip file)',
    corrupt: 'is a corrupt zip file ({detail})',
    tooBig: 'unpacks to too much data to be a template (over {limit} MB or an implausible compression ratio)',
    noMain: 'has no main document part (word/document.xml); is it really a DOCX document?',
    doctype: 'part {part} holds a DOCTYPE declaration, which DOCX does not allow',
  },
} as const;

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
  const base = part.slice(0, part.lastIndexOf('/') + 1).split('/').filter(Boolean);
  for (const seg of target.split('/')) {
    if (seg === '..') base.pop();
    else if (seg !== '.' && seg !== '') base.push(seg);
  }
  return base.join('/');
}

function fail(file: string, lang: Lang, key: keyof (typeof MSG)['sv'], values: Record<string, string> = {}): never {
  const text = MSG[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
  throw new UserError(file, text);
}

/**
 * Opens a DOCX template: sniffs the magic bytes, refuses legacy and encrypted documents, guards
 * against zip bombs, and checks that a main document part exists.
 */
export function openDocx(data: Uint8Array, file: string, lang: Lang): DocxPackage {
  if (data.length === 0) fail(file, lang, 'empty');
  if (data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0) fail(file, lang, 'ole');
  if (data[0] !== 0x50 || data[1] !== 0x4b) fail(file, lang, 'notZip');
  let files: Record<string, Uint8Array>;
  let entries = 0;
  let declared = 0;
  const sizes = new Map<string, number>();
  try {
    files = unzipSync(data, {
      filter: (f) => {
        entries += 1;
        declared += f.originalSize;
        sizes.set(f.name, f.originalSize);
        const tooDense = f.originalSize > 1024 * 1024 && f.originalSize > f.size * LIMITS.ratio;
        if (entries > LIMITS.entries || declared > LIMITS.totalBytes || tooDense) {
          throw new RangeError('limits');
        }
        return true;
      },
    });
  } catch (e) {
    if (e instanceof RangeError && e.message === 'limits') {
      fail(file, lang, 'tooBig', { limit: String(LIMITS.totalBytes / 1024 / 1024) });
    }
    fail(file, lang, 'corrupt', { detail: e instanceof Error ? e.message : String(e) });
  }
  for (const [name, size] of sizes) {
    // A header that lies about the size makes fflate truncate silently: catch it here.
    if (files[name] && files[name]!.length !== size) fail(file, lang, 'corrupt', { detail: name });
  }
  const pkg = new DocxPackage(files);
  const mimetype = files['mimetype'];
  if (mimetype && strFromU8(mimetype).startsWith('application/vnd.oasis.opendocument')) fail(file, lang, 'odt');
  const main = pkg.mainPart();
  if (!main) fail(file, lang, 'noMain');
  for (const name of pkg.names) {
    if (name.endsWith('.xml') || name.endsWith('.rels')) {
      // Anywhere in the part: comments of any length (even ones holding `<a>`) may precede a
      // DOCTYPE, and text content can only hold one escaped, so a literal one is always markup.
      if (pkg.text(name)!.includes('<!DOCTYPE')) fail(file, lang, 'doctype', { part: name });
    }
  }
  return pkg;
}
