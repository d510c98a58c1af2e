/** A stored record as the export sees it: any table's fields, read generically. */
export type AnyRecord = Record<string, unknown> & { id: string };

/**
 * [EXPORT-1] A record is about a jobseeker when it is the person themself,
 * or carries their id in `jobseekerId` or in a `jobseekerIds` list. Reading
 * this from the fields, not from a list of tables, includes tables added
 * later without anyone remembering to add them here.
 */
export function isAboutPerson(record: Record<string, unknown>, jobseekerId: string, table: string): boolean {
  if (table === 'jobseekers') return record.id === jobseekerId;
  if (record.jobseekerId === jobseekerId) return true;
  return Array.isArray(record.jobseekerIds) && record.jobseekerIds.includes(jobseekerId);
}

/**
 * [EXPORT-2] Another person's id is not theirs to see: an employer contact
 * that named several jobseekers lists only the one the export is for.
 */
function withoutOtherPeople(record: AnyRecord, jobseekerId: string): AnyRecord {
  if (!Array.isArray(record.jobseekerIds)) return record;
  return { ...record, jobseekerIds: record.jobseekerIds.filter((id) => id === jobseekerId) };
}

const sortKey = (record: AnyRecord) => `${typeof record.date === 'string' ? record.date : ''}|${record.id}`;

export interface PersonExport {
  format: 'femtrinn-person-export';
  version: 1;
  /** When the export was made (an ISO instant), passed in: rules never read the clock. */
  exportedAt: string;
  jobseekerId: string;
  /** Every record about the person, by table, deleted ones included (marked `deleted`): it is all still held. */
  tables: Record<string, AnyRecord[]>;
}

/** [EXPORT-3] All that is held about one person, for an access request (innsyn), as plain JSON data. */
export function personExport(
  jobseekerId: string,
  recordsByTable: Readonly<Record<string, readonly AnyRecord[]>>,
  exportedAt: string,
): PersonExport {
  const tables: Record<string, AnyRecord[]> = {};
  for (const [table, records] of Object.entries(recordsByTable)) {
    const about = records
      .filter((record) => isAboutPerson(record, jobseekerId, table))
      .map((record) => withoutOtherPeople(record, jobseekerId))
      .sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
    if (about.length > 0) tables[table] = about;
  }
  return { format: 'femtrinn-person-export', version: 1, exportedAt, jobseekerId, tables };
}

export function recordCount(data: PersonExport): number {
  return Object.values(data.tables).reduce((sum, records) => sum + records.length, 0);
}
