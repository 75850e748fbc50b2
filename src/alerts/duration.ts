// Prometheus durations ("4m", "1h30m", "90s"): parsed once at the boundary so a typo is a usage error here,
// not a rule file that Prometheus refuses to load later.
const UNIT_MS = { y: 365 * 86_400_000, w: 7 * 86_400_000, d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000, ms: 1 } as const;
type Unit = keyof typeof UNIT_MS;
// Prometheus' own grammar: units in this order, each at most once.
const PATTERN = /^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/;
const ORDER: readonly Unit[] = ['y', 'w', 'd', 'h', 'm', 's', 'ms'];

/** Milliseconds, or undefined when `text` is not a non-zero Prometheus duration. */
export function parseDuration(text: string): number | undefined {
  const m = PATTERN.exec(text);
  if (!m || text === '') return undefined;
  let ms = 0;
  ORDER.forEach((unit, i) => {
    if (m[i + 1] !== undefined) ms += Number(m[i + 1]) * UNIT_MS[unit];
  });
  return ms > 0 && Number.isSafeInteger(ms) ? ms : undefined;
}

/** The shortest Prometheus spelling of a duration. */
export function formatDuration(ms: number): string {
  let rest = ms;
  let out = '';
  for (const unit of ['w', 'd', 'h', 'm', 's', 'ms'] as const) {
    const n = Math.floor(rest / UNIT_MS[unit]);
    if (n > 0) {
      out += `${n}${unit}`;
      rest -= n * UNIT_MS[unit];
    }
  }
  return out || '0s';
}
