// The tender from `generate --format json`: the requirements with their clause texts, and each
// award criterion's model (weights, deductions, the scoring guide). Checked field by field, since
// the file comes from the user: a wrong one is named in one line, never half read.
import { UserError } from '../errors.js';
import { LABELS } from '../generate/labels.js';
import type { Catalogue, Lang, Level, RequirementKind } from '../types.js';
import { fmt } from '../i18n.js';
import { MSG } from './messages.js';
import { wordsOf } from './phrases.js';
import type { CriterionModel, GuideStep, Requirement, Tender } from './types.js';
import type { EvaluateVocabulary } from './vocabulary.js';

const KINDS: readonly RequirementKind[] = [
  'qualification',
  'technical-specification',
  'award-criterion',
  'special-contract-condition',
];
const LEVELS: readonly Level[] = ['base', 'advanced', 'leading'];

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The model of an award criterion: from the JSON's numbers, else from the catalogue's rule. */
function modelOf(
  ruleId: string,
  level: Level,
  e: Json,
  catalogue: Catalogue | undefined,
  lang: Lang,
): CriterionModel | 'unknown' {
  const rule = catalogue?.rules.find((r) => r.id === ruleId);
  const fromPack = rule?.levels[level]?.evaluation;
  const hasNumbers = 'weightPercent' in e || 'deductionPerPoint' in e;
  if (!hasNumbers && !fromPack) return 'unknown';
  const steps: GuideStep[] = Array.isArray(e.steps)
    ? e.steps.filter(isObject).map((s) => ({ score: num(s.score) ?? 0, text: str(s.text) ?? '' }))
    : (fromPack?.steps ?? []).map((s) => ({ score: s.score, text: s.text[lang] }));
  const method = e.method === 'price-deduction' ? 'price-deduction' : 'points';
  const unit = e.unit === 'SEK' || e.unit === 'percent' || e.unit === 'points' ? e.unit : null;
  return {
    method,
    max: num(e.max) ?? fromPack?.max ?? 0,
    unit,
    weightPercent: hasNumbers ? num(e.weightPercent) : (fromPack?.weight ?? null),
    deductionPerPoint: hasNumbers ? num(e.deductionPerPoint) : (fromPack?.deductionPerPoint ?? null),
    guide: str(e.guide) ?? '',
    steps,
    weightText: str(e.weight) ?? '',
  };
}

/**
 * Reads the appendix JSON. `catalogue` supplies the scoring model of criteria from a JSON written
 * before the model's numbers were part of it. @throws UserError naming the file and the field
 */
export function tenderFromJson(
  text: string,
  file: string,
  vocabulary: EvaluateVocabulary,
  lang: Lang,
  catalogue?: Catalogue,
): Tender {
  const bad = (what: string): never => {
    throw new UserError(file, fmt(lang, MSG.tenderJson, { what }));
  };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return bad('JSON');
  }
  if (!isObject(doc) || doc.version !== 1 || !Array.isArray(doc.rules)) return bad('version: 1, rules: [...]');
  const tenderLang: Lang = doc.lang === 'en' ? 'en' : 'sv';
  const level: Level = LEVELS.includes(doc.level as Level) ? (doc.level as Level) : 'base';
  const l = LABELS[tenderLang];
  const meta = isObject(doc.meta) ? doc.meta : {};
  const requirements = doc.rules.map((r, i): Requirement => {
    if (!isObject(r)) return bad(`rules[${i}]`);
    const id = str(r.id);
    const kind = r.kind as RequirementKind;
    const rLevel = (LEVELS.includes(r.level as Level) ? r.level : level) as Level;
    if (!id || !/^[a-z0-9]+\.[a-z0-9-]+$/.test(id)) return bad(`rules[${i}].id`);
    if (!KINDS.includes(kind)) return bad(`rules[${i}].kind`);
    const number = num(r.number) ?? i + 1;
    const paragraphs = (str(r.text) ?? '')
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    const verification = str(r.verification) ?? '';
    let evaluation: CriterionModel | null = null;
    if (kind === 'award-criterion' && isObject(r.evaluation)) {
      const m = modelOf(id, rLevel, r.evaluation, catalogue, tenderLang);
      if (m === 'unknown') throw new UserError(file, fmt(lang, MSG.noModel, { id }));
      evaluation = m;
    }
    return {
      ruleId: id,
      number,
      label: `${kind === 'award-criterion' ? l.awardCriterion : l.requirement} ${number}`,
      title: str(r.title) ?? id,
      kind,
      level: rLevel,
      paragraphs,
      verification,
      mandatory: kind !== 'award-criterion',
      asksAttachment: asksAttachment(vocabulary, [verification]),
      evaluation,
    };
  });
  if (requirements.length === 0) throw new UserError(file, fmt(lang, MSG.noRequirements, {}));
  return {
    source: file,
    lang: tenderLang,
    level,
    title: str(meta['tender.title']),
    reference: str(meta['tender.reference']),
    authority: str(meta['authority.name']),
    requirements,
  };
}

/**
 * Whether a requirement asks for a document with the bid: its verification says so ("Rutinen
 * bifogas anbudet", "attach"). Only the verification: the clause itself speaks of what happens
 * during the contract, where "bilaga" means something else.
 */
export function asksAttachment(vocabulary: EvaluateVocabulary, texts: readonly string[]): boolean {
  return texts.some((t) => vocabulary.attachmentAsked.find(wordsOf(t)) !== undefined);
}
