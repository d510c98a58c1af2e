import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc } from '../../src/domain/hlc';
import { EMPTY_STATE, mergeFields, type MergeState } from '../../src/protocol/mergeFields';

// Writes of a few fields by a few devices, with distinct stamps.
const write: fc.Arbitrary<Write> = fc.record({
  wall: fc.integer({ min: 1, max: 50 }),
  counter: fc.nat({ max: 3 }),
  device: fc.constantFrom('a', 'b', 'c'),
  fields: fc.dictionary(fc.constantFrom('name', 'phone', 'goal', 'deleted'), fc.constantFrom<unknown>('x', 'y', 1, true), { minKeys: 1 }),
});

type Write = { wall: number; counter: number; device: string; fields: Record<string, unknown> };

/** The end state after applying writes in order: values and every field's stamp. */
function applyAll(writes: readonly Write[]): MergeState {
  let state = EMPTY_STATE;
  for (const each of writes) {
    const merged = mergeFields(state, each.fields, formatHlc({ wall: each.wall, counter: each.counter }, each.device));
    state = { values: merged.values, clocks: merged.clocks };
  }
  return state;
}

describe('the merge on device and server', () => {
  it('[MERGE-1] [MERGE-2] ends the same whatever order the writes arrive in, and twice is as once', () => {
    fc.assert(
      fc.property(
        fc
          .uniqueArray(write, { selector: (each) => `${each.wall}-${each.counter}-${each.device}`, maxLength: 8 })
          .chain((writes) =>
            fc.tuple(fc.constant(writes), fc.shuffledSubarray(writes, { minLength: writes.length, maxLength: writes.length })),
          ),
        ([writes, shuffled]) => {
          const inOrder = applyAll(writes);
          expect(applyAll(shuffled)).toEqual(inOrder);
          expect(applyAll([...writes, ...shuffled])).toEqual(inOrder);
          // [MERGE-2] a delete anywhere wins, whatever the order.
          expect(inOrder.values.deleted === true).toBe(writes.some((each) => each.fields.deleted === true));
        },
      ),
      { seed: 4, numRuns: 500 },
    );
  });
});
