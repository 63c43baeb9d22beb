// `jamkrav generate`: flags → generate() → writeOutput → exit code. Warnings go to stderr.
import { lstat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { readUserFile } from '../fs/read.js';
import { DEFAULT_LIMITS } from '../documents/limits.js';
import { DEFAULT_RUN_LIMITS } from '../limits.js';
import { fmt, pickLang } from '../i18n.js';
import { FORMATS, generate, parseMeta } from '../generate/index.js';
import type { AnnexFormat, GenerateFormat, TenderMeta } from '../generate/index.js';
import { specialTarget } from '../output/special.js';
import { assertOneOf } from '../options.js';
import { loadCatalogue } from '../packs/index.js';
import { WRITE } from '../output/messages.js';
import { writeOutput } from '../output/write.js';
import type { Lang, Level, RequirementKind, Stage } from '../types.js';

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
  sv: {
    needOutput: 'ange en utdatafil med -o för docx (t.ex. -o bilaga.docx)',
    wrote: 'skrev {file} ({n} regler)',
    wroteForm: 'skrev svarsformuläret {file}',
    wroteAnnex: 'skrev bilagan för myndigheten {file}',
    same: 'samma fil anges för {a} och {b}; ge varje utdata en egen fil',
  },
  en: {
    needOutput: 'give an output file with -o for docx (e.g. -o appendix.docx)',
    wrote: 'wrote {file} ({n} rules)',
    wroteForm: 'wrote the answer form {file}',
    wroteAnnex: 'wrote the annex for the authority {file}',
    same: 'the same file is given for {a} and {b}; give each output its own file',
  },
} as const;


/** The format from --format, else from the output's extension, else docx. */
function formatOf(flags: GenerateFlags, lang: Lang): GenerateFormat {
  if (flags.format !== undefined) {
    const values = [flags.format];
    assertOneOf('--format', values, FORMATS, lang);
    return values[0]!;
  }
  const ext = flags.output ? extname(flags.output).toLowerCase() : '';
  return ext === '.md' || ext === '.markdown' ? 'md' : ext === '.json' ? 'json' : 'docx';
}

/** The annex's format from its extension: Markdown for .md, else DOCX. */
function annexFormatOf(file: string): AnnexFormat {
  const ext = extname(file).toLowerCase();
  return ext === '.md' || ext === '.markdown' ? 'md' : 'docx';
}

/**
 * Every output is checked before any is written: no two flags name one file, and without --force
 * none exists yet. Otherwise the appendix could be written and the annex then refused, leaving a
 * half-done set. (writeOutput still checks each again at the moment of writing.)
 */
async function checkTargets(targets: Array<[flag: string, file: string]>, force: boolean, lang: Lang): Promise<void> {
  const m = MSG[lang];
  for (let i = 0; i < targets.length; i++) {
    for (let j = 0; j < i; j++) {
      if (resolve(targets[i]![1]) === resolve(targets[j]![1])) throw new UserError(targets[i]![1], m.same.replace('{a}', targets[j]![0]).replace('{b}', targets[i]![0]));
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
  if (format === 'docx' && !flags.output) throw new UserError('-o', MSG[lang].needOutput);

  // Cheap checks first, so a bad input never costs the work of generating.
  let meta: TenderMeta | undefined;
  // Checked like every file read (a regular file, under its size limit, opened without blocking).
  const metaBytes = flags.meta ? readUserFile(flags.meta, { lang, maxBytes: DEFAULT_RUN_LIMITS.maxDataFileBytes }) : undefined;
  if (flags.meta && metaBytes) meta = await parseMeta(flags.meta, metaBytes.toString('utf8'), lang);
  const template = flags.template ? new Uint8Array(readUserFile(flags.template, { lang, maxBytes: DEFAULT_LIMITS.maxFileBytes })) : undefined;
  const catalogue = await loadCatalogue({ lang, ...(flags.pack?.length ? { packs: flags.pack } : {}) });
  const targets: Array<[string, string]> = [
    ...(flags.output ? [['-o', flags.output] as [string, string]] : []),
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
    ...(flags.annex ? { annex: annexFormatOf(flags.annex) } : {}),
  });

  if (flags.output) {
    await writeOutput(flags.output, result.data, { force: flags.force, lang });
  } else {
    process.stdout.write(result.data);
  }
  for (const w of result.warnings) process.stderr.write(`jamkrav: ${lang === 'sv' ? 'varning' : 'warning'}: ${w}\n`);
  if (flags.answerForm && result.answerForm) await writeOutput(flags.answerForm, result.answerForm, { force: flags.force, lang });
  if (flags.annex && result.annex) await writeOutput(flags.annex, result.annex, { force: flags.force, lang });
  if (flags.output) {
    process.stderr.write(`jamkrav: ${MSG[lang].wrote.replace('{file}', flags.output).replace('{n}', String(result.rules.length))}\n`);
  }
  if (flags.answerForm) process.stderr.write(`jamkrav: ${MSG[lang].wroteForm.replace('{file}', flags.answerForm)}\n`);
  if (flags.annex) process.stderr.write(`jamkrav: ${MSG[lang].wroteAnnex.replace('{file}', flags.annex)}\n`);
  return 0;
}
