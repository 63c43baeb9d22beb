// One lint result with every case a formatter must show: missing, covered, suppressed in the
// document and in the config, an unused suppression, an unreadable file and awkward characters.
import type { LintResult } from '../../src/lint/types.js';
import type { FormatContext } from '../../src/report/types.js';
import { RULES } from '../lint/helpers.js';

export const RESULT: LintResult = {
  version: 1,
  files: [
    {
      path: 'anbud/förfrågan 1.md',
      format: 'markdown',
      lang: 'sv',
      findings: [
        {
          ruleId: 'diskrl3.pay',
          kind: 'missing',
          severity: 'warning',
          message: 'Krav saknas: lön, 100 % lika: se 3 kap.\r\nNy rad',
          suggestion: 'Leverantören ska ha lönekartläggning ]]> (bas).',
        },
        {
          ruleId: 'diskrl3.parenthood',
          kind: 'suppression',
          severity: 'warning',
          message: 'Onödig undantagsmarkering för diskrl3.parenthood.',
          location: { block: 4, line: 7 },
        },
      ],
      coverage: [
        { ruleId: 'diskrl3.parenthood', status: 'covered', location: { block: 2, line: 3, heading: '3.2 Personal' } },
        {
          ruleId: 'cemr12.equal-service',
          status: 'suppressed',
          reason: 'Varor, ingen personal på plats',
          location: { block: 5, line: 9 },
        },
      ],
      error: null,
    },
    {
      path: 'anbud/avtal.docx',
      format: 'docx',
      lang: 'en',
      findings: [
        {
          ruleId: 'diskrl3.parenthood',
          kind: 'missing',
          severity: 'error',
          message: 'Missing requirement: parenthood.',
          suggestion: 'The supplier shall…',
        },
      ],
      coverage: [{ ruleId: 'cemr12.equal-service', status: 'suppressed', reason: 'goods <only> & "no staff"' }],
      error: null,
    },
    {
      path: 'anbud/trasig.docx',
      format: null,
      lang: null,
      findings: [],
      coverage: [],
      error: 'filen är inte ett giltigt zip-arkiv',
    },
  ],
  summary: { files: 3, errors: 1, warnings: 2, infos: 0 },
  rules: RULES.filter((r) => r.scope === 'supplier'),
  qualityRules: [],
  notices: [],
};

export const CTX: FormatContext = { lang: 'sv', color: false, rules: RESULT.rules, version: '0.1.0' };
