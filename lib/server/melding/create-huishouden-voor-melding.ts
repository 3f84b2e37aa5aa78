import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { toCalendarDay } from '@/lib/domain/dates';
import { nieuwHuishoudenRefusal, volledigeNaam } from '@/lib/domain/melding';
import { findWijkForPostcode, formatHuisnummer } from '@/lib/domain/postcode';
import { DomainError } from '@/lib/errors';
import { recordAudit } from '@/lib/server/audit/record';
import type { NieuwHuishoudenInput } from '@/lib/validations/melding';
import { attachMelding, loadOpenMelding } from './attach';

/**
 * A new household for the person a melding is about, and the melding attached to it. The person is an existing one
 * (chosen from the search, or found by BSN) or a new one. DOMAIN.md §3 rule 1: someone who already lives in a
 * current household gets a new one only by an explicit choice with a reason; the old membership then ends today.
 */
export async function createHuishoudenVoorMelding(actor: Actor, input: NieuwHuishoudenInput) {
  assertPermission(actor, 'triage:perform');
  return prisma.$transaction(async (tx) => {
    const melding = await loadOpenMelding(tx, actor, input.meldingId, input.version);
    const details = await tx.melding.findUniqueOrThrow({ where: { id: melding.id }, select: { overZichzelf: true, telefoon: true, email: true } });

    let persoon = input.persoonId
      ? await tx.persoon.findFirst({ where: { id: input.persoonId, gemeenteId: actor.gemeenteId } })
      : input.bsn
        ? await tx.persoon.findFirst({ where: { gemeenteId: actor.gemeenteId, bsn: input.bsn } })
        : null;
    if (input.persoonId && !persoon) throw new DomainError('NOT_FOUND', ['Persoon niet gevonden.']);

    const today = toCalendarDay(new Date());
    if (persoon) {
      const huidig = await tx.huishoudenLidmaatschap.findFirst({
        where: { persoonId: persoon.id, tot: null },
        select: { id: true, huishoudenId: true, huishouden: { select: { naam: true, straat: true, huisnummer: true, huisnummerToevoeging: true } } },
      });
      const refusal = nieuwHuishoudenRefusal(
        huidig && {
          persoonNaam: volledigeNaam(persoon),
          huishoudenNaam: `${huidig.huishouden.naam} (${huidig.huishouden.straat} ${formatHuisnummer({ huisnummer: huidig.huishouden.huisnummer, toevoeging: huidig.huishouden.huisnummerToevoeging })})`,
        },
        { bevestigd: input.bevestigNieuw, reden: input.reden },
      );
      if (refusal) throw new DomainError('CONFLICT', Object.values(refusal).flat(), refusal);
      if (huidig) {
        await tx.huishoudenLidmaatschap.update({ where: { id: huidig.id }, data: { tot: today } });
        await recordAudit(tx, actor, {
          actie: 'LIDMAATSCHAP_BEEINDIGD', entiteit: 'HuishoudenLidmaatschap', entiteitId: huidig.id,
          huishoudenId: huidig.huishoudenId, persoonId: persoon.id, context: `nieuw huishouden bij melding ${melding.kenmerk}`,
          after: { tot: today.toISOString().slice(0, 10) },
        });
      }
    } else {
      persoon = await tx.persoon.create({
        data: {
          gemeenteId: actor.gemeenteId,
          bsn: input.bsn,
          voornamen: input.voornamen!,
          tussenvoegsel: input.tussenvoegsel,
          achternaam: input.achternaam!,
          geboortedatum: input.geboortedatum,
          telefoon: details.overZichzelf ? details.telefoon : null,
          email: details.overZichzelf ? details.email : null,
        },
      });
    }

    const ranges = await tx.postcodeGebied.findMany({ where: { gemeenteId: actor.gemeenteId }, select: { wijkId: true, postcodeVan: true, postcodeTot: true } });
    const huishouden = await tx.huishouden.create({
      data: {
        gemeenteId: actor.gemeenteId,
        naam: `Huishouden ${[persoon.tussenvoegsel, persoon.achternaam].filter(Boolean).join(' ')}`,
        straat: input.straat,
        huisnummer: input.huisnummer.huisnummer,
        huisnummerToevoeging: input.huisnummer.toevoeging,
        postcode: input.postcode,
        woonplaats: input.woonplaats,
        wijkId: findWijkForPostcode(input.postcode, ranges),
        leden: { create: { gemeenteId: actor.gemeenteId, persoonId: persoon.id, rol: 'HOOFDBEWONER', vanaf: today, reden: input.bevestigNieuw ? input.reden : null } },
      },
      select: { id: true },
    });
    const result = await attachMelding(tx, actor, melding, huishouden.id, { actie: 'HUISHOUDEN_AANGEMAAKT', nieuwHuishouden: true });
    return { huishoudenId: huishouden.id, persoonId: persoon.id, ...result };
  });
}
