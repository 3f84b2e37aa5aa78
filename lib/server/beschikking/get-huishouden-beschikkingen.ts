import 'server-only';
import { wettelijkeTermijn } from '@/lib/domain/deadlines';
import { leesZonderTransactie } from '@/lib/server/lees-zonder-transactie';
import { assertPermission, can, type Actor } from '@/lib/auth/permissions';
import { isOpenAanvraag } from '@/lib/domain/aanvraag-termijn';
import { DomainError } from '@/lib/errors';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import { isUuid } from '@/lib/domain/ids';
import { persoonNaam, termijnInstellingen, termijnVan } from '@/lib/server/aanvraag/shared';
import { eenVoorEen } from '@/lib/server/een-voor-een';

/**
 * The dossier tab "Aanvragen en beschikkingen": the household's aanvragen (with the legal term while open), its
 * besluiten, and the toewijzingen to aanbieders with their end dates. For everyone who may open the dossier.
 */
export async function getHuishoudenBeschikkingen(actor: Actor, huishoudenId: string, now = new Date()) {
  assertPermission(actor, 'dossier:read');
  if (!isUuid(huishoudenId)) throw new DomainError('NOT_FOUND', ['Dit huishouden bestaat niet (meer).']);
  return leesZonderTransactie(async (tx) => {
    const bestaat = await tx.huishouden.count({ where: { id: huishoudenId, gemeenteId: actor.gemeenteId } });
    if (!bestaat) throw new DomainError('NOT_FOUND', ['Dit huishouden bestaat niet (meer).']);
    await assertHouseholdAccess(tx, actor, huishoudenId, { actie: 'READ', entiteit: 'Huishouden', entiteitId: huishoudenId, after: { onderdeel: 'beschikkingen' } });
    const [settings, aanvragen, beschikkingen, toewijzingen] = await eenVoorEen([
      termijnInstellingen(tx, actor.gemeenteId),
      tx.aanvraag.findMany({
        where: { huishoudenId },
        orderBy: { ontvangenOp: 'desc' },
        select: {
          id: true, nummer: true, wet: true, status: true, ontvangenOp: true, verdagingDagen: true, leveringsvorm: true,
          product: { select: { code: true, naam: true } },
          persoon: { select: { voornamen: true, tussenvoegsel: true, achternaam: true } },
          opschortingen: { select: { van: true, tot: true } },
        },
      }),
      tx.beschikking.findMany({
        where: { huishoudenId },
        orderBy: [{ createdAt: 'desc' }],
        select: {
          id: true, identificatie: true, besluit: true, status: true, wet: true, datum: true, verzenddatum: true, uiterlijkeReactiedatum: true, bezwaarTermijnDagen: true,
          ingangsdatum: true, vervaldatum: true, vervalreden: true, vorigBesluitId: true,
          persoon: { select: { voornamen: true, tussenvoegsel: true, achternaam: true } },
          producten: { select: { product: { select: { code: true, naam: true } }, einddatum: true } },
        },
      }),
      tx.toewijzing.findMany({
        where: { beschiktProduct: { beschikking: { huishoudenId } } },
        orderBy: [{ einddatum: { sort: 'asc', nulls: 'last' } }, { toewijzingNummer: 'asc' }],
        select: {
          id: true, toewijzingNummer: true, status: true, ingangsdatum: true, einddatum: true, redenWijziging: true,
          product: { select: { code: true, naam: true } },
          aanbieder: { select: { naam: true } },
          persoon: { select: { voornamen: true, tussenvoegsel: true, achternaam: true } },
          beschiktProduct: { select: { beschikkingId: true } },
        },
      }),
    ]);
    return {
      magBackoffice: can(actor, 'aanvraag:read'),
      aanvragen: aanvragen.map((a) => ({
        ...a,
        inwoner: persoonNaam(a.persoon),
        termijn: isOpenAanvraag(a.status) ? termijnVan(a, settings, now) : null,
      })),
      beschikkingen: beschikkingen.map((b) => ({
        ...b,
        inwoner: persoonNaam(b.persoon),
        // How the bezwaar term was reached (issue 17).
        bezwaarUitleg: b.verzenddatum && b.bezwaarTermijnDagen !== null ? wettelijkeTermijn(b.verzenddatum, b.bezwaarTermijnDagen, settings.besluitdagen, 'na verzending').uitleg : null,
      })),
      toewijzingen: toewijzingen.map((t) => ({ ...t, inwoner: persoonNaam(t.persoon) })),
    };
  });
}
