// A small, linear, namespace-aware XML scanner for document parts. It replaces a general SAX
// parser because reading a tender is mostly this loop: indexOf jumps over text, names and
// attributes are checked with character codes, and attributes are decoded only when a reader
// asks for one. No DOCTYPE is ever accepted (so no entity is ever defined, expanded or
// fetched); only the five predefined entities and character references are decoded.

/** A well-formedness error at a character offset of the scanned text. */
export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Thrown for a DOCTYPE declaration, which is refused rather than parsed. */
export class XmlDoctypeError extends Error {}

/** One attribute, in the shape a namespace-aware SAX parser reports it. */
export interface XmlAttribute {
  name: string;
  prefix: string;
  local: string;
  uri: string;
  value: string;
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/**
 * Prefix → namespace URI: an element's own declarations over its parent's scope. Never changed
 * once made, so tags can keep theirs. A chain rather than a copy of the parent's bindings: a copy
 * per declaring element made 20,000 children of an element with 20,000 declarations cost
 * 400 million map entries. A lookup walks at most the nesting depth, and remembers its answer.
 */
class Scope {
  private readonly seen = new Map<string, string | null>();

  constructor(
    private readonly parent: Scope | null,
    private readonly own: ReadonlyMap<string, string>,
  ) {}

  get(prefix: string): string | undefined {
    const known = this.seen.get(prefix);
    if (known !== undefined) return known ?? undefined;
    let found: string | undefined;
    for (let s: Scope | null = this; s !== null && found === undefined; s = s.parent) found = s.own.get(prefix);
    this.seen.set(prefix, found ?? null);
    return found;
  }

  has(prefix: string): boolean {
    return this.get(prefix) !== undefined;
  }
}

const ROOT_SCOPE = new Scope(null, new Map([
  ['xml', XML_NS],
  ['xmlns', XMLNS_NS],
]));

/** Attributes on one element past which duplicates are found through a set rather than by comparing each pair. */
const FEW_ATTRIBUTES = 8;

/**
 * An element as the readers see it. The attributes stay undecoded text until asked for: a
 * Word run carries revision ids nobody reads, and decoding them would be most of the work.
 *
 * A tag is valid only during the callback it is passed to: a scan hands out one object per
 * element name and namespace scope, pointed at the current element's attributes before each
 * call, so that reading a document allocates a few dozen tags rather than one per element.
 * A reader that needs anything later copies it (the name, an attribute value).
 */
export class XmlTag {
  /** @internal where the attributes of the current element start and end in `src` */
  attrStart = 0;
  /** @internal */
  attrEnd = 0;
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

/** What a scan reports. Text arrives decoded, with line ends normalised to `\n`. */
export interface XmlScanHandlers {
  open(tag: XmlTag): void;
  close(tag: XmlTag): void;
  text(text: string): void;
}

export interface XmlScanOptions {
  /** Deepest element nesting; one more level calls `onDepth` (which is expected to throw). */
  maxDepth: number;
  onDepth(): never;
}

// Character classes for names: ASCII by table, everything from U+0080 up is accepted (the XML
// name ranges exclude only a few symbols there; telling them apart buys a reader nothing).
const NAME_START = new Uint8Array(128);
const NAME_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  const start = /[A-Za-z_:]/.test(ch);
  NAME_START[c] = start ? 1 : 0;
  NAME_CHAR[c] = start || /[0-9.\-]/.test(ch) ? 1 : 0;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

function isNameStart(c: number): boolean {
  return c < 128 ? NAME_START[c] === 1 : c !== 0xd7 && c !== 0xf7;
}

function isNameChar(c: number): boolean {
  return c < 128 ? NAME_CHAR[c] === 1 : c !== 0xd7 && c !== 0xf7;
}

/** Whether a name read up to a character `c` ends before it (false past the end of the text). */
function endsName(c: number): boolean {
  return c < 128 && NAME_CHAR[c] === 0;
}

/** Characters XML 1.0 never allows, even as references (the C0 controls but tab, LF, CR; U+FFFE/F). */
const FORBIDDEN = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/;

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };

/**
 * The engine's shared copy of a string. Readers compare every tag's URI with their constants;
 * with the shared copy that is one pointer comparison instead of sixty characters.
 */
function intern(s: string): string {
  const o: Record<string, true> = { [s]: true };
  return Object.keys(o)[0] ?? s;
}

interface QName {
  name: string;
  prefix: string;
  local: string;
  /** Index among the remembered names (below MAX_QNAMES), or -1 for a name past the limit. */
  id: number;
  /**
   * The name of the element that last opened right after one of this name: a guess at the
   * next one, which is right most of the time (`w:r`, `w:rPr`, `w:lang`, `w:t`, `w:r`, …).
   */
  next: QName | null;
}

/**
 * Element names seen so far, by a hash of their characters. A document repeats a few dozen
 * names thousands of times: looking them up costs less than slicing them out again, and the
 * shared strings make the readers' comparisons and set lookups on `local` cheap.
 */
const QNAMES = new Map<number, (QName & { hash: number })[]>();
let qnameCount = 0;
/** Enough for every vocabulary in use; a document inventing names past it just gets fresh strings. */
const MAX_QNAMES = 4096;

/** The last name seen per low bits of the hash: most lookups end here, before the map. */
const QSLOTS: (QName & { hash: number })[] = [];

function qnameAt(src: string, from: number, to: number, colon: number): QName {
  const n = to - from;
  let h = n;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + src.charCodeAt(i)) | 0;
  const slot = QSLOTS[h & 255];
  if (slot !== undefined && slot.hash === h && slot.name.length === n && sameAs(src, from, slot.name)) return slot;
  const found = qnameSlow(src, from, to, colon, h);
  QSLOTS[h & 255] = found;
  return found;
}

