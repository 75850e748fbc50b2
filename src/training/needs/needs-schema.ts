// The optional `needs:` map of scenario.yaml (docs/scenario-needs.md): per image, what its program needs from
// the pod spec and the cluster to run. Parsed once at start-up; a malformed entry names the scenario and key.
import { z } from 'zod';
import { parseQuantity } from '../../analysis/quantity.js';
import { zodReason } from '../../i18n/zod-reason.js';
import { atError } from '../../scenario/file-error.js';
import type { Scenario } from '../../scenario/index.js';

const memory = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const bytes = parseQuantity(v);
  if (bytes === undefined || bytes <= 0) {
    ctx.addIssue({ code: 'custom', message: `not a memory quantity: ${JSON.stringify(v)}` });
    return z.NEVER;
  }
  return bytes;
});

const paths = z.array(z.string().startsWith('/'));

export const needsSchema = z
  .object({
    /** The memory the program reaches: a limit below it is an OOM kill. */
    memory: memory.optional(),
    /** Seconds before the program answers probes: liveness must allow it (startupProbe or initialDelaySeconds). */
    startupSeconds: z.number().nonnegative().optional(),
    /** Environment variables that must be set (a value, or a reference that resolves). */
    env: z.array(z.string().min(1)).optional(),
    /** Files that must exist: provided by a volume mounted at or above the path (a ConfigMap/Secret key for a file). */
    files: paths.optional(),
    /** Directories the program writes: writable unless a read-only root covers them without a writable mount. */
    writablePaths: paths.optional(),
    /** Services in the pod's namespace that must have a ready endpoint when the program starts. */
    services: z.array(z.string().min(1)).optional(),
    /** Arguments (or a command) with which the program fails as the scenario recorded: an unknown flag, a port taken. */
    rejectsArgs: z.array(z.string().min(1)).optional(),
    /** Arguments the program cannot run without (a socket path a chart value sets): each must appear in its argv. */
    requiresArgs: z.array(z.string().min(1)).optional(),
    /** Files the image holds, for exec probes such as `cat /tmp/healthy`. */
    imageFiles: paths.optional(),
    /** Node CPU architectures the image runs on. */
    architectures: z.array(z.string().min(1)).optional(),
    /** Memory beyond the JVM's -Xmx (metaspace, threads, buffers): with it, the need is -Xmx + this when -Xmx is set. */
    jvmOverhead: memory.optional(),
    /** The group a volume it writes must be made writable for (pod securityContext.fsGroup), unless it runs as root. */
    fsGroup: z.number().int().nonnegative().optional(),
    /** Files the image does not have: a postStart/preStop exec hook that runs one fails (FailedPostStartHook). */
    missingFiles: paths.optional(),
    /** The registry refuses anonymous pulls: the pod must name an existing imagePullSecret. */
    pullSecret: z.boolean().optional(),
    /** Text in a ConfigMap the program reads that makes it fail (a migration that cannot run twice). */
    failsOnConfig: z.object({ configMap: z.string().min(1), contains: z.string().min(1) }).strict().optional(),
    /** Labels that make something outside the pod kill it (a chaos tool's target label). */
    killedWhenLabelled: z.record(z.string(), z.string()).optional(),
    /** The failure belongs to the recorded pod itself (a stale subPath mount): only a new pod can run. */
    podBound: z.boolean().optional(),
    /** Commands that must be on the image's PATH when the container runs them. */
    commands: z.array(z.string().min(1)).optional(),
  })
  .strict();

export type Needs = z.output<typeof needsSchema>;

/** Needs by image, each scoped to the namespace of its scenario's pod: nginx may need a Service in one lesson only. */
export class NeedsIndex {
  private readonly byKey = new Map<string, Needs>();

  set(namespace: string, image: string, needs: Needs): void {
    const key = `${namespace}\u0000${image}`;
    if (!this.byKey.has(key)) this.byKey.set(key, needs);
  }

  for(namespace: string, image: string | undefined): Needs | undefined {
    return image === undefined ? undefined : this.byKey.get(`${namespace}\u0000${image}`);
  }
}

export function parseNeeds(scenarios: readonly Scenario[]): NeedsIndex {
  const out = new NeedsIndex();
  for (const s of scenarios) {
    const raw = s.meta['needs'];
    if (raw === undefined) continue;
    const parsed = z.record(z.string().min(1), needsSchema).safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const where = `${s.dir}/scenario.yaml`;
      const path = issue.path.join('.');
      throw atError(where, `${where}: needs.${path}: ${issue.message}`, { key: 'scenario.needs.issue', values: { path }, detail: zodReason(issue.message) });
    }
    const namespace = s.meta.pod?.split('/')[0] ?? 'default';
    for (const [image, needs] of Object.entries(parsed.data)) out.set(namespace, image, needs);
  }
  return out;
}
