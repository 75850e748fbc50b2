// Which red herring a scenario gets: the kinds a trainer asked for (one, several, or any), narrowed to those that
// fit the scenario, one of them drawn with the session's seed. Pure.
import { MISLEADING_EXIT_CODE } from './misleading-exit-code.js';
import { NOISY_SIDECAR } from './noisy-sidecar.js';
import { seededOrder } from './predictions.js';
import type { HerringInput, RedHerring, RedHerringKind } from './red-herring.js';
import { STALE_EVENT } from './stale-event.js';

export const HERRINGS: Readonly<Record<RedHerringKind, RedHerring>> = {
  'stale-event': STALE_EVENT,
  'noisy-sidecar': NOISY_SIDECAR,
  'misleading-exit-code': MISLEADING_EXIT_CODE,
};

/** The variant to serve, or undefined when none of the wanted kinds fits this scenario. */
export function chooseRedHerring(wanted: readonly RedHerringKind[], input: HerringInput, seed: number): RedHerring | undefined {
  const fitting = wanted.map((k) => HERRINGS[k]).filter((h) => h.unfit(input) === null);
  return seededOrder(fitting, seed)[0];
}
