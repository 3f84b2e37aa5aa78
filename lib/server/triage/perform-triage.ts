import 'server-only';
import { prisma, type Tx } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { addCalendarDays, toCalendarDay } from '@/lib/domain/dates';
import { isOpen } from '@/lib/domain/melding';
import { TRIAGE_UITKOMST_LABELS, URGENTIE_LABELS, VEILIGHEID_LABELS } from '@/lib/domain/labels';
import { hoogsteComplexiteit, hoogsteUrgentie, hoogsteVeiligheid, planTriage, triageFacts, TRIAGE_ROUTE_LABELS, UITKOMST_COMPLEXITEIT, type TriageRoute } from '@/lib/domain/triage';
import { DomainError } from '@/lib/errors';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import { recordAudit } from '@/lib/server/audit/record';
import { staleVersionError } from '@/lib/server/concurrency/stale-version';
import type { TriageInput } from '@/lib/validations/triage';
import { applyTransition } from '@/lib/server/transition/apply-transition';
import { loadTriageSituatie } from './load-situatie';

/** The conflict: who triaged or changed the melding (or its casus) since it was opened, when, and to what. */
function triageConflict(tx: Tx, actor: Actor, meldingId: string, casusId?: string | null) {
  return staleVersionError(tx, actor, {
    entiteit: 'Melding',
    entiteitId: meldingId,
    casusId: casusId ?? undefined,
    wat: 'deze melding',
    details: ({ actie, after }) => {
      if (actie !== 'TRIAGE_RECORDED' || !after || typeof after !== 'object') return [];
      const a = after as { uitkomst?: keyof typeof TRIAGE_UITKOMST_LABELS; route?: TriageRoute; urgentie?: keyof typeof URGENTIE_LABELS; veiligheid?: keyof typeof VEILIGHEID_LABELS };
      return [
        a.uitkomst && TRIAGE_UITKOMST_LABELS[a.uitkomst] ? `uitkomst is nu ${TRIAGE_UITKOMST_LABELS[a.uitkomst]}` : null,
        a.route && TRIAGE_ROUTE_LABELS[a.route] ? `route ${TRIAGE_ROUTE_LABELS[a.route]}` : null,
        a.urgentie && URGENTIE_LABELS[a.urgentie] ? `urgentie ${URGENTIE_LABELS[a.urgentie]}` : null,
        a.veiligheid && VEILIGHEID_LABELS[a.veiligheid] ? `veiligheid ${VEILIGHEID_LABELS[a.veiligheid]}` : null,
      ].filter((d): d is string => Boolean(d));
    },
  });
}

/**
 * Records the triage of a melding (DOMAIN.md §2) and moves its casus along the route table: afgehandeld closes a
 * casus that was opened for this melding, kortdurende hulp and vraagverheldering move it on, spoed sends it straight
 * to the casusverdeling. Yes or doubt on safety raises a consult for a gedragswetenschapper (DOMAIN.md §3 rule 6).
 * Optimistic lock on Melding.version: of two people triaging at once, one succeeds and the other gets STALE_VERSION.
 */
