// The toewijzingberichten (WMO301 / JW301) that went out for the demo's sent toewijzingen. The route marks a
// toewijzing VERZONDEN a few days after the beschikking; here, once every row is in, each client's sent toewijzingen
// at one aanbieder under one law become one stored message, built by the same code the application sends with
// (lib/iwmo), numbered gaplessly per code in the order they were sent, with the Nummering counters that go with them.
import { berichtCodeVoor } from '@/lib/iwmo/codes';
import { buildToewijzingBericht, clientUitGegevens, productUitToewijzing } from '@/lib/iwmo/toewijzing-bericht';
import { toCalendarDay } from '@/lib/domain/dates';
import type { BerichtCode } from '@/lib/generated/prisma/enums';
import { uuid, type SeedDb } from './rows';

export async function seedBerichten(db: SeedDb, gemeenteId: string): Promise<number> {
  const gemeente = await db.gemeente.findUniqueOrThrow({ where: { id: gemeenteId }, select: { gemeentecode: true } });
  const toewijzingen = await db.toewijzing.findMany({
    where: { gemeenteId, status: 'VERZONDEN' },
    orderBy: [{ toewijzingOp: 'asc' }, { toewijzingNummer: 'asc' }],
    select: {
      id: true, toewijzingNummer: true, aanbiederId: true, wet: true, toewijzingOp: true, ingangsdatum: true, einddatum: true,
      volume: true, eenheid: true, frequentie: true, budgetCent: true, redenWijziging: true, commentaar: true,
      product: { select: { categorie: true, code: true } },
      aanbieder: { select: { agbCode: true } },
      persoon: { select: { id: true, bsn: true, geboortedatum: true, geslacht: true, voornamen: true, tussenvoegsel: true, achternaam: true, telefoon: true, email: true } },
      beschiktProduct: { select: { beschikking: { select: { huishouden: { select: { straat: true, huisnummer: true, huisnummerToevoeging: true, postcode: true, woonplaats: true } } } } } },
    },
  });

  // One message per client, aanbieder and law, sent on the day of its latest toewijzing, just after it was fixed.
  const groepen = new Map<string, typeof toewijzingen>();
  for (const t of toewijzingen) {
    if (!berichtCodeVoor(t.wet) || !t.persoon.bsn || !t.persoon.geboortedatum) continue;
    const sleutel = `${t.persoon.id}|${t.aanbiederId}|${t.wet}`;
    groepen.set(sleutel, [...(groepen.get(sleutel) ?? []), t]);
  }
  const berichten = [...groepen.values()]
    .map((groep) => ({ groep, op: new Date(groep[groep.length - 1].toewijzingOp.getTime() + 30 * 60_000) }))
    .sort((a, b) => a.op.getTime() - b.op.getTime());

  const laatste = new Map<BerichtCode, number>();
  for (const { groep, op } of berichten) {
    const eerste = groep[0];
    const code = berichtCodeVoor(eerste.wet)!;
    const berichtNummer = (laatste.get(code) ?? 0) + 1;
    laatste.set(code, berichtNummer);
    const persoon = eerste.persoon;
    const adres = eerste.beschiktProduct.beschikking.huishouden;
    const xml = buildToewijzingBericht({
      code,
      afzender: gemeente.gemeentecode,
      ontvanger: eerste.aanbieder.agbCode,
      identificatie: String(berichtNummer),
      dagtekening: toCalendarDay(op),
      client: clientUitGegevens({ ...persoon, geboortedatum: persoon.geboortedatum! }, adres),
      producten: groep.map(productUitToewijzing),
    });
    await db.bericht.create({
      data: {
        id: uuid(), gemeenteId, code, aanbiederId: eerste.aanbiederId, berichtNummer, berichtDatum: toCalendarDay(op), xml, createdAt: op, bestandOp: op,
        toewijzingen: { create: groep.map((t) => ({ toewijzingId: t.id })) },
      },
    });
  }
  for (const [code, n] of laatste) await db.nummering.create({ data: { gemeenteId, soort: `bericht:${code}`, laatste: n } });
  return berichten.length;
}
