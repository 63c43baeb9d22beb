// The follow-up library API: load the register, the indicators and each contract's appendix; then
// plan, report templates, check and portfolio. Nothing here prints or writes files; the CLI does.
import { existsSync } from 'node:fs';
import type { Lang } from '../types.js';
import { loadContracts } from './appendix.js';
import { checkContracts, type CheckResult } from './check.js';
import { compileCues } from './cues.js';
import type { CuedIndicator } from './extract.js';
import { askedIndicators, BUILTIN_INDICATORS, loadIndicators } from './indicators.js';
import { buildPlan, type PlanModel } from './plan-model.js';
import { readRegister } from './register.js';
import { ContractIds, readReports } from './reports.js';
import { periodsOf } from './schedule.js';
import { renderReportCsv } from './template-csv.js';
import { renderReportForm } from './template-docx.js';
import type { Contract, IndicatorSet, Register } from './types.js';

export type { CheckResult } from './check.js';
export type { PlanModel } from './plan-model.js';
export { hasShortfall } from './check.js';
export { renderCheckJson } from './check-json.js';
export { renderCheckText } from './check-text.js';
export { renderPlanIcs } from './plan-ics.js';
export { renderPlanMarkdown } from './plan-md.js';
export { renderPlanDocx } from './plan-docx.js';

/** The register file used when none is named: avtal.yaml, else avtal.csv, in the working folder. */
export function defaultRegister(): string {
  return existsSync('avtal.yaml') || !existsSync('avtal.csv') ? 'avtal.yaml' : 'avtal.csv';
}

export interface FollowUpOptions {
  register: string;
  /** An indicator file of the officer's own (default rules/indicators.yaml). */
  indicators?: string;
  /** Only these contract ids. */
  only?: string[];
  lang: Lang;
}

/** Everything the follow-up commands work from; `problems` names contracts that could not be loaded. */
export interface FollowUp {
  register: Register;
  indicators: IndicatorSet;
  contracts: Contract[];
  problems: string[];
}

/**
 * Loads the register, the indicators and every contract's appendix. Throws UserError (with every
 * problem) for an unusable register or indicator file; a contract whose appendix cannot be used
 * is named in `problems` and left out.
 */
export async function loadFollowUp(opts: FollowUpOptions): Promise<FollowUp> {
  const indicators = await loadIndicators(
    opts.indicators ?? BUILTIN_INDICATORS,
    opts.lang,
    opts.indicators ?? 'rules/indicators.yaml',
  );
  const register = await readRegister(
    opts.register,
    opts.register,
    new Set(indicators.indicators.map((i) => i.id)),
    opts.lang,
  );
  const entries = opts.only ? register.contracts.filter((c) => opts.only!.includes(c.id)) : register.contracts;
  const { contracts, problems } = await loadContracts(entries, opts.lang);
  return { register, indicators, contracts, problems };
}

export function planOf(f: FollowUp, date: string, lang: Lang): PlanModel {
  return buildPlan(f.contracts, date, lang, f.register.authority);
}

/** One output file of `followup template`. */
export interface TemplateFile {
  name: string;
  data: Uint8Array | string;
}

/** The report form (DOCX) and CSV of each contract with equality conditions, for each period (or the one named). */
export async function templatesOf(f: FollowUp, lang: Lang, period?: string): Promise<TemplateFile[]> {
  const out: TemplateFile[] = [];
  for (const c of f.contracts) {
    if (!c.entry.conditions) continue;
    const asked = askedIndicators(f.indicators, c.rules, c.entry.targets);
    for (const p of periodsOf(c.entry)) {
      if (period !== undefined && p.label !== period) continue;
      const base = `${c.entry.id}_${p.label}`;
      out.push({
        name: `${base}.docx`,
        data: await renderReportForm({
          entry: c.entry,
          period: p,
          asked,
          lang,
          date: p.start,
          ...(f.register.authority ? { authority: f.register.authority } : {}),
        }),
      });
      out.push({ name: `${base}.csv`, data: renderReportCsv(c.entry, p, asked, lang) });
    }
  }
  return out;
}

/** The cue words of every indicator, compiled once per run. */
export function cuedIndicators(set: IndicatorSet): CuedIndicator[] {
  return set.indicators.map((def) => ({ def, cues: compileCues(def) }));
}

/** Reads the reports in `dir` and checks every contract on `date`. */
export async function checkFollowUp(f: FollowUp, dir: string, date: string, lang: Lang): Promise<CheckResult> {
  const ids = new ContractIds(f.register.contracts.map((c) => c.id));
  const { reports, problems } = await readReports(dir, ids, cuedIndicators(f.indicators), lang);
  const result = checkContracts(f.contracts, reports, f.indicators, date);
  return { ...result, problems: [...f.problems, ...problems] };
}
