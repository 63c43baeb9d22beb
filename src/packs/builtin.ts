// The built-in packs: `rules/<id>.yaml`, in catalogue order.
import { join } from 'node:path';
import { RULES_DIR } from '../paths.js';

/** Built-in pack ids, in the order they appear in the catalogue and in appendices. */
export const BUILTIN_PACKS = ['cemr-art12', 'diskrl-3kap'] as const;

export function isBuiltinPack(id: string): boolean {
  return (BUILTIN_PACKS as readonly string[]).includes(id);
}

export function builtinPackPath(id: string): string {
  return join(RULES_DIR, `${id}.yaml`);
}
