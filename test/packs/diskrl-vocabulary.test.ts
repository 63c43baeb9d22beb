// The diskrl3 rules' vocabulary families as real clauses phrase them, in both languages: what a
// tender asks of the supplier as an employer, and look-alikes that ask something else.
import { loadCatalogue } from '../../src/packs/index.js';
import { evidenceTester } from '../match/tester.js';

const catalogue = await loadCatalogue();
const evidenceOf = (id: string) => catalogue.rules.find((r) => r.id === id)!.evidence;

evidenceTester(
  'parenthood: family life beside work, and no worse treatment for taking leave',
  evidenceOf('diskrl3.parenthood'),
  {
    found: [
      'Medarbetare med små barn ska kunna kombinera arbetet med familjeliv.',
      'Leverantören ska se till att ingen behandlas sämre för att hen tar föräldraledigt eller adoptionsledigt.',
      'The contractor shall not treat employees less favourably for taking adoption leave or parental leave.',
      'Staff with caring responsibilities shall have the right to request changes to their working hours.',
    ],
    missed: [
      'Leverantören ska stödja brukarens familjeliv.',
      'The supplier shall give fair consideration to requests from the council for extra cleaning.',
      'The contractor shall treat all customers no less favourably than its own staff.',
      'Leverantören ska ha rutiner för kontakt med föräldrar och vårdnadshavare till eleverna.',
      'The supplier shall have procedures for keeping parents of pupils informed.',
    ],
  },
);

evidenceTester(
  'working conditions: staff facilities, clothing and schedules that suit everyone',
  evidenceOf('diskrl3.working-conditions'),
  {
    found: [
      'Leverantören ska se till att raststugor och personalrum fungerar för kvinnor och män.',
      'Leverantören ska lägga arbetstiderna så att de tar hänsyn till medarbetarnas olika livssituationer.',
      'Leverantören ska göra skäliga anpassningar av arbetsutrustningen för anställda som behöver det.',
      'The contractor shall make reasonable adjustments to working arrangements for staff who need them.',
      'Shift patterns shall take account of the different life situations of the staff.',
      'The contractor shall provide staff toilets and staff changing rooms for women and men.',
    ],
    missed: [
      'Arbetskläderna ska finnas i storlekar som passar alla användare oavsett kön.',
      'Leverantören ska hålla badhusets toaletter och omklädningsrum rena för kvinnor och män.',
      'Venues shall have accessible toilets for persons with disabilities.',
      'The workwear supplied shall fit all service users, women and men.',
    ],
  },
);

evidenceTester(
  'gender balance: women into senior roles, not facilities, the authority or a course',
  evidenceOf('diskrl3.gender-balance'),
  {
    found: [
      'Leverantören ska beskriva hur den stöttar kvinnor till chefsroller i uppdraget.',
      'The contractor shall describe how it will support women into senior roles in the contract team.',
      'The contractor shall state how many women and men hold management positions in the team.',
      'Leverantören ska öka antalet kvinnliga arbetsledare i uppdraget.',
      'The contractor shall report the percentage of women among its site supervisors.',
    ],
    missed: [
      'Leverantören ska ordna toaletter och duschar för både kvinnor och män på arbetsplatsen.',
      'Utbildningen ska ge kunskap om kommunens egna mål för könsfördelning.',
      'The contractor shall report an analysis of pay by sex and job grade.',
      'The contractor shall provide changing rooms and showers for both women and men on site.',
      "The programme shall cover the council's own targets for gender balance in management.",
    ],
  },
);

evidenceTester(
  'recruitment: hiring, not new staff being trained or a course module',
  evidenceOf('diskrl3.recruitment-promotion'),
  {
    found: [
      'Vid nyanställningar ska leverantören verka för en jämnare könsfördelning.',
      'The contractor shall recruit so that women and men apply for every role.',
      'Leverantören ska använda intervjupaneler med både kvinnor och män.',
      'Job adverts for the contract shall be written so that women and men apply.',
    ],
    missed: [
      'Nyanställda ska inom en månad gå en utbildning i jämställdhet.',
      'Kursen ska innehålla följande moduler:\n- Könsneutral rekrytering',
      'Module 3 shall cover recruitment without regard to sex.',
      'Konsulten ska genomföra intervjuer med kvinnor och män i byarna.',
      'The consultant shall hold interviews with women and men in each village.',
    ],
  },
);

