// The times a container wrote into its own output, found and moved: a scenario's log was written when it was
// recorded, so the training cluster moves every timestamp in it by the same whole seconds it moved the pod's
// clock, keeping each timestamp's format and width (fractions of a second are left as written). Only the
// formats the catalogue's programs print are recognised: ISO 8601 and its variants (Spring, logfmt, JSON),
// Go/nginx `2006/01/02 15:04:05`, klog `I0102 15:04:05.000000`, redis and Tomcat `02 Jan 2006 15:04:05`,
// Common Log Format `[02/Jan/2006:15:04:05 +0000]` and a bare `[15:04:05.000]` (pino-pretty).
// Text is handled as latin1 so that every other byte, valid UTF-8 or not, comes back unchanged.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MON = `(${MONTHS.join('|')})`;
const DAY_MS = 86_400_000;

const p2 = (n: number): string => String(n).padStart(2, '0');

interface Wall {
  /** Seconds of the wall clock as if it were UTC (the zone suffix, if any, is kept as written). */
  readonly ms: number;
  /** The zone's offset from UTC in ms, to turn the wall clock into an instant. */
  readonly offset: number;
}

interface Format {
  readonly pattern: RegExp;
  parse(m: RegExpExecArray, ref: number): Wall | undefined;
  render(m: RegExpExecArray, wall: number): string;
}

const utc = (y: number, mo: number, d: number, h: number, mi: number, s: number): number | undefined => {
  if (mo < 0 || mo > 11 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return undefined;
  return Date.UTC(y, mo, d, h, mi, s);
};

function zoneOffset(zone: string | undefined): number {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone ?? '');
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000 : 0;
}

/** A date missing its year (or its whole date) is the one nearest the reference time. */
function nearest(candidates: readonly (number | undefined)[], ref: number): number | undefined {
  let best: number | undefined;
  for (const c of candidates) if (c !== undefined && (best === undefined || Math.abs(c - ref) < Math.abs(best - ref))) best = c;
  return best;
}

const field = (d: Date) => ({ y: String(d.getUTCFullYear()).padStart(4, '0'), mo: p2(d.getUTCMonth() + 1), d: p2(d.getUTCDate()), h: p2(d.getUTCHours()), mi: p2(d.getUTCMinutes()), s: p2(d.getUTCSeconds()), mon: MONTHS[d.getUTCMonth()]! });

const FORMATS: readonly Format[] = [
  {
    // 2024-03-12T08:10:10.1Z, 2024-03-12 08:10:10,123, 2024-03-12T08:10:10+01:00
    pattern: /\b(\d{4})-(\d{2})-(\d{2})([T ])(\d{2}):(\d{2}):(\d{2})([.,]\d{1,9})?(Z|[+-]\d{2}:?\d{2}\b)?/g,
    parse: (m) => {
      const ms = utc(+m[1]!, +m[2]! - 1, +m[3]!, +m[5]!, +m[6]!, +m[7]!);
      return ms === undefined ? undefined : { ms, offset: zoneOffset(m[9]) };
    },
    render: (m, wall) => {
      const f = field(new Date(wall));
      return `${f.y}-${f.mo}-${f.d}${m[4]}${f.h}:${f.mi}:${f.s}${m[8] ?? ''}${m[9] ?? ''}`;
    },
  },
  {
    // 2024/03/27 17:11:06 (nginx's error log, Go's log package)
    pattern: /\b(\d{4})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2}):(\d{2})/g,
    parse: (m) => {
      const ms = utc(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
      return ms === undefined ? undefined : { ms, offset: 0 };
    },
    render: (_m, wall) => {
      const f = field(new Date(wall));
      return `${f.y}/${f.mo}/${f.d} ${f.h}:${f.mi}:${f.s}`;
    },
  },
  {
    // [10/Apr/2024:08:42:11 +0000] (Common Log Format)
    pattern: new RegExp(`\\b(\\d{2})/${MON}/(\\d{4}):(\\d{2}):(\\d{2}):(\\d{2}) ([+-]\\d{4})`, 'g'),
    parse: (m) => {
      const ms = utc(+m[3]!, MONTHS.indexOf(m[2]!), +m[1]!, +m[4]!, +m[5]!, +m[6]!);
      return ms === undefined ? undefined : { ms, offset: zoneOffset(m[7]) };
    },
    render: (m, wall) => {
      const f = field(new Date(wall));
      return `${f.d}/${f.mon}/${f.y}:${f.h}:${f.mi}:${f.s} ${m[7]}`;
    },
  },
  {
    // 14 Mar 2024 03:15:23.412 (redis), 12-Mar-2024 09:28:01.123 (Tomcat)
    pattern: new RegExp(`\\b(\\d{2})([ -])${MON}\\2(\\d{4}) (\\d{2}):(\\d{2}):(\\d{2})`, 'g'),
    parse: (m) => {
      const ms = utc(+m[4]!, MONTHS.indexOf(m[3]!), +m[1]!, +m[5]!, +m[6]!, +m[7]!);
      return ms === undefined ? undefined : { ms, offset: 0 };
    },
    render: (m, wall) => {
      const f = field(new Date(wall));
      return `${f.d}${m[2]}${f.mon}${m[2]}${f.y} ${f.h}:${f.mi}:${f.s}`;
    },
  },
  {
    // I0228 07:29:44.020000 (klog: no year, the one nearest the reference)
    pattern: /^([IWEF])(\d{2})(\d{2}) (\d{2}):(\d{2}):(\d{2})(?=\.\d{6} )/gm,
    parse: (m, ref) => {
      const year = new Date(ref).getUTCFullYear();
      const ms = nearest([year - 1, year, year + 1].map((y) => utc(y, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!)), ref);
      return ms === undefined ? undefined : { ms, offset: 0 };
    },
    render: (m, wall) => {
      const f = field(new Date(wall));
      return `${m[1]}${f.mo}${f.d} ${f.h}:${f.mi}:${f.s}`;
    },
  },
  {
    // [09:40:41.200] (pino-pretty: the time of day only, on the day nearest the reference)
    pattern: /\[(\d{2}):(\d{2}):(\d{2})(?=\.\d{3}\])/g,
    parse: (m, ref) => {
      const day = Math.floor(ref / DAY_MS) * DAY_MS;
      const t = (+m[1]! * 3600 + +m[2]! * 60 + +m[3]!) * 1000;
      if (+m[1]! > 23 || +m[2]! > 59 || +m[3]! > 60) return undefined;
      return { ms: nearest([day - DAY_MS + t, day + t, day + DAY_MS + t], ref)!, offset: 0 };
    },
    render: (_m, wall) => {
      const f = field(new Date(wall));
      return `[${f.h}:${f.mi}:${f.s}`;
    },
  },
];

