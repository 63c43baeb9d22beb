// Element names: reading one from the text, and the table a scan keeps of those it has seen.
import { isNameChar, isNameStart, sameAs } from './chars.js';
import { XmlSyntaxError } from './errors.js';

/**
 * The engine's shared copy of a string. Readers compare every tag's URI with their constants;
 * with the shared copy that is one pointer comparison instead of sixty characters.
 */
export function intern(s: string): string {
  const o: Record<string, true> = { [s]: true };
  return Object.keys(o)[0] ?? s;
}

export interface QName {
  name: string;
  prefix: string;
  local: string;
  /** Index among the remembered names (below MAX_NAMES), or -1 for a name past the limit. */
  id: number;
  /**
   * The name of the element that last opened right after one of this name: a guess at the
   * next one, which is right most of the time (`w:r`, `w:rPr`, `w:lang`, `w:t`, `w:r`, …).
   */
  next: QName | null;
}

interface Known extends QName {
  hash: number;
}

/** Enough for every vocabulary in use; a part inventing names past it just gets fresh strings. */
const MAX_NAMES = 4096;

/**
 * Element names seen in one scan, by a hash of their characters. A part repeats a few dozen
 * names thousands of times: looking them up costs less than slicing them out again, and the
 * shared strings make the readers' comparisons and set lookups on `local` cheap. One table per
 * scan, so nothing one document did stays alive for the next.
 */
export class NameTable {
  private readonly byHash = new Map<number, Known[]>();
  /** The last name seen per low bits of the hash: most lookups end here, before the map. */
  private readonly slots: (Known | undefined)[] = new Array(256);
  private count = 0;

  /** The name `src[from, to)` whose colon (or -1) is at `colon`. */
  at(src: string, from: number, to: number, colon: number): QName {
    const n = to - from;
    let h = n;
    for (let i = from; i < to; i++) h = (Math.imul(h, 31) + src.charCodeAt(i)) | 0;
    const slot = this.slots[h & 255];
    if (slot !== undefined && slot.hash === h && slot.name.length === n && sameAs(src, from, slot.name)) return slot;
    const found = this.find(src, from, to, colon, h);
    this.slots[h & 255] = found;
    return found;
  }

  private find(src: string, from: number, to: number, colon: number, h: number): Known {
    const n = to - from;
    const bucket = this.byHash.get(h);
    if (bucket) {
      for (const q of bucket) if (q.name.length === n && src.startsWith(q.name, from)) return q;
    }
    const name = intern(src.slice(from, to));
    const id = this.count < MAX_NAMES ? this.count : -1;
    const q: Known =
      colon >= 0
        ? {
            name,
            prefix: intern(src.slice(from, colon)),
            local: intern(src.slice(colon + 1, to)),
            id,
            next: null,
            hash: h,
          }
        : { name, prefix: '', local: name, id, next: null, hash: h };
    if (id >= 0) {
      this.count++;
      if (bucket) bucket.push(q);
      else this.byHash.set(h, [q]);
    }
    return q;
  }
}

/** Reads qualified names, keeping where the colon of the last one was. */
export class NameReader {
  /** Where the colon of the name last read is, or -1. */
  colon = -1;

  constructor(private readonly src: string) {}

  /** Reads a name from `from`; returns its end and sets `colon`, refusing `a:b:c`, `:a` and `a:`. */
  read(from: number): number {
    const src = this.src;
    const len = src.length;
    if (!isNameStart(src.charCodeAt(from))) throw new XmlSyntaxError('disallowed character in tag name', from);
    let colon = src.charCodeAt(from) === 0x3a ? from : -1;
    let i = from + 1;
    for (; i < len; i++) {
      const c = src.charCodeAt(i);
      // ASCII letters first: nearly every character of a name is one.
      if (((c | 0x20) - 0x61) >>> 0 < 26) continue;
      if (c === 0x3a) {
        if (colon >= 0) colon = -2;
        else colon = i;
      } else if (!isNameChar(c)) break;
    }
    if (colon === from || colon === -2 || colon === i - 1)
      throw new XmlSyntaxError(`malformed qualified name: ${src.slice(from, i)}`, from);
    this.colon = colon;
    return i;
  }
}
