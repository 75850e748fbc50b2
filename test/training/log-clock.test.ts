// Timestamps inside a container's output move with the pod's clock, keep their format and width, and leave
// every other byte (and dates that are about something else) as written.
import { describe, expect, it } from 'vitest';
import { findTimes, shiftTimes } from '../../src/training/log-clock.js';

const REF = Date.parse('2024-03-14T03:15:00Z');
const HOUR = 3600;
const shift = (text: string, seconds = HOUR, ref = REF): string => shiftTimes(Buffer.from(text, 'latin1'), seconds, ref).toString('latin1');

describe('log clock', () => {
  it.each([
    ['2024-03-14T03:15:23.412000Z\tinfo\tstarting', '2024-03-14T04:15:23.412000Z\tinfo\tstarting'],
    ['2024-03-14 23:59:59,001 INFO done', '2024-03-15 00:59:59,001 INFO done'],
    ['{"ts":"2024-03-14T03:15:23+01:00","msg":"x"}', '{"ts":"2024-03-14T04:15:23+01:00","msg":"x"}'],
    ['2024/03/14 03:15:23 [emerg] 1#1: host not found', '2024/03/14 04:15:23 [emerg] 1#1: host not found'],
    ['1:M 14 Mar 2024 03:15:23.413 * Ready', '1:M 14 Mar 2024 04:15:23.413 * Ready'],
    ['14-Mar-2024 03:15:23.413 INFO [main]', '14-Mar-2024 04:15:23.413 INFO [main]'],
    ['10.1.2.3 - - [14/Mar/2024:03:15:23 +0000] "GET / HTTP/1.1" 200', '10.1.2.3 - - [14/Mar/2024:04:15:23 +0000] "GET / HTTP/1.1" 200'],
    ['E0314 03:15:23.020000       1 main.go:71] failed', 'E0314 04:15:23.020000       1 main.go:71] failed'],
    ['\x1b[32m[03:15:23.200] INFO\x1b[39m (1): starting', '\x1b[32m[04:15:23.200] INFO\x1b[39m (1): starting'],
  ])('moves %j by an hour, same width', (input, output) => {
    expect(shift(input)).toBe(output);
    expect(shift(input).length).toBe(input.length);
  });

  it('crosses midnight and year ends where the format has no year or date', () => {
    expect(shift('I1231 23:30:00.000000 x', HOUR, Date.parse('2023-12-31T23:00:00Z'))).toBe('I0101 00:30:00.000000 x');
    expect(shift('[23:30:00.000] x', HOUR, Date.parse('2024-03-14T23:00:00Z'))).toBe('[00:30:00.000] x');
  });

  it('leaves dates about something else, other bytes and unshifted text alone', () => {
    const build = 'level=info msg="Build context" date=2024-01-10T16:52:18Z at 2024-03-14T03:15:00Z';
    expect(shift(build)).toBe('level=info msg="Build context" date=2024-01-10T16:52:18Z at 2024-03-14T04:15:00Z');
    const bytes = Buffer.from([0xff, 0x00, 0x9b, 0x0a, ...Buffer.from('2024-03-14T03:15:00Z \xc3\x28', 'latin1')]);
    const out = shiftTimes(bytes, HOUR, REF);
    expect(out.subarray(0, 4)).toEqual(bytes.subarray(0, 4));
    expect(out.subarray(4).toString('latin1')).toBe('2024-03-14T04:15:00Z \xc3\x28');
    expect(shiftTimes(bytes, 0, REF)).toBe(bytes);
  });

  it('reads the instant with its fraction and zone', () => {
    expect(findTimes('at 2024-03-14T03:15:23.412+01:00 ok', REF).map((t) => new Date(t.ms).toISOString())).toEqual(['2024-03-14T02:15:23.412Z']);
    expect(findTimes('no time here 12:00', REF)).toEqual([]);
  });
});
