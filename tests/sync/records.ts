// Fictional records for sync tests, written through writeRecord on a simulated device.
import type { Jobseeker } from '../../src/domain/jobseeker';
import type { Note } from '../../src/domain/note';
import type { RecordMeta } from '../../src/domain/record';
import type { SimDevice } from './simDevice';

export async function addJobseeker(device: SimDevice, fields: Partial<Jobseeker> = {}): Promise<Jobseeker> {
  return device.write<Jobseeker>('jobseekers', (meta) => ({
    ...meta,
    name: 'Kari Nordmann',
    phone: '',
    email: '',
    address: '',
    referralDate: '2026-11-01',
    counsellorName: '',
    counsellorOffice: '',
    counsellorPhone: '',
    mainGoal: 'job',
    goalText: '',
    specialistId: meta.createdBy,
    ...fields,
  }));
}

export async function editJobseeker(device: SimDevice, id: string, fields: Partial<Jobseeker>): Promise<Jobseeker> {
  return device.write<Jobseeker>('jobseekers', (meta: RecordMeta, existing) => ({ ...existing!, ...fields, ...meta }), id);
}

export async function addNote(device: SimDevice, jobseekerId: string, text: string): Promise<Note> {
  return device.write<Note>('notes', (meta) => ({
    ...meta,
    jobseekerId,
    rootId: meta.id,
    date: '2026-11-20',
    time: '',
    meetingType: 'jobseeker-meeting',
    channel: 'phone',
    status: 'completed',
    durationMinutes: '',
    step: 1,
    text,
    nextFollowUp: '',
  }));
}
