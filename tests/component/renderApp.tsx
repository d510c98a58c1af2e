import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { FemtrinnDb, switchDatabase } from '../../src/data/db';
import { newId } from '../../src/domain/ids';
import type { Language } from '../../src/ui/i18n/dictionary';
import { Providers } from '../../src/ui/app/Providers';
import { appRoutes } from '../../src/ui/app/routes';

export const TODAY = '2026-11-23';

/** A fresh, empty device database for each test: nothing leaks between tests. */
export function aFreshDevice(): FemtrinnDb {
  const db = new FemtrinnDb(`test-${newId()}`);
  switchDatabase(db);
  return db;
}

/** Renders the whole app at an address, as a user would open it, on a fixed day. */
export function renderApp(path: string, options: { today?: string; language?: Language } = {}) {
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <Providers today={options.today ?? TODAY} language={options.language}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...view, user, router };
}
