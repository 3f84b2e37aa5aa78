import 'server-only';
import { leesZonderTransactie } from '@/lib/server/lees-zonder-transactie';
import { assertPermission, can, type Actor } from '@/lib/auth/permissions';
import type { DocumentSoort } from '@/lib/domain/enums';
import { BESLUIT_SOORT_LABELS, PLAN_STATUS_LABELS } from '@/lib/domain/labels';
import { eenVoorEen } from '@/lib/server/een-voor-een';
import { namenVan, openDossier } from './common';

/** A document the app makes when it is opened (issue 16 item 19): the route that makes it, and what it is. */
export type OpVerzoekDocument = {
  key: string;
  soort: Extract<DocumentSoort, 'PLAN' | 'VERSLAG' | 'BESCHIKKING'>;
  titel: string;
  /** The day the content is from (vaststelling, gesprek, besluit). */
  datum: Date;
  href: string;
  toelichting: string;
};

/**
 * The documents of a household: the stored ones (verslagen and beschikking letters as sent, inzage, uploads) and
 * the ones made on demand (issue 16 item 19): every version of the current plan, the verslag of a finished gesprek
 * that has none stored yet (for those who may make it), the letter of a beschikking that has none stored. Metadata
 * only; the content is served by each route after its own access check, and opening is logged there.
 */
export async function getDocumenten(actor: Actor, huishoudenId: string) {
  assertPermission(actor, 'dossier:read');
  return leesZonderTransactie(async (tx) => {
    await openDossier(tx, actor, huishoudenId, { actie: 'READ', entiteit: 'Documenten' });
    const [documenten, versies, gesprekken, beschikkingen] = await eenVoorEen([
      tx.document.findMany({
        where: { huishoudenId },
        orderBy: { createdAt: 'desc' },
        select: { id: true, soort: true, titel: true, mimeType: true, grootte: true, createdAt: true, doorId: true, bronId: true },
      }),
      tx.planVersie.findMany({
        where: { plan: { huishoudenId, actueel: true } },
        orderBy: { versienummer: 'desc' },
        select: { id: true, versienummer: true, status: true, vastgesteldOp: true, createdAt: true },
      }),
      tx.gesprek.findMany({ where: { huishoudenId, status: 'AFGEROND' }, orderBy: { datum: 'desc' }, select: { id: true, datum: true } }),
      tx.beschikking.findMany({
        where: { huishoudenId, status: { not: 'CONCEPT' } },
        orderBy: [{ datum: 'desc' }, { identificatie: 'desc' }],
        select: { id: true, identificatie: true, besluit: true, status: true, datum: true, vastgesteldOp: true, createdAt: true },
      }),
    ]);
    const naam = await namenVan(tx, documenten.map((d) => d.doorId));
    const opgeslagen = (soort: DocumentSoort) => new Set(documenten.filter((d) => d.soort === soort && d.bronId).map((d) => d.bronId));
    const verslagen = opgeslagen('VERSLAG');
    const brieven = opgeslagen('BESCHIKKING');
    const base = `/huishoudens/${huishoudenId}`;
    const opVerzoek: OpVerzoekDocument[] = [
      ...versies.map((v): OpVerzoekDocument => ({
        key: `plan:${v.id}`, soort: 'PLAN', titel: `Ondersteuningsplan, versie ${v.versienummer}`, datum: v.vastgesteldOp ?? v.createdAt,
        href: `${base}/plan/pdf?versie=${v.versienummer}`, toelichting: PLAN_STATUS_LABELS[v.status],
      })),
      // Making a verslag stores it on the dossier; only those who write gesprekken may make one (getVerslagPdf).
      ...(can(actor, 'gesprek:write') ? gesprekken.filter((g) => !verslagen.has(g.id)) : []).map((g): OpVerzoekDocument => ({
        key: `verslag:${g.id}`, soort: 'VERSLAG', titel: 'Verslag van het gesprek', datum: g.datum,
        href: `${base}/gesprekken/${g.id}/verslag`, toelichting: 'Wordt gemaakt en bewaard als je het opent',
      })),
      ...beschikkingen.filter((b) => !brieven.has(b.id)).map((b): OpVerzoekDocument => ({
        key: `beschikking:${b.id}`, soort: 'BESCHIKKING', titel: `Beschikking ${b.identificatie}`, datum: b.datum ?? b.vastgesteldOp ?? b.createdAt,
        href: `/beschikkingen/${b.id}/brief`, toelichting: `${BESLUIT_SOORT_LABELS[b.besluit]}; ${b.status === 'VASTGESTELD' ? 'nog niet verstuurd' : 'brief zoals hij nu gemaakt wordt'}`,
      })),
    ].sort((a, b) => b.datum.getTime() - a.datum.getTime() || a.key.localeCompare(b.key));
    return {
      documenten: documenten.map(({ bronId: _bronId, ...d }) => ({ ...d, door: naam(d.doorId) })),
      opVerzoek,
    };
  });
}
