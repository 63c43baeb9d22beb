// Checks on a rule that the schema cannot express: placeholders and evidence that compiles.
import { fmt } from '../i18n.js';
import type { Clause, Lang, Level, Rule, SourceProblem, Text } from '../types.js';
import { LEVELS, LANGS } from '../types.js';
import { posOf, type YamlSource } from '../yaml/source.js';
import { compileEvidence, EvidenceError } from '../match/index.js';
import { isKnownPlaceholder, placeholdersIn } from './placeholders.js';
import { levelBelow } from './compose.js';

/** Every localised text of a clause, with its path below the clause. */
function clauseTexts(clause: Clause): [Text, (string | number)[]][] {
  const texts: [Text, (string | number)[]][] = [
    // A level that adds to the one below: its own words are the addition (the rest is checked below).
    clause.adds ? [clause.adds, ['adds']] : [clause.text, ['text']],
    [clause.verification, ['verification']],
    [clause.followUp.check, ['followUp', 'check']],
    [clause.followUp.when, ['followUp', 'when']],
    [clause.followUp.proof, ['followUp', 'proof']],
    [clause.followUp.who, ['followUp', 'who']],
  ];
  if (clause.evaluation) {
    texts.push([clause.evaluation.guide, ['evaluation', 'guide']]);
    for (const [i, step] of (clause.evaluation.steps ?? []).entries())
      texts.push([step.text, ['evaluation', 'steps', i, 'text']]);
    if (clause.evaluation.instructions) texts.push([clause.evaluation.instructions, ['evaluation', 'instructions']]);
  }
  return texts;
}

const M = {
  placeholder: {
    sv:
      'okänd platshållare {{{name}}}: ingen metadata definierar den (tillåtna: tender.*, authority.*, ' +
      'fields.NAMN)',
    en: 'unknown placeholder {{{name}}}: no metadata field defines it (allowed: tender.*, authority.*, fields.NAME)',
  },
  evidence: { sv: 'beviset kan inte kompileras: {reason}', en: 'the evidence spec cannot compile: {reason}' },
  neither: {
    sv: 'nivån saknar text (eller adds, det den lägger till nivån under)',
    en: 'the level has no text (or adds, what it adds to the level below)',
  },
  addsToNothing: {
    sv: 'adds på den lägsta nivån regeln har: det finns ingen nivå under att lägga till; skriv text',
    en: 'adds on the lowest level the rule has: there is no level below to add to; write text',
  },
  addsOtherKind: {
    sv:
      'nivån lägger till ({kind}) en nivå av annan typ ({below}); en nivå kan bara bygga på en klausul av ' +
      'samma typ',
    en:
      'the level adds ({kind}) to a level of another kind ({below}); a level can only build on a clause of the ' +
      'same kind',
  },
  noWeight: {
    sv:
      'tilldelningskriteriet saknar vikt (weight, procent) eller prisavdrag per poäng (deductionPerPoint); LOU 16 ' +
      'kap. kräver att viktningen anges',
    en:
      'the award criterion has no weight (weight, per cent) or price deduction per point (deductionPerPoint); LOU ' +
      '16 kap. requires the weighting to be stated',
  },
  scale: {
    sv: 'bedömningsgrunden täcker inte hela skalan: steps ska ge varje poäng från 0 till {max} (saknas: {missing})',
    en:
      'the scoring guide does not cover the whole scale: steps must give every score from 0 to {max} (missing: ' +
      '{missing})',
  },
} satisfies Record<string, Text>;

/**
 * Problems in one rule. `path` is where the rule sits in the YAML; for an override, `change`
 * says which parts the override itself wrote (only those are checked and positioned there).
 */
