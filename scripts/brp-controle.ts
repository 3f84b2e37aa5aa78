// `npx tsx --conditions=react-server scripts/brp-controle.ts`: the nightly BRP check of persons in open casussen
// (issue 20) once, now, on DATABASE_URL and BRP_URL; the worker (scripts/bewaartermijn.ts --worker) runs it nightly.
import { prisma } from '@/lib/db';
import { controleerPersonenInBrp } from '@/lib/server/brp/controleer-personen-in-brp';

async function main() {
  if (!process.env.DATABASE_URL) throw new Error('Zet DATABASE_URL (de database van Wijkregie).');
  for (const v of await controleerPersonenInBrp()) console.log(`${v.gemeente}: ${v.gecontroleerd} gecontroleerd, ${v.taken} nieuwe taken${v.fout ? ` — ${v.fout}` : ''}`);
  await prisma.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
