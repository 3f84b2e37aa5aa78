import 'server-only';
import type { Tx } from '@/lib/db';
import { omvangTekst } from '@/lib/domain/beschikking';
import { gezagRijTelt } from '@/lib/domain/brp';
import { briefOntvangers, type BriefAdres, type BriefOntvangst, type BriefPersoon, type Gezagsrelatie } from '@/lib/domain/brief-ontvangers';
import type { BeschikkingBriefData, BriefGemeente } from './brief';
import type { BeschikkingKern } from './shared';

/** What the letter says, read in the caller's transaction (no access check here: the use case did that). */
export async function beschikkingBriefData(tx: Tx, b: BeschikkingKern, today: Date): Promise<BeschikkingBriefData> {
  const [context, aanvraag, vorig] = await Promise.all([
    briefContext(tx, b.gemeenteId, b.persoonId, b.huishoudenId, today),
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

const ADRES = { straat: true, huisnummer: true, huisnummerToevoeging: true, postcode: true, woonplaats: true } as const;
/** The fields of a person that a letter needs (name, sex, date of birth, current address): a Prisma select. */
export const BRIEF_PERSOON = {
  id: true, voornamen: true, tussenvoegsel: true, achternaam: true, geslacht: true, geboortedatum: true,
  lidmaatschappen: { where: { tot: null }, take: 1, select: { huishouden: { select: ADRES } } },
} as const;

type GelezenPersoon = { id: string; voornamen: string; tussenvoegsel: string | null; achternaam: string; geslacht: BriefPersoon['geslacht']; geboortedatum: Date | null; lidmaatschappen: { huishouden: BriefAdres }[] };
export const briefPersoon = ({ lidmaatschappen, ...p }: GelezenPersoon): BriefPersoon => ({ ...p, adres: lidmaatschappen[0]?.huishouden ?? null });

/** Who holds gezag over a person, with their addresses: a Prisma select for `vertegenwoordigd`. */
export const BRIEF_GEZAG = { select: { soort: true, vanaf: true, tot: true, naam: true, bron: true, vertegenwoordiger: { select: BRIEF_PERSOON } } } as const;

type GelezenGezag = { soort: Gezagsrelatie['soort']; vanaf: Date; tot: Date | null; naam: string | null; bron: string | null; vertegenwoordiger: GelezenPersoon | null };

/** A person read with BRIEF_PERSOON and BRIEF_GEZAG, as lib/domain/brief-ontvangers takes them. */
export const briefLid = (p: GelezenPersoon & { gezagBron: string | null; vertegenwoordigd: GelezenGezag[] }): { persoon: BriefPersoon; gezag: Gezagsrelatie[] } => {
  const { vertegenwoordigd, gezagBron, ...rest } = p;
  return {
    persoon: briefPersoon(rest),
    // issue 20: gezag only from the person's current source (the BRP, or a staff member's decision)
    gezag: vertegenwoordigd
      .filter((v) => (v.soort !== 'GEZAG' && v.soort !== 'VOOGD') || gezagRijTelt(gezagBron, v.bron))
      .map((v) => ({ ...v, vertegenwoordiger: v.vertegenwoordiger ? briefPersoon(v.vertegenwoordiger) : null })),
  };
};

/**
 * The gemeente's letterhead and who receives a letter about `persoonId` (lib/domain/brief-ontvangers.ts): the
 * person, or for a minor those with gezag, each at the address of their current household.
 */
export async function briefContext(tx: Tx, gemeenteId: string, persoonId: string, huishoudenId: string, today = new Date()): Promise<{ gemeente: BriefGemeente; ontvangst: BriefOntvangst }> {
  const [gemeente, persoon, huishouden] = await Promise.all([
    tx.gemeente.findUniqueOrThrow({ where: { id: gemeenteId } }),
    tx.persoon.findUniqueOrThrow({ where: { id: persoonId }, select: { ...BRIEF_PERSOON, gezagBron: true, vertegenwoordigd: BRIEF_GEZAG } }),
    tx.huishouden.findUniqueOrThrow({ where: { id: huishoudenId }, select: ADRES }),
  ]);
  const { persoon: betrokkene, gezag } = briefLid(persoon);
  return { gemeente, ontvangst: briefOntvangers(betrokkene, gezag, today, huishouden) };
}
