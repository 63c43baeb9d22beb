// Each contract's appendix as follow-up needs it: the rules at their levels and the follow-up
// plan's occasions. From the JSON `jamkrav generate --format json` wrote when the contract was
// awarded, or made now from packs, level and metadata the way generate makes it. A contract whose
// appendix cannot be used is a problem of that contract alone.
import { strFromU8 } from 'fflate';
import { UserError, isUserError } from '../errors.js';
import { readUserFile } from '../fs/read.js';
import { generate, parseMeta } from '../generate/index.js';
import { fmt } from '../i18n.js';
import { DEFAULT_RUN_LIMITS } from '../limits.js';
import { loadCatalogue } from '../packs/index.js';
import { LEVELS } from '../types.js';
import type { Catalogue, Lang, Level } from '../types.js';
import { APPENDIX } from './messages.js';
import type { Contract, ContractEntry, ContractOccasion, ContractRule, Occasion } from './types.js';

const OCCASIONS: readonly Occasion[] = ['start-up', 'half-yearly', 'yearly', 'ongoing', 'end'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): v is string => typeof v === 'string';

/** Reads the appendix JSON's parts that follow-up uses; throws UserError naming the first bad field. */
export function parseAppendixJson(
  text: string,
  file: string,
  lang: Lang,
): { lang: string; rules: ContractRule[]; occasions: ContractOccasion[] } {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new UserError(file, fmt(lang, APPENDIX.notJson, { detail: e instanceof Error ? e.message : String(e) }));
  }
  const bad = (field: string): never => {
    throw new UserError(file, fmt(lang, APPENDIX.shape, { field }));
  };
  if (!isObject(doc)) return bad('version');
  if (doc.version !== 1) {
    if (typeof doc.version === 'number')
      throw new UserError(file, fmt(lang, APPENDIX.version, { version: doc.version }));
    bad('version');
  }
  if (!Array.isArray(doc.rules)) bad('rules');
  const rules = (doc.rules as unknown[]).map((r, i): ContractRule => {
    if (!isObject(r) || !str(r.id) || !(LEVELS as readonly unknown[]).includes(r.level) || !isObject(r.followUp))
      return bad(`rules[${i}]`);
    const f = r.followUp;
    if (!str(f.check) || !str(f.when) || !str(f.proof) || !str(f.who)) return bad(`rules[${i}].followUp`);
    const label = str(r.number) || typeof r.number === 'number' ? String(r.number) : String(i + 1);
    return {
      id: r.id,
      level: r.level as Level,
      label,
      title: str(r.title) ? r.title : r.id,
      followUp: { check: f.check, when: f.when, proof: f.proof, who: f.who },
    };
  });
  const plan = doc.followUpPlan ?? [];
  if (!Array.isArray(plan)) return bad('followUpPlan');
  const occasions = plan.map((o, i): ContractOccasion => {
    if (
      !isObject(o) ||
      !(OCCASIONS as readonly unknown[]).includes(o.occasion) ||
      !str(o.title) ||
      !str(o.timing) ||
      !Array.isArray(o.items)
    )
      return bad(`followUpPlan[${i}]`);
    const items = o.items.map((it, j) => {
      if (!isObject(it) || !str(it.id) || !str(it.label) || !str(it.report) || !str(it.check) || !str(it.who))
        return bad(`followUpPlan[${i}].items[${j}]`);
      return { id: it.id, label: it.label, report: it.report, check: it.check, who: it.who };
    });
    return { occasion: o.occasion as Occasion, title: o.title, timing: o.timing, items };
  });
  return { lang: str(doc.lang) ? doc.lang : 'sv', rules, occasions };
}

/** Catalogues by pack list, loaded once per run. */
export type CatalogueCache = Map<string, Promise<Catalogue>>;

/** The contract's appendix, read or generated. Throws UserError naming the file or the contract. */
export async function loadContract(entry: ContractEntry, lang: Lang, catalogues: CatalogueCache): Promise<Contract> {
  if (!entry.conditions) return { entry, lang, rules: [], occasions: [] };
  if (entry.appendix !== undefined) {
    const text = strFromU8(
      new Uint8Array(
        readUserFile(entry.appendix, {
          shown: entry.appendix,
          lang,
          maxBytes: DEFAULT_RUN_LIMITS.maxDataFileBytes,
          limit: 'maxDataFileBytes',
        }),
      ),
    );
    return { entry, ...parseAppendixJson(text, entry.appendix, lang) };
  }
  const key = JSON.stringify(entry.packs ?? []);
  let catalogue = catalogues.get(key);
  if (!catalogue) {
    catalogue = loadCatalogue({ lang, ...(entry.packs ? { packs: entry.packs } : {}) });
    catalogue.catch(() => undefined); // awaited below; this silences only the cached copy
    catalogues.set(key, catalogue);
  }
  const meta =
    entry.meta !== undefined
      ? await parseMeta(
          entry.meta,
          readUserFile(entry.meta, { lang, maxBytes: DEFAULT_RUN_LIMITS.maxDataFileBytes }).toString('utf8'),
          lang,
        )
      : undefined;
  // Dated by nothing of the contract's, so that contracts made from the same packs share one appendix.
  const result = await generate({
    catalogue: await catalogue,
    format: 'json',
    lang,
    date: '2000-01-01',
    ...(entry.level ? { level: entry.level } : {}),
    ...(meta ? { meta } : {}),
  });
  return { entry, ...parseAppendixJson(strFromU8(result.data), entry.id, lang) };
}

/** One line for a contract that could not be loaded: the file's own line, or the contract named. */
export function contractProblem(entry: ContractEntry, e: unknown, lang: Lang): string {
  if (isUserError(e))
    return e.file
      ? e.toLine()
      : `${entry.place.file}:${entry.place.line}:${entry.place.col}: ` +
          `${fmt(lang, APPENDIX.contract, { id: entry.id, problem: e.message })}`;
  throw e;
}

/** Loads every contract; those that fail are named in `problems` and left out. */
export async function loadContracts(
  entries: readonly ContractEntry[],
  lang: Lang,
): Promise<{ contracts: Contract[]; problems: string[] }> {
  const catalogues: CatalogueCache = new Map();
  const contracts: Contract[] = [];
  const problems: string[] = [];
  // Contracts that share an appendix (its file, or the packs, level and metadata it is made
  // from) share its reading too: 500 contracts often cite a handful of appendices.
  const shared = new Map<string, Promise<Omit<Contract, 'entry'>>>();
  for (const entry of entries) {
    try {
      const key = JSON.stringify([entry.conditions, entry.appendix, entry.packs, entry.level, entry.meta]);
      let p = shared.get(key);
      if (!p) {
        p = loadContract(entry, lang, catalogues).then(({ entry: _e, ...rest }) => rest);
        p.catch(() => undefined);
        shared.set(key, p);
      }
      contracts.push({ entry, ...(await p) });
    } catch (e) {
      problems.push(contractProblem(entry, e, lang));
    }
  }
  return { contracts, problems };
}
