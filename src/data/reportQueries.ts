import type { Table } from 'dexie';
import type { CaseEvent } from '../domain/caseEvent';
import type { Jobseeker } from '../domain/jobseeker';
import type { Placement } from '../domain/placement';
import type { CaseLog } from '../domain/reports/outcomeTable';
import type { AnyRecord } from '../domain/reports/personExport';
import type { ReportSources } from '../domain/reports/reportFacts';
import { database, type FemtrinnDb } from './db';

function groupByPerson<T extends { jobseekerId: string }>(records: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) groups.set(record.jobseekerId, [...(groups.get(record.jobseekerId) ?? []), record]);
  return groups;
}

export type PersonLog = CaseLog & { jobseeker: Jobseeker; placements: Placement[] };

/** Every person on the device with their case events and placements: what the outcome measures count. */
export async function loadCaseLogs(): Promise<PersonLog[]> {
  const db = database();
  return db.transaction('r', [db.jobseekers, db.caseEvents, db.placements], async () => {
    const [people, events, placements] = await Promise.all([db.jobseekers.toArray(), db.caseEvents.toArray(), db.placements.toArray()]);
    const eventsByPerson = groupByPerson<CaseEvent>(events);
    const placementsByPerson = groupByPerson<Placement>(placements.filter((placement) => !placement.deleted));
    return people
      .filter((person) => !person.deleted)
      .map((jobseeker) => ({ jobseeker, events: eventsByPerson.get(jobseeker.id) ?? [], placements: placementsByPerson.get(jobseeker.id) ?? [] }));
  });
}

/** Tables of the device itself, not records about anyone: the outbox repeats records already read. */
const DEVICE_TABLES = new Set(['outbox', 'drafts', 'meta', 'fieldClocks']);

/** One table's records that may be about a person, by the quickest index the table has. */
function candidates(table: Table, jobseekerId: string): Promise<AnyRecord[]> {
  const indexes = table.schema.idxByName;
  if (table.name === 'jobseekers') return table.get(jobseekerId).then((person: AnyRecord | undefined) => (person ? [person] : []));
  if (indexes['[jobseekerId+date]']) return table.where('[jobseekerId+date]').between([jobseekerId, ''], [jobseekerId, '\uffff']).toArray();
  if (indexes.jobseekerId) return table.where('jobseekerId').equals(jobseekerId).toArray();
  if (indexes.jobseekerIds) return table.where('jobseekerIds').equals(jobseekerId).toArray();
  // No index to ask: read it all and let the export's rule pick ([EXPORT-1]).
  return table.toArray();
}

/** [EXPORT-1] The records of every table on the device that may be about a person, by table name. */
export async function loadPersonRecords(jobseekerId: string, db: FemtrinnDb = database()): Promise<Record<string, AnyRecord[]>> {
  const tables = db.tables.filter((table) => !DEVICE_TABLES.has(table.name));
  return db.transaction('r', tables, async () => {
    const lists = await Promise.all(tables.map((table) => candidates(table, jobseekerId)));
    return Object.fromEntries(tables.map((table, index) => [table.name, lists[index]!]));
  });
}

/** The names of employers, for showing ids as names; deleted employers keep their names here. */
export async function loadEmployerNames(ids: readonly string[]): Promise<Map<string, string>> {
  const found = await database().employers.bulkGet([...new Set(ids)]);
  return new Map(found.flatMap((employer) => (employer ? [[employer.id, employer.name] as const] : [])));
}

export interface PersonRecords {
  jobseeker: Jobseeker;
  records: Record<string, AnyRecord[]>;
  employerNames: Map<string, string>;
}

/** Every record that may be about a person, for the full export, with the employers' names; `null` when there is no such person. */
export async function loadPersonExport(jobseekerId: string): Promise<PersonRecords | null> {
  const jobseeker = await database().jobseekers.get(jobseekerId);
  if (!jobseeker || jobseeker.deleted) return null;
  const records = await loadPersonRecords(jobseekerId);
  const employerIds = Object.values(records)
    .flat()
    .flatMap((record) => (typeof record.employerId === 'string' ? [record.employerId] : []));
  return { jobseeker, records, employerNames: await loadEmployerNames(employerIds) };
}

/** What a report to the NAV counsellor about one person draws on; `null` when there is no such person. */
export async function loadReportSources(jobseekerId: string): Promise<(ReportSources & { jobseeker: Jobseeker }) | null> {
  const db = database();
  const jobseeker = await db.jobseekers.get(jobseekerId);
  if (!jobseeker || jobseeker.deleted) return null;
  const [events, agreement, notes, employerContacts, placements, earlierReports] = await Promise.all([
    db.caseEvents.where('[jobseekerId+date]').between([jobseekerId, ''], [jobseekerId, '\uffff']).toArray(),
    db.agreements.where('jobseekerId').equals(jobseekerId).first(),
    db.notes.where('[jobseekerId+date]').between([jobseekerId, ''], [jobseekerId, '\uffff']).toArray(),
    db.employerContacts.where('jobseekerIds').equals(jobseekerId).toArray(),
    db.placements.where('jobseekerId').equals(jobseekerId).toArray(),
    db.reports.where('jobseekerId').equals(jobseekerId).toArray(),
  ]);
  const employerNames = await loadEmployerNames([...employerContacts, ...placements].map((record) => record.employerId));
  return {
    jobseeker,
    events,
    agreement: agreement && !agreement.deleted ? agreement : undefined,
    notes,
    employerContacts,
    placements,
    employerNames,
    earlierReports,
  };
}
