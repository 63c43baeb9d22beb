// The stable keys of the yearly report form, shared by the writers (template-docx.ts,
// template-csv.ts) and the readers (form-read.ts, reports.ts, extract.ts). Like the answer
// form's, each field has a content-control tag (Word keeps it) and a bookmark (LibreOffice keeps
// it). Changing a key breaks every form already sent out: add new ones instead.
import type { IndicatorKind } from './types.js';

export const REPORT_FORM_VERSION = '1';

/** The fields of an indicator: women and men for counts by sex, one value for the rest. */
export type ReportField = 'women' | 'men' | 'value';

export function fieldsOf(kind: IndicatorKind): ReportField[] {
  return kind === 'by-sex' ? ['women', 'men'] : ['value'];
}

/** `jamkrav:leaders:women`. */
export function reportKey(indicator: string, field: ReportField): string {
  return `jamkrav:${indicator}:${field}`;
}

/** The date the supplier sends the report. */
export const SUBMITTED_KEY = 'jamkrav:report:submitted';

/** `jamkrav_leaders_women`: letters, digits and `_`, at most 40 characters (indicator ids are at most 24). */
export function reportBookmark(key: string): string {
  return key.replace(/:/g, '_').replace(/-/g, '_');
}

/** Document properties (docProps/custom.xml) that say what the form is for. */
export const REPORT_PROPERTIES = {
  form: 'jamkrav.report',
  contract: 'jamkrav.contract',
  period: 'jamkrav.period',
  lang: 'jamkrav.lang',
  /** Every field key of the form, space-separated, in form order (resolves the bookmarks). */
  keys: 'jamkrav.keys',
} as const;

/** Reads a tag or bookmark back into a key, given the keys the form holds. */
export function keyOfName(name: string, keys: readonly string[]): string | undefined {
  if (name.startsWith('jamkrav:'))
    return name === SUBMITTED_KEY || keys.includes(name) || /^jamkrav:[a-z][a-z0-9-]*:(women|men|value)$/.test(name)
      ? name
      : undefined;
  if (!name.startsWith('jamkrav_')) return undefined;
  return [SUBMITTED_KEY, ...keys].find((k) => reportBookmark(k) === name);
}
