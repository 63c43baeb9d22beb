// Everything evaluate says on the command line and in its outputs' notes, in Swedish and English.
import type { Text } from '../types.js';

export const MSG = {
  tenderJson: {
    sv: 'är ingen bilaga i JSON från jamkrav generate (fältet {what} saknas eller är fel)',
    en: 'is no appendix JSON from jamkrav generate (the field {what} is missing or wrong)',
  },
  noModel: {
    sv:
      'utvärderingskriteriet {id} saknar poängmodell i filen och dess regelpaket är inte laddat: skapa bilagan ' +
      'på nytt med generate, eller ange paketet med --pack',
    en:
      'the award criterion {id} has no scoring model in the file and its rule pack is not loaded: generate the ' +
      'appendix again, or give its pack with --pack',
  },
  noRequirements: {
    sv: 'bilagan innehåller inga krav att utvärdera',
    en: 'the appendix holds no requirements to evaluate',
  },
  noRuleIds: {
    sv: 'hittar inga regel-id:n ([diskrl3.pay] efter kravens rubriker): är det en bilaga från jamkrav generate?',
    en: "finds no rule ids ([diskrl3.pay] after the requirements' titles): is it an appendix from jamkrav generate?",
  },
  unknownRules: {
    sv: 'reglerna {ids} finns inte i de laddade regelpaketen: ange deras paket med --pack',
    en: 'the rules {ids} are in none of the loaded rule packs: give their packs with --pack',
  },
  noLevel: {
    sv: 'kraven stämmer inte med någon nivå av regelpaketen: ange bilagan som JSON (generate --format json)',
    en: 'the requirements match no level of the rule packs: give the appendix as JSON (generate --format json)',
  },
  tenderFormat: {
    sv: 'bilagan ska vara .json eller .docx från jamkrav generate',
    en: 'the appendix must be .json or .docx from jamkrav generate',
  },
  noTender: {
    sv:
      'ange upphandlingens krav: --tender bilaga.json (eller bilaga.docx), eller samma urval som till generate ' +
      '(--pack, --level, --meta …)',
    en:
      "give the tender's requirements: --tender appendix.json (or appendix.docx), or the same selection as for " +
      'generate (--pack, --level, --meta …)',
  },
  noBids: {
    sv: 'ange anbudsmappen: jamkrav evaluate --tender bilaga.json anbud/',
    en: 'give the bids folder: jamkrav evaluate --tender appendix.json bids/',
  },
  emptyBids: {
    sv: 'innehåller inga anbud (en mapp eller fil per anbudsgivare)',
    en: 'holds no bids (one folder or file per tenderer)',
  },
  looseFile: {
    sv:
      'hör inte till någon anbudsgivares mapp: lägg filen i mappen för den anbudsgivare som lämnat den (den ' +
      'utvärderas inte)',
    en: "belongs to no tenderer's folder: put it in the folder of the tenderer who handed it in (it is not evaluated)",
  },
  twoForms: {
    sv:
      'innehåller två svarsformulär ({files}): anbudet utvärderas inte förrän anbudsgivaren har sagt vilket ' +
      'som gäller',
    en: 'holds two answer forms ({files}): the bid is not evaluated until the tenderer has said which one stands',
  },
  noFiles: { sv: 'mappen innehåller inga dokument', en: 'the folder holds no documents' },
  linkNotFollowed: { sv: 'symbolisk länk; följs inte', en: 'symbolic link; not followed' },
  notFolderOrFile: { sv: 'är varken en mapp eller en fil', en: 'is neither a folder nor a file' },
  otherTender: {
    sv:
      'svarsformuläret gäller andra krav än bilagan ({missing} saknas i formuläret): de läses ur anbudets ' +
      'övriga dokument',
    en:
      'the answer form is for other requirements than the appendix ({missing} missing from the form): they are ' +
      "read from the bid's other documents",
  },
  tooManyFiles: {
    sv: 'har fler än {n} filer; resten läses inte',
    en: 'has more than {n} files; the rest are not read',
  },
} satisfies Record<string, Text>;

/** Notes on a cell, for the committee. */
export const NOTE = {
  notTicked: { sv: 'rutan för godtagande är inte ikryssad', en: 'the box for acceptance is not ticked' },
  tickedNoText: { sv: 'bara rutan ikryssad, ingen beskrivning', en: 'only the box ticked, no description' },
  noAcceptance: {
    sv: 'beskrivning utan uttryckligt godtagande: nämnden bedömer om den uppfyller kravet',
    en: 'a description without express acceptance: the committee judges whether it meets the requirement',
  },
  attachmentNotFound: {
    sv: 'bilagan {name} finns inte bland anbudets filer',
    en: "the attachment {name} is not among the bid's files",
  },
  fromDocument: {
    sv: 'formuläret besvarar inte kravet; svaret är hämtat ur {file}',
    en: 'the form does not answer it; the answer is taken from {file}',
  },
  altered: { sv: 'kravtexten är återgiven med ändringar', en: 'the clause is restated with changes' },
  byEvidence: {
    sv: 'hittat på ämnet (inga rubriker eller kravnummer i anbudet)',
    en: 'found by its topic (no headings or requirement numbers in the bid)',
  },
} satisfies Record<string, Text>;
