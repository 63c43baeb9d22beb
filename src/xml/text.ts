// From bytes to the text a scan reads, and from a stretch of it to the characters a reader
// gets: entities decoded, line ends and attribute white space normalised as XML says.
import { decodeRefs } from './entities.js';

const utf8 = new TextDecoder('utf-8');

/** Decodes a part: UTF-8 by default (BOM dropped), UTF-16 when it starts with a BOM. */
export function decodePart(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return utf8.decode(bytes);
}

/** Text content: references decoded, CR LF and lone CR read as LF. */
export function textValue(src: string, from: number, to: number, amp: boolean): string {
  const s = amp ? decodeRefs(src, from, to) : src.slice(from, to);
  return s.indexOf('\r') >= 0 ? s.replace(/\r\n?/g, '\n') : s;
}

/**
 * An attribute value as XML normalises it: literal tab, LF and CR (CR LF counting once) become
 * spaces, references are decoded afterwards (so `&#10;` stays a line feed).
 */
export function attributeValue(src: string, from: number, to: number): string {
  let plain = true;
  for (let i = from; i < to; i++) {
    const c = src.charCodeAt(i);
    if (c === 0x26 || c === 0x09 || c === 0x0a || c === 0x0d) {
      plain = false;
      break;
    }
  }
  if (plain) return src.slice(from, to);
  const spaced = src.slice(from, to).replace(/\r\n|[\r\n\t]/g, ' ');
  return spaced.indexOf('&') >= 0 ? decodeRefs(spaced, 0, spaced.length) : spaced;
}
