// How each status looks: a symbol (so colour is never the only signal) and its label.
import { SEVERITY_LABELS } from '../../labels.js';
import type { Lang } from '../../types.js';
import type { HtmlLabels } from './labels.js';
import type { CellStatus, FilterStatus } from './model.js';

/** One symbol per status; distinct shapes survive colour blindness and greyscale printing. */
export const SYMBOLS: Record<CellStatus | FilterStatus, string> = {
  covered: '✓',
  suppressed: '⊘',
  error: '✗',
  warning: '!',
  info: 'i',
  off: '·',
  unreadable: '⚠',
  language: 'Aa',
  weak: '≈',
};

/** The label of a status, e.g. `Saknas (fel)`. */
export function statusLabel(status: CellStatus | FilterStatus, lang: Lang, w: HtmlLabels): string {
  switch (status) {
    case 'covered':
      return w.covered;
    case 'suppressed':
      return w.suppressed;
    case 'off':
      return w.off;
    case 'unreadable':
      return w.unreadable;
    case 'language':
      return w.language;
    case 'weak':
      return w.weak;
    default:
      return w.missingBy(SEVERITY_LABELS[status][lang]);
  }
}
