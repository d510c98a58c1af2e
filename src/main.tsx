import '@navikt/ds-css';
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
