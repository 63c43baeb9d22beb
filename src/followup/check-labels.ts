// The texts of `followup check` and the portfolio report, in Swedish and English.
import type { Lang } from '../types.js';
import type { ConsequenceStep } from './types.js';
import type { PeriodStatus } from './check.js';
import type { TargetStatus } from './targets.js';

export interface CheckLabels {
  heading: string;
  asOf: string;
  contract: string;
  noConditions: string;
  followUpBy: string;
  notAssigned: string;
  period: string;
  status: Record<PeriodStatus, string>;
  statusDetail: Record<PeriodStatus, string>;
  fromFileTime: string;
  how: Record<'form' | 'csv' | 'free', string>;
  missing: string;
  unreadable: string;
  target: string;
  targetStatus: Record<TargetStatus, string>;
  lastYear: string;
  consequences: string;
  noConsequence: string;
  step: Record<ConsequenceStep['kind'], string>;
  per: Record<NonNullable<ConsequenceStep['per']>, string>;
  cap: string;
  summary: string;
  unplaced: Record<'contract' | 'period' | 'duplicate' | 'no-period', string>;
  targets: { minShare: string; min: string; max: string; allOf: string; inPeriod: string; yes: string };
  yes: string;
  no: string;
  hours: string;
  women: string;
  men: string;
}

export const CHECK_LABELS: Record<Lang, CheckLabels> = {
  sv: {
    heading: 'Uppföljning av avtalens jämställdhetskrav',
    asOf: 'Per {date} (--date)',
    contract: 'Avtal',
    noConditions: 'saknar jämställdhetsvillkor',
    followUpBy: 'följs upp av',
    notAssigned: 'ej angivet',
    period: 'Period {label} ({start}–{end})',
    status: { running: 'pågår', upcoming: 'ska in', in: 'inne', late: 'inne, sen', overdue: 'FÖRSENAD' },
    statusDetail: {
      running: 'perioden pågår; rapporten ska in senast {due}',
      upcoming: 'rapporten ska in senast {due} (om {days} dagar)',
      in: 'inlämnad {submitted}, i tid (senast {due})',
      late: 'inlämnad {submitted}, {days} dagar efter {due}',
      overdue: 'saknas: skulle ha lämnats senast {due}, {days} dagar sedan',
    },
    fromFileTime: ' (datum från filens ändringstid)',
    how: { form: 'formulär', csv: 'CSV', free: 'fritt dokument' },
    missing: 'saknas',
    unreadable: 'går inte att läsa: "{raw}"',
    target: 'mål',
    targetStatus: { met: 'uppnått', missed: 'EJ UPPNÅTT', open: 'kan inte avgöras' },
    lastYear: 'förra perioden',
    consequences: 'Enligt avtalet',
    noConsequence: 'Avtalet anger ingen påföljd; ta upp bristen vid nästa avtalsuppföljning.',
    step: {
      rectification:
        'skriftlig anmaning: leverantören ska rätta bristen inom {days} dagar (senast {deadline} om anmaningen ' +
        'skickas {date}) [{rule}]',
      breach: 'en brist som inte rättas inom fristen är avtalsbrott [{rule}]',
      damages: 'rättas bristen inte inom fristen: vite {amount} kr per påbörjad {per}{cap} [{rule}]',
      termination: 'vid väsentligt avtalsbrott får avtalet hävas [{rule}]',
      'action-plan':
        'leverantören ska lämna en åtgärdsplan för målen som inte nåtts inom {days} dagar (senast ' +
        '{deadline}) [{rule}]',
    },
    per: { day: 'dag', week: 'vecka', month: 'månad', occasion: 'gång' },
    cap: ', högst {cap} % av det fakturerade värdet för avtalsåret',
    summary:
      '{contracts} avtal ({conditions} med jämställdhetsvillkor): {due} rapporter förfallna, {in} inne i tid, ' +
      '{late} inne sent, {overdue} saknas; {missing} rapporter med saknade indikatorer; {missed} mål ej ' +
      'uppnådda.',
    unplaced: {
      contract: 'hör inte till något avtal i registret (ange avtalets id i filnamnet eller rapporten)',
      period: 'rapportperioden går inte att avgöra (ange året i filnamnet, t.ex. AVTAL_2025.pdf)',
      duplicate: 'en annan rapport för samma avtal och period räknas: {other}',
      'no-period': 'avtalet har ingen rapportperiod som börjar {value}',
    },
    targets: {
      minShare: 'minst {v} % av vardera kön',
      min: 'minst {v}',
      max: 'högst {v}',
      allOf: 'minst lika många som {v}',
      inPeriod: 'inom perioden',
      yes: 'ja',
    },
    yes: 'ja',
    no: 'nej',
    hours: 'tim',
    women: 'kvinnor',
    men: 'män',
  },
  en: {
    heading: "Follow-up of the contracts' equality clauses",
    asOf: 'As of {date} (--date)',
    contract: 'Contract',
    noConditions: 'has no equality conditions',
    followUpBy: 'followed up by',
    notAssigned: 'not given',
    period: 'Period {label} ({start}–{end})',
    status: { running: 'running', upcoming: 'due', in: 'in', late: 'in, late', overdue: 'OVERDUE' },
    statusDetail: {
      running: 'the period is running; the report is due by {due}',
      upcoming: 'the report is due by {due} (in {days} days)',
      in: 'sent {submitted}, on time (due {due})',
      late: 'sent {submitted}, {days} days after {due}',
      overdue: 'missing: due by {due}, {days} days ago',
    },
    fromFileTime: " (date from the file's modification time)",
    how: { form: 'form', csv: 'CSV', free: 'free document' },
    missing: 'missing',
    unreadable: 'cannot be read: "{raw}"',
    target: 'target',
    targetStatus: { met: 'met', missed: 'NOT MET', open: 'cannot be told' },
    lastYear: 'last period',
    consequences: 'The contract says',
    noConsequence: 'The contract names no consequence; raise the shortcoming at the next contract review.',
    step: {
      rectification:
        'written notice: the supplier must remedy the shortcoming within {days} days (by {deadline} if the notice ' +
        'is sent {date}) [{rule}]',
      breach: 'a shortcoming not remedied in time is a breach of contract [{rule}]',
      damages: 'if not remedied in time: liquidated damages of SEK {amount} per started {per}{cap} [{rule}]',
      termination: 'a material breach allows the authority to terminate the contract [{rule}]',
      'action-plan':
        'the supplier must send an action plan for the targets not met within {days} days (by {deadline}) [{rule}]',
    },
    per: { day: 'day', week: 'week', month: 'month', occasion: 'occasion' },
    cap: ', at most {cap} % of the value invoiced for the contract year',
    summary:
      '{contracts} contracts ({conditions} with equality conditions): {due} reports due, {in} in on time, {late} ' +
      'in late, {overdue} missing; {missing} reports with missing indicators; {missed} targets not met.',
    unplaced: {
      contract: 'belongs to no contract of the register (put the contract id in the file name or the report)',
      period: 'the report period cannot be told (put the year in the file name, e.g. CONTRACT_2025.pdf)',
      duplicate: 'another report for the same contract and period counts: {other}',
      'no-period': 'the contract has no report period starting in {value}',
    },
    targets: {
      minShare: 'each sex at least {v} %',
      min: 'at least {v}',
      max: 'at most {v}',
      allOf: 'at least as many as {v}',
      inPeriod: 'within the period',
      yes: 'yes',
    },
    yes: 'yes',
    no: 'no',
    hours: 'h',
    women: 'women',
    men: 'men',
  },
};
