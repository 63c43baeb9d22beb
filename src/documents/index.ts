// The document readers' public face: sniff the format, enforce the limits, dispatch to one
// reader per format, and turn every unreadable input into one UserError line.
import type { Document, DocumentFormat, Lang } from '../types.js';
import { BlockSink } from './blocks.js';
import { fail, type ReadContext } from './context.js';
import { readDocx } from './docx.js';
import { resolveLimits, type ReadLimits } from '../limits/read.js';
import { formatSize } from '../limits/size.js';
import { readMarkdown } from './markdown.js';
import { readOdt } from './odt.js';
import {
  BINARY_EXTENSIONS,
  extensionOf,
  isOle,
  isPdf,
  isRtf,
  isZip,
  looksLikeText,
  oleKind,
  zipKind,
} from './sniff.js';
import { readUserFile } from '../fs/read.js';
import { decodeText, readPlainText } from './text.js';
import { ZipArchive } from './zip.js';

export { DEFAULT_LIMITS, type ReadLimits } from '../limits/read.js';
export { sniffFormat, type SniffedFormat } from './sniff.js';
export { fromWire, toWire, type WireDocument } from './wire.js';

/** Limits to override, and the language of error messages and warnings (Swedish by default). */
export type ReadOptions = Partial<ReadLimits> & { lang?: Lang };

/**
 * Reads the document at `path` (DOCX, ODT, PDF, Markdown or plain text, told apart by content).
 * @throws UserError(path, message) for anything that cannot be read: missing, a directory,
 *   unreadable, empty, too large, damaged, encrypted, legacy .doc, unsafe XML, over a limit.
 */
export async function readDocument(path: string, options: ReadOptions = {}): Promise<Document> {
  const ctx = context(path, options);
  // Synchronous on purpose: one small local file, and each asynchronous call is a round trip
  // through the thread pool (stat, open, fstat, read, close) that left the thread idle for
  // longer than reading the file takes.
  const bytes = readUserFile(path, { lang: ctx.lang, maxBytes: ctx.limits.maxFileBytes, limit: 'maxFileBytes' });
  return read(ctx, bytes);
}

/** Reads a document already in memory; `path` names it in messages and decides text vs Markdown. */
export async function readDocumentBytes(path: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<Document> {
  return read(context(path, options), bytes);
}

/**
 * The text of a Markdown or plain-text file decoded exactly as the readers decode it (BOM,
 * UTF-16, the Windows-1252 fallback), so that a block's line and column point into it.
 */
export function decodeSourceText(bytes: Uint8Array): string {
  return decodeText(context('', {}), bytes);
}

function context(path: string, options: ReadOptions): ReadContext {
  const { lang, ...limits } = options;
  return { path, lang: lang ?? 'sv', limits: resolveLimits(limits), warnings: [] };
}

async function read(ctx: ReadContext, bytes: Uint8Array): Promise<Document> {
  if (bytes.length === 0) fail(ctx, 'empty');
  if (bytes.length > ctx.limits.maxFileBytes) {
    fail(ctx, 'fileTooLarge', { size: formatSize(bytes.length), limit: formatSize(ctx.limits.maxFileBytes) });
  }
  const ext = extensionOf(ctx.path);
  const done = (format: DocumentFormat, r: Pick<Document, 'blocks' | 'suppressions'>): Document => ({
    path: ctx.path,
    format,
    blocks: r.blocks,
    suppressions: r.suppressions,
    warnings: ctx.warnings,
  });
  if (isZip(bytes)) {
    const zip = ZipArchive.open(ctx, bytes);
    const kind = zipKind(zip.entries.keys());
    if (kind === 'docx') return done('docx', readDocx(ctx, zip));
    if (kind === 'odt') return done('odt', readOdt(ctx, zip));
    fail(ctx, 'zipNotDocument');
  }
  if (isOle(bytes)) {
    const kind = oleKind(bytes);
    fail(ctx, kind === 'encrypted' ? 'encryptedOoxml' : kind === 'doc' ? 'legacyDoc' : 'oleOther');
  }
  if (isPdf(bytes)) {
    const { readPdf } = await import('./pdf.js');
    return done('pdf', await readPdf(ctx, bytes));
  }
  if (isRtf(bytes)) fail(ctx, 'rtf');
  // Own keys only: a file named `x.constructor` must not find Object's constructor here.
  const claimed = Object.hasOwn(BINARY_EXTENSIONS, ext) ? BINARY_EXTENSIONS[ext] : undefined;
  if (claimed) fail(ctx, 'extensionMismatch', { ext, format: claimed });
  if (!looksLikeText(bytes)) fail(ctx, 'unknownFormat');
  const text = decodeText(ctx, bytes);
  const sink = new BlockSink(ctx);
  const markdown = ext === 'md' || ext === 'markdown';
  if (markdown) readMarkdown(text, sink);
  else readPlainText(text, sink);
  sink.finish();
  return done(markdown ? 'markdown' : 'text', sink);
}
