import type { IsoDate } from '../../dates';
import type { MeetingType, Note } from '../../note';
import { currentNotes } from '../../noteRevisions';
import { percentOf } from '../share';
import { verdictFor, type MeasureDescription, type Verdict } from './measure';
import { isInPeriod, type FidelityPeriod } from './period';
import type { ContactFacts } from './sources';

/**
 * [FID-OUTOFOFFICE-1] The share of meetings held out of the office. A
 * meeting is a note of a meeting held (Fullført) in person (Fysisk), or a
 * face-to-face employer contact. The log has no place field, so the place is
 * read from the meeting type: home visits, workplace visits, employer
 * meetings, three-way meetings with a mentor and employer contacts are out of
 * the office; a start-up meeting, a meeting with the jobseeker, a
 * collaboration meeting, a meeting with the NAV counsellor or "other" may
 * have been anywhere (a café, say) but is counted as in the office. The share
 * is therefore a lowest estimate. Phone, SMS, e-mail and digital meetings are
 * not meetings in a place and are left out. An employer contact logged as
 * well as a note of an employer meeting (same jobseeker, same day) counts
 * once. Meetings count for whoever logged them.
 */
export const outOfOfficeMeasure = {
  id: 'outOfOffice',
  rule: 'FID-OUTOFOFFICE-1',
  // IPS fidelity scale, community-based services: employment specialists spend
  // 65 % or more of their scheduled work hours in the community. We count meetings, not hours.
  target: { comparison: 'at-least', value: 65, unit: 'percent' },
  how: 'fidelity.outOfOffice.how',
} as const satisfies MeasureDescription;

/** Meeting types that take place out of the office by their nature. */
export const OUT_OF_OFFICE_TYPES: readonly MeetingType[] = ['home-visit', 'workplace-visit', 'employer-meeting', 'three-way'];
/** Not meetings in a place, whatever channel they were logged with. */
const NOT_MEETINGS: readonly MeetingType[] = ['phone', 'sms', 'email'];

export interface HeldMeeting {
  date: IsoDate;
  /** Who logged it: the author of the note's first version, or of the employer contact. */
  author: string;
  outOfOffice: boolean;
  source: 'note' | 'employer-contact';
}

/** [FID-OUTOFOFFICE-1] Where a note's meeting was held, or null when it is not a meeting held in a place. */
export function notePlace(note: Pick<Note, 'meetingType' | 'channel' | 'status'>): 'out' | 'office' | null {
  if (note.status !== 'completed' || note.channel !== 'in-person' || NOT_MEETINGS.includes(note.meetingType)) return null;
  return OUT_OF_OFFICE_TYPES.includes(note.meetingType) ? 'out' : 'office';
}

/** Every meeting held in the period: notes (their latest version) and face-to-face employer contacts. */
export function heldMeetings(notes: readonly Note[], contacts: readonly ContactFacts[], period: FidelityPeriod): HeldMeeting[] {
  const firstAuthor = new Map(notes.filter((note) => note.id === note.rootId).map((note) => [note.rootId, note.createdBy]));
  const meetings: HeldMeeting[] = [];
  const employerMeetings = new Set<string>();
  for (const note of currentNotes(notes)) {
    const place = notePlace(note);
    if (place === null || !isInPeriod(note.date, period)) continue;
    meetings.push({
      date: note.date,
      author: firstAuthor.get(note.rootId) ?? note.createdBy,
      outOfOffice: place === 'out',
      source: 'note',
    });
    if (note.meetingType === 'employer-meeting') employerMeetings.add(`${note.jobseekerId} ${note.date}`);
  }
  for (const contact of contacts) {
    if (contact.deleted || contact.channel !== 'in-person' || !isInPeriod(contact.date, period)) continue;
    if (contact.jobseekerIds.some((id) => employerMeetings.has(`${id} ${contact.date}`))) continue;
    meetings.push({ date: contact.date, author: contact.createdBy, outOfOffice: true, source: 'employer-contact' });
  }
  return meetings;
}

export interface OutOfOfficeShare {
  meetings: number;
  outOfOffice: number;
  /** Per cent out of the office; null when no meeting was held. */
  share: number | null;
  verdict: Verdict;
}

export function outOfOfficeShare(meetings: readonly HeldMeeting[]): OutOfOfficeShare {
  const out = meetings.filter((meeting) => meeting.outOfOffice).length;
  const share = percentOf(out, meetings.length);
  return { meetings: meetings.length, outOfOffice: out, share, verdict: verdictFor(share, outOfOfficeMeasure.target) };
}
