import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse, stringify } from 'yaml';
import { main } from '../../src/cli/main.js';
import { captureOutput } from '../support/capture-output.js';
import { englishRuns } from '../support/english-runs.js';
import { promtool, promtoolPath } from './promtool.js';
import { expectedAlerts, series } from './series.js';

afterEach(() => vi.restoreAllMocks());

async function rules(args: readonly string[]): Promise<string> {
  const io = captureOutput();
  const code = await main(['alert-rules', ...args]);
  vi.restoreAllMocks();
  expect(code, io.err()).toBe(0);
  return io.out();
}

// Counter values every `step` samples: one restart per `every` samples.
const counter = (samples: number, every: number): string => Array.from({ length: samples }, (_, i) => Math.floor(i / every)).join(' ');
const shop = (pod: string, extra: Record<string, string> = {}) => ({ container: 'app', namespace: 'shop', pod, ...extra });

/** The promtool unit tests for the default parameters (3 restarts in 4m, 15m sustained). */
function defaultTests(r: string) {
  return {
    rule_files: ['rules.yaml'],
    evaluation_interval: '30s',
    tests: [
      {
        interval: '30s',
        input_series: [
          series('kube_pod_container_status_restarts_total', shop('web-1'), counter(21, 1)),
          series('kube_pod_container_status_restarts_total', shop('api-1'), counter(21, 4)),
        ],
        alert_rule_test: [
          { eval_time: '6m', alertname: 'CrashCourseContainerRestarting', exp_alerts: expectedAlerts(r, 'CrashCourseContainerRestarting', [{ labels: shop('web-1'), value: 8 }]) },
          { eval_time: '6m', alertname: 'CrashCourseOOMKilled', exp_alerts: [] },
        ],
      },
      {
        interval: '1m',
        input_series: [
          series('kube_pod_container_status_waiting_reason', shop('web-1', { reason: 'CrashLoopBackOff' }), '1x30'),
          series('kube_pod_container_status_waiting_reason', shop('api-1', { reason: 'CrashLoopBackOff' }), '1 1 1 1 1 0x25'),
          series('kube_pod_container_status_waiting_reason', shop('img-1', { reason: 'ImagePullBackOff' }), '1x30'),
          series('kube_pod_container_status_waiting_reason', shop('slow-1', { reason: 'ContainerCreating' }), '1x30'),
          series('kube_pod_status_phase', { namespace: 'shop', pod: 'pend-1', phase: 'Pending' }, '1x30'),
          series('kube_pod_status_phase', { namespace: 'shop', pod: 'pend-1', phase: 'Running' }, '0x30'),
          series('kube_pod_status_phase', { namespace: 'shop', pod: 'run-1', phase: 'Pending' }, '1 1 0x28'),
          series('kube_pod_status_phase', { namespace: 'shop', pod: 'run-1', phase: 'Running' }, '0 0 1x28'),
        ],
        alert_rule_test: [
          // Still pending at 10m: the `for` has not elapsed.
          { eval_time: '10m', alertname: 'CrashCourseCrashLoopBackOff', exp_alerts: [] },
          { eval_time: '20m', alertname: 'CrashCourseCrashLoopBackOff', exp_alerts: expectedAlerts(r, 'CrashCourseCrashLoopBackOff', [{ labels: shop('web-1', { reason: 'CrashLoopBackOff' }) }]) },
          { eval_time: '20m', alertname: 'CrashCoursePodNotStarting', exp_alerts: expectedAlerts(r, 'CrashCoursePodNotStarting', [{ labels: shop('img-1', { reason: 'ImagePullBackOff' }) }]) },
          { eval_time: '20m', alertname: 'CrashCoursePodPending', exp_alerts: expectedAlerts(r, 'CrashCoursePodPending', [{ labels: { namespace: 'shop', pod: 'pend-1' } }]) },
        ],
      },
      {
        interval: '1m',
        input_series: [
          series('kube_pod_container_status_restarts_total', shop('mem-1'), '0 0 0 1x12'),
          series('kube_pod_container_status_last_terminated_reason', shop('mem-1', { reason: 'OOMKilled' }), '_ _ _ 1x12'),
          series('kube_pod_container_status_restarts_total', shop('err-1'), '0 0 0 1x12'),
          series('kube_pod_container_status_last_terminated_reason', shop('err-1', { reason: 'Error' }), '_ _ _ 1x12'),
        ],
        alert_rule_test: [
          { eval_time: '5m', alertname: 'CrashCourseOOMKilled', exp_alerts: expectedAlerts(r, 'CrashCourseOOMKilled', [{ labels: shop('mem-1') }]) },
          // Nine minutes after the one OOM kill, with no restart since, it is old news.
          { eval_time: '12m', alertname: 'CrashCourseOOMKilled', exp_alerts: [] },
        ],
      },
    ],
  };
}

