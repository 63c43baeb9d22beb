// Entity and character references, both ways: decoding what a part holds (only the five
// predefined entities exist, as no DOCTYPE is ever read) and escaping what a writer puts in.
import { isXmlChar } from './chars.js';
import { XmlSyntaxError } from './errors.js';

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };

/** Decodes entity and character references in `whole[start, stop)`; throws on any other `&`. */
export function decodeRefs(whole: string, start: number, stop: number): string {
  // A copy of just the range, so that no search runs on into the rest of the document.
  const src = whole.slice(start, stop);
  let out = '';
  let last = 0;
  for (let amp = src.indexOf('&'); amp >= 0; amp = src.indexOf('&', last)) {
    const semi = src.indexOf(';', amp);
    if (semi < 0 || semi - amp > 12) throw new XmlSyntaxError('unterminated entity reference', start + amp);
    const ref = src.slice(amp + 1, semi);
    let ch: string | undefined;
    if (ref.charCodeAt(0) === 0x23) {
      const hex = ref.charCodeAt(1) === 0x78;
      const digits = ref.slice(hex ? 2 : 1);
      const code = (hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits) ? parseInt(digits, hex ? 16 : 10) : NaN;
      if (!isXmlChar(code)) throw new XmlSyntaxError(`invalid character reference &${ref};`, start + amp);
      ch = String.fromCodePoint(code);
    } else {
      // Own keys only: `&constructor;` is an undefined entity, not Object's constructor.
      ch = Object.hasOwn(PREDEFINED, ref) ? PREDEFINED[ref] : undefined;
      if (ch === undefined) throw new XmlSyntaxError(`undefined entity &${ref};`, start + amp);
    }
    out += src.slice(last, amp) + ch;
    last = semi + 1;
  }
  return out + src.slice(last);
}

/** Escapes text for an XML text node; drops characters XML 1.0 cannot hold. */
export function escapeText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Escapes text for an attribute value in double quotes. */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}
