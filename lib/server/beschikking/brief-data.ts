import 'server-only';
import type { Tx } from '@/lib/db';
import { omvangTekst } from '@/lib/domain/beschikking';
import type { BeschikkingBriefData, BriefGemeente, BriefOntvanger } from './brief';
import type { BeschikkingKern } from './shared';

/** What the letter says, read in the caller's transaction (no access check here: the use case did that). */
export async function beschikkingBriefData(tx: Tx, b: BeschikkingKern, today: Date): Promise<BeschikkingBriefData> {
  const [context, aanvraag, vorig] = await Promise.all([
    briefContext(tx, b.gemeenteId, b.persoonId, b.huishoudenId),
    b.aanvraagId
      ? tx.aanvraag.findUnique({ where: { id: b.aanvraagId }, select: { nummer: true, ontvangenOp: true, product: { select: { naam: true } } } })
      : null,
    b.vorigBesluitId ? tx.beschikking.findUnique({ where: { id: b.vorigBesluitId }, select: { identificatie: true, datum: true } }) : null,
  ]);
  return {
    ...context,
    beschikking: {
      identificatie: b.identificatie,
      besluit: b.besluit,
      wet: b.wet,
      wettelijkeGrondslag: b.wettelijkeGrondslag,
      motivering: b.motivering,
      concept: b.status === 'CONCEPT',
      datum: b.datum ?? today,
      verzenddatum: b.verzenddatum,
      uiterlijkeReactiedatum: b.uiterlijkeReactiedatum,
      ingangsdatum: b.ingangsdatum,
    },
    aanvraag: aanvraag ? { nummer: aanvraag.nummer, ontvangenOp: aanvraag.ontvangenOp, product: aanvraag.product.naam } : null,
    vorig: vorig ? { ...vorig, vervalreden: b.vervalredenVorig } : null,
    producten: b.producten.map((p) => ({
      naam: p.product.naam,
      code: p.product.code,
      omvang: omvangTekst(p),
      budgetCent: p.budgetCent,
      ingangsdatum: p.ingangsdatum,
      einddatum: p.einddatum,
      leveringsvorm: p.leveringsvorm,
      aanbieder: p.aanbieder?.naam ?? null,
      pgbMotivering: p.pgbMotivering,
    })),
  };
}

/** The gemeente's letterhead and the addressee (the inwoner at the household's address), for a letter. */
export async function briefContext(tx: Tx, gemeenteId: string, persoonId: string, huishoudenId: string): Promise<{ gemeente: BriefGemeente; ontvanger: BriefOntvanger }> {
  const [gemeente, persoon, huishouden] = await Promise.all([
    tx.gemeente.findUniqueOrThrow({ where: { id: gemeenteId } }),
    tx.persoon.findUniqueOrThrow({ where: { id: persoonId }, select: { voornamen: true, tussenvoegsel: true, achternaam: true, geslacht: true } }),
    tx.huishouden.findUniqueOrThrow({ where: { id: huishoudenId }, select: { straat: true, huisnummer: true, huisnummerToevoeging: true, postcode: true, woonplaats: true } }),
  ]);
  return { gemeente, ontvanger: { ...persoon, huishouden } };
}
