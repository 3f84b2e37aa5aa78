import 'server-only';
import type { Tx } from '@/lib/db';
import { ANONIEM } from '@/lib/domain/bewaartermijn';

// What the retention job clears in one household, table by table (issue 8, DOMAIN.md §5). The rows themselves stay,
// with their ids, statuses, codes, enums, numbers and dates, so that the rapportage (doorlooptijden, caseload, triage
// per wijk, arrangements, organisations involved) counts the same before and after; what goes is everything that
// names or describes the people: names, BSN, contact details, the exact address and date of birth, and free text.
//
// Decisions (documented for the privacy officer):
// - Date of birth becomes 1 January of the birth year (age groups stay possible, the person is no longer singled out).
// - Postcode keeps its four digits with the letters ZZ (format constraint; the wijk stays derivable); house number 0.
// - A person who is still a member of another, not anonymised household keeps their name: the other dossier is live.
// - Documents keep their row (soort, date) without title or content.
// - The access log (AuditEntry) is append-only and untouched; BreakTheGlass (the record of a staff member's emergency
//   access, reviewed by the privacy officer) too.
// - A stored iWmo/iJw message (Bericht) loses its XML; its code, number, date and aanbieder stay.

type Rule = 'tekst' | 'null' | 'jaar' | 'postcode';
type Statement = { table: string; where: string; set: Record<string, Rule | string> };

// $1 = huishoudenId. Sub-selects name the household's casussen, gesprekken, plan versions … through their parents.
const CASUSSEN = `SELECT "id" FROM "Casus" WHERE "huishoudenId" = $1::uuid`;
const MELDINGEN = `SELECT "id" FROM "Melding" WHERE "huishoudenId" = $1::uuid OR "casusId" IN (${CASUSSEN})`;
const GESPREKKEN = `SELECT "id" FROM "Gesprek" WHERE "huishoudenId" = $1::uuid`;
const VERSIES = `SELECT v."id" FROM "PlanVersie" v JOIN "Ondersteuningsplan" p ON p."id" = v."planId" WHERE p."huishoudenId" = $1::uuid`;
const AANVRAGEN = `SELECT "id" FROM "Aanvraag" WHERE "huishoudenId" = $1::uuid`;
const HUISHOUDEN = `"huishoudenId" = $1::uuid`;
// The people of the household (message traffic and the resident's own words are kept per person).
const LEDEN = `SELECT "persoonId" FROM "HuishoudenLidmaatschap" WHERE "huishoudenId" = $1::uuid`;
const DECLARATIES = `SELECT "declaratieId" FROM "DeclaratiePrestatie" WHERE "persoonId" IN (${LEDEN})`;

