// Builds the per-document index once: tokens, sentences, their roles (who is bound and how),
// units, sections and references. The roles come from document-roles.ts, the units with whom
// they bind from prepared-units.ts.

import type { Block } from '../types.js';
import { UnitContexts } from './context.js';
import { documentRoles, type PrepareOptions } from './document-roles.js';
import { DocumentWords } from './indexer.js';
import type { Lexicon } from './lexicon.js';
import { foldText } from './normalise.js';
import { AliasedTokens, partyAliases } from './aliases.js';
import { findPhrases, unreadSentence, type SentencePhrases } from './phrases.js';
import { preparedUnits, type Unit } from './prepared-units.js';
import { KIND, type Reading, type WordRuns } from './reading.js';
import { structureOf, type Structure } from './structure.js';
import { scanWords } from './tokens.js';
import { layout, type SegmentLayout } from './units.js';
import type { AnswersOf, Vocabulary } from './vocabulary.js';

export type { PrepareOptions } from './document-roles.js';

/** One sentence of the document and where its tokens are. */
export type Segment = SegmentLayout;

/** One document, normalised and indexed once for any number of rules. Opaque to callers. */
export interface PreparedText {
  readonly blocks: readonly Block[];
  readonly segments: readonly Segment[];
  readonly units: readonly Unit[];
  /** For each token position, the segment it belongs to. */
  readonly segmentOf: Int32Array;
  readonly vocabulary: Vocabulary;
  readonly lexicon: Lexicon;
  readonly lang: 'sv' | 'en';
  /** Whether the document names a supplier or addresses tenderers (see rules/reading.yaml). */
  readonly supplierFacing: boolean;
  /**
   * Whether the document reads as a guide for buyers: more of its sentences advise the buyer than
   * bind the supplier. In a guide only what it states in so many words of the supplier counts
   * (model clauses it quotes), never a duty without a party or a bare statement.
   */
  readonly guide: boolean;
  /**
   * Whether the document is the authority's own plan or report: it speaks of the authority's own
   * doings far more than it binds any supplier, and what it says of suppliers binds none.
   */
  readonly own: boolean;
  /**
   * Whether the document is the record of a meeting (minutes) or a market dialogue (a request for
   * information, its notes): it reports or asks, and binds no supplier whatever it quotes.
   */
  readonly record: boolean;
  readonly structure: Structure;
  /**
   * Per token position, 1 where the word stands in what a sentence sets aside ("Utöver YKB och HLR
   * ska …"): a rule's `not` term there vetoes nothing. Null when no sentence sets anything aside.
   */
  readonly aside: Uint8Array | null;
  /**
   * Per sentence, 1 where it is struck out or quotes a clause's former wording: it requires
   * nothing, and its words say nothing of what the clauses around or referring to it are about.
   */
  readonly struck: Uint8Array;
}

/** How many words after "utöver", "separate from" … a sentence may set aside. */
const ASIDE_WORDS = 8;

/** How many distinct words of a meeting's record make a document minutes. */
const RECORD_WORDS = 4;
/** The blocks that may hold a document's title: its first headings and lines. */
const TITLE_BLOCKS = 3;

/** What `prepare` needs from the match session. */
export interface PrepareParts {
  reading: Reading;
  lexicon: Lexicon;
  stamp: number;
  answersOf: AnswersOf;
  vocabularyOf: (lexiconIds: Int32Array, tokens: Int32Array) => Vocabulary;
}

/**
 * Normalises, tokenises and indexes a document's blocks: sentences and their roles, list items
 * with their lead-ins, table rows with their headers, sections and references.
 */
