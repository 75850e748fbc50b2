// The per-cause catalogue: for every cause id, its one-line title (the vocabulary's CAUSE_TITLES), what it means
// (docs/causes.md's table), what the flows' result step teaches (flows/*.yaml, with the variants some flows end on)
// and the words of a verdict (./cause-words.ts). One place for a cause's teaching text; English with stable keys so
// it can be translated. test/report/cause-catalogue.test.ts fails when a flow or docs/causes.md says otherwise.
import { CAUSE_TITLES, type CauseId } from '../contracts/causes.js';
import { factReader, WRITERS, type ExplainInput, type Words, type Writer } from './cause-words.js';

export interface CauseTeaching {
  /** docs/causes.md: what the cause means, in one clause. */
  readonly means: string;
  /** The flows' result step for this cause: what it is, how to confirm it, the lasting fix. */
  readonly teach: string;
  /** Result steps that end on this cause with a more particular story (flow step id → its title and text). */
  readonly variants?: Readonly<Record<string, { readonly title: string; readonly teach: string }>>;
}

export interface CauseEntry extends CauseTeaching {
  readonly title: string;
  /** Summary, explanation and fix of a verdict naming this cause. */
  readonly words: Writer;
}

const TEACHING = {
  'app-crash': {
    means: 'the application itself exits with an error not explained by a more specific cause below',
    teach: 'The application itself fails: the logs show the error it died with. This is a bug or an unhandled situation in the code, not in Kubernetes. Hand the stack trace to the developers, check what changed (image tag, config) with the owner\'s rollout history, and roll back if a new version broke it.',
  },
  'bad-config': {
    means: 'the application rejects its configuration: a missing or invalid env var, config file, flag or argument',
    teach: 'The application refuses to start because a setting is missing or invalid: an environment variable, a flag, a config file. Compare what the logs complain about with the pod\'s env, args and mounted ConfigMaps and Secrets; fix it in the owner\'s pod template (a Deployment\'s), not in the pod, which its controller would replace.',
  },
  'missing-dependency': {
    means: 'a downstream service (database, API, broker, DNS name) cannot be reached or resolved at start-up',
    teach: 'The application exits because a downstream service (database, API, broker) does not answer or its name does not resolve. Check the name it uses against the Services in the namespace, that the Service has endpoints, and that a NetworkPolicy does not block the way. Applications should retry at start-up instead of exiting; an init container that waits for the dependency is the usual stopgap.',
    variants: {
      'started-too-early': { title: 'It started before the Service it needs existed', teach: 'The name the application could not resolve is a Service that exists now but was created after this container started (a deployment order problem, as when nginx starts before its upstream\'s Service). The next restart will probably succeed on its own. The lasting fix is to make start-up retry, or to wait for the dependency in an init container, so that the order of deployment does not matter.' },
    },
  },
  'liveness-probe': {
    means: 'the kubelet kills a container whose liveness (or startup) probe keeps failing: a wrong probe or a start slower than the probe allows',
    teach: 'The kubelet kills and restarts the container because its liveness (or startup) probe keeps failing, although the process itself may be fine. Check that the probe checks what the application really serves: the right port, path and scheme, a command that exists in the image. Run the same check by hand in the container. A liveness probe should only fail when a restart would help.',
    variants: {
      'slow-start': { title: 'The probe gives up before the application has started', teach: 'The application needs longer to start than the liveness probe allows, so it is killed every time just before it would be ready. Add a startupProbe (it holds the liveness probe back until it passes; give it failureThreshold × periodSeconds above the slowest start) or raise initialDelaySeconds. Do not just make the liveness probe lax: it would then miss real hangs.' },
    },
  },
  'oom-killed': {
    means: 'the container went over its memory limit (cgroup OOM) or was chosen by the node\'s OOM killer',
    teach: 'The container went over its memory limit and the kernel\'s OOM killer ended it (reason OOMKilled, exit 137), or the runtime inside hit its own heap cap (a JVM OutOfMemoryError) and exited. Either the limit is too low for the work or the application leaks. Compare its usage with the limit, raise the limit (and the request) if the usage is legitimate, and make runtimes respect the limit: a JVM\'s -Xmx or MaxRAMPercentage, Node\'s --max-old-space-size, GOMEMLIMIT.',
    variants: {
      'node-oom': { title: 'The node ran out of memory', teach: 'The node itself ran short of memory and its OOM killer chose this container: it has no memory limit of its own to hit, or it stayed under it. Look at the node\'s memory pressure and what else runs there; set memory requests that match real use so the scheduler does not overcommit the node, and limits so one pod cannot starve the others.' },
    },
  },
  'command-not-found': {
    means: 'the container\'s command or entrypoint does not exist or cannot be executed',
    teach: 'The program the image is meant to start does not exist or is not executable in it. Read the image\'s ENTRYPOINT and CMD (`crane config IMAGE` or `docker inspect IMAGE`), check the binary exists at that path in the image, has the executable bit, and that scripts\' interpreters (#!/bin/bash) exist too; distroless and scratch images have no shell at all.',
    variants: {
      'command-in-spec': { title: 'The pod\'s command does not exist in the image', teach: 'The pod\'s spec sets `command` (and maybe `args`), which replace the image\'s ENTRYPOINT and CMD, and that command cannot be run in this image. Compare it with the image\'s own ENTRYPOINT/CMD; often the fix is to remove the override or correct the path. Remember `command` without `args` also drops the image\'s CMD.' },
    },
  },
  'exec-format': {
    means: 'the image was built for another CPU architecture',
    teach: '"exec format error" means the binary is for another CPU: an arm64 image on an amd64 node or the other way round (a laptop with Apple silicon builds arm64 by default). Build and push a multi-architecture image (docker buildx --platform linux/amd64,linux/arm64) or pin the pod to nodes of the right architecture.',
  },
  'exits-zero': {
    means: 'the main process finishes with exit code 0: nothing long-running in the foreground',
    teach: 'The container\'s main process finished successfully, and restartPolicy Always starts it again, and again. Nothing runs in the foreground: a server that daemonises itself, a script that starts something in the background and ends, or a one-off task that belongs in a Job. Make the process stay in the foreground (e.g. nginx -g \'daemon off;\').',
  },
  'port-in-use': {
    means: 'the process cannot bind its port: another container in the pod, or the host network, already holds it',
    teach: 'The process could not bind its port because something else holds it: another container in the same pod (they share one network namespace), or the node\'s own processes when the pod uses hostNetwork. Give each container its own port, or do not run two copies of the same server in one pod.',
  },
  'read-only-fs': {
    means: 'the process writes to a read-only filesystem',
    teach: 'The container\'s root filesystem is read-only (readOnlyRootFilesystem) or the path is a read-only mount, and the process tries to write there. Mount an emptyDir where it needs to write (/tmp, caches, pid files) rather than dropping the read-only setting.',
  },
  'permission-denied': {
    means: 'the process lacks a file or user permission at run time (securityContext, runAsNonRoot, volume ownership)',
    teach: 'The process runs as a user that may not read, write or execute what it needs: runAsNonRoot or runAsUser in the securityContext, a volume owned by another user, or a port below 1024 without root. Check the user the image expects against the securityContext, and use fsGroup for volume ownership.',
  },
  'init-container': {
    means: 'an init container keeps failing, so the app containers never start',
    teach: 'An init container fails, so the application containers never start. Its own logs and exit code say why; usually it waits for something that never comes or a setup step errors. Fix the init container (or what it waits for), then the pod moves on by itself.',
  },
  'lifecycle-hook': {
    means: 'a postStart or preStop hook fails and the container is killed',
    teach: 'The kubelet runs the postStart hook right after starting the container and kills the container when the hook fails (FailedPostStartHook). Check that the hook\'s command exists in the image and does not depend on the application being ready yet: postStart runs at the same time as the entrypoint, with no ordering guarantee.',
  },
  segfault: {
    means: 'the process dies from SIGSEGV',
    teach: 'Exit 139 is SIGSEGV: the program touched memory it may not access. That is a bug in the program or a native library, or a binary built against another libc (Alpine\'s musl vs glibc). Reproduce it by hand in a kept-alive copy and hand the details to the developers.',
  },
  'killed-externally': {
    means: 'the process is killed by a signal from outside that is not an OOM or a probe: SIGTERM/SIGKILL from a person, a node shutdown, preemption; or the pod itself is being deleted, evicted, drained or preempted',
    teach: 'The process was killed by a signal (137 SIGKILL or 143 SIGTERM) with no OOM and no failing probe, or the pod itself is being deleted, evicted, drained or preempted: a person or a script, a node shutdown, eviction or preemption. Look at the node\'s events and conditions, and at who deletes or restarts pods (autoscalers, deployment tools).',
  },
  'node-restart': {
    means: 'the node rebooted or the container runtime restarted',
    teach: 'The node rebooted or its container runtime restarted, and every container on it was killed (exit 255, reason Unknown, node events Rebooted or NodeNotReady). The pod itself is probably fine; check the node\'s condition and why it restarted.',
  },
  'mount-failure': {
    means: 'the container cannot start because a volume, host path or subPath mount fails',
    teach: 'The runtime could not set up a mount when starting the container (StartError, exit 128, or CreateContainerConfigError when a host path or subPath directory cannot be prepared): a subPath that does not exist in the volume, a host path missing on the node, a ConfigMap key missing, or a file mounted over a directory. Compare the volumeMounts with the volumes and with what the ConfigMap or Secret really contains.',
  },
  unknown: {
    means: 'the evidence names no cause: the wizard\'s answer is to keep the container alive with an entrypoint override and look inside',
    teach: 'Nothing read from outside the container explains the crash. In the kept-alive copy, start the original entrypoint and args by hand and watch what happens; check its config files, environment and the network names it needs. Write down what you tried: the report is what you hand to a senior engineer.',
  },
  unschedulable: {
    means: 'no node fits: resources, quota, node selector, affinity, taints, no ready node',
    teach: 'Fix what the FailedScheduling message names: lower the requests or add capacity (Insufficient cpu or memory), fix the nodeSelector or affinity to match real node labels, add a toleration for a taint the pod should accept, or raise the namespace\'s ResourceQuota. With no Ready node at all, the cluster itself is the problem.',
  },
  'image-pull': {
    means: 'the image cannot be pulled: wrong name or tag, private registry without a pull secret, network or rate limit',
    teach: 'Check the image reference letter by letter (registry, repository, tag) and that the tag exists. For a private registry create a docker-registry Secret and name it in imagePullSecrets (or on the service account). Fix the image in the owner\'s pod template so new pods get it.',
  },
  'missing-config': {
    means: 'a ConfigMap, Secret or key the container needs does not exist',
    teach: 'Create the missing ConfigMap or Secret in the pod\'s namespace (or add the missing key), or correct the name in the pod template. Mark a reference optional only when the application really copes without it. The kubelet retries by itself: once the object exists the container starts.',
  },
  'volume-pending': {
    means: 'a volume cannot be attached or mounted before the container starts: a Pending PVC, a missing volume source',
    teach: 'Make the claim bindable: a StorageClass that exists (or a default one), a PersistentVolume that matches size and access mode, or a volume source that exists. A ReadWriteOnce volume still attached to another node must be released first.',
  },
} satisfies Record<CauseId, CauseTeaching>;

export const CAUSE_CATALOGUE: Readonly<Record<CauseId, CauseEntry>> = Object.fromEntries(
  (Object.keys(TEACHING) as CauseId[]).map((c) => [c, { title: CAUSE_TITLES[c], ...(TEACHING[c] as CauseTeaching), words: WRITERS[c] }]),
) as Record<CauseId, CauseEntry>;

/** The title and text a flow's result step must carry: the cause's own, or the variant named by the step id. */
export function resultStepText(cause: CauseId, stepId: string): { readonly title: string; readonly teach: string } | undefined {
  const entry = CAUSE_CATALOGUE[cause];
  if (stepId === cause) return { title: entry.title, teach: entry.teach };
  return entry.variants?.[stepId];
}

/** The words of a verdict naming this cause, from its catalogue entry. */
export function causeWords(cause: CauseId, x: ExplainInput): Words {
  return CAUSE_CATALOGUE[cause].words(x, x.view?.name ?? x.pod.metadata.name, factReader(x.findings));
}
