import 'server-only';
import { prisma, type Tx } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import { recordAudit } from '@/lib/server/audit/record';

// Inzage (AVG art. 15, issue 8): everything Wijkregie keeps about one person, grouped as the resident will read it:
// per household they belong or belonged to, per category. The privacy officer reads it for an inzageverzoek (no
// need-to-know through a team: the request itself is the ground), so every read writes access-log rows with
// that reason, one for the person and one per household, in the same transaction as the read.
//
// Third parties (melders, network, other household members) are in it as stored; the officer judges what to redact
// before handing it over (AVG art. 15 lid 4). The access log about the person shows role and moment, not the name
// of the employee (the right of access covers the consultations, not the staff's identity: HvJ EU C-579/21).

export const INZAGE_CONTEXT = 'Inzageverzoek (AVG art. 15)';

/** The categories per household, in the order of the summary, the PDF and the JSON file. */
export const INZAGE_CATEGORIEEN = [
  { key: 'personen', label: 'Personen in het huishouden' },
  { key: 'meldingen', label: 'Meldingen' },
  { key: 'casussen', label: 'Trajecten (casussen)' },
  { key: 'gesprekken', label: 'Gesprekken' },
  { key: 'plannen', label: 'Ondersteuningsplannen' },
  { key: 'aanvragen', label: 'Aanvragen' },
  { key: 'beschikkingen', label: 'Beschikkingen (besluiten)' },
  { key: 'documenten', label: 'Documenten' },
  { key: 'journaal', label: 'Journaal (contactmomenten)' },
  { key: 'toestemmingen', label: 'Toestemmingen en gegevensdeling' },
  { key: 'netwerk', label: 'Netwerk en betrokken hulpverleners' },
  { key: 'overig', label: 'Overige gegevens (regie, ZRM, veiligheid, consulten, taken)' },
] as const;

export type InzageCategorie = (typeof INZAGE_CATEGORIEEN)[number]['key'];

const huishoudenInclude = (metInhoud: boolean) =>
  ({
    leden: { include: { persoon: { select: { id: true, voornamen: true, tussenvoegsel: true, achternaam: true, geboortedatum: true } } }, orderBy: { vanaf: 'asc' } },
    meldingen: { include: { triage: true, leefgebieden: true }, orderBy: { ontvangenOp: 'asc' } },
    casussen: { include: { faseWijzigingen: { orderBy: { op: 'asc' } }, gebeurtenissen: { orderBy: { op: 'asc' } }, opschortingen: true, evaluaties: { include: { doelen: true } } }, orderBy: { geopendOp: 'asc' } },
    gesprekken: { include: { deelnemers: true, leefgebieden: true, mantelzorg: true }, orderBy: { datum: 'asc' } },
    plannen: { include: { versies: { include: { vragen: true, doelen: true, acties: true, arrangement: true }, orderBy: { versienummer: 'asc' } } }, orderBy: { createdAt: 'asc' } },
    aanvragen: { include: { opschortingen: true, product: { select: { code: true, naam: true } } }, orderBy: { ontvangenOp: 'asc' } },
    beschikkingen: { include: { producten: { include: { toewijzingen: true, product: { select: { code: true, naam: true } } } } }, orderBy: { createdAt: 'asc' } },
    documenten: { select: { id: true, soort: true, titel: true, mimeType: true, grootte: true, createdAt: true, inhoud: metInhoud }, orderBy: { createdAt: 'asc' } },
    contactmomenten: { orderBy: { datum: 'asc' } },
    toestemmingen: true,
    gegevensdelingen: true,
    netwerk: true,
    betrokkenen: true,
    regie: true,
    zrmScores: true,
    veiligheidsanalyses: true,
    consulten: true,
    taken: true,
  }) as const;

