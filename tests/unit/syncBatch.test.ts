import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../src/data/outboxEntry';
import { foldStamps, takeBatch, toMutation } from '../../src/sync/pushOutbox';
import { MAX_BATCH_BYTES, MAX_BATCH_MUTATIONS } from '../../src/protocol/protocol';

function entry(seq: number, text = 'kort'): OutboxEntry {
  return {
    seq,
    mutationId: `m${seq}`,
    table: 'notes',
    recordId: `n${seq}`,
    op: 'put',
    fields: { text },
    hlc: `0001763884800000-00000-dev${seq}`,
    at: '2026-11-23T08:00:00.000Z',
  };
}

describe('pushing the outbox in batches', () => {
  it('names each mutation by the outbox sequence', () => {
    expect(toMutation(entry(7))).toEqual({
      mutationNumber: 7,
      table: 'notes',
      recordId: 'n7',
      op: 'put',
      fields: { text: 'kort' },
      hlc: '0001763884800000-00000-dev7',
    });
  });

  it(`sends at most ${MAX_BATCH_MUTATIONS} mutations in one batch`, () => {
    const entries = Array.from({ length: MAX_BATCH_MUTATIONS + 20 }, (_, index) => entry(index + 1));
    const batch = takeBatch(entries);
    expect(batch).toHaveLength(MAX_BATCH_MUTATIONS);
    expect(batch[0]!.mutationNumber).toBe(1);
  });

  it('keeps a batch under the byte limit, counting UTF-8 bytes', () => {
    const long = 'æ'.repeat(100_000); // 200,000 bytes in UTF-8
    const entries = Array.from({ length: 10 }, (_, index) => entry(index + 1, long));
    const batch = takeBatch(entries);
    expect(batch).toHaveLength(4);
    expect(new TextEncoder().encode(JSON.stringify({ mutations: batch })).length).toBeLessThan(MAX_BATCH_BYTES);
  });

  it('still sends one entry that is too large alone, so the server can say so', () => {
    expect(takeBatch([entry(1, 'x'.repeat(MAX_BATCH_BYTES + 10)), entry(2)])).toHaveLength(1);
  });

  it('keeps the later stamp of each field when a confirmed change is folded in', () => {
    const clocks = { text: 'b', date: 'a' };
    foldStamps(clocks, { text: 'ny', date: 'ny', step: 2 }, 'aa');
    expect(clocks).toEqual({ text: 'b', date: 'aa', step: 'aa' });
  });
});
