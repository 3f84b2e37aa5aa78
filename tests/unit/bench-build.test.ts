import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Issue 23 item 3: the bare reference page of `npm run bench` exists only in the benchmark's own build. next.config.ts
// adds the page extension `bench.tsx` only when it builds into `.next-bench`; `npm start` and the e2e tests serve
// `.next`, where a file `page.bench.tsx` is no page at all (tests/e2e/bench-kaal.spec.ts asks that build for it: 404).

async function configFor(distDir: string | undefined) {
  vi.resetModules();
  if (distDir === undefined) vi.stubEnv('NEXT_DIST_DIR', undefined as unknown as string);
  else vi.stubEnv('NEXT_DIST_DIR', distDir);
  return (await import('@/next.config')).default;
}

/** Every file under app/ whose name ends in .bench.tsx. */
function benchPages(dir = path.resolve(__dirname, '../../app')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? benchPages(path.join(dir, e.name)) : e.name.endsWith('.bench.tsx') ? [path.join(dir, e.name)] : []);
}

afterEach(() => vi.unstubAllEnvs());

describe('the bare reference page of the benchmark', () => {
  it('is a page only in the benchmark build', async () => {
    const normal = await configFor(undefined);
    expect(normal.distDir).toBe('.next');
    expect(normal.pageExtensions).toEqual(['tsx', 'ts', 'jsx', 'js']);
    const e2e = await configFor('.next');
    expect(e2e.pageExtensions).not.toContain('bench.tsx');
    const bench = await configFor('.next-bench');
    expect(bench.distDir).toBe('.next-bench');
    expect(bench.pageExtensions).toContain('bench.tsx');
  });

  it('is the one file with that extension, and the normal extensions do not make it a page', () => {
    const files = benchPages().map((f) => path.relative(path.resolve(__dirname, '../..'), f));
    expect(files).toEqual(['app/api/health/kaal/page.bench.tsx']);
    // Next finds a page as `page.<extension>`: with only the normal extensions, `page.bench.tsx` is `page.bench`.
    const asPage = (name: string, extensions: string[]) => extensions.some((ext) => name === `page.${ext}`);
    expect(asPage('page.bench.tsx', ['tsx', 'ts', 'jsx', 'js'])).toBe(false);
    expect(asPage('page.bench.tsx', ['tsx', 'ts', 'jsx', 'js', 'bench.tsx'])).toBe(true);
  });
});
