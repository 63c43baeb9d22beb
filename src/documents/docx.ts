// DOCX: find the main part through the package relationships, then read the body, footnotes
// and endnotes into blocks; comments only for `jamkrav-disable` suppressions. Headers,
// footers and the glossary (building-block placeholders) are not document text.
import type { Document, InlineSuppression } from '../types.js';
import { decodePart } from '../xml/index.js';
import { BlockSink, parseSuppression } from './blocks.js';
import { fail, warn, type ReadContext } from './context.js';
import { parseRels, parseStyles, relsPathFor, Styles, type Relationship } from './docx-package.js';
import { StoryWalker, type StoryKind, type StoryShared } from './docx-story.js';
import { readHtmlBlocks } from './html.js';
import { parseXml } from './xml.js';
import type { ZipArchive } from './zip.js';

/** Reads an opened DOCX archive. */
export function readDocx(ctx: ReadContext, zip: ZipArchive): Omit<Document, 'path' | 'format' | 'warnings'> {
  const main = findMainPart(ctx, zip);
  const mainRels = relsPathFor(main);
  const first = zip.read([main, mainRels]);
  const rels = first.has(mainRels) ? parseRels(ctx, mainRels, first.get(mainRels)!, main) : [];
  const byType = (type: string): string | undefined => rels.find((r) => r.type === type && r.part)?.part;
  const partNames = {
    styles: byType('styles'),
    footnotes: byType('footnotes'),
    endnotes: byType('endnotes'),
    comments: byType('comments'),
  };
  const chunks = rels.filter((r) => r.type === 'aFChunk' && r.part);
  const wanted = [...Object.values(partNames), ...chunks.filter(isHtmlChunk).map((r) => r.part)];
  const parts = zip.read(wanted.filter((n): n is string => n !== undefined));
  const get = (name: string | undefined): Uint8Array | undefined => (name ? parts.get(name) : undefined);

  const sink = new BlockSink(ctx);
  const stylesBytes = get(partNames.styles);
  const shared: StoryShared = {
    styles: stylesBytes ? parseStyles(ctx, partNames.styles!, stylesBytes) : new Styles(),
    suppressions: new Map(),
    comments: new Map(),
    noteRefs: new Map(),
    tables: { count: 0 },
    altChunk: (rId) => readAltChunk(ctx, chunks, parts, rId, sink),
  };
  const commentBytes = get(partNames.comments);
  if (commentBytes) {
    // Comments are read first only to learn which of them are suppressions; their blocks are thrown away.
    walk(ctx, partNames.comments!, commentBytes, 'comments', shared, new BlockSink(ctx));
    for (const [id, text] of shared.comments) {
      const found: InlineSuppression[] = parseSuppression(text);
      if (found.length > 0) shared.suppressions.set(id, found);
    }
  }
  walk(ctx, main, first.get(main)!, 'body', shared, sink);
  for (const name of [partNames.footnotes, partNames.endnotes]) {
    const bytes = get(name);
    if (bytes) walk(ctx, name!, bytes, 'notes', shared, sink);
  }
  sink.finish();
  return { blocks: sink.blocks, suppressions: sink.suppressions };
}

function walk(
  ctx: ReadContext,
  part: string,
  bytes: Uint8Array,
  kind: StoryKind,
  shared: StoryShared,
  sink: BlockSink,
): void {
  parseXml(ctx, part, bytes, new StoryWalker(ctx, part, kind, shared, sink));
}

/** The main document part: the package's officeDocument relationship (Word Online: document22.xml). */
function findMainPart(ctx: ReadContext, zip: ZipArchive): string {
  const pkgRels = zip.read(['_rels/.rels']).get('_rels/.rels');
  if (pkgRels) {
    const main = parseRels(ctx, '_rels/.rels', pkgRels, '').find((r) => r.type === 'officeDocument' && r.part);
    if (main?.part && zip.has(main.part)) return main.part;
    if (main?.part) fail(ctx, 'missingPart', { part: main.part });
  }
  if (zip.has('word/document.xml')) return 'word/document.xml';
  fail(ctx, 'missingPart', { part: 'word/document.xml' });
}

function isHtmlChunk(r: Relationship): boolean {
  return /\.x?html?$/i.test(r.part ?? '');
}

/**
 * `w:altChunk` imports another document at this point. HTML chunks are read crudely (visible
 * text at block-level tags); any other kind (RTF, MHT, DOCX) gets a warning instead.
 */
function readAltChunk(
  ctx: ReadContext,
  chunks: Relationship[],
  parts: Map<string, Uint8Array>,
  rId: string,
  sink: BlockSink,
): void {
  const rel = chunks.find((r) => r.id === rId);
  if (!rel?.part) return;
  const bytes = parts.get(rel.part);
  if (bytes && isHtmlChunk(rel)) readHtmlBlocks(decodePart(bytes), sink);
  else warn(ctx, 'warnAltChunk', { part: rel.part });
}
