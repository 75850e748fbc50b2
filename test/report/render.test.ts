import { describe, expect, it } from 'vitest';
import type { Diagnosis } from '../../src/contracts/diagnosis.js';
import type { ScanRow } from '../../src/contracts/scan-row.js';
import { displayCommand } from '../../src/contracts/kubectl-target.js';
import { COLOUR, renderDiagnosisJson, renderDiagnosisMarkdown, renderDiagnosisText, renderScanJson, renderScanText, useColour } from '../../src/report/index.js';
import { say } from '../../src/contracts/diagnosis.js';

const oom: Diagnosis = {
  pod: 'shop/api-7c9d-xk2p4',
  container: 'api',
  cause: 'oom-killed',
  confidence: 'confirmed',
  alternatives: [
    { cause: 'liveness-probe', verdict: 'ruled-out', why: say('dx.text', { text: 'no Unhealthy or Killing events for container api' }) },
    { cause: 'killed-externally', verdict: 'ruled-out', why: say('dx.text', { text: 'the kubelet recorded reason OOMKilled' }) },
  ],
  exitCode: 137,
  signal: 'SIGKILL',
  restarts: 12,
  backoff: { message: 'back-off 5m0s restarting failed container=api pod=api-7c9d-xk2p4_shop', delaySeconds: 300, sinceLastFinishSeconds: 95, nextStartInSeconds: 205 },
  summary: 'Container api was killed for going over its 512Mi memory limit.',
  explanation: 'The JVM heap (-Xmx768m) is larger than the container memory limit (512Mi), so the kernel kills the process as soon as the heap grows past the limit. '.repeat(2),
  fix: 'Raise resources.limits.memory above the heap plus overhead, or lower -Xmx.',
  evidence: [
    { source: 'status', text: 'lastState.terminated: reason OOMKilled, exit code 137' },
    { source: 'log', text: 'java.lang.OutOfMemoryError: Java heap space \u001b[31m```evil```' },
  ],
  nextSteps: [{ title: 'See the memory limit and the last termination', command: ['kubectl', '--context', 'prod', '-n', 'shop', 'describe', 'pod', 'api-7c9d-xk2p4'] }],
  gaps: [{ what: 'metrics of the pod', reason: 'not found', command: ['kubectl', '-n', 'shop', 'top', 'pod', 'api-7c9d-xk2p4'] }],
  findings: [],
};

const healthy: Diagnosis = { ...oom, cause: null, confidence: null, alternatives: [], exitCode: null, signal: null, restarts: 0, backoff: null, summary: 'All containers are running and ready.', explanation: 'Nothing to fix.', evidence: [], nextSteps: [], gaps: [], fix: undefined as unknown as string };

