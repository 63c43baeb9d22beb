// A document of jamkrav's own beside the appendix (the supplier's answer form, the authority's
// annex): the built-in template's page, styles, header and footer with a body of our making.
// It goes through the same filling, date pinning and deterministic packing as the appendix.
import type { Lang } from '../types.js';
import { builtinTemplate, builtinTemplatePath } from './builtin.js';
import { fillPart } from './docx-fill.js';
import type { FillContext } from './docx-fill.js';
import type { MetaValues } from './meta.js';
import { escapeAttr, escapeXml, run } from './ooxml.js';
import type { StyleIds } from './ooxml.js';
import { openDocx } from './package.js';
import { pinCoreDates, repack } from './repack.js';
import { ensureStyles } from './styles.js';

/** A4 landscape text width with the template's 2.5 cm margins, in twips. */
export const LANDSCAPE_WIDTH = 16838 - 2 * 1418;

export interface OwnDocument {
  lang: Lang;
  values: MetaValues;
  /** The document date (zip entries and document properties). */
  date: string | undefined;
  /** The body's XML, given the style ids the template resolves to. */
  body: (styles: StyleIds) => string;
  landscape?: boolean;
  /** Document-level custom properties (docProps/custom.xml), all strings, in this order. */
  properties?: Array<[name: string, value: string]>;
  /** A line set in bold above the header's own (the confidentiality line of an evaluation record). */
  headerNote?: string;
}

/** docProps/custom.xml with string properties; pids start at 2 as the format requires. */
function customXml(properties: Array<[string, string]>): string {
  const fmtid = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';
  const items = properties
    .map(
      ([name, value], i) =>
        `<property fmtid="${fmtid}" pid="${i + 2}" name="${escapeAttr(name)}"><vt:lpwstr>${escapeXml(value)}` +
        `</vt:lpwstr></property>`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
    `xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${items}</Properties>`
  );
}

/** Builds the DOCX. The built-in template is known good, so nothing here is the user's error. */
export async function renderOwnDocument(doc: OwnDocument): Promise<Uint8Array> {
  const pkg = openDocx(await builtinTemplate(doc.lang), builtinTemplatePath(doc.lang), doc.lang);
  const main = pkg.mainPart()!;
  const styles = ensureStyles(pkg, main, pkg);
  const xml = pkg.text(main)!;
  const open = xml.indexOf('<w:body>') + '<w:body>'.length;
  const sect = xml.lastIndexOf('<w:sectPr');
  let sectPr = xml.slice(sect);
  if (doc.landscape)
    sectPr = sectPr.replace(/<w:pgSz\b[^>]*\/>/, '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
  pkg.setText(main, xml.slice(0, open) + doc.body(styles) + sectPr);

  // Headers and footers carry the authority and the reference, as on the appendix.
  const ctx: FillContext = {
    values: doc.values,
    blocks: { introduction: '', requirements: '', evaluation: '', followup: '', checklist: '' },
    found: new Map(),
    notAlone: [],
  };
  for (const part of (['header', 'footer'] as const).flatMap((k) => pkg.related(main, k))) {
    const text = pkg.text(part);
    if (text === undefined) continue;
    const filled = fillPart(text, part, ctx);
    const note =
      doc.headerNote && part.includes('header')
        ? `<w:p><w:pPr><w:jc w:val="right"/></w:pPr>${run(doc.headerNote, { bold: true })}</w:p>`
        : '';
    pkg.setText(part, note ? filled.replace(/<w:hdr\b[^>]*>/, (open) => open + note) : filled);
  }
  if (doc.properties && pkg.has('docProps/custom.xml')) pkg.setText('docProps/custom.xml', customXml(doc.properties));
  pinCoreDates(pkg, doc.date);
  return repack(pkg, doc.date);
}
