// Every text of the follow-up's outputs (plan, report form, check, portfolio), in Swedish and
// English. Messages about bad input are in messages.ts.
import type { Lang } from '../types.js';
import type { IndicatorKind, Occasion } from './types.js';

export interface FollowUpLabels {
  occasions: Record<Occasion, string>;
  plan: {
    title: string;
    asOf: string;
    lead: string;
    whole: string;
    perContract: string;
    headers: [date: string, contract: string, supplier: string, what: string, who: string];
    report: string;
    ongoing: string;
    nothing: string;
    supplier: string;
    period: string;
    followUpBy: string;
    notAssigned: string;
    noConditions: string;
    reportDue: string;
    calendarName: string;
  };
  form: {
    title: string;
    intro: string[];
    contract: string;
    supplier: string;
    period: string;
    due: string;
    submitted: string;
    headers: [indicator: string, field: string, value: string];
    fields: Record<'women' | 'men' | 'value', string>;
    kindValue: Record<Exclude<IndicatorKind, 'by-sex'>, string>;
    placeholder: Record<IndicatorKind | 'date-submitted', string>;
    asked: string;
    privacy: string;
    csvHeaders: [key: string, indicator: string, field: string, value: string];
  };
  kinds: Record<IndicatorKind, string>;
  yes: string;
  no: string;
}

export const LABELS: Record<Lang, FollowUpLabels> = {
  sv: {
    occasions: {
      'start-up': 'Uppstartsmöte',
      'half-yearly': 'Halvårsuppföljning',
      yearly: 'Årlig avtalsuppföljning',
      ongoing: 'Löpande',
      end: 'Avtalets slut',
    },
    plan: {
      title: 'Uppföljningsplan för avtalens jämställdhetskrav',
      asOf: 'Per {date}',
      lead:
        'Varje uppföljning som avtalens klausuler kräver, med datum: uppstartsmöte vid avtalsstart, ' +
        'halvårsuppföljning där en klausul kräver det, årlig avtalsuppföljning när årsrapporten ska vara ' +
        'inne, och avtalets slut.',
      whole: 'Alla avtal, i datumordning',
      perContract: 'Per avtal',
      headers: ['Datum', 'Avtal', 'Leverantör', 'Vad', 'Ansvarig'],
      report: 'årsrapport för {period} ska vara inne',
      ongoing: 'Löpande, när det inträffar',
      nothing: 'Inget särskilt krav följs upp vid detta tillfälle.',
      supplier: 'Leverantör',
      period: 'Avtalstid',
      followUpBy: 'Följs upp av',
      notAssigned: 'ej angivet',
      noConditions: 'Avtalet saknar jämställdhetsvillkor.',
      reportDue: 'Rapport',
      calendarName: 'Uppföljning av jämställdhetskrav',
    },
    form: {
      title: 'Rapport om avtalets jämställdhetskrav',
      intro: [
        'Fyll i ett värde i varje fält och lämna rapporten till den upphandlande myndigheten senast det datum ' +
          'avtalet anger. Antal avser den personal och de användare som omfattas av uppdraget, inte hela ' +
          'företaget.',
        'Rapporten innehåller bara antal, aldrig namn. Skriv <5 för en grupp med färre än fem personer.',
      ],
      contract: 'Avtal',
      supplier: 'Leverantör',
      period: 'Rapportperiod',
      due: 'Ska vara inne senast',
      submitted: 'Datum då rapporten lämnas',
      headers: ['Indikator', 'Fält', 'Värde'],
      fields: { women: 'Kvinnor', men: 'Män', value: 'Värde' },
      kindValue: { count: 'Antal', hours: 'Timmar', date: 'Datum', 'yes-no': 'Ja eller nej' },
      placeholder: {
        'by-sex': '[antal]',
        count: '[antal]',
        hours: '[timmar]',
        date: '[ÅÅÅÅ-MM-DD]',
        'yes-no': '[ja/nej]',
        'date-submitted': '[ÅÅÅÅ-MM-DD]',
      },
      asked: 'Krävs av',
      privacy: 'Grupper med färre än fem personer redovisas som <5.',
      csvHeaders: ['nyckel', 'indikator', 'fält', 'värde'],
    },
    kinds: { 'by-sex': 'antal', count: 'antal', hours: 'timmar', date: 'datum', 'yes-no': 'ja eller nej' },
    yes: 'ja',
    no: 'nej',
  },
  en: {
    occasions: {
      'start-up': 'Start-up meeting',
      'half-yearly': 'Half-yearly follow-up',
      yearly: 'Yearly contract review',
      ongoing: 'Ongoing',
      end: 'End of the contract',
    },
    plan: {
      title: "Follow-up plan for the contracts' equality clauses",
      asOf: 'As of {date}',
      lead:
        "Every follow-up the contracts' clauses call for, dated: the start-up meeting at the start, half-yearly " +
        'checks where a clause asks for them, the yearly review when the yearly report is due, and the end of the ' +
        'contract.',
      whole: 'All contracts, by date',
      perContract: 'Per contract',
      headers: ['Date', 'Contract', 'Supplier', 'What', 'Responsible'],
      report: 'yearly report for {period} due',
      ongoing: 'Ongoing, as it happens',
      nothing: 'No particular requirement is followed up on this occasion.',
      supplier: 'Supplier',
      period: 'Contract period',
      followUpBy: 'Followed up by',
      notAssigned: 'not given',
      noConditions: 'The contract has no equality conditions.',
      reportDue: 'Report',
      calendarName: 'Follow-up of equality clauses',
    },
    form: {
      title: "Report on the contract's equality clauses",
      intro: [
        'Fill in a value in every field and send the report to the contracting authority by the date the contract ' +
          'gives. Numbers cover the staff and users of the contract, not the whole company.',
        'The report holds numbers only, never names. Write <5 for a group of fewer than five people.',
      ],
      contract: 'Contract',
      supplier: 'Supplier',
      period: 'Report period',
      due: 'Due by',
      submitted: 'Date the report is sent',
      headers: ['Indicator', 'Field', 'Value'],
      fields: { women: 'Women', men: 'Men', value: 'Value' },
      kindValue: { count: 'Number', hours: 'Hours', date: 'Date', 'yes-no': 'Yes or no' },
      placeholder: {
        'by-sex': '[number]',
        count: '[number]',
        hours: '[hours]',
        date: '[YYYY-MM-DD]',
        'yes-no': '[yes/no]',
        'date-submitted': '[YYYY-MM-DD]',
      },
      asked: 'Asked by',
      privacy: 'Groups of fewer than five people are reported as <5.',
      csvHeaders: ['key', 'indicator', 'field', 'value'],
    },
    kinds: { 'by-sex': 'a number', count: 'a number', hours: 'hours', date: 'a date', 'yes-no': 'yes or no' },
    yes: 'yes',
    no: 'no',
  },
};

/** A label with `{name}` slots filled: the one filler of src/i18n.ts, under the name these labels' callers use. */
export { fill } from '../i18n.js';
