// `jamkrav lint --print-config FILE`: what a run would apply to one file, and where each setting
// comes from (a flag, the config, one of its overrides, or the default), as data.
import { relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { DEFAULT_RUN_LIMITS, type RunLimits } from '../limits.js';
import { DEFAULT_TENDER_TYPE } from '../packs/fit.js';
import type { Severity } from '../types.js';
import { prepareRun } from './prepare.js';
import type { LintOptions } from './types.js';

/** Where a setting comes from. */
export type Origin = 'flag' | 'config' | 'default' | `override ${number}`;

export interface EffectiveRule {
  id: string;
  pack: string;
  severity: Severity | 'off';
  from: Origin;
  /** The reason of a config suppression for this file, if any. */
  suppressed?: string;
}

/** Everything a run would apply to one file (the shape `--print-config` prints as JSON). */
export interface EffectiveConfig {
  file: string;
  config: string | null;
  packs: { id: string; version: string; kind: 'requirement' | 'language'; from: Origin }[];
  /** Said when packs are named and none of them is a language pack: the writing checks of language are off. */
  note?: string;
  level: { value: string; from: Origin };
  type: { value: string; from: Origin };
  /** The config's `overrides` that match this file, by their index in the config. */
  overrides: number[];
  rules: EffectiveRule[];
  limits: Record<keyof RunLimits, { value: number; from: Origin }>;
  ignore: string[];
}

const NOTE = {
  sv:
    'inga språkpaket: --pack eller packs i konfigurationen nämner inga, så språkgranskningen är av ' +
    '(lägg till language-sv, language-en)',
  en:
    'no language pack: --pack or the config packs name none, so the language checks are off ' +
    '(add language-sv, language-en)',
} as const;

/** The effective settings for `file`, read as a lint run with `opts` would read them. */
export async function effectiveConfig(file: string, opts: LintOptions): Promise<EffectiveConfig> {
  const cwd = resolve(opts.cwd ?? process.cwd());
  const lang = opts.lang ?? 'sv';
  const run = await prepareRun({ ...opts, stdin: { name: file, bytes: new Uint8Array() } });
  const config = run.loaded.config;
  const abs = resolve(cwd, file);
  const rel = relative(run.loaded.dir, abs).split(sep).join('/');
  const overrides = (config.overrides ?? []).flatMap((o, i) =>
    picomatch(
      o.files.map((f) => (f.startsWith('./') ? f.slice(2) : f)),
      { dot: true },
    )(rel)
      ? [i]
      : [],
  );

  const packsFrom: Origin = opts.packs ? 'flag' : config.packs ? 'config' : 'default';
  const packs = [
    ...run.catalogue.packs.map((p) => ({
      id: p.id,
      version: p.version,
      kind: 'requirement' as const,
      from: packsFrom,
    })),
    ...run.languagePacks.map((p) => ({ id: p.id, version: p.version, kind: 'language' as const, from: packsFrom })),
  ];

  // A rule's severity: its own, then the config's `rules`, then each matching override in order.
  const severityOf = (id: string, own: Severity): { severity: Severity | 'off'; from: Origin } => {
    let found: { severity: Severity | 'off'; from: Origin } = { severity: own, from: 'default' };
    if (config.rules?.[id] !== undefined) found = { severity: config.rules[id]!, from: 'config' };
    for (const i of overrides) {
      const value = config.overrides![i]!.rules?.[id];
      if (value !== undefined) found = { severity: value, from: `override ${i}` };
    }
    return found;
  };
  const suppress = run.tasks[0]?.settings.suppress ?? {};
  const rules: EffectiveRule[] = [
    ...run.rules.map((r) => ({ id: r.id, pack: r.pack, own: r.severity })),
    ...run.qualityRules.map((r) => ({ id: r.id, pack: r.pack, own: r.severity })),
  ].map(({ id, pack, own }) => ({
    id,
    pack,
    ...severityOf(id, own),
    ...(suppress[id] !== undefined ? { suppressed: suppress[id] } : {}),
  }));

  const limits = Object.fromEntries(
    (Object.keys(DEFAULT_RUN_LIMITS) as (keyof RunLimits)[]).map((key) => {
      const from: Origin =
        opts.limits?.[key] !== undefined ? 'flag' : run.limits[key] !== DEFAULT_RUN_LIMITS[key] ? 'config' : 'default';
      return [key, { value: run.limits[key], from }];
    }),
  ) as EffectiveConfig['limits'];

  return {
    file,
    config: run.loaded.file ? relative(cwd, run.loaded.file) || run.loaded.file : null,
    packs,
    ...(run.languagePacks.length === 0 ? { note: NOTE[lang] } : {}),
    level: { value: run.level, from: opts.level ? 'flag' : config.level ? 'config' : 'default' },
    type: {
      value: opts.type ?? config.type ?? DEFAULT_TENDER_TYPE,
      from: opts.type ? 'flag' : config.type ? 'config' : 'default',
    },
    overrides,
    rules,
    limits,
    ignore: opts.noIgnore ? [] : [...(config.ignore ?? []), ...(opts.ignorePatterns ?? [])],
  };
}
