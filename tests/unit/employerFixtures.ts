/**
 * Speech-like builders for employers, employer contacts and job leads:
 * `anEmployerContact({ channel: 'phone', jobseekerIds: ['kari'] })`.
 * Every name is fictional.
 */
import type { Agreement } from '../../src/domain/agreement';
import type { Employer } from '../../src/domain/employer';
import type { EmployerContact, EmployerContactInput } from '../../src/domain/employerContact';
import type { JobLead, JobLeadInput } from '../../src/domain/jobLead';
import { AUTHOR, nextStamp, TEAM } from './fixtures';

let sequence = 0;
const nextId = (prefix: string) => `${prefix}-${String(++sequence).padStart(4, '0')}`;
const meta = (prefix: string, id?: string) => ({ id: id ?? nextId(prefix), teamId: TEAM, createdBy: AUTHOR, updatedAt: nextStamp() });

export function anEmployer(overrides: Partial<Employer> = {}): Employer {
  return {
    ...meta('employer', overrides.id),
    name: 'Fiktiv Bakeri AS',
    orgnr: '',
    industry: '',
    address: '',
    phone: '',
    web: '',
    notes: '',
    relationship: 'new',
    ...overrides,
  };
}

/** A face-to-face meeting with an employer about Kari, held on 3 March 2025. */
export function anEmployerContact(overrides: Partial<EmployerContact> = {}): EmployerContact {
  return {
    ...meta('contact', overrides.id),
    employerId: 'employer-bakeri',
    date: '2025-03-03',
    channel: 'in-person',
    purpose: 'jobseekers',
    jobseekerIds: ['jobseeker-kari'],
    contactPersonIds: [],
    metWith: '',
    outcome: 'follow-up-later',
    followUpDate: '',
    note: '',
    ...overrides,
  };
}

/** What a user fills in when logging an employer contact. */
export function anEmployerContactInput(overrides: Partial<EmployerContactInput> = {}): EmployerContactInput {
  return {
    employerId: 'employer-bakeri',
    date: '2025-03-03',
    channel: 'in-person',
    purpose: 'jobseekers',
    jobseekerIds: ['jobseeker-kari'],
    outcome: 'job-opening',
    ...overrides,
  };
}

export function aJobLead(overrides: Partial<JobLead> = {}): JobLead {
  return {
    ...meta('lead', overrides.id),
    jobseekerId: 'jobseeker-kari',
    employerId: '',
    employerName: 'Fiktiv Kafé',
    jobTitle: 'Kafémedarbeider',
    source: '',
    status: 'idea',
    date: '2025-03-03',
    ...overrides,
  };
}

export function aJobLeadInput(overrides: Partial<JobLeadInput> = {}): JobLeadInput {
  return { employerName: 'Fiktiv Kafé', jobTitle: 'Kafémedarbeider', date: '2025-03-03', ...overrides };
}

export function anAgreement(overrides: Partial<Agreement> = {}): Agreement {
  return {
    ...meta('agreement', overrides.id),
    jobseekerId: 'jobseeker-kari',
    signedDate: '2025-01-10',
    mayContactEmployers: true,
    mayShare: [],
    mustNotShare: [],
    collaborators: [],
    sharedGoal: '',
    ...overrides,
  };
}
