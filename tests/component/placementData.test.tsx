import { describe, expect, it } from 'vitest';
import { cases } from '../../src/data/caseRepository';
import { followUpVisits } from '../../src/data/followUpVisitRepository';
import { notes } from '../../src/data/noteRepository';
import { placements } from '../../src/data/placementRepository';
import { visitLog } from '../../src/data/visitLog';
import { aFreshDevice, TODAY } from './renderApp';
import { aPerson, aPlacement, anEmployer } from './placementWorld';

// The repositories under the screens: what is written, and what is never written.
const aNote = (text: string) => ({
  date: TODAY,
  meetingType: 'workplace-visit' as const,
  channel: 'in-person' as const,
  status: 'completed' as const,
  step: 5,
  text,
});

describe('placements on the device', () => {
  it('saves a placement and its outbox entry, and never a step change', async () => {
    const db = aFreshDevice();
    const person = await aPerson('Stig Stille', 4);
    const { employer } = await anEmployer('Fjordlager AS');
    const before = await cases.eventsFor(person.id);
    const placement = await aPlacement(person.id, employer.id);

    expect(await cases.eventsFor(person.id)).toEqual(before);
    const entries = (await db.outbox.toArray()).filter((entry) => entry.recordId === placement.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ table: 'placements', op: 'put', fields: { jobTitle: 'Lagermedarbeider', status: 'ongoing' } });
  });

  it('refuses a contact person who works for another employer, and an employer not in the register', async () => {
    aFreshDevice();
    const person = await aPerson('Stig Stille');
    const lager = await anEmployer('Fjordlager AS');
    const kafe = await anEmployer('Kafé Kroken', [{ name: 'Kai Kokk' }]);
    const input = {
      employerId: lager.employer.id,
      contactPersonId: kafe.people[0]!.id,
      jobTitle: 'Kokk',
      employmentForm: 'permanent' as const,
      startDate: TODAY,
      status: 'planned' as const,
    };
    expect(await placements.add(person.id, input, TODAY)).toEqual({
      ok: false,
      errors: { contactPersonId: 'error.contactPersonElsewhere' },
    });
    expect(await placements.add(person.id, { ...input, employerId: 'no-such-employer', contactPersonId: '' }, TODAY)).toEqual({
      ok: false,
      errors: { employerId: 'error.notFound' },
    });
    expect(await placements.forPerson(person.id)).toEqual([]);
  });

  it('lists placements for a person and for an employer, the latest start first', async () => {
    aFreshDevice();
    const person = await aPerson('Stig Stille');
    const { employer } = await anEmployer('Fjordlager AS');
    await aPlacement(person.id, employer.id, { jobTitle: 'Først', startDate: '2026-01-05' });
    await aPlacement(person.id, employer.id, { jobTitle: 'Sist', startDate: '2026-10-05' });
    expect((await placements.forPerson(person.id)).map((placement) => placement.jobTitle)).toEqual(['Sist', 'Først']);
    expect((await placements.forEmployer(employer.id)).map((placement) => placement.jobTitle)).toEqual(['Sist', 'Først']);
  });
});

describe('logging a visit', () => {
  it('writes the note and the follow-up visit together, linked', async () => {
    aFreshDevice();
    const person = await aPerson('Vilde Visitt', 5);
    const { employer } = await anEmployer('Fjordlager AS');
    const placement = await aPlacement(person.id, employer.id);
    const result = await visitLog.save(
      person.id,
      { note: aNote('Godt besøk.'), visit: { placementId: placement.id, place: 'on-the-job', withWhom: ['leader'] } },
      TODAY,
    );

    expect(result.ok).toBe(true);
    const [visit] = await followUpVisits.forPlacement(placement.id);
    const [note] = await notes.forPerson(person.id);
    expect(visit).toMatchObject({ jobseekerId: person.id, note: 'Godt besøk.', withWhom: ['leader'], noteId: note!.id });
  });

  it('writes neither when the visit is refused, nor for a placement that is someone else’s', async () => {
    aFreshDevice();
    const person = await aPerson('Vilde Visitt', 5);
    const other = await aPerson('Otto Annen', 5);
    const { employer } = await anEmployer('Fjordlager AS');
    const placement = await aPlacement(other.id, employer.id);

    const noPlace = await visitLog.save(
      person.id,
      { note: aNote('Uten sted.'), visit: { placementId: placement.id, place: '', withWhom: [] } },
      TODAY,
    );
    expect(noPlace).toEqual({ ok: false, errors: { place: 'error.required' } });
    const elsewhere = await visitLog.save(
      person.id,
      { note: aNote('Feil person.'), visit: { placementId: placement.id, place: 'on-the-job', withWhom: [] } },
      TODAY,
    );
    expect(elsewhere).toEqual({ ok: false, errors: { placementId: 'error.notFound' } });
    expect(await notes.forPerson(person.id)).toEqual([]);
    expect(await followUpVisits.forPerson(person.id)).toEqual([]);
  });

  it('reports the note’s problems once, not again for the visit', async () => {
    aFreshDevice();
    const person = await aPerson('Vilde Visitt', 5);
    const { employer } = await anEmployer('Fjordlager AS');
    const placement = await aPlacement(person.id, employer.id);
    const result = await visitLog.save(
      person.id,
      { note: aNote(''), visit: { placementId: placement.id, place: 'on-the-job', withWhom: [] } },
      TODAY,
    );
    expect(result).toEqual({ ok: false, errors: { text: 'error.required' } });
  });
});
