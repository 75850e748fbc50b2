// The words of a verdict, per cause: a one-line summary, a few sentences for a junior engineer (what happened,
// why, what it means) and a concrete fix, built from the verdict and the facts its findings carry. Part of the
// per-cause catalogue (./cause-catalogue.ts), keyed by cause id. Each is a message (`dx.cause.<id>.*` in
// src/i18n/catalogs/diagnosis/), its values the evidence it names, so it reads in the reader's language.
import type { Pod } from '../k8s/index.js';
import type { CauseId } from '../contracts/causes.js';
import type { ContainerView } from '../analysis/context.js';
import type { ExitCodeMeaning } from '../analysis/exit-code.js';
import { probeBudgetSeconds } from '../analysis/analyzers/probes.js';
import { factOf, type FindingFacts } from '../analysis/finding-facts.js';
import { wasEvicted } from '../analysis/rules/facts.js';
import { say, type Finding, type Message, type MessageId, type Verdict } from '../contracts/diagnosis.js';

export interface Words { readonly summary: Message; readonly explanation: Message; readonly fix?: Message }

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

const EMPTY = say('dx.empty');
/** A message when the condition holds, nothing otherwise: the optional clauses of a sentence. */
const when = (cond: unknown, id: MessageId, values?: Readonly<Record<string, string | number | Message>>): Message => (cond ? say(id, values) : EMPTY);
/** The three parts of a cause's words: `dx.cause.<key>.summary|explanation|fix`, each with its own values. */
const words = (key: string, summary: Record<string, string | number | Message>, explanation: Record<string, string | number | Message>, fix?: Record<string, string | number | Message>): Words => ({
  summary: say(`dx.cause.${key}.summary`, summary),
  explanation: say(`dx.cause.${key}.explanation`, explanation),
  ...(fix ? { fix: say(`dx.cause.${key}.fix`, fix) } : {}),
});

const exitText = (code: ExitCodeMeaning | undefined): Message =>
  code ? (code.signal ? say('dx.part.exitSignal', { code: code.code, signal: code.signal }) : say('dx.part.exit', { code: code.code })) : say('dx.part.noExitCode');

// What to read next for a crash: the quoted lines when there are some; with an empty log, the command the spec
// runs (the exit code then comes from that command, not from anything it printed).
function crashHint(x: ExplainInput, c: string): Message {
  if (x.logsMissing) return say('dx.part.hint.logsMissing');
  if (!x.findings.some((f) => f.id === 'logs-empty' && f.container === c)) return say('dx.part.hint.readLog');
  const spec = x.view?.spec;
  const argv = [...(spec?.command ?? []), ...(spec?.args ?? [])];
  return argv.length > 0
    ? say('dx.part.hint.emptySpec', { field: spec?.command ? 'command' : 'args', argv: JSON.stringify(argv).slice(0, 200), exit: exitText(x.code) })
    : say('dx.part.hint.emptyImage', { exit: exitText(x.code) });
}

