// Prints what the app shell costs to load: every script, stylesheet and
// preload that dist/index.html pulls in before the caseload is interactive,
// gzipped, against DESIGN.md's 200 KB budget. (The service worker's helper,
// workbox-window, is loaded after the first render and shown apart.)
// Run after a build: `npm run build && npm run bench:shell`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 200 * 1024;
const dist = join(import.meta.dirname, '../../dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const fromHtml = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]!);
const workboxWindow = readdirSync(join(dist, 'assets'))
  .filter((name) => name.startsWith('workbox-window'))
  .map((name) => `assets/${name}`);
const files = [...new Set(fromHtml)];

let total = 0;
for (const file of files) {
  const bytes = gzipSync(readFileSync(join(dist, file))).length;
  total += bytes;
  console.log(`${(bytes / 1024).toFixed(1).padStart(7)} KB  ${file}`);
}
for (const file of workboxWindow) {
  const bytes = gzipSync(readFileSync(join(dist, file))).length;
  console.log(`${(bytes / 1024).toFixed(1).padStart(7)} KB  ${file} (after the first render)`);
}
const allJs = readdirSync(join(dist, 'assets')).reduce((sum, name) => sum + gzipSync(readFileSync(join(dist, 'assets', name))).length, 0);
console.log(
  `${(total / 1024).toFixed(1).padStart(7)} KB  shell total (gzip), budget 200 KB: ${((total / BUDGET_BYTES) * 100).toFixed(0)} % of budget`,
);
console.log(
  `${(allJs / 1024).toFixed(1).padStart(7)} KB  every asset (precached for offline), shell is ${((total / allJs) * 100).toFixed(0)} % of it`,
);
// A gate as well as a figure: `npm test` runs this after the build and fails past the budget.
if (total > BUDGET_BYTES) {
  console.error(`The app shell is ${((total - BUDGET_BYTES) / 1024).toFixed(1)} KB over its 200 KB budget: load the new code lazily.`);
  process.exitCode = 1;
}
