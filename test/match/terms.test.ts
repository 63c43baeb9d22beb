// Term syntax: inflections, compounds, wildcards and multi-word terms with gaps.

import { evidenceTester } from './tester.js';

const anywhere = (sv: string[], en: string[] = ['unused-term']) => ({ all: [{ sv, en }], context: 'any' as const });

evidenceTester('an exact Swedish word matches its inflections, not compounds', anywhere(['lön']), {
  found: ['Lön', 'Lönen betalas ut.', 'Lönerna ses över.', 'Löner och förmåner.', 'Lönens storlek.', 'Lönernas nivå.'],
  missed: ['Lönekostnadsindex används.', 'Månadslön utgår.', 'Lönsamhet krävs.'],
});

evidenceTester('a prefix reaches compounds and their inflections', anywhere(['föräldraledig*']), {
  found: [
    'Föräldraledighet',
    'under föräldraledigheten',
    'Föräldraledighetsrutiner finns.',
    'den föräldralediga medarbetaren',
    'FÖRÄLDRA\u00adLEDIGHET',
  ],
  missed: ['Föräldrar är välkomna.', 'Ledighet beviljas.'],
});

evidenceTester('a suffix reaches compounds ending in the word, inflected', anywhere(['*utbildning']), {
  found: [
    'Jämställdhetsutbildning',
    'jämställdhetsutbildningen genomförs',
    'utbildningar för chefer',
    'Utbildningarnas innehåll',
    'jämställdhets-utbildningen',
  ],
  missed: ['Utbildningsplan', 'utbilda personalen'],
});

evidenceTester('an infix reaches the word anywhere inside', anywhere(['*jämställd*']), {
  found: ['Ojämställd fördelning', 'jämställdhetsplan', 'Jämställdheten'],
  missed: ['jämlikhet', 'jäms'],
});

evidenceTester('Swedish stems with a dropped vowel or e', anywhere(['kvinna', 'regel', 'kriterium']), {
  found: ['Kvinnor och män', 'kvinnornas löner', 'reglerna följs', 'kriterierna', 'kriteriet'],
  missed: ['kvinnlig', 'reglering'],
});

evidenceTester(
  'English inflections',
  { all: [{ sv: ['oanvänd'], en: ['policy', 'apply', 'plan', 'balance'] }], context: 'any' },
  {
    found: ['Policies are kept.', 'The policy’s scope', 'It applied', 'planned work', 'balancing work'],
    missed: ['policymaker', 'applicable', 'planet'],
  },
);

evidenceTester(
  'multi-word terms: in order, at most two words between, each word inflected',
  anywhere(['förena arbete och föräldraskap']),
  {
    found: [
      'förena arbete och föräldraskap',
      'förena arbetet med föräldraskapet',
      'att förena sitt arbete och sitt föräldraskap',
    ],
    missed: [
      'arbete',
      'föräldraskap och arbete förenas',
      'förena arbete med ansvaret för föräldraskap',
      'Vi vill förena arbete. Föräldraskap är viktigt.',
    ],
  },
);

evidenceTester(
  'an English multi-word term',
  { all: [{ sv: ['oanvänd'], en: ['parental leave'] }], context: 'any' },
  {
    found: ['Parental leave', 'parental and family leave', "parents' parental leaves"],
    missed: ['leave for parental reasons', 'parental, care, sick and other leave'],
  },
);

evidenceTester('typographic characters and case are normalised', anywhere(['e-post', 'bl.a']), {
  found: ['E\u2011post', 'E-POST', 'Leverantören ska bl.a. redovisa detta.', 'E\u200b-post'],
  missed: ['epost', 'post'],
});

evidenceTester('section references are words too', anywhere(['3 kap. 5 §']), {
  found: ['Leverantören ska följa 3 kap. 5 § diskrimineringslagen.', 'Se 3 kap 5 §.'],
  missed: ['enligt 3 kap. 6 §', '5 § 3 kap.'],
});

evidenceTester('decomposed (NFD) letters match their composed form', anywhere(['föräldraledig*']), {
  found: ['Fo\u0308ra\u0308ldraledighet'],
  missed: ['Foraldraledighet'],
});

evidenceTester('a percent sign is a word of its own, as a share in figures', anywhere(['kvinnor %'], ['women %']), {
  found: ['Kvinnor utgör 70 % av brukarna.', 'Kvinnor är 70% av brukarna.', 'Women are 61% of riders.'],
  missed: ['Kvinnor är sju av tio brukare.'],
});