evidenceTester(
  'harassment: the staff, not users between themselves, a course, or a count',
  evidenceOf('diskrl3.harassment'),
  {
    found: [
      'Leverantören ska ha rutiner mot trakasserier av personalen.',
      'The contractor shall have a grievance procedure for staff who report harassment.',
    ],
    missed: [
      'Leverantören ska ha rutiner mot kränkningar och trakasserier mellan eleverna.',
      'Utbildningens modul 4 ska behandla hur chefer förebygger sexuella trakasserier.',
      'The contractor shall have routines to stop harassment between visitors.',
      'The report must state the number of grievances about harassment.',
      'Module 2 must cover preventing sexual harassment at work.',
    ],
  },
);

evidenceTester(
  'documentation: a written programme, not the authority’s own plan',
  evidenceOf('diskrl3.documentation'),
  {
    found: [
      'Leverantören ska ha ett skriftligt program för sitt jämställdhetsarbete.',
      'The contractor shall maintain a written affirmative action program.',
      'The supplier shall keep a written programme for its equality work.',
      'The supplier shall each year document in writing its work for equality.',
      'The supplier shall record in writing, once a year, the measures taken against discrimination.',
    ],
    missed: [
      'Leverantören ska följa kommunens jämställdhetsplan.',
      "The supplier shall respect the council's equality plan.",
      '## Likabehandling\nLeverantören ska på begäran ge regionen tillgång till relevant dokumentation.',
      '## Equal treatment\nThe supplier shall on request give the council access to relevant documentation.',
      '## Equal treatment\nThe contractor shall keep records of the name and rate of pay of each employee.',
    ],
  },
);

evidenceTester(
  'pay survey: the supplier’s own, not the authority’s that a system serves',
  evidenceOf('diskrl3.pay-survey'),
  {
    found: [
      'Leverantören ska varje år genomföra en lönekartläggning av uppdragets personal.',
      'The supplier shall carry out a yearly pay survey of pay differences between women and men.',
    ],
    missed: [
      'Systemet ska stödja kommunens årliga lönekartläggning av löneskillnader mellan kvinnor och män.',
      "The system shall support the council's pay survey of women and men.",
    ],
  },
);

evidenceTester(
  'training: equality, not professional training beside a harassment routine',
  evidenceOf('diskrl3.training'),
  {
    found: [
      'Leverantören ska ge all personal i uppdraget utbildning i likabehandling.',
      'The supplier shall give all contract staff training in equal treatment.',
      'All personal ska ha gått en grundutbildning i jämställdhet innan de börjar i uppdraget.',
    ],
    missed: [
      'Förarna ska ha YKB och utbildning i hjärt-lungräddning och känna till rutinen mot trakasserier.',
      'Personalen ska ha utbildning i ergonomi och lyftteknik enligt rutinen mot trakasserier.',
      'Staff shall hold food hygiene and first aid training and know the harassment policy.',
    ],
  },
);

evidenceTester('pay: a pay survey is about pay, the authority’s own is not the supplier’s', evidenceOf('diskrl3.pay'), {
  found: [
    'Entreprenören ska varje år genomföra en lönekartläggning enligt diskrimineringslagen.',
    'The contractor shall carry out a yearly pay survey under the Equality Act.',
  ],
  missed: [
    'Systemet ska stödja kommunens årliga lönekartläggning enligt diskrimineringslagen.',
    "The system shall support the council's pay survey under the Equality Act.",
  ],
});

