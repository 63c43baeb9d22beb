// The appendix's own words in English: headings, introduction, table headers and warnings.
import type { Labels } from './types.js';

export const en: Labels = {
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
      'This appendix sets out requirements for equality between women and men in the procurement {{tender.title}} ' +
      '({{tender.reference}}).',
    groundsLead: 'The requirements rest on {count} grounds.',
    counts: ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
    procurementLaw:
      'The Public Procurement Act (2016:1145, LOU) says that a contracting authority should take social ' +
      'considerations into account where the nature of the procurement justifies it (chapter 4, section 3) and ' +
      'that special contract conditions must be linked to what is procured (chapter 17, section 1).',
    closing:
      'The requirements follow the order of the procurement process: qualification requirements, technical ' +
      'specifications, award criteria and special contract conditions. Each requirement has a number, a rule id in ' +
      'square brackets and a description of how it is verified. Level: {level}.',
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
    lead:
      'The plan gathers the follow-up of the requirements for the whole contract period: when it takes place, what ' +
      'the supplier reports and hands in, what the authority checks and who is responsible on each side.',
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
          'The authority sums up the follow-up of the requirements over the contract period, to inform later ' +
          'procurements.',
      },
    },
  },
  form: {
    title: 'Answer form: gender-equality requirements',
    intro: [
      'This form belongs to the appendix of gender-equality requirements in the procurement {{tender.title}} ' +
        '({{tender.reference}}). Fill in one row per requirement: tick the box when you accept the requirement, ' +
        'write your answer in the answer field and give the name of the attachment that holds the evidence the ' +
        'requirement asks for.',
      'Fill in the fields only. Do not change the requirement numbers, rule ids or the order of the rows: the form ' +
        'is read automatically at evaluation.',
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
      "This annex is the authority's own record and is not sent to tenderers. It shows why each requirement is set " +
      'and why it may stand where it does, what the authority itself must do, which fields the notice must set and ' +
      'how tenders are to be evaluated.',
    sections: {
      clauses: 'The requirements and their grounds',
      checklist: 'Checklist for the contracting authority',
      eforms: 'Notice fields (eForms)',
      evaluators: 'Instructions to evaluators',
    },
    clausesLead:
      'For every requirement of the appendix to tenderers: its legal basis, its rationale and why its requirement ' +
      'kind is lawful where it stands. Keep this at hand in a review.',
    kind: 'Requirement kind',
    stage: 'Stage',
    basis: 'Legal basis',
    rationale: 'Rationale',
    lawful: 'Why the kind is lawful',
    lawfulness: {
      qualification:
        'Qualification requirements may only concern suitability, economic and financial standing and technical ' +
        'and professional ability, with the evidence LOU chapter 15 lists (LOU ch. 14 s. 1), and must be linked ' +
        'and proportionate to the contract.',
      'technical-specification':
        'Technical specifications may concern how what is bought is produced or delivered, where the requirements ' +
        'are linked to the subject matter and proportionate to its value and objectives (LOU ch. 9, Directive ' +
        '2014/24/EU art. 42).',
      'award-criterion':
        'Award criteria must be linked to the subject matter, may concern the organisation, qualifications and ' +
        'experience of the staff performing the contract, must be verifiable and must be published in advance with ' +
        'a weighting or price deduction and a scoring guide (LOU ch. 16, Directive 2014/24/EU art. 67). The ' +
        "supplier's general corporate policy may not be evaluated (recital 97).",
      'special-contract-condition':
        'Special contract conditions must be linked to the subject matter and set out in the procurement documents ' +
        '(LOU ch. 17 s. 1); they may be social and promote equality at work for the staff performing the contract ' +
        '(Directive 2014/24/EU art. 70, recital 98).',
      'approval-condition':
        'Conditions of approval in a choice system must be set out in the request for applications and applied ' +
        'equally, without discrimination and proportionately to every applicant (LOV, the Swedish Act on System of ' +
        'Choice in the Public Sector (2008:962), ch. 1); whoever meets them is approved, and suppliers are not ' +
        'evaluated against each other.',
    },
    eformsLead:
      'The notice must state that the procurement has a social objective concerning equality between women and ' +
      'men, with these fields and values:',
    eformsHeaders: ['Field', 'Meaning', 'Value'],
    eformsNames: {
      'BT-06': 'Strategic procurement',
      'BT-775': 'Social procurement',
      'BT-777': 'Strategic procurement description',
    },
    noEforms: 'No supplier requirements are selected; the notice needs no gender-equality fields.',
    evaluatorsLead:
      'Evaluators assess each tender against the award criteria, weighting and scoring guide published in the ' +
      'appendix to tenderers, and against nothing else.',
    evaluatorsGeneral: [
      'Assess each tender on its own and record the reasons for every score before comparing tenders.',
      "Assess only what the tender shows about the staff and the delivery it concerns, never the supplier's " +
        'general corporate policy.',
      'Where an answer is unclear, the tenderer may clarify or complete it, but not change the tender in substance.',
    ],
    weight: 'Points or price deduction',
    guide: 'Scoring guide',
    instructions: 'How the criterion is assessed',
  },
};
