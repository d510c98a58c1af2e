import type { RouteObject } from 'react-router';
import { AgreementFormScreen } from '../agreement/AgreementFormScreen';
import { CaseloadScreen } from '../caseload/CaseloadScreen';
import { JobseekerFormScreen } from '../jobseeker/JobseekerFormScreen';
import { PersonScreen } from '../jobseeker/PersonScreen';
import { StatusChangeScreen } from '../jobseeker/StatusChangeScreen';
import { StepChangeScreen } from '../jobseeker/StepChangeScreen';
import { NoteFormScreen } from '../notes/NoteFormScreen';
import { NotesTimelineScreen } from '../notes/NotesTimelineScreen';
import { ProfileFormScreen } from '../profile/ProfileFormScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { AppShell } from './AppShell';
import { NotFoundScreen } from './NotFoundScreen';

export const appRoutes: RouteObject[] = [
  {
    element: <AppShell />,
    children: [
      { index: true, element: <CaseloadScreen /> },
      { path: 'personer/ny', element: <JobseekerFormScreen /> },
      { path: 'personer/:id', element: <PersonScreen /> },
      { path: 'personer/:id/rediger', element: <JobseekerFormScreen /> },
      { path: 'personer/:id/steg', element: <StepChangeScreen /> },
      { path: 'personer/:id/status/:status', element: <StatusChangeScreen /> },
      { path: 'personer/:id/samarbeidsavtale', element: <AgreementFormScreen /> },
      { path: 'personer/:id/yrkesprofil', element: <ProfileFormScreen /> },
      { path: 'personer/:id/notater', element: <NotesTimelineScreen /> },
      { path: 'personer/:id/notater/ny', element: <NoteFormScreen /> },
      { path: 'personer/:id/notater/:noteId/rett', element: <NoteFormScreen /> },
      { path: 'innstillinger', element: <SettingsScreen /> },
      { path: '*', element: <NotFoundScreen /> },
    ],
  },
];
