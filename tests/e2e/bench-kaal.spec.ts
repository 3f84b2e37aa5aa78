// Issue 23 item 3: the benchmark's bare reference page (app/api/health/kaal/page.bench.tsx) is only in the
// benchmark's own build (.next-bench). The build these tests run on is the one `npm start` serves (.next): there
// the address is an ordinary unknown page, and the health check beside it still answers.
import { expect, test } from '@playwright/test';

test('the production build has no bare benchmark page', async ({ request }) => {
  const kaal = await request.get('/api/health/kaal', { maxRedirects: 0 });
  expect(kaal.status()).toBe(404);
  expect(await kaal.text()).not.toContain('Kale pagina');
  const health = await request.get('/api/health');
  expect(health.status()).toBe(200);
});
