// The words of a verdict, per cause: a one-line summary, a few sentences for a junior engineer (what happened,
// why, what it means) and a concrete fix, built from the verdict and the facts its findings carry. Part of the
// per-cause catalogue (./cause-catalogue.ts); English, keyed by cause id.
import type { Pod } from '../k8s/index.js';
import type { CauseId } from '../contracts/causes.js';
import type { ContainerView } from '../analysis/context.js';
import type { ExitCodeMeaning } from '../analysis/exit-code.js';
import { probeBudgetSeconds } from '../analysis/analyzers/probes.js';
import { factOf, type FindingFacts } from '../analysis/finding-facts.js';
import { wasEvicted } from '../analysis/rules/facts.js';
import type { Finding, Verdict } from '../contracts/diagnosis.js';

export interface Words { readonly summary: string; readonly explanation: string; readonly fix?: string }

export interface ExplainInput {
  readonly pod: Pod;
  readonly view?: ContainerView;
  readonly code?: ExitCodeMeaning;
  readonly verdict: Pick<Verdict, 'basis' | 'secondary'>;
  readonly findings: readonly Finding[];
  readonly logsMissing: boolean;
}

/** A fact of the first finding with that id, typed by finding-facts.ts and shown as text. */
export type FactReader = <K extends keyof FindingFacts, P extends keyof FindingFacts[K]>(id: K, key: P) => string | undefined;

export type Writer = (x: ExplainInput, c: string, fact: FactReader) => Words;

const exitText = (code: ExitCodeMeaning | undefined): string => (code ? `exit ${code.code}${code.signal ? ` (${code.signal})` : ''}` : 'no exit code');

// What to read next for a crash: the quoted lines when there are some; with an empty log, the command the spec
// runs (the exit code then comes from that command, not from anything it printed).
function crashHint(x: ExplainInput, c: string): string {
  if (x.logsMissing) return 'Its logs could not be read, so this rests on the exit code alone.';
  if (!x.findings.some((f) => f.id === 'logs-empty' && f.container === c)) return 'Read the quoted log lines from the crashed run: a stack trace or error there is the starting point.';
  const spec = x.view?.spec;
  const argv = [...(spec?.command ?? []), ...(spec?.args ?? [])];
  return argv.length > 0
    ? `It printed nothing, so there are no log lines to read: look at what the spec runs (${spec?.command ? 'command' : 'args'}: ${JSON.stringify(argv).slice(0, 200)}) and why that exits with ${exitText(x.code)}.`
    : `It printed nothing, so there are no log lines to read: the spec sets no command or args, so the image's own ENTRYPOINT/CMD runs; check what it is and why it exits with ${exitText(x.code)}.`;
}

