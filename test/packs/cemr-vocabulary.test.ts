// The cemr12 rules' vocabulary families as real tenders phrase them, in both languages: what the
// contract means for women and men, and how the equality duties reach the supplier; look-alikes
// that say something else.
import { loadCatalogue } from '../../src/packs/index.js';
import { evidenceTester } from '../match/tester.js';

const catalogue = await loadCatalogue();
const evidenceOf = (id: string) => catalogue.rules.find((r) => r.id === id)!.evidence;

evidenceTester(
  'gender analysis: a fact by sex about those served, and what the authority wants the service to achieve',
  evidenceOf('cemr12.gender-analysis'),
  {
    found: [
      'Bland brukarna får män oftare hjälp med inköp, medan kvinnor oftare får hjälp med städning.',
      'Äldre kvinnor bor oftare ensamma än äldre män.',
      'Kommunen vill att verksamheten bidrar till att kvinnor och män får samma möjligheter till arbete.',
      'Men living alone are less likely than women to take up the support.',
      'Older women are more likely to live alone on a low income.',
      'Women are far more likely than men to be victims of repeated abuse.',
    ],
    missed: [
      'Kvinnor är kraftigt underrepresenterade i it-yrkena.',
      'Kvinnor söker oftare deltid än män.',
      'Kommunen ska se till att kvinnor och män bland brukarna får samma möjligheter.',
      'Women are less likely than men to work as engineers.',
      'Men are more likely than women to hold site manager posts.',
    ],
  },
);

evidenceTester(
  'equal service: taking part and attendance by sex, not the employer’s work against discrimination',
  evidenceOf('cemr12.equal-service'),
  {
    found: [
      'Programmet ska utformas så att flickor och pojkar kan ta del på lika villkor.',
      'Leverantören ska redovisa närvaron vid varje pass efter ålder och kön.',
      'The program must be designed so that girls and boys have equal opportunity to take part.',
      'The supplier must record attendance at each session by age and sex.',
    ],
    missed: [
      'Leverantören ska undersöka risker för diskriminering bland den personal som utför tjänsten.',
      'De konsulter som deltar i uppdraget ska vara både kvinnor och män.',
      'The supplier shall identify risks of discrimination among the staff delivering the services.',
      'Staff attendance at the induction shall be recorded.',
      'Personalens deltagande i utbildning om likabehandling ska redovisas.',
      'Staff participation in equal treatment training shall be recorded.',
    ],
  },
);

evidenceTester(
  'contract terms: an audit right over the equality duties, not an internal audit',
  evidenceOf('cemr12.contract-terms'),
  {
    found: [
      'Kommunen har rätt att genomföra revision av leverantörens arbete med jämställdhet.',
      'The council may audit the contractor’s compliance with the equality obligations.',
    ],
    missed: [
      'En internrevision av jämställdhetsarbetet planeras till 2027.',
      'An internal audit of the equality data is scheduled for next year.',
    ],
  },
);

evidenceTester(
  'follow-up: the authority following up the equality duties, not an internal audit',
  evidenceOf('cemr12.follow-up'),
  {
    found: [
      'Leverantören ska årligen redovisa sitt jämställdhetsarbete till kommunen.',
      'The contractor shall submit each year a report on its equality work to the council.',
    ],
    missed: [
      'Leverantörens internrevision granskar jämställdhetsarbetet varje år.',
      'The supplier’s internal audit reviews its equality work each year.',
    ],
  },
);

evidenceTester(
  'subcontractors: the whole code of conduct flowed down, not a code named elsewhere',
  evidenceOf('cemr12.subcontractors'),
  {
    found: [
      'Leverantören ansvarar för att uppförandekoden följs av de underleverantörer som medverkar i leveransen.',
      'The Supplier shall ensure that its subcontractors comply with this Code.',
    ],
    missed: [
      'Leverantören ska ha en egen uppförandekod för underleverantörer.',
      'Subcontractors shall have a code of conduct of their own.',
    ],
  },
);

evidenceTester('follow-up: following up the whole code of conduct', evidenceOf('cemr12.follow-up'), {
  found: [
    'Leverantören ska på begäran visa hur uppförandekoden efterlevs.',
    'On request the Supplier shall give the Council evidence of compliance with this Code.',
  ],
  missed: [
    'Leverantören ska på begäran visa att den har en uppförandekod.',
    'On request the Supplier shall show that it has a code of conduct.',
  ],
});