describe.skipIf(!promtoolPath)('alert-rules, checked by the real promtool', () => {
  it('prints rules that promtool check rules accepts', async () => {
    const r = await rules([]);
    const { code, output } = promtool(['check', 'rules', 'rules.yaml'], { 'rules.yaml': r });
    expect(code, output).toBe(0);
    expect(output).toContain('SUCCESS: 5 rules found');
  });

  it('fires every rule on failing series and on none of the healthy ones (promtool test rules)', async () => {
    const r = await rules([]);
    const tests = defaultTests(r);
    const fired = new Set(tests.tests.flatMap((t) => t.alert_rule_test.filter((a) => a.exp_alerts.length > 0).map((a) => a.alertname)));
    const names = (parse(r) as { groups: { rules: { alert: string }[] }[] }).groups[0]!.rules.map((x) => x.alert);
    expect([...fired].sort()).toEqual([...names].sort());
    const { code, output } = promtool(['test', 'rules', 'tests.yaml'], { 'rules.yaml': r, 'tests.yaml': stringify(tests) });
    expect(code, output).toBe(0);
  });

  it('names the diagnose command for the alerting pod in the runbook annotation', async () => {
    const r = await rules([]);
    const tests = defaultTests(r);
    const restarting = tests.tests[0]!.alert_rule_test[0]!.exp_alerts[0]!;
    expect(restarting.exp_annotations['runbook']).toBe('Run: kubectl crashcourse diagnose -n shop web-1');
    expect(restarting.exp_annotations['summary']).toBe('Container app of shop/web-1 restarted more than 3 times in 4m');
    // The expectations above are what promtool compared against the rendered alert.
    const { code, output } = promtool(['test', 'rules', 'tests.yaml'], { 'rules.yaml': r, 'tests.yaml': stringify(tests) });
    expect(code, output).toBe(0);
  });

  it.each(['zh-CN', 'ja'])('words the annotations in %s, which promtool fills in and fires the same way', async (locale) => {
    const r = await rules(['--lang', locale]);
    const english = await rules([]);
    const annotations = (y: string) => (parse(y) as { groups: { rules: { annotations: Record<string, string> }[] }[] }).groups[0]!.rules.map((x) => x.annotations);
    const local = annotations(r);
    // Only the annotations change: names, labels and expressions are the same rules.
    expect(stringify((parse(r) as { groups: { rules: object[] }[] }).groups[0]!.rules.map((x) => ({ ...x, annotations: 0 }))))
      .toBe(stringify((parse(english) as { groups: { rules: object[] }[] }).groups[0]!.rules.map((x) => ({ ...x, annotations: 0 }))));
    for (const [i, a] of local.entries()) {
      for (const key of ['summary', 'description', 'runbook']) {
        expect(a[key]).not.toBe(annotations(english)[i]![key]);
        // The templates and the command stay; no English sentence is left around them.
        expect(a[key]).toMatch(/\{\{ \$labels\.(namespace|pod) \}\}/);
        expect(englishRuns(a[key]!.replace(/\{\{[^}]*\}\}/g, ' ').replace(/kubectl crashcourse diagnose -n\s+/g, ' '))).toEqual([]);
      }
    }
    const tests = defaultTests(r);
    expect(tests.tests[0]!.alert_rule_test[0]!.exp_alerts[0]!.exp_annotations['runbook']).toContain('kubectl crashcourse diagnose -n shop web-1');
    const { code, output } = promtool(['test', 'rules', 'tests.yaml'], { 'rules.yaml': r, 'tests.yaml': stringify(tests) });
    expect(code, output).toBe(0);
  });

  it('says "1 time", not "1 times", for --restarts 1', async () => {
    const r = await rules(['--restarts', '1']);
    expect(r).toContain('restarted more than 1 time in 4m');
  });

  it('uses --restarts and --window: the same series no longer fire with a higher threshold', async () => {
    const strict = await rules(['--restarts', '10']);
    const { code, output } = promtool(['test', 'rules', 'tests.yaml'], { 'rules.yaml': strict, 'tests.yaml': stringify(defaultTests(strict)) });
    expect(code).not.toBe(0);
    expect(output).toContain('CrashCourseContainerRestarting');

    const wide = await rules(['--restarts', '10', '--window', '10m']);
    const tests = {
      rule_files: ['rules.yaml'],
      evaluation_interval: '30s',
      tests: [{
        interval: '30s',
        input_series: [
          series('kube_pod_container_status_restarts_total', shop('web-1'), counter(25, 1)),
          series('kube_pod_container_status_restarts_total', shop('api-1'), counter(25, 4)),
        ],
        alert_rule_test: [{ eval_time: '12m', alertname: 'CrashCourseContainerRestarting', exp_alerts: expectedAlerts(wide, 'CrashCourseContainerRestarting', [{ labels: shop('web-1'), value: 20 }]) }],
      }],
    };
    const ok = promtool(['test', 'rules', 'tests.yaml'], { 'rules.yaml': wide, 'tests.yaml': stringify(tests) });
    expect(ok.code, ok.output).toBe(0);
  });

  it('prints a PrometheusRule whose spec holds the same groups, and the CRD passes promtool once unwrapped', async () => {
    const plain = parse(await rules([])) as unknown;
    const crd = parse(await rules(['-o', 'crd', '--name', 'crash-rules'])) as { apiVersion: string; kind: string; metadata: { name: string }; spec: unknown };
    expect(crd.apiVersion).toBe('monitoring.coreos.com/v1');
    expect(crd.kind).toBe('PrometheusRule');
    expect(crd.metadata.name).toBe('crash-rules');
    expect(crd.spec).toEqual(plain);
    const { code, output } = promtool(['check', 'rules', 'rules.yaml'], { 'rules.yaml': stringify(crd.spec) });
    expect(code, output).toBe(0);
  });

  it('adds runbook_url only when --runbook-url is given', async () => {
    const withUrl = parse(await rules(['--runbook-url', 'https://runbooks.example/crash'])) as { groups: { rules: { alert: string; annotations: Record<string, string> }[] }[] };
    for (const rule of withUrl.groups[0]!.rules) expect(rule.annotations['runbook_url']).toBe(`https://runbooks.example/crash#${rule.alert.toLowerCase()}`);
    expect(await rules([])).not.toContain('runbook_url');
  });
});

describe('alert-rules on bad input', () => {
  it.each([
    [['--window', '4x'], '--window must be a Prometheus duration'],
    [['--window', '0m'], '--window must be a Prometheus duration'],
    [['--for', 'soon'], '--for must be a Prometheus duration'],
    [['--restarts', '0'], '--restarts must be between 1 and 10000'],
    [['--runbook-url', 'javascript:alert(1)'], '--runbook-url must be an http(s) URL'],
    [['-o', 'json'], "argument 'json' is invalid"],
  ])('alert-rules %j is a one-line usage error', async (args, message) => {
    const io = captureOutput();
    expect(await main(['alert-rules', ...args])).toBe(2);
    expect(io.err().trim().split('\n')).toHaveLength(1);
    expect(io.err()).toContain(message);
    expect(io.out()).toBe('');
  });
});
