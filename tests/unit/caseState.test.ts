import { describe, expect, it } from 'vitest';
import { deriveCaseState, orderCaseEvents, REFERRED_STATE } from '../../src/domain/caseState';
import { aStatusChange, aStepChange, anActiveCase, stampAt } from './fixtures';

const NOW = Date.UTC(2025, 2, 10, 8, 0, 0);

describe('orderCaseEvents', () => {
  it('orders events by their date, whatever order they were written in', () => {
    const late = aStepChange({ date: '2025-02-01', step: 3 });
    const early = aStepChange({ date: '2025-01-15', step: 2 });
    expect(orderCaseEvents([late, early]).map((event) => event.id)).toEqual([early.id, late.id]);
  });

  it('orders events on the same date by their clock stamp', () => {
    const second = aStepChange({ date: '2025-02-01', step: 3, updatedAt: stampAt(NOW, 1) });
    const first = aStepChange({ date: '2025-02-01', step: 4, updatedAt: stampAt(NOW, 0) });
    expect(orderCaseEvents([second, first]).map((event) => event.id)).toEqual([first.id, second.id]);
  });

  it('leaves out deleted events', () => {
    const kept = aStepChange({ date: '2025-02-01', step: 3 });
    const deleted = aStepChange({ date: '2025-02-02', step: 4, deleted: true });
    expect(orderCaseEvents([kept, deleted]).map((event) => event.id)).toEqual([kept.id]);
  });

  it('does not change the list it is given', () => {
    const events = [aStepChange({ date: '2025-02-01' }), aStepChange({ date: '2025-01-01' })];
    const before = [...events];
    orderCaseEvents(events);
    expect(events).toEqual(before);
  });
});

