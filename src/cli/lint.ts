// `jamkrav lint [paths...]`: flags and help texts; the work happens in lint-action.ts.
import type { Command } from 'commander';
import { collect } from './collect.js';
import { LIMIT_SPECS, limitHelp, limitOption } from '../limits.js';
import type { Lang } from '../types.js';

const T = {
  sv: {
    lint: 'granska förfrågningsunderlag (DOCX, ODT, PDF, Markdown, text) mot jämställdhetskraven',
    paths: 'filer, mappar eller mönster (standard: aktuell mapp); - läser ett dokument från standard in',
    pack:
      'regel- eller språkpaket: inbyggt id eller sökväg (kan upprepas; standard alla inbyggda: regelpaketen och ' +
      'language-sv, language-en)',
    rule: 'bara regeln ID eller mönstret, t.ex. diskrl3.* (kan upprepas)',
    exclude: 'hoppa över regeln ID eller mönstret (kan upprepas)',
    explain:
      'förklara regeln ID eller mönstret: var den täcks och varför (stycke, part, begrepp och deras källa), ' +
      'eller vilka stycken som kom närmast om den saknas (kan upprepas)',
    level: 'nivå på föreslagen kravtext: base, advanced eller leading',
    type: 'kontraktstyp: services (standard), goods eller works; bara de regler som passar typen kontrolleras',
    format:
      'utdata: stylish, compact (ett fynd per rad), json, sarif, junit, github eller html (anges alltid med ' +
      '--format, även med -o)',
    output: 'skriv utdata till FIL i stället för standard ut',
    failOn:
      'avsluta med 1 vid fynd på denna nivå eller högre: fel (error), varning (warning), info eller aldrig (never)',
    maxWarnings: 'avsluta med 1 om antalet varningar överstiger N',
    quiet: 'visa bara fel',
    config: 'konfigurationsfil (standard: jamkrav.config.yaml här eller ovanför)',
    noConfig: 'läs ingen konfigurationsfil: alla standardvärden',
    cache: 'återanvänd resultaten för oförändrade dokument mellan körningar (i .jamkravcache)',
    cacheLocation: 'cachefilen (standard: .jamkravcache här); håll den utanför git',
    printConfig:
      'skriv ut vad en körning skulle tillämpa på FIL (paket, regler och deras allvarlighet, overrides, ' +
      'gränser) och varifrån varje inställning kommer, som JSON; granskar inget',
    ignorePattern: 'lämna dokument som matchar mönstret utanför (relativt till aktuell mapp; kan upprepas)',
    noIgnore:
      'granska även det som .gitignore, .jamkravignore, ignore i konfigurationen och --ignore-pattern lämnar ' +
      'utanför',
    fix:
      'ersätt flaggade ord i Markdown- och textfiler på plats (atomiskt) och granska sedan det som återstår; ' +
      'DOCX, ODT och PDF skrivs aldrig om',
    fixDryRun:
      'skriv ut ändringarna som --fix skulle göra som en unified diff (till standard ut eller -o) och skriv inte ' +
      'om något; avslutar med 1 om något skulle ändras',
    jobs:
      'antal trådar (standard: från 100 dokument läser en tråd medan en annan granskar, fler med fler kärnor ' +
      'och många dokument; 1 = ingen extra tråd)',
    shard: 'granska bara del i av n av dokumenten, t.ex. 2/4 (stabil uppdelning för en CI-matris)',
    followSymlinks: 'följ symboliska länkar som leder ut ur mapparna som granskas (annars följs de inte)',
    stdinFilename:
      'namnet på dokumentet från standard in: i rapporten, för konfigurationens overrides och för formatet ' +
      '(.md eller text)',
  },
  en: {
    lint: 'check tender documents (DOCX, ODT, PDF, Markdown, text) against the gender-equality requirements',
    paths: 'files, folders or globs (default: the current folder); - reads one document from standard input',
    pack:
      'rule or language pack: built-in id or path (repeatable; default every built-in: the rule packs and ' +
      'language-sv, language-en)',
    rule: 'only rule ID or pattern, e.g. diskrl3.* (repeatable)',
    exclude: 'skip rule ID or pattern (repeatable)',
    explain:
      'explain rule ID or pattern: where it is covered and why (passage, party, concepts and where each came ' +
      'from), or the passages that came closest when it is missing (repeatable)',
    level: 'level of the suggested clause: base, advanced or leading',
    type: 'contract type: services (default), goods or works; only the rules that fit it are checked',
    format:
      'output: stylish, compact (one finding a line), json, sarif, junit, github or html (always given with ' +
      '--format, -o too)',
    output: 'write the output to FILE instead of standard output',
    failOn:
      'exit 1 on findings at this level or above: error, warning, info or never (or the Swedish fel, varning, aldrig)',
    maxWarnings: 'exit 1 when there are more than N warnings',
    quiet: 'report errors only',
    config: 'config file (default: jamkrav.config.yaml here or above)',
    noConfig: 'read no config file: every default',
    cache: 'reuse the results of unchanged documents between runs (in .jamkravcache)',
    cacheLocation: 'the cache file (default: .jamkravcache here); keep it out of git',
    printConfig:
      'print what a run would apply to FILE (packs, rules and their severity, overrides, limits) and where each ' +
      'setting comes from, as JSON; checks nothing',
    ignorePattern: 'leave out documents matching the glob (relative to the current folder; repeatable)',
    noIgnore: 'also check what .gitignore, .jamkravignore, the config ignore and --ignore-pattern leave out',
    fix:
      'replace flagged words in Markdown and text files in place (atomically), then report what remains; DOCX, ODT ' +
      'and PDF are never rewritten',
    fixDryRun:
      'print the changes --fix would make as a unified diff (to standard output or -o) and rewrite nothing; exits ' +
      '1 when something would change',
    jobs:
      'number of threads (default: from 100 documents one thread reads while another lints, more with more ' +
      'cores and many documents; 1 = no extra thread)',
    shard: 'check only part i of n of the documents, e.g. 2/4 (a stable split for a CI matrix)',
    followSymlinks: 'follow symbolic links that lead out of the folders being checked (not followed otherwise)',
    stdinFilename:
      "the name of the document on standard input: in the report, for the config's overrides and for its format " +
      '(.md or text)',
  },
} as const;

