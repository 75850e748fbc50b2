// Pure: the standard five-field cron schedule a CronJob carries (minute hour day-of-month month day-of-week,
// in UTC), with `*`, `*/n`, ranges, lists, month and weekday names and the @hourly…@yearly shorthands, and the
// next time it fires after a given moment. As in cron, a restricted day-of-month OR day-of-week matches.

const SHORTHANDS: Readonly<Record<string, string>> = {
  '@yearly': '0 0 1 1 *', '@annually': '0 0 1 1 *', '@monthly': '0 0 1 * *', '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *', '@midnight': '0 0 * * *', '@hourly': '0 * * * *',
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

interface Field {
  readonly values: ReadonlySet<number>;
  /** Written as a bare star (every value): matters for the day-of-month/day-of-week OR rule. */
  readonly any: boolean;
}

export interface CronSchedule {
  readonly minute: Field;
  readonly hour: Field;
  readonly dom: Field;
  readonly month: Field;
  readonly dow: Field;
}

function value(text: string, names: readonly string[] | undefined, offset: number): number {
  const named = names?.indexOf(text.toLowerCase()) ?? -1;
  if (named >= 0) return named + offset;
  if (!/^\d+$/.test(text)) throw new Error(`not a number: ${text}`);
  return Number(text);
}

function field(text: string, min: number, max: number, names?: readonly string[], offset = 0): Field {
  const values = new Set<number>();
  for (const part of text.split(',')) {
    const [range, stepText] = part.split('/');
    const step = stepText === undefined ? 1 : value(stepText, undefined, 0);
    if (!range || step < 1) throw new Error(`bad field: ${text}`);
    let lo = min;
    let hi = max;
    if (range !== '*' && range !== '?') {
      const [a, b] = range.split('-');
      lo = value(a!, names, offset);
      hi = b === undefined ? (stepText === undefined ? lo : max) : value(b, names, offset);
    }
    if (lo < min || hi > max || lo > hi) throw new Error(`out of range: ${text}`);
    for (let v = lo; v <= hi; v += step) values.add(v);
  }
  return { values, any: text === '*' || text === '?' || text === '*/1' };
}

/** Cron lets Sunday be written 7 as well as 0. */
function sundayIsZero(f: Field): Field {
  if (!f.values.has(7)) return f;
  const values = new Set([...f.values].filter((v) => v !== 7));
  values.add(0);
  return { ...f, values };
}

/** Parses a schedule; throws an Error naming what is wrong. */
export function parseCron(schedule: string): CronSchedule {
  const text = SHORTHANDS[schedule.trim().toLowerCase()] ?? schedule.trim().replace(/^(TZ|CRON_TZ)=\S+\s+/, '');
  const parts = text.split(/\s+/);
  if (parts.length !== 5) throw new Error(`expected exactly 5 fields, found ${parts.length}: ${schedule}`);
  return {
    minute: field(parts[0]!, 0, 59),
    hour: field(parts[1]!, 0, 23),
    dom: field(parts[2]!, 1, 31),
    month: field(parts[3]!, 1, 12, MONTHS, 1),
    dow: sundayIsZero(field(parts[4]!, 0, 7, DAYS)),
  };
}

function dayMatches(s: CronSchedule, d: Date): boolean {
  const dom = s.dom.values.has(d.getUTCDate());
  const dow = s.dow.values.has(d.getUTCDay());
  if (s.dom.any || s.dow.any) return (s.dom.any || dom) && (s.dow.any || dow);
  return dom || dow;
}

/** The first minute strictly after `after` (ms) at which the schedule fires, within five years; else undefined. */
export function nextFire(s: CronSchedule, after: number): number | undefined {
  const d = new Date(Math.floor(after / 60_000) * 60_000 + 60_000);
  const limit = after + 5 * 366 * 86_400_000;
  while (d.getTime() <= limit) {
    if (!s.month.values.has(d.getUTCMonth() + 1) || !dayMatches(s, d)) {
      d.setUTCHours(0, 0, 0, 0);
      d.setUTCDate(d.getUTCDate() + 1);
      continue;
    }
    if (!s.hour.values.has(d.getUTCHours())) {
      d.setUTCMinutes(0);
      d.setUTCHours(d.getUTCHours() + 1);
      continue;
    }
    if (s.minute.values.has(d.getUTCMinutes())) return d.getTime();
    d.setUTCMinutes(d.getUTCMinutes() + 1);
  }
  return undefined;
}
