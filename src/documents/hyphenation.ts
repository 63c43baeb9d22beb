// Joining wrapped lines into running text: words hyphenated at a line's end are rejoined
// ("jäm-" + "ställdhet"), real and suspended hyphens are kept ("IT-system", "jämställdhets- och").

/** Words that follow a suspended hyphen: "jämställdhets- och", "hälso- eller", "pre- and". */
const SUSPENDED = new Set(['och', 'eller', 'samt', 'respektive', 'resp', 'liksom', 'and', 'or', 'nor']);

const NONE: ReadonlySet<string> = new Set();

/**
 * Joins two lines. `known` holds compounds the text writes with a hyphen inside a line
 * ("well-known"), which keep their hyphen when it falls at a line's end.
 */
export function joinLines(a: string, b: string, known: ReadonlySet<string> = NONE): string {
  const j = joint(a, b, () => known);
  return (j.cut ? a.slice(0, -1) : a) + (j.space ? ' ' : '') + b;
}

/**
 * Joins trimmed lines into one text (empty ones left out). `known` is asked for the text's
 * hyphenated compounds only when a hyphen at a line's end needs them.
 */
export function joinTexts(texts: readonly string[], known: () => ReadonlySet<string>): string {
  // Pieces, not one growing string: dropping a hyphen then never copies the text so far.
  const parts: string[] = [];
  for (const b of texts) {
    if (b === '') continue;
    const k = parts.length - 1;
    if (k < 0) {
      parts.push(b);
      continue;
    }
    const a = parts[k]!;
    const j = joint(a, b, known);
    if (j.cut) parts[k] = a.slice(0, -1);
    if (j.space) parts.push(' ');
    parts.push(b);
  }
  return parts.join('');
}

/** Compounds written with a hyphen inside a line ("well-known", "e-post"), lower-cased. */
export function hyphenatedCompounds(texts: Iterable<string>): Set<string> {
  const out = new Set<string>();
  // Bounded repetitions: linear on a line of hyphens and letters.
  const re = /(?<!\p{L})\p{Ll}{1,40}-\p{Ll}{1,40}(?!\p{L})/gu;
  for (const t of texts) {
    if (t.indexOf('-') < 0) continue;
    for (const m of t.matchAll(re)) out.add(m[0].toLowerCase());
  }
  return out;
}

/** How two lines meet: drop a final hyphen (`cut`), and put a space between them or not. */
function joint(a: string, b: string, known: () => ReadonlySet<string>): { cut: boolean; space: boolean } {
  // Only the ends are looked at: joining stays linear however long the text grows.
  const tail = a.slice(-2);
  const last = tail.charAt(tail.length - 1);
  if (last === '\u00AD') return { cut: true, space: false };
  if (last !== '-' && last !== '\u2010') return { cut: false, space: true };
  // Only a lower-case letter before the hyphen and after the break: `IT-` + `system` keeps its hyphen.
  if (/^\p{Ll}$/u.test(tail.charAt(0)) && /^\p{Ll}/u.test(b)) {
    const next = leadingWord(b);
    // A suspended compound: "jämställdhets- och mångfaldsarbete".
    if (SUSPENDED.has(next)) return { cut: false, space: true };
    // A compound the text spells with a hyphen elsewhere ("well-known") keeps it here too.
    if (known().has(`${trailingWord(a.slice(0, -1))}-${next}`.toLowerCase())) return { cut: false, space: false };
    return { cut: true, space: false };
  }
  // Any other hyphen glued to a word is a real one (`IT-system`, `10-`): keep it, add no space.
  if (/\S/.test(tail.charAt(0))) return { cut: false, space: false };
  return { cut: false, space: true };
}

/** The letters at the start of `s`, up to 40. */
function leadingWord(s: string): string {
  const m = /^\p{L}{1,40}/u.exec(s);
  return m ? m[0] : '';
}

/** The letters at the end of `s`, up to 40. */
function trailingWord(s: string): string {
  let i = s.length;
  while (i > 0 && s.length - i < 40 && /\p{L}/u.test(s.charAt(i - 1))) i--;
  return s.slice(i);
}
