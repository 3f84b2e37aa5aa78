// `tsx scripts/brp-server.ts`: the local BRP on its own (issue 20), on BRP_PORT (3002); with BRP_DATA_DIR and
// DATABASE_URL the demo's residents are in it too. scripts/e2e.ts runs it this way because its Playwright run blocks
// the e2e process itself; `npm start` runs the same service in its own process (lib/brp/embedded.ts).
import { startEmbeddedBrp } from '../lib/brp/embedded';

startEmbeddedBrp({
  port: Number(process.env.BRP_PORT ?? 3002),
  dataDir: process.env.BRP_DATA_DIR,
  databaseUrl: process.env.BRP_DATA_DIR ? process.env.DATABASE_URL : undefined,
  env: { BRP_API_KEY: process.env.BRP_API_KEY },
}).then(
  ({ env }) => console.log(`BRP_URL=${env.BRP_URL}`),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
