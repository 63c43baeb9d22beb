// Finds jamkrav.config.yaml: in the working directory or the nearest folder above it.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** File names a config may have, in order of preference. */
export const CONFIG_NAMES = ['jamkrav.config.yaml', 'jamkrav.config.yml'] as const;

/**
 * The nearest config file at or above `cwd`, or null. Walks up to the file-system root, like
 * ESLint's and Prettier's lookup, so a command run in a sub-folder of a project still finds it.
 */
export function findConfigFile(cwd: string): string | null {
  let dir = resolve(cwd);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
