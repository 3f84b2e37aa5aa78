import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { onderzoekDeadline } from '@/lib/domain/deadlines';

/** The households a wijkcoach holds regie over, with the next date that matters. */
export async function listMijnHuishoudens(actor: Actor) {
  assertPermission(actor, 'werkvoorraad:read');
  const regie = await prisma.regieToewijzing.findMany({
    where: { regisseurId: actor.id, tot: null, casus: { fase: { not: 'AFGESLOTEN' } } },
    select: {
      vorm: true,
      lead: true,
      huishouden: { select: { id: true, naam: true, straat: true, huisnummer: true, wijk: { select: { naam: true } } } },
      casus: {
        select: {
          id: true, nummer: true, fase: true, meldingOntvangenOp: true, verslagVerstuurdOp: true,
          plannen: { where: { actueel: true }, select: { versies: { orderBy: { versienummer: 'desc' }, take: 1, select: { evaluatieDatum: true, status: true } } } },
        },
      },
    },
  });
  return regie.map((r) => {
    const evaluatieDatum = r.casus.plannen[0]?.versies[0]?.evaluatieDatum ?? null;
    const onderzoek = r.casus.verslagVerstuurdOp ? null : onderzoekDeadline(r.casus.meldingOntvangenOp);
    const next = [evaluatieDatum, onderzoek].filter((d): d is Date => d !== null).sort((a, b) => a.getTime() - b.getTime())[0] ?? null;
    return { ...r, evaluatieDatum, onderzoekDeadline: onderzoek, volgendeDatum: next };
  }).sort((a, b) => (a.volgendeDatum?.getTime() ?? Infinity) - (b.volgendeDatum?.getTime() ?? Infinity));
}
