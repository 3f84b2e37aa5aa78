// Imported first by bench/explain.ts: the app's database URL must be in the environment before any module reads
// env() (bench/generate.ts pulls in lib/db, whose client and pool are made when the module loads).
const args = process.argv.slice(2);
const i = args.indexOf('--pg-port');
const port = i >= 0 ? args[i + 1] : (process.env.BENCH_PG_PORT ?? '54450');
process.env.DATABASE_URL = `postgresql://wijkregie:wijkregie@127.0.0.1:${port}/wijkregie_bench`;
process.env.DB_POOL_MAX = '4';