const STATEMENTS: Statement[] = [
  { table: 'HuishoudenLidmaatschap', where: HUISHOUDEN, set: { reden: 'tekst' } },
  {
    table: 'Melding', where: `"id" IN (${MELDINGEN})`,
    set: {
      melderNaam: 'null', melderOrganisatie: 'null', melderRelatie: 'null', melderTelefoon: 'null', melderEmail: 'null',
      naam: 'tekst', geboortedatum: 'jaar', postcode: 'postcode', huisnummer: 'null', huisnummerToevoeging: 'null',
      telefoon: 'null', email: 'null', vraag: 'tekst', veiligheidsantwoord: 'tekst', bronIpHash: 'null',
    },
  },
  { table: 'Triage', where: `"meldingId" IN (${MELDINGEN})`, set: { veiligheidToelichting: 'tekst', toelichting: 'tekst' } },
  { table: 'Casus', where: HUISHOUDEN, set: { afsluitreden: 'tekst' } },
  { table: 'CasusFaseWijziging', where: `"casusId" IN (${CASUSSEN})`, set: { reden: 'tekst' } },
  { table: 'CasusGebeurtenis', where: `"casusId" IN (${CASUSSEN})`, set: { omschrijving: 'tekst' } },
  { table: 'Opschorting', where: `"casusId" IN (${CASUSSEN}) OR "aanvraagId" IN (${AANVRAGEN})`, set: { reden: 'tekst' } },
  { table: 'Toestemming', where: HUISHOUDEN, set: { gegevenDoor: 'tekst', partij: 'tekst', doel: 'tekst' } },
  { table: 'Gegevensdeling', where: HUISHOUDEN, set: { partij: 'tekst', doel: 'tekst', grondToelichting: 'tekst' } },
  {
    table: 'Gesprek', where: HUISHOUDEN,
    set: { plaats: 'tekst', clientondersteunerNaam: 'tekst', screeningToelichting: 'tekst', samenvatting: 'tekst', afspraken: 'tekst', vervolg: 'tekst' },
  },
  { table: 'GesprekDeelnemer', where: `"gesprekId" IN (${GESPREKKEN})`, set: { naam: 'tekst' } },
  { table: 'GesprekLeefgebied', where: `"gesprekId" IN (${GESPREKKEN})`, set: { situatie: 'tekst', gaatGoed: 'tekst', zorgen: 'tekst', eigenKracht: 'tekst', wens: 'tekst' } },
  { table: 'Mantelzorg', where: `"gesprekId" IN (${GESPREKKEN})`, set: { naam: 'tekst', relatie: 'tekst', ondersteuningsbehoefte: 'tekst' } },
  { table: 'NetwerkRelatie', where: HUISHOUDEN, set: { naam: 'tekst', relatie: 'tekst', bijdrage: 'tekst', telefoon: 'null' } },
  { table: 'ZrmScore', where: HUISHOUDEN, set: { notitie: 'tekst' } },
  { table: 'Veiligheidsanalyse', where: HUISHOUDEN, set: { toelichting: 'tekst' } },
  { table: 'RegieToewijzing', where: HUISHOUDEN, set: { externeRegisseurNaam: 'tekst', reden: 'tekst', eindreden: 'tekst', uitzonderingReden: 'tekst' } },
  { table: 'Opschalingsverzoek', where: `"casusId" IN (${CASUSSEN})`, set: { reden: 'tekst', besluitToelichting: 'tekst' } },
  { table: 'PlanVersie', where: `"id" IN (${VERSIES})`, set: { watGaatGoed: 'tekst' } },
  { table: 'PlanVraag', where: `"planVersieId" IN (${VERSIES})`, set: { tekst: 'tekst' } },
  { table: 'Doel', where: `"planVersieId" IN (${VERSIES})`, set: { omschrijving: 'tekst', zichtbaarAan: 'tekst' } },
  { table: 'Actie', where: `"planVersieId" IN (${VERSIES})`, set: { wieNaam: 'tekst', wat: 'tekst' } },
  { table: 'ArrangementItem', where: `"planVersieId" IN (${VERSIES})`, set: { omschrijving: 'tekst', overwegingToelichting: 'tekst' } },
  { table: 'Evaluatie', where: `"casusId" IN (${CASUSSEN})`, set: { toelichting: 'tekst' } },
  { table: 'DoelEvaluatie', where: `"evaluatieId" IN (SELECT "id" FROM "Evaluatie" WHERE "casusId" IN (${CASUSSEN}))`, set: { toelichting: 'tekst' } },
  { table: 'Aanvraag', where: HUISHOUDEN, set: { toelichting: 'tekst', verdagingReden: 'tekst', registratieReden: 'tekst' } },
  { table: 'Beschikking', where: HUISHOUDEN, set: { motivering: 'tekst' } },
  { table: 'BeschiktProduct', where: `"beschikkingId" IN (SELECT "id" FROM "Beschikking" WHERE ${HUISHOUDEN})`, set: { pgbMotivering: 'tekst' } },
  {
    table: 'Toewijzing',
    where: `"beschiktProductId" IN (SELECT bp."id" FROM "BeschiktProduct" bp JOIN "Beschikking" b ON b."id" = bp."beschikkingId" WHERE b."huishoudenId" = $1::uuid)`,
    set: { redenWijziging: 'tekst', commentaar: 'tekst' },
  },
  // The gemeente's copy of each WMO301/JW301 about this household's toewijzingen: a message holds one client, whose
  // BSN, name and address are in the XML, so the text goes; code, number, date and aanbieder stay.
  {
    table: 'Bericht',
    where: `"id" IN (SELECT tb."berichtId" FROM "ToewijzingBericht" tb JOIN "Toewijzing" t ON t."id" = tb."toewijzingId"
      JOIN "BeschiktProduct" bp ON bp."id" = t."beschiktProductId" JOIN "Beschikking" b ON b."id" = bp."beschikkingId" WHERE b."huishoudenId" = $1::uuid)`,
    set: { xml: 'tekst', geheimhoudingAfspraak: 'null' },
  },
  { table: 'Consult', where: HUISHOUDEN, set: { vraag: 'tekst', advies: 'tekst' } },
  // brpSignaal may hold the new address (NIEUW_ADRES:<postcode huisnummer>).
  { table: 'Taak', where: HUISHOUDEN, set: { titel: 'tekst', omschrijving: 'tekst', brpSignaal: 'null' } },
  // Messages from aanbieders (issue 19) about the household's people: the file holds BSN, name and address, so its text
  // and file name go; code, number, status, retourcodes and dates stay. A verzoek keeps what was asked, not who.
  { table: 'InkomendBericht', where: `"persoonId" IN (${LEDEN})`, set: { inhoud: 'tekst', bestandsnaam: 'tekst' } },
  { table: 'AanbiederVerzoek', where: `"persoonId" IN (${LEDEN})`, set: { bsn: `'000000000'`, antwoordXml: 'tekst', motivatie: 'tekst' } },
  // A declaratie (323) and its answer (325) can name several clients: when one of them is of the household, the files
  // go (they hold BSNs); amounts, codes and periods stay for the rapportage.
  { table: 'DeclaratiePrestatie', where: `"persoonId" IN (${LEDEN})`, set: { bsn: `'000000000'` } },
  { table: 'Declaratie', where: `"id" IN (${DECLARATIES})`, set: { antwoordXml: 'tekst' } },
  { table: 'InkomendBericht', where: `"id" IN (SELECT "inkomendBerichtId" FROM "Declaratie" WHERE "id" IN (${DECLARATIES}))`, set: { inhoud: 'tekst', bestandsnaam: 'tekst' } },
  // The resident's own words in Mijn plan (issue 21): the conversation with the regisseur, and the notification mail
  // (the address it went to; its text says only that there is a message, but it names the household's portal).
  { table: 'PortaalBericht', where: HUISHOUDEN, set: { tekst: 'tekst' } },
  { table: 'MailBericht', where: HUISHOUDEN, set: { aan: 'tekst', tekst: 'tekst', fout: 'tekst' } },
  // The "melding ontvangen" mail hangs on its melding (sent before there was a household).
  { table: 'MailBericht', where: `"meldingId" IN (${MELDINGEN})`, set: { aan: 'tekst', tekst: 'tekst', fout: 'tekst' } },
  // The resident's own words in Mijn plan (issue 21).
  { table: 'PlanReactie', where: `"planVersieId" IN (${VERSIES})`, set: { opmerking: 'tekst' } },
  { table: 'DoelVoortgang', where: `"doelId" IN (SELECT "id" FROM "Doel" WHERE "planVersieId" IN (${VERSIES}))`, set: { tekst: 'tekst' } },
  // What ketenpartners wrote about the household (issue 22): their notes, signals and proposals; status, soort and
  // dates stay (the rapportage counts them).
  { table: 'PartnerVoortgang', where: HUISHOUDEN, set: { notitie: 'tekst' } },
  { table: 'PartnerSignaal', where: HUISHOUDEN, set: { toelichting: 'tekst' } },
  { table: 'PartnerVoorstel', where: HUISHOUDEN, set: { wat: 'tekst', toelichting: 'tekst' } },
  // Professionals involved: their names go, organisation and role stay (the rapportage counts organisations).
  { table: 'Betrokkene', where: HUISHOUDEN, set: { naam: 'tekst', telefoon: 'null', email: 'null' } },
  { table: 'Document', where: HUISHOUDEN, set: { titel: 'tekst', inhoud: `'\\x'::bytea`, grootte: '0' } },
  { table: 'Contactmoment', where: HUISHOUDEN, set: { metWie: 'tekst', notitie: 'tekst' } },
];

