// Memory limits against what the container runs: no limit at all, or a JVM whose heap (-Xmx, or
// MaxRAMPercentage of the limit) plus its off-heap memory cannot fit, which the cgroup OOM killer ends.
import type { Evidence } from '../../contracts/evidence.js';
import type { Container } from '../../k8s/index.js';
import type { AnalyzerContext } from '../context.js';
import { fieldOf, specLine } from '../container-facts.js';
import { formatBytes, formatJvmSize, parseJvmSize, parseQuantity } from '../quantity.js';
import { say, type Finding } from '../../contracts/diagnosis.js';
import { finding } from '../finding-facts.js';

const JVM_ENV = /^(JAVA_TOOL_OPTIONS|JAVA_OPTS|_JAVA_OPTIONS|JDK_JAVA_OPTIONS|JVM_OPTS|CATALINA_OPTS|ES_JAVA_OPTS|KAFKA_HEAP_OPTS|HEAP_OPTS)$/;

export interface JvmSettings { readonly xmx?: number; readonly maxRamPercentage?: number; readonly where: string; readonly text: string }

/** -Xmx / -XX:MaxRAMPercentage from the command, args and the JVM's option variables; the last setting wins, as in the JVM. */
export function jvmSettings(c: Container): JvmSettings | undefined {
  const sources: { where: string; text: string }[] = [];
  const argv = [...(c.command ?? []), ...(c.args ?? [])].join(' ');
  if (argv) sources.push({ where: 'command/args', text: argv });
  for (const e of c.env ?? []) if (e.value && (JVM_ENV.test(e.name) || /-Xmx|MaxRAMPercentage/.test(e.value))) sources.push({ where: `env ${e.name}`, text: e.value });
  let found: JvmSettings | undefined;
  for (const s of sources) {
    const xmx = [...s.text.matchAll(/-Xmx(\d+[kKmMgGtT]?)\b/g)].pop()?.[1];
    const pct = [...s.text.matchAll(/-XX:MaxRAMPercentage=(\d+(?:\.\d+)?)/g)].pop()?.[1];
    if (xmx || pct) {
      found = { ...found, ...(xmx ? { xmx: parseJvmSize(xmx) } : {}), ...(pct ? { maxRamPercentage: Number(pct) } : {}), where: s.where, text: s.text };
    }
  }
  return found;
}

// A JVM needs room beyond the heap (metaspace, threads, code cache, GC, direct buffers): at least this much.
const JVM_OVERHEAD_BYTES = 64 * 1024 ** 2;

export function resourceFindings(evidence: Evidence, ctx: AnalyzerContext): Finding[] {
  const v = ctx.primary;
  const spec = v?.spec;
  if (!v || !spec) return [];
  const field = fieldOf(v);
  const limitText = spec.resources?.limits?.memory;
  const limit = parseQuantity(limitText);
  const out: Finding[] = [];
  if (limit === undefined) {
    out.push({ id: 'no-memory-limit', confidence: 'confirmed', container: v.name,
      say: say('dx.f.noMemoryLimit', { container: v.name, qos: evidence.pod.status?.qosClass ?? 'unknown' }),
      evidence: [specLine(`${field}.resources`, JSON.stringify(spec.resources ?? {}))] });
    return out;
  }
  const used = parseQuantity(evidence.metrics?.containers.find((m) => m.name === v.name)?.memory);
  if (used !== undefined && used >= limit * 0.9) {
    out.push(finding({ id: 'memory-limit-tight', cause: 'oom-killed', confidence: 'possible', container: v.name,
      say: say('dx.f.memoryUsed', { container: v.name, used: formatBytes(used), limit: String(limitText) }),
      evidence: [{ source: 'cluster', where: 'metrics.k8s.io', text: `metrics.k8s.io: ${v.name} memory ${formatBytes(used)} of limit ${limitText}` }],
      facts: { limitBytes: limit, usedBytes: used, suggestedLimit: formatBytes(Math.ceil((used * 1.5) / 1024 ** 2) * 1024 ** 2) } }));
  }
  const jvm = jvmSettings(spec);
  if (!jvm) return out;
  const heap = jvm.xmx ?? (jvm.maxRamPercentage !== undefined ? (limit * jvm.maxRamPercentage) / 100 : undefined);
  if (heap === undefined) return out;
  if (heap + JVM_OVERHEAD_BYTES > limit) {
    const how = jvm.xmx !== undefined ? `-Xmx${formatJvmSize(jvm.xmx)}` : `MaxRAMPercentage=${jvm.maxRamPercentage}%`;
    out.push(finding({
      id: 'memory-limit-tight', cause: 'oom-killed', confidence: heap >= limit ? 'likely' : 'possible', container: v.name,
      say: say('dx.f.jvmHeap', { how, heap: formatBytes(heap), limit: String(limitText) }),
      evidence: [specLine(`${field}.resources.limits.memory`, String(limitText)), specLine(`${field} ${jvm.where}`, jvm.text.slice(0, 300))],
      facts: { limitBytes: limit, heapBytes: Math.round(heap), suggestedLimit: formatBytes(Math.ceil((heap * 1.25 + JVM_OVERHEAD_BYTES) / 1024 ** 2) * 1024 ** 2), suggestedXmx: formatJvmSize(Math.floor((limit * 0.75) / 1024 ** 2) * 1024 ** 2) },
    }));
  }
  return out;
}
