// Line and column of a match in a Markdown or text source, found from its block's first line.

/** Offsets where each line of `source` starts. */
export function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  return starts;
}

/** 1-based line and column (UTF-16 units) of an offset. */
export function lineColumn(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

function occurrencesBefore(text: string, needle: string, end: number): number {
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0 && at < end; at = text.indexOf(needle, at + 1)) n++;
  return n;
}

/**
 * Where the match at `start` of a block's text sits in the source. Readers drop markup and join
 * lines, so the offset cannot be added to the block's column; instead the same occurrence of the
 * matched word is looked for in the source from the block's first character on. Null when the
 * word cannot be found there (the block's position then stands for the finding).
 */
export function sourcePosition(
  source: string,
  starts: readonly number[],
  blockLoc: { line?: number; column?: number },
  blockText: string,
  start: number,
  end: number,
): { line: number; column: number } | null {
  if (blockLoc.line === undefined) return null;
  const lineStart = starts[blockLoc.line - 1];
  if (lineStart === undefined) return null;
  const from = lineStart + (blockLoc.column ?? 1) - 1;
  // The first word is enough, and survives a line break inside a multi-word match.
  const needle = /^[^\s]+/.exec(blockText.slice(start, end))?.[0] ?? '';
  if (needle === '') return null;
  const k = occurrencesBefore(blockText, needle, start);
  const limit = from + blockText.length * 2 + 2000;
  let at = source.indexOf(needle, from);
  for (let i = 0; i < k && at >= 0; i++) at = source.indexOf(needle, at + 1);
  if (at < 0 || at > limit) return null;
  return lineColumn(starts, at);
}
