/**
 * `npm start`: opens Chromium with the freshly built extension, a demo interview log and LinkedIn
 * stand-in pages (tests/fixtures/linkedin/), so the whole flow can be tried without an account.
 * Nothing is sent anywhere: every request other than the stand-in pages is blocked.
 */
import { launchExtension } from '../tests/e2e/harness';
import { DEMO_PAGES, demoBackup } from './demo-log';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const ext = await launchExtension({ headless });
for (const [path, file] of Object.entries(DEMO_PAGES)) ext.serve(path, file);
const answer = await ext.send<{ ok: boolean; error?: string }>({
  type: 'backup/import',
  backup: demoBackup(),
  mode: 'replace',
});
if (!answer?.ok) throw new Error(`Could not load the demo log: ${answer?.error ?? 'no answer'}`);

const profile = await ext.context.newPage();
await profile.goto('https://www.linkedin.com/in/priya-natarajan/');
await ext.openPage('src/options/options.html#follow-ups');
await profile.bringToFront();

console.log(`Connect Coach is loaded (extension id ${ext.id}) with a demo log.
Try: Priya Natarajan's profile (open), then Connect → Add a note → "Insert note" → Send.
Other stand-in profiles: ${Object.keys(DEMO_PAGES)
  .map((p) => `https://www.linkedin.com${p}`)
  .join(', ')}
${headless ? 'No display found, so Chromium runs headless; run it on a desktop to see it. Ctrl+C to quit.' : 'Close the browser window or press Ctrl+C to quit.'}`);

ext.context.on('close', () => process.exit(0));
process.on('SIGINT', async () => {
  await ext.close();
  process.exit(0);
});
