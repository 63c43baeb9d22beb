// `jamkrav evaluate`: flags → tender + bids → evaluate() → outputs written atomically → exit code
// (0 every bid answers every mandatory requirement, 1 one does not or has a reservation, 2 input
// that could not be used). Each unusable file is named on stderr in one line.
import { lstat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { strToU8 } from 'fflate';
import { UserError } from '../errors.js';
import { readUserFile } from '../fs/read.js';
import { DEFAULT_LIMITS } from '../limits/read.js';
import { DEFAULT_RUN_LIMITS } from '../limits.js';
import { fmt, pickLang } from '../i18n.js';
import { parseMeta, type TenderMeta } from '../generate/index.js';
import { resolveDate } from '../generate/meta.js';
import {
  evaluate,
  exitCodeOf,
  loadVocabulary,
  readScores,
  tenderFromDocx,
  tenderFromJson,
  tenderFromSelection,
  type Tender,
} from '../evaluate/index.js';
import { MSG } from '../evaluate/messages.js';
import { evaluationCsv } from '../evaluate/format/csv.js';
import { evaluationHtml } from '../evaluate/format/html.js';
import { evaluationJson } from '../evaluate/format/json.js';
import { evaluationProtocol } from '../evaluate/format/protocol.js';
import { evaluationText } from '../evaluate/format/text.js';
import type { EvaluationResult } from '../evaluate/types.js';
import { specialTarget } from '../fs/special.js';
import { WRITE } from '../fs/messages.js';
import { writeOutput } from '../fs/write.js';
import { oneOf } from '../options.js';
import { loadCatalogue, loadReading, problemsError } from '../packs/index.js';
import type { Lang, Level, TenderType } from '../types.js';

interface EvaluateFlags {
  lang?: string;
  tender?: string;
  output?: string[];
  format?: string;
  scores?: string;
  priceWeight?: string;
  public?: boolean;
  maskNames?: boolean;
  vocabulary?: string;
  pack?: string[];
  rule?: string[];
  exclude?: string[];
  level?: string;
  type?: string;
  meta?: string;
  date?: string;
  force?: boolean;
}

const OUTPUTS = { '.docx': 'docx', '.html': 'html', '.htm': 'html', '.json': 'json', '.csv': 'csv' } as const;
type OutputFormat = (typeof OUTPUTS)[keyof typeof OUTPUTS];

const M = {
  outputExt: {
    sv: 'skrivs som .docx (protokoll), .html (matris), .json eller .csv, inte {ext}',
    en: 'is written as .docx (record), .html (matrix), .json or .csv, not {ext}',
  },
  same: { sv: 'samma fil anges två gånger med -o', en: 'the same file is given twice with -o' },
  priceWeight: {
    sv: '"{value}": ange en vikt i procent, större än 0 och högst 100',
    en: '"{value}": give a weight in percent, above 0 and at most 100',
  },
  wrote: { sv: 'skrev {file}', en: 'wrote {file}' },
} as const;

/** The format of each -o file, by extension; checked before any work is done. */
function outputsOf(files: readonly string[], lang: Lang): Array<[string, OutputFormat]> {
  return files.map((file) => {
    const ext = extname(file).toLowerCase();
    const format = Object.hasOwn(OUTPUTS, ext) ? OUTPUTS[ext as keyof typeof OUTPUTS] : undefined;
    if (!format) throw new UserError(file, fmt(lang, M.outputExt, { ext: ext || '""' }));
    return [file, format];
  });
}

/** Every output checked before any is written: none twice, and without --force none existing. */
async function checkTargets(files: readonly string[], force: boolean, lang: Lang): Promise<void> {
  const seen = new Set<string>();
  for (const f of files) {
    if (seen.has(resolve(f))) throw new UserError(f, fmt(lang, M.same));
    seen.add(resolve(f));
    if (force || specialTarget(resolve(f)) !== undefined) continue;
    const st = await lstat(f).catch(() => undefined);
    if (st && !st.isDirectory()) throw new UserError(f, fmt(lang, WRITE.exists));
  }
}

/** The tender: the appendix file given, or the selection flags as generate reads them. */
async function tenderOf(flags: EvaluateFlags, lang: Lang, vocabulary: Awaited<ReturnType<typeof loadVocabulary>>) {
  const catalogue = await loadCatalogue({ lang, ...(flags.pack?.length ? { packs: flags.pack } : {}) });
  if (flags.tender) {
    const ext = extname(flags.tender).toLowerCase();
    if (ext !== '.json' && ext !== '.docx') throw new UserError(flags.tender, fmt(lang, MSG.tenderFormat));
    if (ext === '.json') {
      const text = readUserFile(flags.tender, { lang, maxBytes: DEFAULT_RUN_LIMITS.maxDataFileBytes }).toString('utf8');
      return { tender: tenderFromJson(text, flags.tender, vocabulary, lang, catalogue), catalogue };
    }
    const bytes = new Uint8Array(readUserFile(flags.tender, { lang, maxBytes: DEFAULT_LIMITS.maxFileBytes }));
    return { tender: await tenderFromDocx(bytes, flags.tender, catalogue, vocabulary, lang), catalogue };
  }
  if (!flags.pack && !flags.rule && !flags.level && !flags.meta && !flags.exclude && !flags.type)
    throw new UserError('--tender', fmt(lang, MSG.noTender));
  let meta: TenderMeta | undefined;
  if (flags.meta)
    meta = await parseMeta(
      flags.meta,
      readUserFile(flags.meta, { lang, maxBytes: DEFAULT_RUN_LIMITS.maxDataFileBytes }).toString('utf8'),
      lang,
    );
  const level = oneOf<Level>(flags.level, ['base', 'advanced', 'leading'], '--level', lang);
  const type = oneOf<TenderType>(flags.type, ['services', 'goods', 'works'], '--type', lang);
  const tender: Tender = await tenderFromSelection(
    {
      catalogue,
      ...(flags.rule ? { rules: flags.rule } : {}),
      ...(flags.exclude ? { exclude: flags.exclude } : {}),
      ...(level ? { level } : {}),
      ...(type ? { type } : {}),
      ...(meta ? { meta } : {}),
    },
    vocabulary,
    lang,
  );
  return { tender, catalogue };
}

async function render(
  r: EvaluationResult,
  format: OutputFormat | 'text',
  date: string | undefined,
): Promise<Uint8Array> {
  if (format === 'docx') return evaluationProtocol(r, date);
  const text =
    format === 'html'
      ? evaluationHtml(r)
      : format === 'json'
        ? evaluationJson(r)
        : format === 'csv'
          ? evaluationCsv(r)
          : evaluationText(r);
  return strToU8(text);
}

/** Runs `jamkrav evaluate`. A UserError propagates to main(), which prints it as one line (exit 2). */
export async function evaluateAction(bids: string[], flags: EvaluateFlags): Promise<number> {
  const lang = pickLang(flags.lang);
  if (bids.length === 0) throw new UserError('', fmt(lang, MSG.noBids));
  const stdout = oneOf(flags.format, ['text', 'json', 'csv'] as const, '--format', lang) ?? 'text';
  const outputs = outputsOf(flags.output ?? [], lang);
  let priceWeight: number | undefined;
  if (flags.priceWeight !== undefined) {
    priceWeight = Number(flags.priceWeight.replace(',', '.'));
    if (!Number.isFinite(priceWeight) || priceWeight <= 0 || priceWeight > 100)
      throw new UserError('--price-weight', fmt(lang, M.priceWeight, { value: flags.priceWeight }));
  }
  const date = resolveDate(flags.date, undefined, lang);
  await checkTargets(
    outputs.map(([f]) => f),
    flags.force ?? false,
    lang,
  );

  const vocabulary = await loadVocabulary(flags.vocabulary, lang);
  const read = await loadReading(undefined, lang);
  if (!read.spec) throw problemsError(read.problems, lang);
  const { tender, catalogue } = await tenderOf(flags, lang, vocabulary);
  const scores = flags.scores ? await readScores(flags.scores, lang) : undefined;

  const result = await evaluate({
    tender,
    bids,
    lang,
    vocabulary,
    reading: read.spec,
    catalogue,
    ...(scores ? { scores } : {}),
    ...(priceWeight !== undefined ? { priceWeight } : {}),
    ...(flags.public ? { public: true } : {}),
    ...(flags.maskNames ? { maskNames: true } : {}),
  });

  // Every unusable input in one line each, as lint names its unreadable files.
  for (const p of [...result.problems, ...result.tenderers.flatMap((t) => t.problems)])
    process.stderr.write(`jamkrav: ${p.file}: ${p.message}\n`);
  for (const [file, format] of outputs) {
    await writeOutput(file, await render(result, format, date), { force: flags.force, lang });
    process.stderr.write(`jamkrav: ${fmt(lang, M.wrote, { file })}\n`);
  }
  process.stdout.write(await render(result, stdout, date));
  return exitCodeOf(result);
}
