import 'server-only';
import { prisma, type Tx } from '@/lib/db';
import { assertPermission, can, type Actor } from '@/lib/auth/permissions';
import { formatDatum, toIsoDate } from '@/lib/domain/dates';
import { isKind, persoonNaam } from '@/lib/domain/gesprek';
import { formatPostcode } from '@/lib/domain/postcode';
import { buildVerslag, type Verslag, type VerslagInput } from '@/lib/domain/verslag';
import { adresblok, extraHuishoudenExemplaren, type BriefExemplaar } from '@/lib/domain/brief-ontvangers';
import { BRIEF_PERSOON, briefPersoon } from '@/lib/server/beschikking/brief-data';
import { DomainError } from '@/lib/errors';
import { createPdf } from '@/lib/pdf/document';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';

// Days the resident has to react to the verslag; the gemeente has no setting for it (yet).
const REACTIE_DAGEN = 14;

/** The verslag of one gesprek as content blocks (plain language, for the resident). */
export async function verslagContent(tx: Tx, actor: Actor, gesprekId: string, today = new Date()): Promise<{ verslag: Verslag; afschriften?: { exemplaar: BriefExemplaar; verslag: Verslag }[]; gesprek: { id: string; huishoudenId: string; casusId: string; datum: Date }; kenmerk: string; letterhead: Parameters<typeof createPdf>[0]['letterhead'] }> {
  const g = await tx.gesprek.findFirst({
    where: { id: gesprekId, gemeenteId: actor.gemeenteId },
    include: {
      deelnemers: true,
      leefgebieden: { where: { persoonId: null } },
      mantelzorg: true,
      netwerk: true,
      casus: { select: { nummer: true } },
      huishouden: {
        select: {
          naam: true, straat: true, huisnummer: true, huisnummerToevoeging: true, postcode: true, woonplaats: true,
          leden: { where: { tot: null }, orderBy: [{ rol: 'asc' }, { vanaf: 'asc' }], select: { rol: true, persoon: { select: BRIEF_PERSOON } } },
        },
      },
    },
  });
  if (!g) throw new DomainError('NOT_FOUND', ['Dit gesprek bestaat niet (meer).']);
  const [gemeente, voerder, leefgebieden] = await Promise.all([
    tx.gemeente.findUniqueOrThrow({ where: { id: actor.gemeenteId } }),
    tx.user.findUnique({ where: { id: g.voerderId }, select: { naam: true, telefoon: true, email: true } }),
    tx.leefgebied.findMany({ where: { id: { in: g.leefgebieden.map((l) => l.leefgebiedId) } }, select: { id: true, volgorde: true } }),
  ]);
  const volgorde = new Map(leefgebieden.map((l) => [l.id, l.volgorde]));
  const h = g.huishouden;
  const volwassenen = h.leden.filter((l) => !isKind({ rol: l.rol, geboortedatum: l.persoon.geboortedatum }, today)).map((l) => persoonNaam(l.persoon));
  const adres = { straat: h.straat, huisnummer: h.huisnummer, huisnummerToevoeging: h.huisnummerToevoeging, postcode: h.postcode, woonplaats: h.woonplaats };
  // A copy of their own for a child of 16 or older (lib/domain/brief-ontvangers).
  const afschriften = extraHuishoudenExemplaren(h.leden.map((l) => ({ persoon: briefPersoon(l.persoon) })), adres, today);
  const medewerker = { naam: voerder?.naam ?? actor.naam, telefoon: voerder?.telefoon ?? gemeente.telefoon, email: voerder?.email ?? gemeente.email };
  const verslagInput: VerslagInput = {
    gemeenteNaam: gemeente.naam,
    huishouden: {
      naam: h.naam,
      adresregels: [`${h.straat} ${h.huisnummer}${h.huisnummerToevoeging ? ` ${h.huisnummerToevoeging}` : ''}`, `${formatPostcode(h.postcode)} ${h.woonplaats}`],
    },
    aanhef: volwassenen,
    gesprek: {
      datum: g.datum,
      plaats: g.plaats,
      deelnemers: [...g.deelnemers.map((d) => d.naam), `${medewerker.naam} (wijkcoach)`],
      clientondersteuningAangeboden: g.clientondersteuningAangeboden,
      clientondersteunerNaam: g.clientondersteunerNaam,
      samenvatting: g.samenvatting,
      afspraken: g.afspraken,
      vervolg: g.vervolg,
    },
    leefgebieden: [...g.leefgebieden].sort((a, b) => (volgorde.get(a.leefgebiedId) ?? 0) - (volgorde.get(b.leefgebiedId) ?? 0)),
    mantelzorg: g.mantelzorg,
    netwerk: g.netwerk,
    medewerker,
    reactieDagen: REACTIE_DAGEN,
  };
  const verslag = buildVerslag(verslagInput);
  return {
    verslag,
    afschriften: afschriften.map((e) => ({ exemplaar: e, verslag: buildVerslag({ ...verslagInput, aanhef: e.namen }) })),
    gesprek: { id: g.id, huishoudenId: g.huishoudenId, casusId: g.casusId, datum: g.datum },
    kenmerk: `${g.casus.nummer}/G${toIsoDate(g.datum).replaceAll('-', '')}`,
    letterhead: {
      naam: gemeente.naam, briefhoofd: gemeente.briefhoofd, postadres: gemeente.postadres, postcodePlaats: gemeente.postcodePlaats,
      telefoon: gemeente.telefoon, website: gemeente.website,
    },
  };
}

