// The built-in packs: `rules/<id>.yaml`, each of one kind. Requirement packs in catalogue order.
import { join, resolve } from 'node:path';
import { RULES_DIR } from '../paths.js';

/** What a pack file holds (its `kind:`; a requirement pack has none). */
export const PACK_KINDS = ['requirement', 'language', 'weak', 'reading', 'evaluate', 'indicators'] as const;
export type PackKind = (typeof PACK_KINDS)[number];

/** Built-in requirement pack ids, in the order they appear in the catalogue and in appendices. */
export const BUILTIN_PACKS = ['cemr-art12', 'diskrl-3kap'] as const;

/** The built-in language packs. */
export const BUILTIN_LANGUAGE_PACKS = ['language-sv', 'language-en'] as const;
export type BuiltinLanguagePack = (typeof BUILTIN_LANGUAGE_PACKS)[number];

/** The built-in weak-requirement pack: lint runs its checks whatever other packs are named. */
export const BUILTIN_WEAK_PACK = 'weak';

/** Every built-in pack id by kind: what the build caches, and what `rules validate` knows by name. */
export const BUILTIN_BY_KIND: Readonly<Record<PackKind, readonly string[]>> = {
  requirement: BUILTIN_PACKS,
  language: BUILTIN_LANGUAGE_PACKS,
  weak: [BUILTIN_WEAK_PACK],
  reading: ['reading'],
  evaluate: ['evaluate'],
  indicators: ['indicators'],
};

export function isBuiltinPack(id: string): boolean {
  return (BUILTIN_PACKS as readonly string[]).includes(id);
}

export function isBuiltinLanguagePack(name: string): name is BuiltinLanguagePack {
  return (BUILTIN_LANGUAGE_PACKS as readonly string[]).includes(name);
}

/** The kind of a built-in pack id, or undefined for any other name. */
export function builtinKindOf(name: string): PackKind | undefined {
  return PACK_KINDS.find((kind) => BUILTIN_BY_KIND[kind].includes(name));
}

export function builtinPackPath(id: string): string {
  return join(RULES_DIR, `${id}.yaml`);
}

/** Whether `file` is the built-in pack `id` itself (not a copy elsewhere). */
export function isBuiltinFile(file: string, id: string): boolean {
  return builtinKindOf(id) !== undefined && resolve(file) === resolve(builtinPackPath(id));
}
