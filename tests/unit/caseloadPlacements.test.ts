import { describe, expect, it } from 'vitest';
import { caseloadEntry, todayItems } from '../../src/domain/caseload';
import type { PlacementFollowUpDue } from '../../src/domain/followUpRhythm';
import { aJobseeker, aNote, aStatusChange, anActiveCase } from './fixtures';

const TODAY = '2025-03-10';

function due(overrides: Partial<PlacementFollowUpDue> = {}): PlacementFollowUpDue {
  return {
    placementId: 'p1',
    jobseekerId: 'j',
    jobTitle: 'Lagermedarbeider',
    employerName: 'Lager AS',
    dueDate: '2025-03-05',
    overdueDays: 5,
    ...overrides,
  };
}

function entry(options: { name?: string; placements?: PlacementFollowUpDue[]; notes?: ReturnType<typeof aNote>[]; closed?: boolean }) {
  const person = aJobseeker({ name: options.name ?? 'Kari Nordmann' });
  const events = options.closed
    ? anActiveCase('2025-01-06', aStatusChange({ date: '2025-02-01', status: 'closed', outcome: 'withdrew' }))
    : anActiveCase('2025-01-06');
  return caseloadEntry(person, events, options.notes ?? [], TODAY, options.placements ?? []);
}

describe('placement follow-ups in "Today"', () => {
  it('[TODAY-2] shows each overdue placement follow-up with its days overdue, among the other items by date', () => {
    const items = todayItems(
      [
        entry({ name: 'Pia Plass', placements: [due({ placementId: 'p1', dueDate: '2025-03-05', overdueDays: 5 })] }),
        entry({ name: 'Ola Hansen', notes: [aNote({ date: '2025-03-01', nextFollowUp: '2025-03-07' })] }),
      ],
      TODAY,
    );
    expect(items.map((item) => [item.kind, item.entry.jobseeker.name, item.date, item.overdueDays])).toEqual([
      ['placement-follow-up', 'Pia Plass', '2025-03-05', 5],
      ['follow-up', 'Ola Hansen', '2025-03-07', 3],
    ]);
    expect(items[0]).toMatchObject({ placement: { jobTitle: 'Lagermedarbeider', employerName: 'Lager AS' } });
  });

  it('[TODAY-2] shows one item per placement when a person holds two that are due', () => {
    const items = todayItems(
      [entry({ placements: [due({ placementId: 'p1' }), due({ placementId: 'p2', dueDate: TODAY, overdueDays: 0 })] })],
      TODAY,
    );
    expect(items.map((item) => (item.kind === 'placement-follow-up' ? item.placement.placementId : item.kind))).toEqual(['p1', 'p2']);
  });

  it('[TODAY-2] does not also show the general follow-up of a person whose placement follow-up is due', () => {
    const person = entry({ placements: [due()], notes: [aNote({ date: '2025-03-01', nextFollowUp: '2025-03-08' })] });
    expect(todayItems([person], TODAY).map((item) => item.kind)).toEqual(['placement-follow-up']);
  });

  it('[TODAY-2] never shows a closed case’s placement follow-up', () => {
    expect(todayItems([entry({ closed: true, placements: [due()] })], TODAY)).toEqual([]);
  });

  it('keeps an entry without placements as before', () => {
    expect(entry({}).placementFollowUps).toEqual([]);
  });
});
