import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import type { InzageZoekInput } from '@/lib/validations/inzage';

/**
 * Finding the person of an inzageverzoek: by BSN, or by achternaam (part of it, any case) with the exact
 * geboortedatum. Only names, date of birth and current address come back, enough to pick the right person; no
 * dossier is opened, so no access-log row (that comes when the officer opens the overview).
 */
export async function zoekPersoonVoorInzageverzoek(actor: Actor, input: InzageZoekInput) {
  assertPermission(actor, 'inzage:export');
  const where =
    input.soort === 'bsn'
      ? { gemeenteId: actor.gemeenteId, bsn: input.bsn }
      : { gemeenteId: actor.gemeenteId, achternaam: { contains: input.achternaam, mode: 'insensitive' as const }, geboortedatum: input.geboortedatum };
  const personen = await prisma.persoon.findMany({
    where,
    select: {
      id: true, voornamen: true, tussenvoegsel: true, achternaam: true, geboortedatum: true,
      lidmaatschappen: { where: { tot: null }, select: { huishouden: { select: { straat: true, huisnummer: true, huisnummerToevoeging: true, woonplaats: true } } }, take: 1 },
    },
    orderBy: [{ achternaam: 'asc' }, { voornamen: 'asc' }],
    take: 25,
  });
  return personen.map(({ lidmaatschappen, ...p }) => {
    const h = lidmaatschappen[0]?.huishouden;
    return { ...p, adres: h ? `${h.straat} ${h.huisnummer}${h.huisnummerToevoeging ? ` ${h.huisnummerToevoeging}` : ''}, ${h.woonplaats}` : null };
  });
}

export type InzageZoekResultaat = Awaited<ReturnType<typeof zoekPersoonVoorInzageverzoek>>[number];