function qnameSlow(src: string, from: number, to: number, colon: number, h: number): QName & { hash: number } {
  const n = to - from;
  const bucket = QNAMES.get(h);
  if (bucket) {
    for (const q of bucket) if (q.name.length === n && src.startsWith(q.name, from)) return q;
  }
  const name = intern(src.slice(from, to));
  const id = qnameCount < MAX_QNAMES ? qnameCount : -1;
  const q = colon >= 0
    ? { name, prefix: intern(src.slice(from, colon)), local: intern(src.slice(colon + 1, to)), id, next: null, hash: h }
    : { name, prefix: '', local: name, id, next: null, hash: h };
  if (id >= 0) {
    qnameCount++;
    if (bucket) bucket.push(q);
    else QNAMES.set(h, [q]);
  }
  return q;
}

/** Whether `src` holds `s` at `from`: a loop, as the names compared are short and startsWith is a runtime call. */
function sameAs(src: string, from: number, s: string): boolean {
  const n = s.length;
  if (from + n > src.length) return false;
  for (let k = 0; k < n; k++) if (src.charCodeAt(from + k) !== s.charCodeAt(k)) return false;
  return true;
}

/** `s.indexOf(what, from)`, or `none` when absent. */
function indexOr(s: string, what: string, from: number, none: number): number {
  const i = s.indexOf(what, from);
  return i < 0 ? none : i;
}

/** Decodes entity and character references in `whole[start, stop)`; throws on any other `&`. */
function decodeRefs(whole: string, start: number, stop: number): string {
  // A copy of just the range, so that no search runs on into the rest of the document.
  const src = whole.slice(start, stop);
  const from = 0;
  const to = src.length;
  let out = '';
  let last = from;
  for (let amp = src.indexOf('&', from); amp >= 0; amp = src.indexOf('&', last)) {
    const semi = src.indexOf(';', amp);
    if (semi < 0 || semi - amp > 12) throw new XmlSyntaxError('unterminated entity reference', start + amp);
    const ref = src.slice(amp + 1, semi);
    let ch: string | undefined;
    if (ref.charCodeAt(0) === 0x23) {
      const hex = ref.charCodeAt(1) === 0x78;
      const digits = ref.slice(hex ? 2 : 1);
      const code = (hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits) ? parseInt(digits, hex ? 16 : 10) : NaN;
      if (!isXmlChar(code)) throw new XmlSyntaxError(`invalid character reference &${ref};`, start + amp);
      ch = String.fromCodePoint(code);
    } else {
      // Own keys only: `&constructor;` is an undefined entity, not Object's constructor.
      ch = Object.hasOwn(PREDEFINED, ref) ? PREDEFINED[ref] : undefined;
      if (ch === undefined) throw new XmlSyntaxError(`undefined entity &${ref};`, start + amp);
    }
    out += src.slice(last, amp) + ch;
    last = semi + 1;
  }
  return out + src.slice(last, to);
}

