// Builds the per-document index once: tokens, sentences, their roles (who is bound and how),
// units, sections and references.

import type { Block } from '../types.js';
import { DocumentWords } from './indexer.js';
import type { Lexicon } from './lexicon.js';
import { foldText } from './normalise.js';
import { findPhrases, unreadSentence, type SentencePhrases } from './phrases.js';
import { KIND, type Reading } from './reading.js';
import {
  BINDS,
  isBinding,
  isSignificant,
  NONE_ROLE,
  sentenceRole,
  type DocumentStance,
  type Party,
  type Role,
} from './roles.js';
import { structureOf, type Structure } from './structure.js';
import { scanWords } from './tokens.js';
import { UnitContexts, type UnitContext } from './context.js';
import { layout, type Range, type SegmentLayout, type UnitLayout } from './units.js';
import type { Vocabulary, AnswersOf } from './vocabulary.js';

/** One sentence of the document and where its tokens are. */
export type Segment = SegmentLayout;

/** A unit with whom it binds. */
export interface Unit {
  own: Range;
  /**
   * The runs of its own sentences that may hold its concepts: not a sentence of it that says
   * something of someone else (the authority's own work, the law) while another sentence of it
   * binds the supplier.
   */
  usable: readonly Range[];
  leads: readonly Range[];
  text: string;
  heading: boolean;
  /** What the unit binds (BINDS bits), from its own sentences or else its lead-ins. */
  binds: number;
  /** Whether a duty word, instruction or right decides (else it is a bare statement). */
  binding: boolean;
  /** Whether it is advice, a question, a hypothetical, a description or someone else's duty. */
  excluded: boolean;
  /** The sentence whose role decides, and that role. */
  roleSegment: number;
  role: Role;
  /** Where it may take a concept from beyond its own words (worked out on first asking). */
  readonly context: UnitContext;
}

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
  readonly structure: Structure;
}

/** What `prepare` needs from the match session. */
export interface PrepareParts {
  reading: Reading;
  lexicon: Lexicon;
  stamp: number;
  answersOf: AnswersOf;
  vocabularyOf: (lexiconIds: Int32Array, tokens: Int32Array) => Vocabulary;
}

export interface PrepareOptions {
  /** Read the text as a tender excerpt even if it names no supplier (a pack's example sentences). */
  tender?: boolean;
  /**
   * Who "vi"/"we" are, when the caller knows: a bid is the tenderer's own text throughout
   * (`evaluate`), so its "we" is the tenderer even where no signing formula says so.
   */
  speaker?: 'authority' | 'tenderer';
}

/** Closing quotes and brackets that may follow a sentence's final mark. */
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);

/** Whether a sentence ends in a question mark (before any closing quotes or brackets). */
function isQuestion(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text[i]!)) i--;
  return text[i] === '?';
}

/** A unit's binding and role from the roles of the sentences in `ranges` (its own, or its lead-ins). */
function combine(
  roles: readonly Role[],
  ranges: readonly Range[],
): { binds: number; binding: boolean; excluded: boolean; segment: number } | null {
  let binds = 0;
  let first = -1;
  let firstBinding = -1;
  for (const [from, to] of ranges) {
    for (let s = from; s < to; s++) {
      const r = roles[s]!;
      if (!r.triggered) continue;
      if (first < 0) first = s;
      if (isBinding(r.force) && r.binds !== 0) {
        binds |= r.binds;
        if (firstBinding < 0) firstBinding = s;
      }
    }
  }
  if (first < 0) return null;
  if (firstBinding >= 0) return { binds, binding: true, excluded: false, segment: firstBinding };
  return { binds: 0, binding: false, excluded: roles[first]!.force !== 'permission', segment: first };
}

/**
 * Normalises, tokenises and indexes a document's blocks: sentences and their roles, list items
 * with their lead-ins, table rows with their headers, sections and references.
 */
