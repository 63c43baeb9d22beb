// A WordprocessingML paragraph and run as a story pass tracks them: the properties that decide
// what a paragraph is (style, numbering, outline level) and whether its text is hidden, and
// where a paragraph goes: a heading, a list item or a plain paragraph.
import type { BlockExtras } from './blocks.js';
import type { Styles } from './docx-package.js';
import type { Para as BasePara } from './story-blocks.js';
import { attr, type XmlTag } from './xml.js';

export interface Para extends BasePara {
  style?: string;
  numId?: string;
  ilvl?: number;
  outline?: number;
  hiddenStyle?: boolean;
}

export interface Run {
  vanish?: boolean;
  /** Struck through (`w:strike`, `w:dstrike`): text the author deleted in plain sight. */
  struck?: boolean;
  styleHidden?: boolean;
}

/**
 * A paragraph with every property unset. Its properties are set in any order, as `w:pPr` lists
 * them: created with all keys, every paragraph has one shape, and the reader's loops are
 * compiled once for it rather than again for each order met.
 */
export function newPara(buf: Para['buf']): Para {
  return {
    buf,
    anchors: [],
    style: undefined,
    numId: undefined,
    ilvl: undefined,
    outline: undefined,
    hiddenStyle: undefined,
  };
}

/** A run with every property unset (see `newPara`). */
export function newRun(): Run {
  return { vanish: undefined, struck: undefined, styleHidden: undefined };
}

/** Records a property read inside `w:pPr`; false when `local` names none a paragraph keeps. */
export function setParaProperty(para: Para, local: string, tag: XmlTag): boolean {
  switch (local) {
    case 'pStyle':
      para.style = attr(tag, 'val');
      return true;
    case 'numId':
      para.numId = attr(tag, 'val');
      return true;
    case 'ilvl':
      para.ilvl = Number(attr(tag, 'val')) || 0;
      return true;
    case 'outlineLvl':
      para.outline = Number(attr(tag, 'val'));
      return true;
  }
  return false;
}

/** A heading by outline level or style, else a list item by numbering or style, else a paragraph. */
export function placement(para: Para, styles: Styles): BlockExtras {
  const level =
    para.outline !== undefined ? (para.outline < 9 ? para.outline + 1 : undefined) : styles.headingLevel(para.style);
  if (level) return { level };
  const listLevel =
    para.numId !== undefined ? (para.numId !== '0' ? (para.ilvl ?? 0) + 1 : undefined) : styles.listLevel(para.style);
  return listLevel ? { listLevel } : {};
}
