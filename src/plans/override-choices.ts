// The override's decisions that depend on what we read: which container fails, which keep-alive the image
// can run, which `kubectl debug` profile the namespace's Pod Security level admits, and `--command` as an argv.
import { userError } from '../i18n/user-error.js';
import type { Pod } from '../k8s/index.js';
import { KEEP_ALIVE_SHELL_LOOP, KEEP_ALIVE_SLEEP, KEEP_ALIVE_TAIL, type PsaLevel } from './override-copy.js';

export const PSA_ENFORCE_LABEL = 'pod-security.kubernetes.io/enforce';

/** The container to keep alive: the named one, else a failing init container, else the worst app container. */
export function pickContainer(pod: Pod, wanted?: string): { name: string; init: boolean } {
  const init = pod.spec.initContainers ?? [];
  if (wanted) {
    if (pod.spec.containers.some((c) => c.name === wanted)) return { name: wanted, init: false };
    if (init.some((c) => c.name === wanted)) return { name: wanted, init: true };
    const names = [...pod.spec.containers, ...init].map((c) => c.name).join(', ');
    throw userError('override.fail.noSuchContainer', { pod: pod.metadata.name, container: wanted, names }, 2);
  }
  for (const s of pod.status?.initContainerStatuses ?? []) {
    const sidecar = init.find((c) => c.name === s.name)?.restartPolicy === 'Always';
    const failing = s.state?.waiting?.reason === 'CrashLoopBackOff' || (s.state?.terminated && s.state.terminated.exitCode !== 0) || (!sidecar && s.restartCount > 0 && !s.state?.terminated);
    if (failing) return { name: s.name, init: true };
  }
  const score = (name: string): number => {
    const s = pod.status?.containerStatuses?.find((x) => x.name === name);
    if (!s) return 0;
    let v = s.restartCount;
    if (s.state?.waiting?.reason === 'CrashLoopBackOff') v += 1_000_000;
    else if (s.state?.terminated && s.state.terminated.exitCode !== 0) v += 500_000;
    else if (!s.ready) v += 1000;
    // Service-mesh sidecars restart when the app does; they are rarely the cause.
    if (/^(istio-proxy|linkerd-proxy|envoy)$/.test(name)) v /= 10;
    return v;
  };
  const best = [...pod.spec.containers].sort((a, b) => score(b.name) - score(a.name))[0];
  if (!best) throw userError('override.fail.noContainers', { pod: pod.metadata.name }, 2);
  return { name: best.name, init: false };
}

/**
 * `sleep infinity` unless the image is known not to support it: BusyBox builds without float sleep reject
 * "infinity", so BusyBox-based images get a shell loop; images without a shell get `tail -f /dev/null`
 * only when they have tail — distroless has neither, which the caller reports.
 */
export function chooseKeepAlive(image: string | undefined, hints: { readonly shell?: string | null; readonly binaries?: readonly string[] } = {}): readonly string[] {
  const ref = (image ?? '').toLowerCase();
  if (hints.binaries && !hints.binaries.includes('sleep')) {
    if (hints.shell) return KEEP_ALIVE_SHELL_LOOP.map((a, i) => (i === 0 ? hints.shell! : a));
    if (hints.binaries.includes('tail')) return KEEP_ALIVE_TAIL;
  }
  if (/(^|\/)busybox(:|@|$)/.test(ref)) return KEEP_ALIVE_SHELL_LOOP;
  return KEEP_ALIVE_SLEEP;
}

/** What to try next when a keep-alive turns out to be missing from the image: the others, in order. */
export function keepAliveFallbacks(first: readonly string[]): readonly (readonly string[])[] {
  const all = [first, KEEP_ALIVE_SLEEP, KEEP_ALIVE_SHELL_LOOP, KEEP_ALIVE_TAIL];
  return all.filter((c, i) => all.findIndex((d) => d.join('\0') === c.join('\0')) === i);
}

/** Images that ship no shell and no coreutils: a keep-alive cannot run in them. */
export const looksShellless = (image: string | undefined): boolean => /distroless|chainguard\/static|(^|\/)scratch(:|$)/.test(image ?? '');

/** The `kubectl debug --profile` a Pod Security level admits; `general` adds SYS_PTRACE, which baseline rejects. */
export function debugProfile(level: PsaLevel): 'general' | 'baseline' | 'restricted' {
  if (level === 'restricted' || level === 'unknown') return 'restricted';
  if (level === 'baseline') return 'baseline';
  return 'general';
}

export function psaLevel(namespaceLabels: Readonly<Record<string, string>> | undefined, readable: boolean): PsaLevel {
  if (!readable) return 'unknown';
  const v = namespaceLabels?.[PSA_ENFORCE_LABEL];
  return v === 'baseline' || v === 'restricted' ? v : 'privileged';
}

/** Splits `--command` like a POSIX shell splits words (quotes, backslashes) without ever running one. */
export function parseCommandLine(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote === "'") {
      if (ch === "'") quote = null;
      else cur += ch;
    } else if (quote === '"') {
      if (ch === '"') quote = null;
      else if (ch === '\\' && i + 1 < text.length && '"\\$`'.includes(text[i + 1]!)) cur += text[++i];
      else cur += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      inWord = true;
    } else if (ch === '\\' && i + 1 < text.length) {
      cur += text[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) out.push(cur);
      cur = '';
      inWord = false;
    } else {
      cur += ch;
      inWord = true;
    }
  }
  if (quote) throw userError('override.fail.unclosedQuote', { quote }, 2);
  if (inWord) out.push(cur);
  if (out.length === 0) throw userError('override.fail.emptyCommand', {}, 2);
  return out;
}
