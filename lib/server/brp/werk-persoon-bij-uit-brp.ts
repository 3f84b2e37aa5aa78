import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { BRP_FIELDS, raadpleegMetBsn } from '@/lib/brp/client';
import { brpGegevens } from '@/lib/domain/brp';
import { ageOn, toCalendarDay, toIsoDate } from '@/lib/domain/dates';
import { DomainError } from '@/lib/errors';
import { staleVersionError } from '@/lib/server/concurrency/stale-version';
import { recordAudit } from '@/lib/server/audit/record';
import { openDossier } from '@/lib/server/dossier/common';
import type { WerkBijUitBrpInput } from '@/lib/validations/brp';
import { legGezagVast, persoonDataUitBrp } from './registreer-huishouden-uit-brp';
import { vraagBrp } from './vraag-brp';

/**
 * The one-click update (issue 20): a known person's own data taken over from the BRP, with the version the page
 * showed (a concurrent edit is never overwritten), the old and new values in the access log, and for a minor the
 * gezag from the BRP. The address is the household's: a different address in the BRP is shown, not changed here.
 */
export async function werkPersoonBijUitBrp(actor: Actor, input: WerkBijUitBrpInput, today = new Date()) {
  assertPermission(actor, 'huishouden:leden-wijzigen');
  const bekend = await prisma.persoon.findFirst({ where: { id: input.persoonId, gemeenteId: actor.gemeenteId }, select: { bsn: true } });
  if (!bekend) throw new DomainError('NOT_FOUND', ['Persoon niet gevonden.']);
  if (!bekend.bsn) throw new DomainError('INVALID', ['Van deze persoon is geen BSN bekend: bijwerken uit de BRP kan niet.']);
  const [gevonden] = await vraagBrp(actor, { doel: 'dossier', verwerking: 'bijwerken uit de BRP', vraag: 'bsn', huishoudenId: input.huishoudenId, persoonId: input.persoonId },
    (config, doel) => raadpleegMetBsn(config, [bekend.bsn!], BRP_FIELDS.vergelijken, doel));
  if (!gevonden) throw new DomainError('NOT_FOUND', ['De BRP kent dit BSN niet.']);
  const g = brpGegevens(gevonden);
  return prisma.$transaction(async (tx) => {
    await openDossier(tx, actor, input.huishoudenId, { actie: 'READ', entiteit: 'Persoon', entiteitId: input.persoonId });
    const lid = await tx.huishoudenLidmaatschap.findFirst({ where: { huishoudenId: input.huishoudenId, persoonId: input.persoonId, tot: null }, select: { id: true } });
    if (!lid) throw new DomainError('NOT_FOUND', ['Deze persoon hoort niet (meer) bij dit huishouden.']);
    const voor = await tx.persoon.findUniqueOrThrow({ where: { id: input.persoonId }, select: { voornamen: true, tussenvoegsel: true, achternaam: true, geboortedatum: true, geslacht: true, overledenOp: true } });
    // Registered here while living elsewhere (issue 20): once the BRP has the person in our gemeente, that ends.
    const { gemeentecode } = await tx.gemeente.findUniqueOrThrow({ where: { id: actor.gemeenteId }, select: { gemeentecode: true } });
    const nuHier = g.gemeentecode === gemeentecode ? { brpAndereGemeente: null, brpAndereGemeenteReden: null } : {};
    const { count } = await tx.persoon.updateMany({
      where: { id: input.persoonId, version: input.version },
      data: { ...persoonDataUitBrp(g, new Date()), ...nuHier, version: { increment: 1 } },
    });
    if (count === 0) throw await staleVersionError(tx, actor, { entiteit: 'Persoon', entiteitId: input.persoonId, wat: 'deze persoon' });
    const iso = (d: Date | null) => (d ? toIsoDate(d) : null);
    await recordAudit(tx, actor, {
      actie: 'PERSOON_BIJGEWERKT_UIT_BRP', entiteit: 'Persoon', entiteitId: input.persoonId, persoonId: input.persoonId, huishoudenId: input.huishoudenId,
      before: { ...voor, geboortedatum: iso(voor.geboortedatum), overledenOp: iso(voor.overledenOp) },
      after: { voornamen: g.voornamen, tussenvoegsel: g.tussenvoegsel, achternaam: g.achternaam, geboortedatum: iso(g.geboortedatum), geslacht: g.geslacht, overledenOp: iso(g.overledenOp), geheimhouding: g.geheimhouding, inOnderzoek: g.inOnderzoek },
    });
    if (g.geboortedatum && ageOn(g.geboortedatum, today) < 18) await legGezagVast(tx, actor, input.persoonId, g.bsn, gevonden.gezag, input.huishoudenId, toCalendarDay(today));
    return { persoonId: input.persoonId };
  });
}
