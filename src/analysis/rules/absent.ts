// Why a rule did not fire, in words a junior engineer can check: a missing finding is said as what we looked at
// and did not see (the status field, the events, the log), never as an internal id. Every sentence is true of the
// evidence it names: "no Unhealthy event" is said only when there is none of that probe's.
import type { FindingId } from '../../contracts/finding-ids.js';
import { joinSaid, say, type Message } from '../../contracts/diagnosis.js';
import type { FindingWhere } from './guard.js';
import type { RuleScope } from './scope.js';

// What we looked at and did not see, per finding id: `dx.absent.<id>` with the container's name as {container}.
const ABSENT: Partial<Record<FindingId, true>> = {
  'oom-killed': true,
  'node-oom': true,
  'memory-limit-tight': true,
  'probe-kill': true,
  'probe-too-early': true,
  'hook-failed': true,
  'mount-failed': true,
  'command-not-found': true,
  'exec-format': true,
  'arch-mismatch': true,
  'exits-zero': true,
  'init-container-failing': true,
  'killed-by-signal': true,
  'node-restarted': true,
  'segfault': true,
  'log-error': true,
  'log-out-of-memory': true,
  'run-as-non-root': true,
  'duplicate-port': true,
  'dependency-order': true,
  'missing-reference': true,
  'pvc-pending': true,
  'unschedulable': true,
  'image-pull': true,
  'create-config-error': true,
  'pod-disrupted': true,
};

/** Why no finding with this id (and these filters) exists, naming where we looked. */
export function absentSaid(id: FindingId, where: FindingWhere | undefined, s: RuleScope): Message {
  const container = s.ctx.primary?.name ?? '';
  const c = container ? say('dx.name', { name: container }) : say('dx.theContainer');
  if (id === 'probe-failing') {
    const failing = [...new Set(s.findAll('probe-failing').map((f) => String(f.facts?.probe ?? '')))].filter(Boolean);
    if (failing.length === 0) return say('dx.absent.probe-failing', { container: c });
    const probe = where?.probe ? say('dx.absent.theProbe', { probe: joinSaid('dx.join.or', where.probe.map((name) => say('dx.name', { name })))! }) : say('dx.absent.aProbe');
    return say(failing.every((p) => p === 'readiness') ? 'dx.absent.onlyReadinessFailed' : 'dx.absent.onlyFailed', { failed: joinSaid('dx.join.and', failing.map((name) => say('dx.name', { name })))!, probe });
  }
  if (!ABSENT[id]) return say('dx.absent.other', { id });
  const base = say(`dx.absent.${id}`, { container: c });
  if (!where) return base;
  // The finding exists but not in the form the rule needs: say which form.
  const present = s.findAll(id, where.anyContainer ? { anyContainer: true } : undefined);
  if (present.length === 0) return base;
  const wanted = [where.cause && say('dx.where.cause', { cause: where.cause }), where.confidence && say('dx.wanted.confidence', { confidence: where.confidence }), where.hook && say('dx.wanted.hook', { hook: where.hook }),
    where.evicted && say('dx.where.evicted'), where.heap && say('dx.where.heap'), where.notTail && say('dx.where.notTail')].filter((x): x is Message => Boolean(x));
  return say('dx.absent.butNot', { found: present[0]!.say, wanted: joinSaid('dx.join.comma', wanted) ?? say('dx.wanted.form') });
}
