// Catches typos in rule ids of a config: a misspelt id would otherwise silently do nothing.
import { fmt } from '../i18n.js';
import { UserError } from '../errors.js';
import type { Catalogue, Lang, QualityRule, Text } from '../types.js';
import type { LoadedConfig } from './types.js';

const M = {
  requirement: {
    sv: 'okänd regel {id} i paketet {prefix} (se `jamkrav rules list`)',
    en: 'unknown rule {id} in pack {prefix} (see `jamkrav rules list`)',
  },
  language: {
    sv: 'okänd regel {id} i språkpaketet {pack}',
    en: 'unknown rule {id} in language pack {pack}',
  },
  weak: {
    sv: 'okänd regel {id}; kontrollerna av svaga krav heter {ids}',
    en: 'unknown rule {id}; the weak-requirement checks are {ids}',
  },
} satisfies Record<string, Text>;

/**
 * Throws a positioned UserError for a rule id in `rules`, `overrides[].rules` or
 * `overrides[].suppress` that belongs to a loaded pack (by prefix) but names no rule of it.
 * `quality` adds the writing-quality rules of the run (language packs, weak checks), whose
 * prefixes (`langsv`, `weak`) are then checked the same way. Ids of packs not loaded in this run
 * are let through: `--pack` may narrow a shared config.
 */
export function checkConfigRuleIds(
  loaded: LoadedConfig,
  catalogue: Catalogue,
  lang: Lang,
  quality: readonly QualityRule[] = [],
): void {
  const known = new Set([...catalogue.rules.map((r) => r.id), ...quality.map((r) => r.id)]);
  // Prefix → the message for an unknown id under it.
  const unknown = new Map<string, (id: string) => string>();
  for (const p of catalogue.packs) unknown.set(p.prefix, (id) => fmt(lang, M.requirement, { id, prefix: p.prefix }));
  for (const r of quality) {
    const prefix = r.id.split('.')[0] ?? '';
    if (unknown.has(prefix)) continue;
    const ids = quality
      .filter((q) => q.kind === 'weak')
      .map((q) => q.id)
      .join(', ');
    unknown.set(prefix, (id) =>
      r.kind === 'weak' ? fmt(lang, M.weak, { id, ids }) : fmt(lang, M.language, { id, pack: r.pack }),
    );
  }
  const check = (ids: Iterable<string>, path: (string | number)[]) => {
    for (const id of ids) {
      const say = unknown.get(id.split('.')[0] ?? '');
      if (known.has(id) || !say) continue;
      throw new UserError(loaded.name, say(id), loaded.positionOf([...path, id]));
    }
  };
  const { config } = loaded;
  check(Object.keys(config.rules ?? {}), ['rules']);
  (config.overrides ?? []).forEach((o, i) => {
    check(Object.keys(o.rules ?? {}), ['overrides', i, 'rules']);
    check(Object.keys(o.suppress ?? {}), ['overrides', i, 'suppress']);
  });
}
