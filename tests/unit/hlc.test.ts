import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareHlc, formatHlc, parseHlc, receiveHlc, tickHlc, type HlcState } from '../../src/domain/hlc';

const NOW = Date.UTC(2025, 2, 10, 8, 0, 0);

/** Clock states a real device can be in: wall clock from 2001 to 2286, counters that fit their 5 digits. */
const hlcState = fc.record({
  wall: fc.integer({ min: 1_000_000_000_000, max: 9_000_000_000_000 }),
  counter: fc.integer({ min: 0, max: 1_000_000 }),
});
const wallClock = fc.integer({ min: 1_000_000_000_000, max: 9_000_000_000_000 });
const deviceId = fc.stringMatching(/^[a-z0-9-]{1,20}$/);
const SEED = { seed: 20250310, numRuns: 500 };

describe('formatHlc and parseHlc', () => {
  it('writes the wall time, the counter and the device with fixed widths', () => {
    expect(formatHlc({ wall: NOW, counter: 0 }, 'device-a')).toBe(`${NOW}-00000-device-a`);
    expect(formatHlc({ wall: 5, counter: 35 }, 'x')).toBe('0000000000005-0000z-x');
  });

  it('reads back a stamp, keeping a device id that itself contains dashes', () => {
    const deviceId = '0195a3b2-7c1d-7e2f-8a9b-0c1d2e3f4a5b';
    expect(parseHlc(formatHlc({ wall: NOW, counter: 42 }, deviceId))).toEqual({ wall: NOW, counter: 42, deviceId });
  });

  // Invariant: parsing a formatted stamp gives back the state and device it was made from.
  it('round-trips any clock state and device id', () => {
    fc.assert(
      fc.property(hlcState, deviceId, (state, device) => {
        expect(parseHlc(formatHlc(state, device))).toEqual({ ...state, deviceId: device });
      }),
      SEED,
    );
  });
});

describe('compareHlc', () => {
  it('orders stamps by wall time first, even when the counter is larger', () => {
    const earlier = formatHlc({ wall: NOW, counter: 99 }, 'b');
    const later = formatHlc({ wall: NOW + 1, counter: 0 }, 'a');
    expect(compareHlc(earlier, later)).toBeLessThan(0);
    expect(compareHlc(later, earlier)).toBeGreaterThan(0);
  });

  it('orders by counter within one millisecond, past the width of one digit', () => {
    // Base 36 with padding: counter 10 ("0000a") must sort after counter 9 ("00009").
    expect(compareHlc(formatHlc({ wall: NOW, counter: 9 }, 'a'), formatHlc({ wall: NOW, counter: 10 }, 'a'))).toBeLessThan(0);
    expect(compareHlc(formatHlc({ wall: NOW, counter: 35 }, 'a'), formatHlc({ wall: NOW, counter: 36 }, 'a'))).toBeLessThan(0);
  });

  it('breaks a tie of time and counter by device id, the same way on every device', () => {
    const fromA = formatHlc({ wall: NOW, counter: 3 }, 'device-a');
    const fromB = formatHlc({ wall: NOW, counter: 3 }, 'device-b');
    expect(compareHlc(fromA, fromB)).toBeLessThan(0);
    expect(compareHlc(fromB, fromA)).toBeGreaterThan(0);
    expect(compareHlc(fromA, fromA)).toBe(0);
  });

  // Invariant: comparing formatted stamps gives the same order as comparing (wall, counter) as numbers.
  it('orders formatted stamps exactly as their clock states', () => {
    fc.assert(
      fc.property(hlcState, hlcState, (a, b) => {
        const expected = Math.sign(a.wall - b.wall || a.counter - b.counter);
        expect(Math.sign(compareHlc(formatHlc(a, 'dev'), formatHlc(b, 'dev')))).toBe(expected);
      }),
      SEED,
    );
  });
});

