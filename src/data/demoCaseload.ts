import type { StatusChangeInput } from '../domain/caseEvent';
import { addDaysIso, type IsoDate } from '../domain/dates';
import type { JobseekerInput } from '../domain/jobseeker';
import type { NoteInput } from '../domain/note';
import type { SeStep } from '../domain/seSteps';
import { agreements } from './agreementRepository';
import { cases } from './caseRepository';
import { database, type SyncedTable } from './db';
import { jobseekers } from './jobseekerRepository';
import { notes } from './noteRepository';
import { profiles } from './profileRepository';
import { deleteRecords } from './recordWriter';

/** A fictional person of the demo caseload; every date is days relative to today. */
interface DemoPerson {
  name: string;
  referredDaysAgo: number;
  /** Steps reached, in order, each with how many days ago. */
  steps?: Array<[SeStep, number]>;
  status?: { daysAgo: number; input: Omit<StatusChangeInput, 'date'> };
  notes?: Array<{ daysAgo: number; followUpInDays?: number; input: Omit<NoteInput, 'date' | 'nextFollowUp'> }>;
  consent?: boolean;
}

const meeting = (text: string, step: SeStep): Omit<NoteInput, 'date' | 'nextFollowUp'> => ({
  meetingType: 'jobseeker-meeting',
  channel: 'in-person',
  status: 'completed',
  durationMinutes: 45,
  step,
  text,
});

// Fictional people only: the names are made up and belong to no one.
const DEMO_PEOPLE: DemoPerson[] = [
  {
    name: 'Demo Astrid Fjellvik',
    referredDaysAgo: 60,
    steps: [[2, 40], [3, 20]],
    consent: true,
    notes: [
      { daysAgo: 21, input: meeting('Gikk gjennom yrkesønsker: lager og logistikk.', 2) },
      { daysAgo: 9, followUpInDays: 7, input: meeting('Søkte på to stillinger som lagermedarbeider.', 3) },
    ],
  },
  {
    name: 'Demo Bjørn Åsheim',
    referredDaysAgo: 30,
    consent: true,
    notes: [{ daysAgo: 25, followUpInDays: 14, input: meeting('Oppstartsmøte. Ønsker jobb i butikk.', 1) }],
  },
  {
    name: 'Demo Céline Øvrebø',
    referredDaysAgo: 120,
    steps: [[2, 100], [3, 80], [4, 50], [5, 20]],
    consent: true,
    notes: [
      {
        daysAgo: 12,
        followUpInDays: 7,
        input: { ...meeting('Besøk på arbeidsplassen. Trives godt, mentor er fornøyd.', 5), meetingType: 'workplace-visit' },
      },
    ],
  },
  { name: 'Demo Daniel Lund', referredDaysAgo: 5, status: undefined },
  {
    name: 'Demo Eva Sandnes',
    referredDaysAgo: 90,
    steps: [[2, 70]],
    status: { daysAgo: 30, input: { status: 'passive', reason: 'Sykdom i en periode', resumeDate: '' } },
    notes: [{ daysAgo: 31, input: meeting('Avtalte pause på grunn av helse.', 2) }],
  },
  {
    name: 'Demo Fredrik Haugen',
    referredDaysAgo: 200,
    steps: [[2, 180], [3, 160], [4, 130], [5, 100]],
    status: { daysAgo: 10, input: { status: 'closed', reason: 'Fast ansatt', outcome: 'ordinary-work', endCause: 'work-without-wage-subsidy' } },
    notes: [{ daysAgo: 10, input: meeting('Avslutningssamtale. Fast stilling 100 %.', 5) }],
  },
  {
    name: 'Demo Guro Nilsen',
    referredDaysAgo: 45,
    steps: [[2, 30]],
    consent: false,
    notes: [{ daysAgo: 3, followUpInDays: 0, input: { ...meeting('Ringte om CV. Avtalt møte i dag.', 2), meetingType: 'phone', channel: 'phone' } }],
  },
];

async function addDemoPerson(person: DemoPerson, today: IsoDate): Promise<void> {
  const day = (daysAgo: number) => addDaysIso(today, -daysAgo);
  const input: JobseekerInput = {
    name: person.name,
    referralDate: day(person.referredDaysAgo),
    mainGoal: 'job',
    counsellorOffice: 'NAV Demo',
  };
  const added = await jobseekers.add(input, today, { demo: true });
  if (!added.ok) throw new Error(`Demo person rejected: ${JSON.stringify(added.errors)}`);
  const id = added.value.id;
  if (person.referredDaysAgo > 10) {
    await cases.changeStatus(id, { date: day(person.referredDaysAgo - 3), status: 'active' }, today);
    for (const [step, daysAgo] of person.steps ?? []) await cases.changeStep(id, { date: day(daysAgo), step }, today);
  }
  if (person.consent !== undefined) {
    await agreements.save(
      id,
      {
        signedDate: day(person.referredDaysAgo - 3),
        mayContactEmployers: person.consent,
        mayShare: person.consent ? ['Har vært lenge borte fra arbeidslivet'] : [],
        mustNotShare: ['Helseopplysninger'],
      },
      today,
    );
    await profiles.save(id, { jobWishes: ['Lagermedarbeider', 'Butikkmedarbeider'], driversLicence: 'yes', cvStatus: 'in-progress' });
  }
  for (const note of person.notes ?? []) {
    const date = day(note.daysAgo);
    const nextFollowUp = note.followUpInDays === undefined ? '' : addDaysIso(date, note.followUpInDays);
    await notes.add(id, { ...note.input, date, nextFollowUp }, today);
  }
  if (person.status) {
    const resumeDate = person.status.input.status === 'passive' ? addDaysIso(today, -1) : '';
    await cases.changeStatus(id, { ...person.status.input, date: day(person.status.daysAgo), resumeDate }, today);
  }
}

/** A fictional caseload for trying the app, marked as demo and removable. */
export const demoCaseload = {
  /** All or nothing, in one transaction: the caseload never shows half a demo. */
  async load(today: IsoDate): Promise<void> {
    const db = database();
    await db.transaction('rw', [db.jobseekers, db.caseEvents, db.agreements, db.profiles, db.notes, db.outbox, db.meta], async () => {
      for (const person of DEMO_PEOPLE) await addDemoPerson(person, today);
    });
  },

  /** Removes every demo person and all that was recorded about them (as tombstones). */
  async remove(): Promise<void> {
    const db = database();
    const demoIds = new Set((await jobseekers.list()).filter((person) => person.demo).map((person) => person.id));
    const linked = async (table: SyncedTable) =>
      (await db.table<{ id: string; jobseekerId: string }>(table).toArray())
        .filter((record) => demoIds.has(record.jobseekerId))
        .map((record) => record.id);
    await db.transaction('rw', [db.jobseekers, db.caseEvents, db.agreements, db.profiles, db.notes, db.outbox, db.meta], async () => {
      for (const table of ['caseEvents', 'agreements', 'profiles', 'notes'] as const) await deleteRecords(table, await linked(table));
      await deleteRecords('jobseekers', [...demoIds]);
    });
  },
};
