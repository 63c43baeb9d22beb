// `--mask-names`: personal data in quoted answers hidden before anything is written. A person's
// name is read as two or three capitalised words in a row that are not an organisation's name
// (ending in AB, kommun, Ltd …) and not the sentence's first words; e-mail addresses, phone
// numbers and personal identity numbers are masked too. A heuristic, and said to be one: an
// officer still reads a protocol before it leaves the committee.
import type { Lang } from '../types.js';
import type { EvaluationResult, Quote } from './types.js';

const NAME = /\b(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)((?:\s+\p{Lu}\.?)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2})\b/gu;
const ORGANISATION_WORDS = [
  ...['ab', 'hb', 'kb', 'ek', 'kommun', 'region', 'regionen', 'kommunen', 'ltd', 'limited', 'inc', 'plc', 'llc'],
  ...['gmbh', 'oy', 'as', 'asa', 'group', 'gruppen', 'konsult', 'bemanning', 'omsorg', 'vård', 'care', 'services'],
  ...['service', 'stiftelse', 'stiftelsen', 'förening', 'föreningen'],
];
const ORGANISATION = new RegExp(`^(${ORGANISATION_WORDS.join('|')})$`, 'iu');
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
const PERSONAL_NUMBER = /\b(?:19|20)?\d{6}[-+]?\d{4}\b/g;
const PHONE = /(?:\+46|\b0)\s?\d{1,3}(?:[\s-]?\d{2,3}){2,4}\b/g;

/** What stands in a masked passage's place, in the protocol's language. */
const MASKS: Readonly<Record<Lang, Record<'name' | 'email' | 'number', string>>> = {
  sv: { name: '[namn]', email: '[e-post]', number: '[nummer]' },
  en: { name: '[name]', email: '[e-mail]', number: '[number]' },
};

/** The text with names and contact details replaced by [namn]/[name], [e-post]/[e-mail] and so on. */
export function maskText(text: string, lang: 'sv' | 'en'): string {
  const t = MASKS[lang];
  return text
    .replace(EMAIL, t.email)
    .replace(PERSONAL_NUMBER, (m) => (/^\d{6}-\d{4}$/.test(m) && /^[5-9]/.test(m) ? m : t.number))
    .replace(PHONE, t.number)
    .replace(NAME, (all, first: string, rest: string, offset: number, whole: string) => {
      const words = [first, ...rest.trim().split(/\s+/)];
      if (words.some((w) => ORGANISATION.test(w.replace(/\.$/, '')))) return all;
      // A sentence's first word is capitalised anyway ("Kontakta Anna Svensson"): of three
      // words there, the first is kept; two are taken for a name, as Swedish capitalises no noun.
      const before = whole.slice(0, offset).trimEnd();
      if ((before === '' || /[.!?:]$/.test(before)) && words.length === 3) return `${first} ${t.name}`;
      return t.name;
    });
}

const maskQuote = (q: Quote | undefined, lang: 'sv' | 'en'): Quote | undefined =>
  q ? { ...q, text: maskText(q.text, lang) } : q;

/** The result with every quoted answer masked (tenderers' company names are kept: they are not personal data). */
export function maskResult(r: EvaluationResult): EvaluationResult {
  const lang = r.lang;
  return {
    ...r,
    masked: true,
    tenderers: r.tenderers.map((t) => ({
      ...t,
      cells:
        t.cells?.map((c) => {
          const quote = maskQuote(c.quote, lang);
          return {
            ...c,
            ...(quote ? { quote } : {}),
            ...(c.answer !== undefined ? { answer: maskText(c.answer, lang) } : {}),
            ...(c.reservation ? { reservation: { ...c.reservation, words: maskText(c.reservation.words, lang) } } : {}),
          };
        }) ?? null,
      looseReservations: t.looseReservations.map((q) => ({ ...q, text: maskText(q.text, lang) })),
    })),
    scores: r.scores
      ? {
          ...r.scores,
          tenderers: r.scores.tenderers.map((s) => ({
            ...s,
            lines: s.lines.map((l) => ({ ...l, reason: l.reason === null ? null : maskText(l.reason, lang) })),
          })),
        }
      : null,
  };
}
