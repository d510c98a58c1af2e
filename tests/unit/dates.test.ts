import { describe, expect, it } from 'vitest';
import { addDaysIso, compareIsoDates, daysBetween, isIsoDate, toIsoDate } from '../../src/domain/dates';

describe('isIsoDate', () => {
  it('accepts a calendar date written as YYYY-MM-DD', () => {
    expect(isIsoDate('2025-03-10')).toBe(true);
  });

  it('accepts 29 February in a leap year only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
  });

  it.each(['2025-02-30', '2025-13-01', '2025-00-10', '2025-04-31'])('rejects %s, a day that does not exist', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });

  it.each(['10.03.2025', '2025-3-10', '2025-03-10T12:00', '20250310', ' 2025-03-10', ''])(
    'rejects %j, which is not in the stored form',
    (value) => {
      expect(isIsoDate(value)).toBe(false);
    },
  );
});

describe('toIsoDate', () => {
  it('gives the date in Oslo, not in UTC, for an instant late in the evening', () => {
    // 23:30 in Oslo (summer time, UTC+2) is still 21:30 on the same day in UTC.
    expect(toIsoDate(new Date('2025-06-15T21:30:00Z'))).toBe('2025-06-15');
    // 00:30 in Oslo on the 16th is 22:30 on the 15th in UTC.
    expect(toIsoDate(new Date('2025-06-15T22:30:00Z'))).toBe('2025-06-16');
  });

  it('moves to the next day at midnight Oslo time in winter (UTC+1)', () => {
    expect(toIsoDate(new Date('2025-01-15T22:59:59Z'))).toBe('2025-01-15');
    expect(toIsoDate(new Date('2025-01-15T23:00:00Z'))).toBe('2025-01-16');
  });
});

describe('daysBetween', () => {
  it('counts whole calendar days forwards', () => {
    expect(daysBetween('2025-03-01', '2025-03-10')).toBe(9);
  });

  it('is negative when the second date is earlier', () => {
    expect(daysBetween('2025-03-10', '2025-03-01')).toBe(-9);
  });

  it('is zero for the same day', () => {
    expect(daysBetween('2025-03-10', '2025-03-10')).toBe(0);
  });

  it('counts a day of 23 hours (start of summer time) as one day', () => {
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
  });

  it('counts a day of 25 hours (end of summer time) as one day', () => {
    expect(daysBetween('2025-10-25', '2025-10-27')).toBe(2);
  });

  it('counts across a leap day and a new year', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2024-12-31', '2025-01-01')).toBe(1);
  });
});

describe('addDaysIso', () => {
  it('adds days across a month end', () => {
    expect(addDaysIso('2025-01-30', 3)).toBe('2025-02-02');
  });

  it('subtracts days with a negative count', () => {
    expect(addDaysIso('2025-03-01', -1)).toBe('2025-02-28');
  });

  it('lands on the next calendar day over both summer-time changes', () => {
    expect(addDaysIso('2025-03-30', 1)).toBe('2025-03-31');
    expect(addDaysIso('2025-10-26', 1)).toBe('2025-10-27');
  });

  it('agrees with daysBetween', () => {
    expect(daysBetween('2025-02-20', addDaysIso('2025-02-20', 30))).toBe(30);
  });
});

describe('compareIsoDates', () => {
  it('orders dates in time', () => {
    expect(compareIsoDates('2025-01-31', '2025-02-01')).toBeLessThan(0);
    expect(compareIsoDates('2025-02-01', '2025-01-31')).toBeGreaterThan(0);
    expect(compareIsoDates('2025-02-01', '2025-02-01')).toBe(0);
  });

  it('sorts a list of dates chronologically', () => {
    expect(['2025-10-01', '2024-12-31', '2025-02-01'].sort(compareIsoDates)).toEqual(['2024-12-31', '2025-02-01', '2025-10-01']);
  });
});
