// `jamkrav generate`: flags → generate() → writeOutput → exit code. Warnings go to stderr.
import { lstat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { readUserFile } from '../fs/read.js';
import { DEFAULT_LIMITS } from '../limits/read.js';
import { DEFAULT_RUN_LIMITS } from '../limits.js';
import { fmt, pickLang } from '../i18n.js';
import { FORMATS, generate, parseMeta } from '../generate/index.js';
import type { AnnexFormat, GenerateFormat, TenderMeta } from '../generate/index.js';
import { specialTarget } from '../fs/special.js';
import { assertOneOf } from '../options.js';
import { loadCatalogue } from '../packs/index.js';
import { WRITE } from '../fs/messages.js';
import { outputNameProblem, writeOutput } from '../fs/write.js';
import type { Lang, Level, RequirementKind, Stage, Text } from '../types.js';

interface GenerateFlags {
  lang?: string;
  output?: string;
  pack?: string[];
  rule?: string[];
  exclude?: string[];
  level?: string;
  kind?: string[];
  stage?: string[];
  meta?: string;
  template?: string;
  format?: string;
  date?: string;
  force?: boolean;
  answerForm?: string;
  annex?: string;
}

const MSG = {
  warning: { sv: 'varning', en: 'warning' },
  needOutput: {
    sv: 'ange en utdatafil med -o för docx (t.ex. -o bilaga.docx)',
    en: 'give an output file with -o for docx (e.g. -o appendix.docx)',
  },
  wrote: { sv: 'skrev {file} ({n} regler)', en: 'wrote {file} ({n} rules)' },
  wroteForm: { sv: 'skrev svarsformuläret {file}', en: 'wrote the answer form {file}' },
  wroteAnnex: { sv: 'skrev bilagan för myndigheten {file}', en: 'wrote the annex for the authority {file}' },
  same: {
    sv: 'samma fil anges för {a} och {b}; ge varje utdata en egen fil',
    en: 'the same file is given for {a} and {b}; give each output its own file',
  },
  contradicts: {
    sv: 'filändelsen {ext} stämmer inte med --format {format}',
    en: 'the extension {ext} contradicts --format {format}',
  },
  docxName: {
    sv: 'en DOCX-bilaga ska heta något.docx, inte {ext}',
    en: 'a DOCX appendix should be named something.docx, not {ext}',
  },
  unknownExt: {
    sv: 'kan inte avgöra formatet av filändelsen {ext}: använd .docx, .md eller .json, eller ange --format',
    en: 'cannot tell the format from the extension {ext}: use .docx, .md or .json, or give --format',
  },
  annexExt: {
    sv: 'bilagan för myndigheten skrivs som .docx eller .md, inte {ext}',
    en: 'the annex for the authority is written as .docx or .md, not {ext}',
  },
  docxStdout: {
    sv: 'DOCX kan inte skrivas till standard ut: ange en fil med -o (t.ex. -o bilaga.docx)',
    en: 'DOCX cannot be written to standard output: give a file with -o (e.g. -o appendix.docx)',
  },
} as const satisfies Record<string, Text>;

/** The format each output extension stands for. */
const EXTENSIONS: Record<string, GenerateFormat> = { '.docx': 'docx', '.md': 'md', '.markdown': 'md', '.json': 'json' };

/**
 * The format from --format, else from the output's extension, else docx (no output: standard
 * output). An extension that contradicts --format, or that tells no format, is an error: a
 * Markdown appendix in a `.docx` file, or a DOCX in `x.txt`, would only surprise the reader.
 */
function formatOf(flags: GenerateFlags, lang: Lang): GenerateFormat {
  const output = flags.output === '-' ? undefined : flags.output;
  const ext = output ? extname(output).toLowerCase() : '';
  const implied = EXTENSIONS[ext];
  if (flags.format !== undefined) {
    const values = [flags.format];
    assertOneOf('--format', values, FORMATS, lang);
    const format = values[0]!;
    if (output && implied !== undefined && implied !== format)
      throw new UserError(output, fmt(lang, MSG.contradicts, { ext, format }));
    if (output && implied === undefined && format === 'docx')
      throw new UserError(output, fmt(lang, MSG.docxName, { ext: ext || '""' }));
    return format;
  }
  if (!output) return flags.output === '-' ? 'md' : 'docx';
  // A name that cannot be written at all is said as such (by writeOutput); a device or FIFO has no extension to go by.
  if (
    implied === undefined &&
    (outputNameProblem(output, lang) !== undefined || specialTarget(resolve(output)) !== undefined)
  )
    return 'docx';
  if (implied === undefined) throw new UserError(output, fmt(lang, MSG.unknownExt, { ext: ext || '""' }));
  return implied;
}

/** The annex's format from its extension: Markdown for .md, DOCX for .docx. */
function annexFormatOf(file: string, lang: Lang): AnnexFormat {
  const ext = extname(file).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'md';
  if (ext === '.docx') return 'docx';
  throw new UserError(file, fmt(lang, MSG.annexExt, { ext: ext || '""' }));
}

/**
 * Every output is checked before any is written: no two flags name one file, and without --force
 * none exists yet. Otherwise the appendix could be written and the annex then refused, leaving a
 * half-done set. (writeOutput still checks each again at the moment of writing.)
 */
async function checkTargets(targets: Array<[flag: string, file: string]>, force: boolean, lang: Lang): Promise<void> {
  for (let i = 0; i < targets.length; i++) {
    for (let j = 0; j < i; j++) {
      if (resolve(targets[i]![1]) === resolve(targets[j]![1]))
        throw new UserError(targets[i]![1], fmt(lang, MSG.same, { a: targets[j]![0], b: targets[i]![0] }));
    }
  }
  if (force) return;
  for (const [, file] of targets) {
    if (specialTarget(resolve(file)) !== undefined) continue;
    const st = await lstat(file).catch(() => undefined);
    if (st && !st.isDirectory()) throw new UserError(file, fmt(lang, WRITE.exists));
  }
}

/**
 * Runs `jamkrav generate`: reads the inputs, generates, writes atomically, prints warnings.
 * Returns the exit code; a UserError propagates to main(), which prints it as one line (exit 2).
 */
export async function generateAction(flags: GenerateFlags): Promise<number> {
  const lang = pickLang(flags.lang);
  const format = formatOf(flags, lang);
  if (format === 'docx' && flags.output === '-') throw new UserError('-o', fmt(lang, MSG.docxStdout));
  if (format === 'docx' && !flags.output) throw new UserError('-o', fmt(lang, MSG.needOutput));
  // `-o -` is standard output, as the format is text.
  const output = flags.output === '-' ? undefined : flags.output;
  if (flags.annex) annexFormatOf(flags.annex, lang);

  // Cheap checks first, so a bad input never costs the work of generating.
  let meta: TenderMeta | undefined;
  // Checked like every file read (a regular file, under its size limit, opened without blocking).
  const metaBytes = flags.meta
    ? readUserFile(flags.meta, { lang, maxBytes: DEFAULT_RUN_LIMITS.maxDataFileBytes })
    : undefined;
  if (flags.meta && metaBytes) meta = await parseMeta(flags.meta, metaBytes.toString('utf8'), lang);
  const template = flags.template
    ? new Uint8Array(readUserFile(flags.template, { lang, maxBytes: DEFAULT_LIMITS.maxFileBytes }))
    : undefined;
  const catalogue = await loadCatalogue({ lang, ...(flags.pack?.length ? { packs: flags.pack } : {}) });
  const targets: Array<[string, string]> = [
    ...(output ? [['-o', output] as [string, string]] : []),
    ...(flags.answerForm ? [['--answer-form', flags.answerForm] as [string, string]] : []),
    ...(flags.annex ? [['--annex', flags.annex] as [string, string]] : []),
  ];
  await checkTargets(targets, flags.force ?? false, lang);

  const result = await generate({
    catalogue,
    lang,
    format,
    ...(flags.rule ? { rules: flags.rule } : {}),
    ...(flags.exclude ? { exclude: flags.exclude } : {}),
    ...(flags.level ? { level: flags.level as Level } : {}),
    ...(flags.kind ? { kinds: flags.kind as RequirementKind[] } : {}),
    ...(flags.stage ? { stages: flags.stage as Stage[] } : {}),
    ...(meta ? { meta } : {}),
    ...(template ? { template, templatePath: flags.template } : {}),
    ...(flags.date ? { date: flags.date } : {}),
    ...(flags.answerForm ? { answerForm: true } : {}),
    ...(flags.annex ? { annex: annexFormatOf(flags.annex, lang) } : {}),
  });

  if (output) {
    await writeOutput(output, result.data, { force: flags.force, lang });
  } else {
    process.stdout.write(result.data);
  }
  for (const w of result.warnings) process.stderr.write(`jamkrav: ${fmt(lang, MSG.warning)}: ${w}\n`);
  if (flags.answerForm && result.answerForm)
    await writeOutput(flags.answerForm, result.answerForm, { force: flags.force, lang });
  if (flags.annex && result.annex) await writeOutput(flags.annex, result.annex, { force: flags.force, lang });
  if (output) {
    process.stderr.write(`jamkrav: ${fmt(lang, MSG.wrote, { file: output, n: result.rules.length })}\n`);
  }
  if (flags.answerForm) process.stderr.write(`jamkrav: ${fmt(lang, MSG.wroteForm, { file: flags.answerForm })}\n`);
  if (flags.annex) process.stderr.write(`jamkrav: ${fmt(lang, MSG.wroteAnnex, { file: flags.annex })}\n`);
  return 0;
}
