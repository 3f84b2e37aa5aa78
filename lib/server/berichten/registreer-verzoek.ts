import 'server-only';
import type { Tx } from '@/lib/db';
import { addWerkdagen, VERZOEK_WERKDAGEN } from '@/lib/domain/berichtenverkeer';
import { toIsoDate } from '@/lib/domain/dates';
import { inContract, toetsLevering, toetsWijzigingNummers, type VerzoekBezwaar } from '@/lib/domain/aanbieder-verzoek';
import { isActueel } from '@/lib/domain/toewijzing-wijziging';
import type { Wet } from '@/lib/domain/enums';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { AangevraagdProduct, WijzigingVerzoek } from '@/lib/iwmo/inkomend';
import { recordAudit } from '@/lib/server/audit/record';
import { laadBesluitdagen } from '@/lib/server/termijnwet/besluitdagen';
import { BerichtWeigering } from './weigering';

// Issue 19 and 22 item 4: one use case for a verzoek om toewijzing (315) or om wijziging (317), whichever channel it
// came by: an incoming message (verwerk-inkomende-berichten.ts) or the partner portal (lib/server/partner/
// vraag-toewijzing-aan.ts). The same facts are checked the same way (lib/domain/aanbieder-verzoek.ts) and refused
// with the same BerichtWeigering (retourcode + Dutch reason); the message path turns it into a refused message, the
// portal into the message at the form.

export type VerzoekBron =
  | { kanaal: 'BERICHT'; gemeenteId: string; now: Date; inkomendBerichtId: string }
  | { kanaal: 'PORTAAL'; gemeenteId: string; now: Date; ingediendDoorId: string; motivatie: string };

export type VerzoekInhoud = { wet: Wet; aanbiederId: string; persoonId: string | null; bsn: string; referentieAanbieder: string } & (
  | { soort: 'TOEWIJZING'; producten: AangevraagdProduct[] }
  | { soort: 'WIJZIGING'; verzoek: WijzigingVerzoek }
);

const weiger = (b: VerzoekBezwaar): never => {
  throw new BerichtWeigering(b.retourcode, b.reden);
};
const eersteBezwaar = (bezwaren: VerzoekBezwaar[]) => {
  if (bezwaren.length) weiger(bezwaren[0]);
};

/** Dates as the message's own yyyy-mm-dd (the stored JSON reads the same for both channels). */
const json = (v: unknown): Prisma.InputJsonValue =>
  JSON.parse(JSON.stringify(v, (_k, w: unknown) => (typeof w === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(w) ? w.slice(0, 10) : w))) as Prisma.InputJsonValue;