const expression = (column: string, rule: Rule | string) => {
  const c = `"${column}"`;
  switch (rule) {
    case 'tekst':
      return `${c} = CASE WHEN ${c} IS NULL THEN NULL ELSE $2 END`;
    case 'null':
      return `${c} = NULL`;
    case 'jaar':
      return `${c} = date_trunc('year', ${c})::date`;
    case 'postcode':
      return `${c} = CASE WHEN ${c} IS NULL THEN NULL ELSE left(${c}, 4) || 'ZZ' END`;
    default:
      return `${c} = ${rule}`; // a literal from this file
  }
};

const SQL = STATEMENTS.map((s) => ({ table: s.table, sql: `UPDATE "${s.table}" SET ${Object.entries(s.set).map(([c, r]) => expression(c, r)).join(', ')} WHERE ${s.where}` }));

// $1 = the ids of the people to clear.
const PERSOON_SQL = `UPDATE "Persoon" SET "bsn" = NULL, "voornamen" = $2, "tussenvoegsel" = NULL, "achternaam" = $3,
         "geboortedatum" = date_trunc('year', "geboortedatum")::date, "overledenOp" = date_trunc('year', "overledenOp")::date,
         "telefoon" = NULL, "email" = NULL, "gezagToelichting" = NULL,
         "brpAndereGemeente" = NULL, "brpAndereGemeenteReden" = NULL, "version" = "version" + 1
       WHERE "id" = ANY($1::uuid[])`;
