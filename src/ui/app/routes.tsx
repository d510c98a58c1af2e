import type { RouteObject } from 'react-router';
import { CaseloadScreen } from '../caseload/CaseloadScreen';
import { AppShell } from './AppShell';
import { NotFoundScreen } from './NotFoundScreen';

/**
 * The shell holds the frame and the caseload: what opens first, with no
 * signal, to review who needs contact. Every other screen loads on first use
 * (the service worker precaches every chunk, so this works offline too),
 * which keeps the shell within its 200 KB budget.
 */
export const appRoutes: RouteObject[] = [
  {
    element: <AppShell />,
    children: [
      { index: true, element: <CaseloadScreen /> },
      { path: 'personer/ny', lazy: async () => ({ Component: (await import('../jobseeker/JobseekerFormScreen')).JobseekerFormScreen }) },
      { path: 'personer/:id', lazy: async () => ({ Component: (await import('../jobseeker/PersonScreen')).PersonScreen }) },
      { path: 'personer/:id/rediger', lazy: async () => ({ Component: (await import('../jobseeker/JobseekerFormScreen')).JobseekerFormScreen }) },
      { path: 'personer/:id/steg', lazy: async () => ({ Component: (await import('../jobseeker/StepChangeScreen')).StepChangeScreen }) },
      { path: 'personer/:id/status/:status', lazy: async () => ({ Component: (await import('../jobseeker/StatusChangeScreen')).StatusChangeScreen }) },
      { path: 'personer/:id/samarbeidsavtale', lazy: async () => ({ Component: (await import('../agreement/AgreementFormScreen')).AgreementFormScreen }) },
      { path: 'personer/:id/yrkesprofil', lazy: async () => ({ Component: (await import('../profile/ProfileFormScreen')).ProfileFormScreen }) },
      { path: 'personer/:id/notater', lazy: async () => ({ Component: (await import('../notes/NotesTimelineScreen')).NotesTimelineScreen }) },
      { path: 'personer/:id/notater/ny', lazy: async () => ({ Component: (await import('../notes/NoteFormScreen')).NoteFormScreen }) },
      { path: 'personer/:id/notater/:noteId/rett', lazy: async () => ({ Component: (await import('../notes/NoteFormScreen')).NoteFormScreen }) },
      { path: 'innstillinger', lazy: async () => ({ Component: (await import('../settings/SettingsScreen')).SettingsScreen }) },
      { path: '*', element: <NotFoundScreen /> },
    ],
  },
];
