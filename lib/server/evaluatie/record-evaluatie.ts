import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { isEvaluatieFase } from '@/lib/domain/casus-transitions';
import { calendarDaysBetween, toCalendarDay } from '@/lib/domain/dates';
import { EVALUATIE_BESLUIT_LABELS } from '@/lib/domain/labels';
import { BESLUIT_GEVOLG, doelenZonderResultaat, isEvalueerbaar } from '@/lib/domain/plan';
import { DomainError, isUniqueViolation } from '@/lib/errors';
import type { EvaluatieInput } from '@/lib/validations/plan';
import { sluitCasusAf } from '@/lib/server/casus/afsluiten-casus';
import { casusFacts } from '@/lib/server/casus/casus-facts';
import { conflict, kopieerVersie, loadVersie, planAudit, planFacts, planToegang, VERSIE_IN_BEWERKING } from '@/lib/server/plan/shared';
import { applyTransition } from '@/lib/server/transition/apply-transition';

export type EvaluatieResult = { evaluatieId: string; nieuweVersieId: string | null; waakvlamOp: Date | null };

/**
 * The evaluation of the binding plan with the household (DOMAIN.md §2): per goal a result (behaald, deels, niet),
 * optional new ZRM scores, and a decision. The casus goes through Evaluatie and on, as the decision says
 * (lib/domain/plan BESLUIT_GEVOLG): voortzetten, opschalen or afschalen carry on with the same version and a next
 * evaluation date; bijstellen makes a new concept version that copies this one; afsluiten closes the casus with a
 * reason and a waakvlam (refused while a safety consult is open or, with a lasting risk, without the teamleider).
 * All of it in one transaction: a refused closing records no evaluation either.
 */
