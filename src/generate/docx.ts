// The one DOCX generation path: open a template (the officer's or a built-in one), make sure it
// has the styles the blocks use, fill every placeholder, and pack it deterministically.
import { UserError } from '../errors.js';
import type { Lang } from '../types.js';
import { XmlDoctypeError, XmlSyntaxError } from '../xml/index.js';
import { builtinTemplate, builtinTemplatePath } from './builtin.js';
import { fillPart } from './docx-fill.js';
import type { FillContext } from './docx-fill.js';
import { slot } from './labels.js';
import type { MetaValues } from './meta.js';
import type { Appendix } from './model.js';
import { escapeXml, renderBlocks } from './ooxml.js';
import { openDocx } from './package.js';
import type { DocxPackage } from './package.js';
import type { BlockName } from './placeholders.js';
import { pinCoreDates, repack } from './repack.js';
import { ensureStyles } from './styles.js';
import { fitBlock } from './wordml.js';

export interface DocxInput {
  template?: Uint8Array;
  templatePath?: string;
  date?: string;
}

export interface DocxOutput {
  data: Uint8Array;
  warnings: string[];
}

/** Stands in for the requirements block until we know which other blocks must follow it. */
const SENTINEL = '\u0000jamkrav-requirements\u0000';

const NO_REQUIREMENTS: Record<Lang, string> = {
  sv: 'mallen saknar platshållaren {{jamkrav.requirements}}; skriv den ensam i ett stycke där kraven ska stå',
  en:
    'the template has no {{jamkrav.requirements}} placeholder; type it alone in a paragraph where the requirements ' +
    'belong',
};

const MALFORMED: Record<Lang, string> = {
  sv: 'delen {part} är inte välformad XML ({detail})',
  en: 'part {part} is not well-formed XML ({detail})',
};

/** Blocks that, when the template lacks them, follow the requirements rather than being lost. */
const FOLLOWERS: BlockName[] = ['evaluation', 'followup'];

const sources = new Map<Lang, DocxPackage>();

/** The built-in template as the source of missing styles; read-only, so opened once per process. */
async function styleSource(lang: Lang): Promise<DocxPackage> {
  let source = sources.get(lang);
  if (!source) {
    source = openDocx(await builtinTemplate(lang), builtinTemplatePath(lang), lang);
    sources.set(lang, source);
  }
  return source;
}

/** Fills one part of the user's template; a part that is not well-formed XML is the user's error. */
function fillTemplatePart(xml: string, part: string, ctx: FillContext, file: string, lang: Lang): string {
  try {
    return fillPart(xml, part, ctx);
  } catch (e) {
    if (!(e instanceof XmlSyntaxError) && !(e instanceof XmlDoctypeError)) throw e;
    throw new UserError(file, MALFORMED[lang].replace('{part}', part).replace('{detail}', e.message));
  }
}

/** Fills a DOCX template with the appendix. Throws UserError for an unusable template. */
export async function renderDocx(appendix: Appendix, values: MetaValues, input: DocxInput): Promise<DocxOutput> {
  const lang = appendix.lang;
  const file = input.templatePath ?? (input.template ? 'template.docx' : builtinTemplatePath(lang));
  const pkg = openDocx(input.template ?? (await builtinTemplate(lang)), file, lang);
  const source = input.template ? await styleSource(lang) : pkg;
  const main = pkg.mainPart()!;
  const styleIds = ensureStyles(pkg, main, source);
  const blocks = renderBlocks(appendix, styleIds);
  const ctx: FillContext = { values, blocks: { ...blocks, requirements: SENTINEL }, found: new Map(), notAlone: [] };

  const parts = [
    main,
    ...(['header', 'footer', 'footnotes', 'endnotes'] as const).flatMap((k) => pkg.related(main, k)),
  ];
  const filled = new Map<string, string>();
  for (const part of parts) {
    const xml = pkg.text(part);
    if (xml === undefined) continue;
    const out = fillTemplatePart(xml, part, ctx, file, lang);
    if (out !== xml) filled.set(part, out);
  }
  const at = ctx.found.get('requirements');
  if (!at) throw new UserError(file, NO_REQUIREMENTS[lang]);

  const l = appendix.labels;
  const warnings: string[] = [];
  const nonEmpty: Record<BlockName, boolean> = {
    introduction: true,
    requirements: true,
    evaluation: appendix.evaluation.length > 0,
    followup: appendix.plan.occasions.length > 0,
    checklist: false,
  };
  let tail = '';
  for (const name of FOLLOWERS) {
    if (ctx.found.has(name) || !nonEmpty[name]) continue;
    tail +=
      `<w:p><w:pPr><w:pStyle w:val="${styleIds.heading2}"/></w:pPr><w:r><w:t>${escapeXml(l.sections[name])}` +
      `</w:t></w:r></w:p>${blocks[name]}`;
    warnings.push(slot(l.warnings.blockAppended, { key: `{{jamkrav.${name}}}` }));
  }
  if (tail.endsWith('</w:tbl>')) tail += '<w:p/>';
  const requirements = fitBlock(blocks.requirements + tail, at);
  for (const [part, xml] of filled) pkg.setText(part, xml.split(SENTINEL).join(requirements));
  for (const n of ctx.notAlone) warnings.push(slot(l.warnings.blockNotAlone, { key: n.key, part: n.part }));
  if (ctx.found.has('checklist')) warnings.push(slot(l.warnings.checklistMoved, { key: '{{jamkrav.checklist}}' }));

  pinCoreDates(pkg, input.date);
  return { data: repack(pkg, input.date), warnings };
}
