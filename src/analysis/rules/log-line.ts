// The decisive log line of the crashed run: among the log findings near the end of the run, a strong line
// beats a weak one, and among equals the more specific wins; a generic "cannot load config" gives way to the
// operating-system error logged with it. Spec facts that agree with the line's cause support it.
import type { CauseId } from '../../contracts/causes.js';
import { lineOf, specificityOf } from '../finding-facts.js';
import type { Finding } from '../../contracts/diagnosis.js';
import type { RuleScope } from './scope.js';

// A segfault the log names competes too: a runtime or wrapper that catches SIGSEGV (the JVM's hs_err banner, a
// supervisor's "signal: segmentation fault") exits with its own code, not 139, and only its line says why.
const LOG_FAMILY = new Set(['log-bad-config', 'log-dns', 'log-connection-refused', 'log-timeout', 'log-read-only-fs', 'log-address-in-use',
  'log-permission-denied', 'log-out-of-memory', 'log-not-found', 'log-panic', 'dependency-order', 'segfault']);

// How far before the last decisive line of a run another line may be and still compete with it: an error
// logged early and survived is not why the process died at the end.
const DECISIVE_WINDOW = 40;

function nearTheEnd(logs: readonly Finding[]): Finding[] {
  const last = new Map<string, number>();
  for (const f of logs) {
    const l = lineOf(f);
    if (typeof l?.index === 'number') last.set(String(l.run ?? ''), Math.max(last.get(String(l.run ?? '')) ?? 0, l.index));
  }
  return logs.filter((f) => { const l = lineOf(f); return typeof l?.index !== 'number' || l.index >= (last.get(String(l.run ?? '')) ?? 0) - DECISIVE_WINDOW; });
}

/** The log findings that compete for the decision (commands and exec format are decided elsewhere; exit 139 too). */
export const competingLogs = (s: RuleScope): Finding[] => nearTheEnd(s.mine.filter((f) => LOG_FAMILY.has(f.id) && f.cause));

// "Unable to load the config" names no reason of its own; an operating-system error logged with it or after it
// (Read-only file system, permission denied, address in use) is why the loading failed, and it is what to fix.
const GENERIC_CONFIG_FAILURE = /configuration error|(?:failed|unable|could not|cannot) (?:to )?(?:load|read|open|apply|initiali[sz]e) (?:the )?(?:config|configuration|settings)|error (?:loading|reading) (?:config|configuration)/i;
const OS_CAUSES = new Set(['read-only-fs', 'permission-denied', 'port-in-use']);

function unwrapped(best: Finding | undefined, logs: readonly Finding[]): Finding | undefined {
  const line = best ? lineOf(best) : undefined;
  if (!best || best.cause !== 'bad-config' || !GENERIC_CONFIG_FAILURE.test(line?.line ?? '')) return best;
  const at = line?.index ?? -1;
  const os = logs.filter((f) => f.cause && OS_CAUSES.has(f.cause) && f.confidence !== 'possible' && lineOf(f)?.run === line?.run && (lineOf(f)?.index ?? -1) >= at);
  return os.sort(bySpecificity)[0] ?? best;
}

function bySpecificity(a: Finding, b: Finding): number {
  return specificityOf(b) - specificityOf(a);
}

export function decisiveLogLine(s: RuleScope): Finding | undefined {
  const logs = competingLogs(s);
  const best = unwrapped(logs.filter((f) => f.confidence !== 'possible').sort(bySpecificity)[0] ?? [...logs].sort(bySpecificity)[0], logs);
  return best?.cause ? best : undefined;
}

/** Spec facts that make a log line's cause more certain (readOnlyRootFilesystem behind "Read-only file system"). */
export function supportFor(cause: CauseId, mine: readonly Finding[]): Finding[] {
  const ids: Partial<Record<CauseId, string[]>> = {
    'read-only-fs': ['read-only-root'], 'permission-denied': ['run-as-non-root'], 'port-in-use': ['duplicate-port'],
    'oom-killed': ['memory-limit-tight'], 'exec-format': ['arch-mismatch'], 'bad-config': ['command-overridden', 'missing-reference'],
  };
  return mine.filter((f) => (ids[cause] ?? []).includes(f.id) && f.confidence !== 'possible');
}

/** The log-driven three a reader weighs for a program's own exit: the log rule rules each in or out. */
export const LOG_CAUSES: ReadonlySet<CauseId> = new Set<CauseId>(['bad-config', 'missing-dependency', 'app-crash']);