export async function recordEvaluatie(actor: Actor, input: EvaluatieInput, now = new Date()): Promise<EvaluatieResult> {
  assertPermission(actor, 'plan:write');
  if (input.besluit === 'AFSLUITEN') assertPermission(actor, 'casus:afsluiten');
  const today = toCalendarDay(now);
  const gevolg = BESLUIT_GEVOLG[input.besluit];
  const veldfouten: Record<string, string[]> = {};
  if (calendarDaysBetween(today, input.datum) > 0) veldfouten.datum = ['De evaluatie kan niet in de toekomst liggen.'];
  if (gevolg.volgendeEvaluatie && input.volgendeEvaluatie && calendarDaysBetween(today, input.volgendeEvaluatie) < 1) {
    veldfouten.volgendeEvaluatie = ['Kies een volgende evaluatie na vandaag.'];
  }
  if (Object.keys(veldfouten).length) throw new DomainError('INVALID', ['Controleer de gemarkeerde velden.'], veldfouten);

  try {
    return await prisma.$transaction(async (tx) => {
      await planToegang(tx, actor, input.huishoudenId);
      const versie = await loadVersie(tx, actor, input.huishoudenId, input.versieId);
      if (versie.version !== input.version) throw await conflict(tx, versie.id, input.version, [], now);
      if (!isEvalueerbaar(versie.status)) throw new DomainError('TRANSITION_REFUSED', ['Je evalueert het geldende plan terwijl het wordt uitgevoerd.']);
      let casus = await tx.casus.findUniqueOrThrow({
        where: { id: versie.plan.casusId },
        select: { id: true, huishoudenId: true, fase: true, version: true, veiligheid: true },
      });
      if (!isEvaluatieFase(casus.fase)) {
        throw new DomainError('TRANSITION_REFUSED', ['Een evaluatie hoort bij een casus in uitvoering.']);
      }

      // Every goal of the version gets a result; nothing else is evaluated here.
      const resultaten = Object.fromEntries(input.doelen.map((d) => [d.doelId, d.resultaat]));
      const ontbreekt = new Set(doelenZonderResultaat(versie.doelen.map((d) => d.id), resultaten));
      if (ontbreekt.size) {
        throw new DomainError('INVALID', ['Geef bij elk doel aan of het is behaald.'], Object.fromEntries(
          versie.doelen.flatMap((d, i) => (ontbreekt.has(d.id) ? [[`doelen.${i}.resultaat`, ['Kies of dit doel is behaald.']]] : [])),
        ));
      }
      const doelIds = new Set(versie.doelen.map((d) => d.id));
      if (input.doelen.some((d) => !doelIds.has(d.doelId))) throw new DomainError('INVALID', ['Een doel hoort niet bij deze versie van het plan. Laad de pagina opnieuw.']);
      if (input.zrm.length) {
        const leden = await tx.huishoudenLidmaatschap.count({ where: { huishoudenId: input.huishoudenId, tot: null, persoonId: { in: [...new Set(input.zrm.map((z) => z.persoonId))] } } });
        if (leden !== new Set(input.zrm.map((z) => z.persoonId)).size) throw new DomainError('INVALID', ['Een gekozen persoon hoort niet (meer) bij het huishouden. Laad de pagina opnieuw.']);
      }

      // The lock on the version: a second evaluation of the same version waits and then finds it moved on.
      const planStatus = gevolg.planStatus;
      await applyTransition(tx, actor, {
        object: 'planVersie', id: versie.id, version: input.version, van: versie.status, naar: planStatus, facts: planFacts(versie, [], today),
        data: gevolg.volgendeEvaluatie ? { evaluatieDatum: input.volgendeEvaluatie } : {},
        audit: null, // PLAN_GEEVALUEERD below, with the evaluation's id
        conflict: () => conflict(tx, versie.id, input.version, [], now),
      });

      const evaluatie = await tx.evaluatie.create({
        data: {
          gemeenteId: actor.gemeenteId,
          casusId: casus.id,
          planVersieId: versie.id,
          datum: input.datum,
          besluit: input.besluit,
          toelichting: input.toelichting,
          doorId: actor.id,
          doelen: { create: input.doelen.map((d) => ({ doelId: d.doelId, resultaat: d.resultaat, toelichting: d.toelichting })) },
        },
        select: { id: true },
      });
      if (input.zrm.length) {
        await tx.zrmScore.createMany({
          data: input.zrm.map((z) => ({
            gemeenteId: actor.gemeenteId, huishoudenId: input.huishoudenId, persoonId: z.persoonId, domein: z.domein, score: z.score,
            datum: input.datum, beoordelaarId: actor.id, evaluatieId: evaluatie.id,
          })),
        });
      }

      if (casus.fase === 'UITVOERING') {
        const version = await applyTransition(tx, actor, {
          object: 'casus', id: casus.id, version: casus.version, van: casus.fase, naar: 'EVALUATIE', facts: await casusFacts(tx, actor, casus),
          reden: 'Evaluatie van het plan', audit: null, // part of PLAN_GEEVALUEERD
        });
        casus = { ...casus, fase: 'EVALUATIE', version };
      }
      let nieuweVersieId: string | null = null;
      let waakvlamOp: Date | null = null;
      if (gevolg.casusNaar === 'AFGESLOTEN') {
        ({ waakvlamOp } = await sluitCasusAf(tx, actor, casus, { afsluitreden: input.afsluitreden ?? '', waakvlamOp: input.waakvlamOp }, now));
      } else {
        const reden = `Besluit bij evaluatie: ${EVALUATIE_BESLUIT_LABELS[input.besluit].toLowerCase()}`;
        await applyTransition(tx, actor, {
          object: 'casus', id: casus.id, version: casus.version, van: casus.fase, naar: gevolg.casusNaar, facts: await casusFacts(tx, actor, casus),
          reden, audit: null, // part of PLAN_GEEVALUEERD
        });
        if (gevolg.nieuweVersie) nieuweVersieId = (await kopieerVersie(tx, actor, versie)).id;
        if (gevolg.gebeurtenis) {
          await tx.casusGebeurtenis.create({
            data: { casusId: casus.id, soort: gevolg.gebeurtenis, omschrijving: [reden, input.toelichting].filter(Boolean).join('. '), doorId: actor.id },
          });
        }
      }
      await planAudit(tx, actor, input.huishoudenId, {
        actie: 'PLAN_GEEVALUEERD',
        entiteit: 'PlanVersie',
        entiteitId: versie.id,
        before: { version: input.version, status: versie.status },
        after: { version: input.version + 1, status: planStatus, besluit: input.besluit, evaluatieId: evaluatie.id, nieuweVersieId },
      });
      return { evaluatieId: evaluatie.id, nieuweVersieId, waakvlamOp };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('CONFLICT', [VERSIE_IN_BEWERKING]);
    throw error;
  }
}
