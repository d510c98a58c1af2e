// Aksel's styles without its fonts.css: that file loads fonts from NAV's CDN,
// and the app uses no third-party origin at run time (CSP), so system fonts it is.
import '@navikt/ds-css/dist/global/reset.css';
import '@navikt/ds-css/dist/global/tokens.css';
import '@navikt/ds-css/dist/global/baseline.css';
import '@navikt/ds-css/dist/global/print.css';
// Only the component styles the app uses (about half of components.css):
// the shell must stay within 200 KB gzip. Add a line when using a new component.
import '@navikt/ds-css/dist/component/primitives.css';
import '@navikt/ds-css/dist/component/typography.css';
import '@navikt/ds-css/dist/component/button.css';
import '@navikt/ds-css/dist/component/link.css';
import '@navikt/ds-css/dist/component/form.css';
import '@navikt/ds-css/dist/component/alert.css';
import '@navikt/ds-css/dist/component/tag.css';
import '@navikt/ds-css/dist/component/loader.css';
import './ui/app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { appRoutes } from './ui/app/routes';
import { Providers } from './ui/app/Providers';
import { UpdatePrompt } from './ui/app/UpdatePrompt';
import { requestPersistentStorage } from './ui/app/persistentStorage';

const router = createBrowserRouter(appRoutes);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers>
      <UpdatePrompt />
      <RouterProvider router={router} />
    </Providers>
  </StrictMode>,
);

void requestPersistentStorage();
// Sync with the team's server in the background: never awaited, never in the way,
// and loaded after the first screen so the shell stays within its budget.
void import('./sync/appSync').then(({ appSync }) => appSync.start());
