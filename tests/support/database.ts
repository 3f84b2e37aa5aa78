// Runs before each integration test file: a fresh database cloned from the migrated template, and DATABASE_URL
// pointed at it before lib/db is first imported.
import { inject } from 'vitest';
import { ensureDatabase } from '../../lib/embedded-postgres';

const serverUrl = inject('pgServerUrl');
const name = `test_${crypto.randomUUID().replaceAll('-', '').slice(0, 16)}`;
await ensureDatabase(serverUrl, name, 'wijkregie_template');
const url = new URL(serverUrl);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();
process.env.DB_POOL_MAX = '4';
