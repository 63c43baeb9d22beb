// `jamkrav batch`: flags and help texts only; the work is imported when the command runs.
import type { Command } from 'commander';
import type { Lang } from '../types.js';

const T = {
  sv: {
    batch: 'skriv bilagor för många upphandlingar på en gång, från ett manifest (YAML eller CSV)',
    manifest: 'manifestet: YAML enligt rules/schema/manifest.schema.json, eller CSV med en upphandling per rad',
    out: 'katalog som bilagorna skrivs i (standard: aktuell katalog; skapas vid behov)',
    jobs:
      'antal trådar (standard: ' +
      'alla kärnor från 100 upphandlingar, annars bara huvudtråden; ' +
      '1 = ingen extra tråd)',
    force: 'skriv över befintliga filer med annat innehåll',
    dryRun: 'gör allt utom att skriva: visa planen och vad varje fil skulle få för status',
    check: 'skriv inget; avsluta med 1 om någon fil skiljer sig från vad manifestet ger nu eller saknas (för CI)',
    shard: 'bara del i av n av upphandlingarna, t.ex. 2/4 (stabil uppdelning för en CI-matris)',
  },
  en: {
    batch: 'write appendices for many tenders at once, from a manifest (YAML or CSV)',
    manifest: 'the manifest: YAML as rules/schema/manifest.schema.json defines, or CSV with one tender a row',
    out: 'folder the appendices are written to (default: the current folder; created when missing)',
    jobs: 'number of threads (default: every core from 100 tenders, else the main thread alone; 1 = no extra thread)',
    force: 'overwrite existing files whose content differs',
    dryRun: 'do everything but write: print the plan and the status each file would get',
    check: 'write nothing; exit 1 when a file differs from what the manifest gives now or is missing (for CI)',
    shard: 'only part i of n of the tenders, e.g. 2/4 (a stable split for a CI matrix)',
  },
} as const;

/** Adds `jamkrav batch` to the program; its work is imported only when it runs. */
export function registerBatch(program: Command, lang: Lang): void {
  const t = T[lang];
  program
    .command('batch')
    .description(t.batch)
    .argument('<manifest>', t.manifest)
    .option('-o, --out <dir>', t.out)
    .option('-j, --jobs <n>', t.jobs)
    .option('--force', t.force)
    .option('--dry-run', t.dryRun)
    .option('--check', t.check)
    .option('--shard <i/n>', t.shard)
    .action(async (manifest: string, opts, cmd: Command) => {
      const { batchAction } = await import('./batch-action.js');
      process.exitCode = await batchAction(manifest, { ...cmd.optsWithGlobals(), ...opts });
    });
}
