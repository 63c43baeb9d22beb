// SARIF output validates against the official SARIF 2.1.0 schema and carries what code
// scanning needs: rule metadata with help text, and a file + start line for every result.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { sarif } from '../../src/report/sarif.js';
import { CTX, RESULT } from './sample.js';

// The OASIS schema (Documents/CommitteeSpecifications/2.1.0/sarif-schema-2.1.0.json), verbatim.
const schema = JSON.parse(readFileSync(join(__dirname, '../fixtures/lint/sarif-schema-2.1.0.json'), 'utf8')) as object;
// strict off: the official schema has keywords ajv's strict mode frowns on (a `default` of [] on strings).
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

interface SarifLog {
  runs: {
    tool: {
      driver: { rules: { id: string; help: { text: string; markdown: string }; shortDescription: { text: string } }[] };
    };
    results: {
      ruleId: string;
      ruleIndex?: number;
      level: string;
      locations: {
        physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
        message: { text: string };
      }[];
      suppressions?: { kind: string; justification: string }[];
    }[];
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: { message: { text: string } }[] }[];
  }[];
}

describe('sarif formatter', () => {
  const text = sarif(RESULT, CTX);
  const log = JSON.parse(text) as SarifLog;
  const run = log.runs[0]!;

  it('validates against the official SARIF 2.1.0 schema', () => {
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('also validates in English and with no findings at all', () => {
    expect(validate(JSON.parse(sarif({ ...RESULT, files: [] }, { ...CTX, lang: 'en' })))).toBe(true);
  });

  it('describes every checked rule with title, help text and legal basis', () => {
    const rules = run.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(['diskrl3.parenthood', 'diskrl3.pay', 'cemr12.equal-service']);
    expect(rules[0]!.shortDescription.text).toBe('Titel diskrl3.parenthood');
    expect(rules[0]!.help.text).toContain('DiskrL 3 kap. (diskrl3.parenthood)');
    expect(rules[0]!.help.markdown).toContain('Leverantören ska ha föräldraledighet (bas).');
  });

  it('gives every result a file and a start line; the paragraph or line is named too', () => {
    for (const r of run.results) {
      const loc = r.locations[0]!;
      expect(loc.physicalLocation.artifactLocation.uri).toMatch(/^anbud\//);
      expect(loc.physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
    }
    const unused = run.results.find((r) => r.locations[0]!.physicalLocation.region.startLine === 7)!;
    expect(unused.locations[0]!.message.text).toBe('rad 7');
    // Non-ASCII and spaces in paths are percent-encoded, as a URI reference must be.
    expect(run.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe(
      'anbud/f%C3%B6rfr%C3%A5gan%201.md',
    );
  });

  it('shows suppressed rules as suppressed results with their reason', () => {
    const suppressed = run.results.filter((r) => r.suppressions);
    expect(suppressed.map((r) => r.suppressions![0])).toEqual([
      { kind: 'inSource', justification: 'Varor, ingen personal på plats' },
      { kind: 'external', justification: 'goods <only> & "no staff"' },
    ]);
  });

  it('reports an unreadable file as a failed tool execution, not as a finding', () => {
    expect(run.invocations[0]!.executionSuccessful).toBe(false);
    expect(run.invocations[0]!.toolExecutionNotifications[0]!.message.text).toBe('filen är inte ett giltigt zip-arkiv');
  });

  it('is deterministic', () => {
    expect(sarif(RESULT, CTX)).toBe(text);
  });
});