export function prepare(blocks: Block[], parts: PrepareParts, options: PrepareOptions = {}): PreparedText {
  const { lexicon, reading } = parts;
  const { segments, units: laidUnits } = layout(blocks, reading.leadInEndings, reading.leadInPointers);
  let chars = 0;
  for (const b of blocks) chars += b.text.length;
  const words = new DocumentWords(lexicon, parts.stamp, chars >> 2);
  const phrasesOf: (SentencePhrases | null)[] = new Array(segments.length);
  // "… Skogsstjärnan (Jouren)", "Haven Way Women's Aid (\"the Recipient\")": read as the supplier.
  const aliases = partyAliases(blocks, lexicon);
  const tokens = aliases.size === 0 ? words : new AliasedTokens(words, aliases);
  let clean: string | null = null;
  let folded = '';
  for (let s = 0; s < segments.length; s++) {
    const segment = segments[s]!;
    const start = words.count;
    words.segment = s;
    words.reading = false;
    // A block is folded once for all its sentences. Folding keeps its length (and so the
    // sentences' offsets) unless lower case grows a character (`İ`): then per sentence.
    if (segment.clean !== clean) {
      clean = segment.clean;
      folded = segment.plain ? clean.toLowerCase() : foldText(clean);
    }
    const text = folded.length === clean.length ? folded : foldText(segment.text);
    const [from, to] = folded.length === clean.length ? [segment.from, segment.to] : [0, text.length];
    scanWords(text, from, to, words);
    segment.start = start;
    segment.end = words.count;
    phrasesOf[s] = words.reading ? findPhrases(reading, lexicon, tokens, start, segment.end - start) : null;
  }
  const count = words.count;
  const lexiconIds = words.lexiconIds.slice(0, words.distinct);
  const vocabulary = parts.vocabularyOf(lexiconIds, words.tokens.subarray(0, count));
  let recordWords = 0;
  for (const id of lexiconIds) if (reading.meetingRecord.has(lexicon.words[id]!)) recordWords++;

  // The last sentences of the paragraphs that lead into a list or table.
  const leadIns = new Set<number>();
  for (const unit of laidUnits) for (const lead of unit.leads) leadIns.add(lead[1] - 1);
  const agencySupplier = options.agencySupplier ?? holdsRun(vocabulary, reading.staffingAgency);
  const grantConditions = options.grantConditions ?? holdsRun(vocabulary, reading.grantConditions);
  const { roles, supplierFacing, guide, own, struck } = documentRoles(
    {
      blocks,
      segments,
      phrasesOf,
      leadIns,
      evaluationHeadings: reading.evaluationHeadings,
      evaluationVerbs: reading.evaluationVerbs,
      codeHeadings: reading.codeHeadings,
      obligationHeadings: reading.obligationHeadings,
      supplierForm: holdsRun(vocabulary, reading.supplierForm),
      exampleWords: reading.exampleWords,
      // (Looked for sentence by sentence only where the document holds one of the phrases at all.)
      struckMarkers: holdsRun(vocabulary, reading.struckMarkers) ? reading.struckMarkers.phrases : [],
      formerWording: holdsRun(vocabulary, reading.formerWording) ? reading.formerWording.phrases : [],
      informative: holdsRun(vocabulary, reading.informative) ? reading.informative.phrases : [],
      boxes: reading.boxes,
      unread: (s: number) =>
        unreadSentence(reading, lexicon, tokens, segments[s]!.start, segments[s]!.end - segments[s]!.start),
    },
    { ...options, agencySupplier, grantConditions },
  );

  const structure = structureOf(blocks, reading.clauses);
  const firstSegmentOf = new Int32Array(blocks.length + 1).fill(-1);
  for (let s = segments.length - 1; s >= 0; s--) firstSegmentOf[segments[s]!.block] = s;
  // A block with no sentence starts where the next block with one does.
  firstSegmentOf[blocks.length] = segments.length;
  for (let b = blocks.length - 1; b >= 0; b--) if (firstSegmentOf[b]! < 0) firstSegmentOf[b] = firstSegmentOf[b + 1]!;
  const contexts = new UnitContexts({
    blocks,
    structure,
    segments,
    units: laidUnits,
    phrasesOf,
    wordsOf: (seg) => wordsInSegment(segments[seg]!, lexicon, words),
    firstSegmentOf,
    clauses: reading.clauses,
  });
  const units = preparedUnits(laidUnits, roles, contexts, segments);
  return {
    blocks,
    segments,
    units,
    segmentOf: words.segmentOf.slice(0, count),
    vocabulary,
    lexicon,
    lang: words.language.lang,
    supplierFacing,
    guide,
    own,
    record:
      !options.tender &&
      (recordWords >= RECORD_WORDS ||
        holdsRun(vocabulary, reading.dialogueTitles, (at) => inTitle(blocks, segments[words.segmentOf[at]!]!.block))),
    structure,
    aside: asideWords(vocabulary, reading.setAside, words, segments, lexicon),
    struck,
  };
}

