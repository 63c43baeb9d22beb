// Crude HTML to blocks, for HTML imported into a DOCX with `w:altChunk`: visible text only,
// split at block-level tags; no CSS, no scripts, no entities beyond the common ones.
import type { Block } from '../types.js';
import { type BlockSink, normalizeInline } from './blocks.js';

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'td',
  'th',
  'tr',
  'table',
  'ul',
  'ol',
  'br',
  'section',
  'article',
  'blockquote',
  'pre',
  'dd',
  'dt',
  'caption',
  'body',
  'header',
  'footer',
]);
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  shy: '\u00AD',
  aring: 'å',
  auml: 'ä',
  ouml: 'ö',
  Aring: 'Å',
  Auml: 'Ä',
  Ouml: 'Ö',
  eacute: 'é',
  Eacute: 'É',
  uuml: 'ü',
  Uuml: 'Ü',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  euro: '€',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (all, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return NAMED[name] ?? all;
  });
}

/** Adds the visible text of an HTML document to `sink`, one block per block-level element. */
export function readHtmlBlocks(html: string, sink: BlockSink): void {
  const visible = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[!?][^<>]{0,4000}>/g, '')
    .replace(/<(script|style|head|title|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
  let buf = '';
  let kind: Block['kind'] = 'paragraph';
  let level: number | undefined;
  const flush = (): void => {
    const text = normalizeInline(decodeEntities(buf));
    if (text) sink.add(kind, text, kind === 'heading' ? { level } : kind === 'list-item' ? { listLevel: 1 } : {});
    buf = '';
  };
  const re = /<(\/?)([a-zA-Z][a-zA-Z0-9]{0,20})\b[^<>]{0,4000}>|([^<]+)|</g;
  for (let m = re.exec(visible); m; m = re.exec(visible)) {
    if (m[3] !== undefined || m[0] === '<') {
      buf += m[3] ?? '<';
      continue;
    }
    const name = m[2]!.toLowerCase();
    if (!BLOCK_TAGS.has(name)) continue;
    flush();
    const closing = m[1] === '/';
    const h = /^h([1-6])$/.exec(name);
    if (!closing && h) {
      kind = 'heading';
      level = Number(h[1]);
    } else if (!closing && name === 'li') {
      kind = 'list-item';
    } else if (closing || name === 'p' || name === 'div') {
      kind = 'paragraph';
      level = undefined;
    }
  }
  flush();
}
