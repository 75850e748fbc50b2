import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/i18n/index.js';
import { reportFileName, reportJson, reportMarkdown } from '../../src/ui/format/report-export.js';
import { snapshotAt } from './helpers.js';

describe('the saved report', () => {
  const snapshot = snapshotAt(3, {
    runs: [{ planId: 'describe-pod', argv: ['kubectl', '--context', 'kind-dev', '-n', 'shop', 'describe', 'pod', 'cart-7d9f8'], startedAt: 0, durationMs: 40, exitCode: 0, output: 'Name: cart', outcome: 'ran' }],
  });

  it('hands over in Markdown: cause, exit code, evidence as quotes, steps walked, commands in code blocks', () => {
    const md = reportMarkdown(snapshot);
    expect(md).toContain('# Triage of pod shop/cart-7d9f8');
    expect(md).toContain('**Cause:** oom-killed: The container runs out of memory (confidence: confirmed)');
    expect(md).toContain('exit code 137 (SIGKILL)');
    expect(md).toContain('> reason OOMKilled, exit code 137');
    expect(md).toContain('1. Read the events\n2. Read the previous logs\n3. Read the exit code\n4. Out of memory');
    expect(md).toContain('```sh\nkubectl --context kind-dev -n shop describe pod cart-7d9f8\n```\nran, exit status 0');
    expect(md).toContain('```sh\nkubectl --context kind-dev -n shop top pod cart-7d9f8 --containers\n```');
    expect(md).toContain('- **liveness-probe** ruled-out: no probe kill in the events');
  });

  it('hands over in the reader\'s language: headings and labels translated, evidence and commands verbatim', () => {
    const md = reportMarkdown(snapshot, createTranslator('zh-CN'));
    expect(md).toContain('# Pod shop/cart-7d9f8 的排查');
    expect(md).toContain('**原因：** oom-killed: 容器内存不足（OOMKilled）（置信度：已确认）');
    expect(md).toContain('退出状态码 137（SIGKILL） · 重启 7 次');
    expect(md).toContain('## 证据');
    expect(md).toContain('> reason OOMKilled, exit code 137');
    expect(md).toContain('```sh\nkubectl --context kind-dev -n shop describe pod cart-7d9f8\n```\nran，退出状态 0');
    expect(md).toContain('- **liveness-probe** 已排除: no probe kill in the events');
    expect(md).not.toMatch(/^## (Summary|Evidence|Next steps|Steps walked)$/m);
  });

  it('saves JSON with the diagnosis keys, the steps walked and the commands run', () => {
    const json = JSON.parse(reportJson(snapshot)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['pod', 'container', 'cause', 'confidence', 'alternatives', 'exitCode', 'signal', 'restarts', 'backoff', 'summary', 'explanation', 'fix', 'evidence', 'nextSteps', 'gaps', 'steps', 'runs']);
    expect(json['cause']).toBe('oom-killed');
    expect(json['steps']).toEqual(['Read the events', 'Read the previous logs', 'Read the exit code', 'Out of memory']);
    expect(json['runs']).toEqual([{ planId: 'describe-pod', argv: ['kubectl', '--context', 'kind-dev', '-n', 'shop', 'describe', 'pod', 'cart-7d9f8'], exitCode: 0, outcome: 'ran' }]);
  });

  it('is named crashcourse-<pod>-<time> with the right extension', () => {
    const at = new Date('2026-11-20T10:04:05.123Z');
    expect(reportFileName('shop/cart-7d9f8', 'markdown', at)).toBe('crashcourse-cart-7d9f8-20261120T100405Z.md');
    expect(reportFileName('shop/cart-7d9f8', 'json', at)).toBe('crashcourse-cart-7d9f8-20261120T100405Z.json');
  });

  it('does not pretend to know a cause before the evidence is read', () => {
    const md = reportMarkdown({ ...snapshot, diagnosis: undefined });
    expect(md).toContain('had not finished reading the pod');
    expect(md).not.toContain('**Cause:**');
  });
});
