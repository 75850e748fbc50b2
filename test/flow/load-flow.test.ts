// Loading flow files: the shipped ones load, and each kind of mistake is rejected naming file, step and line.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { loadBuiltinFlows, loadFlow, parseFlow } from '../../src/flow/index.js';
import { TINY } from './flow-error-cases.js';


const FILE = 'flows/tiny.yaml';
/** The 1-based line of the first line containing `needle` in `text`. */
const lineOf = (text: string, needle: string): number => {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`fixture has no line with ${needle}`);
  return i + 1;
};
function rejection(text: string): UserError {
  try {
    parseFlow(text, FILE);
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return err as UserError;
  }
  throw new Error('the flow was accepted');
}

describe('loading a flow', () => {
  it('accepts a well-formed flow and keeps its steps in file order with their lines', () => {
    const flow = parseFlow(TINY, FILE);
    expect(flow.steps.map((s) => s.id)).toEqual(['events', 'logs', 'inside', 'probe', 'oom', 'report']);
    expect(flow.steps[1]!.line).toBe(lineOf(TINY, '  logs:'));
    expect(flow.steps[1]!.next[0]!.when).toEqual({ kind: 'all', guards: [{ kind: 'cause', cause: 'oom-killed' }, { kind: 'exitCodeIn', codes: [137] }] });
  });

  it('loads every shipped flow', async () => {
    const flows = await loadBuiltinFlows();
    expect(flows.map((f) => f.file)).toEqual(['flows/crashloop.yaml', 'flows/pod-not-starting.yaml']);
  });

  it('rejects a typo in a guard, naming the file, the step and the line', () => {
    const text = TINY.replace('finding: probe-kill', 'finding: probe-kil');
    expect(rejection(text).message).toBe(
      `flows/tiny.yaml:${lineOf(text, 'probe-kil')}: step "events": unknown guard "finding: probe-kil" (no finding "probe-kil"; did you mean "probe-kill"?)`,
    );
  });

  it('rejects an unknown guard name and an unknown cause in a guard', () => {
    const badName = TINY.replace('{ finding: probe-kill }', '{ findng: probe-kill }');
    expect(rejection(badName).message).toMatch(new RegExp(`^flows/tiny\\.yaml:${lineOf(badName, 'findng')}: step "events": unknown guard "findng: probe-kill" \\(did you mean "finding"\\?\\)`));
    const badCause = TINY.replace('cause: oom-killed }', 'cause: oom }');
    expect(rejection(badCause).message).toMatch(new RegExp(`^flows/tiny\\.yaml:${lineOf(badCause, 'cause: oom }')}: step "logs": unknown guard "cause: oom"`));
  });

  it('rejects a goto to a missing step', () => {
    const text = TINY.replace('goto: report\n  inside', 'goto: reprot\n  inside');
    expect(rejection(text).message).toBe(`flows/tiny.yaml:${lineOf(text, 'goto: reprot')}: step "logs": goes to "reprot", which is not a step`);
  });

  it('rejects an unknown plan and an unknown evidence name', () => {
    const plan = TINY.replace('plans: [logs-previous]', 'plans: [logs-prev]');
    expect(rejection(plan).message).toBe(`flows/tiny.yaml:${lineOf(plan, 'logs-prev]')}: step "logs": unknown plan "logs-prev" (did you mean "logs-previous"?)`);
    const evidence = TINY.replace('evidence: [events]', 'evidence: [event-list]');
    expect(rejection(evidence).message).toMatch(new RegExp(`^flows/tiny\\.yaml:${lineOf(evidence, 'event-list')}: step "events": unknown evidence "event-list"`));
  });

  it('rejects a cycle that never reaches a result', () => {
    const text = TINY.replace('    next:\n      - goto: report\n  probe:', '    next:\n      - goto: loop\n  loop:\n    title: Loop\n    explain: Round again.\n    next:\n      - goto: inside\n  probe:');
    expect(rejection(text).message).toBe(`flows/tiny.yaml:${lineOf(text, '  inside:')}: step "inside": is in a cycle with no exit (inside → loop → inside): no step on it reaches a result`);
  });

  it('rejects a missing start, a start that is not a step, and a step nobody can reach', () => {
    expect(rejection(TINY.replace('start: events\n', '')).message).toBe('flows/tiny.yaml:1: missing "start"');
    const start = TINY.replace('start: events', 'start: evnts');
    expect(rejection(start).message).toBe(`flows/tiny.yaml:${lineOf(start, 'start:')}: start "evnts" is not a step`);
    const orphan = `${TINY}  orphan:\n    title: Orphan\n    explain: Nobody comes here.\n    result: hand-over\n`;
    expect(rejection(orphan).message).toBe(`flows/tiny.yaml:${lineOf(orphan, '  orphan:')}: step "orphan": is unreachable from start "events"`);
  });

  it('rejects a non-terminal step without a default way out', () => {
    const noNext = TINY.replace('    plans: [override-copy]\n    next:\n      - goto: report\n', '    plans: [override-copy]\n');
    expect(rejection(noNext).message).toBe(`flows/tiny.yaml:${lineOf(noNext, '  inside:')}: step "inside": missing "next"`);
    const noDefault = TINY.replace('      - goto: logs\n', '      - when: hasInitFailure\n        goto: logs\n');
    expect(rejection(noDefault).message).toMatch(/^flows\/tiny\.yaml:\d+: step "events": "next" must end with a default/);
  });

  it('rejects a result step that also has next, and an unknown result cause', () => {
    const both = TINY.replace('    result: hand-over\n', '    result: hand-over\n    next:\n      - goto: events\n');
    expect(rejection(both).message).toMatch(/step "report": a step with a "result" ends the flow and has no "next"/);
    const cause = TINY.replace('result: { cause: oom-killed }', 'result: { cause: oom-kill }');
    expect(rejection(cause).message).toBe(`flows/tiny.yaml:${lineOf(cause, 'oom-kill }')}: step "oom": unknown cause "oom-kill" (did you mean "oom-killed"?)`);
  });

  it('rejects unknown fields and YAML that does not parse, with the line', () => {
    const field = TINY.replace('    explain: Read the logs.', '    explian: Read the logs.');
    expect(rejection(field).message).toBe(`flows/tiny.yaml:${lineOf(field, 'explian')}: step "logs": unknown field "explian" (did you mean "explain"?)`);
    const yaml = TINY.replace('    title: Logs', '    title: [Logs');
    expect(rejection(yaml).message).toMatch(/^flows\/tiny\.yaml:\d+: not valid YAML: /);
  });

  it('names a file that cannot be read, as a user error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'flows-'));
    await expect(loadFlow(join(dir, 'none.yaml'), 'none.yaml')).rejects.toThrow('cannot read flow file none.yaml: no such file');
    writeFileSync(join(dir, 'bad.yaml'), TINY.replace('finding: probe-kill', 'finding: probe-kil'));
    await expect(loadFlow(join(dir, 'bad.yaml'), 'bad.yaml')).rejects.toThrow(/^bad\.yaml:\d+: step "events": unknown guard/);
  });
});