describe('deriveCaseState', () => {
  it('[STEP-1] shows a person with no events as referred, without a step', () => {
    expect(deriveCaseState([])).toEqual(REFERRED_STATE);
  });

  it('[STEP-1] starts an active case at step 1 on the day it became active', () => {
    expect(deriveCaseState([aStatusChange({ date: '2025-01-06', status: 'active' })])).toMatchObject({
      status: 'active',
      step: 1,
      statusSince: '2025-01-06',
      stepSince: '2025-01-06',
    });
  });

  it('[STEP-1] takes the current step from the latest step change, with its date', () => {
    const state = deriveCaseState(
      anActiveCase('2025-01-06', aStepChange({ date: '2025-01-20', step: 2 }), aStepChange({ date: '2025-02-10', step: 3 })),
    );
    expect(state).toMatchObject({ status: 'active', step: 3, stepSince: '2025-02-10', statusSince: '2025-01-06' });
  });

  it('[STEP-1] uses the dates, not the order the events arrived in (a back-dated change synced late)', () => {
    const events = anActiveCase(
      '2025-01-06',
      aStepChange({ date: '2025-02-10', step: 4 }),
      // Written later on another device, but it happened earlier.
      aStepChange({ date: '2025-01-20', step: 2 }),
    );
    expect(deriveCaseState(events)).toMatchObject({ step: 4, stepSince: '2025-02-10' });
  });

  it('[STEP-1] settles concurrent step changes on the same date by clock stamp, the same on every device', () => {
    const onPhone = aStepChange({ date: '2025-02-10', step: 3, updatedAt: stampAt(NOW, 0, 'phone') });
    const onLaptop = aStepChange({ date: '2025-02-10', step: 4, updatedAt: stampAt(NOW + 5, 0, 'laptop') });
    const active = aStatusChange({ date: '2025-01-06', status: 'active', updatedAt: stampAt(NOW - 1000) });
    expect(deriveCaseState([active, onPhone, onLaptop]).step).toBe(4);
    expect(deriveCaseState([onLaptop, onPhone, active]).step).toBe(4);
  });

  it('[STEP-1] breaks a tie of the same date and the same clock time by device id', () => {
    const fromA = aStepChange({ date: '2025-02-10', step: 5, updatedAt: stampAt(NOW, 2, 'device-a') });
    const fromB = aStepChange({ date: '2025-02-10', step: 2, updatedAt: stampAt(NOW, 2, 'device-b') });
    const active = aStatusChange({ date: '2025-01-06', status: 'active' });
    expect(deriveCaseState([active, fromA, fromB]).step).toBe(2);
    expect(deriveCaseState([fromB, fromA, active]).step).toBe(2);
  });

  it('[STEP-1] ignores a deleted step change', () => {
    const events = anActiveCase(
      '2025-01-06',
      aStepChange({ date: '2025-01-20', step: 2 }),
      aStepChange({ date: '2025-02-10', step: 3, deleted: true }),
    );
    expect(deriveCaseState(events)).toMatchObject({ step: 2, stepSince: '2025-01-20' });
  });

  it('pauses a case with its reason and resume date, keeping the step', () => {
    const state = deriveCaseState(
      anActiveCase(
        '2025-01-06',
        aStepChange({ date: '2025-01-20', step: 3 }),
        aStatusChange({ date: '2025-02-01', status: 'passive', reason: 'Innlagt', resumeDate: '2025-03-15' }),
      ),
    );
    expect(state).toMatchObject({
      status: 'passive',
      step: 3,
      stepSince: '2025-01-20',
      statusSince: '2025-02-01',
      passiveReason: 'Innlagt',
      resumeDate: '2025-03-15',
    });
  });

  it('resumes a passive case in the same step, and forgets the pause', () => {
    const state = deriveCaseState(
      anActiveCase(
        '2025-01-06',
        aStepChange({ date: '2025-01-20', step: 3 }),
        aStatusChange({ date: '2025-02-01', status: 'passive', reason: 'Innlagt', resumeDate: '2025-03-15' }),
        aStatusChange({ date: '2025-03-10', status: 'active' }),
      ),
    );
    expect(state).toMatchObject({
      status: 'active',
      step: 3,
      stepSince: '2025-01-20',
      statusSince: '2025-03-10',
      passiveReason: '',
      resumeDate: null,
    });
  });

  it('closes a case with its KLAR outcome, end cause and end date', () => {
    const state = deriveCaseState(
      anActiveCase(
        '2025-01-06',
        aStepChange({ date: '2025-02-01', step: 5 }),
        aStatusChange({ date: '2025-06-30', status: 'closed', outcome: 'ordinary-work', endCause: 'work-with-wage-subsidy' }),
      ),
    );
    expect(state).toMatchObject({
      status: 'closed',
      step: 5,
      statusSince: '2025-06-30',
      outcome: 'ordinary-work',
      endCause: 'work-with-wage-subsidy',
      endDate: '2025-06-30',
    });
  });

  it('closes a passive case and drops its pause reason and resume date', () => {
    const state = deriveCaseState(
      anActiveCase(
        '2025-01-06',
        aStatusChange({ date: '2025-02-01', status: 'passive', reason: 'Sykemeldt', resumeDate: '2025-04-01' }),
        aStatusChange({ date: '2025-03-01', status: 'closed', outcome: 'other', endCause: 'illness' }),
      ),
    );
    expect(state).toMatchObject({ status: 'closed', passiveReason: '', resumeDate: null, outcome: 'other', endCause: 'illness' });
  });

  it('closes a referred person who declined, without ever giving a step', () => {
    const state = deriveCaseState([aStatusChange({ date: '2025-01-10', status: 'closed', outcome: 'withdrew' })]);
    expect(state).toMatchObject({ status: 'closed', step: null, outcome: 'withdrew', endDate: '2025-01-10' });
  });

  it('reopens a closed case in the step it had, clearing the outcome', () => {
    const state = deriveCaseState(
      anActiveCase(
        '2025-01-06',
        aStepChange({ date: '2025-02-01', step: 4 }),
        aStatusChange({ date: '2025-04-01', status: 'closed', outcome: 'ordinary-work', endCause: 'work-without-wage-subsidy' }),
        aStatusChange({ date: '2025-09-01', status: 'active', reason: 'Jobben tok slutt' }),
      ),
    );
    expect(state).toMatchObject({
      status: 'active',
      step: 4,
      stepSince: '2025-02-01',
      statusSince: '2025-09-01',
      outcome: null,
      endCause: null,
      endDate: null,
    });
  });

  it('starts a reopened case at step 1 when it was closed before ever becoming active', () => {
    const state = deriveCaseState([
      aStatusChange({ date: '2025-01-10', status: 'closed', outcome: 'withdrew' }),
      aStatusChange({ date: '2025-05-02', status: 'active' }),
    ]);
    expect(state).toMatchObject({ status: 'active', step: 1, stepSince: '2025-05-02', outcome: null });
  });

  it('applies a status change and a step change on the same date in clock order', () => {
    // Made active and moved to step 2 in the same sitting: the step change comes second.
    const active = aStatusChange({ date: '2025-01-06', status: 'active', updatedAt: stampAt(NOW, 0) });
    const step2 = aStepChange({ date: '2025-01-06', step: 2, updatedAt: stampAt(NOW, 1) });
    expect(deriveCaseState([step2, active])).toMatchObject({ status: 'active', step: 2, stepSince: '2025-01-06' });
  });
});
