import { isIsoDate } from '../../domain/dates';
import type { AnyRecord } from '../../domain/reports/personExport';
import { formatDate } from '../i18n/formatDate';
import type { ReportsI18n } from './useReportsI18n';

/** Stored links and stamps: in the JSON copy, but they say nothing to a reader of the printout. */
const TECHNICAL = new Set([
  'id',
  'teamId',
  'updatedAt',
  'createdBy',
  'specialistId',
  'deleted',
  'jobseekerId',
  'jobseekerIds',
  'rootId',
  'revises',
  'noteId',
  'placementId',
  'contactPersonId',
  'contactPersonIds',
]);

/** The words for a field, where the app already has them; other fields show as they are named. */
const LABELS: Record<string, string> = {
  name: 'jobseeker.name',
  phone: 'jobseeker.phone',
  email: 'jobseeker.email',
  address: 'jobseeker.address',
  referralDate: 'jobseeker.referralDate',
  counsellorName: 'jobseeker.counsellorName',
  counsellorOffice: 'jobseeker.counsellorOffice',
  counsellorPhone: 'jobseeker.counsellorPhone',
  mainGoal: 'jobseeker.mainGoal',
  goalText: 'jobseeker.goalText',
  step: 'notes.step',
  reason: 'step.reason',
  status: 'person.status',
  resumeDate: 'statusChange.resumeDate',
  endCause: 'statusChange.endCause',
  signedDate: 'agreement.signedDate',
  mayContactEmployers: 'agreement.consent',
  mayShare: 'agreement.mayShare',
  mustNotShare: 'agreement.mustNotShare',
  collaborators: 'agreement.collaborators',
  sharedGoal: 'agreement.sharedGoal',
  meetingType: 'notes.meetingType',
  channel: 'notes.channel',
  text: 'notes.text',
  nextFollowUp: 'notes.followUp',
  employerId: 'export.field.employer',
  periodFrom: 'report.periodFrom',
  periodTo: 'report.periodTo',
  recipient: 'report.recipient',
  goal: 'report.section.goal',
  steps: 'report.section.steps',
  activities: 'report.section.activities',
  employerWork: 'report.section.employerWork',
  assessment: 'report.section.assessment',
};

/** Where a field's values have names: by field, or by table and field where the same name means different things. */
function termPrefix(table: string, field: string): string | null {
  const byTable: Record<string, string> = {
    'caseEvents.status': 'status',
    'caseEvents.outcome': 'outcome',
    'notes.status': 'meetingStatus',
    'jobLeads.status': 'jobLeadStatus',
    'placements.status': 'placementStatus',
    'employerContacts.outcome': 'employerContactOutcome',
    'employerContacts.purpose': 'employerContactPurpose',
    'reports.kind': 'report.kind',
  };
  const byField: Record<string, string> = {
    meetingType: 'meetingType',
    channel: 'channel',
    mainGoal: 'mainGoal',
    endCause: 'endCause',
    employmentForm: 'employmentForm',
    supports: 'support',
    followUpFrequency: 'followUpFrequency',
    followUpWays: 'followUpWay',
    endReason: 'endReason',
    place: 'visitPlace',
    withWhom: 'visitPerson',
    cvStatus: 'profile.cv',
    driversLicence: 'common',
    step: 'step.short',
  };
  return byTable[`${table}.${field}`] ?? byField[field] ?? null;
}

export function fieldLabel(table: string, field: string, { tOr }: Pick<ReportsI18n, 'tOr'>): string {
  if (table === 'profiles') return tOr(`profile.${field}`, field);
  return tOr(LABELS[field] ?? `export.field.${field}`, field);
}

function valueText(
  table: string,
  field: string,
  value: unknown,
  context: Pick<ReportsI18n, 't' | 'tOr' | 'language'>,
  employerNames: ReadonlyMap<string, string>,
): string {
  if (value === null || value === undefined || value === '') return '';
  if (Array.isArray(value))
    return value
      .map((item) => valueText(table, field, item, context, employerNames))
      .filter(Boolean)
      .join('\n');
  if (typeof value === 'boolean') return context.t(value ? 'common.yes' : 'common.no');
  if (typeof value === 'object')
    return Object.values(value as Record<string, unknown>)
      .filter((part) => part !== '')
      .join(', ');
  // What is left is a string or a number.
  const text = typeof value === 'string' ? value : String(value as number);
  if (field === 'employerId') return employerNames.get(text) ?? text;
  const prefix = termPrefix(table, field);
  if (prefix) return context.tOr(`${prefix}.${text}`, text);
  if (typeof value === 'string' && isIsoDate(text)) return formatDate(text, context.language);
  return text;
}

/** A record's fields as label and text, in stored order, leaving out empty and technical ones. */
export function readableFields(
  table: string,
  record: AnyRecord,
  context: Pick<ReportsI18n, 't' | 'tOr' | 'language'>,
  employerNames: ReadonlyMap<string, string>,
): Array<[string, string]> {
  return (
    Object.entries(record)
      // A case event's kind (step or status) shows in its fields; a report's kind is its name.
      .filter(([field]) => !TECHNICAL.has(field) && (field !== 'kind' || table === 'reports'))
      .map(
        ([field, value]) => [fieldLabel(table, field, context), valueText(table, field, value, context, employerNames)] as [string, string],
      )
      .filter(([, text]) => text !== '')
  );
}