evidenceTester(
  'active measures: the Act’s steps in its own words, without the words "active measures"',
  evidenceOf('diskrl3.active-measures'),
  {
    found: [
      'Leverantören ska fortlöpande undersöka om det finns risker för diskriminering och analysera orsakerna.',
      'Leverantören ska kartlägga riskerna för diskriminering i uppdraget och följa upp arbetet.',
      'The supplier shall investigate whether there are risks of discrimination and analyse their causes.',
    ],
    missed: [
      'Leverantören ska undersöka om det finns risker i arbetsmiljön och analysera orsakerna till olyckor.',
      'The supplier shall identify risks to the system and analyse the causes of outages.',
    ],
  },
);

evidenceTester(
  'harassment: a dignity-at-work policy is a policy against harassment',
  evidenceOf('diskrl3.harassment'),
  {
    found: [
      'The contractor shall have a dignity at work policy that covers all contract staff.',
      'Leverantören ska ha rutiner för hur anmälningar om trakasserier utreds.',
    ],
    missed: [
      'The contractor shall keep the dignity of residents at the heart of its work.',
      'Kommunen har en policy mot trakasserier.',
    ],
  },
);

evidenceTester('documentation: a plan for the equality work, by any name', evidenceOf('diskrl3.documentation'), {
  found: [
    'Leverantören ska ha en plan för jämställdhetsarbetet som uppdateras varje år.',
    'Leverantören ska ha en handlingsplan för jämställdhet och mångfald.',
    'The supplier shall have a gender action plan covering the contract staff.',
    'The supplier shall keep a plan for gender equality that is updated every year.',
  ],
  missed: [
    'Leverantören ska känna till kommunens plan för jämställdhet.',
    "The supplier shall follow the council's plan for equality.",
  ],
});

evidenceTester('training: LGBTQ inclusion is equal treatment', evidenceOf('diskrl3.training'), {
  found: [
    'All personal i uppdraget ska gå en utbildning i hbtq-frågor.',
    'All contract staff shall receive training on LGBTQ inclusion at work.',
  ],
  missed: ['Leverantören ska bjuda in till hbtq-festivalen.', 'The venue shall host an LGBTQ film night.'],
});

evidenceTester(
  'working conditions: protective equipment and adjustments for disabled staff',
  evidenceOf('diskrl3.working-conditions'),
  {
    found: [
      'The contractor shall provide PPE that fits women and men.',
      'The contractor shall make workplace adjustments for disabled staff.',
      'Leverantören ska tillhandahålla skyddsutrustning som passar både kvinnor och män.',
      'Arbetsplatsetableringen ska ha personalbodar som fungerar för både kvinnor och män.',
      'Site welfare facilities shall be suitable for women and men.',
    ],
    missed: [
      'The contractor shall provide PPE to all operatives.',
      'Leverantören ska tillhandahålla skyddsutrustning enligt AFS.',
    ],
  },
);

evidenceTester(
  'gender balance: how many women the team holds, not clothing that fits both sexes',
  evidenceOf('diskrl3.gender-balance'),
  {
    found: [
      'Anbudsgivaren ska ange antalet kvinnor och män i det offererade teamet.',
      'Kvinnor ska utgöra minst 40 procent av arbetsledarna i uppdraget.',
      'Leverantören bör sträva efter att teamet består av både kvinnor och män.',
      'Tenderers must state the number of women and men in the proposed team.',
      'The contractor shall propose a team in which women make up at least 40 percent of the coaches.',
      'The crew shall be staffed by both women and men.',
    ],
    missed: [
      'Leverantören ska verka för att lediga chefstjänster söks av både kvinnor och män.',
      'Uniformer och skyddsutrustning ska finnas för både kvinnor och män.',
      'The contractor shall provide uniforms and footwear sized for both women and men.',
      'The contractor shall report the number of women and men among service users.',
    ],
  },
);

evidenceTester(
  'pay survey: comparing the pay of women and men, whatever it is called',
  evidenceOf('diskrl3.pay-survey'),
  {
    found: [
      'Leverantören ska varje år jämföra lönerna för kvinnor och män i samma befattning.',
      'Leverantören ska årligen redovisa medianlön för kvinnor och män per yrkesgrupp.',
      'The contractor shall each year compare the median hourly pay of women and men in each role.',
      'The supplier shall carry out an annual analysis of the remuneration of women and men on the contract.',
    ],
    missed: [
      'Leverantören ska redovisa genomsnittlig lön för städpersonalen.',
      'Priset justeras årligen efter genomsnittlig löneutveckling enligt index för kvinnor och män.',
      'The contractor shall report the average pay of its cleaning staff.',
      'The contract price is indexed each year to average earnings of women and men.',
    ],
  },
);

