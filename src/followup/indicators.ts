// Loads rules/indicators.yaml (or an officer's own file with the same schema): which indicators
// a contract's clauses ask for, and what the contract says happens when one is not met.
import { join } from 'node:path';
import { moreProblems, ProblemsError } from '../errors.js';
import { readUserFile } from '../fs/read.js';
import { DEFAULT_RUN_LIMITS } from '../limits.js';
import { RULES_DIR } from '../paths.js';
import { fmt } from '../i18n.js';
import type { Lang, Level, SourceProblem, Text } from '../types.js';
import { posOf } from '../yaml/source.js';
import { parseValidatedYaml } from '../yaml/validated.js';
import type { IndicatorDef, IndicatorSet, Target } from './types.js';

export const BUILTIN_INDICATORS = join(RULES_DIR, 'indicators.yaml');

interface IndicatorFile {
  version: 1;
  indicators: IndicatorDef[];
  consequences?: IndicatorSet['consequences'];
}

const MSG = {
  duplicate: { sv: 'indikatorn "{id}" finns redan', en: 'indicator "{id}" is defined twice' },
  allOf: { sv: 'allOf: okänd indikator "{id}"', en: 'allOf: unknown indicator "{id}"' },
} as const satisfies Record<string, Text>;

/** Loads an indicator file. Throws a ProblemsError with every problem, each at its position. */
export async function loadIndicators(file: string = BUILTIN_INDICATORS, lang: Lang = 'sv', shown: string = file): Promise<IndicatorSet> {
  const source = readUserFile(file, { shown, lang, maxBytes: DEFAULT_RUN_LIMITS.maxDataFileBytes }).toString('utf8');
  const { value, problems, src } = await parseValidatedYaml<IndicatorFile>(shown, source, 'indicators', lang);
  const found: SourceProblem[] = [...problems];
  if (value && src) {
    const ids = new Set<string>();
    value.indicators.forEach((ind, i) => {
      if (ids.has(ind.id)) found.push({ file: shown, pos: posOf(src, ['indicators', i, 'id']), severity: 'error', message: fmt(lang, MSG.duplicate, { id: ind.id }) });
      ids.add(ind.id);
    });
    value.indicators.forEach((ind, i) =>
      ind.rules.forEach((link, j) => {
        const ref = link.target?.allOf;
        if (ref !== undefined && !ids.has(ref)) found.push({ file: shown, pos: posOf(src, ['indicators', i, 'rules', j, 'target', 'allOf']), severity: 'error', message: fmt(lang, MSG.allOf, { id: ref }) });
      }),
    );
  }
  const errors = found.filter((p) => p.severity === 'error');
  if (errors.length > 0 || !value) throw new ProblemsError(errors, moreProblems(lang));
  return { file: shown, indicators: value.indicators, consequences: value.consequences ?? [] };
}

/** An indicator a contract asks for, with the target its clause sets (if any). */
export interface AskedIndicator {
  def: IndicatorDef;
  /** The rules of the contract that ask for it. */
  rules: string[];
  target?: Target;
}

/**
 * The indicators a contract's rules ask for, in the file's order. A rule asks when the contract
 * holds it at one of the link's levels; the register's targets add to or replace the clauses'.
 */
export function askedIndicators(set: IndicatorSet, rules: ReadonlyArray<{ id: string; level: Level }>, targets: Record<string, Target>): AskedIndicator[] {
  const levelOf = new Map(rules.map((r) => [r.id, r.level]));
  const out: AskedIndicator[] = [];
  for (const def of set.indicators) {
    const links = def.rules.filter((l) => {
      const level = levelOf.get(l.rule);
      return level !== undefined && (!l.levels || l.levels.includes(level));
    });
    if (links.length === 0) continue;
    const clauseTarget = links.find((l) => l.target)?.target;
    const target = targets[def.id] ?? clauseTarget;
    out.push({ def, rules: [...new Set(links.map((l) => l.rule))], ...(target ? { target } : {}) });
  }
  return out;
}