describe('the diagnosis as text', () => {
  const text = renderDiagnosisText(oom);

  it('leads with the cause, the exit code with its signal, restarts and back-off', () => {
    expect(text).toContain('Cause: oom-killed (The container runs out of memory), confirmed');
    expect(text).toContain('exit code 137 (SIGKILL), restarts 12');
    expect(text).toContain('next start in 3m25s');
  });

  it('shows the next command pasteable, and every gap with its command', () => {
    expect(text).toContain('$ kubectl --context prod -n shop describe pod api-7c9d-xk2p4');
    expect(text).toContain('metrics of the pod: not found');
    expect(text).toContain('$ kubectl -n shop top pod api-7c9d-xk2p4');
  });

  it('fits 80 columns and carries no escape sequence without colour', () => {
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(text).not.toContain('\u001b');
  });

  it('breaks a long command between arguments with shell continuations, so it still pastes as one argv', () => {
    const argv = ['kubectl', '--kubeconfig', '/home/someone/.kube/clusters/production-eu-west-1.yaml', '--context', 'prod-eu', '-n', 'shop', 'logs', 'api-7c9d-xk2p4', '-c', 'api', '--previous', '--tail=100'];
    const long = renderDiagnosisText({ ...oom, nextSteps: [{ title: 'Read the logs', command: argv }] });
    const lines = long.split('\n');
    const start = lines.findIndex((l) => l.includes('$ kubectl'));
    const block: string[] = [];
    for (let i = start; lines[i]?.endsWith(' \\') || i === start || lines[i - 1]?.endsWith(' \\'); i++) block.push(lines[i]!);
    expect(block.length).toBeGreaterThan(1);
    for (const line of block) expect(line.length).toBeLessThanOrEqual(80);
    expect(block.map((l) => l.replace(/ \\$/, '').trim()).join(' ')).toBe(`$ ${displayCommand(argv)}`);
  });

  it('says a healthy pod is healthy', () => {
    expect(renderDiagnosisText(healthy)).toContain('none found: the pod looks healthy');
  });

  it('uses colour only on a terminal and never with NO_COLOR', () => {
    expect(useColour(true, { isTTY: true }, {})).toBe(true);
    expect(useColour(true, { isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(useColour(true, { isTTY: false }, {})).toBe(false);
    expect(useColour(false, { isTTY: true }, {})).toBe(false);
    expect(renderDiagnosisText(oom, { style: COLOUR })).toContain('\u001b[1;31m');
  });
});

describe('the diagnosis as JSON', () => {
  it('has exactly the documented keys, fix included when present', () => {
    const json = JSON.parse(renderDiagnosisJson(oom)) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual(
      ['alternatives', 'backoff', 'cause', 'confidence', 'container', 'evidence', 'exitCode', 'explanation', 'fix', 'gaps', 'nextSteps', 'pod', 'restarts', 'rule', 'signal', 'summary', 'trace'].sort(),
    );
    expect(json['evidence']).toEqual([
      { source: 'status', text: 'lastState.terminated: reason OOMKilled, exit code 137' },
      { source: 'log', text: 'java.lang.OutOfMemoryError: Java heap space ```evil```' },
    ]);
    expect((json['nextSteps'] as { command: string[] }[])[0]?.command[0]).toBe('kubectl');
    const plain = JSON.parse(renderDiagnosisJson(healthy)) as Record<string, unknown>;
    expect(plain['cause']).toBeNull();
    expect('fix' in plain).toBe(false);
  });
});

describe('the diagnosis as Markdown', () => {
  const md = renderDiagnosisMarkdown(oom);
  it('has headings, evidence as quotes that container text cannot close, and commands in code blocks', () => {
    expect(md).toMatch(/^# Triage of pod `shop\/api-7c9d-xk2p4`/);
    expect(md).toContain('## Evidence');
    expect(md).toContain('> ````\n> java.lang.OutOfMemoryError');
    expect(md).toContain('```sh\nkubectl --context prod -n shop describe pod api-7c9d-xk2p4\n```');
    expect(md).not.toContain('\u001b');
  });
});

describe('scan output', () => {
  const row = (over: Partial<ScanRow>): ScanRow => ({
    pod: 'shop/api', namespace: 'shop', name: 'api', container: 'api', cause: 'oom-killed', summary: 'killed for going over its memory limit of 512Mi while the heap was set to 768m',
    restarts: 12, status: 'CrashLoopBackOff', ready: '0/1', exitCode: 137, age: '3h', severity: 5, ...over,
  });

  it('prints POD, STATUS, RESTARTS, EXIT, CAUSE on one line per pod when the names are short', () => {
    const lines = renderScanText([row({}), row({ pod: 'shop/web-0', cause: null, summary: 'Pending', exitCode: null, status: 'Pending' })], { scope: 'all namespaces', allNamespaces: true }).split('\n');
    expect(lines[0]).toMatch(/^POD\s+STATUS\s+RESTARTS\s+EXIT\s+CAUSE$/);
    expect(lines[1]).toMatch(/^shop\/api\s+CrashLoopBackOff\s+12\s+137\s+oom-killed: killed/);
    expect(lines[2]).toMatch(/^shop\/web-0\s+Pending\s+12\s+-\s+-: Pending$/);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('never cuts a long pod name: the cause moves under the row, still within 80 columns', () => {
    const long = 'a-very-long-namespace-name/a-very-long-pod-name-with-a-hash-7c9d5f8b6-xk2p4';
    const lines = renderScanText([row({}), row({ pod: long, status: 'Init:CrashLoopBackOff' })], { scope: 'all namespaces', allNamespaces: true }).split('\n');
    expect(lines.slice(0, 2)).toEqual([expect.stringMatching(/^POD\s+STATUS\s+RESTARTS\s+EXIT$/), '  CAUSE']);
    expect(lines).toContain(long);
    expect(lines[lines.indexOf(long) + 1]).toMatch(/^\s+Init:CrashLoopBackOff\s+12\s+137$/);
    expect(lines[lines.indexOf(long) + 2]).toMatch(/^ {2}oom-killed: killed for going over/);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('says so when nothing fails', () => {
    expect(renderScanText([], { scope: 'namespace shop', allNamespaces: false })).toContain('No failing pods in namespace shop.');
  });

  it('prints JSON rows of {pod, container, cause, summary, restarts}', () => {
    expect(JSON.parse(renderScanJson([row({})]))).toEqual([{ pod: 'shop/api', container: 'api', cause: 'oom-killed', summary: row({}).summary, restarts: 12 }]);
  });
});