describe('tickHlc', () => {
  it('follows the wall clock when it has moved on, restarting the counter', () => {
    expect(tickHlc({ wall: NOW, counter: 7 }, NOW + 50)).toEqual({ wall: NOW + 50, counter: 0 });
  });

  it('counts up within the same millisecond', () => {
    expect(tickHlc({ wall: NOW, counter: 7 }, NOW)).toEqual({ wall: NOW, counter: 8 });
  });

  it('never goes back when the wall clock is set back', () => {
    expect(tickHlc({ wall: NOW, counter: 7 }, NOW - 60_000)).toEqual({ wall: NOW, counter: 8 });
  });

  // Invariant: a local event's stamp is always later than the last stamp, and never behind the wall clock.
  it('always moves forward and keeps up with the wall clock', () => {
    fc.assert(
      fc.property(hlcState, wallClock, deviceId, (last, now, device) => {
        const next = tickHlc(last, now);
        expect(compareHlc(formatHlc(next, device), formatHlc(last, device))).toBeGreaterThan(0);
        expect(next.wall).toBeGreaterThanOrEqual(now);
      }),
      SEED,
    );
  });
});

describe('receiveHlc', () => {
  const remote = (state: HlcState) => formatHlc(state, 'device-b');

  it('jumps past a remote stamp from the future so the next local edit wins over it', () => {
    expect(receiveHlc({ wall: NOW, counter: 2 }, remote({ wall: NOW + 1000, counter: 4 }), NOW)).toEqual({
      wall: NOW + 1000,
      counter: 5,
    });
  });

  it('keeps its own time and counts up when the remote stamp is older', () => {
    expect(receiveHlc({ wall: NOW, counter: 2 }, remote({ wall: NOW - 1000, counter: 40 }), NOW)).toEqual({
      wall: NOW,
      counter: 3,
    });
  });

  it('takes the larger counter when both clocks stand at the same millisecond', () => {
    expect(receiveHlc({ wall: NOW, counter: 2 }, remote({ wall: NOW, counter: 9 }), NOW)).toEqual({ wall: NOW, counter: 10 });
    expect(receiveHlc({ wall: NOW, counter: 12 }, remote({ wall: NOW, counter: 9 }), NOW)).toEqual({ wall: NOW, counter: 13 });
  });

  it('follows the wall clock when it is ahead of both, restarting the counter', () => {
    expect(receiveHlc({ wall: NOW, counter: 2 }, remote({ wall: NOW + 10, counter: 9 }), NOW + 500)).toEqual({
      wall: NOW + 500,
      counter: 0,
    });
  });

  // Invariant: after receiving, the clock is strictly later than both its last state and the remote stamp.
  it('always ends after both the local and the remote stamp', () => {
    fc.assert(
      fc.property(hlcState, hlcState, wallClock, deviceId, (last, seen, now, device) => {
        const next = formatHlc(receiveHlc(last, formatHlc(seen, device), now), device);
        expect(compareHlc(next, formatHlc(last, device))).toBeGreaterThan(0);
        expect(compareHlc(next, formatHlc(seen, device))).toBeGreaterThan(0);
      }),
      SEED,
    );
  });

  // Invariant: a sequence of local ticks and receives never produces a stamp that is not later than the one before.
  it('stays monotonic through any mix of local events and received stamps', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('tick' as const), now: wallClock }),
      fc.record({ kind: fc.constant('receive' as const), now: wallClock, seen: hlcState }),
    );
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 30 }), (steps) => {
        let state: HlcState = { wall: 1_000_000_000_000, counter: 0 };
        let previous = formatHlc(state, 'me');
        for (const s of steps) {
          state = s.kind === 'tick' ? tickHlc(state, s.now) : receiveHlc(state, formatHlc(s.seen, 'other'), s.now);
          const stamp = formatHlc(state, 'me');
          expect(compareHlc(stamp, previous)).toBeGreaterThan(0);
          previous = stamp;
        }
      }),
      SEED,
    );
  });
});
