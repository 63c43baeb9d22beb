// Carries the case of the words a writer used over to the replacement: Kontaktman → Kontaktperson.
import { isAllCaps } from './words.js';

/**
 * The replacement written in the case of `original`: all capitals stay all capitals, a capital
 * first letter stays capital, a lower-case first letter makes the replacement's first letter lower
 * case. Other letters keep the replacement's own case ("Dear Sir or Madam").
 */
export function keepCase(original: string, replacement: string): string {
  if (replacement === '') return replacement;
  if (isAllCaps(original)) return replacement.toUpperCase();
  const first = [...original][0] ?? '';
  const head = [...replacement][0] ?? '';
  const rest = replacement.slice(head.length);
  if (first !== first.toLowerCase()) return head.toUpperCase() + rest;
  if (first !== first.toUpperCase()) return head.toLowerCase() + rest;
  return replacement;
}
