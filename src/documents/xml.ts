// Safe XML for document parts: no DOCTYPE (so no entity expansion and nothing fetched),
// bounded nesting, namespace-aware tags, a tolerated byte-order mark. The scanning itself is
// src/xml; this file turns its complaints into the reader's UserErrors.
import { isUserError } from '../errors.js';
import {
  decodePart,
  scanXml,
  XmlDoctypeError,
  XmlSyntaxError,
  type XmlScanHandlers,
  type XmlTag,
} from '../xml/index.js';
import { fail, type ReadContext } from './context.js';

export type { XmlTag } from '../xml/index.js';

/** Callbacks of one pass over a part. Text arrives with entities already decoded. */
export type XmlHandlers = XmlScanHandlers;

/** The value of the attribute with this local name, whatever its prefix. */
export function attr(tag: XmlTag, local: string): string | undefined {
  return tag.attr(local);
}

/**
 * Parses `bytes` (the part `part` of the document, raw or already decoded) and calls `h` for each event.
 * Any DOCTYPE, malformed XML or nesting deeper than the limit becomes a UserError.
 */
export function parseXml(ctx: ReadContext, part: string, bytes: Uint8Array | string, h: XmlHandlers): void {
  const text = typeof bytes === 'string' ? bytes : decodePart(bytes);
  // A DOCTYPE is refused before anything else is read, so not even its internal subset is looked at.
  // (Only the prolog is searched here; one after the first element is refused by the scanner.)
  if (text.lastIndexOf('<!DOCTYPE', firstElement(text)) >= 0) fail(ctx, 'xmlDoctype', { part });
  const max = ctx.limits.maxXmlDepth;
  try {
    scanXml(text, h, { maxDepth: max, onDepth: () => fail(ctx, 'xmlDepth', { part, max }) });
  } catch (e) {
    // Only the scanner's own complaints are malformed XML; anything else thrown is a bug and propagates.
    if (isUserError(e)) throw e;
    if (e instanceof XmlDoctypeError) fail(ctx, 'xmlDoctype', { part });
    if (!(e instanceof XmlSyntaxError)) throw e;
    fail(ctx, 'xmlMalformed', { part, line: lineAt(text, e.offset), detail: e.message });
  }
}

/** 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Index of the first element start tag (DOCTYPE is only legal before it). */
function firstElement(text: string): number {
  const re = /<[A-Za-z_]/g;
  const m = re.exec(text);
  return m ? m.index : text.length;
}