export async function renderVerslagPdf(content: Awaited<ReturnType<typeof verslagContent>>, today = new Date()) {
  const { verslag } = content;
  const pdf = createPdf({ title: verslag.title, letterhead: content.letterhead, addressee: verslag.addressee, datum: formatDatum(today), kenmerk: content.kenmerk });
  const write = (blocks: Verslag['blocks']) => {
    for (const block of blocks) {
      if (block.type === 'heading') pdf.heading(block.text);
      else if (block.type === 'paragraph') pdf.paragraph(block.text);
      else if (block.type === 'bullets') pdf.bullets(block.items);
      else pdf.fields(block.rows);
    }
  };
  write(verslag.blocks);
  for (const afschrift of content.afschriften ?? []) {
    pdf.copy(adresblok(afschrift.exemplaar));
    if (afschrift.exemplaar.toelichting) pdf.paragraph(afschrift.exemplaar.toelichting, { muted: true });
    write(afschrift.verslag.blocks);
  }
  return pdf.finish();
}

export const verslagFilename = (datum: Date) => `verslag-gesprek-${toIsoDate(datum)}.pdf`;

/**
 * The verslag PDF of an afgerond gesprek, stored on the dossier as a Document (soort VERSLAG, bronId = gesprek):
 * a fresh one is made when the gesprek changed after the last one, so what the resident got is kept as it was.
 * Someone who may only read gets the stored one.
 */
export async function getVerslagPdf(actor: Actor, huishoudenId: string, gesprekId: string, today = new Date()) {
  assertPermission(actor, 'dossier:read');
  // Rendering happens outside the transaction; the new document is stored in a second, short one.
  const state = await prisma.$transaction(async (tx) => {
    await assertHouseholdAccess(tx, actor, huishoudenId, { actie: 'EXPORT', entiteit: 'Gesprek', entiteitId: gesprekId });
    const gesprek = await tx.gesprek.findFirst({ where: { id: gesprekId, huishoudenId, gemeenteId: actor.gemeenteId }, select: { id: true, status: true, updatedAt: true, datum: true } });
    if (!gesprek) throw new DomainError('NOT_FOUND', ['Dit gesprek bestaat niet (meer).']);
    const latest = await tx.document.findFirst({ where: { huishoudenId, soort: 'VERSLAG', bronId: gesprekId }, orderBy: { createdAt: 'desc' } });
    if (latest && (latest.createdAt >= gesprek.updatedAt || !can(actor, 'gesprek:write'))) return { document: latest, content: null, gesprek };
    if (!can(actor, 'gesprek:write')) throw new DomainError('NOT_FOUND', ['Er is nog geen verslag van dit gesprek.']);
    if (gesprek.status !== 'AFGEROND') throw new DomainError('TRANSITION_REFUSED', ['Rond het gesprek eerst af; daarna maak je het verslag.']);
    return { document: null, content: await verslagContent(tx, actor, gesprekId, today), gesprek };
  });
  if (state.document) return { buffer: Buffer.from(state.document.inhoud), filename: verslagFilename(state.gesprek.datum), documentId: state.document.id };
  const buffer = await renderVerslagPdf(state.content!, today);
  const document = await prisma.$transaction(async (tx) => {
    const id = crypto.randomUUID();
    await assertHouseholdAccess(tx, actor, huishoudenId, { actie: 'VERSLAG_GEMAAKT', entiteit: 'Document', entiteitId: id, after: { gesprekId } });
    return tx.document.create({
      data: {
        id,
        gemeenteId: actor.gemeenteId, huishoudenId, casusId: state.content!.gesprek.casusId, soort: 'VERSLAG',
        titel: `Verslag gesprek ${formatDatum(state.gesprek.datum)}`, mimeType: 'application/pdf', inhoud: new Uint8Array(buffer), grootte: buffer.length,
        bronId: gesprekId, doorId: actor.id,
      },
      select: { id: true },
    });
  });
  return { buffer, filename: verslagFilename(state.gesprek.datum), documentId: document.id };
}
