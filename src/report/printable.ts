// Text that came from a file (a document's words, a file name, a title in a manifest), made safe
// to print to a terminal or a CI log: a control character there is an instruction, not text.
// `ESC ] 0;…BEL` retitles the window, `ESC [2J` clears the screen, a carriage return or newline
// in a file name forges a line of the report, and bidirectional overrides reorder what is shown.

/**
 * C0 and C1 controls (tab aside; newline aside when `lines`), DEL, the Unicode line and paragraph
 * separators, and the bidirectional embeddings, overrides and isolates.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_OR_NEWLINE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const codeEscape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * `text` with every unsafe character written out as `\u001b`, so it is seen, not obeyed.
 * With `lines`, newlines stay (a suggestion spans lines); a lone carriage return never does.
 */
export function printable(text: string, opts: { lines?: boolean } = {}): string {
  return text.replace(opts.lines ? UNSAFE : UNSAFE_OR_NEWLINE, codeEscape);
}
