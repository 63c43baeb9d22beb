// Values as a reader sees them: counts of people under five as "<5" (counts.ts), shares as
// percentages, dates, hours, yes or no; targets in words.
import type { Lang, Text } from '../types.js';
import { CHECK_LABELS } from './check-labels.js';
import { countData, shareRange, showCount, showShare } from './counts.js';
import { fill } from './labels.js';
import type { IndicatorDef, Target } from './types.js';
import type { Value } from './values.js';

/** The decimal mark of each language: 7,5 tim; 7.5 h. */
const DECIMAL_MARK: Readonly<Record<Lang, string>> = { sv: ',', en: '.' };

/** A value in words; counts of people never below five. */
export function showValue(v: Value, def: IndicatorDef, lang: Lang): string {
  const l = CHECK_LABELS[lang];
  switch (v.kind) {
    case 'by-sex': {
      return (
        `${l.women} ${showCount(v.women)}, ${l.men} ${showCount(v.men)} (` +
        `${showShare(shareRange(v.women, v.men))} ${l.women})`
      );
    }
    case 'count':
      return def.private ? showCount(v.value) : v.value.lo === v.value.hi ? String(v.value.lo) : showCount(v.value);
    case 'hours':
      return `${String(v.value).replace('.', DECIMAL_MARK[lang])} ${l.hours}`;
    case 'date':
      return v.value;
    case 'yes-no':
      return v.value ? l.yes : l.no;
  }
}

/** A value as JSON data: counts of people as numbers only from five up, else "<5". */
export function valueData(v: Value, def: IndicatorDef): Record<string, string | number | boolean> {
  switch (v.kind) {
    case 'by-sex':
      return { women: countData(v.women), men: countData(v.men) };
    case 'count':
      return { value: def.private || v.value.lo !== v.value.hi ? countData(v.value) : v.value.lo };
    default:
      return { value: v.value };
  }
}

/** A target in words; `allOfTitle` names the indicator `allOf` refers to. */
export function showTarget(t: Target, lang: Lang, allOfTitle?: Text): string {
  const l = CHECK_LABELS[lang].targets;
  const parts: string[] = [];
  if (t.minShare !== undefined) parts.push(fill(l.minShare, { v: t.minShare }));
  if (t.min !== undefined) parts.push(fill(l.min, { v: t.min }));
  if (t.max !== undefined) parts.push(fill(l.max, { v: t.max }));
  if (t.allOf !== undefined) parts.push(fill(l.allOf, { v: allOfTitle ? allOfTitle[lang].toLowerCase() : t.allOf }));
  if (t.inPeriod) parts.push(l.inPeriod);
  if (t.yes) parts.push(l.yes);
  return parts.join(', ');
}