function isXmlChar(c: number): boolean {
  return (
    c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff)
  );
}

/** Text content: references decoded, CR LF and lone CR read as LF. */
function textValue(src: string, from: number, to: number, amp: boolean): string {
  const s = amp ? decodeRefs(src, from, to) : src.slice(from, to);
  return s.indexOf('\r') >= 0 ? s.replace(/\r\n?/g, '\n') : s;
}

/**
 * An attribute value as XML normalises it: literal tab, LF and CR (CR LF counting once) become
 * spaces, references are decoded afterwards (so `&#10;` stays a line feed).
 */
function attributeValue(src: string, from: number, to: number): string {
  let plain = true;
  for (let i = from; i < to; i++) {
    const c = src.charCodeAt(i);
    if (c === 0x26 || c === 0x09 || c === 0x0a || c === 0x0d) {
      plain = false;
      break;
    }
  }
  if (plain) return src.slice(from, to);
  const spaced = src.slice(from, to).replace(/\r\n|[\r\n\t]/g, ' ');
  return spaced.indexOf('&') >= 0 ? decodeRefs(spaced, 0, spaced.length) : spaced;
}

/**
 * Scans `src` (a whole part, already decoded) and reports every element and piece of text.
 * @throws XmlSyntaxError for anything not well-formed, XmlDoctypeError for a DOCTYPE
 */
