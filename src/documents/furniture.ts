// Page furniture: running headers and footers repeated at the edges of most pages, and page
// numbers, found among the lines of a paged text so that reflow never reads them as text.

/** One line of a page, in reading order from the top. */
export interface PageLine {
  /** The line's text, trimmed. */
  text: string;
  /** Nothing else stands on the line's row (a PDF page number; always true in text). */
  alone: boolean;
  /** Blank lines (or a page edge) above and below: the line is a paragraph of its own (text). */
  own?: boolean;
}

/** Lines at each edge of a page where running headers and footers are looked for. */
const EDGE_REPEAT = 3;
/** Lines at each edge of a page where a page number may stand. */
const EDGE_NUMBER = 2;

/** "4", "- 4 -", "–4–". */
const BARE_NUMBER = /^[-–—]?\s?(\d{1,4})\s?[-–—]?$/;
/** Roman page numbers of front matter: "iv". */
const ROMAN_NUMBER = /^(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})$/;
/** A page's number after "Page", "Sida": "4", or in an annex "C-4". */
const PAGE_NO = String.raw`(?:[a-z]{1,2}-)?\d{1,4}`;
/** "Sida 2 av 5", "Page 3 of 10", "3 of 10", "3/10", "Sida 2", "Page 3", "Page C-4", "1 (5)", "Sida 1(5)", "s. 4". */
const PAGE_NUMBER = new RegExp(
  `^(?:(?:sida|page|pg\\.?|s\\.|p\\.)\\s?${PAGE_NO}(?:\\s?(?:av|of|/)\\s?\\d{1,4}|\\s?\\(\\d{1,4}\\))?` +
    '|\\d{1,4}\\s?(?:av|of|/)\\s?\\d{1,4}|\\d{1,4}\\s?\\(\\d{1,4}\\))$',
  'i',
);
/** A running line that starts with its page number: "page 1 - © UNOPS 2022", "Sida 3 | Avtal". */
const PAGE_FIRST = /^(?:sida|page)\s\d{1,4}(?:\s?(?:av|of)\s?\d{1,4})?\s?(?:[-–—|·•,:]|$)/i;
/** A running line that ends with page and total: "Förfrågningsunderlag  Sida 2 av 5", "… Page 3 of 10". */
const PAGE_LAST = new RegExp(
  String.raw`(?:^|\s)(?:sida|page)\s?${PAGE_NO}\s?(?:(?:av|of)\s?\d{1,4}|\(\d{1,4}\))$`,
  'i',
);
/** A running line laid out in columns that ends with its page: "Lambourne District Council      Page 6". */
const PAGE_SPACED = new RegExp(String.raw`\S\s{3,}(?:sida|page)\s?${PAGE_NO}$`, 'i');
/** Two parts of a line set apart by a wide gap. */
const COLUMNED = /\S\s{6,}\S/;
/** Running lines longer than this are text, whatever they hold. */
const MAX_RUNNING = 160;

/**
 * Finds page furniture: on each page, the lines among the first and last three that recur
 * (digits aside, so "Sida 2 av 5" matches "Sida 3 av 5") at the edges of at least half of the
 * pages (and two), and page numbers among the first and last two lines. Page breaks lost on the
 * way (text pasted from a PDF, a PDF printed from such text) are found again at lines such as
 * "Sida 2 av 5" standing on their own, wherever they are. `paged` says whether the pages are
 * real (a PDF, text with form feeds): only there is a bare "7" at a page's edge a page number;
 * a text without pages loses bare numbers only where, paragraphs of their own, they count up
 * like page numbers do. Returns, per page, the indices of the lines to drop.
 */
