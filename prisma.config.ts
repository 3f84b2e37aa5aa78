// Prisma 6.19 with the wasm schema engine over a driver adapter: no engine download (see ARCHITECTURE.md).
import { defineConfig } from 'prisma/config';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';

// prisma/orm#27403: the wasm schema engine cannot read catalog columns of type `name` (OID 19) or `"char"` (OID 18);
// report them as text (OID 25).
/* eslint-disable @typescript-eslint/no-explicit-any */
const query = pg.Client.prototype.query as any;
const asText = (res: any) => {
  res?.fields?.forEach((f: any) => {
    if (f.dataTypeID === 18 || f.dataTypeID === 19) f.dataTypeID = 25;
  });
  return res;
};
(pg.Client.prototype as any).query = function (this: any, ...args: any[]) {
  const cb = args[args.length - 1];
  if (typeof cb === 'function') args[args.length - 1] = (err: any, res: any) => cb(err, asText(res));
  const r = query.apply(this, args);
  return r && typeof r.then === 'function' ? r.then(asText) : r;
};

function poolConfig(url: string, database?: string): pg.PoolConfig {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: database ?? u.pathname.slice(1),
  };
}

// The stock adapter splits a migration script on every ";" (breaking plpgsql function bodies in our hand-written
// migrations); PostgreSQL's simple query protocol runs a whole multi-statement script as it is.
function wholeScripts<T extends { executeScript: (script: string) => Promise<void> }>(adapter: T, pool: pg.Pool) {
  adapter.executeScript = async (script: string) => {
    await pool.query(script);
  };
  return adapter;
}

// The stock adapter drops the shadow database while its own pool still holds a connection; end the pool first.
class Adapter extends PrismaPg {
  constructor(private url: string) {
    super(poolConfig(url));
  }
  async connect() {
    const pool = new pg.Pool({ ...poolConfig(this.url), max: 1 });
    const adapter = await super.connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await pool.end();
    };
    return wholeScripts(adapter, pool);
  }
  async connectToShadowDb() {
    const name = `prisma_shadow_${crypto.randomUUID().replaceAll('-', '')}`;
    const admin = new pg.Client(poolConfig(this.url));
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const shadow = await new PrismaPg(poolConfig(this.url, name)).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      const c = new pg.Client(poolConfig(this.url));
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    };
    return shadow as any;
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  async adapter() {
    return new Adapter(process.env.DATABASE_URL!);
  },
});
