import { describe, expect, it } from 'vitest';
import { newId } from '../../src/domain/ids';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newId', () => {
  it('makes a UUID version 7', () => {
    expect(newId()).toMatch(UUID_V7);
  });

  it('never makes the same id twice', () => {
    const ids = Array.from({ length: 1000 }, () => newId());
    expect(new Set(ids).size).toBe(1000);
  });

  it('makes ids that sort in the order they were made, even within one millisecond', () => {
    const ids = Array.from({ length: 200 }, () => newId());
    expect([...ids].sort()).toEqual(ids);
  });
});
