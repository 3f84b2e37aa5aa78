import 'server-only';
import { ACTIE_STATUS_LABELS, PARTNER_SIGNAAL_SOORT_LABELS } from '@/lib/domain/labels';
import { type Tx } from '@/lib/db';
import { leesZonderTransactie } from '@/lib/server/lees-zonder-transactie';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { volledigeNaam } from '@/lib/domain/lidmaatschap';
import { buildTijdlijn, filterTijdlijn, tellPerSoort, type TijdlijnSoort } from '@/lib/domain/tijdlijn';
import { berichtenVan } from '@/lib/server/inwoner/berichten';
import { openDossier, namenVan } from './common';

const NAAM = { voornamen: true, tussenvoegsel: true, achternaam: true } as const;

/**
 * The tijdlijn tab: everything that happened around the household, read from the records themselves (a fixed number
 * of queries, each on an indexed huishoudenId or casusId) and merged by lib/domain/tijdlijn.ts. Free text is cut
 * short there; the detail pages hold the rest.
 */
export async function getTijdlijn(actor: Actor, huishoudenId: string, soorten: TijdlijnSoort[] = []) {
  assertPermission(actor, 'dossier:read');
  return leesZonderTransactie(async (tx) => {
    await openDossier(tx, actor, huishoudenId, { actie: 'READ', entiteit: 'Tijdlijn' });
    const byHuishouden = { huishoudenId };
    const casussen = await tx.casus.findMany({
      where: byHuishouden,
      select: {
        id: true, nummer: true, geopendOp: true, afgeslotenOp: true, heropendOp: true,
        faseWijzigingen: { select: { id: true, van: true, naar: true, op: true, doorId: true, reden: true } },
        gebeurtenissen: { select: { id: true, soort: true, omschrijving: true, op: true, doorId: true } },
      },
    });
    const meldingen = await tx.melding.findMany({
      where: byHuishouden,
      select: {
        id: true, kenmerk: true, kanaal: true, ontvangenOp: true, urgent: true, melderOrganisatie: true,
        triage: { select: { id: true, op: true, uitkomst: true, vervolg: true, urgentie: true, veiligheid: true, doorId: true } },
      },
    });
    const toestemmingen = await tx.toestemming.findMany({
      where: byHuishouden,
      select: { id: true, soort: true, partij: true, doel: true, gegevenOp: true, geldigTot: true, ingetrokkenOp: true, vastgelegdDoorId: true, persoon: { select: NAAM } },
    });
    const gegevensdelingen = await tx.gegevensdeling.findMany({
      where: byHuishouden, select: { id: true, partij: true, doel: true, op: true, doorId: true, toestemmingId: true, wettelijkeGrond: true },
    });
    const gesprekken = await tx.gesprek.findMany({ where: byHuishouden, select: { id: true, datum: true, plaats: true, status: true, voerderId: true, verslagVerstuurdOp: true } });
    const veiligheidsanalyses = await tx.veiligheidsanalyse.findMany({ where: byHuishouden, select: { id: true, op: true, niveau: true, doorId: true } });
    const consulten = await tx.consult.findMany({
      where: byHuishouden, select: { id: true, soort: true, createdAt: true, aangevraagdDoorId: true, afgerondOp: true, gedragswetenschapperId: true, partnerOrganisatieId: true },
    });
    // Issue 22: a consult asked of a ketenpartner names the organisation as the adviser.
    const adviseurIds = [...new Set(consulten.map((c) => c.partnerOrganisatieId).filter((id): id is string => Boolean(id)))];
    const adviseurs = new Map(adviseurIds.length ? (await tx.partnerOrganisatie.findMany({ where: { id: { in: adviseurIds } }, select: { id: true, naam: true } })).map((o) => [o.id, o.naam]) : []);
    const regie = await tx.regieToewijzing.findMany({
      where: byHuishouden,
      select: {
        id: true, vorm: true, lead: true, vanaf: true, tot: true, reden: true, eindreden: true, toegewezenDoorId: true, externeRegisseurNaam: true,
        regisseur: { select: { naam: true } }, aanbieder: { select: { naam: true } },
      },
    });
    const planVersies = await tx.planVersie.findMany({
      where: { plan: byHuishouden },
      select: {
        id: true, versienummer: true, status: true, createdAt: true, opgesteldDoorId: true, akkoordInwonerOp: true, vastgesteldOp: true, vastgesteldDoorId: true,
        evaluaties: { select: { id: true, datum: true, besluit: true, doorId: true } },
      },
    });
    const aanvragen = await tx.aanvraag.findMany({
      where: byHuishouden, select: { id: true, nummer: true, wet: true, ontvangenOp: true, status: true, verdaagdOp: true, product: { select: { naam: true } } },
    });
    const beschikkingen = await tx.beschikking.findMany({
      where: byHuishouden,
      select: { id: true, identificatie: true, wet: true, besluit: true, status: true, createdAt: true, vastgesteldOp: true, verzenddatum: true, vastgesteldDoorId: true },
    });
    const toewijzingen = await tx.toewijzing.findMany({
      where: { beschiktProduct: { beschikking: byHuishouden } },
      select: {
        id: true, toewijzingNummer: true, toewijzingOp: true, ingangsdatum: true, einddatum: true, status: true,
        product: { select: { naam: true } }, aanbieder: { select: { naam: true } },
        leveringen: { orderBy: { begindatum: 'asc' }, select: { begindatum: true, einddatum: true, createdAt: true } },
      },
    });
    const contactmomenten = await tx.contactmoment.findMany({
      where: byHuishouden, select: { id: true, soort: true, datum: true, duurMinuten: true, metWie: true, notitie: true, auteurId: true },
    });
    const documenten = await tx.document.findMany({ where: byHuishouden, select: { id: true, soort: true, titel: true, createdAt: true, doorId: true } });
    const lidmaatschappen = await tx.huishoudenLidmaatschap.findMany({
      where: byHuishouden, select: { id: true, rol: true, vanaf: true, tot: true, reden: true, persoon: { select: NAAM } },
    });

    const naam = await namenVan(tx, [
      ...casussen.flatMap((c) => [...c.faseWijzigingen.map((f) => f.doorId), ...c.gebeurtenissen.map((g) => g.doorId)]),
      ...meldingen.map((m) => m.triage?.doorId),
      ...toestemmingen.map((t) => t.vastgelegdDoorId),
      ...gegevensdelingen.map((g) => g.doorId),
      ...gesprekken.map((g) => g.voerderId),
      ...veiligheidsanalyses.map((v) => v.doorId),
      ...consulten.flatMap((c) => [c.aangevraagdDoorId, c.gedragswetenschapperId]),
      ...regie.map((r) => r.toegewezenDoorId),
      ...planVersies.flatMap((p) => [p.opgesteldDoorId, p.vastgesteldDoorId, ...p.evaluaties.map((e) => e.doorId)]),
      ...beschikkingen.map((b) => b.vastgesteldDoorId),
      ...contactmomenten.map((c) => c.auteurId),
      ...documenten.map((d) => d.doorId),
    ]);

    const alles = buildTijdlijn({
      huishoudenId,
      meldingen: meldingen.map((m) => ({ id: m.id, kenmerk: m.kenmerk, kanaal: m.kanaal, ontvangenOp: m.ontvangenOp, urgent: m.urgent, melderOrganisatie: m.melderOrganisatie })),
      triages: meldingen.filter((m) => m.triage).map((m) => ({ ...m.triage!, meldingId: m.id, kenmerk: m.kenmerk, door: naam(m.triage!.doorId) })),
      casussen: casussen.map((c) => ({
        ...c,
        faseWijzigingen: c.faseWijzigingen.map((f) => ({ ...f, door: naam(f.doorId) })),
        gebeurtenissen: c.gebeurtenissen.map((g) => ({ ...g, door: naam(g.doorId) })),
      })),
      toestemmingen: toestemmingen.map((t) => ({ ...t, persoon: volledigeNaam(t.persoon), door: naam(t.vastgelegdDoorId) })),
      gegevensdelingen: gegevensdelingen.map((g) => ({ ...g, door: naam(g.doorId), opToestemming: g.toestemmingId !== null })),
      gesprekken: gesprekken.map((g) => ({ ...g, door: naam(g.voerderId) })),
      veiligheidsanalyses: veiligheidsanalyses.map((v) => ({ ...v, door: naam(v.doorId) })),
      consulten: consulten.map((c) => ({
        id: c.id, soort: c.soort, aangevraagdOp: c.createdAt, aangevraagdDoor: naam(c.aangevraagdDoorId), afgerondOp: c.afgerondOp,
        gedragswetenschapper: naam(c.gedragswetenschapperId),
        adviseur: c.partnerOrganisatieId ? adviseurs.get(c.partnerOrganisatieId) ?? 'een ketenpartner' : null,
      })),
      regie: regie.map((r) => ({
        id: r.id, vorm: r.vorm, lead: r.lead, vanaf: r.vanaf, tot: r.tot, reden: r.reden, eindreden: r.eindreden,
        regisseur: r.regisseur?.naam ?? null, aanbieder: r.externeRegisseurNaam ? `${r.externeRegisseurNaam}${r.aanbieder ? ` (${r.aanbieder.naam})` : ''}` : r.aanbieder?.naam ?? null,
        toegewezenDoor: naam(r.toegewezenDoorId),
      })),
      planVersies: planVersies.map((p) => ({
        id: p.id, versienummer: p.versienummer, status: p.status, aangemaaktOp: p.createdAt, opgesteldDoor: naam(p.opgesteldDoorId),
        akkoordInwonerOp: p.akkoordInwonerOp, vastgesteldOp: p.vastgesteldOp, vastgesteldDoor: naam(p.vastgesteldDoorId),
      })),
      evaluaties: planVersies.flatMap((p) => p.evaluaties.map((e) => ({ ...e, versienummer: p.versienummer, door: naam(e.doorId) }))),
      aanvragen: aanvragen.map((a) => ({ ...a, product: a.product.naam })),
      beschikkingen: beschikkingen.map((b) => ({ ...b, aangemaaktOp: b.createdAt, vastgesteldDoor: naam(b.vastgesteldDoorId) })),
      toewijzingen: toewijzingen.map((t) => ({ ...t, product: t.product.naam, aanbieder: t.aanbieder.naam })),
      contactmomenten: contactmomenten.map((c) => ({ ...c, auteur: naam(c.auteurId) })),
      documenten: documenten.map((d) => ({ ...d, aangemaaktOp: d.createdAt, door: naam(d.doorId) })),
      lidmaatschappen: lidmaatschappen.map((l) => ({ ...l, persoon: volledigeNaam(l.persoon) })),
      mijnPlan: await mijnPlanBron(tx, huishoudenId, planVersies),
      ketenpartners: await ketenpartnerBron(tx, huishoudenId),
    });
    return { items: filterTijdlijn(alles, soorten), perSoort: tellPerSoort(alles), totaal: alles.length };
  });
}

