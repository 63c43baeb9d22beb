// The indicator file as a pack (rules/indicators.yaml, `kind: indicators`, or an officer's own):
// its shapes, and reading it with its schema and the checks a schema cannot express (ids defined
// once, `allOf` naming a defined indicator). Every problem is positioned; none throws. What the
// indicators mean for a contract is src/followup's business.
import { fmt } from '../i18n.js';
import type { Lang, Level, SourceProblem, Text } from '../types.js';
import { readSourceFile } from '../yaml/read.js';
import { posOf } from '../yaml/source.js';
import { parseValidatedYaml } from '../yaml/validated.js';
import { builtinPackPath } from './builtin.js';

export const BUILTIN_INDICATORS = builtinPackPath('indicators');

export const INDICATOR_KINDS = ['by-sex', 'count', 'hours', 'date', 'yes-no'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** A target a clause sets, or the register agrees for one contract. */
export interface Target {
  /** by-sex: each sex at least this many per cent. */
  minShare?: number;
  min?: number;
  max?: number;
  /** At least the total of this other indicator (everyone trained, every subcontractor bound). */
  allOf?: string;
  /** date: within the report period. */
  inPeriod?: true;
  /** yes-no: answered yes. */
  yes?: true;
}

export interface IndicatorRuleLink {
  rule: string;
  levels?: Level[];
  target?: Target;
}

export interface IndicatorDef {
  id: string;
  kind: IndicatorKind;
  /** A count about people: shown as <5 under five, as counts by sex always are. */
  private?: boolean;
  title: Text;
  help: Text;
  rules: IndicatorRuleLink[];
  cues: { sv: string[]; en: string[] };
}

export type Failure = 'overdue' | 'missing' | 'target';

export interface ConsequenceStep {
  kind: 'rectification' | 'breach' | 'damages' | 'termination' | 'action-plan';
  days?: number;
  amount?: number;
  per?: 'day' | 'week' | 'month' | 'occasion';
  capPercent?: number;
  on: Failure[];
}

export interface ConsequenceDef {
  rule: string;
  levels?: Level[];
  steps: ConsequenceStep[];
}

/** rules/indicators.yaml as loaded. */
export interface IndicatorSet {
  file: string;
  indicators: IndicatorDef[];
  consequences: ConsequenceDef[];
}

interface IndicatorFile {
  kind?: 'indicators';
  version: 1;
  indicators: IndicatorDef[];
  consequences?: IndicatorSet['consequences'];
}

const MSG = {
  duplicate: { sv: 'indikatorn "{id}" finns redan', en: 'indicator "{id}" is defined twice' },
  allOf: { sv: 'allOf: okänd indikator "{id}"', en: 'allOf: unknown indicator "{id}"' },
} as const satisfies Record<string, Text>;

/** Checks the text of an indicator file (`shown` is the name problems carry). */
export async function checkIndicatorSource(
  shown: string,
  source: string,
  lang: Lang,
): Promise<{ set?: IndicatorSet; problems: SourceProblem[] }> {
  const { value, problems, src } = await parseValidatedYaml<IndicatorFile>(shown, source, 'indicators', lang);
  const found: SourceProblem[] = [...problems];
  if (value && src) {
    const ids = new Set<string>();
    value.indicators.forEach((ind, i) => {
      if (ids.has(ind.id))
        found.push({
          file: shown,
          pos: posOf(src, ['indicators', i, 'id']),
          severity: 'error',
          message: fmt(lang, MSG.duplicate, { id: ind.id }),
        });
      ids.add(ind.id);
    });
    value.indicators.forEach((ind, i) =>
      ind.rules.forEach((link, j) => {
        const ref = link.target?.allOf;
        if (ref !== undefined && !ids.has(ref))
          found.push({
            file: shown,
            pos: posOf(src, ['indicators', i, 'rules', j, 'target', 'allOf']),
            severity: 'error',
            message: fmt(lang, MSG.allOf, { id: ref }),
          });
      }),
    );
  }
  if (!value || found.some((p) => p.severity === 'error')) return { problems: found };
  return {
    set: { file: shown, indicators: value.indicators, consequences: value.consequences ?? [] },
    problems: found,
  };
}

/** Reads and checks an indicator file. */
export async function loadIndicatorFile(
  file: string = BUILTIN_INDICATORS,
  lang: Lang = 'sv',
): Promise<{ set?: IndicatorSet; problems: SourceProblem[] }> {
  const read = await readSourceFile(file, lang);
  if (!('source' in read)) return read;
  return checkIndicatorSource(file, read.source, lang);
}
