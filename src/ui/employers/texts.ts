// The employer feature's texts load with its screens, not with the app shell
// (they would cost ~5 KB gzip of its 200 KB budget). Every screen or section
// of this folder that another part of the app opens imports this first.
import { addMessages } from '../i18n/dictionary';
import { leadMessages } from './leadMessages';
import { employerMessages } from './messages';

addMessages(employerMessages);
addMessages(leadMessages);
