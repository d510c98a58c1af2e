import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { drafts } from '../../src/data/draftRepository';
import { Providers } from '../../src/ui/app/Providers';
import { UpdatePrompt } from '../../src/ui/app/UpdatePrompt';
import { appRoutes } from '../../src/ui/app/routes';
import { aFreshDevice, TODAY } from './renderApp';

// The service worker registration, as the PWA plugin hands it to the app.
const pwa = vi.hoisted(() => ({
  options: null as null | { onNeedRefresh?: () => void },
  updateSW: vi.fn<(reload?: boolean) => Promise<void>>(async () => {}),
}));
vi.mock('virtual:pwa-register', () => ({
  registerSW: (options: { onNeedRefresh?: () => void }) => {
    pwa.options = options;
    return pwa.updateSW;
  },
}));

beforeEach(() => {
  pwa.options = null;
  pwa.updateSW.mockClear();
  Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: {} });
});

function renderAppWithUpdates(path: string) {
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  render(
    <Providers today={TODAY}>
      <UpdatePrompt />
      <RouterProvider router={router} />
    </Providers>,
  );
}

describe('updating the app', () => {
  it('offers a waiting new version and never reloads by itself', async () => {
    aFreshDevice();
    renderAppWithUpdates('/');
    await waitFor(() => expect(pwa.options).not.toBeNull());
    expect(screen.queryByText('En ny versjon av Femtrinn er klar.')).not.toBeInTheDocument();

    pwa.options!.onNeedRefresh!();
    expect(await screen.findByText('En ny versjon av Femtrinn er klar.')).toBeInTheDocument();
    expect(pwa.updateSW).not.toHaveBeenCalled();
  });

  it('writes the draft being typed to the device before it reloads into the new version', async () => {
    aFreshDevice();
    const user = userEvent.setup();
    renderAppWithUpdates('/personer/ny');
    await user.type(await screen.findByLabelText('Navn'), 'Oda Oppdatering');
    await waitFor(() => expect(pwa.options).not.toBeNull());
    pwa.options!.onNeedRefresh!();
    let draftWhenReloading: unknown;
    pwa.updateSW.mockImplementationOnce(async () => {
      draftWhenReloading = (await drafts.get('jobseeker:new'))?.values;
    });

    await user.click(await screen.findByRole('button', { name: 'Oppdater nå' }));
    await waitFor(() => expect(pwa.updateSW).toHaveBeenCalledWith(true));
    expect(draftWhenReloading).toMatchObject({ name: 'Oda Oppdatering' });
  });

  it('lets the user postpone the update', async () => {
    aFreshDevice();
    const user = userEvent.setup();
    renderAppWithUpdates('/');
    await waitFor(() => expect(pwa.options).not.toBeNull());
    pwa.options!.onNeedRefresh!();
    await user.click(await screen.findByRole('button', { name: 'Senere' }));
    expect(screen.queryByText('En ny versjon av Femtrinn er klar.')).not.toBeInTheDocument();
    expect(pwa.updateSW).not.toHaveBeenCalled();
  });
});
