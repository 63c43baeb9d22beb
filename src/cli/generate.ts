// `jamkrav generate`: flags and help texts only; the work is imported when the command runs.
import type { Command } from 'commander';
import { collect } from './collect.js';
import type { Lang } from '../types.js';

const T = {
  sv: {
    generate: 'skriv en bilaga med jämställdhetskrav (DOCX, Markdown eller JSON)',
    output: 'utdatafil (krävs för docx; md och json skrivs annars till standard ut)',
    pack: 'regelpaket: inbyggt id eller sökväg (kan upprepas; standard båda inbyggda)',
    rule: 'bara regeln ID (kan upprepas)',
    exclude: 'utelämna regeln ID (kan upprepas)',
    level: 'nivå: base, advanced eller leading (standard base)',
    kind:
      'bara krav av typen K (kan upprepas): qualification, technical-specification, award-criterion, ' +
      'special-contract-condition',
    stage: 'bara regler i skedet S (kan upprepas)',
    meta: 'upphandlingens metadata (YAML enligt rules/schema/tender.schema.json)',
    template: 'egen DOCX-mall med {{jamkrav.requirements}} m.fl. (standard inbyggd mall)',
    format: 'utdataformat: docx, md eller json (standard efter filändelsen, annars docx)',
    date: 'dokumentets datum ÅÅÅÅ-MM-DD (annars tender.date eller SOURCE_DATE_EPOCH)',
    force: 'skriv över en befintlig fil',
    answerForm: 'skriv även leverantörens svarsformulär (DOCX) till FIL',
    annex: 'skriv även bilagan för myndigheten (motiv, checklista, eForms, utvärdering) till FIL (.docx eller .md)',
  },
  en: {
    generate: 'write an appendix of gender-equality requirements (DOCX, Markdown or JSON)',
    output: 'output file (required for docx; md and json go to standard output otherwise)',
    pack: 'rule pack: built-in id or path (repeatable; default both built-in packs)',
    rule: 'only rule ID (repeatable)',
    exclude: 'leave out rule ID (repeatable)',
    level: 'level: base, advanced or leading (default base)',
    kind:
      'only requirements of kind K (repeatable): qualification, technical-specification, award-criterion, ' +
      'special-contract-condition',
    stage: 'only rules of stage S (repeatable)',
    meta: "the tender's metadata (YAML as rules/schema/tender.schema.json defines)",
    template: 'your own DOCX template with {{jamkrav.requirements}} and more (default: the built-in one)',
    format: 'output format: docx, md or json (default from the file extension, else docx)',
    date: "the document's date YYYY-MM-DD (else tender.date or SOURCE_DATE_EPOCH)",
    force: 'overwrite an existing file',
    answerForm: "also write the supplier's answer form (DOCX) to FILE",
    annex: 'also write the annex for the authority (reasons, checklist, eForms, evaluation) to FILE (.docx or .md)',
  },
} as const;

/** Adds `generate` to the program; its action module loads only when the command runs. */
export function registerGenerate(program: Command, lang: Lang): void {
  const t = T[lang];
  program
    .command('generate')
    .description(t.generate)
    .option('-o, --output <file>', t.output)
    .option('--pack <id>', t.pack, collect)
    .option('--rule <id>', t.rule, collect)
    .option('--exclude <id>', t.exclude, collect)
    .option('--level <level>', t.level)
    .option('--kind <kind>', t.kind, collect)
    .option('--stage <stage>', t.stage, collect)
    .option('--meta <file>', t.meta)
    .option('--template <file>', t.template)
    .option('--format <format>', t.format)
    .option('--date <date>', t.date)
    .option('--answer-form <file>', t.answerForm)
    .option('--annex <file>', t.annex)
    .option('--force', t.force)
    .action(async (opts, cmd: Command) => {
      const { generateAction } = await import('./generate-action.js');
      process.exitCode = await generateAction({ ...cmd.optsWithGlobals(), ...opts });
    });
}
