// Small builders for the quality tests: documents from lines, rules, and the built-in packs.
import type { Block, Clause, Document, Rule } from '../../src/types.js';
import {
  BUILTIN_LANGUAGE_PACKS,
  builtinPackPath,
  loadBuiltinWeakPack,
  loadLanguagePack,
} from '../../src/packs/index.js';
import { compileWeakPack, type LanguagePack, type WeakChecks, type WeakPack } from '../../src/quality/index.js';

/**
 * A document from lines: `# ` heading, `- ` list item, `| a | b |` table row, anything else a
 * paragraph; a blank line separates nothing (each line is a block), like a reader's output.
 */
export function doc(lines: string[], format: Document['format'] = 'docx'): Document {
  const blocks: Block[] = [];
  const headings: string[] = [];
  let table = 0;
  let row = 0;
  let inTable = false;
  for (const line of lines) {
    const loc = { block: blocks.length + 1 };
    if (line.startsWith('|')) {
      if (!inTable) {
        table++;
        row = 0;
        inTable = true;
      }
      row++;
      line
        .split('|')
        .slice(1, -1)
        .forEach((cell, i) =>
          blocks.push({
            text: cell.trim(),
            kind: 'table-cell',
            headingPath: [...headings],
            table: { id: table, row, col: i + 1 },
            loc: { block: blocks.length + 1 },
          }),
        );
      continue;
    }
    inTable = false;
    if (line.startsWith('# ')) {
      headings.splice(0, headings.length, line.slice(2));
      blocks.push({ text: line.slice(2), kind: 'heading', level: 1, headingPath: [...headings], loc });
    } else if (line.startsWith('- ')) {
      blocks.push({ text: line.slice(2), kind: 'list-item', listLevel: 1, headingPath: [...headings], loc });
    } else {
      blocks.push({ text: line, kind: 'paragraph', headingPath: [...headings], loc });
    }
  }
  return { path: 'anbud.docx', format, blocks, suppressions: [], warnings: [] };
}

const clause = (kind: Clause['kind']): Clause => ({
  kind,
  text: { sv: 'Klausul.', en: 'Clause.' },
  verification: { sv: 'Redovisning.', en: 'Report.' },
  followUp: {
    check: { sv: 'Kontroll.', en: 'Check.' },
    when: { sv: 'Årligen.', en: 'Yearly.' },
    proof: { sv: 'Intyg.', en: 'Certificate.' },
    who: { sv: 'Avtalsansvarig.', en: 'Contract manager.' },
  },
  ...(kind === 'award-criterion'
    ? { evaluation: { method: 'points' as const, max: 10, guide: { sv: 'Poäng.', en: 'Points.' } } }
    : {}),
});

/** A supplier rule whose levels are of `kind`. */
export function rule(id: string, title: string, kind: Clause['kind'] = 'special-contract-condition'): Rule {
  return {
    id,
    pack: id.split('.')[0]!,
    title: { sv: title, en: title },
    rationale: { sv: 'Skäl.', en: 'Reason.' },
    basis: ['DiskrL 3 kap.'],
    scope: 'supplier',
    stage: 'specification',
    severity: 'error',
    levels: { base: clause(kind), advanced: clause(kind) },
    evidence: { all: [{ sv: ['lön'], en: ['pay'] }] },
    examples: { pass: { sv: [], en: [] }, fail: { sv: [], en: [] } },
  };
}

/** Both built-in language packs, loaded and checked. */
export async function builtinPacks(): Promise<LanguagePack[]> {
  const packs: LanguagePack[] = [];
  for (const id of BUILTIN_LANGUAGE_PACKS) {
    const { pack, problems } = await loadLanguagePack(builtinPackPath(id), 'en');
    if (!pack) throw new Error(`${id}: ${problems.map((p) => `${p.pos.line}:${p.pos.col} ${p.message}`).join('; ')}`);
    packs.push(pack);
  }
  return packs;
}

/** The built-in weak pack (rules/weak.yaml), loaded and checked. */
export async function builtinWeakPack(): Promise<WeakPack> {
  const { pack, problems } = await loadBuiltinWeakPack('en');
  if (!pack) throw new Error(`weak: ${problems.map((p) => `${p.pos.line}:${p.pos.col} ${p.message}`).join('; ')}`);
  return pack;
}

/** The built-in weak pack's checks, compiled as a lint run compiles them. */
export async function builtinWeak(): Promise<WeakChecks> {
  return compileWeakPack(await builtinWeakPack());
}
