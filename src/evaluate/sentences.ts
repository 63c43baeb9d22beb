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
  /** It restates a sentence of the clause with words changed, left out or added. */
  altered: boolean;
}

const BINDS_TENDERER = BINDS.supplier | BINDS.tenderer | BINDS.unspecified;

/** The clause's sentences as word lists (the unit of comparison for restatements). */
export function clauseSentences(paragraphs: readonly string[]): string[][] {
  return paragraphs.flatMap((p) => p.split(/(?<=[.!?;])\s+(?=[\p{Lu}\d[(])/u)).map(wordsOf).filter((w) => w.length >= 4);
}

/** How a sentence stands to the clause: a copy of one of its sentences, a changed restatement, or its own words. */
function restatement(words: readonly string[], clause: readonly string[][]): 'copy' | 'altered' | 'own' {
  const key = words.join(' ');
  let altered = false;
  for (const c of clause) {
    if (c.join(' ') === key) return 'copy';
    // A restatement keeps the clause's opening ("Leverantören ska …") and most of its words.
    if (words.length < 6 || c.slice(0, 3).join(' ') !== words.slice(0, 3).join(' ')) continue;
    const mine = new Set(words);
    const theirs = new Set(c);
    let shared = 0;
    for (const w of theirs) if (mine.has(w)) shared++;
    if (shared / Math.max(theirs.size, mine.size) >= 0.6) altered = true;
  }
  return altered ? 'altered' : 'own';
}

/**
 * Reads the blocks of an answer into sentences. `placeOf` says where a block stands; `clause`
 * holds the requirement's own sentences and `others` those of every clause of the tender.
 */
export function answerSentences(
  session: MatchSession,
  blocks: readonly Block[],
  placeOf: (block: Block) => Place,
  clause: readonly string[][],
  others: ReadonlySet<string>,
): AnswerSentence[] {
  if (blocks.length === 0) return [];
  // Table cells become paragraphs: each cell of an answer is read on its own, not joined into a row.
  const plain = blocks.map((b, i): Block => ({ ...b, kind: b.kind === 'table-cell' || b.kind === 'heading' ? 'paragraph' : b.kind, loc: { ...b.loc, block: i + 1 } }));
  const text = session.prepare(plain, { tender: true, speaker: 'tenderer' });
  const out: AnswerSentence[] = [];
  for (const unit of text.units) {
    const segment = text.segments[unit.own[0]];
    if (!segment) continue;
    const source = blocks[segment.block]!;
    const words = wordsOf(unit.text);
    if (words.length === 0) continue;
    const how = restatement(words, clause);
    if (how === 'copy' || (how === 'own' && others.has(words.join(' ')))) continue;
    const force = unit.role.force;
    out.push({
      text: unit.text,
      words,
      place: placeOf(source),
      binds: unit.binding && !unit.excluded && (unit.binds & BINDS_TENDERER) !== 0 && (force === 'duty' || force === 'prohibition'),
      altered: how === 'altered',
    });
  }
  return out;
}
