import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc } from '../../src/domain/hlc';
import { EMPTY_STATE, mergeFields, type MergeState } from '../../src/protocol/mergeFields';

const T = 1_790_000_000_000;
const stamp = (offset: number, device = 'phone', counter = 0) => formatHlc({ wall: T + offset, counter }, device);
const SEED = { seed: 20261123, numRuns: 400 };

describe('mergeFields', () => {
  const created = mergeFields(EMPTY_STATE, { firstName: 'Ada', phone: '40000000', lastName: 'Fiktiv' }, stamp(0));

  it('[MERGE-1] keeps both edits when two devices change different fields', () => {
    const phone = stamp(10, 'phone');
    const laptop = stamp(5, 'laptop');
    const a = mergeFields(mergeFields(created, { phone: '41111111' }, phone), { lastName: 'Nordmann' }, laptop);
    const b = mergeFields(mergeFields(created, { lastName: 'Nordmann' }, laptop), { phone: '41111111' }, phone);
    for (const state of [a, b]) {
      expect(state.values).toEqual({ firstName: 'Ada', phone: '41111111', lastName: 'Nordmann' });
      expect(state.clocks).toEqual({ firstName: stamp(0), phone, lastName: laptop });
    }
  });

  it('[MERGE-1] lets the later edit of one field win, and reports the value it overwrote', () => {
    const result = mergeFields(created, { phone: '42222222' }, stamp(20));
    expect(result.values.phone).toBe('42222222');
    expect(result.won).toEqual(['phone']);
    expect(result.overwritten).toEqual([{ field: 'phone', value: '40000000', hlc: stamp(0) }]);
    expect(result.lost).toEqual([]);
  });

  it('[MERGE-1] keeps the stored value when an older edit arrives, and reports the incoming one as lost', () => {
    const newer = mergeFields(created, { phone: '42222222' }, stamp(20));
    const older = mergeFields(newer, { phone: '43333333' }, stamp(10, 'laptop'));
    expect(older.values.phone).toBe('42222222');
    expect(older.won).toEqual([]);
    expect(older.lost).toEqual([{ field: 'phone', value: '43333333', hlc: stamp(10, 'laptop') }]);
    expect(older.overwritten).toEqual([]);
  });

  it('breaks a tie of wall time and counter by device id, the same on every device', () => {
    const fromA = stamp(30, 'device-a');
    const fromB = stamp(30, 'device-b');
    const ab = mergeFields(mergeFields(created, { phone: 'A' }, fromA), { phone: 'B' }, fromB);
    const ba = mergeFields(mergeFields(created, { phone: 'B' }, fromB), { phone: 'A' }, fromA);
    expect(ab.values.phone).toBe('B');
    expect(ba.values.phone).toBe('B');
  });

  it('changes nothing when the same write is seen again (equal stamp)', () => {
    const again = mergeFields(created, { firstName: 'Ada', phone: '40000000', lastName: 'Fiktiv' }, stamp(0));
    expect(again.values).toEqual(created.values);
    expect(again.clocks).toEqual(created.clocks);
    expect(again).toMatchObject({ won: [], overwritten: [], lost: [] });
  });

  it('[MERGE-2] lets a delete win over a newer edit: the record stays deleted', () => {
    const deleted = mergeFields(created, { deleted: true }, stamp(10));
    expect(deleted.values.deleted).toBe(true);
    expect(deleted.won).toEqual(['deleted']);
    const newerEdit = mergeFields(deleted, { phone: '44444444', deleted: false }, stamp(60, 'laptop'));
    expect(newerEdit.values.deleted).toBe(true);
  });

  it('[MERGE-2] deletes whatever order the delete and the edits arrive in', () => {
    const edit = { phone: '45555555' };
    const deleteFirst = mergeFields(mergeFields(created, { deleted: true }, stamp(5)), edit, stamp(50));
    const editFirst = mergeFields(mergeFields(created, edit, stamp(50)), { deleted: true }, stamp(5));
    expect(deleteFirst.values).toEqual(editFirst.values);
    expect(editFirst.values.deleted).toBe(true);
  });

  it('leaves the state it was given untouched', () => {
    const before = structuredClone(created);
    mergeFields(created, { phone: 'x', deleted: true }, stamp(99));
    expect({ values: created.values, clocks: created.clocks }).toEqual({ values: before.values, clocks: before.clocks });
  });
});

