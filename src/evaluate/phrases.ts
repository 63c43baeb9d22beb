// Phrases of the evaluate vocabulary (rules/evaluate.yaml) found in a sentence: words in order,
// compared in lower case, a word ending in `*` matching every word that starts with it. Linear
// in the sentence's words times the phrases that start with each word; no regular expression
// from the vocabulary ever runs.

/** One phrase, as words; `prefix[i]` says whether word i ends in `*`. */
interface Phrase {
  text: string;
  words: string[];
  prefix: boolean[];
}

/** The words of a text as the phrases see them: lower case, letters, digits, `'` and `-` inside a word. */
export function wordsOf(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      .replace(/[\u2019\u2018]/g, "'")
      .match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? []
  );
}

/** A compiled list of phrases, looked up by their first word. */
export class PhraseSet {
  private readonly exact = new Map<string, Phrase[]>();
  private readonly starred: Phrase[] = [];

  constructor(phrases: readonly string[]) {
    for (const text of phrases) {
      const raw = text.trim().toLowerCase().split(/\s+/).filter(Boolean);
      if (raw.length === 0) continue;
      const phrase: Phrase = {
        text,
        words: raw.map((w) => w.replace(/\*$/, '')),
        prefix: raw.map((w) => w.endsWith('*')),
      };
      if (phrase.prefix[0]) this.starred.push(phrase);
      else {
        const list = this.exact.get(phrase.words[0]!) ?? [];
        list.push(phrase);
        this.exact.set(phrase.words[0]!, list);
      }
    }
  }

  /** The first phrase standing in `words` (earliest start, then longest), with where it starts. */
  find(words: readonly string[]): { phrase: string; at: number } | undefined {
    for (let i = 0; i < words.length; i++) {
      let best: Phrase | undefined;
      // Two lists walked in turn rather than joined: this runs once per word of every bid.
      for (const list of [this.exact.get(words[i]!), this.starred]) {
        if (!list) continue;
        for (const p of list) if (matchesAt(p, words, i) && (!best || p.words.length > best.words.length)) best = p;
      }
      if (best) return { phrase: best.text, at: i };
    }
    return undefined;
  }

  /** Whether the words are exactly one phrase, nothing more (a whole answer such as "Ja"). */
  isWhole(words: readonly string[]): boolean {
    for (const p of [...(this.exact.get(words[0] ?? '') ?? []), ...this.starred]) {
      if (p.words.length === words.length && matchesAt(p, words, 0)) return true;
    }
    return false;
  }
}

function matchesAt(p: Phrase, words: readonly string[], at: number): boolean {
  if (at + p.words.length > words.length) return false;
  for (let k = 0; k < p.words.length; k++) {
    const w = words[at + k]!;
    if (p.prefix[k] ? !w.startsWith(p.words[k]!) : w !== p.words[k]) return false;
  }
  return true;
}