export interface FoundTime {
  readonly index: number;
  readonly length: number;
  /** The instant, ms since the epoch (seconds resolution: fractions are not read). */
  readonly ms: number;
  readonly replace: (shiftSeconds: number) => string;
}

/** A date further than this from the run is about something else (a build date, a certificate's expiry): left alone. */
const NEAR_MS = 7 * DAY_MS;

/** The timestamps in one piece of text (latin1) within a week of `ref`, left to right; `ref` also dates partial ones. */
export function findTimes(text: string, ref: number): FoundTime[] {
  const found: FoundTime[] = [];
  for (const format of FORMATS) {
    format.pattern.lastIndex = 0;
    for (let m = format.pattern.exec(text); m; m = format.pattern.exec(text)) {
      const wall = format.parse(m, ref);
      const match = m;
      if (!wall || Math.abs(wall.ms - wall.offset - ref) > NEAR_MS || found.some((f) => match.index < f.index + f.length && f.index < match.index + match[0].length)) continue;
      // The fraction of a second, inside the match or right after it, counts for the instant but is never rewritten.
      const fraction = /^[.,](\d{1,9})/.exec(m[8] && format === FORMATS[0] ? m[8] : text.slice(m.index + m[0].length, m.index + m[0].length + 10))?.[1];
      const ms = wall.ms - wall.offset + (fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0);
      found.push({ index: m.index, length: m[0].length, ms, replace: (s) => format.render(match, wall.ms + s * 1000) });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The text with every timestamp moved by whole seconds; the same bytes when nothing is found or the shift is 0. */
export function shiftTimes(buf: Buffer, shiftSeconds: number, ref: number): Buffer {
  if (shiftSeconds === 0) return buf;
  return moveTimes(buf, (ms) => ms + shiftSeconds * 1000, ref);
}

/** The text with every timestamp t moved to `to(t)` (its whole seconds; the fraction stays as written). */
export function moveTimes(buf: Buffer, to: (ms: number) => number, ref: number): Buffer {
  if (buf.length === 0) return buf;
  // Line by line: a timestamp never spans lines, and a huge log stays linear.
  const lines = buf.toString('latin1').split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const times = findTimes(line, ref);
    if (!times.length) continue;
    changed = true;
    let out = '';
    let at = 0;
    for (const t of times) {
      out += line.slice(at, t.index) + t.replace(Math.floor(to(t.ms) / 1000) - Math.floor(t.ms / 1000));
      at = t.index + t.length;
    }
    lines[i] = out + line.slice(at);
  }
  return changed ? Buffer.from(lines.join('\n'), 'latin1') : buf;
}

/** The first timestamp a line carries, if any. */
export function lineTime(line: Buffer, ref: number): number | undefined {
  return findTimes(line.toString('latin1'), ref)[0]?.ms;
}
