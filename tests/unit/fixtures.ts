/**
 * Speech-like builders for the small worlds the unit tests set up:
 * `aJobseeker({ name: 'Kari Nordmann' })`, `aStepChange({ date, step })`,
 * `aNote({ date, status, nextFollowUp })`. Every name is fictional.
 *
 * Each builder fills the record meta (id, team, author, HLC stamp). Stamps
 * come from one clock per test file that ticks on every record made, so a
 * record built later in a test is also later by its clock stamp, as it
 * would be on one device. Pass `updatedAt` (e.g. `stampAt(...)`) to say
 * otherwise, for instance to model another device.
 */
import { caseloadEntry, type CaseloadEntry } from '../../src/domain/caseload';
import type { CaseEvent, StatusChange, StepChange } from '../../src/domain/caseEvent';
import type { IsoDate } from '../../src/domain/dates';
import { formatHlc, tickHlc, type Hlc, type HlcState } from '../../src/domain/hlc';
import type { Jobseeker, JobseekerInput } from '../../src/domain/jobseeker';
import type { Note, NoteInput } from '../../src/domain/note';
import type { RecordMeta } from '../../src/domain/record';

export const TEAM = 'team-1';
export const AUTHOR = 'user-1';
export const DEVICE = 'device-a';

/** 10 March 2025, 09:00 in Oslo: the wall clock the fixtures' stamps start from. */
const START_WALL = Date.UTC(2025, 2, 10, 8, 0, 0);

let clock: HlcState = { wall: START_WALL, counter: 0 };
let sequence = 0;

/** The next stamp of the fixtures' own device: always after the previous one. */
export function nextStamp(): Hlc {
  clock = tickHlc(clock, START_WALL);
  return formatHlc(clock, DEVICE);
}

/** A stamp made at a given wall time (ms) and counter by a given device. */
export function stampAt(wall: number, counter = 0, deviceId = DEVICE): Hlc {
  return formatHlc({ wall, counter }, deviceId);
}

function nextId(prefix: string): string {
  sequence += 1;
  return `${prefix}-${sequence}`;
}

function meta(prefix: string, overrides: Partial<RecordMeta>): RecordMeta {
  return {
    id: overrides.id ?? nextId(prefix),
    teamId: overrides.teamId ?? TEAM,
    createdBy: overrides.createdBy ?? AUTHOR,
    updatedAt: overrides.updatedAt ?? nextStamp(),
    ...(overrides.deleted === undefined ? {} : { deleted: overrides.deleted }),
  };
}

export function aJobseeker(overrides: Partial<Jobseeker> = {}): Jobseeker {
  return {
    ...meta('jobseeker', overrides),
    name: 'Kari Nordmann',
    phone: '91234567',
    email: '',
    address: '',
    referralDate: '2025-01-06',
    counsellorName: '',
    counsellorOffice: '',
    counsellorPhone: '',
    mainGoal: 'job',
    goalText: '',
    ...overrides,
  };
}

/** What a user types into the jobseeker form: only the fields the form asks for. */
export function aJobseekerInput(overrides: Partial<JobseekerInput> = {}): JobseekerInput {
  return { name: 'Kari Nordmann', referralDate: '2025-01-06', mainGoal: 'job', ...overrides };
}

export function aStepChange(overrides: Partial<StepChange> = {}): StepChange {
  return {
    ...meta('step', overrides),
    kind: 'step',
    jobseekerId: 'jobseeker-kari',
    date: '2025-01-10',
    step: 2,
    reason: '',
    ...overrides,
  };
}

export function aStatusChange(overrides: Partial<StatusChange> = {}): StatusChange {
  return {
    ...meta('status', overrides),
    kind: 'status',
    jobseekerId: 'jobseeker-kari',
    date: '2025-01-10',
    status: 'active',
    reason: '',
    ...overrides,
  };
}

/** A note of a phone call that took place. A correction passes the same `rootId` and `revises`. */
export function aNote(overrides: Partial<Note> = {}): Note {
  const recordMeta = meta('note', overrides);
  return {
    ...recordMeta,
    jobseekerId: 'jobseeker-kari',
    rootId: overrides.rootId ?? recordMeta.id,
    date: '2025-03-03',
    time: '',
    meetingType: 'phone',
    channel: 'phone',
    status: 'completed',
    durationMinutes: '',
    step: 2,
    text: 'Snakket om jobbønsker.',
    nextFollowUp: '',
    ...overrides,
  };
}

/** What a user types into the note form. */
export function aNoteInput(overrides: Partial<NoteInput> = {}): NoteInput {
  return {
    date: '2025-03-03',
    meetingType: 'phone',
    channel: 'phone',
    status: 'completed',
    step: 2,
    text: 'Snakket om jobbønsker.',
    ...overrides,
  };
}

/** A case made active on a date, and then through the given events. */
export function anActiveCase(since: IsoDate, ...later: CaseEvent[]): CaseEvent[] {
  return [aStatusChange({ date: since, status: 'active' }), ...later];
}

/** One caseload row, built the way the app builds it. */
export function anEntry(options: {
  name?: string;
  referralDate?: IsoDate;
  events?: CaseEvent[];
  notes?: Note[];
  today: IsoDate;
}): CaseloadEntry {
  const jobseeker = aJobseeker({
    name: options.name ?? 'Kari Nordmann',
    referralDate: options.referralDate ?? '2025-01-06',
  });
  const notes = (options.notes ?? []).map((note) => ({ ...note, jobseekerId: jobseeker.id }));
  const events = (options.events ?? anActiveCase('2025-01-06')).map((event) => ({ ...event, jobseekerId: jobseeker.id }));
  return caseloadEntry(jobseeker, events, notes, options.today);
}

/** The names of caseload rows, in order: what a user reads down the list. */
export function namesOf(entries: readonly { jobseeker: Jobseeker }[]): string[] {
  return entries.map((entry) => entry.jobseeker.name);
}
