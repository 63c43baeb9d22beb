// The appendix's own words (headings, introduction, table headers, warnings) in sv and en.
// Clause text never lives here: it comes from the rule packs.
import type { Lang, Level, RequirementKind } from '../types.js';
import type { Occasion } from './followup-plan.js';

/** Every string the appendix and its warnings use, for one language. */
export interface Labels {
  appendixTitle: string;
  metaLines: Array<[key: string, label: string]>;
  sections: Record<'introduction' | 'requirements' | 'evaluation' | 'followup' | 'checklist', string>;
  kinds: Record<RequirementKind, { heading: string; lead: string }>;
  levels: Record<Level, string>;
  /**
   * The framing of the introduction; what each pack rests on comes from the packs (`introduction`,
   * `legalBasis`). May hold metadata placeholders.
   */
  intro: {
    /** The first paragraph: what the appendix is. */
    opening: string;
    /** Leads the paragraph of legal grounds when there are two or more; `{count}` from `counts`. */
    groundsLead: string;
    /** Numbers in words, by value (a larger count is written in digits). */
    counts: string[];
    /** The ground of every appendix, after the packs' own: the procurement act all tenders fall under. */
    procurementLaw: string;
    /** The last paragraph: how the requirements are ordered; `{level}` is the level's name. */
    closing: string;
  };
  requirement: string;
  /** How an award criterion is numbered ("Utvärderingskriterium 3"): it is not a requirement. */
  awardCriterion: string;
  verification: string;
  evaluationHeaders: [string, string, string, string];
  followUpHeaders: [string, string, string, string, string];
  /** Label of a checklist item's evidence line. */
  evidence: string;
  points: string;
  priceDeductionSek: string;
  priceDeductionPercent: string;
  noEvaluation: string;
  noRequirements: string;
  noChecklist: string;
  missingEvaluation: string;
  eformsDescription: string;
  warnings: {
    missingFields: string;
    unknownPlaceholders: string;
    fellBack: string;
    blockNotAlone: string;
    blockAppended: string;
    noEvaluationGiven: string;
    checklistMoved: string;
    lovConditions: string;
    lovLeftOut: string;
  };
  /** The follow-up plan (`{{jamkrav.followup}}`). */
  plan: {
    lead: string;
    headers: [string, string, string];
    supplierResponsible: string;
    authorityResponsible: string;
    /** Labels of the two responsibility lines in an occasion's cell: the supplier's, the authority's. */
    responsible: [string, string];
    /** What an occasion without clause items asks of the supplier. */
    nothing: string;
    occasions: Record<Occasion, { title: string; timing: string; supplierTask?: string; authorityTask?: string }>;
  };
  /** The supplier answer form (`--answer-form`). */
  form: {
    title: string;
    intro: string[];
    headers: [string, string, string, string, string];
    /** The text beside the tick box. */
    yes: string;
    asked: string;
    answerPlaceholder: string;
    attachmentPlaceholder: string;
    /** The heading and fields that say who answers. */
    tendererHeading: string;
    tenderer: string;
    orgNumber: string;
  };
  /** The authority's annex (`--annex`). */
  annex: {
    title: string;
    notice: string;
    sections: Record<'clauses' | 'checklist' | 'eforms' | 'evaluators', string>;
    clausesLead: string;
    kind: string;
    stage: string;
    basis: string;
    rationale: string;
    lawful: string;
    /** Why each requirement kind may stand where it does. */
    lawfulness: Record<RequirementKind, string>;
    eformsLead: string;
    eformsHeaders: [string, string, string];
    eformsNames: Record<'BT-06' | 'BT-775' | 'BT-777', string>;
    noEforms: string;
    evaluatorsLead: string;
    evaluatorsGeneral: string[];
    weight: string;
    guide: string;
    instructions: string;
  };
}

