// The attributes of a start tag: read and checked (quoting, `<` and references in values,
// duplicates in linear time, namespace declarations), but not decoded: readers decode the few
// they ask for (see XmlTag.attr).
import { isSpace, sameAs, sameText } from './chars.js';
import { decodeRefs } from './entities.js';
import { XmlSyntaxError } from './errors.js';
import type { Lookahead } from './lookahead.js';
import { intern, type NameReader } from './names.js';
import { XML_NS, XMLNS_NS, type Scope } from './scope.js';
import { attributeValue } from './text.js';

/** Attributes on one element past which duplicates are found through a set rather than by comparing each pair. */
const FEW_ATTRIBUTES = 8;
/** Numbers kept per attribute: name start, colon (or -1), name end, value start, value end. */
const STRIDE = 5;

/** Reads start tags of one scan; its fields describe the tag read last. */
export class StartTagReader {
  /** Attribute bounds of the tag read last, STRIDE numbers each. */
  private attrs = new Int32Array(8 * STRIDE);
  /** How many numbers of `attrs` are in use. */
  private used = 0;
  /** Namespace declarations of the tag read last, or null for none. */
  declared: Map<string, string> | null = null;
  selfClosing = false;

  constructor(
    private readonly src: string,
    private readonly names: NameReader,
    private readonly ahead: Lookahead,
  ) {}

  /** Reads from `i` (just past the element name of the tag at `lt`) to its `>` or `/>`, which it returns. */
  read(lt: number, i: number): number {
    const { src } = this;
    const len = src.length;
    this.used = 0;
    this.declared = null;
    this.selfClosing = false;
    let seen: Set<string> | null = null;
    for (;;) {
      if (i >= len) throw new XmlSyntaxError('unclosed start tag', lt);
      let c = src.charCodeAt(i);
      if (c === 0x3e) return i;
      if (c === 0x2f) {
        if (src.charCodeAt(i + 1) !== 0x3e)
          throw new XmlSyntaxError('forward-slash in opening tag not followed by >', i);
        this.selfClosing = true;
        return i;
      }
      if (!isSpace(c)) throw new XmlSyntaxError('no whitespace between attributes', i);
      while (i < len && isSpace(src.charCodeAt(i))) i++;
      c = src.charCodeAt(i);
      if (c === 0x3e || c === 0x2f) continue;
      // An attribute: name = "value".
      const aStart = i;
      const aEnd = this.names.read(i);
      const aColon = this.names.colon;
      i = aEnd;
      while (isSpace(src.charCodeAt(i))) i++;
      if (src.charCodeAt(i) !== 0x3d) throw new XmlSyntaxError('attribute without value', i);
      i++;
      while (isSpace(src.charCodeAt(i))) i++;
      const quote = src.charCodeAt(i);
      if (quote !== 0x22 && quote !== 0x27) throw new XmlSyntaxError('unquoted attribute value', i);
      const vStart = i + 1;
      const vEnd = src.indexOf(quote === 0x22 ? '"' : "'", vStart);
      if (vEnd < 0) throw new XmlSyntaxError('unterminated attribute value', vStart);
      // The search for `<` is also where the next tag starts, so the scan loop need not repeat it.
      const nextLt = this.ahead.ltFrom(vStart);
      if (nextLt < vEnd) throw new XmlSyntaxError('disallowed character < in attribute value', nextLt);
      // Check the references now, so a bad one fails here even if no reader asks for the value.
      if (this.ahead.ampFrom(vStart) < vEnd) decodeRefs(src, vStart, vEnd);
      i = vEnd + 1;
      seen = this.checkUnique(aStart, aEnd, seen);
      this.push(aStart, aColon, aEnd, vStart, vEnd);
      // Namespace declarations: `xmlns="…"` and `xmlns:p="…"`.
      const aLen = aEnd - aStart;
      if (
        aLen >= 5 &&
        src.charCodeAt(aStart) === 0x78 &&
        sameAs(src, aStart, 'xmlns') &&
        (aLen === 5 || aColon === aStart + 5)
      ) {
        this.declare(aLen === 5 ? '' : src.slice(aColon + 1, aEnd), aStart, aEnd, vStart, vEnd);
      }
    }
  }

  /** Refuses a second attribute of the same name; past a few, through `seen` (made on first need). */
  private checkUnique(aStart: number, aEnd: number, seen: Set<string> | null): Set<string> | null {
    const { src, attrs, used } = this;
    const aLen = aEnd - aStart;
    if (used < STRIDE * FEW_ATTRIBUTES) {
      for (let k = 0; k < used; k += STRIDE) {
        if (attrs[k + 2]! - attrs[k]! === aLen && sameText(src, attrs[k]!, aStart, aLen)) {
          throw new XmlSyntaxError(`duplicate attribute: ${src.slice(aStart, aEnd)}`, aStart);
        }
      }
      return seen;
    }
    // Comparing each pair is quadratic: 100,000 attributes on one element took 25 s.
    let names = seen;
    if (names === null) {
      names = new Set();
      for (let k = 0; k < used; k += STRIDE) names.add(src.slice(attrs[k]!, attrs[k + 2]!));
    }
    const aName = src.slice(aStart, aEnd);
    if (names.has(aName)) throw new XmlSyntaxError(`duplicate attribute: ${aName}`, aStart);
    names.add(aName);
    return names;
  }

  private push(aStart: number, aColon: number, aEnd: number, vStart: number, vEnd: number): void {
    const n = this.used;
    if (n + STRIDE > this.attrs.length) {
      const grown = new Int32Array(this.attrs.length * 2);
      grown.set(this.attrs);
      this.attrs = grown;
    }
    const attrs = this.attrs;
    attrs[n] = aStart;
    attrs[n + 1] = aColon;
    attrs[n + 2] = aEnd;
    attrs[n + 3] = vStart;
    attrs[n + 4] = vEnd;
    this.used = n + STRIDE;
  }

  private declare(prefix: string, aStart: number, aEnd: number, vStart: number, vEnd: number): void {
    const { src } = this;
    const uri = attributeValue(src, vStart, vEnd);
    if (prefix !== '' && uri === '') throw new XmlSyntaxError(`empty namespace URI for prefix "${prefix}"`, aStart);
    // `xmlns` is never declared, `xml` only to its own URI, and no other prefix to either.
    const reserved = prefix === 'xmlns' || uri === XMLNS_NS || (prefix === 'xml') !== (uri === XML_NS);
    if (reserved) throw new XmlSyntaxError(`reserved namespace binding: ${src.slice(aStart, aEnd)}`, aStart);
    this.declared ??= new Map();
    this.declared.set(prefix, intern(uri));
  }

  /**
   * Refuses an attribute prefix `scope` does not bind (an unprefixed attribute is in no
   * namespace). `nameStart` and `colon` are the element's, whose own prefix was just resolved.
   */
  checkPrefixes(scope: Scope, nameStart: number, colon: number): void {
    const { src, attrs, used } = this;
    for (let k = 0; k < used; k += STRIDE) {
      const aColon = attrs[k + 1]!;
      if (aColon < 0) continue;
      const aStart = attrs[k]!;
      // `xmlns:` and `xml:` are always bound; so is the element's own prefix.
      if (colon >= 0 && aColon - aStart === colon - nameStart && sameText(src, aStart, nameStart, colon - nameStart))
        continue;
      if (aColon - aStart === 3 && sameAs(src, aStart, 'xml')) continue;
      const p = src.slice(aStart, aColon);
      if (p !== 'xmlns' && !scope.has(p)) throw new XmlSyntaxError(`unbound namespace prefix: "${p}"`, aStart);
    }
  }
}