export const WRITERS = {
  'app-crash': (x, c) => words('app-crash', { c, exit: exitText(x.code) }, { c, exit: exitText(x.code), hint: crashHint(x, c) }, { c }),
  'bad-config': (x, c) => words('bad-config', { c, exit: exitText(x.code) }, { c }, {}),
  'missing-dependency': (_x, c, fact) => {
    const svc = fact('dependency-order', 'service');
    if (svc) return words('missing-dependency.started-too-early', { c, svc }, { c, svc }, { svc });
    return words('missing-dependency', { c }, { c }, {});
  },
  'liveness-probe': (x, c, fact) => {
    const cleanExit = x.code?.code === 0;
    if (fact('probe-kill', 'probe') === 'startup' || (!fact('probe-kill', 'probe') && factOf(x.verdict.basis.slice(0, 1), 'probe-failing', 'probe') === 'startup')) {
      const sp = x.view?.spec?.startupProbe;
      const allowed = sp ? probeBudgetSeconds(sp) : undefined;
      return words('liveness-probe.startup', { c }, { c, failures: sp?.failureThreshold ?? 3, allowed: allowed ?? '?', clean: when(cleanExit, 'dx.part.cleanStopped', { c }) },
        { today: when(allowed, 'dx.part.today', { seconds: allowed ?? 0 }) });
    }
    const p = x.view?.spec?.livenessProbe;
    const lived = fact('probe-too-early', 'livedSeconds');
    const budget = p ? probeBudgetSeconds(p) : undefined;
    const early = x.findings.some((f) => f.id === 'probe-too-early');
    const exec = p?.exec?.command?.join(' ');
    const what = early ? say('dx.part.probe.early', { budget: budget ?? '?', lived: when(lived, 'dx.part.probe.lived', { lived: lived ?? '' }) })
      : exec ? say('dx.part.probe.exec', { exec }) : say('dx.part.probe.either');
    const explanation = { c, failures: p?.failureThreshold ?? 3, what, exit: cleanExit ? say('dx.part.cleanKilled', { c }) : say('dx.part.probe.exitCode') };
    return early
      ? { ...words('liveness-probe', { c }, explanation), fix: say('dx.cause.liveness-probe.slow-start.fix', { seconds: lived ? Math.max(Number(lived) * 2, 60) : 60 }) }
      : words('liveness-probe', { c }, explanation, { fails: when(exec, 'dx.part.probe.failsToday', { exec: exec ?? '' }) });
  },
  'oom-killed': (x, c, fact) => {
    const limit = x.view?.spec?.resources?.limits?.memory;
    const suggested = fact('memory-limit-tight', 'suggestedLimit');
    const xmx = fact('memory-limit-tight', 'suggestedXmx');
    const jvm = fact('memory-limit-tight', 'heapBytes') !== undefined;
    const own = x.code && x.code.code !== 137 && !x.findings.some((f) => f.id === 'oom-killed');
    const what = own ? say('dx.part.oom.own', { c, exit: exitText(x.code), limit: when(limit, 'dx.part.oom.ofLimit', { limit: limit ?? '' }) })
      : say('dx.part.oom.cgroup', { c, limit: when(limit, 'dx.part.oom.ofLimit', { limit: limit ?? '' }) });
    const fix = suggested && !jvm ? say('dx.part.oom.fixRaise', { suggested })
      : suggested ? say('dx.part.oom.fixHeap', { suggested, xmx: xmx ?? '' })
      : say('dx.part.oom.fixLimit', { above: when(limit, 'dx.part.oom.above', { limit: limit ?? '' }) });
    return {
      summary: say('dx.cause.oom-killed.summary', { c, limit: when(limit, 'dx.part.oom.limit', { limit: limit ?? '' }) }),
      explanation: say('dx.cause.oom-killed.explanation', { what, why: say(jvm ? 'dx.part.oom.jvm' : 'dx.part.oom.either') }),
      fix,
    };
  },
  'command-not-found': (x, c) => {
    const cmd = [...(x.view?.spec?.command ?? []), ...(x.view?.spec?.args ?? [])].join(' ');
    return {
      ...words('command-not-found', { c }, { c, code: x.code ? String(x.code.code) : say('dx.part.setByRuntime') }),
      fix: cmd ? say('dx.cause.command-not-found.fix', { cmd }) : say('dx.cause.command-not-found.fixImage'),
    };
  },
  'exec-format': (_x, c, fact) => words('exec-format', { c }, { c, arch: when(fact('arch-mismatch', 'nodeArch'), 'dx.part.paren', { text: fact('arch-mismatch', 'nodeArch') ?? '' }) }, {}),
  'exits-zero': (_x, c) => words('exits-zero', { c }, { c }, {}),
  'port-in-use': (_x, c) => words('port-in-use', { c }, { c }, {}),
  'read-only-fs': (_x, c) => words('read-only-fs', { c }, { c }, {}),
  'permission-denied': (_x, c) => words('permission-denied', { c }, { c }, {}),
  'init-container': (x, c) => {
    const shows = x.verdict.secondary?.basis[0];
    // "it logged: …" rather than "the crashed run logged: …": the init container's own run is the subject already.
    const said = !x.verdict.secondary ? EMPTY
      : say('dx.part.init.said', { what: !shows ? x.verdict.secondary.cause
        : shows.say.id === 'dx.f.crashedRunLogged' || shows.say.id === 'dx.f.currentRunLogged' ? say('dx.part.init.itLogged', { label: shows.say.values?.label ?? '' }) : shows.say });
    const looks = when(x.verdict.secondary, 'dx.part.init.looks', { cause: x.verdict.secondary?.cause ?? '' });
    // Still running and never exiting: a wait-for loop whose condition never comes true.
    if (x.view?.status?.state?.running && !x.code) return words('init-container.waiting', { c, said }, { c, looks }, { c });
    return words('init-container', { c, said }, { c, exit: exitText(x.code), looks }, { c });
  },
  'lifecycle-hook': (_x, c) => words('lifecycle-hook', { c }, { c }, {}),
  segfault: (x, c) => {
    // Exit 139 is the kernel's SIGSEGV; any other code means a runtime or wrapper caught it and said so in the log.
    const byKernel = x.code?.code === 139 || x.code?.signal === 'SIGSEGV';
    return byKernel ? words('segfault', { c }, { c }, {})
      : words('segfault.reported', { c, exit: exitText(x.code) }, { c, code: x.code ? String(x.code.code) : say('dx.part.ownCode') }, {});
  },
  'killed-externally': (x, c) => {
    const first = x.verdict.basis[0];
    if (first?.id === 'pod-disrupted') return { summary: first.say, explanation: say('dx.cause.killed-externally.disrupted.explanation', { by: first.say.values?.by ?? '' }), fix: say('dx.cause.killed-externally.disrupted.fix') };
    if (x.findings.some((f) => wasEvicted(f) && f.say.id === 'dx.f.nodeShutdown')) return words('killed-externally.node-shutdown', {}, {}, {});
    if (x.findings.some(wasEvicted)) return words('killed-externally.evicted', {}, {}, {});
    return words('killed-externally', { c, exit: exitText(x.code) }, { c, signal: x.code?.signal ?? say('dx.part.aSignal') }, {});
  },
  'node-restart': (_x, c) => words('node-restart', { c }, { c }, {}),
  'mount-failure': (x, c, fact) => {
    const subPath = fact('mount-failed', 'subPath');
    const detail = subPath
      ? say('dx.part.mount.subPath', { mountPath: fact('mount-failed', 'mountPath') ?? '', source: fact('mount-failed', 'source') ?? '', startError: when(x.code?.code === 128, 'dx.part.mount.startError') })
      : say('dx.part.mount.fails', { how: x.code?.code === 128 ? say('dx.part.mount.startErrorShort') : x.view?.status?.state?.waiting?.reason ?? say('dx.part.mount.runtimeReports') });
    return {
      summary: say('dx.cause.mount-failure.summary', { c, subPath: when(subPath, 'dx.part.mount.subPathWord') }),
      explanation: say('dx.cause.mount-failure.explanation', { c, detail }),
      fix: say(subPath ? 'dx.cause.mount-failure.fixSubPath' : 'dx.cause.mount-failure.fix'),
    };
  },
  unknown: (x, c) => words('unknown', { c }, { c, exit: exitText(x.code), next: say(x.logsMissing ? 'dx.part.unknown.logsMissing' : 'dx.part.unknown.lookInside') }, {}),
  unschedulable: () => words('unschedulable', {}, {}, {}),
  'image-pull': (x, c) => words('image-pull', { c, image: x.view?.spec?.image ? say('dx.part.spaced', { text: x.view.spec.image }) : EMPTY }, { c }, {}),
  'missing-config': (_x, c) => words('missing-config', { c }, { c }, {}),
  'volume-pending': () => words('volume-pending', {}, {}, {}),
} satisfies Record<CauseId, Writer>;

/** Reads a fact of the first finding with that id, as text (typed by finding-facts.ts). */
export const factReader = (findings: readonly Finding[]): FactReader => (id, key) => {
  const v = factOf(findings, id, key);
  return v === undefined ? undefined : String(v);
};