/** Issue 22: the ketenpartners' progress reports and zorgsignalen, with their organisation. */
async function ketenpartnerBron(tx: Tx, huishoudenId: string) {
  const [voortgang, signalen] = await Promise.all([
    tx.partnerVoortgang.findMany({ where: { huishoudenId }, select: { id: true, createdAt: true, organisatieId: true, actieId: true, status: true, notitie: true } }),
    tx.partnerSignaal.findMany({ where: { huishoudenId }, select: { id: true, createdAt: true, organisatieId: true, soort: true, toelichting: true } }),
  ]);
  const [organisaties, acties] = await Promise.all([
    tx.partnerOrganisatie.findMany({ where: { id: { in: [...voortgang, ...signalen].map((r) => r.organisatieId) } }, select: { id: true, naam: true } }),
    tx.actie.findMany({ where: { id: { in: voortgang.map((v) => v.actieId) } }, select: { id: true, wat: true } }),
  ]);
  const naam = new Map(organisaties.map((o) => [o.id, o.naam]));
  const wat = new Map(acties.map((a) => [a.id, a.wat]));
  return {
    voortgang: voortgang.map((v) => ({ id: v.id, op: v.createdAt, organisatie: naam.get(v.organisatieId) ?? '', actie: wat.get(v.actieId) ?? null, status: ACTIE_STATUS_LABELS[v.status], notitie: v.notitie })),
    signalen: signalen.map((s) => ({ id: s.id, op: s.createdAt, organisatie: naam.get(s.organisatieId) ?? '', soort: PARTNER_SIGNAAL_SOORT_LABELS[s.soort], toelichting: s.toelichting })),
  };
}

