// The packs of a lint run: requirement packs (the Catalogue), language packs and the weak pack,
// told apart by name or by the `kind:` line a pack file starts with (see packs/kind.ts).
import { resolve } from 'node:path';
import { UserError } from '../errors.js';
import { fmt } from '../i18n.js';
import {
  BUILTIN_LANGUAGE_PACKS,
  BUILTIN_PACKS,
  BUILTIN_WEAK_PACK,
  builtinKindOf,
  loadBuiltinWeakPack,
  loadCatalogue,
  loadLanguagePackByName,
  loadWeakPackByName,
  packKindOf,
  problemsError,
} from '../packs/index.js';
import type { LanguagePack, WeakPack } from '../quality/index.js';
import type { Catalogue, Lang, Text } from '../types.js';

const M = {
  unknown: {
    sv:
      'okänt paket (inbyggda regelpaket: {packs}; ' +
      'språkpaket: {language}; ' +
      'eller ange en sökväg till en .yaml-fil)',
    en: 'unknown pack (built-in rule packs: {packs}; language packs: {language}; or give a path to a .yaml file)',
  },
  twice: { sv: 'regeln {id} finns redan i paketet {other}', en: 'rule {id} is already defined by pack {other}' },
  twoWeak: {
    sv: 'två paket med svaga krav ({a} och {b}); ange ett',
    en: 'two weak-requirement packs ({a} and {b}); name one',
  },
  noRules: {
    sv: 'paketet är en ordlista ({kind}) utan regler; kontrollera den med jamkrav rules validate',
    en: 'the pack is a vocabulary ({kind}) with no rules; check it with jamkrav rules validate',
  },
} satisfies Record<string, Text>;

export interface LintPacks {
  catalogue: Catalogue;
  languagePacks: LanguagePack[];
  /** The weak pack named, else the built-in one: its checks run whatever other packs are named. */
  weakPack: WeakPack;
}

/**
 * Loads the packs named in `names` (paths relative to `base`), or with no names every built-in
 * requirement pack and both built-in language packs; and the weak pack. A problem in any pack
 * throws a positioned UserError, and so does a rule id defined by two packs.
 */
export async function loadLintPacks(
  names: readonly string[] | undefined,
  base: string,
  lang: Lang,
  maxBytes?: number,
): Promise<LintPacks> {
  const requirement: string[] = [];
  const language: string[] = [];
  const weak: string[] = [];
  for (const name of names ?? [...BUILTIN_PACKS, ...BUILTIN_LANGUAGE_PACKS]) {
    // A bare word that is no built-in pack is a typo, not a file next to the config.
    if (!builtinKindOf(name) && !/[\\/.]/.test(name)) {
      throw new UserError(
        name,
        fmt(lang, M.unknown, { packs: BUILTIN_PACKS.join(', '), language: BUILTIN_LANGUAGE_PACKS.join(', ') }),
      );
    }
    const kind = packKindOf(name, base);
    if (kind === 'requirement') requirement.push(name);
    else if (kind === 'language') language.push(name);
    else if (kind === 'weak') weak.push(name);
    else throw new UserError(name, fmt(lang, M.noRules, { kind }));
  }
  if (weak.length > 1) throw new UserError(weak[1]!, fmt(lang, M.twoWeak, { a: weak[0]!, b: weak[1]! }));
  // Only language packs named: no requirement pack at all (not the default ones).
  const catalogue: Catalogue =
    requirement.length > 0
      ? await loadCatalogue({ packs: requirement, cwd: base, lang, ...(maxBytes ? { maxBytes } : {}) })
      : { packs: [], rules: [] };
  const owner = new Map(catalogue.rules.map((r) => [r.id, r.pack]));
  const languagePacks: LanguagePack[] = [];
  for (const name of language) {
    const { pack, problems } = await loadLanguagePackByName(name, base, lang, maxBytes);
    if (!pack) throw problemsError(problems, lang);
    for (const rule of pack.rules) {
      const other = owner.get(rule.id);
      if (other !== undefined)
        throw new UserError(resolve(base, pack.file), fmt(lang, M.twice, { id: rule.id, other }));
      owner.set(rule.id, pack.id);
    }
    languagePacks.push(pack);
  }
  const weakPack = await loadWeak(weak[0] ?? BUILTIN_WEAK_PACK, base, lang, maxBytes);
  for (const check of weakPack.checks) {
    const other = owner.get(check.id);
    if (other !== undefined)
      throw new UserError(resolve(base, weakPack.file), fmt(lang, M.twice, { id: check.id, other }));
  }
  return { catalogue, languagePacks, weakPack };
}

/** The weak pack of a run: the built-in one from its JSON copy, or a user's file. */
export async function loadWeak(name: string, base: string, lang: Lang, maxBytes?: number): Promise<WeakPack> {
  const { pack, problems } =
    name === BUILTIN_WEAK_PACK ? await loadBuiltinWeakPack(lang) : await loadWeakPackByName(name, base, lang, maxBytes);
  if (!pack) throw problemsError(problems, lang);
  return pack;
}
