// Before any appendix is made: read each metadata file and template once, load each distinct
// pack set once, and turn every tender into a job. A tender whose inputs fail is a failure of
// that tender alone; the others go on.
import { DEFAULT_LIMITS } from '../limits/read.js';
import { readUserFile } from '../fs/read.js';
import { DEFAULT_RUN_LIMITS } from '../limits.js';
import { parseMeta } from '../generate/index.js';
import type { TenderMeta } from '../generate/index.js';
import { isUserError } from '../errors.js';
import { loadCatalogue } from '../packs/index.js';
import type { Catalogue, Lang } from '../types.js';
import type { Job, JobShared } from './job.js';
import type { MetaLayer, PlannedTender } from './types.js';

/** Jobs ready to run, and the tenders that already failed (index → one line). */
export interface Prepared extends JobShared {
  catalogues: Map<string, Catalogue>;
  templates: Map<string, Uint8Array>;
  jobs: Job[];
  failures: Map<number, string>;
  /** The title each tender's metadata gives, for the summary. */
  titles: Map<number, string>;
}

/** An input file read as `jamkrav generate` reads it: the same checks, the same one-line messages. */
async function readInput(file: string, shown: string, lang: Lang, maxBytes: number): Promise<Uint8Array> {
  return new Uint8Array(readUserFile(file, { shown, lang, maxBytes }));
}

/** Loads each distinct key once; a failure is remembered as its message line. */
class Once<T> {
  private readonly cache = new Map<string, Promise<T>>();
  get(key: string, load: () => Promise<T>): Promise<T> {
    let p = this.cache.get(key);
    if (!p) {
      p = load();
      p.catch(() => undefined); // Handled where it is awaited; this only silences the unhandled copy.
      this.cache.set(key, p);
    }
    return p;
  }
}

const lineOf = (e: unknown): string => (isUserError(e) ? e.toLine() : e instanceof Error ? e.message : String(e));

/** Later layers win, field by field within `tender`, `authority` and `fields`. */
export function mergeMeta(layers: readonly TenderMeta[]): TenderMeta | undefined {
  if (layers.length === 0) return undefined;
  if (layers.length === 1) return layers[0];
  const out: TenderMeta = {};
  for (const layer of layers) {
    if (layer.tender) out.tender = { ...out.tender, ...layer.tender };
    if (layer.authority) out.authority = { ...out.authority, ...layer.authority };
    if (layer.fields) out.fields = { ...out.fields, ...layer.fields };
  }
  return out;
}

/**
 * Loads every input the tenders share and builds their jobs. `lang` is the language of messages
 * (metadata files are parsed with it, as `jamkrav generate` does).
 */
export async function prepareBatch(tenders: readonly PlannedTender[], lang: Lang): Promise<Prepared> {
  const metas = new Once<TenderMeta>();
  const templates = new Once<Uint8Array>();
  const catalogues = new Once<Catalogue>();
  const prepared: Prepared = {
    jobs: [],
    failures: new Map(),
    titles: new Map(),
    catalogues: new Map(),
    templates: new Map(),
  };

  const loadLayer = (layer: MetaLayer): Promise<TenderMeta> =>
    'inline' in layer
      ? Promise.resolve(layer.inline)
      : metas.get(layer.file, async () =>
          parseMeta(
            layer.shown,
            new TextDecoder().decode(
              await readInput(layer.file, layer.shown, lang, DEFAULT_RUN_LIMITS.maxDataFileBytes),
            ),
            lang,
          ),
        );

  for (const t of tenders) {
    try {
      const meta = mergeMeta(await Promise.all(t.meta.map(loadLayer)));
      if (meta?.tender?.title) prepared.titles.set(t.index, meta.tender.title);
      const catalogueKey = JSON.stringify(t.packs);
      const catalogue = await catalogues.get(catalogueKey, () =>
        loadCatalogue({ lang, ...(t.packs.length ? { packs: t.packs } : {}) }),
      );
      prepared.catalogues.set(catalogueKey, catalogue);
      let templateKey: string | undefined;
      if (t.template) {
        const { file, shown } = t.template;
        prepared.templates.set(
          file,
          await templates.get(file, () => readInput(file, shown, lang, DEFAULT_LIMITS.maxFileBytes)),
        );
        templateKey = file;
      }
      prepared.jobs.push({
        index: t.index,
        catalogue: catalogueKey,
        ...(templateKey ? { template: templateKey } : {}),
        lang,
        options: {
          lang: t.lang,
          format: t.format,
          ...(t.rules ? { rules: t.rules } : {}),
          ...(t.exclude ? { exclude: t.exclude } : {}),
          ...(t.level ? { level: t.level } : {}),
          ...(t.kinds ? { kinds: t.kinds } : {}),
          ...(t.stages ? { stages: t.stages } : {}),
          ...(meta ? { meta } : {}),
          ...(t.template ? { templatePath: t.template.shown } : {}),
          ...(t.date ? { date: t.date } : {}),
          ...(t.answerForm ? { answerForm: true } : {}),
          ...(t.annex ? { annex: t.annex.format } : {}),
        },
      });
    } catch (e) {
      prepared.failures.set(t.index, lineOf(e));
    }
  }
  return prepared;
}
