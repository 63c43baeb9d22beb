// `jamkrav init`: flags and help texts only; the work is imported when the command runs.
import type { Command } from 'commander';
import type { Lang } from '../types.js';

const T = {
  sv: {
    init: 'skapa jamkrav.config.yaml, ett exempel på tender.yaml och CI-exempel för GitHub och GitLab',
    dir: 'projektets mapp (standard: aktuell mapp)',
    force: 'skriv över filer som redan finns',
  },
  en: {
    init: 'create jamkrav.config.yaml, an example tender.yaml and CI examples for GitHub and GitLab',
    dir: "the project's folder (default: the current folder)",
    force: 'overwrite files that already exist',
  },
} as const;

/** Adds `jamkrav init` to the program; its work is imported only when it runs. */
export function registerInit(program: Command, lang: Lang): void {
  const t = T[lang];
  program
    .command('init')
    .description(t.init)
    .argument('[dir]', t.dir)
    .option('--force', t.force)
    .action(async (dir: string | undefined, opts, cmd: Command) => {
      const { initAction } = await import('./init-action.js');
      process.exitCode = await initAction(dir, { ...cmd.optsWithGlobals(), ...opts });
    });
}
