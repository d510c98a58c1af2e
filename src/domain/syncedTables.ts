/** The record tables a device shares with its team's server (everything but drafts, outbox and device settings). */
export const SYNCED_TABLES = [
  'jobseekers',
  'caseEvents',
  'agreements',
  'profiles',
  'notes',
  'employers',
  'contactPersons',
  'employerContacts',
  'jobLeads',
  'placements',
  'followUpVisits',
  'reports',
] as const;
export type SyncedTable = (typeof SYNCED_TABLES)[number];

/**
 * Append-only event tables: a record is made once and never edited (a
 * correction is a new record), so they never conflict.
 */
export const EVENT_TABLES: readonly SyncedTable[] = ['caseEvents', 'notes', 'employerContacts', 'followUpVisits'];
