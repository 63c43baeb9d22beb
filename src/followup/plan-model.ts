// The follow-up plan across contracts, as data every plan format renders: each dated follow-up
// in date order for the whole authority, and per contract its dates and its ongoing duties.
import type { Lang } from '../types.js';
import { fill, LABELS } from './labels.js';
import { eventsOf, ongoingOf, periodsOf, type FollowUpEvent, type Period } from './schedule.js';
import type { Contract, ContractEntry, ContractOccasion } from './types.js';

export interface PlanRow {
  date: string;
  /** Stable across runs: contract, occasion and its number (the calendar UID is made from it). */
  key: string;
  contract: ContractEntry;
  event: FollowUpEvent;
  /** "Årlig avtalsuppföljning: årsrapport för 2025 ska vara inne". */
  what: string;
  who: string;
}

export interface PlanContract {
  entry: ContractEntry;
  rows: PlanRow[];
  periods: Period[];
  ongoing: ContractOccasion['items'];
}

export interface PlanModel {
  lang: Lang;
  authority?: string;
  /** The date the plan is made as of (`--date`). */
  date: string;
  rows: PlanRow[];
  contracts: PlanContract[];
}

/** Builds the plan for the contracts given (those without equality conditions have no dates). */
export function buildPlan(contracts: readonly Contract[], date: string, lang: Lang, authority?: string): PlanModel {
  const l = LABELS[lang];
  const per: PlanContract[] = contracts.map((c) => {
    const rows = (c.entry.conditions ? eventsOf(c) : []).map((event): PlanRow => {
      const title = l.occasions[event.occasion];
      const what = event.period ? `${title}: ${fill(l.plan.report, { period: event.period.label })}` : title;
      return {
        date: event.date,
        key: `${c.entry.id}.${event.occasion}.${event.seq}`,
        contract: c.entry,
        event,
        what,
        who: c.entry.followUpBy ?? l.plan.notAssigned,
      };
    });
    return { entry: c.entry, rows, periods: c.entry.conditions ? periodsOf(c.entry) : [], ongoing: ongoingOf(c) };
  });
  const rows = per
    .flatMap((p) => p.rows)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { lang, date, rows, contracts: per, ...(authority ? { authority } : {}) };
}
