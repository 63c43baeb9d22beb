// The reading vocabulary (rules/reading.yaml) compiled for matching: phrases by category, parties
// and document cues, and which phrases a word may start.

import { compileClauseWords, type ClauseWords, type ClauseWordsSpec } from './clause-words.js';
import type { Lang } from '../types.js';
import { LANGS } from '../types.js';
import { EvidenceError } from './errors.js';
import { PatternIndex } from './patterns.js';
import { TermMemo } from './term-memo.js';
import type { WordPattern } from './terms.js';

/** Kinds of phrase that shape how a sentence binds (see rules/reading.yaml for each). */
export const CATEGORIES = [
  'duty',
  'commitment',
  'duty-liftable',
  'duty-label',
  'tenderer-imperative',
  'buyer-imperative',
  'advice',
  'hypothetical',
  'deliberation',
  'study-task',
  'right',
  'requiring',
  'ensuring',
  'conditional',
  'courtesy',
  'question-word',
  'generic',
  'negation',
  'clause-opener',
  'relative',
  'adverb',
  'agent',
  'preposition',
  'article',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Whom a sentence may bind, as rules/reading.yaml lists them. */
export const PARTY_CLASSES = [
  'supplier',
  'agency',
  'tenderer',
  'contract',
  'authority',
  'buyer',
  'law',
  'employer',
  'content',
  'training',
  'grantee',
  'speaker',
  'addressee',
  'pronoun',
] as const;
export type PartyClass = (typeof PARTY_CLASSES)[number];

/** Document-level cues and reference phrases. */
export const CUES = [
  'addressing-supplier',
  'addressing-buyer',
  'signed-by-tenderer',
  'supplier-facing',
  'training-service',
  'reference-section',
  'reference-document',
  'reference-label',
] as const;
export type Cue = (typeof CUES)[number];

export type PhraseKind = Category | `party:${PartyClass}` | Cue;

/**
 * One bit for each category and cue, so that the kinds of the one-word phrases a word is (most
 * phrases are one word: "ska", "leverantören", "av") are one number per word of the session
 * rather than a match object per occurrence; party phrases have their class instead (bit 0).
 */
export const KIND = Object.fromEntries([...CATEGORIES, ...CUES].map((kind, i) => [kind, 1 << i])) as Record<
  Category | Cue,
  number
>;

/** The bit of a kind (see {@link KIND}); 0 for a party phrase. */
function bitOf(kind: PhraseKind): number {
  return kind.startsWith('party:') ? 0 : KIND[kind as Category | Cue];
}

/** The phrases of one category in each language, as the YAML file gives them. */
export type PhraseLists = Record<Lang, string[]>;

/** rules/reading.yaml, as loaded. */
export interface ReadingSpec {
  kind: 'reading';
  version: string;
  title: Record<Lang, string>;
  parties: Record<PartyClass, PhraseLists>;
  addressing: Record<'supplier' | 'buyer', PhraseLists>;
  'supplier-facing': PhraseLists;
  'training-service': PhraseLists;
  'signed-by-tenderer': PhraseLists;
  references: Record<'section' | 'document' | 'label', PhraseLists>;
  clauses: ClauseWordsSpec;
  [category: string]: unknown;
}

/** One compiled phrase: its kind and the pattern numbers of its words, in order. */
export interface Phrase {
  kind: PhraseKind;
  /** Its kind's bit (see {@link KIND}); 0 for a party phrase. */
  bit: number;
  /** For a `party:` kind, the class of party it names. */
  party?: PartyClass;
  source: string;
  words: readonly number[];
}

/** The compiled vocabulary, shared by every document of a match session. */
export interface Reading {
  readonly patterns: PatternIndex;
  readonly phrases: readonly Phrase[];
  /** Phrase ids by the number of their first word's pattern. */
  readonly startsBy: ReadonlyMap<number, readonly number[]>;
  /** Last words that leave a paragraph unfinished, so that it leads into the list or table after it (lower case). */
  readonly leadInEndings: ReadonlySet<string>;
  /** Words that point ahead ("nedan", "following"): a paragraph holding one leads into the list or table after it. */
  readonly leadInPointers: ReadonlySet<string>;
  /** Words that name a section of award criteria in its heading (lower case). */
  readonly evaluationHeadings: ReadonlySet<string>;
  /** Verbs of weighing an offer (see reading.yaml `evaluation-verbs`). */
  readonly evaluationVerbs: ReadonlySet<string>;
  /** Words that name a code of conduct for suppliers in a heading (lower case). */
  readonly codeHeadings: ReadonlySet<string>;
  /** Words that name the supplier's obligations in a heading (see reading.yaml `obligation-headings`). */
  readonly obligationHeadings: ReadonlySet<string>;
  /** Single words of the minutes of a meeting (see reading.yaml `meeting-record`). */
  readonly meetingRecord: ReadonlySet<string>;
  /** Words that say a passage of advice gives examples (see reading.yaml `example-words`). */
  readonly exampleWords: ReadonlySet<string>;
  /** Words that mark a clause as struck out where they open it (see reading.yaml `struck`), each as its words. */
  readonly struckMarkers: WordRuns;
  /** Words that say a sentence quotes a clause's former wording (see reading.yaml `former-wording`). */
  readonly formerWording: WordRuns;
  /** Words that say a part is attached for information only (see reading.yaml `informative`). */
  readonly informative: WordRuns;
  /** Check boxes as they stand in the text (see reading.yaml `boxes`). */
  readonly boxes: Boxes;
  /** Phrases of a contract for agency staff (see reading.yaml `staffing-agency`). */
  readonly staffingAgency: WordRuns;
  /** Phrases of the conditions of a grant or a partnership (see reading.yaml `grant-conditions`). */
  readonly grantConditions: WordRuns;
  /** Phrases of a form the supplier fills in (see reading.yaml `supplier-form`). */
  readonly supplierForm: WordRuns;
  /** Words that set aside what follows them, for a rule's `not` (see reading.yaml `set-aside`). */
  readonly setAside: WordRuns;
  /** Names of documents that prepare a procurement and ask nothing (see reading.yaml `dialogue-titles`). */
  readonly dialogueTitles: WordRuns;
  /** How clauses and parts are labelled and named by number (see clause-words.ts). */
  readonly clauses: ClauseWords;
}

const NONE: readonly number[] = [];

function lists(spec: Record<string, unknown>, key: string, path: (string | number)[]): PhraseLists {
  const value = spec[key];
  if (typeof value !== 'object' || value === null)
    throw new EvidenceError('phrasesNotMapping', [...path, key], { key });
  const out = {} as PhraseLists;
  for (const lang of LANGS) {
    const list = (value as Record<string, unknown>)[lang];
    if (!Array.isArray(list)) throw new EvidenceError('phrasesMissing', [...path, key, lang], { key, lang });
    out[lang] = list as string[];
  }
  return out;
}

/** Every (kind, phrase lists, path) of the spec, in a fixed order. */
function entries(spec: ReadingSpec): { kind: PhraseKind; lists: PhraseLists; path: (string | number)[] }[] {
  const raw = spec as unknown as Record<string, unknown>;
  const out: { kind: PhraseKind; lists: PhraseLists; path: (string | number)[] }[] = [];
  for (const category of CATEGORIES) out.push({ kind: category, lists: lists(raw, category, []), path: [category] });
  const parties = raw.parties as Record<string, unknown>;
  for (const cls of PARTY_CLASSES) {
    // (An older copy of the vocabulary may lack the optional "agency".)
    if (cls === 'agency' && parties[cls] === undefined) continue;
    out.push({ kind: `party:${cls}`, lists: lists(parties, cls, ['parties']), path: ['parties', cls] });
  }
  const addressing = raw.addressing as Record<string, unknown>;
  out.push({
    kind: 'addressing-supplier',
    lists: lists(addressing, 'supplier', ['addressing']),
    path: ['addressing', 'supplier'],
  });
  out.push({
    kind: 'addressing-buyer',
    lists: lists(addressing, 'buyer', ['addressing']),
    path: ['addressing', 'buyer'],
  });
  out.push({ kind: 'signed-by-tenderer', lists: lists(raw, 'signed-by-tenderer', []), path: ['signed-by-tenderer'] });
  out.push({ kind: 'supplier-facing', lists: lists(raw, 'supplier-facing', []), path: ['supplier-facing'] });
  out.push({ kind: 'training-service', lists: lists(raw, 'training-service', []), path: ['training-service'] });
  const references = raw.references as Record<string, unknown>;
  out.push({
    kind: 'reference-section',
    lists: lists(references, 'section', ['references']),
    path: ['references', 'section'],
  });
  out.push({
    kind: 'reference-document',
    lists: lists(references, 'document', ['references']),
    path: ['references', 'document'],
  });
  out.push({
    kind: 'reference-label',
    lists: lists(references, 'label', ['references']),
    path: ['references', 'label'],
  });
  return out;
}

/** A reading word stands for itself as written: no inflected forms (`will` is not `willing`). */
function literal(pattern: WordPattern): WordPattern {
  return pattern.kind === 'exact'
    ? { ...pattern, kind: 'literal', key: `literal:${pattern.lang}:${pattern.text}` }
    : pattern;
}

/**
 * Compiles the reading vocabulary.
 * @throws EvidenceError with the path of a list that is missing or a phrase the term grammar rejects
 */
export function compileReading(spec: ReadingSpec, memo = new TermMemo()): Reading {
  const patterns = new PatternIndex(memo);
  const phrases: Phrase[] = [];
  const startsBy = new Map<number, number[]>();
  for (const { kind, lists, path } of entries(spec)) {
    for (const lang of LANGS) {
      lists[lang].forEach((source, i) => {
        const term = memo.term(source, lang, [...path, lang, i], true);
        const words = term.words.map((w) => patterns.number(literal(w)));
        const id = phrases.length;
        const bit = bitOf(kind);
        phrases.push(
          kind.startsWith('party:')
            ? { kind, bit, party: kind.slice(6) as PartyClass, source, words }
            : { kind, bit, source, words },
        );
        const first = words[0]!;
        const list = startsBy.get(first);
        if (list) list.push(id);
        else startsBy.set(first, [id]);
      });
    }
  }
  const endings = lists(spec as unknown as Record<string, unknown>, 'lead-in-endings', []);
  const leadInEndings = new Set<string>();
  const leadInPointers = new Set<string>();
  for (const lang of LANGS) {
    endings[lang].forEach((word, i) => {
      if (!/^[\p{L}-]+\.?$/u.test(word))
        throw new EvidenceError('leadInEnding', ['lead-in-endings', lang, i], { word: JSON.stringify(word) });
      if (word.endsWith('.')) leadInPointers.add(word.slice(0, -1).toLowerCase());
      else leadInEndings.add(word.toLowerCase());
    });
  }
  const raw = spec as unknown as Record<string, unknown>;
  return {
    patterns,
    phrases,
    startsBy,
    leadInEndings,
    leadInPointers,
    evaluationHeadings: singleWords(raw, 'evaluation-headings'),
    evaluationVerbs: singleWords(raw, 'evaluation-verbs'),
    codeHeadings: singleWords(raw, 'code-headings'),
    obligationHeadings: singleWords(raw, 'obligation-headings'),
    meetingRecord: singleWords(raw, 'meeting-record'),
    exampleWords: singleWords(raw, 'example-words'),
    struckMarkers: wordRuns(wordSequences(raw, 'struck')),
    formerWording: wordRuns(wordSequences(raw, 'former-wording')),
    informative: wordRuns(wordSequences(raw, 'informative')),
    boxes: boxesOf(raw),
    staffingAgency: wordRuns(wordSequences(raw, 'staffing-agency')),
    grantConditions: wordRuns(wordSequences(raw, 'grant-conditions')),
    supplierForm: wordRuns(wordSequences(raw, 'supplier-form')),
    setAside: wordRuns(wordSequences(raw, 'set-aside')),
    dialogueTitles: wordRuns(wordSequences(raw, 'dialogue-titles')),
    clauses: compileClauseWords(spec.clauses),
  };
}

/** An optional list of single lower-case words ("evaluation-headings", "meeting-record"), as a set. */
function singleWords(raw: Record<string, unknown>, key: string): ReadonlySet<string> {
  const out = new Set<string>();
  if (raw[key] === undefined) return out;
  const words = lists(raw, key, []);
  for (const lang of LANGS) {
    words[lang].forEach((word, i) => {
      if (!/^[\p{L}:-]+$/u.test(word))
        throw new EvidenceError('singleWord', [key, lang, i], { word: JSON.stringify(word) });
      out.add(word.toLowerCase());
    });
  }
  return out;
}

/** An optional list of short phrases ("not used", "utgår") as their lower-case words. */
function wordSequences(raw: Record<string, unknown>, key: string): (readonly string[])[] {
  if (raw[key] === undefined) return [];
  const phrases = lists(raw, key, []);
  const out: string[][] = [];
  for (const lang of LANGS) {
    phrases[lang].forEach((phrase, i) => {
      const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
      if (words.length === 0 || !words.every((w) => /^[\p{L}-]+$/u.test(w)))
        throw new EvidenceError('singleWord', [key, lang, i], { word: JSON.stringify(phrase) });
      out.push(words);
    });
  }
  return out;
}

/**
 * Check boxes, as tests of whether a text opens with a ticked or an empty one (past a list mark, a
 * table's pipe or emphasis: "- ☐", "| ☒ |", "**☐**"); null where the vocabulary lists none. One
 * anchored pattern each: most paragraphs fail it at their first letter.
 */
export interface Boxes {
  readonly ticked: RegExp | null;
  readonly empty: RegExp | null;
}

function boxesOf(raw: Record<string, unknown>): Boxes {
  const boxes = raw.boxes as { ticked?: string[]; empty?: string[] } | undefined;
  const opening = (marks: readonly string[] | undefined): RegExp | null =>
    marks && marks.length > 0
      ? new RegExp(`^[\\s*_>|•·–-]*(?:${marks.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'u')
      : null;
  return { ticked: opening(boxes?.ticked), empty: opening(boxes?.empty) };
}

/** Phrases to find as runs of a document's words, with a test of their first words (asked once per word). */
export interface WordRuns {
  readonly phrases: readonly (readonly string[])[];
  /**
   * The phrases by their first word. Many start with a word as common as "i", "för" or "not":
   * at each of its places only the few phrases starting with it are compared.
   */
  readonly byFirst: ReadonlyMap<string, readonly (readonly string[])[]>;
  readonly startsOne: (word: string) => boolean;
}

function wordRuns(phrases: readonly (readonly string[])[]): WordRuns {
  const byFirst = new Map<string, (readonly string[])[]>();
  for (const p of phrases) {
    const list = byFirst.get(p[0]!);
    if (list) list.push(p);
    else byFirst.set(p[0]!, [p]);
  }
  return { phrases, byFirst, startsOne: (word) => byFirst.has(word) };
}

/** Phrases that only help read others: a sentence holding none but these needs no reading. */
const HELPERS: ReadonlySet<PhraseKind> = new Set<PhraseKind>([
  'clause-opener',
  'relative',
  'agent',
  'preposition',
  'article',
  'adverb',
  'negation',
  'courtesy',
  'generic',
  'question-word',
  'conditional',
]);

/** What a word may do for reading a sentence (see `WordClassifier.reading` in lexicon.ts). */
export interface WordReading {
  /** The phrases of two or more words it may start. */
  starts: readonly number[];
  /** The one-word phrases it is, in the order phrases are found (see phrases.ts). */
  singles: readonly number[];
  /** The bits (see {@link KIND}) of the kinds of those one-word phrases. */
  kinds: number;
  /** The class of party its first one-word party phrase names, if any. */
  party: PartyClass | undefined;
  /** Every reading pattern it matches, sorted. */
  patterns: readonly number[];
  /** Whether a phrase it starts can matter to a sentence rather than only help read one. */
  significant: boolean;
}

const NOTHING: WordReading = {
  starts: NONE,
  singles: NONE,
  kinds: 0,
  party: undefined,
  patterns: NONE,
  significant: false,
};

/** The phrases a word may start or is, every reading pattern it matches, and whether it can matter to a sentence. */
export function readingOfWord(reading: Reading, word: string): WordReading {
  const matched = reading.patterns.matching(word, 0);
  if (matched.length === 0) return NOTHING;
  let starts: number[] | null = null;
  let singles: number[] | null = null;
  let kinds = 0;
  let party: PartyClass | undefined;
  let significant = false;
  for (const n of matched) {
    const ids = reading.startsBy.get(n);
    if (!ids) continue;
    for (const id of ids) {
      const phrase = reading.phrases[id]!;
      if (phrase.words.length > 1) (starts ??= []).push(id);
      else {
        (singles ??= []).push(id);
        kinds |= phrase.bit;
        party ??= phrase.party;
      }
      if (!HELPERS.has(phrase.kind)) significant = true;
    }
  }
  return { starts: starts ?? NONE, singles: singles ?? NONE, kinds, party, patterns: matched, significant };
}
