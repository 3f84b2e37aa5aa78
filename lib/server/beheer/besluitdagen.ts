import 'server-only';
import { prisma, type Tx } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { addCalendarDays, toCalendarDay, toIsoDate } from '@/lib/domain/dates';
import { feestdagen, vrijeDag, GEEN_BESLUITDAGEN } from '@/lib/domain/termijnwet';
import { DomainError, isUniqueViolation } from '@/lib/errors';
import { vergeetBewaardeRapportages } from '@/lib/server/rapportage/get-rapportage';
import type { AddBesluitdagInput } from '@/lib/validations/beheer';
import { auditCreate, auditRemove } from './audit';

// Beheer › Feestdagen (issue 17): the days a Royal Decree sets equal to the feestdagen of the Algemene termijnenwet
// (art. 3 lid 3). National law, so one list for every gemeente (table "Besluitdag"). A change moves terms: the stored
// bezwaar terms of sent beschikkingen are recomputed in the same transaction (herbereken_bezwaartermijnen) and the
// kept rapportage figures are dropped; every other term is computed when it is read.

export const BESLUITDAG_BESTAAT = 'Deze dag staat al in de lijst.';
export const BESLUITDAG_NIET_GEVONDEN = 'Deze dag staat niet (meer) in de lijst.';
export const besluitdagAlVrij = (reden: string) => `Deze dag telt al niet mee voor termijnen: het is ${/^[a-z]/.test(reden) ? 'een ' : ''}${reden}.`;

/** The bezwaar terms that can end near this day: sent at most this many days before it (terms up to 12 weeks, Atw art. 4). */
const HERBEREKEN_DAGEN = 120;

async function herbereken(tx: Tx, datum: Date): Promise<number> {
  const [{ aantal }] = await tx.$queryRaw<{ aantal: number }[]>`SELECT herbereken_bezwaartermijnen(${toIsoDate(addCalendarDays(datum, -HERBEREKEN_DAGEN))}::date) AS "aantal"`;
  return aantal;
}

/** The list with its sources, and the feestdagen of art. 3 lid 1 of this year and the next, to check against. */
export async function listBesluitdagen(actor: Actor, today = new Date()) {
  assertPermission(actor, 'beheer:manage');
  const besluitdagen = await prisma.besluitdag.findMany({ orderBy: { datum: 'asc' }, select: { id: true, datum: true, naam: true, bron: true, createdAt: true } });
  const jaar = toCalendarDay(today).getUTCFullYear();
  return { besluitdagen, feestdagen: [...feestdagen(jaar), ...feestdagen(jaar + 1)] };
}

export async function addBesluitdag(actor: Actor, input: AddBesluitdagInput) {
  assertPermission(actor, 'beheer:manage');
  const datum = toCalendarDay(input.datum);
  const al = vrijeDag(datum, GEEN_BESLUITDAGEN);
  if (al) throw new DomainError('INVALID', [besluitdagAlVrij(al)], { datum: [besluitdagAlVrij(al)] });
  try {
    const result = await prisma.$transaction(async (tx) => {
      if (await tx.besluitdag.findUnique({ where: { datum }, select: { id: true } })) {
        throw new DomainError('CONFLICT', [BESLUITDAG_BESTAAT], { datum: [BESLUITDAG_BESTAAT] });
      }
      const dag = await tx.besluitdag.create({ data: { datum, naam: input.naam, bron: input.bron, toegevoegdDoorId: actor.id }, select: { id: true } });
      const herberekend = await herbereken(tx, datum);
      await vergeetBewaardeRapportages(tx);
      await auditCreate(tx, actor, { actie: 'BESLUITDAG_ADDED', entiteit: 'Besluitdag', entiteitId: dag.id }, {
        datum: toIsoDate(datum), naam: input.naam, bron: input.bron, bezwaartermijnenHerberekend: herberekend,
      });
      return { id: dag.id, herberekend };
    });
    return result;
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('CONFLICT', [BESLUITDAG_BESTAAT], { datum: [BESLUITDAG_BESTAAT] });
    throw error;
  }
}

export async function removeBesluitdag(actor: Actor, input: { besluitdagId: string }) {
  assertPermission(actor, 'beheer:manage');
  const result = await prisma.$transaction(async (tx) => {
    const dag = await tx.besluitdag.findUnique({ where: { id: input.besluitdagId } });
    if (!dag) throw new DomainError('NOT_FOUND', [BESLUITDAG_NIET_GEVONDEN]);
    const { count } = await tx.besluitdag.deleteMany({ where: { id: dag.id } });
    if (count === 0) throw new DomainError('NOT_FOUND', [BESLUITDAG_NIET_GEVONDEN]);
    const herberekend = await herbereken(tx, dag.datum);
    await vergeetBewaardeRapportages(tx);
    await auditRemove(tx, actor, { actie: 'BESLUITDAG_REMOVED', entiteit: 'Besluitdag', entiteitId: dag.id }, {
      datum: toIsoDate(dag.datum), naam: dag.naam, bron: dag.bron, bezwaartermijnenHerberekend: herberekend,
    });
    return { herberekend };
  });
  return result;
}
