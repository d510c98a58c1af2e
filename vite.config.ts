import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// Norwegian first: the manifest is what the phone shows when the app is installed.
const manifest = {
  name: 'Femtrinn',
  short_name: 'Femtrinn',
  description: 'Oppfølging av arbeidssøkere etter femtrinnsmodellen (Supported Employment og IPS)',
  lang: 'nb',
  dir: 'ltr' as const,
  start_url: '/',
  scope: '/',
  display: 'standalone' as const,
  orientation: 'portrait' as const,
  theme_color: '#0067c5',
  background_color: '#ffffff',
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      // The user decides when to update, so a reload never interrupts typing.
      registerType: 'prompt',
      injectRegister: false,
      manifest,
      includeAssets: ['favicon.svg', 'robots.txt'],
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,webmanifest}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            // Background Sync, where the browser has it (Chromium only: Safari and
            // Firefox lack it): a push that fails for want of network is kept by the
            // service worker and sent again when the connection returns, even with
            // the app closed. Replays are safe because push is idempotent: the server
            // applies each (device id, mutation number) once, and the app's next push
            // of the same entries is answered 'duplicate' and clears them.
            urlPattern: ({ url }) => url.pathname === '/api/sync/push',
            method: 'POST',
            handler: 'NetworkOnly',
            options: { backgroundSync: { name: 'femtrinn-push', options: { maxRetentionTime: 7 * 24 * 60 } } },
          },
        ],
      },
    }),
  ],
  build: { target: 'es2022', chunkSizeWarningLimit: 900 },
  test: {
    // Dates in rules and screens are Norwegian: pin the zone so tests are exact.
    env: { TZ: 'Europe/Oslo' },
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
          // A screen test renders the whole app over fake-indexeddb: seconds when the two cores are shared.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['tests/server/**/*.test.ts'],
          // Each file starts an embedded PGlite (seconds on a busy two-core machine).
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          // Simulated devices (fake-indexeddb) syncing with the server app in-process.
          name: 'sync',
          environment: 'node',
          include: ['tests/sync/**/*.test.ts'],
          setupFiles: ['tests/sync/setup.ts'],
          // A guard against a hang, not a speed check: the seeded property runs take about a minute
          // on an idle two-core machine and several times that beside other full runs.
          testTimeout: 600_000,
          // beforeAll starts the server on an embedded PGlite: ~3 s alone, far longer beside a full run on two cores.
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time: the machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
