// `npm run db:backup [file]`: a pg_dump of DATABASE_URL, or of the embedded database when it is not set.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { backupDatabase } from '../lib/backup';
import { ROOT } from './support';
import { connectToAppDatabase } from './database';

async function main() {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..+/, '').replace('T', '-');
  const file = path.resolve(process.argv[2] ?? path.join(ROOT, 'backups', `wijkregie-${stamp}.dump`));
  mkdirSync(path.dirname(file), { recursive: true });
  const db = await connectToAppDatabase();
  try {
    await backupDatabase(db.url, file);
    console.log(`› Back-up geschreven naar ${path.relative(process.cwd(), file)}`);
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
