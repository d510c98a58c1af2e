import type { Hlc } from '../domain/hlc';

/**
 * One local change waiting to be sent to the team's server. It names the
 * record and the fields that changed, with their new values, stamped with
 * the clock; a mutation id lets the server apply it exactly once.
 */
export interface OutboxEntry {
  seq?: number;
  mutationId: string;
  table: string;
  recordId: string;
  op: 'put' | 'delete';
  fields: Record<string, unknown>;
  hlc: Hlc;
  /** Wall time of the change, for "N changes waiting since …". */
  at: string;
}
