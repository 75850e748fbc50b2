// Previous and current logs of the containers worth reading, bounded and sanitised. While a container waits
// in back-off the kubelet serves the crashed run as "current" too: that copy is flagged, not counted twice.
import type { ClusterReader } from '../contracts/read-port.js';
import type { Pod } from '../k8s/index.js';
import type { KubectlTarget } from '../contracts/kubectl-target.js';
import { sanitize } from '../text/sanitize.js';
import { gapOf, gapSaid, said } from './gap.js';
import { logTargets } from './log-targets.js';
import type { Gap, LogExcerpt } from '../contracts/evidence.js';
import { commandOf } from '../plans/plan-argv.js';

export interface LogLimits {
  readonly tailLines: number;
  readonly limitBytes: number;
}

export async function gatherLogs(reader: ClusterReader, pod: Pod, limits: LogLimits, target: KubectlTarget): Promise<{ logs: LogExcerpt[]; gaps: Gap[] }> {
  const ns = pod.metadata.namespace ?? target.namespace;
  const name = pod.metadata.name;
  const gaps: Gap[] = [];
  const read = async (container: string, previous: boolean): Promise<{ text: string; truncated: boolean } | undefined> => {
    try {
      const r = await reader.readLog(ns, name, { container, previous, tailLines: limits.tailLines, limitBytes: limits.limitBytes });
      if (r.cutBytes) {
        gaps.push(gapSaid(
          said('evidence.gap.what.olderLines', { previous: previous ? 'yes' : 'no', container }),
          said('evidence.gap.reason.tooManyBytes', { lines: String(limits.tailLines), limit: String(limits.limitBytes), cut: String(r.cutBytes) }),
          commandOf(target, { kind: 'read-logs', pod: name, container, previous, tailLines: limits.tailLines }),
        ));
      }
      return { text: sanitize(r.bytes), truncated: r.truncated };
    } catch (err) {
      gaps.push(gapOf(said('evidence.gap.what.logs', { previous: previous ? 'yes' : 'no', container }), err, commandOf(target, { kind: 'read-logs', pod: name, container, previous, tailLines: limits.tailLines })));
      return undefined;
    }
  };

  const statusOf = (c: string) => [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])].find((s) => s.name === c);
  const perContainer = await Promise.all(
    logTargets(pod).map(async (t) => {
      const [prev, cur] = await Promise.all([t.previous ? read(t.container, true) : undefined, t.current ? read(t.container, false) : undefined]);
      const out: LogExcerpt[] = [];
      if (prev) out.push({ container: t.container, init: t.init, kind: 'previous', ...prev });
      if (cur) {
        const status = statusOf(t.container);
        // Waiting after a crash, "current" is that crash. When "previous" could not be read (a cluster-info dump
        // keeps only current logs, or the runtime rotated it away) the current text is still that crashed run.
        const crashedRunServed = status?.state?.waiting !== undefined && status.lastState?.terminated !== undefined;
        const sameRun = prev !== undefined ? status?.state?.running === undefined && cur.text === prev.text : crashedRunServed && t.previous;
        out.push({ container: t.container, init: t.init, kind: 'current', ...cur, ...(sameRun ? { sameRunAsPrevious: true } : {}) });
      }
      return out;
    }),
  );
  return { logs: perContainer.flat(), gaps };
}
