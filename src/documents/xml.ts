// Safe streaming XML for document parts: no DOCTYPE (so no entity expansion and nothing
// fetched), bounded nesting, namespace-aware tags, a tolerated byte-order mark.
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { isUserError } from '../errors.js';
import { fail, type ReadContext } from './context.js';

export type XmlTag = SaxesTagNS;

/** Callbacks of one pass over a part. Text arrives with entities already decoded. */
export interface XmlHandlers {
  open(tag: XmlTag): void;
  close(tag: XmlTag): void;
  text(text: string): void;
}

/** Decodes a part: UTF-8 by default (BOM dropped), UTF-16 when it starts with a BOM. */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** The value of the attribute with this local name, whatever its prefix. */
export function attr(tag: XmlTag, local: string): string | undefined {
  for (const key in tag.attributes) {
    const a = tag.attributes[key]!;
    if (a.local === local) return a.value;
  }
  return undefined;
}

/**
 * Parses `bytes` (the part `part` of the document, raw or already decoded) and calls `h` for each event.
 * Any DOCTYPE, malformed XML or nesting deeper than the limit becomes a UserError.
 */
export function parseXml(ctx: ReadContext, part: string, bytes: Uint8Array | string, h: XmlHandlers): void {
  const text = typeof bytes === 'string' ? bytes : decodeXml(bytes);
  // saxes reports a DOCTYPE only once it has read the whole declaration; looking first means
  // not even the internal subset is tokenised.
  const dt = text.indexOf('<!DOCTYPE');
  if (dt >= 0 && dt < firstElement(text)) fail(ctx, 'xmlDoctype', { part });
  const parser = new SaxesParser({ xmlns: true, fileName: part });
  const max = ctx.limits.maxXmlDepth;
  let depth = 0;
  parser.on('doctype', () => fail(ctx, 'xmlDoctype', { part }));
  parser.on('opentag', (tag) => {
    if (++depth > max) fail(ctx, 'xmlDepth', { part, max });
    h.open(tag);
  });
  parser.on('closetag', (tag) => {
    depth--;
    h.close(tag);
  });
  parser.on('text', (t) => h.text(t));
  parser.on('cdata', (t) => h.text(t));
  // Only the parser's own complaints are malformed XML; anything else thrown is a bug and propagates.
  parser.on('error', (e) => {
    throw new XmlSyntaxError(e.message);
  });
  try {
    parser.write(text).close();
  } catch (e) {
    if (isUserError(e)) throw e;
    if (!(e instanceof XmlSyntaxError)) throw e;
    const detail = e.message.replace(/^[^:]*:\d+:\d+:\s*/, '');
    fail(ctx, 'xmlMalformed', { part, line: parser.line, detail });
  }
}

class XmlSyntaxError extends Error {}

/** Index of the first element start tag (DOCTYPE is only legal before it). */
function firstElement(text: string): number {
  const re = /<[A-Za-z_]/g;
  const m = re.exec(text);
  return m ? m.index : text.length;
}
