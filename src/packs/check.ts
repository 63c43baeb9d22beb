// Checks on a rule that the schema cannot express: placeholders and evidence that compiles.
import type { Clause, Lang, Level, Rule, SourceProblem, Text } from '../types.js';
import { LEVELS, LANGS } from '../types.js';
import { posOf, type YamlSource } from '../yaml/source.js';
import { compileEvidence, EvidenceError } from '../match/index.js';
import { isKnownPlaceholder, placeholdersIn } from './placeholders.js';

/** Every localised text of a clause, with its path below the clause. */
function clauseTexts(clause: Clause): [Text, (string | number)[]][] {
  const texts: [Text, (string | number)[]][] = [
    [clause.text, ['text']],
    [clause.verification, ['verification']],
    [clause.followUp.check, ['followUp', 'check']],
    [clause.followUp.when, ['followUp', 'when']],
    [clause.followUp.proof, ['followUp', 'proof']],
    [clause.followUp.who, ['followUp', 'who']],
  ];
  if (clause.evaluation) texts.push([clause.evaluation.guide, ['evaluation', 'guide']]);
  return texts;
}

const M = {
  placeholder: {
    sv: 'okänd platshållare {{{name}}}: ingen metadata definierar den (tillåtna: tender.*, authority.*, fields.NAMN)',
    en: 'unknown placeholder {{{name}}}: no metadata field defines it (allowed: tender.*, authority.*, fields.NAME)',
  },
  evidence: { sv: 'beviset kan inte kompileras: {reason}', en: 'the evidence spec cannot compile: {reason}' },
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
  const levels = change ? change.levels ?? {} : rule.levels;
  for (const level of LEVELS) {
    const clause = (levels as Partial<Record<Level, Clause>>)[level];
    if (!clause) continue;
    for (const [text, sub] of clauseTexts(clause)) {
      for (const l of LANGS) {
        for (const { name } of placeholdersIn(text[l])) {
          if (!isKnownPlaceholder(name)) {
            problems.push({
              file: src.file,
              pos: at(['levels', level, ...sub, l]),
              severity: 'error',
              message: M.placeholder[lang].replace('{name}', name),
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
        message: M.evidence[lang].replace('{reason}', e.message),
      });
    }
  }
  return problems;
}