export function checkRule(
  rule: Rule,
  src: YamlSource,
  path: (string | number)[],
  lang: Lang,
  change?: Partial<Pick<Rule, 'levels' | 'evidence'>>,
): SourceProblem[] {
  const problems: SourceProblem[] = [];
  const at = (sub: (string | number)[]) => posOf(src, [...path, ...sub]);
  const levels = change ? (change.levels ?? {}) : rule.levels;
  for (const level of LEVELS) {
    const clause = (levels as Partial<Record<Level, Clause>>)[level];
    if (!clause) continue;
    problems.push(
      ...checkLevel(
        rule,
        level,
        (sub, severity, message) => ({ file: src.file, pos: at(['levels', level, ...sub]), severity, message }),
        lang,
      ),
    );
    for (const [text, sub] of clauseTexts(clause)) {
      for (const l of LANGS) {
        for (const { name } of placeholdersIn(text[l])) {
          if (!isKnownPlaceholder(name)) {
            problems.push({
              file: src.file,
              pos: at(['levels', level, ...sub, l]),
              severity: 'error',
              message: fmt(lang, M.placeholder, { name }),
            });
          }
        }
      }
    }
  }
  if (!change || change.evidence) {
    try {
      compileEvidence(rule.evidence);
    } catch (e) {
      if (!(e instanceof EvidenceError)) throw e;
      problems.push({
        file: src.file,
        pos: at(['evidence', ...e.path]),
        severity: 'error',
        message: fmt(lang, M.evidence, { reason: e.reason(lang) }),
      });
    }
  }
  return problems;
}

/** Unknown placeholders in the pack's introduction texts (rule texts are checked by checkRule). */
export function checkIntroduction(
  raw: { introduction?: Text; legalBasis?: Text },
  src: YamlSource,
  lang: Lang,
): SourceProblem[] {
  const problems: SourceProblem[] = [];
  for (const field of ['introduction', 'legalBasis'] as const) {
    const text = raw[field];
    if (!text) continue;
    for (const l of LANGS) {
      for (const { name } of placeholdersIn(text[l])) {
        if (!isKnownPlaceholder(name))
          problems.push({
            file: src.file,
            pos: posOf(src, [field, l]),
            severity: 'error',
            message: fmt(lang, M.placeholder, { name }),
          });
      }
    }
  }
  return problems;
}

type Problem = (sub: (string | number)[], severity: 'error' | 'warning', message: string) => SourceProblem;

/** Cumulative levels and complete scoring: what one level must hold beyond the schema. */
function checkLevel(rule: Rule, level: Level, problem: Problem, lang: Lang): SourceProblem[] {
  const out: SourceProblem[] = [];
  const clause = rule.levels[level]!;
  // The raw clause of the YAML: after composition `text` is always there, so look at what was written.
  const written = clause as Clause & { text?: Text };
  const below = levelBelow(rule, level);
  if (clause.adds) {
    if (!below) out.push(problem(['adds'], 'error', M.addsToNothing[lang]));
    else if (rule.levels[below]!.kind !== clause.kind) {
      out.push(
        problem(['kind'], 'error', fmt(lang, M.addsOtherKind, { kind: clause.kind, below: rule.levels[below]!.kind })),
      );
    }
  } else if (!written.text) {
    out.push(problem([], 'error', M.neither[lang]));
  }
  const e = clause.evaluation;
  if (clause.kind === 'award-criterion' && e) {
    if (e.weight === undefined && e.deductionPerPoint === undefined)
      out.push(problem(['evaluation'], 'warning', M.noWeight[lang]));
    const missing = missingSteps(e);
    if (missing.length > 0)
      out.push(problem(['evaluation'], 'warning', fmt(lang, M.scale, { max: e.max, missing: missing.join(', ') })));
  }
  return out;
}

/** The scores of a points scale (0 to max) that no step gives; none for a price-deduction scale. */
export function missingSteps(e: NonNullable<Clause['evaluation']>): number[] {
  if (e.method !== 'points') return [];
  const given = new Set((e.steps ?? []).map((s) => s.score));
  const missing: number[] = [];
  for (let score = 0; score <= e.max; score++) if (!given.has(score)) missing.push(score);
  return missing;
}