/**
 * The words each set-aside phrase sets aside: those after it in its sentence, up to a duty word
 * ("Utöver YKB och HLR | ska förarna …") and at most {@link ASIDE_WORDS}.
 */
function asideWords(
  vocabulary: Vocabulary,
  runs: WordRuns,
  words: DocumentWords,
  segments: readonly Segment[],
  lexicon: Lexicon,
): Uint8Array | null {
  let aside: Uint8Array | null = null;
  const stop = KIND.duty | KIND.commitment;
  vocabulary.positionsWhere(runs.startsOne, (at) => {
    const phrase = runAt(vocabulary, runs, at);
    if (!phrase) return;
    const end = Math.min(segments[words.segmentOf[at]!]!.end, at + phrase.length + ASIDE_WORDS);
    for (let i = at + phrase.length; i < end; i++) {
      if ((lexicon.phraseKinds[words.lexiconIdAt(i)]! & stop) !== 0) break;
      aside ??= new Uint8Array(vocabulary.length);
      aside[i] = 1;
    }
  });
  return aside;
}

/**
 * Whether the document's words hold one of the phrases as a run ("agency workers"), where `keep`
 * allows (at the position of its first word).
 */
function holdsRun(vocabulary: Vocabulary, runs: WordRuns, keep: (at: number) => boolean = () => true): boolean {
  let found = false;
  vocabulary.positionsWhere(runs.startsOne, (at) => {
    if (!found && keep(at)) found = runAt(vocabulary, runs, at) !== undefined;
  });
  return found;
}

/** The phrase of `runs` whose words stand in the document from position `at`, if any. */
function runAt(vocabulary: Vocabulary, runs: WordRuns, at: number): readonly string[] | undefined {
  return runs.byFirst
    .get(vocabulary.wordAt(at))
    ?.find(
      (phrase) =>
        at + phrase.length <= vocabulary.length && phrase.every((word, k) => vocabulary.wordAt(at + k) === word),
    );
}

/** Whether a block may hold the document's title: its first line, or one of its first headings. */
function inTitle(blocks: readonly Block[], block: number): boolean {
  return block === 0 || (block < TITLE_BLOCKS && blocks[block]!.kind === 'heading');
}

function wordsInSegment(segment: Segment, lexicon: Lexicon, words: DocumentWords): string[] {
  const out: string[] = [];
  for (let i = segment.start; i < segment.end; i++) out.push(lexicon.words[words.lexiconIdAt(i)]!);
  return out;
}

/**
 * Per block of a prepared document, 0 where the block certainly holds no word for which `test`
 * holds, else 1. Only a plain block (see `cleanTextPlain`) with words can be 0: its text is then
 * its clean text (trimmed), every letter, digit and mark of it stands in one of its tokens, and
 * its tokens are its words in lower case as `tokenise` finds them. `test` is asked once per
 * distinct word of the session (see `Vocabulary.positionsWhere`): pass the same function each time.
 */
export function blocksWithWord(text: PreparedText, test: (word: string) => boolean): Uint8Array {
  const n = text.blocks.length;
  // 0 no segment seen, 1 plain segments only, 2 a segment not plain.
  const state = new Uint8Array(n);
  for (const segment of text.segments) {
    if (!segment.plain) state[segment.block] = 2;
    else if (state[segment.block] === 0) state[segment.block] = 1;
  }
  const out = new Uint8Array(n);
  for (let b = 0; b < n; b++) out[b] = state[b] === 1 ? 0 : 1;
  const { segments, segmentOf } = text;
  text.vocabulary.positionsWhere(test, (position) => {
    out[segments[segmentOf[position]!]!.block] = 1;
  });
  return out;
}
