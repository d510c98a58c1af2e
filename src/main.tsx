// Aksel's styles without its fonts.css: that file loads fonts from NAV's CDN,
// and the app uses no third-party origin at run time (CSP), so system fonts it is.
import '@navikt/ds-css/dist/global/reset.css';
import '@navikt/ds-css/dist/global/tokens.css';
import '@navikt/ds-css/dist/global/baseline.css';
import '@navikt/ds-css/dist/global/print.css';
import '@navikt/ds-css/dist/components.css';
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
