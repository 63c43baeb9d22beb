// Hand-built rules, documents and a stand-in matcher, so the engine is tested on its own; and
// temporary folders of files for lintFiles.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Block, Catalogue, Clause, Document, Lang, Rule, Severity } from '../../src/types.js';
import type { Matcher } from '../../src/lint/matcher.js';

const text = (sv: string, en: string) => ({ sv, en });

function clause(sv: string, en: string): Clause {
  return {
    kind: 'special-contract-condition',
    text: text(sv, en),
    verification: text('Intyg.', 'A statement.'),
    followUp: {
      check: text('Kontroll', 'Check'),
      when: text('Årligen', 'Yearly'),
      proof: text('Intyg', 'Statement'),
      who: text('Avtalsägaren', 'Contract owner'),
    },
  };
}

/** A rule whose evidence is the single word `keyword` (the stand-in matcher looks for it). */
export function rule(
  id: string,
  keyword: string,
  opts: { severity?: Severity; scope?: 'supplier' | 'authority' } = {},
): Rule {
  return {
    id,
    pack: id.split('.')[0]!,
    title: text(`Titel ${id}`, `Title ${id}`),
    rationale: text(`Skäl för ${id}.`, `Why ${id} matters.`),
    basis: [`DiskrL 3 kap. (${id})`],
    scope: opts.scope ?? 'supplier',
    stage: 'implementation',
    severity: opts.severity ?? 'error',
    levels: {
      base: clause(`Leverantören ska ha ${keyword} (bas).`, `The supplier shall have ${keyword} (base).`),
      advanced: clause(`Leverantören ska ha ${keyword} (avancerad).`, `The supplier shall have ${keyword} (advanced).`),
    },
    evidence: { all: [{ sv: [keyword], en: [keyword] }] },
    examples: { pass: { sv: ['x'], en: ['x'] }, fail: { sv: ['y'], en: ['y'] } },
  };
}

/** Three supplier rules and one authority rule, in two packs. */
export const RULES: Rule[] = [
  rule('diskrl3.parenthood', 'föräldraledighet'),
  rule('diskrl3.pay', 'lönekartläggning', { severity: 'warning' }),
  rule('cemr12.equal-service', 'likvärdig service', { severity: 'info' }),
  rule('cemr12.follow-up', 'uppföljning', { scope: 'authority' }),
];

export const CATALOGUE: Catalogue = {
  packs: [
    {
      id: 'diskrl-3kap',
      prefix: 'diskrl3',
      version: '1.0.0',
      title: text('D', 'D'),
      source: { title: text('s', 's'), url: 'https://example.org' },
      rules: RULES.slice(0, 2),
      file: 'd.yaml',
    },
    {
      id: 'cemr-art12',
      prefix: 'cemr12',
      version: '1.0.0',
      title: text('C', 'C'),
      source: { title: text('s', 's'), url: 'https://example.org' },
      rules: RULES.slice(2),
      file: 'c.yaml',
    },
  ],
  rules: RULES,
};

/** A document from lines of text: `# ` starts a heading, the rest are paragraphs. */
export function doc(lines: string[], extra: Partial<Document> = {}): Document {
  const blocks: Block[] = [];
  let heading: string[] = [];
  lines.forEach((line, i) => {
    const isHeading = line.startsWith('# ');
    const t = isHeading ? line.slice(2) : line;
    if (isHeading) heading = [t];
    blocks.push({
      text: t,
      kind: isHeading ? 'heading' : 'paragraph',
      headingPath: heading,
      loc: { block: i + 1, line: i + 1 },
    });
  });
  return { path: 'anbud.md', format: 'markdown', blocks, suppressions: [], warnings: [], ...extra };
}

/**
 * Stand-in for src/match: a rule is present when a block holds its keyword; English when the
 * text has " the ". Enough to test what the engine does with hits and misses.
 */
export const fakeMatcher: Matcher = {
  detectLanguage: (blocks): Lang => (blocks.some((b) => / the /i.test(` ${b.text} `)) ? 'en' : 'sv'),
  forDocument: (blocks) => (r) => {
    const keyword = r.evidence.all[0]!.sv[0]!.toLowerCase();
    const block = blocks.find((b) => b.text.toLowerCase().includes(keyword));
    return block ? { block, unit: block.text } : null;
  },
};

/** A fresh temporary folder holding `files` (paths relative to it, folders made as needed). */
export function tree(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'jamkrav-lint-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}
