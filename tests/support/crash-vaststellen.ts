// A separate process for tests/integration/crash-vaststellen.test.ts: runs one multi-step beschikking operation
// through the real use case (its own Prisma client, its own connections), so that the test can kill it with SIGKILL
// mid-transaction.
// Run: node --conditions=react-server --import tsx tests/support/crash-vaststellen.ts <vaststellen|verzenden> '<actor json>' <beschikkingId> <version> <now iso>
// (react-server: `server-only` resolves to its empty module, as it does inside Next's server bundle).
import type { Actor } from '@/lib/auth/permissions';
import { prisma } from '@/lib/db';
import { vaststellenBeschikking } from '@/lib/server/beschikking/vaststellen-beschikking';
import { verzendenToewijzingen } from '@/lib/server/toewijzing/verzenden-toewijzingen';

async function main() {
  const [operatie, actorJson, beschikkingId, version, nowIso] = process.argv.slice(2);
  const actor = JSON.parse(actorJson) as Actor;
  const now = new Date(nowIso);
  process.stdout.write('gestart\n');
  const result =
    operatie === 'verzenden'
      ? await verzendenToewijzingen(actor, { beschikkingId }, now)
      : await vaststellenBeschikking(actor, { beschikkingId, version: Number(version) }, now);
  process.stdout.write(`${JSON.stringify({ klaar: true, result })}\n`);
  await prisma.$disconnect();
}

main().catch(async (error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  await prisma.$disconnect();
  process.exit(1);
});
