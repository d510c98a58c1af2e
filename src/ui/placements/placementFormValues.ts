import type { IsoDate } from '../../domain/dates';
import type { NewPlacementInput, Placement, PlacementDetailsInput } from '../../domain/placement';
import { formatPhone } from '../../domain/validation';

/** What the placement form holds (and its draft keeps): strings and lists of strings, as typed. */
export type PlacementFormValues = {
  employerId: string;
  contactPersonId: string;
  jobTitle: string;
  employmentForm: string;
  percent: string;
  hoursPerWeek: string;
  hourlyWage: string;
  startDate: string;
  plannedEndDate: string;
  /** Only a new placement picks its status here; later changes have their own screen. */
  status: string;
  supports: string[];
  supportOther: string;
  mentorName: string;
  mentorPhone: string;
  accommodations: string;
  followUpFrequency: string;
  followUpEveryDays: string;
  followUpWays: string[];
  responsibilities: string;
};

export function newPlacementValues(today: IsoDate, employerId = ''): PlacementFormValues {
  return {
    employerId,
    contactPersonId: '',
    jobTitle: '',
    employmentForm: '',
    percent: '',
    hoursPerWeek: '',
    hourlyWage: '',
    startDate: today,
    plannedEndDate: '',
    status: 'planned',
    supports: [],
    supportOther: '',
    mentorName: '',
    mentorPhone: '',
    accommodations: '',
    followUpFrequency: '',
    followUpEveryDays: '',
    followUpWays: [],
    responsibilities: '',
  };
}

/** Numbers are shown the Norwegian way, with a decimal comma. */
const decimal = (value: number | '') => (value === '' ? '' : String(value).replace('.', ','));

export function valuesFromPlacement(placement: Placement): PlacementFormValues {
  return {
    employerId: placement.employerId,
    contactPersonId: placement.contactPersonId,
    jobTitle: placement.jobTitle,
    employmentForm: placement.employmentForm,
    percent: placement.percent === '' ? '' : String(placement.percent),
    hoursPerWeek: decimal(placement.hoursPerWeek),
    hourlyWage: decimal(placement.hourlyWage),
    startDate: placement.startDate,
    plannedEndDate: placement.plannedEndDate,
    status: placement.status,
    supports: placement.supports,
    supportOther: placement.supportOther,
    mentorName: placement.mentorName,
    mentorPhone: placement.mentorPhone ? formatPhone(placement.mentorPhone) : '',
    accommodations: placement.accommodations,
    followUpFrequency: placement.followUpFrequency,
    followUpEveryDays: placement.followUpEveryDays === '' ? '' : String(placement.followUpEveryDays),
    followUpWays: placement.followUpWays,
    responsibilities: placement.responsibilities,
  };
}

export function toDetailsInput({ status: _status, ...values }: PlacementFormValues): PlacementDetailsInput {
  return {
    ...values,
    // The "other" text only means something while "other" is ticked.
    supportOther: values.supports.includes('other') ? values.supportOther : '',
    followUpEveryDays: values.followUpFrequency === 'days' ? values.followUpEveryDays : '',
  } as PlacementDetailsInput;
}

export function toNewInput(values: PlacementFormValues): NewPlacementInput {
  return { ...toDetailsInput(values), status: values.status as NewPlacementInput['status'] };
}
