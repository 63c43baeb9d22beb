// Character classes and small searches the scanner runs on every character of a part. Names are
// classified by table for ASCII; everything from U+0080 up is accepted (the XML name ranges
// exclude only a few symbols there; telling them apart buys a reader nothing).

const NAME_START = new Uint8Array(128);
const NAME_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  const start = /[A-Za-z_:]/.test(ch);
  NAME_START[c] = start ? 1 : 0;
  NAME_CHAR[c] = start || /[0-9.-]/.test(ch) ? 1 : 0;
}

export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

export function isNameStart(c: number): boolean {
  return c < 128 ? NAME_START[c] === 1 : c !== 0xd7 && c !== 0xf7;
}

export function isNameChar(c: number): boolean {
  return c < 128 ? NAME_CHAR[c] === 1 : c !== 0xd7 && c !== 0xf7;
}

/** Whether a name read up to a character `c` ends before it (false past the end of the text). */
export function endsName(c: number): boolean {
  return c < 128 && NAME_CHAR[c] === 0;
}

/** Characters XML 1.0 never allows, even as references (the C0 controls but tab, LF, CR; U+FFFE/F). */
export const FORBIDDEN = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/;

/** Whether a code point may stand in an XML 1.0 document (as itself or as a reference). */
export function isXmlChar(c: number): boolean {
  return (
    c === 0x9 ||
    c === 0xa ||
    c === 0xd ||
    (c >= 0x20 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0x10ffff)
  );
}

/** Whether `src` holds `s` at `from`: a loop, as the names compared are short and startsWith is a runtime call. */
export function sameAs(src: string, from: number, s: string): boolean {
  const n = s.length;
  if (from + n > src.length) return false;
  for (let k = 0; k < n; k++) if (src.charCodeAt(from + k) !== s.charCodeAt(k)) return false;
  return true;
}

/** Whether `src[a, a+n)` and `src[b, b+n)` are the same characters. */
export function sameText(src: string, a: number, b: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (src.charCodeAt(a + k) !== src.charCodeAt(b + k)) return false;
  return true;
}

/** `s.indexOf(what, from)`, or `none` when absent. */
export function indexOr(s: string, what: string, from: number, none: number): number {
  const i = s.indexOf(what, from);
  return i < 0 ? none : i;
}
