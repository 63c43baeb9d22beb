// The words clauses and the parts of tender documents are labelled and named by (`clauses:` in
// rules/reading.yaml): compiled once per match session, then passed to the structure and
// reference readers.

/** `clauses:` in rules/reading.yaml, as loaded. */
export interface ClauseWordsSpec {
  names: string[];
  parts: Record<string, string[]>;
  /** Optional: without it no part holds clauses. */
  'holding-parts'?: string[];
  'statute-chapters': string[];
  links: string[];
  ranges: string[];
}

export interface ClauseWords {
  /** A block starting with a clause name and its number or letter ("Punkt 3", "Bilaga A."). */
  readonly named: RegExp;
  /** Each form of a part's name ("bilagan", "questions"), lower case, to the part's name ("bilaga", "q"). */
  readonly parts: ReadonlyMap<string, string>;
  /** The parts (by the name `parts` maps to) that hold clauses of their own ("part", "bilaga"). */
  readonly holdingParts: ReadonlySet<string>;
  /** Words after a number that make it a statute's chapter ("kap"). */
  readonly statuteChapters: ReadonlySet<string>;
  /** Words between the numbers of a list of clauses ("och", "and", "to"). */
  readonly links: ReadonlySet<string>;
  /** The links that make a range ("to", "t.o.m"). */
  readonly ranges: ReadonlySet<string>;
}

const literally = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const lower = (words: readonly string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()));

export function compileClauseWords(spec: ClauseWordsSpec): ClauseWords {
  const names = [...lower(spec.names)].sort((a, b) => b.length - a.length).map(literally);
  const parts = new Map<string, string>();
  for (const [part, forms] of Object.entries(spec.parts))
    for (const form of forms) parts.set(form.toLowerCase(), part.toLowerCase());
  return {
    // The name, an optional dot, then a number with parts ("6.5", "12a"), a roman numeral or one
    // letter; the label may end in ".", ":" or ")".
    named: new RegExp(
      `^(${names.join('|')})\\.?\\s*(\\d+(?:[.-]\\d+)*[a-z]?|[ivx]{1,6}|[a-h](?=[\\s.:)]))\\b[.:)]?`,
      'i',
    ),
    parts,
    holdingParts: lower(spec['holding-parts'] ?? []),
    statuteChapters: lower(spec['statute-chapters']),
    links: lower(spec.links),
    ranges: lower(spec.ranges),
  };
}
