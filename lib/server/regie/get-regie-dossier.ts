import 'server-only';
import { leesZonderTransactie } from '@/lib/server/lees-zonder-transactie';
import { assertPermission, can, type Actor } from '@/lib/auth/permissions';
import { heeftGeldigMandaat } from '@/lib/domain/casusverdeling';
import { opschalingRequestRefusals } from '@/lib/domain/opschaling';
import { leadOf, monitoringOf, needsCasusregisseur, regieProblems } from '@/lib/domain/regie';
import { DomainError } from '@/lib/errors';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import { REGIE_FASEN, toAssignment } from './regie-core';
import { loadTeamleden, type Teamlid } from './team-caseload';
import { userNames } from './user-names';

/**
 * The regie tab of a household's dossier: who has regie now, the whole history (from, to, when, why), the
 * opschalingsverzoeken and the doorzettingsmacht used, and what this actor may do about it.
 */
export async function getRegieDossier(actor: Actor, huishoudenId: string, today = new Date()) {
  assertPermission(actor, 'dossier:read');
  return leesZonderTransactie(async (tx) => {
    await assertHouseholdAccess(tx, actor, huishoudenId, { actie: 'READ', entiteit: 'RegieToewijzing' });
    const huishouden = await tx.huishouden.findFirst({
      where: { id: huishoudenId, gemeenteId: actor.gemeenteId },
      select: { id: true, naam: true, wijkId: true },
    });
    if (!huishouden) throw new DomainError('NOT_FOUND', ['Dit huishouden bestaat niet (meer).']);
    const casussen = await tx.casus.findMany({
      where: { huishoudenId },
      orderBy: { geopendOp: 'desc' },
      select: { id: true, nummer: true, fase: true, version: true, teamId: true, intakeDoorId: true, contactpersoonId: true },
    });
    const casus = casussen.find((c) => c.fase !== 'AFGESLOTEN') ?? casussen[0] ?? null;
    const casusIds = casussen.map((c) => c.id);
    // One after the other: a transaction has one connection.
    const toewijzingen = await tx.regieToewijzing.findMany({
      where: { huishoudenId },
      orderBy: [{ vanaf: 'desc' }, { id: 'asc' }],
      select: {
        id: true, casusId: true, vorm: true, lead: true, regisseurId: true, aanbiederId: true, externeRegisseurNaam: true,
        vanaf: true, tot: true, reden: true, eindreden: true, uitzonderingReden: true, goedgekeurdDoorId: true,
        toegewezenDoorId: true, vorigeId: true, version: true,
        regisseur: { select: { naam: true } }, aanbieder: { select: { naam: true } },
      },
    });
    const verzoeken = await tx.opschalingsverzoek.findMany({
      where: { casusId: { in: casusIds } },
      orderBy: { createdAt: 'desc' },
      select: { id: true, casusId: true, reden: true, status: true, createdAt: true, aangevraagdDoorId: true, besluitDoorId: true, besluitOp: true, besluitToelichting: true },
    });
    const gebeurtenissen = await tx.casusGebeurtenis.findMany({
      where: { casusId: { in: casusIds }, soort: { in: ['DOORZETTINGSMACHT', 'OPGESCHAALD', 'AFGESCHAALD'] } },
      orderBy: { op: 'desc' },
      select: { id: true, soort: true, omschrijving: true, op: true, doorId: true },
    });
    const mandaten = await tx.mandaat.findMany({ where: { userId: actor.id, soort: 'DOORZETTINGSMACHT' }, select: { soort: true, vanaf: true, tot: true } });
    const namen = await userNames(tx, [
      casus?.intakeDoorId, casus?.contactpersoonId,
      ...toewijzingen.flatMap((t) => [t.toegewezenDoorId, t.goedgekeurdDoorId]),
      ...verzoeken.flatMap((v) => [v.aangevraagdDoorId, v.besluitDoorId]),
      ...gebeurtenissen.map((g) => g.doorId),
    ]);
    const naam = (id: string | null | undefined) => (id ? namen.get(id) ?? 'Onbekend' : null);

    const huidige = toewijzingen.filter((t) => t.tot === null);
    const assignments = huidige.map(toAssignment);
    const inRegie = casus !== null && REGIE_FASEN.includes(casus.fase);
    const openVerzoek = casus ? verzoeken.some((v) => v.casusId === casus.id && v.status === 'OPEN') : false;
    const magToewijzen = inRegie && can(actor, 'regie:assign') && casus!.teamId !== null && actor.teamIds.includes(casus!.teamId);
    const opschalingBlokkades = casus && can(actor, 'regie:request-opschaling')
      ? opschalingRequestRefusals({ fase: casus.fase, current: assignments, requesterId: actor.id, hasOpenRequest: openVerzoek, reden: '-' })
      : null;
    let teamleden: Teamlid[] = [];
    let aanbieders: { id: string; naam: string }[] = [];
    if (magToewijzen) {
      teamleden = await loadTeamleden(tx, actor.gemeenteId, [casus!.teamId!], today);
      aanbieders = await tx.aanbieder.findMany({ where: { gemeenteId: actor.gemeenteId, actief: true }, orderBy: { naam: 'asc' }, select: { id: true, naam: true } });
    }

    const houder = (t: (typeof toewijzingen)[number]) =>
      t.regisseur?.naam ?? (t.aanbieder ? `${t.aanbieder.naam}${t.externeRegisseurNaam ? ` (${t.externeRegisseurNaam})` : ''}` : 'Onbekend');
    const lead = leadOf(assignments);
    const monitoring = monitoringOf(assignments);
    return {
      huishouden,
      casus: casus && {
        ...casus,
        intakeDoor: naam(casus.intakeDoorId),
        contactpersoon: naam(casus.contactpersoonId ?? casus.intakeDoorId),
      },
      huidige: huidige.map((t) => ({
        id: t.id,
        vorm: t.vorm,
        lead: t.lead,
        houder: houder(t),
        isAanbieder: t.aanbiederId !== null,
        isMonitoring: monitoring?.id === t.id,
        uitzonderingReden: t.uitzonderingReden,
        goedgekeurdDoor: naam(t.goedgekeurdDoorId),
        vanaf: t.vanaf,
        reden: t.reden,
        version: t.version,
        regisseurId: t.regisseurId,
      })),
      leadId: lead?.id ?? null,
      vraagtCasusregisseur: needsCasusregisseur(assignments),
      problemen: regieProblems(assignments),
      geschiedenis: toewijzingen.map((t) => ({
        id: t.id,
        vorm: t.vorm,
        lead: t.lead,
        houder: houder(t),
        vanaf: t.vanaf,
        tot: t.tot,
        reden: t.reden,
        eindreden: t.eindreden,
        uitzonderingReden: t.uitzonderingReden,
        toegewezenDoor: naam(t.toegewezenDoorId),
        vervangt: t.vorigeId ? houder(toewijzingen.find((v) => v.id === t.vorigeId) ?? t) : null,
      })),
      verzoeken: verzoeken.map((v) => ({ ...v, aangevraagdDoor: naam(v.aangevraagdDoorId), besluitDoor: naam(v.besluitDoorId) })),
      gebeurtenissen: gebeurtenissen.map((g) => ({ ...g, door: naam(g.doorId) })),
      mag: {
        toewijzen: magToewijzen,
        opschalen: opschalingBlokkades !== null && opschalingBlokkades.length === 0,
        opschalenBlokkades: opschalingBlokkades ?? [],
        doorzettingsmacht:
          casus !== null && casus.fase !== 'AFGESLOTEN' && can(actor, 'regie:doorzettingsmacht') && heeftGeldigMandaat(mandaten, 'DOORZETTINGSMACHT', today),
      },
      teamleden,
      aanbieders,
    };
  });
}
