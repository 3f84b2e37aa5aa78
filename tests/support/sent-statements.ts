import pg from 'pg';

let statements: string[] | null = null;
let installed = false;

/**
 * The statements some work sends to PostgreSQL, seen at the pg driver under Prisma (BEGIN and COMMIT included), with
 * the work's result. The hook is installed at first use and passes every query on unchanged.
 */
export async function sentStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  if (!installed) {
    const originalQuery = pg.Client.prototype.query;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    (pg.Client.prototype as any).query = function (this: pg.Client, ...args: any[]) {
      const config = args[0];
      statements?.push(typeof config === 'string' ? config : config.text);
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return (originalQuery as any).apply(this, args);
    };
    installed = true;
  }
  const own: string[] = [];
  statements = own;
  try {
    return { result: await work(), statements: own };
  } finally {
    statements = null;
  }
}
