// The document date, checked where it is given: `--date`, `tender.date` in metadata, `date` in
// a batch manifest, or SOURCE_DATE_EPOCH. A DOCX is a zip archive, whose entries can be dated
// 1980-2099 only; a later date ended in the zip writer's bare "date not in range 1980-2099", and
// an epoch past JavaScript's dates in "Invalid time value", neither naming where it came from.
import { UserError } from '../errors.js';
import { fmt } from '../i18n.js';
import type { Lang, Text } from '../types.js';

/** The last year a zip entry (and so a DOCX) can carry; earlier years than 1980 are written as 1980. */
export const LAST_YEAR = 2099;

const T = {
  invalid: { sv: '"{value}" är inget datum: skriv ÅÅÅÅ-MM-DD', en: '"{value}" is no date: write YYYY-MM-DD' },
  late: {
    sv: '{value} ligger efter {last}: en DOCX-fil (ett zip-arkiv) kan inte dateras senare',
    en: '{value} is after {last}: a DOCX file (a zip archive) cannot be dated later',
  },
  epoch: {
    sv:
      'värdet {value} (sekunder sedan 1970) ligger efter {last}: en DOCX-fil (ett zip-arkiv) kan inte dateras ' +
      'senare',
    en: 'the value {value} (seconds since 1970) is after {last}: a DOCX file (a zip archive) cannot be dated later',
  },
  field: { sv: '{field}: {problem}', en: '{field}: {problem}' },
} satisfies Record<string, Text>;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `s` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

/** What is wrong with a document date, or undefined when it can be used. */
export function dateProblem(value: string, lang: Lang): string | undefined {
  if (!isIsoDate(value)) return fmt(lang, T.invalid, { value });
  if (Number(value.slice(0, 4)) > LAST_YEAR) return fmt(lang, T.late, { value, last: LAST_YEAR });
  return undefined;
}

/** `field: problem`, for a date found at a data path (`tender.date`, `tenders.3.date`). */
export function fieldDateProblem(field: string, value: string, lang: Lang): string | undefined {
  const problem = dateProblem(value, lang);
  return problem === undefined ? undefined : fmt(lang, T.field, { field, problem });
}

/** The date SOURCE_DATE_EPOCH stands for, or undefined when it is unset or no number of seconds. */
export function epochDate(epoch: string | undefined, lang: Lang): string | undefined {
  if (epoch === undefined || !/^\d+$/.test(epoch.trim())) return undefined;
  const ms = Number(epoch.trim()) * 1000;
  const date = new Date(ms);
  if (Number.isNaN(date.getTime()) || date.getUTCFullYear() > LAST_YEAR) {
    throw new UserError('SOURCE_DATE_EPOCH', fmt(lang, T.epoch, { value: epoch.trim(), last: LAST_YEAR }));
  }
  return date.toISOString().slice(0, 10);
}
