// From manifest to plan: defaults applied, paths resolved against the manifest's folder, output
// names checked. Nothing is generated or written here.
import { lstat } from 'node:fs/promises';
import { extname, relative, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { fmt } from '../i18n.js';
import type { AnnexFormat, GenerateFormat } from '../generate/index.js';
import type { Lang } from '../types.js';
import type { LoadedManifest } from './manifest.js';
import { OUTPUT } from './messages.js';
import { normaliseOutput, outputProblems } from './outputs.js';
import { ManifestError, sortProblems } from './problems.js';
import type { MetaLayer, PlannedTender, TenderSettings } from './types.js';

/** Where the plan writes, and how it names things. */
export interface PlanOptions {
  /** The --out folder (absolute or relative to `cwd`). */
  out: string;
  /** The appendix language when neither the tender nor the defaults give one. */
  lang: Lang;
  /** Messages name files relative to this folder (default: the working directory). */
  cwd?: string;
}

/** The format `jamkrav generate` would infer from an output name: .md/.markdown, .json, else docx. */
export function formatFromName(name: string): GenerateFormat {
  const ext = extname(name).toLowerCase();
  return ext === '.md' || ext === '.markdown' ? 'md' : ext === '.json' ? 'json' : 'docx';
}

/** `hemtjanst.docx` → `hemtjanst-form.docx`: a companion output's name beside the appendix. */
export function companionName(output: string, suffix: string): string {
  const ext = extname(output);
  return `${ext ? output.slice(0, -ext.length) : output}${suffix}`;
}

/** The annex's format from its name: Markdown for .md, else DOCX. */
function annexFormatOf(name: string): AnnexFormat {
  const ext = extname(name).toLowerCase();
  return ext === '.md' || ext === '.markdown' ? 'md' : 'docx';
}

/** A pack as `loadCatalogue` takes it: built-in ids (no slash or dot) as they are, paths made absolute. */
function resolvePack(name: string, dir: string): string {
  return /[\\/.]/.test(name) ? resolve(dir, name) : name;
}

function metaLayer(meta: TenderSettings['meta'], dir: string, cwd: string): MetaLayer[] {
  if (meta === undefined) return [];
  if (typeof meta === 'string') {
    const file = resolve(dir, meta);
    return [{ file, shown: relative(cwd, file) || meta }];
  }
  return [{ inline: meta }];
}

/**
 * Plans every tender of a manifest. Throws ManifestError listing every output problem, or a
 * UserError when --out exists and is not a folder.
 */
export async function planBatch(manifest: LoadedManifest, opts: PlanOptions): Promise<PlannedTender[]> {
  const cwd = opts.cwd ?? process.cwd();
  const out = resolve(cwd, opts.out);
  const st = await lstat(out).catch(() => undefined);
  if (st && !st.isDirectory() && !st.isSymbolicLink())
    throw new UserError('--out', fmt(opts.lang, OUTPUT.outNotDir, { out: opts.out }));

  const defaults = manifest.data.defaults ?? {};
  const dir = manifest.dir;
  const tenders = manifest.data.tenders.map((entry, index): PlannedTender => {
    const pick = <K extends keyof TenderSettings>(key: K): TenderSettings[K] => entry[key] ?? defaults[key];
    const output = normaliseOutput(entry.output);
    const template = pick('template');
    const templateFile = template === undefined ? undefined : resolve(dir, template);
    const packs = pick('packs');
    const formPick = pick('answerForm');
    const annexPick = pick('annex');
    const formName =
      formPick === true
        ? companionName(output, '-form.docx')
        : typeof formPick === 'string'
          ? normaliseOutput(formPick)
          : undefined;
    const annexName =
      annexPick === true
        ? companionName(output, '-annex.docx')
        : typeof annexPick === 'string'
          ? normaliseOutput(annexPick)
          : undefined;
    const optional = {
      ...(pick('level') !== undefined ? { level: pick('level') } : {}),
      ...(pick('rules') !== undefined ? { rules: pick('rules') } : {}),
      ...(pick('exclude') !== undefined ? { exclude: pick('exclude') } : {}),
      ...(pick('kinds') !== undefined ? { kinds: pick('kinds') } : {}),
      ...(pick('stages') !== undefined ? { stages: pick('stages') } : {}),
      ...(pick('date') !== undefined ? { date: pick('date') } : {}),
      ...(templateFile ? { template: { file: templateFile, shown: relative(cwd, templateFile) || template! } } : {}),
      ...(formName ? { answerForm: { output: formName, target: resolve(out, formName) } } : {}),
      ...(annexName
        ? { annex: { output: annexName, target: resolve(out, annexName), format: annexFormatOf(annexName) } }
        : {}),
    };
    return {
      index,
      place: manifest.placeOf(index),
      output,
      target: resolve(out, output),
      format: pick('format') ?? formatFromName(output),
      lang: pick('lang') ?? opts.lang,
      packs: (packs ?? []).map((p) => resolvePack(p, dir)),
      meta: [...metaLayer(defaults.meta, dir, cwd), ...metaLayer(entry.meta, dir, cwd)],
      ...optional,
    };
  });

  // Every output of every tender is checked together: a form may not overwrite another's appendix.
  const checks = tenders.flatMap((t) => [
    { name: manifest.data.tenders[t.index]!.output, target: t.target, place: manifest.placeOf(t.index, 'output') },
    ...(t.answerForm
      ? [{ name: t.answerForm.output, target: t.answerForm.target, place: manifest.placeOf(t.index, 'answerForm') }]
      : []),
    ...(t.annex ? [{ name: t.annex.output, target: t.annex.target, place: manifest.placeOf(t.index, 'annex') }] : []),
  ]);
  const problems = await outputProblems(checks, out, opts.lang);
  if (problems.length > 0) throw new ManifestError(sortProblems(problems), opts.lang);
  return tenders;
}
