// The packs of a lint run: requirement packs (the Catalogue) and language packs, told apart by
// name or by the `kind: language` a language pack file starts with.
import { resolve } from 'node:path';
import { UserError } from '../errors.js';
import { fmt } from '../i18n.js';
import { BUILTIN_PACKS, loadCatalogue, problemsError } from '../packs/index.js';
import { BUILTIN_LANGUAGE_PACKS, isLanguagePackName, loadLanguagePackByName, type LanguagePack } from '../quality/index.js';
import type { Catalogue, Lang, Text } from '../types.js';

const M = {
  unknown: {
    sv: 'okänt paket (inbyggda regelpaket: {packs}; språkpaket: {language}; eller ange en sökväg till en .yaml-fil)',
    en: 'unknown pack (built-in rule packs: {packs}; language packs: {language}; or give a path to a .yaml file)',
  },
  twice: { sv: 'regeln {id} finns redan i paketet {other}', en: 'rule {id} is already defined by pack {other}' },
} satisfies Record<string, Text>;

export interface LintPacks {
  catalogue: Catalogue;
  languagePacks: LanguagePack[];
}

const isBuiltin = (name: string) => (BUILTIN_PACKS as readonly string[]).includes(name) || (BUILTIN_LANGUAGE_PACKS as readonly string[]).includes(name);

/**
 * Loads the packs named in `names` (paths relative to `base`), or with no names every built-in
 * requirement pack and both built-in language packs. A problem in any pack throws a positioned
 * UserError, and so does a rule id defined by two packs.
 */
export async function loadLintPacks(names: readonly string[] | undefined, base: string, lang: Lang, maxBytes?: number): Promise<LintPacks> {
  const requirement: string[] = [];
  const language: string[] = [];
  for (const name of names ?? [...BUILTIN_PACKS, ...BUILTIN_LANGUAGE_PACKS]) {
    // A bare word that is no built-in pack is a typo, not a file next to the config.
    if (!isBuiltin(name) && !/[\\/.]/.test(name)) {
      throw new UserError(name, fmt(lang, M.unknown, { packs: BUILTIN_PACKS.join(', '), language: BUILTIN_LANGUAGE_PACKS.join(', ') }));
    }
    ((await isLanguagePackName(name, base)) ? language : requirement).push(name);
  }
  // Only language packs named: no requirement pack at all (not the default ones).
  const catalogue: Catalogue = requirement.length > 0 ? await loadCatalogue({ packs: requirement, cwd: base, lang, ...(maxBytes ? { maxBytes } : {}) }) : { packs: [], rules: [] };
  const owner = new Map(catalogue.rules.map((r) => [r.id, r.pack]));
  const languagePacks: LanguagePack[] = [];
  for (const name of language) {
    const { pack, problems } = await loadLanguagePackByName(name, base, lang, maxBytes);
    if (!pack) throw problemsError(problems, lang);
    for (const rule of pack.rules) {
      const other = owner.get(rule.id);
      if (other !== undefined) throw new UserError(resolve(base, pack.file), fmt(lang, M.twice, { id: rule.id, other }));
      owner.set(rule.id, pack.id);
    }
    languagePacks.push(pack);
  }
  return { catalogue, languagePacks };
}
