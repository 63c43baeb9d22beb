// compileEvidence rejects every malformed spec with the path of the offending node.

import { describe, expect, test } from 'vitest';
import { compileEvidence, EvidenceError } from '../../src/match/index.js';
import type { EvidenceSpec } from '../../src/types.js';

/** Specs straight from YAML may be any shape: compile them as the pack loader would. */
function compile(spec: unknown) {
  return compileEvidence(spec as EvidenceSpec);
}

function errorOf(spec: unknown): EvidenceError {
  try {
    compile(spec);
  } catch (e) {
    if (e instanceof EvidenceError) return e;
    throw e;
  }
  throw new Error('expected an EvidenceError');
}

const concept = (sv: unknown[], en: unknown[] = ['ok']) => ({ sv, en });

const invalid: { name: string; spec: unknown; path: (string | number)[]; message: RegExp }[] = [
  { name: 'not a mapping', spec: 'lön', path: [], message: /mapping/ },
  { name: 'no `all`', spec: {}, path: ['all'], message: /at least one concept/ },
  { name: 'an empty `all`', spec: { all: [] }, path: ['all'], message: /at least one concept/ },
  { name: 'an unknown key', spec: { all: [concept(['a'])], any: [] }, path: ['any'], message: /unknown key/ },
  { name: 'a concept that is a list', spec: { all: [['lön']] }, path: ['all', 0], message: /mapping/ },
  {
    name: 'an unknown language',
    spec: { all: [{ sv: ['a'], en: ['b'], de: ['c'] }] },
    path: ['all', 0, 'de'],
    message: /unknown key/,
  },
  { name: 'an empty concept', spec: { all: [concept([])] }, path: ['all', 0, 'sv'], message: /no sv terms/ },
  {
    name: 'a concept without English',
    spec: { all: [{ sv: ['lön'] }] },
    path: ['all', 0, 'en'],
    message: /no en terms/,
  },
  {
    name: 'an empty `not`',
    spec: { all: [concept(['lön'])], not: concept(['index'], []) },
    path: ['not', 'en'],
    message: /no en terms/,
  },
  {
    name: 'a term that is not a string',
    spec: { all: [concept(['lön', 42])] },
    path: ['all', 0, 'sv', 1],
    message: /string/,
  },
  {
    name: 'a term with no words',
    spec: { all: [concept(['lön', '   '])] },
    path: ['all', 0, 'sv', 1],
    message: /at least one word/,
  },
  {
    name: 'a term of punctuation only',
    spec: { all: [concept(['lön', '- .'])] },
    path: ['all', 0, 'sv', 1],
    message: /no letters or digits/,
  },
  { name: 'a lone *', spec: { all: [concept(['*'])] }, path: ['all', 0, 'sv', 0], message: /lone/ },
  {
    name: 'a lone ** in a term',
    spec: { all: [concept(['ok'], ['equal **'])] },
    path: ['all', 0, 'en', 0],
    message: /lone/,
  },
  {
    name: 'a * inside a word',
    spec: { all: [concept(['för*äldra'])] },
    path: ['all', 0, 'sv', 0],
    message: /start or the end/,
  },
  { name: 'a doubled *', spec: { all: [concept(['**lön'])] }, path: ['all', 0, 'sv', 0], message: /start or the end/ },
  {
    name: 'a * on a two-letter word',
    spec: { all: [concept(['lön', 'ka*'])] },
    path: ['all', 0, 'sv', 1],
    message: /too short/,
  },
  {
    name: 'a * on a one-letter word',
    spec: { all: [concept(['*a*'])] },
    path: ['all', 0, 'sv', 0],
    message: /too short/,
  },
  {
    name: 'a * on a section sign',
    spec: { all: [concept(['§*'])] },
    path: ['all', 0, 'sv', 0],
    message: /single word/,
  },
  {
    name: 'a regular expression',
    spec: { all: [concept(['lön(er)?'])] },
    path: ['all', 0, 'sv', 0],
    message: /"\(" is not allowed/,
  },
  {
    name: 'a character class',
    spec: { all: [concept(['ok'], ['[a-z]+'])] },
    path: ['all', 0, 'en', 0],
    message: /"\[" is not allowed/,
  },
  {
    name: 'a comma',
    spec: { all: [concept(['ok']), concept(['lön, förmåner'])] },
    path: ['all', 1, 'sv', 0],
    message: /"," is not allowed/,
  },
  {
    name: 'a bad context',
    spec: { all: [concept(['lön'])], context: 'sentence' },
    path: ['context'],
    message: /requirement/,
  },
];

describe('compileEvidence rejects', () => {
  test.each(invalid)('$name', ({ spec, path, message }) => {
    const error = errorOf(spec);
    expect(error.path).toEqual(path);
    expect(error.message).toMatch(message);
  });
});

describe('an EvidenceError', () => {
  test.each(invalid)('$name: says why in Swedish too, every slot filled', ({ spec }) => {
    const error = errorOf(spec);
    expect(error.reason('en')).toBe(error.message);
    expect(error.reason('sv')).not.toBe(error.message);
    expect(error.reason('sv')).not.toMatch(/\{\w+\}/);
  });
});

describe('compileEvidence accepts', () => {
  test.each([
    [
      'the README example',
      {
        all: [{ sv: ['föräldraledig*', 'förena arbete och föräldraskap'], en: ['parental leave'] }],
        not: { sv: ['kontaktperson*'], en: ['contact person'] },
        context: 'requirement',
      },
    ],
    [
      'apostrophes, hyphens, § and dots',
      { all: [{ sv: ['3 kap. 5 §', 'e-post', 't.ex.'], en: ["supplier's", 'non-discrimination'] }] },
    ],
    [
      'three-letter wildcards and typographic quotes',
      { all: [{ sv: ['*lön', 'lön*', '*lön*'], en: ['supplier’s'] }], context: 'any' },
    ],
  ])('%s', (_name, spec) => {
    expect(() => compile(spec)).not.toThrow();
  });
});
