// Reads a filled report form back by key, whichever editor saved it: a content control's tag
// (Word keeps it), the bookmark around it (LibreOffice keeps that), or, should both be lost, the
// `[indicator:field]` its row names. The controls are walked as the answer form's are
// (generate/form-controls.ts). The raw text of each field comes back; values.ts reads it.
import { UserError } from '../errors.js';
import { resolveLimits } from '../limits/read.js';
import { ZipArchive } from '../documents/zip.js';
import { leavesOf, type Leaf } from '../generate/form-controls.js';
import { resolveTarget } from '../generate/package.js';
import { fmt } from '../i18n.js';
import type { Lang, Text } from '../types.js';
import { keyOfName, REPORT_PROPERTIES } from './report-keys.js';

/** The package relationship to the main part, its Type before or after its Target. */
const MAIN_RELATIONSHIP = new RegExp(
  String.raw`<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*Target="([^"]*)"|` +
    String.raw`<Relationship\b[^>]*Target="([^"]*)"[^>]*Type="[^"]*\/officeDocument"`,
);

/** What reading a report form can refuse. */
const MSG = {
  doctype: {
    sv: 'delen {name} innehåller en DOCTYPE-deklaration, vilket inte är tillåtet i DOCX',
    en: 'part {name} holds a DOCTYPE declaration, which DOCX does not allow',
  },
} as const satisfies Record<string, Text>;

export type FoundBy = 'tag' | 'bookmark' | 'row';

export interface FormReport {
  contract?: string;
  period?: string;
  lang?: string;
  /** Raw text per field key; a field still showing its placeholder is left out. */
  values: Map<string, string>;
  foundBy: Map<string, FoundBy>;
}

/**
 * The parts of a DOCX a report needs (the main part, found through `_rels/.rels`, and the custom
 * properties), inflated under the readers' limits: a report is hostile input, and a form's other
 * parts (styles, theme, fonts) are never inflated at all.
 */
export class ReportPackage {
  private constructor(
    private readonly parts: Map<string, string>,
    readonly main: string,
  ) {}

  static open(data: Uint8Array, file: string, lang: Lang): ReportPackage {
    const zip = ZipArchive.open({ path: file, lang, limits: resolveLimits(), warnings: [] }, data);
    const decode = (b: Uint8Array | undefined) => (b === undefined ? undefined : new TextDecoder().decode(b));
    const rels = decode(zip.read(['_rels/.rels']).get('_rels/.rels')) ?? '';
    const target = MAIN_RELATIONSHIP.exec(rels);
    const main = target ? resolveTarget('', target[1] ?? target[2]!) : 'word/document.xml';
    const read = zip.read([main, 'docProps/custom.xml']);
    const parts = new Map<string, string>();
    for (const [name, bytes] of read) {
      const text = decode(bytes)!;
      if (/<!doctype/i.test(text)) throw new UserError(file, fmt(lang, MSG.doctype, { name }));
      parts.set(name, text);
    }
    return new ReportPackage(parts, main);
  }

  text(name: string): string | undefined {
    return this.parts.get(name);
  }
}

/** docProps/custom.xml as name → value. */
export function customProperties(pkg: ReportPackage): Map<string, string> {
  const out = new Map<string, string>();
  const xml = pkg.text('docProps/custom.xml');
  if (!xml) return out;
  for (const m of xml.matchAll(/<property\b[^>]*\bname="([^"]*)"[^>]*>\s*<vt:\w+>([^<]*)<\/vt:\w+>/g))
    out.set(unescapeValue(m[1]!), unescapeValue(m[2]!));
  return out;
}

function unescapeValue(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Whether an opened DOCX is one of our report forms (its property, or a control tagged with our key). */
export function isReportForm(pkg: ReportPackage): boolean {
  if (customProperties(pkg).has(REPORT_PROPERTIES.form)) return true;
  return /w:val="jamkrav:[a-z][a-z0-9-]*:(women|men|value)"/.test(pkg.text(pkg.main) ?? '');
}

/** Reads a report form from an opened DOCX. */
export function readReportForm(pkg: ReportPackage, file: string, lang: Lang): FormReport {
  const props = customProperties(pkg);
  const keys = (props.get(REPORT_PROPERTIES.keys) ?? '').split(/\s+/).filter(Boolean);
  const values = new Map<string, string>();
  const foundBy = new Map<string, FoundBy>();
  const put = (key: string, leaf: Leaf, by: FoundBy) => {
    if (foundBy.has(key)) return;
    foundBy.set(key, by);
    const text = leaf.text.replace(/\s+/g, ' ').trim();
    // A control still showing its grey placeholder ("[antal]") holds no answer.
    if (!leaf.placeholder && text !== '' && !/^\[[^\]]*\]$/.test(text)) values.set(key, text);
  };
  for (const leaf of leavesOf(pkg.text(pkg.main) ?? '', file, lang)) {
    const byTag = leaf.tag !== undefined ? keyOfName(leaf.tag, keys) : undefined;
    if (byTag) {
      put(byTag, leaf, 'tag');
      continue;
    }
    const byMark = leaf.bookmarks.map((b) => keyOfName(b, keys)).find((k) => k !== undefined);
    if (byMark) {
      put(byMark, leaf, 'bookmark');
      continue;
    }
    const named = /\[([a-z][a-z0-9-]*:(?:women|men|value))\]/.exec(leaf.row?.text ?? '');
    if (named) put(`jamkrav:${named[1]}`, leaf, 'row');
  }
  const contract = props.get(REPORT_PROPERTIES.contract);
  const period = props.get(REPORT_PROPERTIES.period);
  const formLang = props.get(REPORT_PROPERTIES.lang);
  return {
    values,
    foundBy,
    ...(contract ? { contract } : {}),
    ...(period ? { period } : {}),
    ...(formLang ? { lang: formLang } : {}),
  };
}
