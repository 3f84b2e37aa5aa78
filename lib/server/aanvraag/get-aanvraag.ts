import 'server-only';
import { leesZonderTransactie } from '@/lib/server/lees-zonder-transactie';
import { assertPermission, can, type Actor } from '@/lib/auth/permissions';
import { isOpenAanvraag } from '@/lib/domain/aanvraag-termijn';
import { canExtend } from '@/lib/domain/deadlines';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import { loadAanvraag, persoonNaam, termijnInstellingen, termijnVan } from './shared';
import { eenVoorEen } from '@/lib/server/een-voor-een';

/** One aanvraag for the backoffice: the inwoner, the product, the legal term with its opschortingen, its besluiten. */
export async function getAanvraag(actor: Actor, aanvraagId: string, today = new Date()) {
  assertPermission(actor, 'aanvraag:read');
  return leesZonderTransactie(async (tx) => {
    const aanvraag = await loadAanvraag(tx, actor, aanvraagId);
    await assertHouseholdAccess(tx, actor, aanvraag.huishoudenId, { actie: 'READ', entiteit: 'Aanvraag', entiteitId: aanvraag.id, persoonId: aanvraag.persoonId });
    const [settings, persoon, huishouden, product, beschikkingen, behandelaar, plan, verdagingsbrief] = await eenVoorEen([
      termijnInstellingen(tx, actor.gemeenteId),
      tx.persoon.findUniqueOrThrow({ where: { id: aanvraag.persoonId }, select: { voornamen: true, tussenvoegsel: true, achternaam: true, geboortedatum: true, bsn: true } }),
      tx.huishouden.findUniqueOrThrow({ where: { id: aanvraag.huishoudenId }, select: { id: true, naam: true, straat: true, huisnummer: true, huisnummerToevoeging: true, postcode: true, woonplaats: true } }),
      tx.product.findUniqueOrThrow({ where: { id: aanvraag.productId }, select: { id: true, code: true, naam: true, categorie: true, eenheid: true, standaardFrequentie: true } }),
      tx.beschikking.findMany({
        where: { aanvraagId: aanvraag.id },
        orderBy: { createdAt: 'asc' },
        select: { id: true, identificatie: true, besluit: true, status: true, datum: true, verzenddatum: true, vorigBesluitId: true },
      }),
      aanvraag.behandelaarId ? tx.user.findUnique({ where: { id: aanvraag.behandelaarId }, select: { naam: true } }) : null,
      aanvraag.arrangementItemId
        ? tx.arrangementItem.findUnique({ where: { id: aanvraag.arrangementItemId }, select: { omschrijving: true, overwegingToelichting: true, planVersie: { select: { versienummer: true, vastgesteldOp: true } } } })
        : null,
      tx.document.findFirst({ where: { huishoudenId: aanvraag.huishoudenId, bronId: aanvraag.id, soort: 'BIJLAGE' }, select: { id: true }, orderBy: { createdAt: 'desc' } }),
    ]);
    const opschrijvers = await tx.user.findMany({ where: { id: { in: aanvraag.opschortingen.map((o) => o.doorId) } }, select: { id: true, naam: true } });
    const naamVan = new Map(opschrijvers.map((u) => [u.id, u.naam]));
    const termijn = termijnVan(aanvraag, settings, today);
    const open = isOpenAanvraag(aanvraag.status);
    const lopendConcept = beschikkingen.find((b) => b.status === 'CONCEPT');
    const magBehandelen = can(actor, 'aanvraag:behandelen');
    return {
      aanvraag: {
        ...aanvraag,
        opschortingen: aanvraag.opschortingen.map((o) => ({ ...o, door: naamVan.get(o.doorId) ?? 'Onbekend' })),
      },
      inwoner: { ...persoon, naam: persoonNaam(persoon) },
      huishouden,
      product,
      beschikkingen,
      behandelaar: behandelaar?.naam ?? null,
      plan,
      verdagingsbriefId: verdagingsbrief?.id ?? null,
      termijn,
      acties: {
        opschorten: magBehandelen && open && !termijn.opgeschort,
        hervatten: magBehandelen && open && termijn.opgeschort,
        verdagen: magBehandelen && open && canExtend(aanvraag.verdaagdOp, { due: termijn.uiterlijk, today }) === null,
        verdagenWaarom: canExtend(aanvraag.verdaagdOp, { due: termijn.uiterlijk, today }),
        beschikkingOpstellen: can(actor, 'beschikking:draft') && open && !lopendConcept,
        lopendConceptId: lopendConcept?.id ?? null,
      },
    };
  });
}
