// WordprocessingML as a template may write it: the transitional or the ISO Strict namespace,
// under any prefix. Our own blocks are written as `w:` transitional; this fits them to the
// place they are put.
import { scanXml, XmlSyntaxError, type XmlTag } from '../xml/index.js';

export const W_TRANSITIONAL = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const W_STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';

/** Whether the element is WordprocessingML with this local name, in either namespace. */
export function isW(tag: XmlTag, local: string): boolean {
  return tag.local === local && (tag.uri === W_TRANSITIONAL || tag.uri === W_STRICT);
}

/** What our `w:` XML needs to mean the same at one place of a template. */
export interface Fit {
  /** The WordprocessingML namespace of the template there. */
  uri: string;
  /** Whether `w` must be declared on our elements (the template uses another prefix or binds `w` otherwise). */
  declare: boolean;
}

/** The fit for XML put in place of the element `tag` (a WordprocessingML paragraph). */
export function fitAt(tag: XmlTag): Fit {
  return { uri: tag.uri, declare: tag.namespaceOf('w') !== tag.uri };
}

/**
 * The namespace declarations written on an element's own start tag (` xmlns:x="…"`), to keep when it is rewritten.
 */
export function ownDeclarations(xml: string, tag: XmlTag): string {
  if (!xml.slice(tag.start, tag.end).includes('xmlns')) return '';
  return Object.values(tag.attributes)
    .filter((a) => a.name === 'xmlns' || a.prefix === 'xmlns')
    .map((a) => ` ${a.name}="${a.value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join('');
}

/**
 * Our `w:` XML (a run of paragraphs and tables) fitted to a place: `w` declared on each
 * top-level element where the template does not bind it to the same namespace, and in Strict
 * the one transitional-only attribute our blocks write (`w:tblLook/@w:val`) left out.
 */
export function fitBlock(xml: string, fit: Fit): string {
  let out = fit.uri === W_STRICT ? xml.replace(/(<w:tblLook) w:val="[0-9A-Fa-f]*"/g, '$1') : xml;
  if (!fit.declare || !out.includes('<')) return out;
  // Where each top-level element's name ends, found by scanning it inside a wrapper that binds `w`.
  const head = `<x xmlns:w="${fit.uri}">`;
  const wrapped = `${head}${out}</x>`;
  const at: number[] = [];
  let depth = 0;
  scanXml(
    wrapped,
    {
      open(tag) {
        if (++depth === 2) at.push(tag.start + 1 + tag.name.length - head.length);
      },
      close() {
        depth--;
      },
      text() {},
    },
    {
      maxDepth: 512,
      onDepth: () => {
        throw new XmlSyntaxError('block nested too deeply', 0);
      },
    },
  );
  let fitted = '';
  let pos = 0;
  for (const i of at) {
    fitted += `${out.slice(pos, i)} xmlns:w="${fit.uri}"`;
    pos = i;
  }
  out = fitted + out.slice(pos);
  return out;
}