const VERTEGENWOORDIGING_SQL = `UPDATE "Vertegenwoordiging" SET "naam" = CASE WHEN "naam" IS NULL THEN NULL ELSE $2 END, "grondKenmerk" = NULL WHERE "persoonId" = ANY($1::uuid[])`;
// $1 = huishoudenId.
const HUISHOUDEN_SQL = `UPDATE "Huishouden" SET "naam" = $2, "straat" = $3, "huisnummer" = 0, "huisnummerToevoeging" = NULL,
       "postcode" = left("postcode", 4) || 'ZZ', "geanonimiseerdOp" = $4, "version" = "version" + 1, "updatedAt" = $4
     WHERE "id" = $1::uuid`;

/**
 * Table → the columns this file clears, read from the UPDATE statements it runs (not a second list to keep in step).
 * tests/unit/anonimisering.test.ts holds it against the schema: every text column of a personal table is here or in
 * NIET_GEANONIMISEERD.
 */
export const GEANONIMISEERDE_KOLOMMEN: Readonly<Record<string, readonly string[]>> = (() => {
  const kolommen: Record<string, string[]> = {};
  for (const sql of [...SQL.map((s) => s.sql), PERSOON_SQL, VERTEGENWOORDIGING_SQL, HUISHOUDEN_SQL]) {
    const [, table, set] = sql.match(/^UPDATE "(\w+)" SET ([\s\S]*?)\s+WHERE /)!;
    kolommen[table] = [...(kolommen[table] ?? []), ...[...set.matchAll(/(?:^|,)\s*"(\w+)"\s*=/g)].map((m) => m[1])];
  }
  return kolommen;
})();

const BEWAARD_TOEGANGSLOG = 'the access log (NEN 7513) is append-only and kept whole: it holds ids, codes and changed fields, no free text about the client';
const BEWAARD_NOODTOEGANG = "the record of a staff member's emergency access, reviewed by the privacy officer, is kept as it is";
const NUMMER = 'a number the gemeente gave out (kenmerk, nummer, identificatie): names no one';
const LEEFGEBIED = "a copy of the leefgebied's name from the gemeente's list, not text about the person";
const CODE = 'an iWmo/iJw code from a fixed list';

/**
 * The text (String and Json) columns of personal tables that the retention job leaves as they are, each with why.
 * Together with GEANONIMISEERDE_KOLOMMEN this is every text column of every personal table
 * (tests/unit/anonimisering.test.ts); a new column gets a decision in one of the two.
 */
