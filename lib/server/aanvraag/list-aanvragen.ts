import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import type { Prisma } from '@/lib/generated/prisma/client';
import { isOpenAanvraag, OPEN_AANVRAAG_STATUSSEN, vergelijkWachtrij } from '@/lib/domain/aanvraag-termijn';
import { toCalendarDay } from '@/lib/domain/dates';
import { beschikkingTermDays, DUE_SOON_DAYS, type BeschikkingTermSettings } from '@/lib/domain/deadlines';
import type { Wet } from '@/lib/domain/enums';
import { normalizeKenmerk } from '@/lib/domain/nummering';
import { householdAccessWhere } from '@/lib/server/access/household-access';
import type { AanvraagFilters } from '@/lib/validations/aanvraag';
import { persoonNaam, termijnInstellingen, termijnVan } from './shared';

export const PAGINA_GROOTTE = 25; // issue 9: 50 rows doubled the page to render and send

/**
 * The backoffice queue (DOMAIN.md §4): open aanvragen with their legal due date (moved by opschortingen, extended by a
 * verdaging) and the days left, the earliest due date first so that overdue ones lead; paginated. Only households
 * the actor may see (need-to-know). A kenmerk in the search box finds that aanvraag in any status.
 *
 * The order and the counts need the due date of every open aanvraag (about a thousand in a large city, issue 9), so
 * the queue is read in three narrow steps: the sort keys of all matching aanvragen (no relations), the few
 * opschortingen among them, and only then names, products and concept-beschikkingen for the one page shown. The due
 * date is `ontvangenOp + term + verdaging` for an aanvraag that was never suspended (wachtrijUiterlijk), and the
 * domain rule itself (aanvraagTermijn) for the ones that were; the page's rows get the full domain answer.
 */
export async function listAanvragen(actor: Actor, filters: AanvraagFilters, today = new Date()) {
  assertPermission(actor, 'aanvraag:read');
  const kenmerk = filters.zoek ? normalizeKenmerk(filters.zoek) : null;
  const where: Prisma.AanvraagWhereInput = {
    gemeenteId: actor.gemeenteId,
    // Need-to-know: the backoffice's ground is "the household has an aanvraag", which every aanvraag's household has,
    // so for them the filter adds nothing but cost (a nested EXISTS per household); a teamleider is filtered.
    ...(actor.rollen.includes('BACKOFFICE') ? {} : { huishouden: householdAccessWhere(actor, today) }),
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
  const [sleutels, opschortingen, settings] = await Promise.all([
    prisma.aanvraag.findMany({ where, select: { id: true, nummer: true, wet: true, status: true, ontvangenOp: true, verdagingDagen: true } }),
    prisma.opschorting.findMany({ where: { gemeenteId: actor.gemeenteId, aanvraag: where }, select: { aanvraagId: true, van: true, tot: true } }),
    termijnInstellingen(prisma, actor.gemeenteId),
  ]);

  const opgeschortPer = new Map<string, { van: Date; tot: Date | null }[]>();
  for (const o of opschortingen) opgeschortPer.set(o.aanvraagId!, [...(opgeschortPer.get(o.aanvraagId!) ?? []), { van: o.van, tot: o.tot }]);
  const vandaag = toCalendarDay(today).getTime();
  const rijen = sleutels
    .map((a) => {
      const eigen = opgeschortPer.get(a.id) ?? [];
      const uiterlijk = eigen.length ? termijnVan({ ...a, opschortingen: eigen }, settings, today).uiterlijk : wachtrijUiterlijk(a, settings);
      return { ...a, opschortingen: eigen, uiterlijk, dagenOver: Math.round((uiterlijk.getTime() - vandaag) / DAG), opgeschort: eigen.some((o) => o.tot === null) };
    })
    .sort(vergelijkWachtrij);

  const open = rijen.filter((a) => isOpenAanvraag(a.status));
  const gefilterd = rijen.filter((a) =>
    filters.termijn === 'verlopen' ? !a.opgeschort && a.dagenOver < 0 : filters.termijn === 'opgeschort' ? a.opgeschort : true,
  );
  const pages = Math.max(1, Math.ceil(gefilterd.length / PAGINA_GROOTTE));
  const page = Math.min(filters.pagina, pages);
  const pagina = gefilterd.slice((page - 1) * PAGINA_GROOTTE, page * PAGINA_GROOTTE);

  const details = new Map(
    (
      await prisma.aanvraag.findMany({
        where: { id: { in: pagina.map((a) => a.id) } },
        select: {
          id: true, verdaagdOp: true, huishoudenId: true,
          product: { select: { code: true, naam: true } },
          persoon: { select: { voornamen: true, tussenvoegsel: true, achternaam: true } },
          beschikkingen: { where: { status: 'CONCEPT' }, select: { id: true }, take: 1 },
        },
      })
    ).map((d) => [d.id, d]),
  );

  return {
    aanvragen: pagina.map((a) => {
      const d = details.get(a.id)!;
      const termijn = termijnVan(a, settings, today);
      return {
        id: a.id,
        nummer: a.nummer,
        wet: a.wet,
        status: a.status,
        ontvangenOp: a.ontvangenOp,
        verdaagd: d.verdaagdOp !== null,
        huishoudenId: d.huishoudenId,
        product: d.product,
        inwoner: persoonNaam(d.persoon),
        heeftConcept: d.beschikkingen.length > 0,
        uiterlijk: termijn.uiterlijk,
        termijn,
      };
    }),
    total: gefilterd.length,
    page,
    pages,
    tellingen: {
      open: open.length,
      verlopen: open.filter((a) => !a.opgeschort && a.dagenOver < 0).length,
      bijnaVerlopen: open.filter((a) => !a.opgeschort && a.dagenOver >= 0 && a.dagenOver <= DUE_SOON_DAYS).length,
      opgeschort: open.filter((a) => a.opgeschort).length,
    },
  };
}

const DAG = 86_400_000;

/**
 * The due date of an aanvraag that was never suspended: the received day (a date column, so already a calendar day at
 * UTC midnight) plus the term and the verdaging. The same as aanvraagTermijn without opschortingen
 * (tests/integration/aanvraag-termijn.test.ts compares them), without its time-zone work for each of a thousand rows.
 */
export const wachtrijUiterlijk = (a: { wet: Wet; ontvangenOp: Date; verdagingDagen: number | null }, settings: BeschikkingTermSettings): Date =>
  new Date(a.ontvangenOp.getTime() + (beschikkingTermDays(a.wet, settings) + (a.verdagingDagen ?? 0)) * DAG);
