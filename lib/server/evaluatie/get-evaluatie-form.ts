import 'server-only';
import { prisma } from '@/lib/db';
import { leesZonderTransactie } from '@/lib/server/lees-zonder-transactie';
import { assertPermission, can, type Actor } from '@/lib/auth/permissions';
import { isEvaluatieFase } from '@/lib/domain/casus-transitions';
import { toCalendarDay } from '@/lib/domain/dates';
import { BEVROREN_STATUSSEN, isEvalueerbaar, standaardWaakvlam } from '@/lib/domain/plan';
import type { PlanStatus } from '@/lib/generated/prisma/enums';
import { loadVersie, persoonNaam, planAudit, planLeesToegang } from '@/lib/server/plan/shared';

/**
 * The evaluation form: the binding version with its goals and actions, the household's members (for new ZRM scores)
 * and the latest ZRM score per person and domain, the default waakvlam. `versie` is null when nothing can be
 * evaluated now (no binding plan in uitvoering).
 */
export async function getEvaluatieForm(actor: Actor, huishoudenId: string, now = new Date()) {
  assertPermission(actor, 'plan:write');
  const today = toCalendarDay(now);
  return leesZonderTransactie(async (tx) => {
    await planLeesToegang(actor, huishoudenId);
    const huishouden = await tx.huishouden.findUniqueOrThrow({ where: { id: huishoudenId }, select: { id: true, naam: true } });
    const geldend = await tx.planVersie.findFirst({
      where: { plan: { huishoudenId, actueel: true }, status: { in: (BEVROREN_STATUSSEN as PlanStatus[]).filter((s) => s !== 'VERVANGEN') } },
      orderBy: { versienummer: 'desc' },
      select: { id: true, plan: { select: { casus: { select: { fase: true, veiligheid: true } } } } },
    });
    await planAudit(tx, actor, huishoudenId, { actie: 'READ', entiteit: 'PlanVersie', entiteitId: geldend?.id ?? null });
    const gemeente = await tx.gemeente.findUniqueOrThrow({ where: { id: actor.gemeenteId }, select: { waakvlamStandaardDagen: true } });
    const waakvlamStandaard = standaardWaakvlam(today, gemeente.waakvlamStandaardDagen);
    if (!geldend) return { huishouden, versie: null, waakvlamStandaard };
    const versie = await loadVersie(tx, actor, huishoudenId, geldend.id);
    const fase = geldend.plan.casus.fase;
    if (!isEvalueerbaar(versie.status) || !isEvaluatieFase(fase)) return { huishouden, versie: null, waakvlamStandaard };
    const leden = await tx.huishoudenLidmaatschap.findMany({
      where: { huishoudenId, tot: null },
      orderBy: { vanaf: 'asc' },
      select: { persoon: { select: { id: true, voornamen: true, tussenvoegsel: true, achternaam: true } } },
    });
    const scores = await tx.zrmScore.findMany({
      where: { huishoudenId },
      orderBy: { datum: 'desc' },
      select: { persoonId: true, domein: true, score: true, datum: true },
    });
    const laatste = new Map<string, (typeof scores)[number]>();
    for (const s of scores) if (!laatste.has(`${s.persoonId}|${s.domein}`)) laatste.set(`${s.persoonId}|${s.domein}`, s);
    const naam = new Map(leden.map((l) => [l.persoon.id, persoonNaam(l.persoon)]));
    // Issue 21: the household's own word on each goal (Mijn plan), newest first.
    const voortgang = await tx.doelVoortgang.findMany({
      where: { doelId: { in: versie.doelen.map((d) => d.id) } }, orderBy: { op: 'desc' }, select: { doelId: true, schaal: true, tekst: true, op: true },
    });
    return {
      huishouden,
      waakvlamStandaard,
      magAfsluiten: can(actor, 'casus:afsluiten'),
      veiligheid: geldend.plan.casus.veiligheid,
      versie: {
        id: versie.id,
        versienummer: versie.versienummer,
        version: versie.version,
        evaluatieDatum: versie.evaluatieDatum,
        doelen: versie.doelen.map((d) => ({
          id: d.id, omschrijving: d.omschrijving, leefgebied: d.label, zichtbaarAan: d.zichtbaarAan,
          acties: versie.acties.filter((a) => a.doelId === d.id).map((a) => ({ wat: a.wat, status: a.status })),
          voortgang: voortgang.filter((v) => v.doelId === d.id).slice(0, 3).map((v) => ({ schaal: v.schaal, tekst: v.tekst, op: v.op.toISOString() })),
        })),
      },
      personen: leden.map((l) => ({ value: l.persoon.id, label: persoonNaam(l.persoon) })),
      laatsteScores: [...laatste.values()].map((s) => ({ ...s, naam: naam.get(s.persoonId) ?? 'Onbekend' })).filter((s) => naam.has(s.persoonId)),
    };
  });
}

export type EvaluatieForm = Awaited<ReturnType<typeof getEvaluatieForm>>;
