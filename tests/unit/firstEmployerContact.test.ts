import { describe, expect, it } from 'vitest';
import {
  daysToFirstEmployerContact,
  firstContactMeasure,
  firstFaceToFaceEmployerContact,
  isWithinFirstContactTarget,
} from '../../src/domain/firstEmployerContact';
import { anEmployerContact } from './employerFixtures';

const KARI = 'jobseeker-kari';

describe('[IPS-1] the first face-to-face employer contact for a jobseeker', () => {
  it('is the earliest in-person contact that names the person, whatever order they were logged in', () => {
    const later = anEmployerContact({ date: '2025-02-20' });
    const earliest = anEmployerContact({ date: '2025-02-03' });
    expect(firstFaceToFaceEmployerContact([later, earliest], KARI)).toBe(earliest);
  });

  it('does not count phone or digital contacts', () => {
    const phone = anEmployerContact({ date: '2025-01-20', channel: 'phone' });
    const digital = anEmployerContact({ date: '2025-01-21', channel: 'digital' });
    const meeting = anEmployerContact({ date: '2025-02-10', channel: 'in-person' });
    expect(firstFaceToFaceEmployerContact([phone, digital, meeting], KARI)).toBe(meeting);
  });

  it('does not count general job development, or contacts for someone else', () => {
    const general = anEmployerContact({ date: '2025-01-15', purpose: 'general', jobseekerIds: [] });
    const other = anEmployerContact({ date: '2025-01-16', jobseekerIds: ['jobseeker-ola'] });
    expect(firstFaceToFaceEmployerContact([general, other], KARI)).toBeUndefined();
  });

  it('counts a contact made for several people for each of them', () => {
    const both = anEmployerContact({ date: '2025-02-01', jobseekerIds: ['jobseeker-ola', KARI] });
    expect(firstFaceToFaceEmployerContact([both], KARI)).toBe(both);
    expect(firstFaceToFaceEmployerContact([both], 'jobseeker-ola')).toBe(both);
  });

  it('ignores a deleted contact', () => {
    expect(firstFaceToFaceEmployerContact([anEmployerContact({ deleted: true })], KARI)).toBeUndefined();
  });
});

describe('[IPS-2] days from referral to the first employer contact (fidelity: within 30 days)', () => {
  it('counts calendar days, 0 on the day of referral', () => {
    expect(daysToFirstEmployerContact('2025-01-06', '2025-01-06')).toBe(0);
    expect(daysToFirstEmployerContact('2025-01-06', '2025-02-05')).toBe(30);
    expect(daysToFirstEmployerContact('2025-01-31', '2025-03-03')).toBe(31);
  });

  it('counts across the spring daylight-saving change without losing a day', () => {
    expect(daysToFirstEmployerContact('2025-03-20', '2025-04-19')).toBe(30);
  });

  it('counts day 30 as within the target, day 31 as not', () => {
    expect(isWithinFirstContactTarget(30)).toBe(true);
    expect(isWithinFirstContactTarget(31)).toBe(false);
  });
});

describe('[IPS-3] where a jobseeker stands on the 30-day measure', () => {
  it('gives the date and days of the first meeting, and whether it was within 30 days', () => {
    const contacts = [anEmployerContact({ date: '2025-02-07' })];
    expect(firstContactMeasure('2025-01-06', contacts, KARI, '2025-03-10')).toEqual({
      kind: 'met',
      date: '2025-02-07',
      days: 32,
      withinTarget: false,
    });
    expect(firstContactMeasure('2025-01-10', contacts, KARI, '2025-03-10')).toMatchObject({ kind: 'met', days: 28, withinTarget: true });
  });

  it('counts down the days left while there is no meeting yet', () => {
    expect(firstContactMeasure('2025-03-01', [], KARI, '2025-03-10')).toEqual({
      kind: 'pending',
      daysSinceReferral: 9,
      daysLeft: 21,
      overdue: false,
    });
  });

  it('is overdue once day 30 has passed without a meeting, and not on day 30 itself', () => {
    expect(firstContactMeasure('2025-01-06', [], KARI, '2025-02-05')).toMatchObject({ daysLeft: 0, overdue: false });
    expect(firstContactMeasure('2025-01-06', [], KARI, '2025-02-06')).toMatchObject({ daysSinceReferral: 31, daysLeft: 0, overdue: true });
  });
});
