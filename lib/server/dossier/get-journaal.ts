import 'server-only';
import { leesZonderTransactie } from '@/lib/server/lees-zonder-transactie';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { magJournaalBewerken, vastOp } from '@/lib/domain/journaal';
import { DomainError } from '@/lib/errors';
import { isUuid } from '@/lib/domain/ids';
import { namenVan, openDossier } from './common';

/** The journaal tab: every contactmoment, newest first, with whether the actor may still correct it. */
export async function getJournaal(actor: Actor, huishoudenId: string, now = new Date()) {
  assertPermission(actor, 'dossier:read');
  return leesZonderTransactie(async (tx) => {
    await openDossier(tx, actor, huishoudenId, { actie: 'READ', entiteit: 'Journaal' });
    const momenten = await tx.contactmoment.findMany({ where: { huishoudenId }, orderBy: [{ datum: 'desc' }, { createdAt: 'desc' }] });
    const naam = await namenVan(tx, momenten.map((m) => m.auteurId));
    return momenten.map((m) => ({
      ...m, auteur: naam(m.auteurId) ?? 'Onbekend', bewerkbaar: magJournaalBewerken(m, actor.id, now), vastOp: vastOp(m.createdAt),
    }));
  });
}

/** One contactmoment, for its detail page and the correction form. */
export async function getContactmoment(actor: Actor, huishoudenId: string, contactmomentId: string, now = new Date()) {
  assertPermission(actor, 'dossier:read');
  if (!isUuid(contactmomentId)) throw new DomainError('NOT_FOUND', ['Dit contactmoment bestaat niet.']);
  return leesZonderTransactie(async (tx) => {
    await openDossier(tx, actor, huishoudenId, { actie: 'READ', entiteit: 'Contactmoment', entiteitId: contactmomentId });
    const m = await tx.contactmoment.findFirst({ where: { id: contactmomentId, huishoudenId } });
    if (!m) throw new DomainError('NOT_FOUND', ['Dit contactmoment bestaat niet.']);
    const naam = await namenVan(tx, [m.auteurId]);
    return { ...m, auteur: naam(m.auteurId) ?? 'Onbekend', bewerkbaar: magJournaalBewerken(m, actor.id, now), vastOp: vastOp(m.createdAt) };
  });
}
