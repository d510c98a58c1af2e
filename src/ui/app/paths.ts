/** Every address in the app, in Norwegian as the user sees them in the address bar. */
export const paths = {
  caseload: '/',
  newPerson: '/personer/ny',
  person: (id: string) => `/personer/${id}`,
  editPerson: (id: string) => `/personer/${id}/rediger`,
  changeStep: (id: string) => `/personer/${id}/steg`,
  changeStatus: (id: string, status: 'active' | 'passive' | 'closed') => `/personer/${id}/status/${status}`,
  agreement: (id: string) => `/personer/${id}/samarbeidsavtale`,
  profile: (id: string) => `/personer/${id}/yrkesprofil`,
  notes: (id: string) => `/personer/${id}/notater`,
  newNote: (id: string) => `/personer/${id}/notater/ny`,
  correctNote: (id: string, noteId: string) => `/personer/${id}/notater/${noteId}/rett`,
  settings: '/innstillinger',
  newPlacement: (personId: string) => `/personer/${personId}/formidlinger/ny`,
  placement: (id: string) => `/formidlinger/${id}`,
  editPlacement: (id: string) => `/formidlinger/${id}/rediger`,
  placementStatus: (id: string, status: 'ongoing' | 'ended') => `/formidlinger/${id}/status/${status}`,
  newFollowUpVisit: (placementId: string) => `/formidlinger/${placementId}/oppfolging/ny`,
  /** The quick log ("logg besøk"): pick a person, or go straight to the form for one. */
  quickLog: '/logg',
  quickLogFor: (personId: string) => `/logg/${personId}`,
  employers: '/arbeidsgivere',
  newEmployer: '/arbeidsgivere/ny',
  employer: (id: string) => `/arbeidsgivere/${id}`,
  editEmployer: (id: string) => `/arbeidsgivere/${id}/rediger`,
  newContactPerson: (employerId: string) => `/arbeidsgivere/${employerId}/kontaktpersoner/ny`,
  editContactPerson: (employerId: string, personId: string) => `/arbeidsgivere/${employerId}/kontaktpersoner/${personId}`,
  /** Log an employer contact, from an employer's page, a jobseeker's page, or neither. */
  newEmployerContact: ({ employerId, jobseekerId }: { employerId?: string; jobseekerId?: string } = {}) => {
    const query = new URLSearchParams();
    if (employerId) query.set('arbeidsgiver', employerId);
    if (jobseekerId) query.set('person', jobseekerId);
    const text = query.toString();
    return `/arbeidsgiverkontakt/ny${text ? `?${text}` : ''}`;
  },
  newJobLead: (id: string) => `/personer/${id}/jobbmuligheter/ny`,
  editJobLead: (id: string, leadId: string) => `/personer/${id}/jobbmuligheter/${leadId}`,
  reports: '/rapporter',
  /** IPS fidelity measures for a period (?fra=&til=&hvem=team). */
  fidelity: '/rapporter/troskap',
  /** A new underveisrapport (interim) or sluttrapport (final) to the NAV counsellor. */
  newReport: (id: string, kind: 'interim' | 'final') => `/personer/${id}/rapport/ny?type=${kind === 'interim' ? 'underveis' : 'slutt'}`,
  report: (id: string, reportId: string) => `/personer/${id}/rapport/${reportId}`,
  editReport: (id: string, reportId: string) => `/personer/${id}/rapport/${reportId}/rediger`,
  personExport: (id: string) => `/personer/${id}/innsyn`,
  employerProfile: (id: string) => `/personer/${id}/arbeidsgiverprofil`,
  login: '/logg-inn',
  handOver: (id: string) => `/personer/${id}/overfor`,
} as const;