evidenceTester(
  'training: e-learning and inclusive coaching for the staff, not the service users as learners',
  evidenceOf('diskrl3.training'),
  {
    found: [
      'Varje tränare ska genomgå leverantörens utbildning i könsinkluderande ledarskap innan första passet.',
      'All personal i uppdraget ska gå en webbkurs om sexuella trakasserier.',
      'Each coach must complete training on gender-inclusive coaching and on treating all participants fairly.',
      'All personnel shall complete the e-learning module on prevention of sexual harassment before starting work.',
      'Supervisors shall attend training in equal employment opportunity.',
    ],
    missed: [
      'Utbildningen ska ge deltagarna kunskap om jämställdhet.',
      'Leverantören ska utbilda deltagarna i jämställdhet och likabehandling.',
      'The course shall give participants knowledge of gender equality.',
      'Participants shall receive training in equal treatment.',
    ],
  },
);

evidenceTester('training: guard training is professional training', evidenceOf('diskrl3.training'), {
  found: ['Väktarna ska ha utbildning i likabehandling.', 'Guards shall receive training in equal treatment.'],
  missed: [
    'Väktare ska ha genomgått grundutbildning för väktare och kunna ingripa vid trakasserier.',
    'Officers shall hold security guard training and be able to deal with harassment.',
  ],
});

evidenceTester(
  'recruitment: openings, advancement and careers of women, not any applicant',
  evidenceOf('diskrl3.recruitment-promotion'),
  {
    found: [
      'Leverantören ska främja karriärutveckling för kvinnor i uppdraget.',
      'The program shall identify barriers to the advancement of women in each craft.',
      'The contractor shall notify programs for women of job openings on the project.',
    ],
    missed: [
      'Leverantören ska erbjuda karriärutveckling för all personal.',
      'No employee or applicant for employment shall be discriminated against because of sex.',
      'The contractor shall report job openings to the council.',
    ],
  },
);

evidenceTester(
  'training: a heading may name the training, a neighbouring requirement may not',
  evidenceOf('diskrl3.training'),
  {
    found: [
      '## Kompetensutveckling\nLeverantören ska se till att personalen lär sig mer om likabehandling.',
      '## Staff development\nThe contractor shall make sure its staff learn about equal treatment.',
    ],
    missed: [
      '## Krav\nPersonalen ska ha utbildning i livsmedelshygien.\n\nLeverantören ska ha rutiner mot trakasserier.',
      '## Requirements\nStaff shall hold food hygiene training.\n\nThe contractor shall have a harassment policy.',
    ],
  },
);

evidenceTester(
  'recruitment: equal opportunities in hiring and promotion',
  evidenceOf('diskrl3.recruitment-promotion'),
  {
    found: [
      'Leverantören ska verka för lika möjligheter vid rekrytering och befordran.',
      'The supplier shall give equal opportunities in recruitment and promotion.',
    ],
    missed: [
      'Leverantören ska rekrytera personal med rätt kompetens.',
      'The supplier shall recruit qualified staff for the contract.',
    ],
  },
);

evidenceTester(
  'gender balance: how many women and men the staff holds, by any breakdown',
  evidenceOf('diskrl3.gender-balance'),
  {
    found: [
      'Leverantören ska redovisa hur många kvinnor och män som arbetar i uppdraget.',
      'Leverantören ska redovisa personalen i uppdraget fördelad på kön.',
      'The contractor shall report the gender breakdown of its workforce by grade.',
      'The contractor shall report the number of female and male employees on the contract.',
    ],
    missed: [
      'Leverantören ska redovisa hur många kvinnor och män bland brukarna som fått insatser.',
      'The contractor shall report the gender breakdown of service users each quarter.',
    ],
  },
);

