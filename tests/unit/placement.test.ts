import { describe, expect, it } from 'vitest';
import { newPlacementSchema, placementDetailsSchema } from '../../src/domain/placement';
import {
  allowedPlacementChanges,
  applyPlacementStatus,
  canChangePlacementStatus,
  placementStatusChangeSchema,
} from '../../src/domain/placementStatus';
import { fieldErrors } from '../../src/domain/validation';
import { aPlacement, aPlacementInput } from './placementFixtures';

const TODAY = '2025-03-10';

function errorsOf(input: object) {
  const result = newPlacementSchema(TODAY).safeParse(input);
  return result.success ? {} : fieldErrors(result.error);
}

describe('a new placement', () => {
  it('needs an employer, a job title, an ansettelsesform and a start date; the rest is optional', () => {
    // As the form sends them: every field a string, empty when not filled in.
    expect(errorsOf({ status: 'planned', employerId: '', jobTitle: ' ', employmentForm: '', startDate: '' })).toEqual({
      employerId: 'error.required',
      jobTitle: 'error.required',
      employmentForm: 'error.required',
      startDate: 'error.date',
    });
    const parsed = newPlacementSchema(TODAY).parse(aPlacementInput());
    expect(parsed).toMatchObject({
      percent: '',
      hoursPerWeek: '',
      hourlyWage: '',
      supports: [],
      followUpFrequency: '',
      contactPersonId: '',
    });
  });

  it('takes a position percentage from 1 to 100, and nothing outside it', () => {
    expect(newPlacementSchema(TODAY).parse(aPlacementInput({ percent: '1' })).percent).toBe(1);
    expect(newPlacementSchema(TODAY).parse(aPlacementInput({ percent: '100' })).percent).toBe(100);
    expect(errorsOf(aPlacementInput({ percent: '0' }))).toEqual({ percent: 'error.percentRange' });
    expect(errorsOf(aPlacementInput({ percent: '101' }))).toEqual({ percent: 'error.percentRange' });
    expect(errorsOf(aPlacementInput({ percent: '50,5' }))).toEqual({ percent: 'error.number' });
  });

  it('reads hours and hourly wage written the Norwegian way, with a decimal comma', () => {
    const parsed = newPlacementSchema(TODAY).parse(aPlacementInput({ hoursPerWeek: '37,5', hourlyWage: '212.40' }));
    expect(parsed).toMatchObject({ hoursPerWeek: 37.5, hourlyWage: 212.4 });
    expect(errorsOf(aPlacementInput({ hoursPerWeek: 'mange' }))).toEqual({ hoursPerWeek: 'error.decimal' });
    expect(errorsOf(aPlacementInput({ hoursPerWeek: '120' }))).toEqual({ hoursPerWeek: 'error.hoursRange' });
  });

  it('refuses a planned end date before the start date, and accepts the same day', () => {
    expect(errorsOf(aPlacementInput({ startDate: '2025-03-03', plannedEndDate: '2025-03-02' }))).toEqual({
      plannedEndDate: 'error.endBeforeStart',
    });
    expect(errorsOf(aPlacementInput({ startDate: '2025-03-03', plannedEndDate: '2025-03-03' }))).toEqual({});
  });

  it('keeps several supports and refuses one it does not know', () => {
    const parsed = newPlacementSchema(TODAY).parse(aPlacementInput({ supports: ['wage-subsidy', 'mentor-subsidy'] }));
    expect(parsed.supports).toEqual(['wage-subsidy', 'mentor-subsidy']);
    expect(errorsOf(aPlacementInput({ supports: ['free-lunch' as 'other'] }))).toEqual({ 'supports.0': 'error.required' });
  });

  it('checks the mentor’s phone as a Norwegian number and stores its 8 digits', () => {
    expect(newPlacementSchema(TODAY).parse(aPlacementInput({ mentorPhone: '+47 912 34 567' })).mentorPhone).toBe('91234567');
    expect(errorsOf(aPlacementInput({ mentorPhone: '12345' }))).toEqual({ mentorPhone: 'error.phone' });
  });

  it('asks for the number of days when the jobbstøtteplan follows up every so many days', () => {
    expect(errorsOf(aPlacementInput({ followUpFrequency: 'days' }))).toEqual({ followUpEveryDays: 'error.required' });
    expect(newPlacementSchema(TODAY).parse(aPlacementInput({ followUpFrequency: 'days', followUpEveryDays: '10' })).followUpEveryDays).toBe(
      10,
    );
  });

  it('[PLACEMENT-2] starts as Planlagt or Pågående, and only a started one can be Pågående', () => {
    expect(errorsOf(aPlacementInput({ status: 'ongoing', startDate: TODAY }))).toEqual({});
    expect(errorsOf(aPlacementInput({ status: 'ongoing', startDate: '2025-03-11' }))).toEqual({ startDate: 'error.ongoingNotStarted' });
    expect(errorsOf(aPlacementInput({ status: 'planned', startDate: '2025-04-01' }))).toEqual({});
    expect(errorsOf(aPlacementInput({ status: 'ended' as 'planned' }))).toEqual({ status: 'error.required' });
  });

  it('edits the details without touching the status', () => {
    const { status: _status, ...details } = aPlacementInput();
    expect(placementDetailsSchema.parse({ ...details, status: 'ended' })).not.toHaveProperty('status');
  });
});