/** Issue 21: Mijn plan in the tijdlijn — messages, online answers to the plan, progress per goal — with who. */
async function mijnPlanBron(tx: Tx, huishoudenId: string, planVersies: { id: string; versienummer: number }[]) {
  const versieIds = planVersies.map((p) => p.id);
  const [berichten, reacties, doelRijen] = await Promise.all([
    berichtenVan(tx, huishoudenId),
    tx.planReactie.findMany({ where: { planVersieId: { in: versieIds } }, select: { id: true, op: true, soort: true, planVersieId: true, persoonId: true, opmerking: true } }),
    tx.doel.findMany({ where: { planVersieId: { in: versieIds } }, select: { id: true, omschrijving: true } }),
  ]);
  const doelen = new Map(doelRijen.map((d) => [d.id, d.omschrijving]));
  const voortgang = await tx.doelVoortgang.findMany({ where: { doelId: { in: [...doelen.keys()] } }, select: { id: true, op: true, schaal: true, tekst: true, persoonId: true, doelId: true } });
  const personen = new Map((await tx.persoon.findMany({ where: { id: { in: [...reacties, ...voortgang].map((r) => r.persoonId) } }, select: { id: true, voornamen: true, tussenvoegsel: true, achternaam: true } })).map((p) => [p.id, volledigeNaam(p)]));
  const versienummer = new Map(planVersies.map((p) => [p.id, p.versienummer]));
  return {
    berichten: berichten.map((b) => ({ id: b.id, op: b.op, vanInwoner: b.vanInwoner, afzender: b.afzender, tekst: b.tekst })),
    reacties: reacties.map((r) => ({ id: r.id, op: r.op, akkoord: r.soort === 'AKKOORD', versienummer: versienummer.get(r.planVersieId) ?? 0, door: personen.get(r.persoonId) ?? null, opmerking: r.opmerking })),
    voortgang: voortgang.map((v) => ({ id: v.id, op: v.op, doel: doelen.get(v.doelId) ?? '', schaal: v.schaal, door: personen.get(v.persoonId) ?? null, tekst: v.tekst })),
  };
}
