// `--fix-dry-run`: the planned fixes as a unified diff (Myers' algorithm on lines, 3 lines of
// context), the format `git apply` and `patch -p1` read.

type Op = { kind: ' ' | '-' | '+'; line: string };

/** Past this many differences the middle is shown as one replaced run rather than searched. */
const MAX_EDIT_DISTANCE = 4000;
const CONTEXT = 3;

function splitLines(text: string): { lines: string[]; finalNewline: boolean } {
  if (text === '') return { lines: [], finalNewline: true };
  const lines = text.split('\n');
  const finalNewline = lines[lines.length - 1] === '';
  if (finalNewline) lines.pop();
  return { lines, finalNewline };
}

/** The shortest edit script between two line lists (Myers 1986, greedy forward pass). */
function myers(a: readonly string[], b: readonly string[]): Op[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDIT_DISTANCE);
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[k - 1 + off]! < v[k + 1 + off]!) ? v[k + 1 + off]! : v[k - 1 + off]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[k + off] = x;
      if (x >= n && y >= m) return backtrack(a, b, trace, off);
    }
  }
  return null;
}

function backtrack(a: readonly string[], b: readonly string[], trace: Int32Array[], off: number): Op[] {
  const ops: Op[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && v[k - 1 + off]! < v[k + 1 + off]!) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : v[prevK + off]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ kind: ' ', line: a[--x]! });
      y--;
    }
    if (d > 0) {
      if (x === prevX) ops.push({ kind: '+', line: b[--y]! });
      else ops.push({ kind: '-', line: a[--x]! });
    }
  }
  return ops.reverse();
}

function range(start: number, count: number): string {
  // An empty range names the line before it, as diff and git do.
  const first = count === 0 ? start - 1 : start;
  return count === 1 ? `${first}` : `${first},${count}`;
}

/**
 * A unified diff of `before` → `after` for `path` (`--- a/path`, `+++ b/path`, hunks with three
 * lines of context, `\ No newline at end of file` where it applies). Empty when nothing changed.
 */
export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  const A = splitLines(before);
  const B = splitLines(after);
  let ops = myers(A.lines, B.lines);
  if (!ops)
    ops = [...A.lines.map((line): Op => ({ kind: '-', line })), ...B.lines.map((line): Op => ({ kind: '+', line }))];
  // A change of the final newline alone shows the last line as removed and added.
  if (A.finalNewline !== B.finalNewline && ops.length > 0) {
    const last = ops.length - 1;
    if (ops[last]!.kind === ' ') {
      const line = ops[last]!.line;
      ops.splice(last, 1, { kind: '-', line }, { kind: '+', line });
    }
  }
  const out = [`--- a/${path}`, `+++ b/${path}`];
  let i = 0;
  let aLine = 1;
  let bLine = 1;
  while (i < ops.length) {
    if (ops[i]!.kind === ' ') {
      i++;
      aLine++;
      bLine++;
      continue;
    }
    // A hunk: back up for context, then run until CONTEXT*2 unchanged lines follow.
    const lead = Math.min(CONTEXT, countBack(ops, i));
    const start = i - lead;
    let end = i;
    while (end < ops.length) {
      if (ops[end]!.kind !== ' ') {
        end++;
        continue;
      }
      let run = 0;
      while (end + run < ops.length && ops[end + run]!.kind === ' ') run++;
      if (end + run >= ops.length || run > CONTEXT * 2) {
        end += Math.min(run, CONTEXT);
        break;
      }
      end += run;
    }
    const hunk = ops.slice(start, end);
    const aCount = hunk.filter((o) => o.kind !== '+').length;
    const bCount = hunk.filter((o) => o.kind !== '-').length;
    const aStart = aLine - lead;
    const bStart = bLine - lead;
    out.push(`@@ -${range(aStart, aCount)} +${range(bStart, bCount)} @@`);
    let aSeen = aStart - 1;
    let bSeen = bStart - 1;
    for (const o of hunk) {
      out.push(o.kind + o.line);
      if (o.kind !== '+') aSeen++;
      if (o.kind !== '-') bSeen++;
      const aLast = o.kind !== '+' && aSeen === A.lines.length && !A.finalNewline;
      const bLast = o.kind !== '-' && bSeen === B.lines.length && !B.finalNewline;
      if ((o.kind === '-' && aLast) || (o.kind === '+' && bLast) || (o.kind === ' ' && aLast && bLast)) {
        out.push('\\ No newline at end of file');
      }
    }
    aLine = aStart + aCount;
    bLine = bStart + bCount;
    i = end;
  }
  return `${out.join('\n')}\n`;
}

function countBack(ops: readonly Op[], i: number): number {
  let n = 0;
  while (i - n - 1 >= 0 && ops[i - n - 1]!.kind === ' ') n++;
  return n;
}