export function prepare(blocks: Block[], parts: PrepareParts, options: PrepareOptions = {}): PreparedText {
  const { lexicon, reading } = parts;
  const { segments, units: laidUnits } = layout(blocks, reading.leadInEndings);
  let chars = 0;
  for (const b of blocks) chars += b.text.length;
  const words = new DocumentWords(lexicon, parts.stamp, chars >> 2);
  const phrasesOf: (SentencePhrases | null)[] = new Array(segments.length);
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
    phrasesOf[s] = words.reading ? findPhrases(reading, lexicon, words, start, segment.end - start) : null;
  }
  const count = words.count;
  const vocabulary = parts.vocabularyOf(words.lexiconIds.slice(0, words.distinct), words.tokens.subarray(0, count));

  // What the whole document says about whom it addresses.
  let facing = options.tender ?? false;
  let toSupplier = 0;
  let toBuyer = 0;
  let signed = false;
  const cues =
    KIND['supplier-facing'] | KIND['addressing-supplier'] | KIND['addressing-buyer'] | KIND['signed-by-tenderer'];
  for (const found of phrasesOf) {
    found?.each(cues, (kind) => {
      if (kind === 'supplier-facing') facing = true;
      else if (kind === 'addressing-supplier') toSupplier++;
      else if (kind === 'addressing-buyer') toBuyer++;
      else signed = true;
    });
  }
  const stance: DocumentStance = {
    addressee: toSupplier > toBuyer ? 'supplier' : toBuyer > toSupplier ? 'buyer' : null,
    speaker: options.speaker ?? (signed ? 'tenderer' : 'authority'),
  };
  if (stance.addressee === 'supplier') facing = true;

  // Each sentence's role; a pronoun takes the party of the sentence before it in its block or section.
  const roles = new Array<Role>(segments.length);
  let previous: Party = 'none';
  let lastRole: Role | null = null;
  let lastBlock = -1;
  for (let s = 0; s < segments.length; s++) {
    const segment = segments[s]!;
    const block = blocks[segment.block]!;
    if (block.kind === 'heading') {
      previous = 'none';
      lastRole = null;
    }
    const found = phrasesOf[s];
    const question = isQuestion(segment.text);
    // Most sentences hold no duty word, party, advice or instruction: nothing to weigh.
    let role: Role;
    if (!question && (!found || !isSignificant(found))) role = NONE_ROLE;
    else
      role = sentenceRole(
        found ?? unreadSentence(reading, lexicon, words, segment.start, segment.end - segment.start),
        question,
        stance,
        previous,
      );
    // "This obligation covers …": goes on from a sentence that binds, and binds as it does.
    if (role.anaphoric && lastRole && isBinding(lastRole.force) && lastRole.binds !== 0) {
      role = { ...role, force: lastRole.force, party: lastRole.party, binds: lastRole.binds, triggered: true };
    }
    roles[s] = role;
    if (role.triggered || block.kind !== 'list-item') lastRole = role;
    if (role.party !== 'none') previous = role.party;
    else if (segment.block !== lastBlock && block.kind === 'heading') previous = 'none';
    lastBlock = segment.block;
  }

  let advising = 0;
  let bindingSupplier = 0;
  for (const r of roles) {
    if (r.force === 'advice' || r.party === 'buyer') advising++;
    else if (isBinding(r.force) && (r.binds & (BINDS.supplier | BINDS.tenderer)) !== 0) bindingSupplier++;
  }
  const guide = !options.tender && advising >= 2 && advising > 2 * bindingSupplier;

  const structure = structureOf(blocks);
  const firstSegmentOf = new Int32Array(blocks.length + 1).fill(-1);
  for (let s = segments.length - 1; s >= 0; s--) firstSegmentOf[segments[s]!.block] = s;
  // A block with no sentence starts where the next block with one does.
  firstSegmentOf[blocks.length] = segments.length;
  for (let b = blocks.length - 1; b >= 0; b--) if (firstSegmentOf[b]! < 0) firstSegmentOf[b] = firstSegmentOf[b + 1]!;
  const contexts = new UnitContexts({
    structure,
    segments,
    units: laidUnits,
    phrasesOf,
    wordsOf: (seg) => wordsInSegment(segments[seg]!, lexicon, words),
    firstSegmentOf,
  });
  const units: Unit[] = new Array<Unit>(laidUnits.length);
  for (let u = 0; u < laidUnits.length; u++) {
    const laid = laidUnits[u]!;
    const own: readonly Range[] = [laid.own];
    const byOwn = combine(roles, own);
    const byLeads = byOwn?.binding ? null : combine(roles, laid.leads);
    // An item that finishes its lead-in's sentence ("Vi intygar att" | "personalen kan …") is
    // bound as the lead-in is, and all it says is the content of that duty.
    const content = laid.continues === true && byLeads?.binding === true;
    const decided = content ? byLeads : (byOwn ?? byLeads);
    let binds: number;
    let binding: boolean;
    let excluded: boolean;
    let roleSegment: number;
    if (decided) {
      ({ binds, binding, excluded, segment: roleSegment } = decided);
    } else {
      // A bare statement: what its own sentences say of whom (for rules with `context: any`).
      binds = 0;
      excluded = false;
      roleSegment = laid.own[0];
      for (let s = laid.own[0]; s < laid.own[1]; s++) {
        binds |= roles[s]!.binds;
        if (roles[s]!.force === 'advice' || roles[s]!.force === 'description') excluded = true;
      }
      if (binds !== 0) excluded = false;
      binding = false;
    }
    if (laid.heading) {
      binds = 0;
      binding = false;
      excluded = true;
    }
    units[u] = new PreparedUnit(
      laid,
      content ? own : usableRuns(roles, own),
      binds,
      binding,
      excluded,
      roleSegment,
      roles[roleSegment]!,
      contexts,
      u,
    );
  }
  return {
    blocks,
    segments,
    units,
    segmentOf: words.segmentOf.slice(0, count),
    vocabulary,
    lexicon,
    lang: words.language.lang,
    supplierFacing: facing,
    guide,
    structure,
  };
}

