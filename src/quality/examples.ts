// A language pack's own examples through the scanner, for `jamkrav rules test`: each `flag` text
// must be flagged by its rule, each `ok` text by no rule of the pack, each `fix` must come out as
// written. The same checks the test suite runs on the built-in packs.
import { LanguageChecks } from './language-checks.js';
import { planFixes } from './fix.js';
import { scanText } from './scan.js';
import type { LanguagePack } from './types.js';

export interface LanguageExampleOutcome {
  ruleId: string;
  expect: 'flag' | 'ok' | 'fix';
  text: string;
  ok: boolean;
  /** For a failed `fix`: what the fix made of the text. */
  got?: string;
}

export function runLanguageExamples(pack: LanguagePack): LanguageExampleOutcome[] {
  const checks = new LanguageChecks([pack]);
  const out: LanguageExampleOutcome[] = [];
  for (const rule of pack.rules) {
    for (const text of rule.examples.flag) {
      out.push({
        ruleId: rule.id,
        expect: 'flag',
        text,
        ok: scanText(text, checks).some((m) => m.rule.id === rule.id),
      });
    }
    for (const text of rule.examples.ok) {
      out.push({ ruleId: rule.id, expect: 'ok', text, ok: scanText(text, checks).length === 0 });
    }
    for (const { from, to } of rule.examples.fix ?? []) {
      const got = planFixes(from, 'text', [pack]).fixed;
      out.push({ ruleId: rule.id, expect: 'fix', text: from, ok: got === to, ...(got === to ? {} : { got }) });
    }
  }
  return out;
}
