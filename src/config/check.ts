// Catches typos in rule ids of a config: a misspelt id would otherwise silently do nothing.
import { UserError } from '../errors.js';
import type { Catalogue, Lang } from '../types.js';
import type { LoadedConfig } from './types.js';

const T = {
  sv: 'okänd regel {id} i paketet {prefix} (se `jamkrav rules list`)',
  en: 'unknown rule {id} in pack {prefix} (see `jamkrav rules list`)',
} as const;

/**
 * Throws a positioned UserError for a rule id in `rules`, `overrides[].rules` or
 * `overrides[].suppress` that belongs to a loaded pack (by prefix) but names no rule of it.
 * Ids of packs not loaded in this run are let through: `--pack` may narrow a shared config.
 */
export function checkConfigRuleIds(loaded: LoadedConfig, catalogue: Catalogue, lang: Lang): void {
  const known = new Set(catalogue.rules.map((r) => r.id));
  const prefixes = new Set(catalogue.packs.map((p) => p.prefix));
  const check = (ids: Iterable<string>, path: (string | number)[]) => {
    for (const id of ids) {
      const prefix = id.split('.')[0] ?? '';
      if (known.has(id) || !prefixes.has(prefix)) continue;
      const message = T[lang].replace('{id}', id).replace('{prefix}', prefix);
      throw new UserError(loaded.name, message, loaded.positionOf([...path, id]));
    }
  };
  const { config } = loaded;
  check(Object.keys(config.rules ?? {}), ['rules']);
  (config.overrides ?? []).forEach((o, i) => {
    check(Object.keys(o.rules ?? {}), ['overrides', i, 'rules']);
    check(Object.keys(o.suppress ?? {}), ['overrides', i, 'suppress']);
  });
}
