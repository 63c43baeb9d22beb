// What the story walker does with each WordprocessingML element, as a small number worked out
// once per tag (the scanner hands the same tag for every element of a name in a scope) and kept
// on it: most elements of a document are ones the walker never reads (`w:lang`, `w:b`, `w:tcW`,
// …), and neither they nor the others then cost a string comparison.
import { isW, MC_NS } from './docx-package.js';
import type { XmlTag } from './xml.js';

/** Elements whose whole content is not visible text. */
const SKIP = new Set([
  'del',
  'moveFrom',
  'delText',
  'instrText',
  'delInstrText',
  'rt',
  'rubyPr',
  'sectPr',
  'pPrChange',
  'rPrChange',
  'tblPrChange',
  'trPrChange',
  'tcPrChange',
  'sectPrChange',
  'numberingChange',
  'sdtPr',
  'sdtEndPr',
  'tblPr',
  'tblGrid',
  'fldData',
  'ffData',
  'customXmlPr',
  'smartTagPr',
]);

/** Properties and markers the walker reads an attribute of. */
const PROPERTIES = [
  'pStyle',
  'numId',
  'ilvl',
  'outlineLvl',
  'rStyle',
  'vanish',
  'strike',
  'dstrike',
  'gridSpan',
  'gridBefore',
  'footnoteReference',
  'endnoteReference',
  'commentRangeStart',
  'commentReference',
];

/** Not read: not WordprocessingML, or an element the walker does nothing with. */
export const R_NONE = 0;
/** Markup compatibility (`mc:AlternateContent`, `mc:Choice`, `mc:Fallback`, …). */
export const R_MC = 1;
/** One of SKIP: content not visible. */
export const R_SKIP = 2;
/** One of PROPERTIES. */
export const R_PROPERTY = 3;
// Elements the walker's `open` and `close` handle in their switches.
export const R_P = 4;
export const R_PPR = 5;
export const R_RPR = 6;
export const R_R = 7;
export const R_T = 8;
export const R_BLANK = 9;
export const R_NOBREAKHYPHEN = 10;
export const R_FLDCHAR = 11;
export const R_TBL = 12;
export const R_TR = 13;
export const R_TC = 14;
export const R_TXBXCONTENT = 15;
export const R_FOOTNOTE = 16;
export const R_ENDNOTE = 17;
export const R_COMMENT = 18;
export const R_ALTCHUNK = 19;

const ROLES = new Map<string, number>([
  ['p', R_P],
  ['pPr', R_PPR],
  ['rPr', R_RPR],
  ['r', R_R],
  ['t', R_T],
  ['tab', R_BLANK],
  ['ptab', R_BLANK],
  ['br', R_BLANK],
  ['cr', R_BLANK],
  ['noBreakHyphen', R_NOBREAKHYPHEN],
  ['fldChar', R_FLDCHAR],
  ['tbl', R_TBL],
  ['tr', R_TR],
  ['tc', R_TC],
  ['txbxContent', R_TXBXCONTENT],
  ['footnote', R_FOOTNOTE],
  ['endnote', R_ENDNOTE],
  ['comment', R_COMMENT],
  ['altChunk', R_ALTCHUNK],
  ...PROPERTIES.map((local): [string, number] => [local, R_PROPERTY]),
]);

function roleOf(tag: XmlTag): number {
  if (tag.uri === MC_NS) return R_MC;
  if (!isW(tag)) return R_NONE;
  if (SKIP.has(tag.local)) return R_SKIP;
  return ROLES.get(tag.local) ?? R_NONE;
}

/** The tag's role, worked out on first sight and kept on the tag. */
export function role(tag: XmlTag): number {
  const known = tag.role;
  return known >= 0 ? known : (tag.role = roleOf(tag));
}
