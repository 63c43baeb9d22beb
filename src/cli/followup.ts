// `jamkrav followup`: flags and help texts only; the work is imported when a subcommand runs.
import type { Command } from 'commander';
import type { Lang } from '../types.js';
import { collect } from './collect.js';

const T = {
  sv: {
    followup:
      'följ upp avtalens jämställdhetskrav: plan, rapportmallar, kontroll av inkomna rapporter och portföljrapport',
    plan: 'uppföljningsplan för avtalen i registret, med datum: iCalendar (.ics), Markdown eller DOCX',
    template: 'rapportmall per avtal och period: DOCX-formulär och CSV med ett fält per indikator',
    check: 'kontrollera inkomna rapporter: vad som är inne, försenat eller saknas, mot mål och förra året',
    portfolio: 'portföljrapport över alla avtal: självständig HTML med diagram, eller JSON',
    reports: 'katalogen med inkomna rapporter (formulär, CSV eller egna DOCX/PDF/text)',
    register: 'avtalsregistret (YAML eller CSV; standard: avtal.yaml, annars avtal.csv)',
    indicators: 'egen indikatorfil i stället för rules/indicators.yaml',
    contract: 'bara detta avtal (kan upprepas)',
    output: 'fil att skriva (formatet följer filändelsen); utan: till standard ut',
    outDir: 'katalog att skriva mallarna i (skapas vid behov)',
    format: 'plan: ics, md eller docx; check: text eller json; portfolio: html eller json',
    date: 'dagens datum för uppföljningen, ÅÅÅÅ-MM-DD (standard: i dag)',
    period: 'bara perioden som börjar detta år, t.ex. 2025',
    force: 'skriv över befintliga filer',
  },
  en: {
    followup:
      "follow up the contracts' equality clauses: plan, report templates, check of returned reports and a " +
      'portfolio report',
    plan: 'follow-up plan for the contracts of the register, dated: iCalendar (.ics), Markdown or DOCX',
    template: 'report template per contract and period: a DOCX form and a CSV with one field per indicator',
    check: 'check the returned reports: what is in, late or missing, against targets and last year',
    portfolio: 'portfolio report across all contracts: self-contained HTML with charts, or JSON',
    reports: 'the folder of returned reports (forms, CSV, or own DOCX/PDF/text)',
    register: 'the contract register (YAML or CSV; default: avtal.yaml, else avtal.csv)',
    indicators: 'an indicator file of your own instead of rules/indicators.yaml',
    contract: 'only this contract (repeatable)',
    output: 'file to write (the format follows the extension); without: to standard output',
    outDir: 'folder to write the templates in (created when missing)',
    format: 'plan: ics, md or docx; check: text or json; portfolio: html or json',
    date: "the follow-up's date, YYYY-MM-DD (default: today)",
    period: 'only the period starting in this year, e.g. 2025',
    force: 'overwrite existing files',
  },
} as const;

/** Adds `jamkrav followup` and its subcommands; their work is imported only when one runs. */
export function registerFollowup(program: Command, lang: Lang): void {
  const t = T[lang];
  const cmd = program.command('followup').description(t.followup);
  const common = (c: Command) =>
    c
      .option('-r, --register <file>', t.register)
      .option('--indicators <file>', t.indicators)
      .option('--contract <id>', t.contract, collect)
      .option('--date <date>', t.date);
  common(cmd.command('plan').description(t.plan))
    .option('-o, --output <file>', t.output)
    .option('--format <format>', t.format)
    .option('--force', t.force)
    .action(async (opts, c: Command) => {
      const { planAction } = await import('./followup-action.js');
      process.exitCode = await planAction({ ...c.optsWithGlobals(), ...opts });
    });
  common(cmd.command('template').description(t.template))
    .requiredOption('-o, --out <dir>', t.outDir)
    .option('--period <year>', t.period)
    .option('--force', t.force)
    .action(async (opts, c: Command) => {
      const { templateAction } = await import('./followup-action.js');
      process.exitCode = await templateAction({ ...c.optsWithGlobals(), ...opts });
    });
  common(cmd.command('check').description(t.check).argument('<reports>', t.reports))
    .option('-o, --output <file>', t.output)
    .option('--format <format>', t.format)
    .option('--force', t.force)
    .action(async (reports: string, opts, c: Command) => {
      const { checkAction } = await import('./followup-action.js');
      process.exitCode = await checkAction(reports, { ...c.optsWithGlobals(), ...opts });
    });
  common(cmd.command('portfolio').description(t.portfolio).argument('<reports>', t.reports))
    .option('-o, --output <file>', t.output)
    .option('--format <format>', t.format)
    .option('--force', t.force)
    .action(async (reports: string, opts, c: Command) => {
      const { portfolioAction } = await import('./followup-action.js');
      process.exitCode = await portfolioAction(reports, { ...c.optsWithGlobals(), ...opts });
    });
}
