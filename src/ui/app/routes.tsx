import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { CaseloadScreen } from '../caseload/CaseloadScreen';
import { AppShell } from './AppShell';
import { NotFoundScreen } from './NotFoundScreen';

/**
 * A screen that loads on first use, together with the texts of every screen
 * outside the shell (one small chunk, precached for offline like the rest).
 */
function screen<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return async () => {
    const [module] = await Promise.all([load(), import('../i18n/featureTexts')]);
    return { Component: pick(module) };
  };
}

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
      {
        path: 'personer/ny',
        lazy: screen(
          () => import('../jobseeker/JobseekerFormScreen'),
          (m) => m.JobseekerFormScreen,
        ),
      },
      {
        path: 'personer/:id',
        lazy: screen(
          () => import('../jobseeker/PersonScreen'),
          (m) => m.PersonScreen,
        ),
      },
      {
        path: 'personer/:id/rediger',
        lazy: screen(
          () => import('../jobseeker/JobseekerFormScreen'),
          (m) => m.JobseekerFormScreen,
        ),
      },
      {
        path: 'personer/:id/steg',
        lazy: screen(
          () => import('../jobseeker/StepChangeScreen'),
          (m) => m.StepChangeScreen,
        ),
      },
      {
        path: 'personer/:id/status/:status',
        lazy: screen(
          () => import('../jobseeker/StatusChangeScreen'),
          (m) => m.StatusChangeScreen,
        ),
      },
      {
        path: 'personer/:id/samarbeidsavtale',
        lazy: screen(
          () => import('../agreement/AgreementFormScreen'),
          (m) => m.AgreementFormScreen,
        ),
      },
      {
        path: 'personer/:id/yrkesprofil',
        lazy: screen(
          () => import('../profile/ProfileFormScreen'),
          (m) => m.ProfileFormScreen,
        ),
      },
      {
        path: 'personer/:id/notater',
        lazy: screen(
          () => import('../notes/NotesTimelineScreen'),
          (m) => m.NotesTimelineScreen,
        ),
      },
      {
        path: 'personer/:id/notater/ny',
        lazy: screen(
          () => import('../notes/NoteFormScreen'),
          (m) => m.NoteFormScreen,
        ),
      },
      {
        path: 'personer/:id/notater/:noteId/rett',
        lazy: screen(
          () => import('../notes/NoteFormScreen'),
          (m) => m.NoteFormScreen,
        ),
      },
      {
        path: 'innstillinger',
        lazy: screen(
          () => import('../settings/SettingsScreen'),
          (m) => m.SettingsScreen,
        ),
      },
      {
        path: 'arbeidsgivere',
        lazy: screen(
          () => import('../employers/EmployerRegisterScreen'),
          (m) => m.EmployerRegisterScreen,
        ),
      },
      {
        path: 'arbeidsgivere/ny',
        lazy: screen(
          () => import('../employers/EmployerFormScreen'),
          (m) => m.EmployerFormScreen,
        ),
      },
      {
        path: 'arbeidsgivere/:id',
        lazy: screen(
          () => import('../employers/EmployerScreen'),
          (m) => m.EmployerScreen,
        ),
      },
      {
        path: 'arbeidsgivere/:id/rediger',
        lazy: screen(
          () => import('../employers/EmployerFormScreen'),
          (m) => m.EmployerFormScreen,
        ),
      },
      {
        path: 'arbeidsgivere/:id/kontaktpersoner/ny',
        lazy: screen(
          () => import('../employers/ContactPersonFormScreen'),
          (m) => m.ContactPersonFormScreen,
        ),
      },
      {
        path: 'arbeidsgivere/:id/kontaktpersoner/:personId',
        lazy: screen(
          () => import('../employers/ContactPersonFormScreen'),
          (m) => m.ContactPersonFormScreen,
        ),
      },
      {
        path: 'arbeidsgiverkontakt/ny',
        lazy: screen(
          () => import('../employers/EmployerContactFormScreen'),
          (m) => m.EmployerContactFormScreen,
        ),
      },
      {
        path: 'personer/:id/jobbmuligheter/ny',
        lazy: screen(
          () => import('../employers/JobLeadFormScreen'),
          (m) => m.JobLeadFormScreen,
        ),
      },
      {
        path: 'personer/:id/jobbmuligheter/:leadId',
        lazy: screen(
          () => import('../employers/JobLeadFormScreen'),
          (m) => m.JobLeadFormScreen,
        ),
      },
      {
        path: 'personer/:id/formidlinger/ny',
        lazy: screen(
          () => import('../placements/PlacementFormScreen'),
          (m) => m.PlacementFormScreen,
        ),
      },
      {
        path: 'formidlinger/:placementId',
        lazy: screen(
          () => import('../placements/PlacementScreen'),
          (m) => m.PlacementScreen,
        ),
      },
      {
        path: 'formidlinger/:placementId/rediger',
        lazy: screen(
          () => import('../placements/PlacementFormScreen'),
          (m) => m.PlacementFormScreen,
        ),
      },
      {
        path: 'formidlinger/:placementId/status/:status',
        lazy: screen(
          () => import('../placements/PlacementStatusScreen'),
          (m) => m.PlacementStatusScreen,
        ),
      },
      {
        path: 'formidlinger/:placementId/oppfolging/ny',
        lazy: screen(
          () => import('../placements/FollowUpVisitFormScreen'),
          (m) => m.FollowUpVisitFormScreen,
        ),
      },
      {
        path: 'logg',
        lazy: screen(
          () => import('../quickLog/QuickLogPickScreen'),
          (m) => m.QuickLogPickScreen,
        ),
      },
      {
        path: 'logg/:id',
        lazy: screen(
          () => import('../quickLog/QuickLogFormScreen'),
          (m) => m.QuickLogFormScreen,
        ),
      },
      {
        path: 'rapporter',
        lazy: screen(
          () => import('../reports/reportScreens'),
          (m) => m.OutcomeScreen,
        ),
      },
      {
        path: 'rapporter/troskap',
        lazy: screen(
          () => import('../reports/reportScreens'),
          (m) => m.FidelityScreen,
        ),
      },
      {
        path: 'personer/:id/rapport/ny',
        lazy: screen(
          () => import('../reports/ReportFormScreen'),
          (m) => m.ReportFormScreen,
        ),
      },
      {
        path: 'personer/:id/rapport/:reportId',
        lazy: screen(
          () => import('../reports/ReportScreen'),
          (m) => m.ReportScreen,
        ),
      },
      {
        path: 'personer/:id/rapport/:reportId/rediger',
        lazy: screen(
          () => import('../reports/ReportFormScreen'),
          (m) => m.ReportFormScreen,
        ),
      },
      {
        path: 'personer/:id/innsyn',
        lazy: screen(
          () => import('../reports/PersonExportScreen'),
          (m) => m.PersonExportScreen,
        ),
      },
      {
        path: 'personer/:id/arbeidsgiverprofil',
        lazy: screen(
          () => import('../reports/EmployerProfileScreen'),
          (m) => m.EmployerProfileScreen,
        ),
      },
      {
        path: 'personer/:id/overfor',
        lazy: screen(
          () => import('../handover/HandoverScreen'),
          (m) => m.HandoverScreen,
        ),
      },
      { path: '*', element: <NotFoundScreen /> },
    ],
  },
  // Outside the shell: before login there is no caseload to navigate to.
  {
    path: 'logg-inn',
    lazy: screen(
      () => import('../login/LoginScreen'),
      (m) => m.LoginScreen,
    ),
  },
];
