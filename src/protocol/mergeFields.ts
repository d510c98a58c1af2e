import { compareHlc, type Hlc } from '../domain/hlc';

/**
 * A record as the merge sees it: its field values, and for each field the
 * clock stamp of the write that set it. The merge reads stamps only, never
 * values, so a server could hold values encrypted end to end.
 */
export interface MergeState {
  values: Record<string, unknown>;
  clocks: Record<string, Hlc>;
}

export interface MergeResult extends MergeState {
  /** Fields the incoming write won. */
  won: string[];
  /** Values that were overwritten, with the stamp they had: kept in history so nothing typed is lost. */
  overwritten: Array<{ field: string; value: unknown; hlc: Hlc }>;
  /** Incoming fields that lost to a newer stamp: the incoming value goes to history instead. */
  lost: Array<{ field: string; value: unknown; hlc: Hlc }>;
}

export const EMPTY_STATE: MergeState = { values: {}, clocks: {} };

/**
 * [MERGE-1] Per field, last writer wins by hybrid logical clock; equal
 * stamps (the same write seen twice) change nothing. Two people editing
 * different fields both keep their edits.
 * [MERGE-2] A delete wins over every edit, older or newer: once `deleted`
 * is true it stays true, so a record never comes back from an old device.
 * The same function runs on the device and on the server, so both end equal.
 */
export function mergeFields(current: MergeState, fields: Record<string, unknown>, hlc: Hlc): MergeResult {
  const values = { ...current.values };
  const clocks = { ...current.clocks };
  const result: MergeResult = { values, clocks, won: [], overwritten: [], lost: [] };
  const wasDeleted = current.values.deleted === true;
  for (const [field, value] of Object.entries(fields)) {
    // A field named like Object.prototype's own would reach the prototype, not the record.
    if (field === '__proto__' || field === 'constructor' || field === 'prototype') continue;
    if (field === 'deleted') {
      if (value !== true) continue;
      // The latest delete's stamp, whatever order the deletes arrive in.
      clocks.deleted = maxHlc(clocks.deleted, hlc);
      if (!wasDeleted && !result.won.includes('deleted')) {
        if (field in current.values) result.overwritten.push({ field, value: current.values[field], hlc: current.clocks[field] ?? '' });
        values.deleted = true;
        result.won.push(field);
      }
      continue;
    }
    const seen = clocks[field];
    if (seen !== undefined && compareHlc(hlc, seen) <= 0) {
      if (compareHlc(hlc, seen) < 0) result.lost.push({ field, value, hlc });
      continue;
    }
    if (field in current.values) result.overwritten.push({ field, value: current.values[field], hlc: seen ?? '' });
    values[field] = value;
    clocks[field] = hlc;
    result.won.push(field);
  }
  return result;
}

function maxHlc(a: Hlc | undefined, b: Hlc): Hlc {
  return a !== undefined && compareHlc(a, b) > 0 ? a : b;
}
