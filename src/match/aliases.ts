// The names a document gives its parties: an agreement that calls its counterpart "Föreningen",
// "Jouren" or "the Recipient" binds that party clause after clause, as a tender binds
// "leverantören". Reading sees such a name as the supplier's word.

import type { Block } from '../types.js';
import type { Lexicon } from './lexicon.js';
import type { TokenSource } from './phrases.js';
import { scanWords, type WordSink } from './tokens.js';

/**
 * A name defined in brackets: "(nedan Föreningen)", "(nedan kallad Föreningen)", "(Jouren)",
 * ("the Recipient"), (hereinafter "the Provider"). The marker or the quotes say it is a definition.
 */
const MARKER = [
  String.raw`nedan(?:\s+(?:kallad|kallat|benämnd))?`,
  String.raw`härefter(?:\s+kallad)?`,
  String.raw`hereinafter(?:\s+(?:referred\s+to\s+as|called))?`,
].join('|');
const QUOTE = '[“”"\'‘’]';
const DEFINED = new RegExp(
  String.raw`\(\s*(?:(${MARKER})\s+)?(?:the\s+)?(${QUOTE}?)(?:the\s+)?(\p{Lu}\p{Ll}[\p{L}-]{1,30})${QUOTE}?\s*\)`,
  'gu',
);
/**
 * A name defined by a marker, in any case, in brackets or not: "(nedan föreningen)", "…, nedan
 * kallad föreningen.", "(nedan partnern)", "hereinafter the Provider". Outside brackets the marker
 * must say it names ("nedan kallad", not the "nedan" of "enligt nedan").
 */
const NAMING = [
  String.raw`nedan\s+(?:kallad|kallat|benämnd|benämnt)`,
  String.raw`härefter\s+kallad`,
  String.raw`hereinafter(?:\s+(?:referred\s+to\s+as|called))?`,
].join('|');
const MARKED = new RegExp(
  String.raw`(?:\(\s*(?:${MARKER})|(?<![\p{L}])(?:${NAMING}))\s+` +
    String.raw`(?:the\s+)?${QUOTE}?(?:the\s+)?(\p{L}[\p{L}-]{1,30})${QUOTE}?(?![\p{L}])`,
  'giu',
);

/** What every match of MARKED holds. */
const MAY_MARK = /nedan|härefter|hereinafter/iu;

/**
 * Words before the brackets that make the named party an authority or a part of one ("Bergsviks
 * kommun (Kommunen)", "the Research Unit (\"the Unit\")", "… NHS Foundation Trust (\"the Trust\")"): Swedish
 * ones also inside compounds.
 */
const AUTHORITY = new RegExp(
  '(?:kommun|region|landsting|nämnd|myndighet|förvaltning|enhet|avdelning|verket|styrelse|universitet|högskola)|' +
    String.raw`\b(?:council|authority|department|ministry|borough|county|city|unit|office|directorate)\b|` +
    String.raw`\b(?:agency|board|nhs|trust|university)\b`,
  'iu',
);

/** How many characters before the brackets name the party, and at most how many words. */
const NAME_SPAN = 60;
const NAME_WORDS = 4;

/** A bare name in brackets, with neither marker nor quotes, must recur this often to be a party's. */
const BARE_USES = 5;

/** How many blocks from the start a definition of the parties may stand in. */
const HEAD_BLOCKS = 40;

/** The word reading takes for a party the document names itself. */
const SUPPLIER_WORD = 'leverantören';

/** Lexicon ids of the words a document defines as its counterpart's name, mapped to the supplier's word. */
export function partyAliases(blocks: readonly Block[], lexicon: Lexicon): Map<number, number> {
  const aliases = new Map<number, number>();
  const head = blocks.slice(0, HEAD_BLOCKS);
  const define = (text: string, name: string, at: number, bare: boolean): void => {
    const id = idOf(lexicon, name.toLowerCase());
    // A word reading knows already ("Kommunen", "Beställaren", "Ni", "the Council"); but a grantee's
    // common noun ("föreningen") that the document defines is its counterpart, grant or not.
    const known = lexicon.partyOf(id);
    if ((known !== undefined && known !== 'grantee') || aliases.has(id)) return;
    if (AUTHORITY.test(nameBefore(text, at))) return;
    if (bare && usesOf(blocks, name) < BARE_USES) return;
    aliases.set(id, idOf(lexicon, SUPPLIER_WORD));
  };
  for (const block of head) {
    // Most paragraphs define nothing: a plain look for what each definition needs comes first.
    if (block.text.includes('('))
      for (const m of block.text.matchAll(DEFINED)) define(block.text, m[3]!, m.index, !m[1] && !m[2]);
    if (MAY_MARK.test(block.text))
      for (const m of block.text.matchAll(MARKED)) define(block.text, m[1]!, m.index, false);
  }
  return aliases;
}

/**
 * The party's name before its brackets: back to the last bracket, "och", "and" or comma
 * ("mellan X (Kommunen) och Y (Jouren)"), and at most its last {@link NAME_WORDS} words (the
 * authority that grants in "Nämnden beviljar Resurscentrum Västerlund (nedan föreningen)" is
 * not the one named).
 */
function nameBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - NAME_SPAN), at);
  const cut = Math.max(
    before.lastIndexOf(')'),
    before.lastIndexOf(' och '),
    before.lastIndexOf(' and '),
    before.lastIndexOf(','),
  );
  const name = cut < 0 ? before : before.slice(cut + 1);
  return name.trim().split(/\s+/).slice(-NAME_WORDS).join(' ');
}

/** How many times `name` stands as a word in the document (capitalised, as a name). */
function usesOf(blocks: readonly Block[], name: string): number {
  const word = new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'gu');
  let n = 0;
  for (const b of blocks) n += b.text.match(word)?.length ?? 0;
  return n;
}

/** The lexicon id of a lower-case word, as `scanWords` interns it. */
function idOf(lexicon: Lexicon, word: string): number {
  let id = -1;
  const sink: WordSink = {
    word(text, start, end, hash) {
      id = lexicon.intern(text, start, end, hash);
    },
  };
  scanWords(word, 0, word.length, sink);
  return id;
}

/** A document's tokens as reading sees them: a defined name reads as the supplier's word. */
export class AliasedTokens implements TokenSource {
  constructor(
    private readonly tokens: TokenSource,
    private readonly aliases: ReadonlyMap<number, number>,
  ) {}

  lexiconIdAt(position: number): number {
    const id = this.tokens.lexiconIdAt(position);
    return this.aliases.get(id) ?? id;
  }

  pauseAt(position: number): boolean {
    return this.tokens.pauseAt(position);
  }

  clauseBreakAt(position: number): boolean {
    return this.tokens.clauseBreakAt(position);
  }
}