/** Repeatable flags also take comma-separated lists: `--rule a,b` is `--rule a --rule b`. */

export function registerLint(program: Command, lang: Lang): void {
  const t = T[lang];
  const command = program
    .command('lint')
    .description(t.lint)
    .argument('[paths...]', t.paths)
    .option('--pack <id>', t.pack, collect)
    .option('--rule <id>', t.rule, collect)
    .option('--exclude <id>', t.exclude, collect)
    .option('--explain <id>', t.explain, collect)
    .option('--level <level>', t.level)
    .option('--type <type>', t.type)
    .option('--format <name>', t.format)
    .option('-o, --output <file>', t.output)
    .option('--fail-on <level>', t.failOn, 'error')
    .option('--max-warnings <n>', t.maxWarnings)
    .option('-q, --quiet', t.quiet)
    .option('-c, --config <file>', t.config)
    .option('--no-config', t.noConfig)
    .option('--cache', t.cache)
    .option('--cache-location <file>', t.cacheLocation)
    .option('--print-config <file>', t.printConfig)
    .option('--ignore-pattern <glob>', t.ignorePattern, collect)
    .option('--no-ignore', t.noIgnore)
    .option('--fix', t.fix)
    .option('--fix-dry-run', t.fixDryRun)
    .option('-j, --jobs <n>', t.jobs)
    .option('--shard <i/n>', t.shard)
    .option('--follow-symlinks', t.followSymlinks)
    .option('--stdin-filename <name>', t.stdinFilename);
  // The resource limits, their flags and help from the one table that also reads them.
  for (const spec of LIMIT_SPECS) command.option(limitOption(spec), limitHelp(spec, lang));
  command.action(async (paths: string[], opts, cmd: Command) => {
    const { lintAction } = await import('./lint-action.js');
    process.exitCode = await lintAction(paths, { ...cmd.optsWithGlobals(), ...opts });
  });
}