evidenceTester(
  'contract terms: a right to review the supplier’s records on equality is an audit right',
  evidenceOf('cemr12.contract-terms'),
  {
    found: [
      'Kommunen får granska leverantörens underlag om likabehandling.',
      "The City's Employment Equity Officer may review the Contractor's records on employment equity.",
      'The Contractor shall give the Council access to records of its equal pay work.',
    ],
    missed: [
      "The City may review the Contractor's records of deliveries.",
      'Leverantören ska föra register över leveranserna.',
    ],
  },
);

evidenceTester('same responsibility: as if the supplier were the authority', evidenceOf('cemr12.same-responsibility'), {
  found: [
    'Leverantören ska arbeta för jämställdhet mellan kvinnor och män som om den vore kommunen.',
    'The Contractor shall have due regard to equality as if the Contractor were the Council.',
  ],
  missed: [
    'Leverantören ska svara på frågor som om den vore kommunen.',
    'The Contractor shall answer complaints as if the Contractor were the Council.',
  ],
});

evidenceTester(
  'subcontractors: a duty for women as well as men that reaches subcontractors’ staff',
  evidenceOf('cemr12.subcontractors'),
  {
    found: [
      'Skyddsutrustning som passar kvinnor såväl som män ska även ges till underleverantörernas personal.',
      'PPE designed for women as well as for men shall be issued to all operatives, including subcontractors’ staff.',
    ],
    missed: [
      'Skyddsutrustning ska även ges till underleverantörernas personal.',
      'Protective equipment shall be issued to all operatives, including those employed by subcontractors.',
    ],
  },
);

evidenceTester(
  'follow-up: staff who can report harassment is a routine, not follow-up',
  evidenceOf('cemr12.follow-up'),
  {
    found: [
      'Leverantören ska årligen rapportera sitt arbete mot trakasserier till kommunen.',
      'The contractor shall report each year to the council on its work against harassment.',
    ],
    missed: [
      'Leverantören ska ha rutiner så att personalen kan anmäla trakasserier anonymt.',
      'The contractor shall have procedures under which its personnel can report harassment confidentially.',
    ],
  },
);

evidenceTester('gender analysis: the share of women or men among those served', evidenceOf('cemr12.gender-analysis'), {
  found: ['Cirka 58 procent av deltagarna är män.', 'About 70 percent of the residents are women.'],
  missed: ['Cirka 70 procent av personalen är kvinnor.', 'About 80 percent of the cleaning staff are women.'],
});

evidenceTester(
  'gender analysis: who uses the service, and how much of it, by sex',
  evidenceOf('cemr12.gender-analysis'),
  {
    found: [
      'Kvinnor använder kollektivtrafiken oftare än män.',
      'Tjänsten används främst av kvinnor, medan män mer sällan söker hjälp.',
      'The service is used mostly by women, and men are less likely to seek help.',
    ],
    missed: ['Kvinnor använder oftare deltid än män.', 'Women use the staff canteen more than men do.'],
  },
);

evidenceTester(
  'follow-up: a yearly account of the equality requirements, however the year is said',
  evidenceOf('cemr12.follow-up'),
  {
    found: [
      'Leverantören ska en gång per år redovisa hur jämställdhetskraven uppfylls.',
      'The contractor shall report once a year on how the equality requirements are met.',
    ],
    missed: [
      'Leverantören ska en gång per år redovisa antalet leveranser.',
      'The contractor shall report once a year on the number of deliveries.',
    ],
  },
);

evidenceTester('follow-up: reports by sex, never the Swedish six', evidenceOf('cemr12.follow-up'), {
  found: [
    'The contractor shall report staff numbers by sex and age to the council each year.',
    'Leverantören ska årligen rapportera antalet lärlingar uppdelat på kön till kommunen.',
  ],
  missed: [
    'Frågor ska ställas senast sex dagar före sista anbudsdag och besvaras av kommunen.',
    'Questions shall be put at least six days before the deadline and answered by the council.',
  ],
});

evidenceTester('contract terms: a Swedish audit, never an English revision', evidenceOf('cemr12.contract-terms'), {
  found: [
    'Leverantören ska medge revision av sitt arbete med jämställdhet.',
    'The contractor shall allow the council to audit its equality work.',
  ],
  missed: ['The equality plan is subject to revision every year.', 'Jämställdhetsplanen revideras varje år.'],
});