export const NIET_GEANONIMISEERD: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  Huishouden: { woonplaats: 'the town of the gemeente itself; the rapportage counts per place' },
  Melding: { kenmerk: NUMMER },
  Persoon: {
    brpInOnderzoek: 'the names of the fields the BRP has in onderzoek (voornamen, adres…), not their values',
    gezagBron: 'where gezag came from (BRP or recorded by hand): a code',
  },
  Vertegenwoordiging: {
    bron: 'where the vertegenwoordiging came from (BRP or recorded by hand): a code',
    grond: 'the kind of document a gezag decision rests on (rechterlijke uitspraak, gezagsregister…): a code',
  },
  Bericht: { retourcodes: CODE },
  InkomendBericht: {
    sha256: 'a hash of the file, to refuse the same file twice: names no one once the text is gone', bron: 'folder or upload: a code',
    soort: CODE, afzender: 'the AGB code of the aanbieder that sent it', identificatie: NUMMER, retourcodes: CODE,
    redenen: 'the Dutch reasons why the standard refuses the file, written by the validator from rule codes, not about the client',
  },
  AanbiederVerzoek: {
    soort: CODE, referentieAanbieder: NUMMER, redenAfwijzing: CODE,
    producten: 'product codes, volumes and periods the aanbieder asked for: the rapportage counts them; no text about the client',
  },
  Zorglevering: { redenBeeindiging: CODE },
  Declaratie: { declaratieNummer: NUMMER },
  DeclaratiePrestatie: { referentieNummer: NUMMER, vorigReferentieNummer: NUMMER, categorie: CODE, code: CODE, eenheid: CODE, retourcodes: CODE },
  MailBericht: { soort: 'the kind of notification (NIEUW_BERICHT …): a code', onderwerp: 'the fixed subject line of that kind of notification, the same for everyone' },
  Casus: { nummer: NUMMER },
  Aanvraag: { nummer: NUMMER },
  Beschikking: { identificatie: NUMMER, wettelijkeGrondslag: 'the article of law the besluit rests on, the same for everyone with that product' },
  BeschiktProduct: { eenheid: CODE, frequentie: CODE },
  Toewijzing: { eenheid: CODE, frequentie: CODE, referentieAanbieder: NUMMER },
  MeldingLeefgebied: { label: LEEFGEBIED },
  TriageLeefgebied: { label: LEEFGEBIED },
  GesprekLeefgebied: { label: LEEFGEBIED },
  PlanVraag: { label: LEEFGEBIED },
  Doel: { label: LEEFGEBIED },
  GesprekDeelnemer: { rol: 'a kind of participant from a fixed list (huishoudenslid, netwerk, clientondersteuner, professional)' },
  Betrokkene: { organisatie: 'the organisation involved, counted by the rapportage; the professional\'s name goes', rol: 'the professional\'s role (huisarts, school), counted by the rapportage' },
  Document: { mimeType: 'the kind of file (application/pdf), not its content' },
  Veiligheidsanalyse: { antwoorden: 'checklist item code → JA / NEE / WEET_NIET (lib/domain/veiligheid.ts), no free text; the toelichting goes' },
  BreakTheGlass: { reden: BEWAARD_NOODTOEGANG, beoordeling: BEWAARD_NOODTOEGANG },
  AuditEntry: {
    actorRol: BEWAARD_TOEGANGSLOG, actie: BEWAARD_TOEGANGSLOG, entiteit: BEWAARD_TOEGANGSLOG, entiteitId: BEWAARD_TOEGANGSLOG,
    context: BEWAARD_TOEGANGSLOG, ip: BEWAARD_TOEGANGSLOG, before: BEWAARD_TOEGANGSLOG, after: BEWAARD_TOEGANGSLOG,
  },
};

export type AnonimiseringResultaat = { personen: number; personenOvergeslagen: number; rijen: Record<string, number> };

/**
 * Clears one household in the caller's transaction. The caller has checked the term and holds the household row
 * (SELECT … FOR UPDATE). SET LOCAL opens the narrow way through the frozen-plan triggers for this transaction only
 * (migration 20261123100000_anonimiseren).
 */
export async function anonimiseerHuishouden(tx: Tx, huishoudenId: string, now: Date): Promise<AnonimiseringResultaat> {
  await tx.$executeRawUnsafe(`SET LOCAL wijkregie.anonimiseren = 'on'`);
  const rijen: Record<string, number> = {};
  // A statement that writes only literals takes only $1 (PostgreSQL refuses a parameter the statement does not use).
  for (const { table, sql } of SQL) rijen[table] = (rijen[table] ?? 0) + (await tx.$executeRawUnsafe(sql, huishoudenId, ...(sql.includes('$2') ? [ANONIEM.tekst] : [])));

  // People: only those with no other household that is still live.
  const leden = await tx.huishoudenLidmaatschap.findMany({ where: { huishoudenId }, select: { persoonId: true } });
  const ids = [...new Set(leden.map((l) => l.persoonId))];
  const elders = await tx.huishoudenLidmaatschap.findMany({
    where: { persoonId: { in: ids }, huishoudenId: { not: huishoudenId }, huishouden: { geanonimiseerdOp: null } },
    select: { persoonId: true },
  });
  const overslaan = new Set(elders.map((l) => l.persoonId));
  const personen = ids.filter((id) => !overslaan.has(id));
  if (personen.length) {
    await tx.$executeRawUnsafe(PERSOON_SQL, personen, ANONIEM.voornamen, ANONIEM.achternaam);
    await tx.$executeRawUnsafe(VERTEGENWOORDIGING_SQL, personen, ANONIEM.tekst);
  }
  await tx.$executeRawUnsafe(HUISHOUDEN_SQL, huishoudenId, ANONIEM.naam, ANONIEM.straat, now);
  return { personen: personen.length, personenOvergeslagen: overslaan.size, rijen };
}
