// `npm run db:migrate` and `npm run db:seed` against DATABASE_URL, or the embedded database when it is not set.
import { generatePrismaClient } from './support';
import { prepareDatabase } from './database';

async function main() {
  const command = process.argv[2];
  generatePrismaClient();
  const db = await prepareDatabase({ seed: command === 'seed' ? 'always-if-empty' : 'never' });
  await db.stop();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
