import { describe, expect, it } from 'vitest';
import { recordMetaSchema } from '../../src/domain/record';
import { AUTHOR, nextStamp, TEAM } from './fixtures';

describe('record meta', () => {
  const meta = () => ({ id: 'r-1', teamId: TEAM, createdBy: AUTHOR, updatedAt: nextStamp() });

  it('accepts the meta every stored record carries', () => {
    expect(recordMetaSchema.safeParse(meta()).success).toBe(true);
  });

  it('keeps a tombstone mark', () => {
    expect(recordMetaSchema.parse({ ...meta(), deleted: true }).deleted).toBe(true);
  });

  it.each(['id', 'teamId', 'createdBy', 'updatedAt'] as const)('rejects a record with an empty %s', (field) => {
    expect(recordMetaSchema.safeParse({ ...meta(), [field]: '' }).success).toBe(false);
  });
});