async function lees(tx: Tx, actor: Actor, persoonId: string, metInhoud: boolean, log: (huishoudenIds: string[]) => Promise<void>) {
  const persoon = await tx.persoon.findFirst({
    where: { id: persoonId, gemeenteId: actor.gemeenteId },
    include: { lidmaatschappen: { orderBy: { vanaf: 'asc' } }, vertegenwoordigd: true, vertegenwoordigt: true },
  });
  if (!persoon) throw new DomainError('NOT_FOUND', ['Deze persoon staat niet (meer) in Wijkregie.']);
  const huishoudenIds = [...new Set(persoon.lidmaatschappen.map((l) => l.huishoudenId))];
  await log(huishoudenIds); // first, so that the access log in the overview shows this read too
  const huishoudens = await tx.huishouden.findMany({ where: { id: { in: huishoudenIds }, gemeenteId: actor.gemeenteId }, include: huishoudenInclude(metInhoud) });
  const toegangslog = await tx.auditEntry.findMany({
    where: { gemeenteId: actor.gemeenteId, OR: [{ persoonId }, ...(huishoudenIds.length ? [{ huishoudenId: { in: huishoudenIds } }] : [])] },
    select: { id: true, op: true, actorRol: true, actie: true, entiteit: true, context: true, breakTheGlass: true, huishoudenId: true },
    orderBy: { op: 'asc' },
  });
  const gemeente = await tx.gemeente.findUniqueOrThrow({ where: { id: actor.gemeenteId } });
  return { persoon, huishoudens, toegangslog, gemeente };
}

function structureer(data: Awaited<ReturnType<typeof lees>>, gemaaktOp: Date) {
  const { persoon, gemeente } = data;
  const { lidmaatschappen, ...persoonsgegevens } = persoon;
  return {
    gemaaktOp: gemaaktOp.toISOString(),
    gemeente: gemeente.naam,
    persoon: persoonsgegevens,
    huishoudens: data.huishoudens.map((h) => {
      const eigen = lidmaatschappen.filter((l) => l.huishoudenId === h.id);
      const { leden, meldingen, casussen, gesprekken, plannen, aanvragen, beschikkingen, documenten, contactmomenten, toestemmingen, gegevensdelingen, netwerk, betrokkenen, regie, zrmScores, veiligheidsanalyses, consulten, taken, ...huishouden } = h;
      const categorieen = {
        personen: leden.map((l) => ({ ...l.persoon, rol: l.rol, vanaf: l.vanaf, tot: l.tot })),
        meldingen,
        casussen,
        gesprekken,
        plannen,
        aanvragen,
        beschikkingen,
        documenten: documenten.map(({ inhoud, ...d }) => (inhoud ? { ...d, inhoudBase64: Buffer.from(inhoud).toString('base64') } : d)),
        journaal: contactmomenten,
        toestemmingen: [...toestemmingen, ...gegevensdelingen],
        netwerk: [...netwerk, ...betrokkenen],
        overig: [...regie, ...zrmScores, ...veiligheidsanalyses, ...consulten, ...taken],
      } satisfies Record<InzageCategorie, unknown[]>;
      return { huishouden, lidmaatschap: eigen.map((l) => ({ rol: l.rol, vanaf: l.vanaf, tot: l.tot })), categorieen };
    }),
    toegangslog: data.toegangslog.map((e) => ({ ...e, id: e.id.toString() })),
  };
}

export type InzageGegevens = ReturnType<typeof structureer>;

/**
 * Everything kept about the person, for the page (`metInhoud` false: documents without their content) or for a
 * download (`actie` EXPORT). Logs the read: one row for the person, one per household, reason "inzageverzoek".
 */
export async function getInzageGegevens(actor: Actor, persoonId: string, options: { actie: 'INZAGE_BEKEKEN' | 'EXPORT'; formaat?: 'JSON' | 'PDF'; metInhoud?: boolean; now?: Date }) {
  assertPermission(actor, 'inzage:export');
  const now = options.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    const after = options.formaat ? { formaat: options.formaat } : undefined;
    const data = await lees(tx, actor, persoonId, options.metInhoud ?? false, async (huishoudenIds) => {
      await recordAudit(tx, actor, { actie: options.actie, entiteit: 'Persoon', entiteitId: persoonId, persoonId, context: INZAGE_CONTEXT, after });
      for (const huishoudenId of huishoudenIds) {
        await recordAudit(tx, actor, { actie: options.actie, entiteit: 'Huishouden', entiteitId: huishoudenId, huishoudenId, persoonId, context: INZAGE_CONTEXT, after });
      }
    });
    return { gegevens: structureer(data, now), letterhead: data.gemeente };
  });
}

/** The JSON file: dates as ISO strings, bytes as base64, bigint ids as strings. */
export const inzageJson = (gegevens: InzageGegevens) => JSON.stringify(gegevens, null, 2);
