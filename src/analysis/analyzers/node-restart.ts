// The node under the pod: a reboot (`Rebooted`, a kubelet `Starting`, `NodeNotReady`) around the time the
// container died explains an exit 255/Unknown that no log line will.
import type { Evidence } from '../../contracts/evidence.js';
import type { AnalyzerContext } from '../context.js';
import { lastTermination, parseTime } from '../container-facts.js';
import { eventTime, eventsWithReason, newest, quoteEvent } from '../event-helpers.js';
import { say, type Finding } from '../../contracts/diagnosis.js';
import { finding } from '../finding-facts.js';

// A reboot explains a termination that finished shortly before or after the node came back.
const WINDOW_MS = 15 * 60 * 1000;

export function nodeRestartFindings(evidence: Evidence, ctx: AnalyzerContext): Finding[] {
  const events = eventsWithReason(evidence.nodeEvents, 'Rebooted', 'NodeNotReady', 'Starting', 'NodeReady', 'RegisteredNode');
  const telling = events.filter((e) => e.reason !== 'NodeReady' && e.reason !== 'RegisteredNode' && (e.reason !== 'Starting' || /kubelet/i.test(e.message ?? '')));
  const podSide = eventsWithReason(evidence.events, 'SandboxChanged', 'NodeNotReady');
  const last = lastTermination(ctx.primary);
  const finished = parseTime(last?.term.finishedAt);
  const near = (t: number): boolean => finished === undefined || t === 0 || Math.abs(t - finished) <= WINDOW_MS;
  const relevant = telling.filter((e) => near(eventTime(e)));
  const e = newest(relevant.filter((x) => x.reason === 'Rebooted')) ?? newest(relevant);
  const notReady = (evidence.node?.status?.conditions ?? []).find((c) => c.type === 'Ready' && c.status !== 'True');
  const out: Finding[] = [];
  if (e) {
    const correlated = finished !== undefined && eventTime(e) !== 0;
    const extra = newest(podSide);
    out.push(finding({
      id: 'node-restarted', cause: 'node-restart', confidence: correlated && e.reason === 'Rebooted' ? 'confirmed' : 'likely',
      ...(ctx.primary ? { container: ctx.primary.name } : {}),
      say: say(e.reason === 'Rebooted' ? 'dx.f.nodeRebooted' : e.reason === 'NodeNotReady' ? 'dx.f.nodeNotReady' : 'dx.f.kubeletRestarted'),
      evidence: [quoteEvent(e), ...(extra ? [quoteEvent(extra)] : [])],
      facts: { reason: e.reason ?? '', ...(/boot id:?\s*(\S+)/i.exec(e.message ?? '')?.[1] ? { bootID: /boot id:?\s*(\S+)/i.exec(e.message ?? '')![1]! } : {}) },
    }));
  } else if (notReady) {
    out.push({ id: 'node-restarted', cause: 'node-restart', confidence: 'possible', say: say('dx.f.nodeNotReadyNow', { reason: notReady.reason ?? notReady.status }),
      evidence: [{ source: 'node', where: 'node.status.conditions[Ready]', text: `Ready=${notReady.status} ${notReady.reason ?? ''}: ${notReady.message ?? ''}`.trim() }] });
  } else if (podSide.some((x) => x.reason === 'SandboxChanged')) {
    const x = newest(podSide)!;
    out.push({ id: 'node-restarted', cause: 'node-restart', confidence: 'possible', say: say('dx.f.sandboxChanged'), evidence: [quoteEvent(x)] });
  } else {
    // The node controller also records NodeNotReady on each pod of the node; it explains a death near that time
    // when the node's own events have expired or cannot be read.
    const x = newest(podSide.filter((p) => p.reason === 'NodeNotReady' && near(eventTime(p))));
    if (x) out.push(finding({ id: 'node-restarted', cause: 'node-restart', confidence: 'possible', say: say('dx.f.nodeNotReady'), evidence: [quoteEvent(x)], facts: { reason: 'NodeNotReady' } }));
  }
  return out;
}
