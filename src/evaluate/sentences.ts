// An answer cut into sentences, each with whether it binds the tenderer, read by lint's matcher
// with the bid's "vi"/"we" as the tenderer. Sentences that only repeat the tender's own clause
// are dropped (a bid that restates the requirement before answering it has not answered by
// restating it); one that restates a clause with changes is kept and marked.
import { BINDS, type MatchSession } from '../match/index.js';
import type { Block } from '../types.js';
import { wordsOf } from './phrases.js';
import type { Place } from './types.js';

/** One sentence of an answer. */
export interface AnswerSentence {
  text: string;
  words: string[];
  place: Place;
  /** It binds the tenderer (or, in a bid, no one named) by a duty: "Vi kommer att …", "We will …". */
  binds: boolean;
  /**
   * It restates a sentence of the clause with words changed, left out or added: those words
   * (`+vart +tredje −varje`), or null.
   */
  altered: string | null;
}

const BINDS_TENDERER = BINDS.supplier | BINDS.tenderer | BINDS.unspecified;

/** A clause as compared with answers: its sentences as words, and all its words in one string. */
export interface ClauseText {
  sentences: string[][];
  /** ` w1 w2 … ` with a space at each end, so a sentence copied from it is a substring. */
  joined: string;
  /**
   * Every three words in a row of it: a sentence whose first three are not here copies nothing (and costs no search).
   */
  trigrams: Set<string>;
}

/** The trigrams of word lists. */
function trigramsOf(lists: readonly string[][]): Set<string> {
  const out = new Set<string>();
  for (const w of lists) for (let i = 0; i + 3 <= w.length; i++) out.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  return out;
}

/** Whether the words are a run of the clause's words (a copy, however the sentences are cut). */
export function copies(words: readonly string[], clause: ClauseText): boolean {
  return (
    words.length >= 3 &&
    clause.trigrams.has(`${words[0]} ${words[1]} ${words[2]}`) &&
    clause.joined.includes(` ${words.join(' ')} `)
  );
}

/** Several clauses as one, for "does this copy any clause of the tender". */
export function joinClauses(clauses: readonly ClauseText[]): ClauseText {
  const trigrams = new Set<string>();
  for (const c of clauses) for (const t of c.trigrams) trigrams.add(t);
  return { sentences: clauses.flatMap((c) => c.sentences), joined: clauses.map((c) => c.joined).join(' '), trigrams };
}

/** The clause's text for comparison, its sentences cut as the matcher cuts a bid's ("3 kap. 8 §" stays whole). */
export function clauseText(session: MatchSession, paragraphs: readonly string[]): ClauseText {
  const blocks: Block[] = paragraphs.map((text, i) => ({
    text,
    kind: 'paragraph',
    headingPath: [],
    loc: { block: i + 1 },
  }));
  const sentences = session
    .prepare(blocks, { tender: true })
    .units.map((u) => wordsOf(u.text))
    .filter((w) => w.length >= 4);
  const words = paragraphs.map(wordsOf);
  return { sentences, joined: ` ${words.map((w) => w.join(' ')).join(' ')} `, trigrams: trigramsOf(words) };
}

/**
 * How a sentence stands to the clause: a copy of part of it (however the sentences are cut), a
 * changed restatement (it opens as a sentence of the clause does and shares most of its words),
 * or the tenderer's own words.
 */
function restatement(words: readonly string[], clause: ClauseText): 'copy' | { altered: string } | 'own' {
  if (copies(words, clause)) return 'copy';
  if (words.length < 6) return 'own';
  const mine = new Set(words);
  for (const c of clause.sentences) {
    if (c[0] !== words[0] || c[1] !== words[1]) continue;
    const theirs = new Set(c);
    let shared = 0;
    for (const w of theirs) if (mine.has(w)) shared++;
    if (shared / Math.max(theirs.size, mine.size) < 0.6) continue;
    const added = words.filter((w) => !theirs.has(w)).map((w) => `+${w}`);
    const removed = c.filter((w) => !mine.has(w)).map((w) => `\u2212${w}`);
    return { altered: [...added, ...removed].join(' ') };
  }
  return 'own';
}

/**
 * Reads the blocks of an answer into sentences. `placeOf` says where a block stands.
 */
export function answerSentences(
  session: MatchSession,
  blocks: readonly Block[],
  placeOf: (block: Block) => Place,
  clause: ClauseText,
  /** Every clause of the tender (joinClauses): restating another clause is no answer either. */
  others: ClauseText,
): AnswerSentence[] {
  if (blocks.length === 0) return [];
  // Table cells become paragraphs: each cell of an answer is read on its own, not joined into a row.
  const plain = blocks.map(
    (b, i): Block => ({
      ...b,
      kind: b.kind === 'table-cell' || b.kind === 'heading' ? 'paragraph' : b.kind,
      loc: { ...b.loc, block: i + 1 },
    }),
  );
  const text = session.prepare(plain, { tender: true, speaker: 'tenderer' });
  const out: AnswerSentence[] = [];
  for (const unit of text.units) {
    const segment = text.segments[unit.own[0]];
    if (!segment) continue;
    const source = blocks[segment.block]!;
    const words = wordsOf(unit.text);
    if (words.length === 0) continue;
    const how = restatement(words, clause);
    if (how === 'copy' || (how === 'own' && copies(words, others))) continue;
    const force = unit.role.force;
    out.push({
      text: unit.text,
      words,
      place: placeOf(source),
      binds:
        unit.binding &&
        !unit.excluded &&
        (unit.binds & BINDS_TENDERER) !== 0 &&
        (force === 'duty' || force === 'prohibition'),
      altered: typeof how === 'object' ? how.altered : null,
    });
  }
  return out;
}
