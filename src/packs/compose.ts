// Cumulative levels: a level written with `adds` holds the clause of the level below and then its
// addition (Upphandlingsmyndigheten's levels build on each other: the higher includes the lower).
import { LANGS, LEVELS, type Clause, type Level, type Rule, type Text } from '../types.js';

/** A clause as a pack may write it: with its whole `text`, or with what it `adds` to the level below. */
export type WrittenClause = Omit<Clause, 'text'> & { text?: Text };

/**
 * The rule with every `adds` level's text composed from the level below (itself composed first).
 * A level that gives `text` stands as written. Composing again (after an override changed a lower
 * level) starts from `adds`, so it is safe to repeat. A level that adds to nothing keeps its
 * addition as its text; `rules validate` reports it.
 */
export function composeLevels<R extends { levels: Partial<Record<Level, WrittenClause>> }>(
  rule: R,
): R & { levels: Partial<Record<Level, Clause>> } {
  const levels: Partial<Record<Level, Clause>> = {};
  let below: Clause | undefined;
  for (const level of LEVELS) {
    const written = rule.levels[level];
    if (!written) continue;
    const adds = written.adds;
    const text: Text = adds ? (below ? joinTexts(below.text, adds) : { ...adds }) : (written.text as Text);
    const clause: Clause = { ...written, text };
    levels[level] = clause;
    below = clause;
  }
  return { ...rule, levels };
}

function joinTexts(first: Text, then: Text): Text {
  const out = {} as Text;
  for (const lang of LANGS) out[lang] = `${first[lang].trimEnd()}\n\n${then[lang].trim()}`;
  return out;
}

/** The level below `level` that the rule has, if any. */
export function levelBelow(rule: Pick<Rule, 'levels'>, level: Level): Level | undefined {
  for (let i = LEVELS.indexOf(level) - 1; i >= 0; i--) if (rule.levels[LEVELS[i]!]) return LEVELS[i];
  return undefined;
}
