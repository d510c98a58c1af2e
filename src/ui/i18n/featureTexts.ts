// The texts of every screen outside the app shell. Each lazy route loads this
// module together with its screen (src/ui/app/routes.tsx), so the shell
// carries only the texts of the frame and the caseload (its 200 KB budget).
import { agreementMessages } from '../agreement/messages';
import { leadMessages } from '../employers/leadMessages';
import { employerMessages } from '../employers/messages';
import { handoverMessages } from '../handover/messages';
import { jobseekerMessages } from '../jobseeker/messages';
import { loginMessages } from '../login/messages';
import { notesMessages } from '../notes/messages';
import { placementFormMessages } from '../placements/formMessages';
import { placementMessages } from '../placements/messages';
import { profileMessages } from '../profile/messages';
import { settingsMessages } from '../settings/messages';
import { addMessages } from './dictionary';
import { errorMessages } from './errorMessages';
import { formTerms } from './formTerms';

export const featureParts = [
  formTerms,
  errorMessages,
  jobseekerMessages,
  agreementMessages,
  profileMessages,
  notesMessages,
  placementMessages,
  placementFormMessages,
  employerMessages,
  leadMessages,
  loginMessages,
  handoverMessages,
  settingsMessages,
] as const;

for (const part of featureParts) addMessages(part);
