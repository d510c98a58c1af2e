import { describe, expect, it } from 'vitest';
import { compactClocks, expandClocks } from '../../src/sync/fieldClockRows';

describe('the rows of field stamps on the device', () => {
  it('keep one shared stamp and name only the fields that differ', () => {
    expect(compactClocks('jobseekers', 'p1', { id: 'a', name: 'a', phone: 'b', goalText: 'a' })).toEqual({
      table: 'jobseekers',
      id: 'p1',
      stamp: 'a',
      clocks: { phone: 'b' },
    });
    expect(compactClocks('notes', 'n1', {})).toEqual({ table: 'notes', id: 'n1', clocks: {} });
  });

  it('give back every field the record holds, with its own stamp or the shared one', () => {
    const row = compactClocks('jobseekers', 'p1', { id: 'a', name: 'a', phone: 'b' });
    expect(expandClocks(row, { id: 'p1', name: 'Kari', phone: '1', updatedAt: 'z' })).toEqual({ id: 'a', name: 'a', phone: 'b' });
    expect(expandClocks(undefined, { id: 'p1' })).toEqual({});
  });
});