/** Checks the verzoek against the rules and records it (OPEN, answer due in 5 werkdagen); refuses with BerichtWeigering. */
export async function registreerVerzoek(tx: Tx, bron: VerzoekBron, v: VerzoekInhoud): Promise<{ id: string; referentieAanbieder: string }> {
  // TR347: the ReferentieAanbieder is unique for the aanbieder.
  const bestaand = await tx.aanbiederVerzoek.findUnique({ where: { aanbiederId_referentieAanbieder: { aanbiederId: v.aanbiederId, referentieAanbieder: v.referentieAanbieder } }, select: { id: true } });
  if (bestaand) weiger({ retourcode: '9347', reden: `Er is al een verzoek van deze aanbieder met referentie ${v.referentieAanbieder} (TR347).` });
  // TR374: no second verzoek for the client while one of this aanbieder is still open (by either channel; the
  // products of one 315 are verzoeken of one message and do not block each other).
  const open = await tx.aanbiederVerzoek.findFirst({
    where: {
      gemeenteId: bron.gemeenteId, aanbiederId: v.aanbiederId, bsn: v.bsn, status: 'OPEN',
      ...(bron.kanaal === 'BERICHT' ? { OR: [{ inkomendBerichtId: null }, { inkomendBerichtId: { not: bron.inkomendBerichtId } }] } : {}),
    },
    select: { referentieAanbieder: true },
  });
  if (open) weiger({ retourcode: '0001', reden: `Er loopt al een verzoek voor deze cliënt van deze aanbieder (referentie ${open.referentieAanbieder}); eerst dat beantwoorden (TR374).` });

  if (v.soort === 'WIJZIGING') {
    if (!v.persoonId) weiger({ retourcode: '9019', reden: 'Er is geen cliënt met dit BSN bij deze gemeente.' });
    const actueel = (await tx.toewijzing.findMany({
      where: { gemeenteId: bron.gemeenteId, aanbiederId: v.aanbiederId, persoonId: v.persoonId!, wet: v.wet, status: { not: 'NIEUW' } },
      select: { toewijzingNummer: true, ingangsdatum: true, einddatum: true, redenWijziging: true },
    })).filter((t) => isActueel(t, bron.now));
    eersteBezwaar(toetsWijzigingNummers(actueel.map((t) => t.toewijzingNummer), v.verzoek));
    for (const p of v.verzoek.teWijzigen) eersteBezwaar(toetsLevering({ ingangsdatum: p.gewensteIngangsdatum, einddatum: p.einddatum, omvang: p.omvang }));
    for (const p of v.verzoek.nieuw) eersteBezwaar(toetsLevering({ ingangsdatum: p.gewensteIngangsdatum, einddatum: p.einddatum, omvang: p.omvang }));
  } else {
    for (const p of v.producten) {
      eersteBezwaar(toetsLevering(p));
      // By hand, a product code asked for is a product of this wet that the aanbieder has a contract for on the
      // ingangsdatum (the form offers only those; a stale form is told at the field). A 315 for a product without a
      // contract is no breach of the standard's rules: it is registered, and the backoffice answers it with a 319
      // "Geen contract" (LDT_RedenAfwijzingVerzoek 3), as the standard has the gemeente do.
      if (p.product?.code && bron.kanaal === 'PORTAAL') {
        const contracten = await tx.contract.findMany({
          where: { aanbiederId: v.aanbiederId, product: { gemeenteId: bron.gemeenteId, wet: v.wet, code: p.product.code } },
          select: { van: true, tot: true },
        });
        if (!inContract(contracten, p.ingangsdatum)) weiger({ retourcode: '0001', reden: `Voor product ${p.product.code} heeft deze aanbieder op ${toIsoDate(p.ingangsdatum)} geen contract met de gemeente.` });
      }
    }
  }

  // The answer is due in 5 werkdagen (Algemene termijnenwet: feestdagen and decree days do not count).
  const uiterlijkOp = addWerkdagen(bron.now, VERZOEK_WERKDAGEN, await laadBesluitdagen(tx));
  const verzoek = await tx.aanbiederVerzoek.create({
    data: {
      gemeenteId: bron.gemeenteId, soort: v.soort, kanaal: bron.kanaal, wet: v.wet,
      ...(bron.kanaal === 'BERICHT' ? { inkomendBerichtId: bron.inkomendBerichtId } : { ingediendDoorId: bron.ingediendDoorId, motivatie: bron.motivatie }),
      aanbiederId: v.aanbiederId, persoonId: v.persoonId, bsn: v.bsn, referentieAanbieder: v.referentieAanbieder,
      producten: v.soort === 'TOEWIJZING' ? v.producten.map(json) : [json(v.verzoek)], ontvangenOp: bron.now, uiterlijkOp,
    },
    select: { id: true },
  });
  await recordAudit(tx, null, {
    actie: 'VERZOEK_ONTVANGEN', entiteit: 'AanbiederVerzoek', entiteitId: verzoek.id, persoonId: v.persoonId,
    after: { soort: v.soort, kanaal: bron.kanaal, referentieAanbieder: v.referentieAanbieder, wet: v.wet, uiterlijkOp: toIsoDate(uiterlijkOp) },
  }, { gemeenteId: bron.gemeenteId });
  return { id: verzoek.id, referentieAanbieder: v.referentieAanbieder };
}
