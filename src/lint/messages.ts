// The words of findings, in both languages: what is missing, why it matters, what to do.
import { fmt } from '../i18n.js';
import type { Lang, Text } from '../types.js';

const M = {
  missing: {
    sv: 'Krav saknas: {title}. Det behövs enligt {basis}; lägg till kravtexten i förslaget.',
    en: 'Missing requirement: {title}. It is needed under {basis}; add the suggested clause.',
  },
  unusedSuppression: {
    sv: 'Onödig undantagsmarkering för {id}: underlaget ställer kravet ändå. Ta bort markeringen.',
    en: 'Unused suppression of {id}: the document asks for it anyway. Remove the suppression.',
  },
  unknownSuppression: {
    sv: 'Undantagsmarkeringen gäller {id}, som inte är en regel i paketet. Rätta eller ta bort den.',
    en: 'The suppression names {id}, which is not a rule of its pack. Fix or remove it.',
  },
  noReason: {
    sv:
      'Undantagsmarkeringen för {id} saknar skäl: skriv `jamkrav-disable {id} -- skäl`. ' +
      'Regeln kontrolleras som vanligt.',
    en:
      'The suppression of {id} gives no reason: write `jamkrav-disable {id} -- reason`. ' +
      'The rule is checked as usual.',
  },
  noText: {
    sv: 'innehåller ingen text att granska (texten i sidhuvud, sidfot och kommentarer räknas inte)',
    en: 'holds no text to check (text in headers, footers and comments does not count)',
  },
  noTextPdf: {
    sv: 'innehåller ingen text att granska (en skannad bild? kör OCR först)',
    en: 'holds no text to check (a scanned image? run OCR first)',
  },
} satisfies Record<string, Text>;

/** A finding message in `lang`, with `{slots}` filled. */
export function message(lang: Lang, key: keyof typeof M, values: Record<string, string> = {}): string {
  return fmt(lang, M[key], values);
}