export const WRITERS = {
  'app-crash': (x, c) => ({
    summary: `${c} crashes on its own (${exitText(x.code)})`,
    explanation: `The program in ${c} stopped with ${exitText(x.code)}, which is the program's own choice rather than a signal from outside. Nothing points to a more specific reason such as bad configuration or an unreachable service, so the answer is in what the program printed last before it exited. ${crashHint(x, c)}`,
    fix: `Fix the error the previous run reports (kubectl logs --previous -c ${c}); if the logs say nothing, start the container with an entrypoint override and run the program by hand.`,
  }),
  'bad-config': (x, c) => ({
    summary: `${c} rejects its configuration (${exitText(x.code)})`,
    explanation: `${c} starts, reads its settings, and gives up because one of them is missing or invalid: a flag it does not know, an environment variable that is not set, or a config file it cannot parse. Every restart reads the same settings, so it will keep failing until the configuration changes.`,
    fix: `Correct the setting named in the quoted line: the container's args, its env (or the ConfigMap/Secret it comes from), or the mounted config file; then let the Deployment roll out the change.`,
  }),
  'missing-dependency': (x, c, fact) => {
    const svc = fact('dependency-order', 'service');
    if (svc) {
      return {
        summary: `${c} started before Service ${svc} existed and cannot resolve it`,
        explanation: `${c} looks up the name of ${svc} once when it starts. When it last started that Service did not exist yet, so the lookup failed and the process exited. The Service has been created since, but a process that caches names at start (nginx does this for its upstreams) only sees it after it starts again.`,
        fix: `Restart the pod now that ${svc} exists (kubectl delete pod, or kubectl rollout restart on its Deployment), and deploy Services before the workloads that depend on them.`,
      };
    }
    return {
      summary: `${c} cannot reach a service it needs at start-up`,
      explanation: `${c} tries to connect to another service (a database, an API, a DNS name) while starting, the connection fails, and the program exits instead of retrying. Until that service is reachable under the name and port ${c} uses, every restart fails the same way.`,
      fix: `Check that the service named in the quoted line exists, has ready endpoints and is spelled with the right namespace and port (kubectl get svc,endpoints); make the app retry with back-off, or wait for it with an init container.`,
    };
  },
  'liveness-probe': (x, c, fact) => {
    if (fact('probe-kill', 'probe') === 'startup' || (!fact('probe-kill', 'probe') && factOf(x.verdict.basis.slice(0, 1), 'probe-failing', 'probe') === 'startup')) {
      const sp = x.view?.spec?.startupProbe;
      const allowed = sp ? probeBudgetSeconds(sp) : undefined;
      return {
        summary: `The kubelet kills ${c} because its startup probe never passes`,
        explanation: `${c} has a startupProbe: until it passes, the kubelet waits, and after ${sp?.failureThreshold ?? 3} failures in a row (about ${allowed ?? '?'}s) it kills the container and starts over. Either the app needs longer than that to start, or the probe checks something that never answers (wrong port, path or command).${x.code?.code === 0 ? ` ${c} handles the kubelet's SIGTERM cleanly, so each stopped run ends with exit 0 and looks like a normal exit.` : ''}`,
        fix: `Check the probe against the app (port, path, command); if the app is just slow, raise the startupProbe's failureThreshold × periodSeconds above the observed start time${allowed ? ` (today ${allowed}s)` : ''}.`,
      };
    }
    const p = x.view?.spec?.livenessProbe;
    const lived = fact('probe-too-early', 'livedSeconds');
    const budget = p ? probeBudgetSeconds(p) : undefined;
    const early = x.findings.some((f) => f.id === 'probe-too-early');
    const exec = p?.exec?.command?.join(' ');
    return {
      summary: `The kubelet kills ${c} because its liveness probe keeps failing`,
      explanation: `Kubernetes runs ${c}'s liveness probe and, after ${p?.failureThreshold ?? 3} failures in a row, kills the container and starts it again. ${early ? `The probe starts failing before the app is even listening: it allows about ${budget}s${lived ? ` and the container lived ${lived}s` : ''}, so a slow start is killed every time.` : exec ? `The probe runs \`${exec}\` inside the container, and that command keeps failing, so the kill repeats no matter how healthy the app is.` : 'Either the probe checks the wrong thing (path, port, command) or the app really stops answering.'} ${x.code?.code === 0 ? `${c} handles the kubelet's SIGTERM cleanly, so each killed run ends with exit 0 and looks like a normal exit.` : 'The exit code of a probe kill is usually 137 or 143, which is why it looks like a crash.'}`,
      fix: early
        ? `Add a startupProbe with failureThreshold × periodSeconds of at least ${lived ? Math.max(Number(lived) * 2, 60) : 60}s (longer than the observed start time), or raise initialDelaySeconds; keep the liveness probe for hangs only.`
        : `Make the probe match the app: the right port and path, a command that succeeds when healthy${exec ? ` (\`${exec}\` fails today)` : ''}, a longer timeoutSeconds; test it with kubectl exec before relying on it.`,
    };
  },
  'oom-killed': (x, c, fact) => {
    const limit = x.view?.spec?.resources?.limits?.memory;
    const suggested = fact('memory-limit-tight', 'suggestedLimit');
    const xmx = fact('memory-limit-tight', 'suggestedXmx');
    const jvm = fact('memory-limit-tight', 'heapBytes') !== undefined;
    return {
      summary: `${c} runs out of memory${limit ? ` (limit ${limit})` : ''} and is OOM-killed`,
      explanation: `${x.code && x.code.code !== 137 && !x.findings.some((f) => f.id === 'oom-killed')
        ? `${c} ran out of memory itself (the quoted line) and exited with ${exitText(x.code)}: a runtime heap cap such as the JVM's -Xmx was reached, even if the container limit${limit ? ` of ${limit}` : ''} was not.`
        : `${c} used more memory than its limit${limit ? ` of ${limit}` : ''}, so the kernel's OOM killer ended it with SIGKILL (exit 137) and the kubelet restarted it.`} ${jvm ? 'The JVM is allowed a heap that, with its off-heap memory, does not fit under the limit, so it grows until it is killed.' : 'Either the limit is too low for what the program needs, or the program keeps growing (a leak or an unbounded cache).'}`,
      fix: suggested && !jvm
        ? `Raise the memory limit to at least ${suggested} (1.5 × what it uses now), and look for a leak if usage keeps growing.`
        : suggested
        ? `Raise the memory limit to at least ${suggested}, or lower the heap (e.g. -Xmx${xmx ?? ''} or -XX:MaxRAMPercentage=75) so heap plus overhead fits.`
        : `Raise the memory limit (resources.limits.memory)${limit ? ` above ${limit}` : ''} to what the program really needs (kubectl top pod shows usage), and look for a leak if usage keeps growing.`,
    };
  },
  'command-not-found': (x, c) => {
    const cmd = [...(x.view?.spec?.command ?? []), ...(x.view?.spec?.args ?? [])].join(' ');
    return {
      summary: `${c}'s command cannot be executed`,
      explanation: `The container runtime tried to start ${c} but the program it was told to run does not exist in the image, is not on $PATH, or is not executable. The process never really started, which is why the exit code is ${x.code?.code ?? 'set by the runtime'} and the log is empty or only has the runtime's error.`,
      fix: cmd ? `Correct the command in the spec (${cmd}) to a path that exists in the image, or remove it to use the image's own ENTRYPOINT/CMD.` : `Check the image's ENTRYPOINT/CMD (docker inspect) and that the binary exists and is executable.`,
    };
  },
  'exec-format': (x, c, fact) => ({
    summary: `${c}'s image is built for another CPU architecture`,
    explanation: `The kernel refused to run ${c}'s binary with "exec format error": the image was built for a different CPU architecture than the node's${fact('arch-mismatch', 'nodeArch') ? ` (${fact('arch-mismatch', 'nodeArch')})` : ''}, or the entrypoint script lacks its #! line.`,
    fix: `Build and push a multi-arch image (docker buildx --platform linux/amd64,linux/arm64), or schedule the pod on nodes of the image's architecture with a nodeSelector on kubernetes.io/arch.`,
  }),
  'exits-zero': (_x, c) => ({
    summary: `${c} finishes with exit 0 and is restarted every time`,
    explanation: `The main process of ${c} does its work and exits successfully. Under restartPolicy Always Kubernetes expects it to run forever, so it starts it again, and each quick exit counts as a crash. Usually the process went to the background (a daemon mode, nohup, a start script) or the command is a one-off task.`,
    fix: `Run the process in the foreground (e.g. nginx -g 'daemon off;', no trailing &), or run one-off work as a Job instead of a Deployment.`,
  }),
  'port-in-use': (_x, c) => ({
    summary: `${c} cannot bind its port: it is already in use`,
    explanation: `All containers of a pod share one network namespace, so two of them cannot listen on the same port; with hostNetwork the node's ports are shared too. ${c} finds its port taken and exits.`,
    fix: `Give each container its own port (change the app's listen port and containerPort), or drop hostNetwork.`,
  }),
  'read-only-fs': (_x, c) => ({
    summary: `${c} writes to a read-only filesystem`,
    explanation: `${c} tries to write a file, but its root filesystem is mounted read-only (securityContext.readOnlyRootFilesystem), so the write fails and the program exits.`,
    fix: `Mount an emptyDir at the directory it writes to (e.g. /tmp, /var/cache, /var/run), or point the app's writable paths there; keep the root filesystem read-only.`,
  }),
  'permission-denied': (_x, c) => ({
    summary: `${c} lacks permission to a file or action it needs`,
    explanation: `${c} runs as a user that may not read or write a file, bind a low port, or do the operation named in the quoted line. This is usually the securityContext (runAsNonRoot/runAsUser) meeting an image or volume built for root.`,
    fix: `Give the user access (fsGroup for volumes, chown in the image, a port above 1024), or run with a user that owns the files; avoid simply running as root.`,
  }),
  'init-container': (x, c) => {
    const said = x.verdict.secondary ? ` (${x.verdict.secondary.basis[0]?.summary.replace(/^The (?:crashed|current) run logged: /, 'it logged: ') ?? x.verdict.secondary.cause})` : '';
    const looks = x.verdict.secondary ? `; what it reports looks like ${x.verdict.secondary.cause}` : '';
    // Still running and never exiting: a wait-for loop whose condition never comes true.
    if (x.view?.status?.state?.running && !x.code) {
      return {
        summary: `Init container ${c} never completes, so the app never starts${said}`,
        explanation: `Init containers run one after another before the app containers, and each must exit 0. ${c} has been running for minutes without finishing, usually a loop waiting for something (a Service, a DNS name, a file) that never appears, and the pod stays in Init: status${looks}.`,
        fix: `Read ${c}'s logs (kubectl logs -c ${c}) to see what it waits for, then create that dependency or correct the name it waits on; the app containers start as soon as it exits 0.`,
      };
    }
    return {
    summary: `Init container ${c} keeps failing, so the app never starts${said}`,
    explanation: `Init containers run one after another before the app containers, and each must exit 0. ${c} fails (${exitText(x.code)}), so Kubernetes retries it and the pod stays in ${'Init:'} status${looks}.`,
    fix: `Read ${c}'s logs (kubectl logs --previous -c ${c}) and fix what it waits for or runs; the app containers start as soon as it exits 0.`,
    };
  },
  'lifecycle-hook': (_x, c) => ({
    summary: `${c}'s lifecycle hook fails and the kubelet kills the container`,
    explanation: `A postStart hook runs right after ${c} starts; if it fails, the kubelet kills the container and restarts it, even when the app itself is fine. (A failing preStop hook delays shutdown instead.)`,
    fix: `Fix the hook command or endpoint named in the FailedPostStartHook event (it must exist in the image and exit 0), or remove the hook.`,
  }),
  segfault: (x, c) => {
    // Exit 139 is the kernel's SIGSEGV; any other code means a runtime or wrapper caught it and said so in the log.
    const byKernel = x.code?.code === 139 || x.code?.signal === 'SIGSEGV';
    return {
      summary: byKernel ? `${c} dies from a segmentation fault (exit 139)` : `${c} dies after a segmentation fault its log reports (${exitText(x.code)})`,
      explanation: byKernel
        ? `The process in ${c} touched memory it may not access and the kernel ended it with SIGSEGV. That is a bug in the program or a native library (or a library built for another CPU or libc), not a Kubernetes setting.`
        : `The log of ${c} reports a segmentation fault (the quoted line): the process touched memory it may not access, and the runtime or wrapper that caught the signal exited with ${x.code ? x.code.code : 'its own code'}. That is a bug in the program or a native library (or a library built for another CPU or libc), not a Kubernetes setting.`,
      fix: `Reproduce with the same image, get a core dump or run it under a debugger; check native dependencies and the base image (musl vs glibc).`,
    };
  },
  'killed-externally': (x, c) => x.verdict.basis[0]?.id === 'pod-disrupted' ? {
    summary: x.verdict.basis[0].summary,
    explanation: `No container of the pod has failed: the pod itself is being stopped from outside. ${x.verdict.basis[0].summary.replace(/^The pod is being stopped from outside: /, 'Who: ')}. Its containers receive SIGTERM and then SIGKILL after the grace period; a controller (Deployment, StatefulSet, Job) creates a replacement.`,
    fix: `Nothing to fix inside the pod. If the disruption is unwanted, look at who caused it (the quoted condition or event): a drain or autoscaler (add a PodDisruptionBudget), preemption (raise the pod's priorityClassName or add capacity), a NoExecute taint (add a toleration or fix the node).`,
  } : x.findings.some((f) => wasEvicted(f) && /shutting down/.test(f.summary)) ? {
    summary: `The kubelet stopped the pod because its node was shutting down`,
    explanation: `The node under the pod began a graceful shutdown (a reboot, an upgrade, a spot or preemptible VM being reclaimed) and the kubelet terminated every pod on it. The containers were stopped from outside; a clean exit code inside says only that they shut down in good order.`,
    fix: `Nothing to change in the pod; let the controller replace it (delete the Failed pod) and find out why the node shut down (kubectl describe node, the cloud provider's maintenance or preemption notices). Run enough replicas with a PodDisruptionBudget to ride it out.`,
  } : x.findings.some(wasEvicted) ? {
    summary: `The kubelet evicted the pod to relieve pressure on its node`,
    explanation: `When a node runs short of memory, disk or process ids, the kubelet evicts pods to protect it, starting with those that use most above their requests (BestEffort and Burstable first). The pod's containers were stopped from outside; the message on the pod status says which resource ran short and who used it.`,
    fix: `Set requests close to real usage (and memory limits) so the pod is not first in line, fix what fills the node (kubectl describe node), and let the controller replace the evicted pod (delete the Failed pod).`,
  } : ({
    summary: `${c} was killed from outside (${exitText(x.code)}) without an OOM or probe kill`,
    explanation: `${c} was ended by ${x.code?.signal ?? 'a signal'} and nothing in the pod explains it: no OOMKilled reason, no probe failure. Something outside sent it: a person or script (kubectl delete, docker kill), a node draining or shutting down, eviction or preemption.`,
    fix: `Check who stopped it: node events and the cluster's audit log around the finish time; if the app takes too long to stop, handle SIGTERM and set terminationGracePeriodSeconds.`,
  }),
  'node-restart': (_x, c) => ({
    summary: `${c} stopped because its node or container runtime restarted`,
    explanation: `The node under the pod rebooted (or its container runtime restarted), which ends every container on it; the runtime reports this as exit 255 or reason Unknown. Nothing is wrong with ${c} itself.`,
    fix: `Nothing to change in the pod; find out why the node restarted (kubectl describe node, its events and kernel logs), and run enough replicas to ride it out.`,
  }),
  'mount-failure': (x, c, fact) => ({
    summary: `${c} cannot start: a volume${fact('mount-failed', 'subPath') ? ' subPath' : ''} mount fails`,
    explanation: `Before ${c}'s process starts, the runtime mounts its volumes. ${fact('mount-failed', 'subPath') ? `The mount of ${fact('mount-failed', 'mountPath')} uses subPath from ${fact('mount-failed', 'source')}; subPath mounts are fixed when the container is created and can break after the source changes, so the restart fails${x.code?.code === 128 ? ' with StartError (exit 128)' : ''}.` : `One of those mounts fails, so the container cannot start (${x.code?.code === 128 ? 'StartError, exit 128' : x.view?.status?.state?.waiting?.reason ?? 'the runtime reports the mount error'}).`}`,
    fix: fact('mount-failed', 'subPath')
      ? `Delete the pod so it gets fresh mounts, and mount the ConfigMap as a directory instead of by subPath (include or copy the file from there) so updates do not break restarts.`
      : `Fix the volume named in the message (its source must exist and the mount path must be valid), then recreate the pod.`,
  }),
  unknown: (x, c) => ({
    summary: `${c} fails, but the evidence names no cause`,
    explanation: `${c} keeps failing (${exitText(x.code)}), but nothing in its status, events or logs points to a specific reason. ${x.logsMissing ? 'Its logs could not be read, which is the first gap to close.' : 'The next step is to look inside: start a copy with an entrypoint override that keeps it alive and run the program by hand.'}`,
    fix: `Start a copy with its entrypoint replaced (kubectl-crashcourse override) and run the original command by hand to see it fail.`,
  }),
  unschedulable: () => ({
    summary: 'No node can run the pod',
    explanation: `The scheduler looked at every node and none fits: not enough free CPU or memory for the requests, a nodeSelector or affinity no node matches, taints the pod does not tolerate, or no ready node. The FailedScheduling message lists how many nodes failed for which reason.`,
    fix: `Lower the requests, fix the selector/affinity or add a toleration, or add capacity to the cluster, as the FailedScheduling message says.`,
  }),
  'image-pull': (x, c) => ({
    summary: `${c}'s image ${x.view?.spec?.image ?? ''} cannot be pulled`.replace('  ', ' '),
    explanation: `The node cannot download ${c}'s image: the name or tag is wrong, the registry is private and the pod has no pull secret, or the node cannot reach the registry (network, rate limit). Until the pull succeeds the container never starts.`,
    fix: `Check the image reference and tag exist (docker pull on a workstation), add imagePullSecrets for a private registry, or fix the node's access to the registry.`,
  }),
  'missing-config': (_x, c) => ({
    summary: `${c} refers to a ConfigMap, Secret or key that does not exist`,
    explanation: `The kubelet builds ${c}'s environment and files from ConfigMaps and Secrets before starting it. One of them, or a key in it, does not exist, so the container cannot be created.`,
    fix: `Create the missing ConfigMap/Secret or key named in the message (or mark the reference optional), in the pod's namespace.`,
  }),
  'volume-pending': () => ({
    summary: 'A volume cannot be attached or mounted, so the pod cannot start',
    explanation: `The pod needs a volume that is not ready: a PersistentVolumeClaim that is not Bound (no matching PersistentVolume or StorageClass), a missing volume source, or an attach that fails on the node. The containers wait in ContainerCreating until it is ready.`,
    fix: `Check the claim (kubectl get pvc, describe pvc) and its StorageClass, or create the missing volume source named in the FailedMount event.`,
  }),
} satisfies Record<CauseId, Writer>;

/** Reads a fact of the first finding with that id, as text (typed by finding-facts.ts). */
export const factReader = (findings: readonly Finding[]): FactReader => (id, key) => {
  const v = factOf(findings, id, key);
  return v === undefined ? undefined : String(v);
};
