// A name that did not resolve at start-up but is a Service that exists now, created after the container last
// started: the dependency came up late. Programs that resolve upstreams once at start (nginx) keep failing
// until restarted, so the fix is a restart now and the lesson is deployment order.
import type { Evidence } from '../../contracts/evidence.js';
import type { KubeObject } from '../../k8s/index.js';
import type { AnalyzerContext } from '../context.js';
import { lastTermination, parseTime } from '../container-facts.js';
import { say, type Finding } from '../../contracts/diagnosis.js';
import { finding } from '../finding-facts.js';
import { logHits } from './logs.js';

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function mentionsService(line: string, svc: KubeObject): boolean {
  const name = escapeRe(svc.metadata.name);
  const ns = escapeRe(svc.metadata.namespace ?? 'default');
  return new RegExp(`(?<![\\w.-])${name}(?:\\.${ns}(?:\\.svc(?:\\.[\\w-]+)*)?)?(?![\\w-]|\\.[\\w])`, 'i').test(line);
}

export function dependencyOrderFindings(evidence: Evidence, ctx: AnalyzerContext): Finding[] {
  const v = ctx.primary;
  if (!v) return [];
  const dns = logHits(evidence, ctx).find((h) => h.pattern.id === 'log-dns');
  if (!dns) return [];
  const crashedRun = dns.excerpt.kind === 'previous' || dns.excerpt.sameRunAsPrevious;
  const startedText = crashedRun || !v.status?.state?.running?.startedAt
    ? lastTermination(v)?.term.startedAt
    : v.status.state.running.startedAt;
  const started = parseTime(startedText);
  const out: Finding[] = [];
  for (const svc of evidence.services) {
    if (!mentionsService(dns.line, svc)) continue;
    const created = parseTime(svc.metadata.creationTimestamp);
    const key = `${svc.metadata.namespace ?? 'default'}/${svc.metadata.name}`;
    if (created === undefined || started === undefined) continue;
    if (created > started) {
      out.push(finding({
        id: 'dependency-order', cause: 'missing-dependency', confidence: 'confirmed', container: v.name,
        say: say('dx.f.serviceLate', { service: key, container: v.name, seconds: Math.round((created - started) / 1000) }),
        evidence: [dns.quote, { source: 'cluster', where: `service ${key}`, text: `service ${key} creationTimestamp=${svc.metadata.creationTimestamp}; ${v.name} started at ${startedText}` }],
        facts: { service: key, createdAt: svc.metadata.creationTimestamp ?? '', containerStartedAt: startedText ?? '', restartFixes: true },
      }));
    } else {
      out.push(finding({
        id: 'log-dns', cause: 'missing-dependency', confidence: 'likely', container: v.name,
        say: say('dx.f.serviceExisted', { service: key, container: v.name }),
        evidence: [dns.quote, { source: 'cluster', where: `service ${key}`, text: `service ${key} creationTimestamp=${svc.metadata.creationTimestamp}; ${v.name} started at ${startedText}` }],
        facts: { service: key, serviceExistedAtStart: true, specificity: dns.pattern.specificity },
      }));
    }
  }
  return out;
}
