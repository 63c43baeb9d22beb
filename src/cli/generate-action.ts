// `jamkrav generate`: flags → generate() → writeOutput → exit code. Warnings go to stderr.
import { extname } from 'node:path';
import { UserError } from '../errors.js';
import { readUserFile } from '../fs/read.js';
import { DEFAULT_LIMITS } from '../documents/limits.js';
import { DEFAULT_RUN_LIMITS } from '../limits.js';
import { pickLang } from '../i18n.js';
import { FORMATS, generate, parseMeta } from '../generate/index.js';
import type { GenerateFormat, TenderMeta } from '../generate/index.js';
import { assertOneOf } from '../options.js';
import { loadCatalogue } from '../packs/index.js';
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
}

const MSG = {
  sv: {
    needOutput: 'ange en utdatafil med -o för docx (t.ex. -o bilaga.docx)',
    wrote: 'skrev {file} ({n} regler)',
  },
  en: {
    needOutput: 'give an output file with -o for docx (e.g. -o appendix.docx)',
    wrote: 'wrote {file} ({n} rules)',
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
  });

  if (flags.output) {
    await writeOutput(flags.output, result.data, { force: flags.force, lang });
  } else {
    process.stdout.write(result.data);
  }
  for (const w of result.warnings) process.stderr.write(`jamkrav: ${lang === 'sv' ? 'varning' : 'warning'}: ${w}\n`);
  if (flags.output) {
    process.stderr.write(`jamkrav: ${MSG[lang].wrote.replace('{file}', flags.output).replace('{n}', String(result.rules.length))}\n`);
  }
  return 0;
}
