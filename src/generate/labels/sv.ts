// The appendix's own words in Swedish: headings, introduction, table headers and warnings.
import type { Labels } from './types.js';

export const sv: Labels = {
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
      'Den här bilagan innehåller krav för jämställdhet mellan kvinnor och män i upphandlingen ' +
      '{{tender.title}} ({{tender.reference}}).',
    groundsLead: 'Kraven bygger på {count} grunder.',
    counts: ['noll', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio'],
    procurementLaw:
      'Lagen (2016:1145) om offentlig upphandling (LOU) säger att en upphandlande myndighet bör ta sociala ' +
      'hänsyn när upphandlingens art motiverar det (4 kap. 3 §) och att särskilda kontraktsvillkor ska ha ' +
      'anknytning till det som upphandlas (17 kap. 1 §).',
    closing:
      'Kraven står i den ordning de används i upphandlingen: kvalificeringskrav, tekniska specifikationer, ' +
      'tilldelningskriterier och särskilda kontraktsvillkor. Varje krav har ett nummer, ett regel-id inom ' +
      'hakparentes och en beskrivning av hur det verifieras. Nivå: {level}.',
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
    lovConditions:
      'valfrihetssystem (LOV): tilldelningskriterier ersattes av villkoren ' + 'på närmast lägre nivå: {ids}',
    lovLeftOut: 'valfrihetssystem (LOV): regler som bara är tilldelningskriterier togs inte med: {ids}',
  },
  plan: {
    lead:
      'Planen samlar uppföljningen av kraven för hela avtalstiden: vid vilka tillfällen den sker, vad ' +
      'leverantören redovisar och lämnar in, vad beställaren kontrollerar och vem som ansvarar på var sida.',
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
      ongoing: {
        title: 'Löpande',
        timing: 'När något inträffar som kravet gäller, eller på beställarens begäran.',
      },
      end: {
        title: 'Avtalets slut',
        timing: 'Före avtalstidens slut.',
        authorityTask:
          'Beställaren sammanfattar uppföljningen av kraven under avtalstiden som underlag för kommande ' +
          'upphandlingar.',
      },
    },
  },
  form: {
    title: 'Svarsformulär: krav för jämställdhet',
    intro: [
      'Formuläret hör till bilagan med krav för jämställdhet i upphandlingen {{tender.title}} ' +
        '({{tender.reference}}). Fyll i en rad per krav: kryssa i rutan när ni accepterar kravet, skriv ert svar i ' +
        'svarsfältet och ange namnet på den bilaga som innehåller det underlag kravet efterfrågar.',
      'Fyll bara i fälten. Ändra inte kravnummer, regel-id eller radernas ordning: formuläret läses maskinellt ' +
        'vid utvärderingen.',
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
      'Bilagan är myndighetens eget underlag och skickas inte till anbudsgivarna. Den visar varför varje krav ' +
      'ställs och varför det får stå där det står, vad myndigheten själv ska göra, vilka fält annonsen ' +
      'ska ha och hur anbuden ska utvärderas.',
    sections: {
      clauses: 'Kraven och deras grund',
      checklist: 'Checklista för den upphandlande myndigheten',
      eforms: 'Fält i annonsen (eForms)',
      evaluators: 'Instruktioner till utvärderarna',
    },
    clausesLead:
      'För varje krav i bilagan till anbudsgivarna: den rättsliga grunden, motivet och varför kravtypen är ' +
      'tillåten där kravet står. Ha detta till hands vid en överprövning.',
    kind: 'Kravtyp',
    stage: 'Skede',
    basis: 'Rättslig grund',
    rationale: 'Motiv',
    lawful: 'Varför kravtypen är tillåten',
    lawfulness: {
      qualification:
        'Kvalificeringskrav får bara avse behörighet, ekonomisk ställning och teknisk och yrkesmässig ' +
        'kapacitet, med de bevis som LOU 15 kap. räknar upp (LOU 14 kap. 1 §), och ska ha anknytning till och ' +
        'stå i proportion till kontraktet.',
      'technical-specification':
        'Tekniska specifikationer får avse hur det som anskaffas produceras eller levereras, när kraven har ' +
        'anknytning till det som anskaffas och står i proportion till dess värde och mål (LOU 9 kap., direktiv ' +
        '2014/24/EU art. 42).',
      'award-criterion':
        'Tilldelningskriterier ska ha anknytning till det som anskaffas, får avse organisation, kvalifikationer ' +
        'och erfarenhet hos den personal som utför kontraktet, ska gå att kontrollera och ska anges i förväg ' +
        'med viktning eller prisavdrag och bedömningsgrund (LOU 16 kap., direktiv 2014/24/EU art. 67). ' +
        'Leverantörens allmänna företagspolicy får inte utvärderas (skäl 97).',
      'special-contract-condition':
        'Särskilda kontraktsvillkor ska ha anknytning till det som anskaffas och anges i upphandlingsdokumenten ' +
        '(LOU 17 kap. 1 §); de får vara sociala och främja jämställdhet i arbetslivet för den personal som ' +
        'utför kontraktet (direktiv 2014/24/EU art. 70, skäl 98).',
      'approval-condition':
        'Villkor för godkännande i ett valfrihetssystem ska anges i förfrågningsunderlaget och tillämpas ' +
        'lika, icke-diskriminerande och proportionerligt på alla sökande (LOV, lagen (2008:962) om ' +
        'valfrihetssystem, 1 kap.); den som uppfyller dem godkänns, och ingen utvärdering mellan leverantörer ' +
        'görs.',
    },
    eformsLead:
      'Annonsen ska ange att upphandlingen har ett socialt mål som gäller jämställdhet mellan kvinnor och ' +
      'män, med dessa fält och värden:',
    eformsHeaders: ['Fält', 'Betydelse', 'Värde'],
    eformsNames: {
      'BT-06': 'Strategisk upphandling',
      'BT-775': 'Socialt hållbar upphandling',
      'BT-777': 'Beskrivning av den strategiska upphandlingen',
    },
    noEforms: 'Inga krav på leverantören är valda; annonsen behöver inga fält om jämställdhet.',
    evaluatorsLead:
      'Utvärderarna bedömer varje anbud mot de tilldelningskriterier, den viktning och den bedömningsgrund som ' +
      'står i bilagan till anbudsgivarna, och mot inget annat.',
    evaluatorsGeneral: [
      'Bedöm varje anbud för sig och skriv ner skälen till varje poäng innan ni jämför anbuden.',
      'Bedöm bara det som anbudet visar om den personal och det uppdrag som anbudet gäller, aldrig ' +
        'leverantörens allmänna företagspolicy.',
      'Är ett svar oklart får anbudsgivaren förtydliga eller komplettera det, men inte ändra anbudet i sak.',
    ],
    weight: 'Poäng eller prisavdrag',
    guide: 'Bedömningsgrund',
    instructions: 'Så bedöms kriteriet',
  },
};
