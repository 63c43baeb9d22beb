// The `generate` library API: catalogue + selection + metadata (+ template) in, appendix bytes and
// warnings out. Pure: it reads only the built-in templates, and never prints or writes.
import { strToU8 } from 'fflate';
import type { Catalogue, Lang, Level, RequirementKind, Stage } from '../types.js';
import { buildAnnex, renderAnnexDocx, renderAnnexMarkdown } from './annex.js';
import { renderAnswerForm } from './answer-form.js';
import { renderDocx } from './docx.js';
import { renderJson } from './json.js';
import { LABELS, slot } from './labels.js';
import { renderMarkdown } from './markdown.js';
import { MetaValues, resolveDate } from './meta.js';
import type { TenderMeta } from './meta.js';
import { buildAppendix } from './model.js';
import { assertOneOf } from '../options.js';
import { selectRules } from './select.js';

export type { TenderMeta } from './meta.js';
export { parseMeta } from './meta-file.js';
export { readAnswerForm } from './form-read.js';
export type { FormAnswer, FormReading, FoundBy } from './form-read.js';

/** The formats of the authority's annex. */
export const ANNEX_FORMATS = ['docx', 'md'] as const;
export type AnnexFormat = (typeof ANNEX_FORMATS)[number];

/** The output formats of `generate`. */
export const FORMATS = ['docx', 'md', 'json'] as const;
export type GenerateFormat = (typeof FORMATS)[number];

/** What to generate: the catalogue, the selection, the metadata, and the template. */
export interface GenerateOptions {
  catalogue: Catalogue;
  /** Only these rule ids (default: every rule of the catalogue). */
  rules?: string[];
  /** Leave these rule ids out. */
  exclude?: string[];
  /** Requirement level (default `base`); a rule without it uses its next lower level. */
  level?: Level;
  kinds?: RequirementKind[];
  stages?: Stage[];
  /** Language of the appendix (default `sv`). */
  lang?: Lang;
  meta?: TenderMeta;
  /** The officer's own DOCX template; without it the built-in template for `lang` is used. */
  template?: Uint8Array;
  /** The template's path, for messages. */
  templatePath?: string;
  format?: GenerateFormat;
  /** Document date, YYYY-MM-DD; wins over the metadata's `tender.date` and SOURCE_DATE_EPOCH. */
  date?: string;
  /** Also make the supplier's answer form (DOCX). */
  answerForm?: boolean;
  /** Also make the authority's annex, in this format. */
  annex?: AnnexFormat;
}

/** The appendix and what the officer should know about it. */
export interface GenerateResult {
  data: Uint8Array;
  /** One line each, in the chosen language. */
  warnings: string[];
  /** The selected rule ids (requirements, then checklist). */
  rules: string[];
  /** The supplier's answer form (DOCX), when asked for. */
  answerForm?: Uint8Array;
  /** The authority's annex, when asked for. */
  annex?: Uint8Array;
}

/**
 * Generates an appendix. Throws UserError for a bad selection, date or template (nothing is
 * returned then); everything else the officer should fill or check comes back as warnings.
 */
export async function generate(opts: GenerateOptions): Promise<GenerateResult> {
  const lang = opts.lang ?? 'sv';
  const format = opts.format ?? 'docx';
  assertOneOf('--format', [format], FORMATS, lang);
  const l = LABELS[lang];
  const t = opts.meta?.tender;
  const selection = selectRules(
    opts.catalogue,
    {
      ...opts,
      ...(t?.type ? { type: t.type } : {}),
      ...(t?.sector ? { sector: t.sector } : {}),
      ...(t?.procedure ? { procedure: t.procedure } : {}),
    },
    lang,
  );
  const date = resolveDate(opts.date, opts.meta, lang);
  const values = new MetaValues(opts.meta, lang, date);
  const appendix = buildAppendix(selection, values, opts.catalogue.packs);

  const warnings: string[] = [];
  let data: Uint8Array;
  if (format === 'md') {
    data = strToU8(renderMarkdown(appendix, values));
  } else if (format === 'json') {
    data = strToU8(renderJson(appendix, selection, values));
  } else {
    const docx = await renderDocx(appendix, values, { template: opts.template, templatePath: opts.templatePath, date });
    data = docx.data;
    warnings.push(...docx.warnings);
  }

  // The other outputs come from the same selection and model, so they always match the appendix.
  const extra: Pick<GenerateResult, 'answerForm' | 'annex'> = {};
  if (opts.answerForm) {
    const used = new Set(selection.supplier.map((c) => c.rule.pack));
    const packs = opts.catalogue.packs.filter((p) => used.has(p.id)).map((p) => ({ id: p.id, version: p.version }));
    extra.answerForm = await renderAnswerForm({ appendix, values, date, packs });
  }
  if (opts.annex) {
    assertOneOf('--annex', [opts.annex], ANNEX_FORMATS, lang);
    const annex = buildAnnex(appendix, selection, values);
    extra.annex =
      opts.annex === 'md'
        ? strToU8(renderAnnexMarkdown(appendix, annex, values))
        : await renderAnnexDocx(appendix, annex, values, date);
  }

  if (selection.fellBack.length > 0) {
    warnings.unshift(
      slot(l.warnings.fellBack, { level: l.levels[selection.level], ids: selection.fellBack.join(', ') }),
    );
  }
  for (const id of appendix.unscored) warnings.push(slot(l.warnings.noEvaluationGiven, { id }));
  if (selection.lovConditions.length > 0)
    warnings.push(slot(l.warnings.lovConditions, { ids: selection.lovConditions.join(', ') }));
  if (selection.lovLeftOut.length > 0)
    warnings.push(slot(l.warnings.lovLeftOut, { ids: selection.lovLeftOut.join(', ') }));
  if (format !== 'json' && values.missing.size > 0) {
    warnings.push(slot(l.warnings.missingFields, { keys: [...values.missing].sort().join(', ') }));
  }
  if (values.unknown.size > 0) {
    warnings.push(
      slot(l.warnings.unknownPlaceholders, {
        keys: [...values.unknown]
          .sort()
          .map((k) => `{{${k}}}`)
          .join(', '),
      }),
    );
  }
  return { data, warnings, rules: [...selection.supplier, ...selection.authority].map((c) => c.rule.id), ...extra };
}