/** Whether a sentence can hold a unit's concept: it binds, or states without a duty word, and is not about someone else. */
function usableSentence(role: Role): boolean {
  if (role.triggered) return isBinding(role.force) && (role.binds & ~BINDS.authority) !== 0;
  return role.force !== 'description' && role.force !== 'advice';
}

/** The runs of `own` (one range) whose sentences are usable; `own` itself when they all are. */
function usableRuns(roles: readonly Role[], own: readonly Range[]): readonly Range[] {
  const [from, to] = own[0]!;
  let all = true;
  for (let s = from; s < to && all; s++) all = usableSentence(roles[s]!);
  // Most units are one sentence, or sentences all of one kind: the unit itself.
  if (all || to - from === 1) return own;
  const out: Range[] = [];
  for (let s = from; s < to; s++) {
    if (!usableSentence(roles[s]!)) continue;
    const start = s;
    while (s + 1 < to && usableSentence(roles[s + 1]!)) s++;
    out.push([start, s + 1]);
  }
  return out;
}

function wordsInSegment(segment: Segment, lexicon: Lexicon, words: DocumentWords): string[] {
  const out: string[] = [];
  for (let i = segment.start; i < segment.end; i++) out.push(lexicon.words[words.lexiconIdAt(i)]!);
  return out;
}

/** A unit of a prepared document; its context is worked out when a rule first asks for it. */
class PreparedUnit implements Unit {
  readonly own: Range;
  readonly leads: readonly Range[];
  readonly text: string;
  readonly heading: boolean;

  constructor(
    laid: UnitLayout,
    readonly usable: readonly Range[],
    readonly binds: number,
    readonly binding: boolean,
    readonly excluded: boolean,
    readonly roleSegment: number,
    readonly role: Role,
    private readonly contexts: UnitContexts,
    private readonly index: number,
  ) {
    this.own = laid.own;
    this.leads = laid.leads;
    this.text = laid.text;
    this.heading = laid.heading;
  }

  get context(): UnitContext {
    return this.contexts.of(this.index);
  }
}

/** Whether a unit binds one of the `accepted` parties (BINDS bits). */
export function bindsAny(text: PreparedText, unit: Unit, accepted: number): boolean {
  // A guide's own sentences bind no one: only what it quotes as a duty of the supplier counts.
  if (text.guide) return unit.binding && (unit.binds & accepted & (BINDS.supplier | BINDS.tenderer)) !== 0;
  if ((unit.binds & accepted) !== 0) return true;
  return (
    (unit.binds & BINDS.unspecified) !== 0 && text.supplierFacing && !text.guide && (accepted & BINDS.contract) !== 0
  );
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
