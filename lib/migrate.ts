// Applies prisma/migrations with Prisma's own CLI (wasm schema engine, no download). Used by the scripts.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export function migrateDeploy(databaseUrl: string) {
  const root = path.resolve(__dirname, '..');
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/prisma/build/index.js'), 'migrate', 'deploy'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`prisma migrate deploy failed:\n${result.stdout}\n${result.stderr}`);
  }
}
