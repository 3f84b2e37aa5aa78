import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { isUrgent, VEILIGHEID_ANTWOORD_LABELS } from '@/lib/domain/melding';
import { recordAudit } from '@/lib/server/audit/record';
import { nextKenmerk } from '@/lib/server/nummering';
import type { DeskMeldingInput } from '@/lib/validations/melding';

/** A melding registered at the desk: by phone, e-mail, a partner or vindplaats, a loket, a verwijzer or Veilig Thuis. */
export async function registerMelding(actor: Actor, input: DeskMeldingInput, now = new Date()) {
  assertPermission(actor, 'melding:register');
  return prisma.$transaction(async (tx) => {
    const leefgebieden = input.leefgebieden.length
      ? await tx.leefgebied.findMany({ where: { gemeenteId: actor.gemeenteId, actief: true, id: { in: input.leefgebieden } }, select: { id: true, naam: true } })
      : [];
    const urgent = isUrgent({ veiligheidsantwoord: input.veiligheid, kanaal: input.kanaal });
    const kenmerk = await nextKenmerk(tx, actor.gemeenteId, 'melding', now);
    const melding = await tx.melding.create({
      data: {
        gemeenteId: actor.gemeenteId,
        kenmerk,
        kanaal: input.kanaal,
        verwijzerSoort: input.verwijzerSoort,
        overZichzelf: input.overZichzelf,
        melderNaam: input.melderNaam,
        melderOrganisatie: input.melderOrganisatie,
        melderRelatie: input.melderRelatie,
        melderTelefoon: input.melderTelefoon,
        melderEmail: input.melderEmail,
        inwonerWeetErVan: input.inwonerWeetErVan,
        naam: input.naam,
        geboortedatum: input.geboortedatum,
        postcode: input.postcode,
        huisnummer: input.huisnummer?.huisnummer ?? null,
        huisnummerToevoeging: input.huisnummer?.toevoeging ?? null,
        telefoon: input.telefoon,
        email: input.email,
        vraag: input.vraag,
        veiligheidsantwoord: VEILIGHEID_ANTWOORD_LABELS[input.veiligheid],
        urgent,
        ontvangenOp: now,
        geregistreerdDoorId: actor.id,
        leefgebieden: { create: leefgebieden.map((l) => ({ leefgebiedId: l.id, label: l.naam })) },
      },
      select: { id: true, kenmerk: true },
    });
    await recordAudit(tx, actor, { actie: 'MELDING_CREATED', entiteit: 'Melding', entiteitId: melding.id, after: { kanaal: input.kanaal, urgent } });
    return melding;
  });
}
