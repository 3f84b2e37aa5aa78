import { prisma } from '@/lib/db';

export const dynamic = 'force-dynamic';

/** For a load balancer: the app answers and reaches its database. */
export async function GET() {
  try {
    await prisma.$queryRaw`SELECT 1`;
    return Response.json({ status: 'ok' });
  } catch {
    return Response.json({ status: 'database onbereikbaar' }, { status: 503 });
  }
}
