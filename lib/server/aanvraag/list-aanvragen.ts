import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import type { Prisma } from '@/lib/generated/prisma/client';
import { OPEN_AANVRAAG_STATUSSEN, vergelijkWachtrij } from '@/lib/domain/aanvraag-termijn';
import { normalizeKenmerk } from '@/lib/domain/nummering';
import { householdAccessWhere } from '@/lib/server/access/household-access';
import type { AanvraagFilters } from '@/lib/validations/aanvraag';
import { persoonNaam, termijnInstellingen, termijnVan } from './shared';

export const PAGINA_GROOTTE = 50;

/**
 * The backoffice queue (DOMAIN.md §4): open aanvragen with their legal due date (moved by opschortingen, extended by a
 * verdaging) and the days left, the earliest due date first so that overdue ones lead; paginated. Only households
 * the actor may see (need-to-know). A kenmerk in the search box finds that aanvraag in any status.
 *
 * The due date depends on the opschortingen, so it is worked out here rather than in SQL; the open aanvragen of one
 * gemeente are a few hundred at a time, and only the id, dates and a few short fields are read for all of them.
 */
export async function listAanvragen(actor: Actor, filters: AanvraagFilters, today = new Date()) {
  assertPermission(actor, 'aanvraag:read');
  const kenmerk = filters.zoek ? normalizeKenmerk(filters.zoek) : null;
  const where: Prisma.AanvraagWhereInput = {
    gemeenteId: actor.gemeenteId,
    huishouden: householdAccessWhere(actor, today),
    ...(kenmerk ? { nummer: kenmerk } : { status: { in: [...OPEN_AANVRAAG_STATUSSEN] } }),
    ...(filters.wet ? { wet: filters.wet } : {}),
    ...(filters.zoek && !kenmerk
      ? {
          OR: [
            { nummer: { contains: filters.zoek, mode: 'insensitive' } },
            { persoon: { achternaam: { contains: filters.zoek, mode: 'insensitive' } } },
            { product: { code: { equals: filters.zoek.toUpperCase() } } },
          ],
        }
      : {}),
  };
  const [rijen, settings] = await Promise.all([
    prisma.aanvraag.findMany({
      where,
      select: {
        id: true, nummer: true, wet: true, status: true, ontvangenOp: true, verdagingDagen: true, verdaagdOp: true, huishoudenId: true,
        product: { select: { code: true, naam: true } },
        persoon: { select: { voornamen: true, tussenvoegsel: true, achternaam: true } },
        opschortingen: { select: { van: true, tot: true } },
        beschikkingen: { where: { status: 'CONCEPT' }, select: { id: true }, take: 1 },
      },
    }),
    termijnInstellingen(prisma, actor.gemeenteId),
  ]);

  const metTermijn = rijen
    .map((a) => {
      const termijn = termijnVan(a, settings, today);
      return {
        id: a.id,
        nummer: a.nummer,
        wet: a.wet,
        status: a.status,
        ontvangenOp: a.ontvangenOp,
        verdaagd: a.verdaagdOp !== null,
        huishoudenId: a.huishoudenId,
        product: a.product,
        inwoner: persoonNaam(a.persoon),
        heeftConcept: a.beschikkingen.length > 0,
        uiterlijk: termijn.uiterlijk,
        termijn,
      };
    })
    .sort(vergelijkWachtrij);

  const open = metTermijn.filter((a) => (OPEN_AANVRAAG_STATUSSEN as readonly string[]).includes(a.status));
  const gefilterd = metTermijn.filter((a) =>
    filters.termijn === 'verlopen' ? !a.termijn.opgeschort && a.termijn.dagenOver < 0 : filters.termijn === 'opgeschort' ? a.termijn.opgeschort : true,
  );
  const pages = Math.max(1, Math.ceil(gefilterd.length / PAGINA_GROOTTE));
  const page = Math.min(filters.pagina, pages);
  return {
    aanvragen: gefilterd.slice((page - 1) * PAGINA_GROOTTE, page * PAGINA_GROOTTE),
    total: gefilterd.length,
    page,
    pages,
    tellingen: {
      open: open.length,
      verlopen: open.filter((a) => !a.termijn.opgeschort && a.termijn.status === 'OVERDUE').length,
      bijnaVerlopen: open.filter((a) => !a.termijn.opgeschort && a.termijn.status === 'DUE_SOON').length,
      opgeschort: open.filter((a) => a.termijn.opgeschort).length,
    },
  };
}
