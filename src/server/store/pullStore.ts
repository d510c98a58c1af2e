import type { Hlc } from '../../domain/hlc.ts';
import type { Change, SyncTable } from '../../protocol/protocol.ts';
import type { Queryable } from '../db/database.ts';

/**
 * One page of a team's change feed: the changes numbered after `after`, in
 * order, at most `limit`. Reads one row more than asked to tell whether more remain.
 */
export async function pullChanges(
  db: Queryable,
  query: { teamId: string; after: number; limit: number },
): Promise<{ changes: Change[]; hasMore: boolean }> {
  const rows = await db.query<{
    seq: number;
    table_name: SyncTable;
    record_id: string;
    op: 'put' | 'delete';
    fields: Record<string, unknown>;
    hlc: Hlc;
    device_id: string;
  }>(
    `SELECT seq, table_name, record_id, op, fields, hlc, device_id FROM changes
      WHERE team_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
    [query.teamId, query.after, query.limit + 1],
  );
  const page = rows.slice(0, query.limit);
  return {
    changes: page.map((row) => ({
      seq: row.seq,
      table: row.table_name,
      recordId: row.record_id,
      teamId: query.teamId,
      op: row.op,
      fields: row.fields,
      hlc: row.hlc,
      deviceId: row.device_id,
    })),
    hasMore: rows.length > query.limit,
  };
}