// Writes as devices make them: each has a stamp of its own (wall, counter, device), a few fields.
const FIELDS = ['firstName', 'phone', 'email', 'step'] as const;
const write = fc.record({
  wall: fc.integer({ min: 0, max: 50 }),
  counter: fc.integer({ min: 0, max: 3 }),
  device: fc.constantFrom('phone', 'laptop', 'tablet'),
  fields: fc.dictionary(fc.constantFrom(...FIELDS), fc.oneof(fc.string({ maxLength: 4 }), fc.integer(), fc.constant(null)), { minKeys: 1 }),
  deletes: fc.boolean(),
});
/** Distinct stamps only: one stamp is one write, so two different writes never share it. */
const writes = fc.uniqueArray(write, { maxLength: 12, selector: (w) => `${w.wall}-${w.counter}-${w.device}` }).map((ws) =>
  ws.map((w) => ({
    hlc: stamp(w.wall, w.device, w.counter),
    fields: w.deletes && w.wall % 5 === 0 ? { ...w.fields, deleted: true } : w.fields,
  })),
);
const inTwoOrders = writes.chain((ws) =>
  fc.tuple(fc.shuffledSubarray(ws, { minLength: ws.length }), fc.shuffledSubarray(ws, { minLength: ws.length })),
);

/** The record after the writes, in the order given (values and stamps only). */
function applyAll(list: ReadonlyArray<{ hlc: string; fields: Record<string, unknown> }>): MergeState {
  const { values, clocks } = list.reduce<MergeState>((state, w) => mergeFields(state, w.fields, w.hlc), EMPTY_STATE);
  return { values, clocks };
}

const withoutDeleteClock = ({ values, clocks }: MergeState) => {
  const { deleted: _ignored, ...rest } = clocks;
  return { values, clocks: rest };
};

describe('mergeFields, whatever the order', () => {
  // Invariant [MERGE-1, MERGE-2]: devices that see the same writes in any order hold the same record.
  it('gives the same values and field stamps for the same set of writes in any order', () => {
    fc.assert(
      fc.property(inTwoOrders, ([first, second]) => {
        expect(withoutDeleteClock(applyAll(first))).toEqual(withoutDeleteClock(applyAll(second)));
      }),
      SEED,
    );
  });

  // Invariant: applying a write again (a retried push, a re-pulled change) changes nothing.
  it('is idempotent: every write applied twice gives what applying it once gives', () => {
    fc.assert(
      fc.property(writes, (ws) => {
        const twice = ws.flatMap((w) => [w, w]);
        expect(applyAll(twice)).toEqual(applyAll(ws));
      }),
      SEED,
    );
  });

  // Invariant: nothing typed is lost — every value written is either in the record, or reported
  // as overwritten or lost by some merge along the way.
  it('accounts for every value written: kept, overwritten or lost', () => {
    fc.assert(
      fc.property(writes, (ws) => {
        let state = EMPTY_STATE;
        const accounted = new Set<string>();
        for (const w of ws) {
          const result = mergeFields(state, w.fields, w.hlc);
          for (const o of result.overwritten) accounted.add(`${o.field}@${o.hlc}`);
          for (const l of result.lost) accounted.add(`${l.field}@${l.hlc}`);
          state = result;
        }
        for (const [field, hlc] of Object.entries(state.clocks)) accounted.add(`${field}@${hlc}`);
        const written = ws.flatMap((w) =>
          Object.keys(w.fields)
            .filter((field) => field !== 'deleted')
            .map((field) => `${field}@${w.hlc}`),
        );
        expect(written.filter((value) => !accounted.has(value))).toEqual([]);
      }),
      SEED,
    );
  });

  // Known gap, reported to the lead: the stamp kept for `deleted` is the first delete a
  // device applied, not the latest, so it differs by order (the value `deleted: true` does not).
  // This test flips to failing once mergeFields keeps the max stamp; then drop `.fails`.
  it('[MERGE-2] gives the same stamp for `deleted` in any order', () => {
    fc.assert(
      fc.property(inTwoOrders, ([first, second]) => {
        expect(applyAll(first).clocks.deleted).toEqual(applyAll(second).clocks.deleted);
      }),
      SEED,
    );
  });
});