describe('placement status', () => {
  it('[PLACEMENT-1] goes Planlagt → Pågående → Avsluttet; a planned one may end, an ended one may be taken up again', () => {
    expect(allowedPlacementChanges('planned')).toEqual(['ongoing', 'ended']);
    expect(allowedPlacementChanges('ongoing')).toEqual(['ended']);
    expect(allowedPlacementChanges('ended')).toEqual(['ongoing']);
    expect(canChangePlacementStatus('ongoing', 'planned')).toBe(false);
    expect(canChangePlacementStatus('ended', 'ended')).toBe(false);
  });

  const change = (input: object) => placementStatusChangeSchema(TODAY).parse(input);

  it('[PLACEMENT-1] sets the real start date when a planned placement starts', () => {
    const planned = aPlacement({ status: 'planned', startDate: '2025-03-01' });
    expect(applyPlacementStatus(planned, change({ status: 'ongoing', date: '2025-03-04' }))).toEqual({
      ok: true,
      fields: { status: 'ongoing', startDate: '2025-03-04', endDate: '', endReason: '', endNote: '' },
    });
  });

  it('[PLACEMENT-1] records the end date and the reason when a placement ends', () => {
    const ongoing = aPlacement({ status: 'ongoing', startDate: '2025-02-03' });
    const result = applyPlacementStatus(
      ongoing,
      change({ status: 'ended', date: '2025-03-07', endReason: 'health', endNote: 'Sykemeldt' }),
    );
    expect(result).toEqual({
      ok: true,
      fields: { status: 'ended', startDate: '2025-02-03', endDate: '2025-03-07', endReason: 'health', endNote: 'Sykemeldt' },
    });
  });

  it('[PLACEMENT-1] needs a reason to end, and an end date on or after the start', () => {
    const missing = placementStatusChangeSchema(TODAY).safeParse({ status: 'ended', date: TODAY });
    expect(missing.success ? {} : fieldErrors(missing.error)).toEqual({ endReason: 'error.required' });
    const ongoing = aPlacement({ status: 'ongoing', startDate: '2025-03-05' });
    expect(applyPlacementStatus(ongoing, change({ status: 'ended', date: '2025-03-04', endReason: 'quit' }))).toEqual({
      ok: false,
      field: 'date',
      problem: 'error.endBeforeStart',
    });
  });

  it('[PLACEMENT-1] refuses a status change that is not allowed and a date in the future', () => {
    const ongoing = aPlacement({ status: 'ongoing' });
    expect(applyPlacementStatus(ongoing, change({ status: 'ongoing', date: TODAY }))).toMatchObject({
      ok: false,
      problem: 'error.statusNotAllowed',
    });
    const future = placementStatusChangeSchema(TODAY).safeParse({ status: 'ongoing', date: '2025-03-11' });
    expect(future.success ? {} : fieldErrors(future.error)).toEqual({ date: 'error.dateInFuture' });
  });

  it('[PLACEMENT-1] takes an ended placement up again, clearing the end and keeping the start', () => {
    const ended = aPlacement({ status: 'ended', startDate: '2025-02-03', endDate: '2025-03-01', endReason: 'other', endNote: 'Feil' });
    expect(applyPlacementStatus(ended, change({ status: 'ongoing', date: TODAY }))).toEqual({
      ok: true,
      fields: { status: 'ongoing', startDate: '2025-02-03', endDate: '', endReason: '', endNote: '' },
    });
  });
});
