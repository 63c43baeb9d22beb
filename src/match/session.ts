// A match session: everything a lint run keeps while it matches documents, in one object made by
// the run and passed along (the reading vocabulary, the words seen so far, the rule patterns,
// scratch space), so that nothing of a run lives in module state.

import type { Block } from '../types.js';
import { compileEvidence, type CompiledEvidence } from './compile.js';
import { Finder, type EvidenceHit, type FirstWords, type NearMiss } from './find.js';
import { functionWordKind } from './language.js';
import { Lexicon } from './lexicon.js';
import { PatternIndex } from './patterns.js';
import { blocksWithWord, prepare, type PrepareOptions, type PreparedText } from './prepare.js';
import { compileReading, readingOfWord, type Reading, type ReadingSpec } from './reading.js';
import { role, type Role } from './binds.js';
import type { EvidenceSpec } from '../types.js';
import { TermMemo } from './term-memo.js';
import { Vocabulary, type WordTest } from './vocabulary.js';

/** Past this many words a new lexicon is started, so a long-lived process cannot grow without end. */
const MAX_WORDS = 400_000;

function isCompiled(reading: ReadingSpec | Reading): reading is Reading {
  return 'phrases' in reading && 'startsBy' in reading;
}

export class MatchSession {
  readonly reading: Reading;
  private readonly patterns: PatternIndex;
  private readonly finder = new Finder();
  private lexicon!: Lexicon;
  /** Numbers the documents prepared with the current lexicon, for its stamps (0 means none). */
  private documents = 0;
  /** Per word test, its answers by lexicon id (for the current lexicon). */
  private answers = new Map<WordTest, Uint8Array>();
  private readonly compiled = new WeakMap<EvidenceSpec, CompiledEvidence>();
  private readonly numbered = new WeakMap<CompiledEvidence, FirstWords>();

  /**
   * @param reading the reading vocabulary (rules/reading.yaml), as loaded or compiled
   * @param memo terms compiled before (see term-memo.ts); the session adds what it compiles
   */
  constructor(
    reading: ReadingSpec | Reading,
    private readonly memo = new TermMemo(),
  ) {
    this.patterns = new PatternIndex(memo);
    this.reading = isCompiled(reading) ? reading : compileReading(reading, memo);
    this.renew();
  }

  private renew(): void {
    const reading = this.reading;
    this.lexicon = new Lexicon(this.patterns, {
      reading: (word) => readingOfWord(reading, word),
      languageKind: functionWordKind,
    });
    this.documents = 0;
    this.answers = new Map();
  }

  /** A test's answers by lexicon id (0: not asked yet), grown with the lexicon. */
  private answersOf = (test: WordTest): Uint8Array => {
    let answers = this.answers.get(test);
    if (!answers) this.answers.set(test, (answers = new Uint8Array(Math.max(1024, this.lexicon.size * 2))));
    if (answers.length < this.lexicon.size) {
      const bigger = new Uint8Array(this.lexicon.size * 2);
      bigger.set(answers);
      this.answers.set(test, (answers = bigger));
    }
    return answers;
  };

  /** Normalises, tokenises and indexes a document once, for any number of rules. */
  prepare(blocks: Block[], options: PrepareOptions = {}): PreparedText {
    // A document keeps the lexicon it was prepared with: a fresh one, started when this one is full, leaves it intact.
    if (this.lexicon.size > MAX_WORDS || this.documents >= 0x7fff_fff0) this.renew();
    const lexicon = this.lexicon;
    return prepare(
      blocks,
      {
        reading: this.reading,
        lexicon,
        stamp: ++this.documents,
        answersOf: this.answersOf,
        vocabularyOf: (ids, tokens) => new Vocabulary(lexicon, this.patterns, this.answersOf, ids, tokens),
      },
      options,
    );
  }

  /**
   * A rule's evidence, compiled once per session, its word patterns numbered.
   * @throws EvidenceError for a spec the grammar rejects
   */
  compile(spec: EvidenceSpec): CompiledEvidence {
    let c = this.compiled.get(spec);
    if (!c) {
      this.compiled.set(spec, (c = compileEvidence(spec, this.memo)));
      this.numberPatterns(c);
    }
    return c;
  }

  /**
   * Numbers all the evidence's word patterns the first time it is matched, at once: a document's
   * vocabulary indexes the patterns numbered so far, and is indexed again for any numbered later.
   * Gives, per concept (the `not` concept last), the numbers of its terms' first words.
   */
  private numberPatterns(evidence: CompiledEvidence): FirstWords {
    const known = this.numbered.get(evidence);
    if (known) return known;
    const numbers: Int32Array[] = [];
    for (const concept of evidence.not ? [...evidence.all, evidence.not] : evidence.all) {
      for (const term of concept.terms) for (const word of term.words) this.patterns.number(word);
      numbers.push(Int32Array.from(concept.terms, (term) => this.patterns.number(term.words[0]!)));
    }
    this.numbered.set(evidence, numbers);
    return numbers;
  }

  /** Where the evidence stands in a prepared document, and why it counts; null when nowhere. */
  find(text: PreparedText, evidence: CompiledEvidence): EvidenceHit | null {
    return this.finder.find(text, evidence, this.numberPatterns(evidence));
  }

  /** The units that come closest to the evidence without counting (see `Finder.nearMisses`). */
  nearMisses(text: PreparedText, evidence: CompiledEvidence, limit = 3): NearMiss[] {
    return this.finder.nearMisses(text, evidence, this.numberPatterns(evidence), limit);
  }

  /** The role of one sentence read on its own, as in a tender (who it binds and how). */
  roleOf(sentence: string): Role {
    const text = this.prepare([{ text: sentence, kind: 'paragraph', headingPath: [], loc: { block: 1 } }], {
      tender: true,
    });
    const unit = text.units[0];
    return unit ? unit.role : role('statement', 'none', 0, null, false);
  }

  /** See `blocksWithWord` in prepare.ts. */
  blocksWithWord(text: PreparedText, test: WordTest): Uint8Array {
    return blocksWithWord(text, test);
  }
}
