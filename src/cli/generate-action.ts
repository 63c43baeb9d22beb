// `jamkrav generate`: flags → generate() → writeOutput → exit code. Warnings go to stderr.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { UserError } from '../errors.js';
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
    notFound: 'filen finns inte',
    noAccess: 'filen går inte att läsa (saknar behörighet)',
    isDir: 'är en katalog, inte en fil',
    unreadable: 'filen går inte att läsa ({code})',
    needOutput: 'ange en utdatafil med -o för docx (t.ex. -o bilaga.docx)',
    wrote: 'skrev {file} ({n} regler)',
  },
  en: {
    notFound: 'the file does not exist',
    noAccess: 'the file cannot be read (no permission)',
    isDir: 'is a directory, not a file',
    unreadable: 'the file cannot be read ({code})',
    needOutput: 'give an output file with -o for docx (e.g. -o appendix.docx)',
    wrote: 'wrote {file} ({n} rules)',
  },
} as const;

/** Reads an input file, turning file-system errors into one-line UserErrors naming it. */
async function readInput(file: string, lang: Lang): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (e) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
    const m = MSG[lang];
    const text = code === 'ENOENT' ? m.notFound : code === 'EACCES' || code === 'EPERM' ? m.noAccess : code === 'EISDIR' ? m.isDir : m.unreadable.replace('{code}', code);
    throw new UserError(file, text);
  }
}

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
  if (flags.meta) meta = await parseMeta(flags.meta, (await readInput(flags.meta, lang)).toString('utf8'), lang);
  const template = flags.template ? new Uint8Array(await readInput(flags.template, lang)) : undefined;
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