export function scanXml(src: string, h: XmlScanHandlers, opts: XmlScanOptions): void {
  const len = src.length;
  const bad = FORBIDDEN.exec(src);
  if (bad) throw new XmlSyntaxError(`disallowed character U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')}`, bad.index);
  let pos = src.charCodeAt(0) === 0xfeff ? 1 : 0;
  const xmlDeclAt = pos;
  const stack: XmlTag[] = [];
  /** The name of the element opened last. */
  let previous: QName | null = null;
  /** Attribute bounds of the open elements, two per level, for their tags' `attr` at close. */
  let bounds = new Int32Array(64);
  /** This scan's tag per remembered name (by QName id); reused while the scope is the same. */
  const tags: (XmlTag | undefined)[] = [];
  let scope: Scope = ROOT_SCOPE;
  let rootDone = false;
  let nextAmp = -1;
  /** The first `<` at or after the last place searched from (every `<` before it was passed). */
  let nextLt = -1;
  /** Where the colon of the name last read by readName is, or -1. */
  let nameColon = -1;
  let nextCdataEnd = -1;
  // Attribute name and value bounds of the tag being read: [nameStart, colon, nameEnd, valueStart, valueEnd].
  let attrs = new Int32Array(40);
  // Last element prefix looked up, so `w:` costs one comparison rather than a map lookup.
  let lastPrefix = '';
  let lastPrefixScope: Scope | null = null;
  let lastPrefixUri = '';

  const resolve = (prefix: string, at: number): string => {
    if (prefix === lastPrefix && scope === lastPrefixScope) return lastPrefixUri;
    const uri = scope.get(prefix);
    if (uri === undefined) throw new XmlSyntaxError(`unbound namespace prefix: "${prefix}"`, at);
    lastPrefix = prefix;
    lastPrefixScope = scope;
    lastPrefixUri = uri;
    return uri;
  };

  while (pos < len) {
    // Most tags follow the previous one directly: no search needed. Nor after a tag with
    // attributes, whose values were checked for `<` by a search that found the next one.
    const lt = src.charCodeAt(pos) === 0x3c ? pos : nextLt >= pos ? (nextLt < len ? nextLt : -1) : src.indexOf('<', pos);
    const textEnd = lt < 0 ? len : lt;
    if (textEnd > pos) {
      scanText(pos, textEnd);
      if (lt < 0) break;
    }
    pos = lt;
    const c1 = src.charCodeAt(lt + 1);
    if (c1 === 0x2f) pos = closeTag(lt);
    else if (c1 === 0x21) pos = markupDecl(lt);
    else if (c1 === 0x3f) pos = processingInstruction(lt);
    else pos = openTag(lt);
  }
  if (stack.length > 0) throw new XmlSyntaxError(`unclosed tag: ${stack[stack.length - 1]!.name}`, len);
  if (!rootDone) throw new XmlSyntaxError('document must contain a root element', len);

  function scanText(from: number, to: number): void {
    let amp = false;
    if (stack.length === 0) {
      for (let i = from; i < to; i++) {
        if (!isSpace(src.charCodeAt(i))) throw new XmlSyntaxError(rootDone ? 'text data outside of root node' : 'text data before root node', i);
      }
    } else {
      // The next `&` and `]]>` are remembered, so each is searched for once per occurrence, not once per text.
      if (nextAmp < from) nextAmp = indexOr(src, '&', from, len);
      amp = nextAmp < to;
      if (nextCdataEnd < from) nextCdataEnd = indexOr(src, ']]>', from, len);
      if (nextCdataEnd + 2 < to) throw new XmlSyntaxError('the string "]]>" is disallowed in char data', nextCdataEnd);
    }
    h.text(textValue(src, from, to, amp));
  }

  /** Reads a name from `from`; returns its end and sets `nameColon`, refusing `a:b:c`, `:a` and `a:`. */
  function readName(from: number): number {
    if (!isNameStart(src.charCodeAt(from))) throw new XmlSyntaxError('disallowed character in tag name', from);
    let colon = src.charCodeAt(from) === 0x3a ? from : -1;
    let i = from + 1;
    for (; i < len; i++) {
      const c = src.charCodeAt(i);
      // ASCII letters first: nearly every character of a name is one.
      if (((c | 0x20) - 0x61) >>> 0 < 26) continue;
      if (c === 0x3a) {
        if (colon >= 0) colon = -2;
        else colon = i;
      } else if (!isNameChar(c)) break;
    }
    if (colon === from || colon === -2 || colon === i - 1) throw new XmlSyntaxError(`malformed qualified name: ${src.slice(from, i)}`, from);
    nameColon = colon;
    return i;
  }

  /** Whether `src[a, a+n)` and `src[b, b+n)` are the same characters. */
  function sameText(a: number, b: number, n: number): boolean {
    for (let k = 0; k < n; k++) if (src.charCodeAt(a + k) !== src.charCodeAt(b + k)) return false;
    return true;
  }

  function openTag(lt: number): number {
    if (rootDone && stack.length === 0) throw new XmlSyntaxError('multiple root elements', lt);
    const nameStart = lt + 1;
    // The guessed name, if the text holds it and it ends there: it was read and checked as a
    // name when first seen, so it needs neither reading nor looking up again.
    let q = previous === null ? null : previous.next;
    let nameEnd: number;
    let colon: number;
    if (q !== null && sameAs(src, nameStart, q.name) && endsName(src.charCodeAt(nameStart + q.name.length))) {
      nameEnd = nameStart + q.name.length;
      colon = q.prefix === '' ? -1 : nameStart + q.prefix.length;
    } else {
      q = null;
      nameEnd = readName(nameStart);
      colon = nameColon;
    }
    let i = nameEnd;
    const attrStart = i;
    let n = 0;
    let declared: Map<string, string> | null = null;
    let names: Set<string> | null = null;
    let selfClosing = false;
    for (;;) {
      if (i >= len) throw new XmlSyntaxError('unclosed start tag', lt);
      let c = src.charCodeAt(i);
      if (c === 0x3e) break;
      if (c === 0x2f) {
        if (src.charCodeAt(i + 1) !== 0x3e) throw new XmlSyntaxError('forward-slash in opening tag not followed by >', i);
        selfClosing = true;
        break;
      }
      if (!isSpace(c)) throw new XmlSyntaxError('no whitespace between attributes', i);
      while (i < len && isSpace(src.charCodeAt(i))) i++;
      c = src.charCodeAt(i);
      if (c === 0x3e || c === 0x2f) continue;
      // An attribute: name = "value".
      const aStart = i;
      const aEnd = readName(i);
      const aColon = nameColon;
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
      // `<` and `&` by the remembered next occurrence, as for text: one search usually covers
      // every value of a tag, and the search for `<` is also where the next tag starts.
      if (nextLt < vStart) nextLt = indexOr(src, '<', vStart, len);
      if (nextLt < vEnd) throw new XmlSyntaxError('disallowed character < in attribute value', nextLt);
      if (nextAmp < vStart) nextAmp = indexOr(src, '&', vStart, len);
      // Check the references now, so a bad one fails here even if no reader asks for the value.
      if (nextAmp < vEnd) decodeRefs(src, vStart, vEnd);
      i = vEnd + 1;
      const aLen = aEnd - aStart;
      if (n < 5 * FEW_ATTRIBUTES) {
        for (let k = 0; k < n; k += 5) {
          if (attrs[k + 2]! - attrs[k]! === aLen && sameText(attrs[k]!, aStart, aLen)) {
            throw new XmlSyntaxError(`duplicate attribute: ${src.slice(aStart, aEnd)}`, aStart);
          }
        }
      } else {
        // Comparing each pair is quadratic: 100,000 attributes on one element took 25 s.
        if (names === null) {
          names = new Set();
          for (let k = 0; k < n; k += 5) names.add(src.slice(attrs[k]!, attrs[k + 2]!));
        }
        const aName = src.slice(aStart, aEnd);
        if (names.has(aName)) throw new XmlSyntaxError(`duplicate attribute: ${aName}`, aStart);
        names.add(aName);
      }
      if (n + 5 > attrs.length) {
        const grown = new Int32Array(attrs.length * 2);
        grown.set(attrs);
        attrs = grown;
      }
      attrs[n] = aStart;
      attrs[n + 1] = aColon;
      attrs[n + 2] = aEnd;
      attrs[n + 3] = vStart;
      attrs[n + 4] = vEnd;
      n += 5;
      // Namespace declarations: `xmlns="…"` and `xmlns:p="…"`.
      if (aLen >= 5 && src.charCodeAt(aStart) === 0x78 && sameAs(src, aStart, 'xmlns') && (aLen === 5 || aColon === aStart + 5)) {
        const prefix = aLen === 5 ? '' : src.slice(aColon + 1, aEnd);
        const uri = attributeValue(src, vStart, vEnd);
        if (prefix !== '' && uri === '') throw new XmlSyntaxError(`empty namespace URI for prefix "${prefix}"`, aStart);
        // `xmlns` is never declared, `xml` only to its own URI, and no other prefix to either.
        const reserved = prefix === 'xmlns' || uri === XMLNS_NS || (prefix === 'xml') !== (uri === XML_NS);
        if (reserved) throw new XmlSyntaxError(`reserved namespace binding: ${src.slice(aStart, aEnd)}`, aStart);
        declared ??= new Map();
        declared.set(prefix, intern(uri));
      }
    }
    const attrEnd = i;
    if (declared) scope = new Scope(scope, declared);
    if (q === null) {
      q = qnameAt(src, nameStart, nameEnd, colon);
      // Only remembered names are guessed: a guess is kept in the shared table, and a name past
      // its limit must not stay alive there (nor, through its own guess, a chain of them).
      if (previous !== null && q.id >= 0) previous.next = q;
    }
    previous = q;
    let tag = q.id >= 0 ? tags[q.id] : undefined;
    if (tag === undefined || tag.scope !== scope) {
      // A tag of this name in this scope resolved its prefix already; otherwise resolve it now.
      const uri = q.prefix === '' ? (scope.get('') ?? '') : resolve(q.prefix, nameStart);
      tag = new XmlTag(q.name, q.prefix, q.local, uri, src, scope);
      if (q.id >= 0) tags[q.id] = tag;
    }
    // Attribute prefixes must be bound too (an unprefixed attribute is in no namespace).
    for (let k = 0; k < n; k += 5) {
      const aColon = attrs[k + 1]!;
      if (aColon < 0) continue;
      const aStart = attrs[k]!;
      // `xmlns:` and `xml:` are always bound; the element's own prefix was just resolved.
      if (colon >= 0 && aColon - aStart === colon - nameStart && sameText(aStart, nameStart, colon - nameStart)) continue;
      if (aColon - aStart === 3 && sameAs(src, aStart, 'xml')) continue;
      const p = src.slice(aStart, aColon);
      if (p !== 'xmlns' && !scope.has(p)) throw new XmlSyntaxError(`unbound namespace prefix: "${p}"`, aStart);
    }
    tag.attrStart = attrStart;
    tag.attrEnd = attrEnd;
    const depth = stack.length;
    stack.push(tag);
    if (depth >= opts.maxDepth) opts.onDepth();
    if (selfClosing) {
      h.open(tag);
      endElement();
      h.close(tag);
      return i + 2;
    }
    if (2 * depth + 2 > bounds.length) {
      const grown = new Int32Array(bounds.length * 2);
      grown.set(bounds);
      bounds = grown;
    }
    bounds[2 * depth] = attrStart;
    bounds[2 * depth + 1] = attrEnd;
    h.open(tag);
    return i + 1;
  }

  function endElement(): void {
    stack.pop();
    const depth = stack.length;
    scope = depth > 0 ? stack[depth - 1]!.scope : ROOT_SCOPE;
    if (depth === 0) rootDone = true;
  }

  /** Ends the element `top` closed by an end tag, its tag pointed back at its own attributes. */
  function closeElement(top: XmlTag): void {
    endElement();
    const depth = stack.length;
    top.attrStart = bounds[2 * depth]!;
    top.attrEnd = bounds[2 * depth + 1]!;
    h.close(top);
  }

  function closeTag(lt: number): number {
    const top = stack[stack.length - 1];
    // The usual case, `</name>` closing the open element, by one comparison: its name was read
    // and checked when the element opened.
    if (top !== undefined) {
      const gt = lt + 2 + top.name.length;
      if (src.charCodeAt(gt) === 0x3e && sameAs(src, lt + 2, top.name)) {
        closeElement(top);
        return gt + 1;
      }
    }
    const nameStart = lt + 2;
    const nameEnd = readName(nameStart);
    if (!top) throw new XmlSyntaxError(`unmatched closing tag: ${src.slice(nameStart, nameEnd)}`, lt);
    if (nameEnd - nameStart !== top.name.length || !src.startsWith(top.name, nameStart)) {
      throw new XmlSyntaxError(`unexpected close tag ${src.slice(nameStart, nameEnd)} (open: ${top.name})`, lt);
    }
    let i = nameEnd;
    while (isSpace(src.charCodeAt(i))) i++;
    if (src.charCodeAt(i) !== 0x3e) throw new XmlSyntaxError('invalid characters in closing tag', i);
    closeElement(top);
    return i + 1;
  }

  function markupDecl(lt: number): number {
    if (src.startsWith('<!--', lt)) {
      const dashes = src.indexOf('--', lt + 4);
      if (dashes < 0) throw new XmlSyntaxError('unclosed comment', lt);
      if (src.charCodeAt(dashes + 2) !== 0x3e) throw new XmlSyntaxError('double dash in comment', dashes);
      return dashes + 3;
    }
    if (src.startsWith('<![CDATA[', lt)) {
      if (stack.length === 0) throw new XmlSyntaxError('CDATA outside of root node', lt);
      const end = src.indexOf(']]>', lt + 9);
      if (end < 0) throw new XmlSyntaxError('unclosed CDATA section', lt);
      h.text(textValue(src, lt + 9, end, false));
      return end + 3;
    }
    if (src.startsWith('<!DOCTYPE', lt)) throw new XmlDoctypeError('DOCTYPE');
    throw new XmlSyntaxError('unsupported markup declaration', lt);
  }

  function processingInstruction(lt: number): number {
    const nameEnd = readName(lt + 2);
    const end = src.indexOf('?>', nameEnd);
    if (end < 0) throw new XmlSyntaxError('unclosed processing instruction', lt);
    const target = src.slice(lt + 2, nameEnd);
    if (target.toLowerCase() === 'xml') {
      if (target !== 'xml' || lt !== xmlDeclAt) throw new XmlSyntaxError('XML declaration allowed only at the start of the document', lt);
    } else if (nameEnd < end && !isSpace(src.charCodeAt(nameEnd))) {
      throw new XmlSyntaxError('processing instruction target must be followed by whitespace', nameEnd);
    }
    return end + 2;
  }
}
