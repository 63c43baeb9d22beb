// `jamkrav evaluate`: flags and help texts only; the work is imported when the command runs.
import type { Command } from 'commander';
import { collect } from './collect.js';
import type { Lang } from '../types.js';

const T = {
  sv: {
    evaluate: 'utvärdera inkomna anbud mot kraven: protokoll (DOCX), matris (HTML), JSON och CSV',
    bids: 'anbudsmapp med en mapp per anbudsgivare (eller en fil per anbud)',
    tender: 'bilagan från generate: bilaga.json (--format json) eller bilaga.docx',
    output: 'skriv till FIL: .docx (protokoll), .html (matris), .json eller .csv (kan upprepas)',
    format: 'vad som skrivs till standard ut: text (standard), json eller csv',
    scores: 'nämndens poäng (YAML eller CSV): resultatet beräknas med bilagans modell',
    priceWeight: 'prisets vikt i procent, när viktade kriterier och priser kombineras',
    public: 'utan sekretessrad (först efter tilldelningsbeslutet)',
    maskNames: 'maskera personnamn och kontaktuppgifter i citerade svar',
    vocabulary: 'egen läsning av svar (en kopia av rules/evaluate.yaml)',
    pack: 'regelpaket: inbyggt id eller sökväg (kan upprepas; standard båda inbyggda)',
    rule: 'bara regeln ID, som till generate (kan upprepas)',
    exclude: 'utelämna regeln ID, som till generate (kan upprepas)',
    level: 'nivå, som till generate: base, advanced eller leading',
    type: 'kontraktstyp, som till generate: services, goods eller works',
    meta: 'upphandlingens metadata, som till generate',
    date: 'protokollets datum ÅÅÅÅ-MM-DD (annars SOURCE_DATE_EPOCH; aldrig klockan)',
    force: 'skriv över befintliga filer',
  },
  en: {
    evaluate: 'evaluate the tenders received against the requirements: record (DOCX), matrix (HTML), JSON and CSV',
    bids: 'bids folder with one folder per tenderer (or one file per bid)',
    tender: 'the appendix from generate: appendix.json (--format json) or appendix.docx',
    output: 'write to FILE: .docx (record), .html (matrix), .json or .csv (repeatable)',
    format: 'what goes to standard output: text (default), json or csv',
    scores: "the committee's scores (YAML or CSV): the result is computed with the appendix's model",
    priceWeight: 'the weight of the price in percent, when weighted criteria and prices are combined',
    public: 'without the confidentiality line (only after the award decision)',
    maskNames: 'mask personal names and contact details in quoted answers',
    vocabulary: 'your own reading of answers (a copy of rules/evaluate.yaml)',
    pack: 'rule pack: built-in id or path (repeatable; default both built-in packs)',
    rule: 'only rule ID, as for generate (repeatable)',
    exclude: 'leave out rule ID, as for generate (repeatable)',
    level: 'level, as for generate: base, advanced or leading',
    type: 'contract type, as for generate: services, goods or works',
    meta: "the tender's metadata, as for generate",
    date: "the record's date YYYY-MM-DD (else SOURCE_DATE_EPOCH; never the clock)",
    force: 'overwrite existing files',
  },
} as const;

/** Adds `evaluate` to the program; its action module loads only when the command runs. */
export function registerEvaluate(program: Command, lang: Lang): void {
  const t = T[lang];
  program
    .command('evaluate')
    .description(t.evaluate)
    .argument('[bids...]', t.bids)
    .option('--tender <file>', t.tender)
    .option('-o, --output <file>', t.output, collect)
    .option('--format <format>', t.format)
    .option('--scores <file>', t.scores)
    .option('--price-weight <percent>', t.priceWeight)
    .option('--public', t.public)
    .option('--mask-names', t.maskNames)
    .option('--vocabulary <file>', t.vocabulary)
    .option('--pack <id>', t.pack, collect)
    .option('--rule <id>', t.rule, collect)
    .option('--exclude <id>', t.exclude, collect)
    .option('--level <level>', t.level)
    .option('--type <type>', t.type)
    .option('--meta <file>', t.meta)
    .option('--date <date>', t.date)
    .option('--force', t.force)
    .action(async (bids: string[], opts, cmd: Command) => {
      const { evaluateAction } = await import('./evaluate-action.js');
      process.exitCode = await evaluateAction(bids, { ...cmd.optsWithGlobals(), ...opts });
    });
}
