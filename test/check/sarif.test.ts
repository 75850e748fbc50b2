// The check's SARIF validates against the OASIS SARIF 2.1.0 schema (test/fixtures/sarif/README.md says where
// the schema came from), with findings located at the file and line the manifest gives.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { renderSarif, runCheck } from '../../src/check/index.js';
import { scenarioFacts, scenarioManifests } from './scenario-facts.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8')) as object;
const validate = addFormats(new Ajv({ allErrors: true, strict: false })).compile(schema);

describe('the SARIF output of check', () => {
  it('is a valid SARIF 2.1.0 log, with results located at file and line', async () => {
    const dir = join(import.meta.dirname, '../../scenarios/oom-killed-jvm');
    const findings = runCheck(scenarioManifests(dir), await scenarioFacts(dir));
    const log = JSON.parse(renderSarif(findings, '0.1.0')) as { runs: { results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] };
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const heap = log.runs[0]!.results.find((r) => r.ruleId === 'jvm-heap-over-limit')!;
    expect(heap.level).toBe('error');
    expect(heap.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'ledger-service.yaml' }, region: { startLine: 35 } });
  });

  it('is still valid with no findings, and the schema rejects a broken log (the validator is live)', () => {
    expect(validate(JSON.parse(renderSarif([], '0.1.0')))).toBe(true);
    const broken = JSON.parse(renderSarif([], '0.1.0')) as { runs: { results: unknown[] }[] };
    broken.runs[0]!.results.push({ level: 'fatal', message: {} });
    expect(validate(broken)).toBe(false);
  });
});
