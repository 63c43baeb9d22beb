// Hides what is not prose in a Markdown or text source, keeping every offset: code, comments,
// front matter, URLs, HTML tags and link destinations become NUL characters, which no word holds.

const HIDDEN = '\u0000';

type Span = [number, number];

/** `text` with the spans replaced by NUL characters, line breaks kept: one pass over sorted spans. */
function hide(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  spans.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [from, to] of spans) {
    const start = Math.max(from, at);
    if (to <= start) continue;
    out += text.slice(at, start) + text.slice(start, to).replace(/[^\r\n]/g, HIDDEN);
    at = to;
  }
  return out + text.slice(at);
}

/** `<!-- … -->` spans; an unclosed comment runs to the end, as Markdown renders it. */
function commentSpans(source: string, ours: boolean): Span[] {
  const out: Span[] = [];
  for (let at = source.indexOf('<!--'); at >= 0; at = source.indexOf('<!--', at + 4)) {
    const end = source.indexOf('-->', at + 4);
    const close = end < 0 ? source.length : end + 3;
    if (!ours || /^<!--\s*jamkrav-disable\s/.test(source.slice(at, at + 40))) out.push([at, close]);
    if (end < 0) break;
    at = close - 4;
  }
  return out;
}

/** Bare URLs and e-mail-like links: `https://…`, `www.…`. */
function urlSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/\b(?:https?:\/\/|ftp:\/\/|mailto:|www\.)[^\s<>()\u0000]+/gi))
    out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Offsets of the lines of `text`: [start, end without the line break]. */
function lines(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      out.push([start, i > start && text[i - 1] === '\r' ? i - 1 : i]);
      start = i + 1;
    }
  }
  return out;
}

/** Fenced and indented code blocks, front matter and link reference definitions (whole lines). */
function markdownBlockSpans(view: string): Span[] {
  const out: Span[] = [];
  const ls = lines(view);
  let fence: string | null = null;
  let prevBlank = true;
  let inList = false;
  for (let n = 0; n < ls.length; n++) {
    const span = ls[n]!;
    const line = view.slice(span[0], span[1]);
    if (n === 0 && line === '---') {
      const end = ls.findIndex((l, k) => k > 0 && ['---', '...'].includes(view.slice(l[0], l[1])));
      if (end > 0) {
        out.push([span[0], ls[end]![1]]);
        n = end;
        continue;
      }
    }
    if (fence) {
      out.push(span);
      if (new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`).test(line)) fence = null;
      continue;
    }
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (open) {
      fence = open[1]!;
      // A fence at the margin ends any list, so indented text after it is code again.
      inList = false;
      out.push(span);
      continue;
    }
    const blank = line.trim() === '' || line.replaceAll(HIDDEN, '').trim() === '';
    if (prevBlank && !inList && /^( {4}|\t)/.test(line) && !blank) out.push(span);
    else if (/^ {0,3}\[[^\]]+\]:\s/.test(line)) out.push(span);
    if (!blank) inList = /^\s*([-*+]|\d{1,9}[.)])\s/.test(line) || (inList && /^\s/.test(line));
    prevBlank = blank;
  }
  return out;
}

/** Inline code spans: a run of n backticks up to the next run of exactly n, within a paragraph. */
function codeSpans(view: string): Span[] {
  const out: Span[] = [];
  let i = 0;
  while (i < view.length) {
    if (view[i] !== '`') {
      i++;
      continue;
    }
    let n = 0;
    while (view[i + n] === '`') n++;
    let j = i + n;
    let close = -1;
    while (j < view.length) {
      if (view[j] === '\n' && /^[ \t]*\r?\n/.test(view.slice(j + 1, j + 200))) break;
      if (view[j] === '`') {
        let m = 0;
        while (view[j + m] === '`') m++;
        if (m === n) {
          close = j + m;
          break;
        }
        j += m;
        continue;
      }
      j++;
    }
    if (close < 0) {
      i += n;
      continue;
    }
    out.push([i, close]);
    i = close;
  }
  return out;
}

/** Link destinations `](url "title")`, autolinks `<https://…>` and HTML tags with their attributes. */
function inlineSpans(view: string): Span[] {
  const out: Span[] = [];
  for (let at = view.indexOf(']('); at >= 0; at = view.indexOf('](', at + 2)) {
    let depth = 0;
    let end = -1;
    for (let j = at + 1; j < Math.min(view.length, at + 2000); j++) {
      if (view[j] === '(') depth++;
      else if (view[j] === ')' && --depth === 0) {
        end = j + 1;
        break;
      } else if (view[j] === '\n' && view[j + 1] === '\n') break;
    }
    if (end > 0) out.push([at + 1, end]);
  }
  for (const m of view.matchAll(
    /<\/?[A-Za-z][A-Za-z0-9-]{0,40}(?:\s[^<>]{0,1000})?\/?>|<(?:https?|mailto|ftp):[^>\s]{1,2000}>/g,
  )) {
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/**
 * The source with everything that is not prose replaced by NUL characters (line breaks kept), so
 * offsets in the result are offsets in the source. Markdown: front matter, fenced and indented
 * code, inline code, HTML comments and tags, link destinations, reference definitions and URLs.
 * Text: `jamkrav-disable` comments and URLs.
 */
export function maskSource(source: string, format: 'markdown' | 'text'): string {
  let view = hide(source, commentSpans(source, format === 'text'));
  if (format === 'markdown') {
    view = hide(view, markdownBlockSpans(view));
    view = hide(view, codeSpans(view));
    view = hide(view, inlineSpans(view));
  }
  return hide(view, urlSpans(view));
}
