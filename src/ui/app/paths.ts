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
} as const;
