// The misleading-exit-code red herring: the entrypoint wrapper turns the program's own failure (exit 1, 2, 3…)
// into its own generic `exit -1`, which shows as 255, the code people read as a node or runtime restart. The
// evidence still tells: the reason is Error, not Unknown; the node has no Rebooted or NodeNotReady event; the
// container keeps restarting on the back-off; the program's log still says why it failed; and the wrapper's last
// line names the status it replaced. (Exit 137 was tried first: with the reason Error it reads as a SIGKILL from
// outside, which the engine rightly weighs above a log line, so it would change the verdict, not mislead.) Fits a container that ran and failed with a code of its own (1–125) and
// left a log: the program's words are what the diagnosis rests on, and those stay.
import type { ContainerState, ContainerStatus, Pod } from '../k8s/index.js';
import type { HerringInput, RedHerring } from './red-herring.js';

export const WRAPPED_EXIT = 255;

const terminatedOf = (cs: ContainerStatus) => cs.state?.terminated ?? cs.lastState?.terminated;

/** The container whose own failure the wrapper would hide, when there is one. */
function wrapped(input: HerringInput): ContainerStatus | undefined {
  return (input.pod.status?.containerStatuses ?? []).find((cs) => {
    const t = terminatedOf(cs);
    return t !== undefined && t.reason === 'Error' && t.exitCode >= 1 && t.exitCode <= 125 && (input.log(cs.name, true) ?? '').trim() !== '';
  });
}

const rewrite = (state: ContainerState | undefined): ContainerState | undefined =>
  state?.terminated ? { ...state, terminated: { ...state.terminated, exitCode: WRAPPED_EXIT } } : state;

export const MISLEADING_EXIT_CODE: RedHerring = {
  kind: 'misleading-exit-code',
  unfit: (input) => (wrapped(input) ? null : 'no container failed with an exit code of its own (1–125) and left a log'),
  apply: (input) => {
    const target = wrapped(input)!;
    const original = terminatedOf(target)!.exitCode;
    const pod = structuredClone(input.pod) as Pod & { status: { containerStatuses: ContainerStatus[] } };
    pod.status.containerStatuses = pod.status.containerStatuses.map((cs) => {
      if (cs.name !== target.name) return cs;
      const state = rewrite(cs.state);
      const lastState = rewrite(cs.lastState);
      return { ...cs, ...(state ? { state } : {}), ...(lastState ? { lastState } : {}) };
    });
    const spec = input.pod.spec.containers.find((c) => c.name === target.name);
    // The program the wrapper ran: the command's, else the image's name (args alone are flags, not a program).
    const image = spec?.image?.split('@')[0]!.replace(/:[^/:]*$/, '');
    const program = (spec?.command?.[0] ?? image ?? target.name).split('/').pop();
    const line = `entrypoint.sh: ${program} exited with status ${original}; exit -1`;
    const previous = input.log(target.name, true)!.replace(/\n*$/, '\n');
    return { replace: [pod], add: [], logs: [{ container: target.name, previous: true, text: `${previous}${line}\n` }] };
  },
};