evidenceTester(
  'gender analysis: why equality is central, never the Swedish central',
  evidenceOf('cemr12.gender-analysis'),
  {
    found: ['Gender equality is central to the purpose of the service.'],
    missed: ['Jämställdhetsarbetet samordnas av kommunens central för brukarstöd.'],
  },
);

evidenceTester('equal service: users counted by gender', evidenceOf('cemr12.equal-service'), {
  found: [
    'The contractor shall report the number of service users by gender each quarter.',
    'Leverantören ska varje kvartal redovisa antalet brukare per kön.',
  ],
  missed: [
    'The contractor shall report the number of service users each quarter.',
    'Leverantören ska varje kvartal redovisa antalet brukare.',
  ],
});

evidenceTester(
  'gender analysis: a gap in how the service meets the needs of each sex',
  evidenceOf('cemr12.gender-analysis'),
  {
    found: [
      'Young women made up the larger share of those who left the programme early.',
      'The present service does not meet the needs of young women as well as those of young men.',
      'Unga kvinnor utgjorde den större andelen av dem som avbröt insatsen i förtid.',
      'Verksamheten möter unga kvinnors behov sämre än unga mäns.',
    ],
    missed: [
      'The present service does not meet the needs of the residents.',
      'Dagens verksamhet möter inte de boendes behov.',
    ],
  },
);

evidenceTester(
  'equal service: a service of equal quality to young people of each sex',
  evidenceOf('cemr12.equal-service'),
  {
    found: [
      'The Provider shall ensure that young women and young men receive a service of equal quality.',
      'Utföraren ska se till att unga kvinnor och män får en tjänst av likvärdig kvalitet.',
    ],
    missed: [
      'The Provider shall ensure that the service is of high quality.',
      'Utföraren ska se till att tjänsten håller hög kvalitet.',
    ],
  },
);

evidenceTester('same responsibility: to the same extent as the authority', evidenceOf('cemr12.same-responsibility'), {
  found: [
    'The Operator shall promote equality of treatment to the same extent as the Council is required to do by law.',
    'Utföraren ska främja jämställdhet i samma utsträckning som kommunen är skyldig att göra.',
  ],
  missed: [
    'The Operator shall promote equality of treatment in its services.',
    'Utföraren ska främja jämställdhet i verksamheten.',
  ],
});

evidenceTester('contract terms: a right to audit, never a review at follow-up', evidenceOf('cemr12.contract-terms'), {
  found: [
    'Kommunen har rätt att granska leverantörens arbete med jämställdhet.',
    'The council may audit the contractor’s work on gender equality.',
  ],
  missed: [
    'Vid uppföljningen granskas bland annat hur jämställdhetskraven har uppfyllts.',
    'At the yearly follow-up the council reviews how the equality requirements have been met.',
  ],
});

evidenceTester(
  'gender analysis: an aim that women and men can use what is bought',
  evidenceOf('cemr12.gender-analysis'),
  {
    found: [
      'The objective is that women and men can use the new booking system on equal terms.',
      'Målet är att kvinnor och män ska kunna använda det nya bokningssystemet på lika villkor.',
    ],
    missed: [
      'The objective is that the new booking system can be used from the first day.',
      'Målet är att det nya bokningssystemet ska kunna användas från första dagen.',
    ],
  },
);

evidenceTester(
  'follow-up: conditions set regardless of sex, or for work and parenthood',
  evidenceOf('cemr12.follow-up'),
  {
    found: [
      'The Contractor shall report each quarter how working hours are set regardless of sex.',
      'Leverantören ska varje kvartal rapportera hur arbetstider sätts oberoende av kön.',
      'Leverantören ska årligen redovisa hur konsulterna kan förena arbete och föräldraskap.',
    ],
    missed: [
      'The Contractor shall report each quarter how working hours are set.',
      'Leverantören ska varje kvartal rapportera hur arbetstider sätts.',
    ],
  },
);

evidenceTester('follow-up: an inspection, never an inspectorate', evidenceOf('cemr12.follow-up'), {
  found: [
    'The council may carry out inspections of the contractor’s equal pay records.',
    'Kommunen har rätt att göra revision hos leverantören av arbetet med lika lön.',
  ],
  missed: [
    'The contractor shall run a webinar on gender equality for labour inspectorates.',
    'Leverantören ska hålla ett seminarium om jämställdhet för arbetsmiljöinspektörer.',
  ],
});
