import * as z from 'zod/mini';
import type { IsoDate } from './dates';
import { END_REASONS, type Placement, type PlacementStatus } from './placement';
import { optionalText, pastOrTodayDate } from './validation';

/**
 * [PLACEMENT-1] Planlagt → Pågående → Avsluttet. A planned placement may also
 * end without starting (it fell through), and an ended one may be taken up
 * again when it was ended by mistake or the person is taken back.
 */
const NEXT_STATUSES: Record<PlacementStatus, readonly PlacementStatus[]> = {
  planned: ['ongoing', 'ended'],
  ongoing: ['ended'],
  ended: ['ongoing'],
};

export function allowedPlacementChanges(status: PlacementStatus): readonly PlacementStatus[] {
  return NEXT_STATUSES[status];
}

export function canChangePlacementStatus(from: PlacementStatus, to: PlacementStatus): boolean {
  return NEXT_STATUSES[from].includes(to);
}

/** A status change as typed: the date it happened, and why it ended. */
export function placementStatusChangeSchema(today: IsoDate) {
  return z
    .object({
      status: z.enum(['ongoing', 'ended'], { error: 'error.required' }),
      date: pastOrTodayDate(today),
      endReason: z._default(z.union([z.literal(''), z.enum(END_REASONS)], { error: 'error.required' }), ''),
      endNote: optionalText(1000),
    })
    .check(
      z.superRefine((input, ctx) => {
        if (input.status === 'ended' && input.endReason === '')
          ctx.addIssue({ code: 'custom', path: ['endReason'], message: 'error.required' });
      }),
    );
}
export type PlacementStatusChangeInput = z.input<ReturnType<typeof placementStatusChangeSchema>>;
export type PlacementStatusChange = z.output<ReturnType<typeof placementStatusChangeSchema>>;

export type PlacementStatusProblem = 'error.statusNotAllowed' | 'error.endBeforeStart';

type StatusFields = Pick<Placement, 'status' | 'startDate' | 'endDate' | 'endReason' | 'endNote'>;

/**
 * The fields a status change sets, or why it cannot be made. Starting sets
 * the real start date; ending records the end date and reason; taking an
 * ended placement up again clears them and keeps the start date.
 */
export function applyPlacementStatus(
  placement: StatusFields,
  change: PlacementStatusChange,
): { ok: true; fields: StatusFields } | { ok: false; field: 'status' | 'date'; problem: PlacementStatusProblem } {
  if (!canChangePlacementStatus(placement.status, change.status)) return { ok: false, field: 'status', problem: 'error.statusNotAllowed' };
  if (change.status === 'ended') {
    if (placement.status === 'ongoing' && change.date < placement.startDate)
      return { ok: false, field: 'date', problem: 'error.endBeforeStart' };
    return {
      ok: true,
      fields: {
        status: 'ended',
        startDate: placement.startDate,
        endDate: change.date,
        endReason: change.endReason,
        endNote: change.endNote,
      },
    };
  }
  const startDate = placement.status === 'planned' ? change.date : placement.startDate;
  return { ok: true, fields: { status: 'ongoing', startDate, endDate: '', endReason: '', endNote: '' } };
}
