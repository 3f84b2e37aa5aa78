// `npm run db:restore <file>`: restores a backup into DATABASE_URL, or into the embedded database when it is not
// set. Everything in the target database is replaced by the backup.
import path from 'node:path';
import { existsSync } from 'node:fs';
import { restoreDatabase } from '../lib/backup';
import { connectToAppDatabase } from './database';

async function main() {
  const file = process.argv[2];
  if (!file || !existsSync(file)) throw new Error('Gebruik: npm run db:restore -- <bestand.dump>');
  const db = await connectToAppDatabase();
  try {
    await restoreDatabase(db.url, path.resolve(file));
    console.log(`› ${file} teruggezet.`);
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
