import 'server-only';
import { leesZonderTransactie } from '@/lib/server/lees-zonder-transactie';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { diffPlan } from '@/lib/domain/plan-diff';
import { DomainError } from '@/lib/errors';
import { loadVersie, planAudit, planInhoudVan, planLeesToegang } from './shared';

/**
 * What changed between two versions of the household's plan (by default: the newest and the one before it), as it
 * reads: parts added, removed and edited, field by field.
 */
export async function getPlanVerschillen(actor: Actor, huishoudenId: string, keuze: { van?: number; naar?: number } = {}) {
  assertPermission(actor, 'dossier:read');
  return leesZonderTransactie(async (tx) => {
    await planLeesToegang(actor, huishoudenId);
    const plan = await tx.ondersteuningsplan.findFirst({
      where: { huishoudenId, actueel: true },
      select: { id: true, versies: { orderBy: { versienummer: 'desc' }, select: { id: true, versienummer: true, status: true } } },
    });
    if (!plan || plan.versies.length < 2) throw new DomainError('NOT_FOUND', ['Dit plan heeft nog maar één versie.']);
    const naar = plan.versies.find((v) => v.versienummer === keuze.naar) ?? plan.versies[0];
    const van = plan.versies.find((v) => v.versienummer === keuze.van && v.id !== naar.id) ?? plan.versies.find((v) => v.versienummer < naar.versienummer) ?? plan.versies[1];
    await planAudit(tx, actor, huishoudenId, { actie: 'READ', entiteit: 'Ondersteuningsplan', entiteitId: plan.id, after: { van: van.versienummer, naar: naar.versienummer } });
    const oud = await planInhoudVan(tx, await loadVersie(tx, actor, huishoudenId, van.id));
    const nieuw = await planInhoudVan(tx, await loadVersie(tx, actor, huishoudenId, naar.id));
    return { versies: plan.versies, van, naar, verschil: diffPlan(oud, nieuw) };
  });
}