evidenceTester('recruitment: women encouraged to apply', evidenceOf('diskrl3.recruitment-promotion'), {
  found: [
    'Leverantören ska vid nyrekrytering verka för att fler kvinnor söker tjänsterna.',
    'The contractor shall take steps to increase the number of women applying for roles on the contract.',
  ],
  missed: [
    'Leverantören ska informera de boende om vilka tjänster de kan söka.',
    'Residents may apply for the service online.',
  ],
});

evidenceTester('training: anti-harassment training', evidenceOf('diskrl3.training'), {
  found: ['Staff shall receive anti-harassment training.', 'Personalen ska få utbildning mot trakasserier.'],
  missed: ['Staff shall receive manual handling training.', 'Personalen ska få utbildning i lyftteknik.'],
});

evidenceTester('pay: English "sex" in its phrases, never the Swedish six', evidenceOf('diskrl3.pay'), {
  found: [
    'The contractor shall analyse the pay of its staff by sex and job grade.',
    'Leverantören ska analysera lönerna för kvinnor och män.',
  ],
  missed: [
    'Lönen ska betalas ut inom sex dagar efter avslutad månad.',
    'Wages shall be paid within six days of the end of the month.',
  ],
});

evidenceTester(
  'recruitment: English "men" in its phrases, never the Swedish but',
  evidenceOf('diskrl3.recruitment-promotion'),
  {
    found: [
      'The contractor shall recruit more men into care roles on the contract.',
      'Leverantören ska rekrytera fler män till omsorgsyrkena i uppdraget.',
    ],
    missed: [
      'Leverantören ska rekrytera personal med rätt kompetens, men får anlita bemanningsföretag.',
      'The contractor shall recruit qualified staff, but may use agencies.',
    ],
  },
);

evidenceTester('parenthood: staff who are parents', evidenceOf('diskrl3.parenthood'), {
  found: [
    'Leverantören ska erbjuda anställda som är föräldrar möjlighet till flexibla arbetstider.',
    'The contractor shall offer staff who are parents flexible working hours.',
  ],
  missed: [
    'Leverantören ska erbjuda föräldrar till barnen i förskolan information om verksamheten.',
    'The contractor shall offer information to the parents of pupils.',
  ],
});

evidenceTester(
  'gender balance: a share of women in the team, with a per cent sign',
  evidenceOf('diskrl3.gender-balance'),
  {
    found: [
      'The supplier shall ensure at least 40% women in the team.',
      'The supplier shall ensure at least 40% women in the project team.',
      'Leverantören ska säkerställa minst 40 % kvinnor i projektgruppen.',
    ],
    missed: [
      'The supplier shall ensure the team can serve women in the area.',
      'Leverantören ska säkerställa att projektgruppen når kvinnor i området.',
    ],
  },
);

evidenceTester('pay survey: a pay equity plan that compares compensation', evidenceOf('diskrl3.pay-survey'), {
  found: [
    'The Contractor shall keep a plan that compares the compensation of female and male jobs of equal value.',
    'Leverantören ska varje år jämföra ersättningen till kvinnor och män i likvärdigt arbete.',
  ],
  missed: [
    'The Contractor shall pay compensation for any damage to the premises.',
    'Leverantören ska betala ersättning för skador på lokalerna.',
  ],
});

evidenceTester('documentation: a written equality report each year', evidenceOf('diskrl3.documentation'), {
  found: [
    'Each year the Contractor must give the Department a written gender equality report.',
    'Leverantören ska varje år lämna en skriftlig jämställdhetsrapport till kommunen.',
  ],
  missed: [
    'The Contractor shall provide a written report on delivery volumes each month.',
    'Leverantören ska varje månad lämna en skriftlig rapport om leveransvolymer.',
  ],
});

