// One follow-up plan for the whole contract: the clauses' follow-up gathered into a schedule of
// occasions (start-up meeting, yearly review, end of contract, and half-yearly or as-it-happens
// checks where a clause asks for them), each saying what the supplier hands in, what the
// authority checks and who is responsible on each side. It replaces a date per clause, which left
// the contract manager to assemble the calendar.
import type { FollowUp } from '../types.js';
import type { Labels } from './labels.js';
import { OCCASIONS, type Occasion } from './occasions.js';

export { OCCASIONS, type Occasion } from './occasions.js';

/** One clause's follow-up as the appendix's follow-up table gives it. */
export interface FollowUpRow {
  label: string;
  ruleId: string;
  check: string;
  when: string;
  proof: string;
  who: string;
}

/** Occasions every plan holds, with or without clause items: the skeleton of contract management. */
const ALWAYS: readonly Occasion[] = ['start-up', 'yearly', 'end'];

/** One requirement's part in one occasion. */
export interface PlanItem {
  /** "Krav 3" (or however the appendix labels it). */
  label: string;
  ruleId: string;
  /** What the supplier reports or hands in (the clause's followUp.proof). */
  report: string;
  /** What the authority checks (followUp.check). */
  check: string;
  /** Who checks, on the authority's side (followUp.who). */
  who: string;
}

export interface PlanOccasion {
  occasion: Occasion;
  title: string;
  /** When the occasion falls. */
  timing: string;
  /** The supplier's own standing duty at this occasion, if any (e.g. naming its contact). */
  supplierTask?: string;
  /** The authority's own standing task at this occasion, if any. */
  authorityTask?: string;
  /** Who is responsible on each side. */
  responsible: { supplier: string; authority: string };
  items: PlanItem[];
}

export interface FollowUpPlan {
  occasions: PlanOccasion[];
}

/** The follow-up of one clause, as the appendix model has it (in the appendix's language, metadata filled in). */
export interface ClauseFollowUp extends FollowUpRow {
  /** The clause's follow-up in both languages, to classify `when` whatever the output language. */
  source: FollowUp;
}

/** Words that place a follow-up at an occasion, in either language. Checked in this order. */
const CUES: Array<[Occasion, RegExp]> = [
  ['half-yearly', /halvår|sex månader|six months|half-year|semi-annual/],
  ['start-up', /uppstart|startmöte|avtalsstart|avtalets start|start-up|start of the contract|contract start/],
  ['yearly', /årlig|årligen|varje år|avtalsår|yearly|annual|every year|contract year/],
  [
    'end',
    /avtalets slut|avtalstidens slut|avtalet upphör|avslut|end of the contract|contract end|contract ends|expiry/,
  ],
  [
    'ongoing',
    new RegExp(
      'ny underleverantör|personbyte|brist|misstanke|på begäran|när |' +
        'whenever|when a |on request|change of|is added|is engaged',
    ),
  ],
];

/**
 * A follow-up that only says "six months after the start" is the first of the half-yearly
 * checks, not the start-up meeting; "at the start-up meeting" is. So a start cue preceded by a
 * number of months counts as half-yearly only.
 */
const AFTER_START = /(sex månader|six months) (efter|after)/;

/**
 * Hook for a structured field: if a pack gives `followUp.occasions` (a list of the names above),
 * it wins over reading the `when` text. The pack schema does not have it yet; read defensively.
 */
function declaredOccasions(f: FollowUp): Occasion[] | undefined {
  const raw: unknown = (f as FollowUp & { occasions?: unknown }).occasions;
  if (!Array.isArray(raw)) return undefined;
  const known = raw.filter((o): o is Occasion => typeof o === 'string' && (OCCASIONS as readonly string[]).includes(o));
  return known.length > 0 ? known : undefined;
}

/** The occasions a clause's follow-up falls on, read from its `when` in both languages. */
export function occasionsOf(f: FollowUp): Occasion[] {
  const declared = declaredOccasions(f);
  if (declared) return declared;
  const when = `${f.when.sv} | ${f.when.en}`.toLowerCase();
  const found = new Set<Occasion>();
  for (const [occasion, cue] of CUES) {
    if (!cue.test(when)) continue;
    if (occasion === 'start-up' && AFTER_START.test(when) && !/uppstart|startmöte|start-up/.test(when)) continue;
    found.add(occasion);
  }
  // A follow-up that names no occasion we know is checked at the yearly review, where nothing is missed.
  if (found.size === 0) found.add('yearly');
  return OCCASIONS.filter((o) => found.has(o));
}

/** Distinct values in first-seen order, compared without a final full stop. */
function distinct(values: string[]): string[] {
  const seen = new Map<string, string>();
  for (const v of values) {
    const key = v.replace(/\.$/, '').trim();
    if (key !== '' && !seen.has(key)) seen.set(key, key);
  }
  return [...seen.values()];
}

/** Builds the plan from the clauses' follow-up, in appendix order within each occasion. */
export function buildFollowUpPlan(clauses: readonly ClauseFollowUp[], labels: Labels): FollowUpPlan {
  const l = labels.plan;
  const byOccasion = new Map<Occasion, PlanItem[]>(OCCASIONS.map((o) => [o, []]));
  for (const c of clauses) {
    for (const o of occasionsOf(c.source)) {
      byOccasion.get(o)!.push({ label: c.label, ruleId: c.ruleId, report: c.proof, check: c.check, who: c.who });
    }
  }
  const occasions = OCCASIONS.filter((o) => ALWAYS.includes(o) || byOccasion.get(o)!.length > 0).map(
    (o): PlanOccasion => {
      const items = byOccasion.get(o)!;
      const who = distinct(items.map((i) => i.who));
      const text = l.occasions[o];
      return {
        occasion: o,
        title: text.title,
        timing: text.timing,
        ...(text.supplierTask ? { supplierTask: text.supplierTask } : {}),
        ...(text.authorityTask ? { authorityTask: text.authorityTask } : {}),
        responsible: {
          supplier: l.supplierResponsible,
          authority: who.length > 0 ? who.join('; ') : l.authorityResponsible,
        },
        items,
      };
    },
  );
  return { occasions: clauses.length === 0 ? [] : occasions };
}
