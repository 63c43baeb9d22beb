// A weak pack's own examples through its checks, for `jamkrav rules test`: each `flag` excerpt
// must give the check's finding, no `ok` excerpt may. The same checks the test suite runs on the
// built-in pack.
import { exampleBlocks } from '../../match/index.js';
import { LANGS, type Block, type Lang, type Rule } from '../../types.js';
import { compileWeakPack } from './compile.js';
import { weakFindings } from './findings.js';
import type { WeakPack } from './types.js';

export interface WeakExampleOutcome {
  ruleId: string;
  expect: 'flag' | 'ok';
  lang: Lang;
  text: string;
  ok: boolean;
}

/** The requirement an example asks for: a supplier's contract condition, as most rules are. */
const REQUIREMENT: Rule = {
  id: 'example.requirement',
  pack: 'example',
  title: { sv: 'Exempelkrav', en: 'Example requirement' },
  rationale: { sv: '', en: '' },
  basis: [],
  scope: 'supplier',
  stage: 'specification',
  severity: 'error',
  levels: {
    base: {
      kind: 'special-contract-condition',
      text: { sv: '', en: '' },
      verification: { sv: '', en: '' },
      followUp: {
        check: { sv: '', en: '' },
        when: { sv: '', en: '' },
        proof: { sv: '', en: '' },
        who: { sv: '', en: '' },
      },
    },
  },
  evidence: { all: [] },
  examples: { pass: { sv: [], en: [] }, fail: { sv: [], en: [] } },
};

/** Where the requirement stands: the first block that is no heading, lead-in or table header row. */
function requirementBlock(blocks: readonly Block[]): Block | undefined {
  return blocks.find((b) => b.kind !== 'heading' && !b.text.trimEnd().endsWith(':') && b.table?.row !== 1);
}

export function runWeakExamples(pack: WeakPack): WeakExampleOutcome[] {
  const weak = compileWeakPack(pack);
  const out: WeakExampleOutcome[] = [];
  for (const { spec } of weak.checks) {
    for (const expect of ['flag', 'ok'] as const) {
      for (const lang of LANGS) {
        for (const text of spec.examples[expect][lang]) {
          const blocks = exampleBlocks(text);
          const block = requirementBlock(blocks);
          const covered = block ? [{ rule: REQUIREMENT, block, unit: block.text }] : [];
          const doc = { path: 'example.md', format: 'markdown' as const, blocks, suppressions: [], warnings: [] };
          const flagged = weakFindings(doc, covered, weak, lang).some((f) => f.ruleId === spec.id);
          out.push({ ruleId: spec.id, expect, lang, text, ok: expect === 'flag' ? flagged : !flagged });
        }
      }
    }
  }
  return out;
}
