// Memory: a JVM heap at or above the container's limit is an OOM kill waiting for load; no limit at all
// means the node's OOM killer, not the container's, decides.
import { formatBytes, parseJvmSize, parseQuantity } from '../../analysis/quantity.js';
import type { Container } from '../../k8s/index.js';
import { said } from '../finding-words.js';
import type { CheckRule } from '../types.js';
import { containersOf, objectName } from '../workloads.js';

const JVM_ENV = /^(JAVA_OPTS|JAVA_TOOL_OPTIONS|JDK_JAVA_OPTIONS|CATALINA_OPTS|_JAVA_OPTIONS)$/;

/** Every JVM flag the container passes, with where it was written (for the line). */
function jvmFlags(c: Container): { flag: string; where: readonly (string | number)[] }[] {
  const out: { flag: string; where: readonly (string | number)[] }[] = [];
  (['command', 'args'] as const).forEach((k) => (c[k] ?? []).forEach((w, i) => w.split(/\s+/).forEach((flag) => out.push({ flag, where: [k, i] }))));
  (c.env ?? []).forEach((e, i) => {
    if (JVM_ENV.test(e.name) && e.value) e.value.split(/\s+/).forEach((flag) => out.push({ flag, where: ['env', i, 'value'] }));
  });
  return out;
}

export const jvmHeapOverLimit: CheckRule = {
  id: 'jvm-heap-over-limit', cause: 'oom-killed', severity: 'error', needs: 'manifest',
  description: 'a JVM heap (-Xmx or MaxRAMPercentage) at or above the memory limit: the heap alone fills the cgroup',
  run: ({ template }) => containersOf(template).flatMap(({ container: c, path }) => {
    const limit = parseQuantity(c.resources?.limits?.['memory']);
    if (!limit) return [];
    return jvmFlags(c).flatMap(({ flag, where }) => {
      const xmx = /^-Xmx(.+)$/.exec(flag)?.[1];
      const pct = /^-XX:MaxRAMPercentage=([\d.]+)$/.exec(flag)?.[1];
      const heap = xmx ? parseJvmSize(xmx) : pct ? (Number(pct) / 100) * limit : undefined;
      if (heap === undefined || heap < limit) return [];
      return [{ object: objectName(template), container: c.name, file: template.doc.file, line: template.doc.lineOf([...path, ...where]),
        ...said('check.jvmHeapOverLimit', { container: c.name, flag, heap: formatBytes(heap), limit: `${c.resources!.limits!['memory']}` }) }];
    });
  }),
};

export const noMemoryLimit: CheckRule = {
  id: 'no-memory-limit', cause: 'oom-killed', severity: 'note', needs: 'manifest',
  description: 'a container without a memory limit: its usage is bounded only by the node, and the node OOM killer picks the victim',
  run: ({ template }) => containersOf(template).flatMap(({ container: c, path }) =>
    c.resources?.limits?.['memory'] === undefined
      ? [{ object: objectName(template), container: c.name, file: template.doc.file, line: template.doc.lineOf([...path, 'resources']),
        ...said('check.noMemoryLimit', { container: c.name }) }]
      : []),
};