const sv: Labels = {
  appendixTitle: 'Bilaga: krav för jämställdhet',
  metaLines: [
    ['tender.reference', 'Diarienummer'],
    ['tender.date', 'Datum'],
    ['authority.name', 'Upphandlande myndighet'],
    ['authority.contact', 'Kontaktperson'],
  ],
  sections: {
    introduction: 'Inledning',
    requirements: 'Krav',
    evaluation: 'Utvärdering av tilldelningskriterier',
    followup: 'Uppföljningsplan',
    checklist: 'Checklista för den upphandlande myndigheten',
  },
  kinds: {
    qualification: {
      heading: 'Kvalificeringskrav',
      lead: 'Leverantören ska uppfylla dessa krav för att anbudet ska prövas.',
    },
    'approval-condition': {
      heading: 'Villkor för godkännande',
      lead: 'Leverantören ska uppfylla villkoren för att godkännas i valfrihetssystemet och under hela avtalstiden.',
    },
    'technical-specification': {
      heading: 'Tekniska specifikationer',
      lead: 'Kraven gäller det som levereras och ska vara uppfyllda i anbudet.',
    },
    'award-criterion': {
      heading: 'Tilldelningskriterier',
      lead: 'Anbud som uppfyller kriterierna får poäng eller prisavdrag enligt utvärderingstabellen.',
    },
    'special-contract-condition': {
      heading: 'Särskilda kontraktsvillkor',
      lead: 'Villkoren gäller under hela avtalstiden för den personal som utför uppdraget.',
    },
  },
  levels: { base: 'bas', advanced: 'avancerad', leading: 'spjutspets' },
  intro: {
    opening:
      'Den här bilagan innehåller krav för jämställdhet mellan kvinnor och män i upphandlingen {{tender.title}} ({{tender.reference}}).',
    groundsLead: 'Kraven bygger på {count} grunder.',
    counts: ['noll', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio'],
    procurementLaw:
      'Lagen (2016:1145) om offentlig upphandling (LOU) säger att en upphandlande myndighet bör ta sociala hänsyn när upphandlingens art motiverar det (4 kap. 3 §) och att särskilda kontraktsvillkor ska ha anknytning till det som upphandlas (17 kap. 1 §).',
    closing:
      'Kraven står i den ordning de används i upphandlingen: kvalificeringskrav, tekniska specifikationer, tilldelningskriterier och särskilda kontraktsvillkor. Varje krav har ett nummer, ett regel-id inom hakparentes och en beskrivning av hur det verifieras. Nivå: {level}.',
  },
  requirement: 'Krav',
  awardCriterion: 'Utvärderingskriterium',
  verification: 'Verifiering',
  evaluationHeaders: ['Kriterium', 'Vad som bedöms', 'Poäng eller prisavdrag', 'Bedömningsgrund'],
  followUpHeaders: ['Krav', 'Vad som kontrolleras', 'När', 'Underlag', 'Vem'],
  evidence: 'Underlag',
  points: 'högst {max} poäng',
  priceDeductionSek: 'prisavdrag upp till {max} kr',
  priceDeductionPercent: 'prisavdrag upp till {max} %',
  noEvaluation: 'Inga tilldelningskriterier är valda.',
  noRequirements: 'Inga krav på leverantören är valda.',
  noChecklist: 'Inga åtgärder för den upphandlande myndigheten är valda.',
  missingEvaluation: '[Ange poäng eller prisavdrag]',
  eformsDescription: 'Upphandlingen innehåller krav för jämställdhet mellan kvinnor och män: {titles}.',
  warnings: {
    missingFields: 'metadata saknas för {keys}; fälten står som [text inom hakparentes] att fylla i',
    unknownPlaceholders: 'okända platshållare lämnades orörda: {keys}',
    fellBack: 'regler utan nivån {level} använder närmast lägre nivå: {ids}',
    blockNotAlone: '{key} i {part} måste stå ensam i sitt stycke och fylldes inte i',
    blockAppended: 'mallen saknar {key}; innehållet lades efter kraven',
    noEvaluationGiven: 'tilldelningskriteriet {id} saknar poäng i regelpaketet; fyll i utvärderingstabellen',
    checklistMoved: '{key} lämnades tom: myndighetens checklista står nu i bilagan för myndigheten (--annex)',
    lovConditions: 'valfrihetssystem (LOV): tilldelningskriterier ersattes av villkoren på närmast lägre nivå: {ids}',
    lovLeftOut: 'valfrihetssystem (LOV): regler som bara är tilldelningskriterier togs inte med: {ids}',
  },
  plan: {
    lead: 'Planen samlar uppföljningen av kraven för hela avtalstiden: vid vilka tillfällen den sker, vad leverantören redovisar och lämnar in, vad beställaren kontrollerar och vem som ansvarar på var sida.',
    headers: ['Tillfälle', 'Leverantören redovisar och lämnar in', 'Beställaren kontrollerar'],
    supplierResponsible: 'leverantörens avtalsansvariga',
    authorityResponsible: 'beställarens avtalsansvariga',
    responsible: ['Ansvarig hos leverantören', 'Ansvarig hos beställaren'],
    nothing: 'Inget utöver tidigare redovisningar.',
    occasions: {
      'start-up': {
        title: 'Uppstartsmöte',
        timing: 'Vid avtalets start.',
        supplierTask: 'Leverantören namnger sin avtalsansvariga för kraven i denna bilaga.',
        authorityTask: 'Beställaren går igenom uppföljningsplanen med leverantören.',
      },
      'half-yearly': { title: 'Halvårsuppföljning', timing: 'Var sjätte månad under avtalstiden.' },
      yearly: { title: 'Årlig avtalsuppföljning', timing: 'En gång per avtalsår.' },
      ongoing: { title: 'Löpande', timing: 'När något inträffar som kravet gäller, eller på beställarens begäran.' },
      end: {
        title: 'Avtalets slut',
        timing: 'Före avtalstidens slut.',
        authorityTask:
          'Beställaren sammanfattar uppföljningen av kraven under avtalstiden som underlag för kommande upphandlingar.',
      },
    },
  },
  form: {
    title: 'Svarsformulär: krav för jämställdhet',
    intro: [
      'Formuläret hör till bilagan med krav för jämställdhet i upphandlingen {{tender.title}} ({{tender.reference}}). Fyll i en rad per krav: kryssa i rutan när ni accepterar kravet, skriv ert svar i svarsfältet och ange namnet på den bilaga som innehåller det underlag kravet efterfrågar.',
      'Fyll bara i fälten. Ändra inte kravnummer, regel-id eller radernas ordning: formuläret läses maskinellt vid utvärderingen.',
    ],
    headers: ['Krav', 'Vad som efterfrågas', 'Accepteras', 'Svar', 'Bilaga'],
    yes: 'Ja',
    asked: 'Underlag',
    answerPlaceholder: 'Skriv ert svar här.',
    attachmentPlaceholder: 'Bilagans namn',
    tendererHeading: 'Anbudsgivare',
    tenderer: 'Anbudsgivarens namn',
    orgNumber: 'Organisationsnummer',
  },
  annex: {
    title: 'Bilaga för den upphandlande myndigheten: motiv och underlag',
    notice:
      'Bilagan är myndighetens eget underlag och skickas inte till anbudsgivarna. Den visar varför varje krav ställs och varför det får stå där det står, vad myndigheten själv ska göra, vilka fält annonsen ska ha och hur anbuden ska utvärderas.',
    sections: {
      clauses: 'Kraven och deras grund',
      checklist: 'Checklista för den upphandlande myndigheten',
      eforms: 'Fält i annonsen (eForms)',
      evaluators: 'Instruktioner till utvärderarna',
    },
    clausesLead:
      'För varje krav i bilagan till anbudsgivarna: den rättsliga grunden, motivet och varför kravtypen är tillåten där kravet står. Ha detta till hands vid en överprövning.',
    kind: 'Kravtyp',
    stage: 'Skede',
    basis: 'Rättslig grund',
    rationale: 'Motiv',
    lawful: 'Varför kravtypen är tillåten',
    lawfulness: {
      qualification:
        'Kvalificeringskrav får bara avse behörighet, ekonomisk ställning och teknisk och yrkesmässig kapacitet, med de bevis som LOU 15 kap. räknar upp (LOU 14 kap. 1 §), och ska ha anknytning till och stå i proportion till kontraktet.',
      'technical-specification':
        'Tekniska specifikationer får avse hur det som anskaffas produceras eller levereras, när kraven har anknytning till det som anskaffas och står i proportion till dess värde och mål (LOU 9 kap., direktiv 2014/24/EU art. 42).',
      'award-criterion':
        'Tilldelningskriterier ska ha anknytning till det som anskaffas, får avse organisation, kvalifikationer och erfarenhet hos den personal som utför kontraktet, ska gå att kontrollera och ska anges i förväg med viktning eller prisavdrag och bedömningsgrund (LOU 16 kap., direktiv 2014/24/EU art. 67). Leverantörens allmänna företagspolicy får inte utvärderas (skäl 97).',
      'special-contract-condition':
        'Särskilda kontraktsvillkor ska ha anknytning till det som anskaffas och anges i upphandlingsdokumenten (LOU 17 kap. 1 §); de får vara sociala och främja jämställdhet i arbetslivet för den personal som utför kontraktet (direktiv 2014/24/EU art. 70, skäl 98).',
      'approval-condition':
        'Villkor för godkännande i ett valfrihetssystem ska anges i förfrågningsunderlaget och tillämpas lika, icke-diskriminerande och proportionerligt på alla sökande (LOV, lagen (2008:962) om valfrihetssystem, 1 kap.); den som uppfyller dem godkänns, och ingen utvärdering mellan leverantörer görs.',
    },
    eformsLead:
      'Annonsen ska ange att upphandlingen har ett socialt mål som gäller jämställdhet mellan kvinnor och män, med dessa fält och värden:',
    eformsHeaders: ['Fält', 'Betydelse', 'Värde'],
    eformsNames: {
      'BT-06': 'Strategisk upphandling',
      'BT-775': 'Socialt hållbar upphandling',
      'BT-777': 'Beskrivning av den strategiska upphandlingen',
    },
    noEforms: 'Inga krav på leverantören är valda; annonsen behöver inga fält om jämställdhet.',
    evaluatorsLead:
      'Utvärderarna bedömer varje anbud mot de tilldelningskriterier, den viktning och den bedömningsgrund som står i bilagan till anbudsgivarna, och mot inget annat.',
    evaluatorsGeneral: [
      'Bedöm varje anbud för sig och skriv ner skälen till varje poäng innan ni jämför anbuden.',
      'Bedöm bara det som anbudet visar om den personal och det uppdrag som anbudet gäller, aldrig leverantörens allmänna företagspolicy.',
      'Är ett svar oklart får anbudsgivaren förtydliga eller komplettera det, men inte ändra anbudet i sak.',
    ],
    weight: 'Poäng eller prisavdrag',
    guide: 'Bedömningsgrund',
    instructions: 'Så bedöms kriteriet',
  },
};

const en: Labels = {
  appendixTitle: 'Appendix: gender-equality requirements',
  metaLines: [
    ['tender.reference', 'Reference number'],
    ['tender.date', 'Date'],
    ['authority.name', 'Contracting authority'],
    ['authority.contact', 'Contact person'],
  ],
  sections: {
    introduction: 'Introduction',
    requirements: 'Requirements',
    evaluation: 'Evaluation of award criteria',
    followup: 'Follow-up plan',
    checklist: 'Checklist for the contracting authority',
  },
  kinds: {
    qualification: {
      heading: 'Qualification requirements',
      lead: 'The supplier must meet these requirements for the tender to be considered.',
    },
    'approval-condition': {
      heading: 'Conditions of approval',
      lead: 'The supplier must meet these conditions to be approved in the choice system, and throughout the contract.',
    },
    'technical-specification': {
      heading: 'Technical specifications',
      lead: 'These requirements concern what is delivered and must be met in the tender.',
    },
    'award-criterion': {
      heading: 'Award criteria',
      lead: 'Tenders that meet the criteria earn points or a price deduction as the evaluation table sets out.',
    },
    'special-contract-condition': {
      heading: 'Special contract conditions',
      lead: 'These conditions apply throughout the contract to the staff who perform it.',
    },
  },
  levels: { base: 'base', advanced: 'advanced', leading: 'leading' },
  intro: {
    opening:
      'This appendix sets out requirements for equality between women and men in the procurement {{tender.title}} ({{tender.reference}}).',
    groundsLead: 'The requirements rest on {count} grounds.',
    counts: ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
    procurementLaw:
      'The Public Procurement Act (2016:1145, LOU) says that a contracting authority should take social considerations into account where the nature of the procurement justifies it (chapter 4, section 3) and that special contract conditions must be linked to what is procured (chapter 17, section 1).',
    closing:
      'The requirements follow the order of the procurement process: qualification requirements, technical specifications, award criteria and special contract conditions. Each requirement has a number, a rule id in square brackets and a description of how it is verified. Level: {level}.',
  },
  requirement: 'Requirement',
  awardCriterion: 'Award criterion',
  verification: 'Verification',
  evaluationHeaders: ['Criterion', 'What is assessed', 'Points or price deduction', 'Scoring guide'],
  followUpHeaders: ['Requirement', 'What is checked', 'When', 'Evidence', 'Who'],
  evidence: 'Evidence',
  points: 'up to {max} points',
  priceDeductionSek: 'price deduction of up to SEK {max}',
  priceDeductionPercent: 'price deduction of up to {max}%',
  noEvaluation: 'No award criteria are selected.',
  noRequirements: 'No supplier requirements are selected.',
  noChecklist: 'No actions for the contracting authority are selected.',
  missingEvaluation: '[Enter points or price deduction]',
  eformsDescription: 'The procurement sets requirements for equality between women and men: {titles}.',
  warnings: {
    missingFields: 'metadata missing for {keys}; the fields are left as [bracketed text] to fill in',
    unknownPlaceholders: 'unknown placeholders left as they are: {keys}',
    fellBack: 'rules without the {level} level use the next lower one: {ids}',
    blockNotAlone: '{key} in {part} must stand alone in its paragraph and was not filled',
    blockAppended: 'the template has no {key}; its content follows the requirements',
    noEvaluationGiven: 'award criterion {id} has no points in its rule pack; fill in the evaluation table',
    checklistMoved: "{key} was left empty: the authority's checklist is now in the annex for the authority (--annex)",
    lovConditions: 'choice system (LOV): award criteria were replaced by the conditions of the next lower level: {ids}',
    lovLeftOut: 'choice system (LOV): rules that are only award criteria were left out: {ids}',
  },
  plan: {
    lead: 'The plan gathers the follow-up of the requirements for the whole contract period: when it takes place, what the supplier reports and hands in, what the authority checks and who is responsible on each side.',
    headers: ['Occasion', 'The supplier reports and hands in', 'The authority checks'],
    supplierResponsible: "the supplier's contract manager",
    authorityResponsible: "the authority's contract manager",
    responsible: ['Responsible for the supplier', 'Responsible for the authority'],
    nothing: 'Nothing beyond the earlier reports.',
    occasions: {
      'start-up': {
        title: 'Start-up meeting',
        timing: 'At the start of the contract.',
        supplierTask: 'The supplier names its contract manager for the requirements of this appendix.',
        authorityTask: 'The authority goes through the follow-up plan with the supplier.',
      },
      'half-yearly': { title: 'Half-yearly review', timing: 'Every six months during the contract.' },
      yearly: { title: 'Yearly contract review', timing: 'Once every contract year.' },
      ongoing: {
        title: 'As it happens',
        timing: 'When something the requirement concerns occurs, or when the authority asks.',
      },
      end: {
        title: 'End of contract',
        timing: 'Before the contract period ends.',
        authorityTask:
          'The authority sums up the follow-up of the requirements over the contract period, to inform later procurements.',
      },
    },
  },
  form: {
    title: 'Answer form: gender-equality requirements',
    intro: [
      'This form belongs to the appendix of gender-equality requirements in the procurement {{tender.title}} ({{tender.reference}}). Fill in one row per requirement: tick the box when you accept the requirement, write your answer in the answer field and give the name of the attachment that holds the evidence the requirement asks for.',
      'Fill in the fields only. Do not change the requirement numbers, rule ids or the order of the rows: the form is read automatically at evaluation.',
    ],
    headers: ['Requirement', 'What is asked', 'Accepted', 'Answer', 'Attachment'],
    yes: 'Yes',
    asked: 'Evidence',
    answerPlaceholder: 'Write your answer here.',
    attachmentPlaceholder: 'Name of the attachment',
    tendererHeading: 'Tenderer',
    tenderer: "Tenderer's name",
    orgNumber: 'Company registration number',
  },
  annex: {
    title: 'Annex for the contracting authority: reasons and records',
    notice:
      "This annex is the authority's own record and is not sent to tenderers. It shows why each requirement is set and why it may stand where it does, what the authority itself must do, which fields the notice must set and how tenders are to be evaluated.",
    sections: {
      clauses: 'The requirements and their grounds',
      checklist: 'Checklist for the contracting authority',
      eforms: 'Notice fields (eForms)',
      evaluators: 'Instructions to evaluators',
    },
    clausesLead:
      'For every requirement of the appendix to tenderers: its legal basis, its rationale and why its requirement kind is lawful where it stands. Keep this at hand in a review.',
    kind: 'Requirement kind',
    stage: 'Stage',
    basis: 'Legal basis',
    rationale: 'Rationale',
    lawful: 'Why the kind is lawful',
    lawfulness: {
      qualification:
        'Qualification requirements may only concern suitability, economic and financial standing and technical and professional ability, with the evidence LOU chapter 15 lists (LOU ch. 14 s. 1), and must be linked and proportionate to the contract.',
      'technical-specification':
        'Technical specifications may concern how what is bought is produced or delivered, where the requirements are linked to the subject matter and proportionate to its value and objectives (LOU ch. 9, Directive 2014/24/EU art. 42).',
      'award-criterion':
        "Award criteria must be linked to the subject matter, may concern the organisation, qualifications and experience of the staff performing the contract, must be verifiable and must be published in advance with a weighting or price deduction and a scoring guide (LOU ch. 16, Directive 2014/24/EU art. 67). The supplier's general corporate policy may not be evaluated (recital 97).",
      'special-contract-condition':
        'Special contract conditions must be linked to the subject matter and set out in the procurement documents (LOU ch. 17 s. 1); they may be social and promote equality at work for the staff performing the contract (Directive 2014/24/EU art. 70, recital 98).',
      'approval-condition':
        'Conditions of approval in a choice system must be set out in the request for applications and applied equally, without discrimination and proportionately to every applicant (LOV, the Swedish Act on System of Choice in the Public Sector (2008:962), ch. 1); whoever meets them is approved, and suppliers are not evaluated against each other.',
    },
    eformsLead:
      'The notice must state that the procurement has a social objective concerning equality between women and men, with these fields and values:',
    eformsHeaders: ['Field', 'Meaning', 'Value'],
    eformsNames: {
      'BT-06': 'Strategic procurement',
      'BT-775': 'Social procurement',
      'BT-777': 'Strategic procurement description',
    },
    noEforms: 'No supplier requirements are selected; the notice needs no gender-equality fields.',
    evaluatorsLead:
      'Evaluators assess each tender against the award criteria, weighting and scoring guide published in the appendix to tenderers, and against nothing else.',
    evaluatorsGeneral: [
      'Assess each tender on its own and record the reasons for every score before comparing tenders.',
      "Assess only what the tender shows about the staff and the delivery it concerns, never the supplier's general corporate policy.",
      'Where an answer is unclear, the tenderer may clarify or complete it, but not change the tender in substance.',
    ],
    weight: 'Points or price deduction',
    guide: 'Scoring guide',
    instructions: 'How the criterion is assessed',
  },
};

/** The labels for a language. */
export const LABELS: Record<Lang, Labels> = { sv, en };

/** Fills `{name}` slots (single braces; `{{…}}` placeholders pass through untouched). */
export function slot(text: string, values: Record<string, string | number>): string {
  return text.replace(/(?<!\{)\{(\w+)\}(?!\})/g, (all, key: string) => (key in values ? String(values[key]) : all));
}
