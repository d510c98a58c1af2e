import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { settings } from '../../src/data/settingsRepository';
import { aFreshDevice, renderApp } from './renderApp';

describe('settings', () => {
  it('switches the whole app to English and remembers it on the device', async () => {
    aFreshDevice();
    const { user } = renderApp('/innstillinger');
    await user.click(await screen.findByRole('radio', { name: 'English' }));
    expect(await screen.findByRole('heading', { name: 'Settings', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Caseload' })).toBeInTheDocument();
    expect(await settings.language()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('shows whether storage is persistent and how much is used', async () => {
    aFreshDevice();
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: { persisted: async () => true, persist: async () => true, estimate: async () => ({ usage: 1_234_567, quota: 2_000_000_000 }) },
    });
    renderApp('/innstillinger');
    expect(await screen.findByText(/Varig lagring er slått på/)).toBeInTheDocument();
    expect(screen.getByText('Brukt: 1,2 MB av omtrent 2 GB tilgjengelig.')).toBeInTheDocument();
  });
});