evidenceTester(
  'harassment: the supplier’s routines, never the authority’s own for its staff',
  evidenceOf('diskrl3.harassment'),
  {
    found: [
      'The Contractor shall have a policy against harassment and sexual harassment of its employees.',
      'Leverantören ska ha rutiner mot trakasserier och sexuella trakasserier för sina anställda.',
      'The Contractor’s policy against harassment shall also protect the council’s staff on site.',
      'Leverantörens rutiner mot trakasserier ska även skydda kommunens personal på plats.',
    ],
    missed: [
      'The Contractor acknowledges that the council’s employees are covered by the council’s harassment policy.',
      'Leverantören ska känna till att kommunens anställda omfattas av kommunens policy mot trakasserier.',
    ],
  },
);

evidenceTester('training: never the authority’s own staff on a course', evidenceOf('diskrl3.training'), {
  found: [
    'The Contractor shall train its staff in equal treatment and the prevention of harassment.',
    'Leverantören ska utbilda sin personal i likabehandling och i att förebygga trakasserier.',
  ],
  missed: [
    'The agency’s crew attending the training are covered by the agency’s harassment policy.',
    'Myndighetens anställda som går utbildningen omfattas av myndighetens policy mot trakasserier.',
  ],
});

evidenceTester(
  'documentation: never the school’s own plan for conflicts between pupils',
  evidenceOf('diskrl3.documentation'),
  {
    found: [
      'The contractor shall keep an equality plan for its staff and update it every year.',
      'Leverantören ska ha en jämställdhetsplan för sin personal och uppdatera den varje år.',
    ],
    missed: [
      'Bullying between pupils on the bus shall be handled under the school’s equality plan.',
      'Kränkningar mellan elever på bussen ska hanteras enligt skolans likabehandlingsplan.',
    ],
  },
);

evidenceTester('gender balance: never the women among a survey’s respondents', evidenceOf('diskrl3.gender-balance'), {
  found: [
    'The contractor shall report the number of women and men in its management.',
    'Leverantören ska redovisa antalet kvinnor och män i sin ledning.',
  ],
  missed: [
    'The contractor shall survey 3 000 workers with a sufficient number of women respondents.',
    'Leverantören ska nå ett tillräckligt antal kvinnor bland respondenterna i enkäten.',
  ],
});

evidenceTester('pay survey: never companies a study looks at', evidenceOf('diskrl3.pay-survey'), {
  found: [
    'The contractor shall carry out an annual pay survey of its own staff.',
    'Leverantören ska årligen genomföra en lönekartläggning av sin personal.',
  ],
  missed: [
    'The contractor shall write case studies of firms that have carried out a pay survey.',
    'Leverantören ska skriva fallstudier av företag som har genomfört en lönekartläggning.',
  ],
});

evidenceTester('parenthood: never what a study’s questionnaire covers', evidenceOf('diskrl3.parenthood'), {
  found: [
    'The contractor shall have routines for parental leave for its employees.',
    'Leverantören ska ha rutiner för föräldraledighet för sina anställda.',
  ],
  missed: [
    'The questionnaire shall cover working time and the parental leave of drivers.',
    'Enkäten ska omfatta arbetstid och förarnas föräldraledighet.',
  ],
});

evidenceTester(
  'recruitment: never campaigns a literature review describes',
  evidenceOf('diskrl3.recruitment-promotion'),
  {
    found: [
      'The contractor shall describe how it recruits more women to technical roles.',
      'Leverantören ska beskriva hur den rekryterar fler kvinnor till tekniska yrken.',
    ],
    missed: [
      'The contractor shall write a literature review of campaigns to recruit more women drivers.',
      'Leverantören ska göra en litteraturgenomgång av kampanjer för att rekrytera fler kvinnor som förare.',
    ],
  },
);

evidenceTester('pay: never a study that analyses the pay gap and recommends', evidenceOf('diskrl3.pay'), {
  found: [
    'The contractor shall ensure equal pay for women and men doing equal work.',
    'Leverantören ska se till att kvinnor och män får lika lön för lika arbete.',
  ],
  missed: [
    'The contractor shall analyse the gender pay gap in the sector and formulate recommendations.',
    'Leverantören ska analysera löneskillnader mellan kvinnor och män och formulera rekommendationer.',
  ],
});