export async function performTriage(actor: Actor, input: TriageInput, now = new Date()) {
  assertPermission(actor, 'triage:perform');
  return prisma.$transaction(async (tx) => {
    // Lock the melding first: the second of two people triaging at once waits here until the first commits, then
    // reads the new version and gets the conflict message (not a refusal based on the casus the first one moved).
    await tx.$queryRaw`SELECT 1 FROM "Melding" WHERE id = ${input.meldingId}::uuid FOR UPDATE`;
    const melding = await tx.melding.findFirst({
      where: { id: input.meldingId, gemeenteId: actor.gemeenteId },
      select: { id: true, kenmerk: true, version: true, status: true, urgent: true, huishoudenId: true, casusId: true },
    });
    if (!melding) throw new DomainError('NOT_FOUND', ['Melding niet gevonden.']);
    if (melding.version !== input.version || !isOpen(melding.status)) throw await triageConflict(tx, actor, melding.id, melding.casusId);

    const auditAfter = { uitkomst: input.uitkomst, route: input.route, urgentie: input.urgentie, veiligheid: input.veiligheid };
    // Need-to-know: checked (and logged) while the open melding still gives the front office its ground.
    if (melding.huishoudenId) {
      await assertHouseholdAccess(tx, actor, melding.huishoudenId, { actie: 'TRIAGE_RECORDED', entiteit: 'Melding', entiteitId: melding.id, after: auditAfter });
    } else {
      await recordAudit(tx, actor, { actie: 'TRIAGE_RECORDED', entiteit: 'Melding', entiteitId: melding.id, after: auditAfter });
    }

    const { situatie, casus } = await loadTriageSituatie(tx, melding);
    const fieldErrors: Record<string, string[]> = {};
    const leefgebieden = await tx.leefgebied.findMany({ where: { gemeenteId: actor.gemeenteId, id: { in: input.leefgebieden } }, select: { id: true, naam: true } });
    if (leefgebieden.length !== new Set(input.leefgebieden).size) fieldErrors.leefgebieden = ['Kies leefgebieden uit de lijst.'];
    const voorziening = input.voorzieningId
      ? await tx.voorziening.findFirst({ where: { id: input.voorzieningId, gemeenteId: actor.gemeenteId, actief: true }, select: { id: true, naam: true } })
      : null;
    if (input.voorzieningId && !voorziening) fieldErrors.voorzieningId = ['Kies een voorziening uit de sociale kaart.'];

    const plan = planTriage(situatie, {
      uitkomst: input.uitkomst,
      route: input.route,
      urgentie: input.urgentie,
      veiligheid: input.veiligheid,
      metIndicatie: input.metIndicatie,
      voorzieningGekozen: Boolean(voorziening),
      toelichting: input.toelichting,
    });
    if (!plan.ok) for (const [field, reasons] of Object.entries(plan.fieldErrors)) (fieldErrors[field] ??= []).push(...reasons);
    if (!plan.ok || Object.keys(fieldErrors).length) throw new DomainError('INVALID', [], fieldErrors);
    const { effect } = plan;

    // The lock: the second of two people triaging at once waits here, then finds a newer version.
    await applyTransition(tx, actor, {
      object: 'melding', id: melding.id, version: input.version, van: melding.status, naar: effect.meldingStatus,
      data: { urgent: melding.urgent || input.urgentie !== 'NORMAAL' },
      audit: null, // TRIAGE_RECORDED above
      conflict: () => triageConflict(tx, actor, melding.id, melding.casusId),
    });

    const triage = await tx.triage.create({
      data: {
        gemeenteId: actor.gemeenteId,
        meldingId: melding.id,
        casusId: casus?.id ?? null,
        uitkomst: input.uitkomst,
        metIndicatie: input.uitkomst === 'ENKELVOUDIG' || input.uitkomst === 'MEERVOUDIG' ? input.metIndicatie : null,
        vervolg: effect.vervolg,
        urgentie: input.urgentie,
        veiligheid: input.veiligheid,
        veiligheidToelichting: input.veiligheidToelichting,
        alleLedenBekend: input.alleLedenBekend,
        voorzieningId: voorziening?.id ?? null,
        toelichting: input.toelichting,
        doorId: actor.id,
        op: now,
        leefgebieden: { create: leefgebieden.map((l) => ({ leefgebiedId: l.id, label: l.naam })) },
      },
      select: { id: true },
    });

    let consultId: string | null = null;
    if (casus && situatie.soort !== 'GEEN_CASUS') {
      const current = await tx.casus.findUniqueOrThrow({ where: { id: casus.id }, select: { fase: true, urgentie: true, veiligheid: true, complexiteit: true, version: true, huishoudenId: true } });
      const data = {
        urgentie: hoogsteUrgentie(current.urgentie, input.urgentie),
        veiligheid: hoogsteVeiligheid(current.veiligheid, input.veiligheid),
        complexiteit: hoogsteComplexiteit(current.complexiteit, UITKOMST_COMPLEXITEIT[input.uitkomst]),
      };
      if (effect.naar && situatie.soort === 'TRIAGE') {
        // The step of the route table that planTriage chose, with the facts it checked (the casus after this triage).
        await applyTransition(tx, actor, {
          object: 'casus', id: casus.id, version: casus.version, van: current.fase, naar: effect.naar, op: now,
          facts: triageFacts(situatie.casus, input),
          data: { ...data, ...(effect.naar === 'AFGESLOTEN' ? { afgeslotenOp: now, afsluitreden: effect.afsluitreden } : {}) },
          reden: `Triage van melding ${melding.kenmerk}: ${TRIAGE_UITKOMST_LABELS[input.uitkomst].toLowerCase()}`,
          audit: null, // TRIAGE_RECORDED above
          conflict: () => triageConflict(tx, actor, melding.id, casus.id),
        });
      } else {
        const { count: casusCount } = await tx.casus.updateMany({ where: { id: casus.id, version: casus.version }, data: { ...data, version: { increment: 1 } } });
        if (casusCount === 0) throw await triageConflict(tx, actor, melding.id, casus.id);
      }
      if (effect.consult) {
        const gemeente = await tx.gemeente.findUniqueOrThrow({ where: { id: actor.gemeenteId }, select: { consultTermijnDagen: true } });
        const consult = await tx.consult.create({
          data: {
            gemeenteId: actor.gemeenteId,
            huishoudenId: current.huishoudenId,
            casusId: casus.id,
            soort: 'VEILIGHEID',
            vraag: [`Veiligheidscheck bij triage van melding ${melding.kenmerk}: ${VEILIGHEID_LABELS[input.veiligheid].toLowerCase()}.`, input.veiligheidToelichting].filter(Boolean).join(' '),
            aangevraagdDoorId: actor.id,
            uiterlijkOp: addCalendarDays(toCalendarDay(now), gemeente.consultTermijnDagen),
          },
          select: { id: true },
        });
        consultId = consult.id;
        await recordAudit(tx, actor, { actie: 'CONSULT_AANGEVRAAGD', entiteit: 'Consult', entiteitId: consult.id, huishoudenId: current.huishoudenId, after: { soort: 'VEILIGHEID', casusId: casus.id } });
      }
    }
    return { triageId: triage.id, casusId: casus?.id ?? null, casusNummer: casus?.nummer ?? null, naar: effect.naar, meldingStatus: effect.meldingStatus, consultId };
  });
}
