import type { VisitLogInput } from '../../data/visitLog';
import type { IsoDate } from '../../domain/dates';
import type { VisitPerson, VisitPlace } from '../../domain/followUpVisit';
import type { MeetingType } from '../../domain/note';
import type { Placement } from '../../domain/placement';
import { channelFor, defaultQuickFollowUp, likelyMeetingType } from '../../domain/quickLog';
import type { SeStep } from '../../domain/seSteps';
import { resolveFollowUp, type NextFollowUpChoice } from '../placements/NextFollowUpField';

/** What the quick log form holds (and its draft keeps). */
export type QuickLogValues = {
  meetingType: string;
  date: string;
  time: string;
  text: string;
  followUp: NextFollowUpChoice;
  followUpDate: string;
  /** The ongoing placement a workplace visit is logged on; '' when the person has none. */
  placementId: string;
  place: VisitPlace | '';
  withWhom: VisitPerson[];
};

/** "14:05": the time on the device's clock, read once when the form opens. */
export function currentTime(now: Date = new Date()): string {
  return `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
}

/**
 * [QUICK-2] [QUICK-4] The form opens with the likely type, today's date and
 * the time now, and the follow-up the plan's rhythm suggests, so the
 * shortest path is: type the text, tap save.
 */
export function startValues(today: IsoDate, time: string, placement: Placement | null): QuickLogValues {
  return {
    meetingType: likelyMeetingType(placement !== null),
    date: today,
    time,
    text: '',
    followUp: defaultQuickFollowUp(placement),
    followUpDate: '',
    placementId: placement?.id ?? '',
    place: 'on-the-job',
    withWhom: ['jobseeker'],
  };
}

/** A workplace visit of a person with an ongoing placement is also that placement's follow-up visit. */
export function logsPlacementVisit(values: QuickLogValues): boolean {
  return values.meetingType === 'workplace-visit' && values.placementId !== '';
}

export function toVisitLogInput(values: QuickLogValues, step: SeStep | null): VisitLogInput {
  const meetingType = values.meetingType as MeetingType;
  return {
    note: {
      date: values.date,
      time: values.time,
      meetingType,
      channel: values.meetingType ? channelFor(meetingType) : 'in-person',
      status: 'completed',
      step: step ?? 1,
      text: values.text,
      nextFollowUp: resolveFollowUp(values),
    },
    ...(logsPlacementVisit(values) ? { visit: { placementId: values.placementId, place: values.place, withWhom: values.withWhom } } : {}),
  };
}
