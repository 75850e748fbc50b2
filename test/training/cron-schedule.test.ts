import { describe, expect, it } from 'vitest';
import { nextFire, parseCron } from '../../src/training/controllers/cron-schedule.js';

const after = Date.parse('2024-09-03T01:08:24Z'); // a Tuesday
const next = (s: string, from = after): string => new Date(nextFire(parseCron(s), from)!).toISOString();

describe('cron schedules', () => {
  it('finds the next minute a schedule fires, in UTC', () => {
    expect(next('0 1 * * *')).toBe('2024-09-04T01:00:00.000Z');
    expect(next('* * * * *')).toBe('2024-09-03T01:09:00.000Z');
    expect(next('*/15 * * * *')).toBe('2024-09-03T01:15:00.000Z');
    expect(next('30 2 * * 1-5')).toBe('2024-09-03T02:30:00.000Z');
    expect(next('0 0 * * 0')).toBe('2024-09-08T00:00:00.000Z');
    expect(next('0 0 * * 7')).toBe('2024-09-08T00:00:00.000Z');
    expect(next('0 0 * * sun')).toBe('2024-09-08T00:00:00.000Z');
    expect(next('@hourly')).toBe('2024-09-03T02:00:00.000Z');
    expect(next('0 0 1 jan *')).toBe('2025-01-01T00:00:00.000Z');
    expect(next('0 0 29 2 *')).toBe('2028-02-29T00:00:00.000Z');
  });

  it('fires strictly after the given moment, even on the minute', () => {
    expect(next('* * * * *', Date.parse('2024-09-03T01:09:00Z'))).toBe('2024-09-03T01:10:00.000Z');
  });

  it('ORs a restricted day-of-month with a restricted day-of-week, as cron does', () => {
    // The 5th is a Thursday; the first Monday after the 3rd is the 9th.
    expect(next('0 9 5 * mon')).toBe('2024-09-05T09:00:00.000Z');
    expect(next('0 9 20 * mon')).toBe('2024-09-09T09:00:00.000Z');
  });

  it('names what is wrong with a bad schedule', () => {
    expect(() => parseCron('* * *')).toThrow(/5 fields/);
    expect(() => parseCron('61 * * * *')).toThrow(/out of range/);
    expect(() => parseCron('x * * * *')).toThrow(/not a number/);
  });
});
