import Dexie, { type Table } from 'dexie';
import type { Agreement } from '../domain/agreement';
import type { ContactPerson, Employer } from '../domain/employer';
import type { EmployerContact } from '../domain/employerContact';
import type { FollowUpVisit } from '../domain/followUpVisit';
import type { JobLead } from '../domain/jobLead';
import type { Placement } from '../domain/placement';
import type { CaseEvent } from '../domain/caseEvent';
import type { Jobseeker } from '../domain/jobseeker';
import type { Note } from '../domain/note';
import type { Profile } from '../domain/profile';
import type { NavReport } from '../domain/reports/navReport';
import type { OutboxEntry } from './outboxEntry';
import type { Hlc } from '../domain/hlc';

/** A form's unsaved input, kept on the device only (never synced). */
export interface Draft {
  key: string;
  values: Record<string, unknown>;
  savedAt: string;
}

/**
 * Per synced record, the clock stamp of the write that set each field, so a
 * pulled change merges field by field exactly as on the server. Kept beside
 * the record, not in it, so domain record types stay clean. Stamps of local
 * changes not yet confirmed by the server are in their outbox entries; the
 * sync engine folds them in here when the server confirms them.
 */
export interface FieldClocks {
  table: string;
  id: string;
  /**
   * The stamp most of the record's fields share (all of them, for a record
   * made in one write): it stands for every field the record holds that
   * `clocks` does not name, which keeps a first sync's rows small.
   */
  stamp?: Hlc;
  /** Fields whose stamp differs from `stamp`. */
  clocks: Record<string, Hlc>;
}

/** Small device-level facts: the device id, the clock, the language. */
export interface MetaEntry {
  key: string;
  value: unknown;
}

export { SYNCED_TABLES, type SyncedTable } from '../domain/syncedTables';

/**
 * The device's store. Indexes hold ids and dates only, never names or free
 * text (personal data is to be encrypted at rest; an index would leak it).
 * Compound [jobseekerId+date] indexes serve both "for this person" and
 * "in date order" without a second index. Schema versions are only ever added.
 */
export class FemtrinnDb extends Dexie {
  jobseekers!: Table<Jobseeker, string>;
  caseEvents!: Table<CaseEvent, string>;
  agreements!: Table<Agreement, string>;
  profiles!: Table<Profile, string>;
  notes!: Table<Note, string>;
  employers!: Table<Employer, string>;
  contactPersons!: Table<ContactPerson, string>;
  employerContacts!: Table<EmployerContact, string>;
  jobLeads!: Table<JobLead, string>;
  placements!: Table<Placement, string>;
  followUpVisits!: Table<FollowUpVisit, string>;
  reports!: Table<NavReport, string>;
  outbox!: Table<OutboxEntry, number>;
  drafts!: Table<Draft, string>;
  meta!: Table<MetaEntry, string>;
  fieldClocks!: Table<FieldClocks, [string, string]>;

  constructor(name = 'femtrinn') {
    super(name);
    this.version(1).stores({
      jobseekers: 'id',
      caseEvents: 'id, [jobseekerId+date]',
      agreements: 'id, &jobseekerId',
      profiles: 'id, &jobseekerId',
      notes: 'id, [jobseekerId+date], rootId',
      outbox: '++seq',
      drafts: 'key',
      meta: 'key',
    });
    // Employers and the work of steps 3–5. An employer's orgnr is public, so
    // it may be indexed; names are searched in memory like people's.
    this.version(2).stores({
      employers: 'id, orgnr',
      contactPersons: 'id, employerId',
      employerContacts: 'id, [employerId+date], *jobseekerIds',
      jobLeads: 'id, [jobseekerId+date]',
      placements: 'id, jobseekerId, employerId',
      followUpVisits: 'id, [placementId+date], jobseekerId',
    });
    // Team sync: each field's clock stamp as last synced (a pushed change's
    // stamp once the server confirmed it, a pulled one's once applied); the
    // outbox, indexed by record, holds the stamps of changes still waiting.
    this.version(3).stores({ fieldClocks: '[table+id]', outbox: '++seq, [table+recordId]' });
    // Reports to the NAV counsellor (underveis- and sluttrapport), kept per person.
    this.version(4).stores({ reports: 'id, jobseekerId' });
  }
}

let current: FemtrinnDb | null = null;

/** The app's one database; tests swap in a fresh one with `switchDatabase`. */
export function database(): FemtrinnDb {
  current ??= new FemtrinnDb();
  return current;
}

export function switchDatabase(db: FemtrinnDb): void {
  current = db;
}
