// Bids for the evaluate tests, made the way a tenderer makes them: the answer form from
// `generate` filled as Word fills it, an own DOCX (the docx library), Markdown. Small and fast;
// the full labelled set is eval/bids (npm run eval:evaluate).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8 } from 'fflate';
import { docxOf, fillForm } from '../../eval/bids/build.mjs';
import { generate } from '../../src/generate/index.js';
import type { TenderMeta } from '../../src/generate/index.js';
import { loadCatalogue, loadReading } from '../../src/packs/index.js';
import { evaluate, loadVocabulary, tenderFromJson, type EvaluateOptions } from '../../src/evaluate/index.js';
import type { EvaluationResult, Tender } from '../../src/evaluate/index.js';
import type { Lang } from '../../src/types.js';

export const META: TenderMeta = {
  tender: { title: 'Hemtjänst i Exempelby 2027', reference: 'KS 2026/0412', date: '2026-12-01', sector: 'care' },
  authority: { name: 'Exempelby kommun', kind: 'kommun' },
};

export interface Answer {
  ticked?: boolean;
  answer?: string;
  attachment?: string;
}

/** A tender at the leading level of both built-in packs: its appendix JSON and blank form. */
export async function tenderFiles(lang: Lang = 'sv', level: 'base' | 'leading' = 'leading') {
  const catalogue = await loadCatalogue({ lang });
  const r = await generate({ catalogue, lang, level, meta: META, format: 'json', answerForm: true });
  const json = strFromU8(r.data);
  const rules = (JSON.parse(json) as { rules: Array<{ id: string; number: number; title: string }> }).rules;
  return { catalogue, json, form: r.answerForm!, rules };
}

/** A fresh bids folder. */
export function bidsFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jamkrav-bids-'));
  mkdirSync(join(dir, 'anbud'));
  return dir;
}

/** Writes a filled form into the tenderer's folder. */
export function writeForm(
  dir: string,
  tenderer: string,
  form: Uint8Array,
  answers: Record<string, Answer>,
  who = { name: tenderer, org: '' },
  file = 'svarsformular.docx',
): string {
  mkdirSync(join(dir, 'anbud', tenderer), { recursive: true });
  const path = join(dir, 'anbud', tenderer, file);
  writeFileSync(path, fillForm(form, answers, who));
  return path;
}

/** Writes an own DOCX bid of headings and paragraphs (`## ` starts a heading). */
export async function writeDocx(dir: string, tenderer: string, lines: string[], file = 'anbud.docx'): Promise<string> {
  mkdirSync(join(dir, 'anbud', tenderer), { recursive: true });
  const blocks = lines.map((l) => (l.startsWith('## ') ? { kind: 'h2', text: l.slice(3) } : { kind: 'p', text: l }));
  const path = join(dir, 'anbud', tenderer, file);
  writeFileSync(path, await docxOf(blocks));
  return path;
}

/** Every requirement answered the same way. */
export function all(rules: ReadonlyArray<{ id: string }>, a: Answer): Record<string, Answer> {
  return Object.fromEntries(rules.map((r) => [r.id, a]));
}

/** Runs evaluate on `dir/anbud` against the appendix JSON. */
export async function run(
  dir: string,
  json: string,
  opts: Partial<EvaluateOptions> = {},
): Promise<{ result: EvaluationResult; tender: Tender }> {
  const lang = opts.lang ?? 'sv';
  const vocabulary = await loadVocabulary(undefined, lang);
  const catalogue = await loadCatalogue({ lang });
  const tender = tenderFromJson(json, 'bilaga.json', vocabulary, lang, catalogue);
  const reading = (await loadReading(undefined, lang)).spec!;
  const result = await evaluate({ tender, bids: [join(dir, 'anbud')], lang, vocabulary, reading, catalogue, ...opts });
  return { result, tender };
}

/** The status of one tenderer's requirement. */
export function status(r: EvaluationResult, tenderer: string, ruleId: string): string | undefined {
  const t = r.tenderers.find((x) => x.id === tenderer);
  return t?.cells?.find((c) => c.ruleId === ruleId)?.status;
}
