// `npm run bewaartermijn`: anonymise closed dossiers past their term (issue 8), on DATABASE_URL.
//   --dry-run   only list what would be anonymised, per gemeente (changes nothing)
//   --worker    keep running: pg-boss schedules the job daily at 03:00 (Europe/Amsterdam) and runs it; the same
//               worker exchanges the berichten with the aanbieders every minute (lib/server/berichten/job.ts)
// Run with the react-server condition (see package.json) so the lib/server modules load outside Next.
import { prisma } from '@/lib/db';
import { env } from '@/lib/env';
import { anonimiseerVerlopenDossiersAlleGemeenten, zoekVerlopenDossiers } from '@/lib/server/bewaartermijn/verlopen-dossiers';
import { startBewaartermijnWorker } from '@/lib/server/bewaartermijn/job';
import { startBerichtenWorker } from '@/lib/server/berichten/job';
import { startBrpControleWorker } from '@/lib/server/brp/controle-job';

async function main() {
  if (!env().DATABASE_URL) throw new Error('Zet DATABASE_URL (de database van Wijkregie).');
  if (process.argv.includes('--worker')) {
    const boss = await startBewaartermijnWorker();
    const brpControle = process.env.BRP_URL ? await startBrpControleWorker() : null; // issue 20: the nightly BRP check
    console.log('› Bewaartermijnen: dagelijkse taak ingepland (03:00), wacht op werk. Stop met Ctrl+C.');
    // Issue 19: the berichtenverkeer with the aanbieders (folder pair berichten/uit and berichten/in), every minute.
    const berichten = await startBerichtenWorker();
    const stop = async () => {
      await berichten.stop({ graceful: true });
      await boss.stop({ graceful: true });
      await brpControle?.stop({ graceful: true });
      await prisma.$disconnect();
      process.exit(0);
    };
    process.on('SIGINT', () => void stop());
    process.on('SIGTERM', () => void stop());
    return;
  }
  if (process.argv.includes('--dry-run')) {
    const gemeenten = await prisma.gemeente.findMany({ select: { id: true, naam: true } });
    for (const g of gemeenten) {
      // The dry run as the system sees it: a stand-in actor with the beheer role of this gemeente.
      const lijst = await zoekVerlopenDossiers({ id: '00000000-0000-0000-0000-000000000000', gemeenteId: g.id, naam: 'Bewaartermijnen', email: '', rollen: ['BEHEERDER'], teamIds: [] });
      console.log(`${g.naam}: ${lijst.length} dossier(s) voorbij de bewaartermijn`);
      for (const d of lijst) console.log(`  ${d.casusnummers.join(', ')}  afgesloten ${d.afgeslotenOp.toISOString().slice(0, 10)}  termijn ${d.termijnJaren} jaar  ${JSON.stringify(d.aantallen)}`);
    }
  } else {
    for (const v of await anonimiseerVerlopenDossiersAlleGemeenten()) console.log(`${v.gemeente}: ${v.aantal} huishouden(s) geanonimiseerd`);
  }
  await prisma.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
