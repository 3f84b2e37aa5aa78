import 'server-only';
import type { Tx } from '@/lib/db';
import { toCalendarDay, toIsoDate } from '@/lib/domain/dates';
import { beoordeelPrestaties, declaratieUitkomst, type DeclaratieToewijzing, type EerderGedeclareerd } from '@/lib/domain/declaratie';
import type { Wet } from '@/lib/domain/enums';
import { buildDeclaratieAntwoord, declaratieAntwoordSoort, type InkomendBericht } from '@/lib/iwmo/inkomend';
import { recordAudit } from '@/lib/server/audit/record';
import { nextBerichtNummer } from '@/lib/server/toewijzing/bericht-nummer';
import { BerichtWeigering } from './weigering';

type Declaratie323 = Extract<InkomendBericht, { soort: '323' }>;

/**
 * A declaratie (323) that passed the standard's XSD and rules, inside the inbox's transaction: every prestatie is
 * judged against the toewijzing it names (lib/domain/declaratie), the declaratie and its prestaties are stored, and
 * the 325 answer (only the rejected prestaties, with their retourcodes) is written for the channel. A DeclaratieNummer
 * the aanbieder used before refuses the whole message (9333); nothing is stored then.
 */
export async function verwerkDeclaratieIn(
  tx: Tx,
  v: { gemeenteId: string; gemeentecode: string; inkomendBerichtId: string; aanbieder: { id: string; agbCode: string }; wet: Exclude<Wet, 'PARTICIPATIEWET'>; now: Date },
  d: Declaratie323,
): Promise<{ persoonId: string | null; declaratieId: string }> {
  const bestaand = await tx.declaratie.findUnique({ where: { aanbiederId_declaratieNummer: { aanbiederId: v.aanbieder.id, declaratieNummer: d.declaratieNummer } }, select: { id: true } });
  if (bestaand) throw new BerichtWeigering('9333', `Deze aanbieder heeft al een declaratie met nummer ${d.declaratieNummer} ingediend (TR333).`);

  const nummers = [...new Set(d.prestaties.map((p) => p.toewijzingNummer))];
  // The toewijzingen of this aanbieder under this law that were sent (a NIEUW one is unknown to the aanbieder).
  const rijen = await tx.toewijzing.findMany({
    where: { gemeenteId: v.gemeenteId, aanbiederId: v.aanbieder.id, wet: v.wet, toewijzingNummer: { in: nummers }, status: { not: 'NIEUW' } },
    select: {
      id: true, toewijzingNummer: true, persoonId: true, ingangsdatum: true, einddatum: true, volume: true, eenheid: true, frequentie: true, budgetCent: true, redenWijziging: true, productId: true,
      product: { select: { categorie: true, code: true } }, persoon: { select: { bsn: true } },
    },
  });
  const contracten = rijen.length
    ? await tx.contract.findMany({ where: { aanbiederId: v.aanbieder.id, productId: { in: rijen.map((t) => t.productId) } }, select: { productId: true, tariefCent: true, van: true, tot: true } })
    : [];
  const periode = d.periode.begindatum;
  const tariefVoor = (productId: string) =>
    contracten.find((c) => c.productId === productId && c.van <= periode && (c.tot === null || c.tot >= periode))?.tariefCent ?? null;
  const toewijzingen = new Map<number, DeclaratieToewijzing & { id: string; persoonId: string }>(
    rijen.map((t) => [t.toewijzingNummer, {
      id: t.id, persoonId: t.persoonId, toewijzingNummer: t.toewijzingNummer, bsn: t.persoon.bsn, categorie: t.product.categorie, code: t.product.code,
      ingangsdatum: t.ingangsdatum, einddatum: t.einddatum, volume: t.volume, eenheid: t.eenheid, frequentie: t.frequentie, budgetCent: t.budgetCent,
      redenWijziging: t.redenWijziging, contractTariefCent: tariefVoor(t.productId),
    }]),
  );

  // What was granted before: per toewijzing, and per ReferentieNummer of this aanbieder (for 8021 and credits).
  const eerdere = await tx.declaratiePrestatie.findMany({
    where: {
      aanbiederId: v.aanbieder.id, toegekend: true,
      OR: [{ toewijzingId: { in: rijen.map((t) => t.id) } }, { referentieNummer: { in: d.prestaties.flatMap((p) => [p.referentieNummer, ...(p.vorigReferentieNummer ? [p.vorigReferentieNummer] : [])]) } }],
    },
    select: { toewijzingNummer: true, toewijzingId: true, referentieNummer: true, vorigReferentieNummer: true, volume: true, bedragCent: true, debet: true, einddatum: true },
  });
  const perToewijzing = new Map<number, { volume: number; bedragCent: number; tot?: Date }>();
  const referenties = new Map<string, { volume: number; bedragCent: number; toewijzingNummer: number; gecrediteerd: boolean }>();
  const gebruikt = new Set<string>();
  for (const p of eerdere) {
    const teken = p.debet ? 1 : -1;
    if (p.toewijzingId && rijen.some((t) => t.id === p.toewijzingId)) {
      const som = perToewijzing.get(p.toewijzingNummer) ?? { volume: 0, bedragCent: 0 };
      const tot = som.tot && som.tot > p.einddatum ? som.tot : p.einddatum;
      perToewijzing.set(p.toewijzingNummer, { volume: som.volume + teken * p.volume, bedragCent: som.bedragCent + teken * p.bedragCent, tot });
    }
    gebruikt.add(p.referentieNummer);
    if (p.debet) referenties.set(p.referentieNummer, { volume: p.volume, bedragCent: p.bedragCent, toewijzingNummer: p.toewijzingNummer, gecrediteerd: referenties.get(p.referentieNummer)?.gecrediteerd ?? false });
    else if (p.vorigReferentieNummer) referenties.set(p.vorigReferentieNummer, { ...(referenties.get(p.vorigReferentieNummer) ?? { volume: p.volume, bedragCent: p.bedragCent, toewijzingNummer: p.toewijzingNummer }), gecrediteerd: true });
  }
  const eerder: EerderGedeclareerd = { perToewijzing, referenties, gebruikt };

  const oordelen = beoordeelPrestaties(d.prestaties, toewijzingen, eerder);
  const uitkomst = declaratieUitkomst(d.prestaties, oordelen);
  const soort = declaratieAntwoordSoort(v.wet);
  const antwoordNummer = await nextBerichtNummer(tx, v.gemeenteId, soort);
  const antwoordXml = buildDeclaratieAntwoord({
    wet: v.wet, afzender: v.gemeentecode, ontvanger: v.aanbieder.agbCode, identificatie: String(antwoordNummer), dagtekening: toCalendarDay(v.now),
    declaratie: { identificatie: d.kop.identificatie, dagtekening: d.kop.dagtekening, declaratieNummer: d.declaratieNummer },
    ingediendCent: uitkomst.ingediendCent, toegekendCent: uitkomst.toegekendCent,
    afgewezen: d.prestaties.flatMap((p, i) => (oordelen[i].toegekend ? [] : [{ ...p, retourcodes: oordelen[i].retourcodes }])),
  });
  const declaratie = await tx.declaratie.create({
    data: {
      gemeenteId: v.gemeenteId, inkomendBerichtId: v.inkomendBerichtId, aanbiederId: v.aanbieder.id, wet: v.wet, declaratieNummer: d.declaratieNummer,
      periodeBegin: d.periode.begindatum, periodeEind: d.periode.einddatum, ingediendCent: uitkomst.ingediendCent, toegekendCent: uitkomst.toegekendCent,
      status: uitkomst.status, antwoordNummer, antwoordXml, ontvangenOp: v.now,
      prestaties: {
        create: d.prestaties.map((p, i) => {
          const t = toewijzingen.get(p.toewijzingNummer);
          return {
            gemeenteId: v.gemeenteId, aanbiederId: v.aanbieder.id, toewijzingId: t?.id ?? null, persoonId: t && t.bsn === p.bsn ? t.persoonId : null, bsn: p.bsn,
            toewijzingNummer: p.toewijzingNummer, referentieNummer: p.referentieNummer, vorigReferentieNummer: p.vorigReferentieNummer, categorie: p.categorie, code: p.code,
            begindatum: p.begindatum, einddatum: p.einddatum, volume: p.volume, eenheid: p.eenheid, tariefCent: p.tariefCent, bedragCent: p.bedragCent, debet: p.debet,
            toegekend: oordelen[i].toegekend, retourcodes: oordelen[i].retourcodes,
          };
        }),
      },
    },
    select: { id: true },
  });
  const personen = [...new Set(d.prestaties.map((p) => toewijzingen.get(p.toewijzingNummer)).filter((t) => t && d.prestaties.some((p) => p.bsn === t.bsn)).map((t) => t!.persoonId))];
  await recordAudit(tx, null, {
    actie: 'DECLARATIE_BEOORDEELD', entiteit: 'Declaratie', entiteitId: declaratie.id, persoonId: personen.length === 1 ? personen[0] : null,
    context: `${soort} ${antwoordNummer} aan AGB ${v.aanbieder.agbCode}`,
    after: { declaratieNummer: d.declaratieNummer, periode: `${toIsoDate(d.periode.begindatum)}/${toIsoDate(d.periode.einddatum)}`, status: uitkomst.status, ingediendCent: uitkomst.ingediendCent, toegekendCent: uitkomst.toegekendCent, afgewezen: oordelen.filter((o) => !o.toegekend).length },
  }, { gemeenteId: v.gemeenteId });
  return { persoonId: personen.length === 1 ? personen[0] : null, declaratieId: declaratie.id };
}