export function findFurniture(pages: readonly (readonly PageLine[])[], paged: boolean): Set<number>[] {
  const drop = pages.map(() => new Set<number>());
  // Stretches of a page between page-number lines: the pages as printed.
  const spans: { page: number; from: number; to: number }[] = [];
  pages.forEach((page, p) => {
    let from = 0;
    page.forEach((l, i) => {
      if (i > 0 && i < page.length - 1 && l.alone && isExplicitPageNumber(l.text)) {
        spans.push({ page: p, from, to: i + 1 });
        from = i + 1;
        // A running line laid out in columns next to it ("Schedule 2 - Specification      Issue 1.2"),
        // once only where the text was cut from a longer one.
        for (const j of [i - 1, i + 1]) if (isColumned(page[j]!.text)) drop[p]!.add(j);
      }
    });
    spans.push({ page: p, from, to: page.length });
  });
  // The lines at a span's edges, each once: the first and last k.
  const edges = (s: { from: number; to: number }, k: number): number[] => {
    const out: number[] = [];
    for (let i = s.from; i < Math.min(s.to, s.from + k); i++) out.push(i);
    for (let i = Math.max(s.from + k, s.to - k); i < s.to; i++) out.push(i);
    return out;
  };
  if (spans.length >= 2) {
    const keyed = spans.map((s) =>
      edges(s, EDGE_REPEAT)
        .filter((i) => pages[s.page]![i]!.text.length <= MAX_RUNNING)
        .map((i) => ({ i, key: runningKey(pages[s.page]![i]!.text) })),
    );
    const seen = new Map<string, number>();
    for (const lines of keyed)
      for (const key of new Set(lines.map((l) => l.key))) seen.set(key, (seen.get(key) ?? 0) + 1);
    // Half the pages as printed: the physical pages, or the pages the page-number lines count.
    const printed = Math.max(pages.length, spans.length - pages.length + 1);
    const needed = Math.max(2, Math.ceil(printed / 2));
    keyed.forEach((lines, k) => {
      for (const l of lines) if (seen.get(l.key)! >= needed) drop[spans[k]!.page]!.add(l.i);
    });
  }
  for (const s of spans) {
    for (const i of edges(s, EDGE_NUMBER)) if (isPageNumber(pages[s.page]![i]!, paged)) drop[s.page]!.add(i);
  }
  if (!paged) countingNumbers(pages[0] ?? [], drop[0]!);
  return drop;
}

/** Whether a line at a page's edge is a page number, or a running line built round one. */
function isPageNumber(l: PageLine, paged: boolean): boolean {
  const t = l.text;
  if (t.length > MAX_RUNNING) return false;
  if (BARE_NUMBER.test(t) || ROMAN_NUMBER.test(t)) return paged && l.alone;
  return isExplicitPageNumber(t);
}

/** "Sida 2 av 5", "Page 3", "page 1 - © UNOPS 2022": a page number no text could be mistaken for. */
function isExplicitPageNumber(t: string): boolean {
  if (t.length > MAX_RUNNING) return false;
  // The anchored patterns fail at once on most lines; the one that looks at the end needs a digit or ')' there.
  const last = t.charCodeAt(t.length - 1);
  return (
    PAGE_NUMBER.test(t) ||
    PAGE_FIRST.test(t) ||
    (((last >= 0x30 && last <= 0x39) || last === 0x29) && (PAGE_LAST.test(t) || PAGE_SPACED.test(t)))
  );
}

/** A short line of two parts set apart in columns, as running headers are laid out. */
function isColumned(t: string): boolean {
  return t.length <= MAX_RUNNING && COLUMNED.test(t);
}

/** The text with digit runs as `#` and white space collapsed: the same running line on every page. */
function runningKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\d+|\s+/g, (m) => (m.charCodeAt(0) <= 0x39 && m.charCodeAt(0) >= 0x30 ? '#' : ' '));
}

/**
 * Text with no page breaks (pasted from a PDF): bare numbers that are paragraphs of their own
 * and count up in small steps (1, 2, 3 or 2, 4, 6) are the lost pages' numbers.
 */
function countingNumbers(page: readonly PageLine[], drop: Set<number>): void {
  const found: { i: number; n: number }[] = [];
  page.forEach((l, i) => {
    const m = l.own ? BARE_NUMBER.exec(l.text) : null;
    if (m) found.push({ i, n: Number(m[1]) });
  });
  if (found.length < 2) return;
  for (let k = 1; k < found.length; k++) {
    const step = found[k]!.n - found[k - 1]!.n;
    if (step < 1 || step > 2) return;
  }
  for (const f of found) drop.add(f.i);
}
