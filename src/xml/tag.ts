// The element a scan hands to its reader: name, namespace, offsets, and attributes decoded on demand.
import { isSpace } from './chars.js';
import { XMLNS_NS, type Scope } from './scope.js';
import { attributeValue } from './text.js';

/** One attribute, in the shape a namespace-aware SAX parser reports it. */
export interface XmlAttribute {
  name: string;
  prefix: string;
  local: string;
  uri: string;
  value: string;
}

/**
 * An element as the readers see it. The attributes stay undecoded text until asked for: a
 * Word run carries revision ids nobody reads, and decoding them would be most of the work.
 *
 * A tag is valid only during the callback it is passed to: a scan hands out one object per
 * element name and namespace scope, pointed at the current element's attributes before each
 * call, so that reading a document allocates a few dozen tags rather than one per element.
 * A reader that needs anything later copies it (the name, an attribute value, an offset).
 */
export class XmlTag {
  /** @internal where the attributes of the current element start and end in `src` */
  attrStart = 0;
  /** @internal */
  attrEnd = 0;
  /** Offset of the `<` that starts the current element (in `open` and `close`). */
  start = 0;
  /**
   * Offset just past the current element's last `>`: its start tag's in `open`, its end tag's
   * (or the self-closing start tag's) in `close`. Editors splice the text with these.
   */
  end = 0;
  /**
   * The reader's own note on this element name, -1 until it writes one. A tag is handed to one
   * reader only (each scan makes its own), for every element of its name in its scope: what the
   * reader makes of the name it can work out once and keep here (docx-story keeps a role).
   */
  role = -1;

  /** @internal */
  constructor(
    readonly name: string,
    readonly prefix: string,
    readonly local: string,
    readonly uri: string,
    /** @internal the scanned text */
    readonly src: string,
    /** @internal the namespace bindings in force on this element */
    readonly scope: Scope,
  ) {}

  /** The URI `prefix` stands for on this element ('' for the default namespace when none is declared). */
  namespaceOf(prefix: string): string | undefined {
    return this.scope.get(prefix) ?? (prefix === '' ? '' : undefined);
  }

  /** The decoded value of the first attribute with this local name, whatever its prefix. */
  attr(local: string): string | undefined {
    const { src } = this;
    let i = this.attrStart;
    const end = this.attrEnd;
    while (i < end) {
      const c = src.charCodeAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      // Already checked by the scanner: name, optional spaces, `=`, spaces, quoted value.
      const nameStart = i;
      let colon = -1;
      while (i < end) {
        const d = src.charCodeAt(i);
        if (d === 0x3d || isSpace(d)) break;
        if (d === 0x3a) colon = i;
        i++;
      }
      const nameEnd = i;
      while (src.charCodeAt(i) !== 0x22 && src.charCodeAt(i) !== 0x27) i++;
      const quote = src.charCodeAt(i);
      const valueStart = i + 1;
      const valueEnd = src.indexOf(quote === 0x22 ? '"' : "'", valueStart);
      i = valueEnd + 1;
      const localStart = colon >= 0 ? colon + 1 : nameStart;
      if (nameEnd - localStart === local.length && src.startsWith(local, localStart)) {
        return attributeValue(src, valueStart, valueEnd);
      }
    }
    return undefined;
  }

  /** Every attribute, decoded (for tests and diagnostics; readers use {@link XmlTag.attr}). */
  get attributes(): Record<string, XmlAttribute> {
    const out: Record<string, XmlAttribute> = {};
    const { src } = this;
    let i = this.attrStart;
    const end = this.attrEnd;
    while (i < end) {
      if (isSpace(src.charCodeAt(i))) {
        i++;
        continue;
      }
      const nameStart = i;
      while (i < end && src.charCodeAt(i) !== 0x3d && !isSpace(src.charCodeAt(i))) i++;
      const name = src.slice(nameStart, i);
      while (src.charCodeAt(i) !== 0x22 && src.charCodeAt(i) !== 0x27) i++;
      const valueEnd = src.indexOf(src[i]!, i + 1);
      const value = attributeValue(src, i + 1, valueEnd);
      i = valueEnd + 1;
      const colon = name.indexOf(':');
      const prefix = colon >= 0 ? name.slice(0, colon) : '';
      const local = colon >= 0 ? name.slice(colon + 1) : name;
      const uri = name === 'xmlns' ? XMLNS_NS : prefix ? (this.scope.get(prefix) ?? '') : '';
      out[name] = { name, prefix, local, uri, value };
    }
    return out;
  }
}
