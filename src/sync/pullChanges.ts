import type { FemtrinnDb } from '../data/db';
import { readSyncState } from '../data/syncMeta';
import type { ApiClient } from './apiClient';
import { applyChanges } from './applyChanges';
import { MAX_PULL_LIMIT, type PullResponse } from '../protocol/protocol';

/**
 * Rows per pull page. Each page is applied in one transaction: fewer, larger
 * transactions write IndexedDB fastest (DESIGN.md: pages of at least 2,000).
 */
export const PULL_PAGE_SIZE = Math.min(2_500, MAX_PULL_LIMIT);

export interface PullContext {
  db: FemtrinnDb;
  api: ApiClient;
  token: string;
  teamId: string;
  /** The device's clock (corrected to the server's by the device clock). */
  now?: () => Date;
  pageSize?: number;
  /** After each page is applied: how many changes it held. */
  onPage?: (changes: number) => void;
}

/**
 * Fetches the team's changes after this device's cursor, page by page, until
 * none remain. The next page is already on its way while one is applied, so
 * the network and the store work at once; the cursor only moves with a page
 * applied, so a failure anywhere loses nothing and repeats nothing.
 */
export async function pullChanges({
  db,
  api,
  token,
  teamId,
  now = () => new Date(),
  pageSize = PULL_PAGE_SIZE,
  onPage,
}: PullContext): Promise<number> {
  let applied = 0;
  let cursor = (await readSyncState(db)).cursors[teamId] ?? 0;
  let next: Promise<PullResponse> = api.pull(token, cursor, pageSize, teamId);
  for (;;) {
    const page = await next;
    // A page that moves nothing ends the loop, even if the server says more remain.
    const more = page.hasMore && page.cursor > cursor;
    if (more) {
      next = api.pull(token, page.cursor, pageSize, teamId);
      // Settled here too, so a failed prefetch never goes unhandled while a page is applied.
      next.catch(() => undefined);
    }
    await applyChanges(db, page.changes, { teamId, cursor: Math.max(cursor, page.cursor) }, now());
    cursor = Math.max(cursor, page.cursor);
    applied += page.changes.length;
    onPage?.(page.changes.length);
    if (!more) return applied;
    // Let the screens' live queries start their reads before the next page's write, so a
    // first sync shows the people as they arrive instead of only at the end.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
