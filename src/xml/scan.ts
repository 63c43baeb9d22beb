// A small, linear, namespace-aware XML scanner for document parts. It replaces a general SAX
// parser because reading a tender is mostly this loop: indexOf jumps over text, names and
// attributes are checked with character codes, and attributes are decoded only when a reader
// asks for one. No DOCTYPE is ever accepted (so no entity is ever defined, expanded or
// fetched); only the five predefined entities and character references are decoded.
import { endsName, FORBIDDEN, isSpace, sameAs } from './chars.js';
import { XmlDoctypeError, XmlSyntaxError } from './errors.js';
import { Lookahead } from './lookahead.js';
import { NameReader, NameTable, type QName } from './names.js';
import { Scope } from './scope.js';
import { StartTagReader } from './start-tag.js';
import { XmlTag } from './tag.js';
import { textValue } from './text.js';

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

/** Numbers kept per open element for its tag at close: attribute start and end, element start. */
const LEVEL = 3;

/**
 * Scans `src` (a whole part, already decoded) and reports every element and piece of text.
 * @throws XmlSyntaxError for anything not well-formed, XmlDoctypeError for a DOCTYPE
 */
export function scanXml(src: string, h: XmlScanHandlers, opts: XmlScanOptions): void {
  const len = src.length;
  const bad = FORBIDDEN.exec(src);
  if (bad)
    throw new XmlSyntaxError(`disallowed character U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')}`, bad.index);
  let pos = src.charCodeAt(0) === 0xfeff ? 1 : 0;
  const xmlDeclAt = pos;
  const stack: XmlTag[] = [];
  const ahead = new Lookahead(src);
  const reader = new NameReader(src);
  const startTags = new StartTagReader(src, reader, ahead);
  const names = new NameTable();
  /** The name of the element opened last. */
  let previous: QName | null = null;
  /** What the open elements' tags must point at again when they close, LEVEL numbers per level. */
  let levels = new Int32Array(32 * LEVEL);
  /** This scan's tag per remembered name (by QName id); reused while the scope is the same. */
  const tags: (XmlTag | undefined)[] = [];
  const rootScope = Scope.root();
  let scope = rootScope;
  let rootDone = false;
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
    const nextLt = ahead.lt;
    const lt =
      src.charCodeAt(pos) === 0x3c ? pos : nextLt >= pos ? (nextLt < len ? nextLt : -1) : src.indexOf('<', pos);
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
        if (!isSpace(src.charCodeAt(i)))
          throw new XmlSyntaxError(rootDone ? 'text data outside of root node' : 'text data before root node', i);
      }
    } else {
      amp = ahead.ampFrom(from) < to;
      const cdataEnd = ahead.cdataEndFrom(from);
      if (cdataEnd + 2 < to) throw new XmlSyntaxError('the string "]]>" is disallowed in char data', cdataEnd);
    }
    h.text(textValue(src, from, to, amp));
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
      nameEnd = reader.read(nameStart);
      colon = reader.colon;
    }
    const attrStart = nameEnd;
    const attrEnd = startTags.read(lt, nameEnd);
    const selfClosing = startTags.selfClosing;
    if (startTags.declared) scope = new Scope(scope, startTags.declared);
    if (q === null) {
      q = names.at(src, nameStart, nameEnd, colon);
      // Only remembered names are guessed: a name past the table's limit must not stay alive
      // there (nor, through its own guess, a chain of them).
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
    startTags.checkPrefixes(scope, nameStart, colon);
    tag.attrStart = attrStart;
    tag.attrEnd = attrEnd;
    tag.start = lt;
    const depth = stack.length;
    stack.push(tag);
    if (depth >= opts.maxDepth) opts.onDepth();
    if (selfClosing) {
      tag.end = attrEnd + 2;
      h.open(tag);
      endElement();
      h.close(tag);
      return attrEnd + 2;
    }
    if (LEVEL * depth + LEVEL > levels.length) {
      const grown = new Int32Array(levels.length * 2);
      grown.set(levels);
      levels = grown;
    }
    levels[LEVEL * depth] = attrStart;
    levels[LEVEL * depth + 1] = attrEnd;
    levels[LEVEL * depth + 2] = lt;
    tag.end = attrEnd + 1;
    h.open(tag);
    return attrEnd + 1;
  }

  function endElement(): void {
    stack.pop();
    const depth = stack.length;
    scope = depth > 0 ? stack[depth - 1]!.scope : rootScope;
    if (depth === 0) rootDone = true;
  }

  /** Ends the element `top` closed by an end tag ending before `end`, its tag pointed back at its own element. */
  function closeElement(top: XmlTag, end: number): void {
    endElement();
    const at = LEVEL * stack.length;
    top.attrStart = levels[at]!;
    top.attrEnd = levels[at + 1]!;
    top.start = levels[at + 2]!;
    top.end = end;
    h.close(top);
  }

  function closeTag(lt: number): number {
    const top = stack[stack.length - 1];
    // The usual case, `</name>` closing the open element, by one comparison: its name was read
    // and checked when the element opened.
    if (top !== undefined) {
      const gt = lt + 2 + top.name.length;
      if (src.charCodeAt(gt) === 0x3e && sameAs(src, lt + 2, top.name)) {
        closeElement(top, gt + 1);
        return gt + 1;
      }
    }
    const nameStart = lt + 2;
    const nameEnd = reader.read(nameStart);
    if (!top) throw new XmlSyntaxError(`unmatched closing tag: ${src.slice(nameStart, nameEnd)}`, lt);
    if (nameEnd - nameStart !== top.name.length || !src.startsWith(top.name, nameStart)) {
      throw new XmlSyntaxError(`unexpected close tag ${src.slice(nameStart, nameEnd)} (open: ${top.name})`, lt);
    }
    let i = nameEnd;
    while (isSpace(src.charCodeAt(i))) i++;
    if (src.charCodeAt(i) !== 0x3e) throw new XmlSyntaxError('invalid characters in closing tag', i);
    closeElement(top, i + 1);
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
    const nameEnd = reader.read(lt + 2);
    const end = src.indexOf('?>', nameEnd);
    if (end < 0) throw new XmlSyntaxError('unclosed processing instruction', lt);
    const target = src.slice(lt + 2, nameEnd);
    if (target.toLowerCase() === 'xml') {
      if (target !== 'xml' || lt !== xmlDeclAt)
        throw new XmlSyntaxError('XML declaration allowed only at the start of the document', lt);
    } else if (nameEnd < end && !isSpace(src.charCodeAt(nameEnd))) {
      throw new XmlSyntaxError('processing instruction target must be followed by whitespace', nameEnd);
    }
    return end + 2;
  }
}
