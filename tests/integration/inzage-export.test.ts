// Inzage (AVG art. 15, issue 8): the privacy officer finds the person, reads the overview and downloads it as JSON
// and PDF; every read is in the access log with the reason inzageverzoek.
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { getInzageGegevens, INZAGE_CATEGORIEEN, INZAGE_CONTEXT, inzageJson } from '@/lib/server/inzage/inzage-gegevens';
import { renderInzagePdf } from '@/lib/server/inzage/inzage-pdf';
import { zoekPersoonVoorInzageverzoek } from '@/lib/server/inzage/zoek-persoon';
import { inzageZoekSchema } from '@/lib/validations/inzage';
import { actorFor, createCasus, createGemeente, createHuishouden, createPersoon, createUser } from '../support/factories';
import { pdfText } from '../support/pdf-text';

let gemeenteId: string;
let privacy: Actor;
let persoonId: string;
let huishoudenId: string;
const KENMERK = `M-2026-${String(Math.floor(Math.random() * 900000) + 100000)}`;

beforeAll(async () => {
  gemeenteId = (await createGemeente()).id;
  privacy = actorFor(await createUser(gemeenteId, ['PRIVACY']));
  const coach = await createUser(gemeenteId, ['WIJKCOACH']);
  const persoon = await createPersoon(gemeenteId, { voornamen: 'Inge', achternaam: 'Zagers', bsn: '111222333', geboortedatum: new Date('1981-03-09') });
  persoonId = persoon.id;
  const partner = await createPersoon(gemeenteId, { voornamen: 'Piet', achternaam: 'Zagers' });
  huishoudenId = (await createHuishouden(gemeenteId, [{ persoonId }, { persoonId: partner.id, rol: 'PARTNER' }])).id;
  const casus = await createCasus(gemeenteId, huishoudenId);
  await prisma.melding.create({ data: { gemeenteId, kenmerk: KENMERK, kanaal: 'TELEFOON', naam: 'Inge Zagers', vraag: 'Hulp bij de administratie', huishoudenId, casusId: casus.id } });
  await prisma.gesprek.create({ data: { gemeenteId, huishoudenId, casusId: casus.id, datum: new Date('2026-10-01T09:00:00Z'), plaats: 'Thuis', voerderId: coach.id, samenvatting: 'Inge vertelt over de post' } });
  await prisma.contactmoment.create({ data: { gemeenteId, huishoudenId, soort: 'TELEFOON', datum: new Date('2026-10-02T09:00:00Z'), duurMinuten: 5, metWie: 'Inge', notitie: 'Afspraak bevestigd', auteurId: coach.id } });
  await prisma.document.create({ data: { gemeenteId, huishoudenId, soort: 'VERSLAG', titel: 'Verslag gesprek', mimeType: 'application/pdf', inhoud: new Uint8Array([1, 2, 3]), grootte: 3, doorId: coach.id } });
  await prisma.auditEntry.create({ data: { gemeenteId, actie: 'DOSSIER_VIEWED', entiteit: 'Huishouden', huishoudenId, actorRol: 'WIJKCOACH', context: 'Team' } });
});

const exportRows = () => prisma.auditEntry.findMany({ where: { gemeenteId, actorId: privacy.id }, orderBy: { id: 'asc' } });

describe('zoekPersoonVoorInzageverzoek', () => {
  it('finds by BSN, or by achternaam with the exact geboortedatum', async () => {
    const zoek = async (input: Record<string, string>) => (await zoekPersoonVoorInzageverzoek(privacy, inzageZoekSchema.parse(input))).map((p) => p.id);
    expect(await zoek({ bsn: '1112.22.333' })).toEqual([persoonId]);
    expect(await zoek({ achternaam: 'zager', geboortedatum: '09-03-1981' })).toEqual([persoonId]);
    expect(await zoek({ achternaam: 'zager', geboortedatum: '10-03-1981' })).toEqual([]);
    const [gevonden] = await zoekPersoonVoorInzageverzoek(privacy, inzageZoekSchema.parse({ bsn: '111222333' }));
    expect(gevonden.adres).toMatch(/^Teststraat \d+, Den Helder$/);
  });

  it('refuses other roles', async () => {
    const coach = actorFor(await createUser(gemeenteId, ['WIJKCOACH', 'TEAMLEAD', 'BEHEERDER']));
    await expect(zoekPersoonVoorInzageverzoek(coach, { soort: 'bsn', bsn: '111222333' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('getInzageGegevens', () => {
  it('gives a JSON file with every category per household, the documents in base64 and the access log', async () => {
    const voor = (await exportRows()).length;
    const { gegevens } = await getInzageGegevens(privacy, persoonId, { actie: 'EXPORT', formaat: 'JSON', metInhoud: true });
    const json = JSON.parse(inzageJson(gegevens));
    expect(json.persoon).toMatchObject({ id: persoonId, voornamen: 'Inge', achternaam: 'Zagers', bsn: '111222333', geboortedatum: '1981-03-09T00:00:00.000Z' });
    expect(json.huishoudens).toHaveLength(1);
    const categorieen = json.huishoudens[0].categorieen;
    expect(Object.keys(categorieen).sort()).toEqual(INZAGE_CATEGORIEEN.map((c) => c.key).sort());
    expect(INZAGE_CATEGORIEEN).toHaveLength(12);
    expect(categorieen.personen.map((p: { voornamen: string }) => p.voornamen).sort()).toEqual(['Inge', 'Piet']);
    expect(categorieen.meldingen.map((m: { kenmerk: string }) => m.kenmerk)).toEqual([KENMERK]);
    expect(categorieen.gesprekken[0].samenvatting).toBe('Inge vertelt over de post');
    expect(categorieen.journaal[0].notitie).toBe('Afspraak bevestigd');
    expect(categorieen.documenten[0]).toMatchObject({ titel: 'Verslag gesprek', inhoudBase64: Buffer.from([1, 2, 3]).toString('base64') });
    expect(json.toegangslog.map((e: { actie: string }) => e.actie)).toContain('DOSSIER_VIEWED');
    expect(json.toegangslog[0]).not.toHaveProperty('actorId');

    // The export is logged: the person and the household, with the reason.
    const rijen = (await exportRows()).slice(voor);
    expect(rijen.map((r) => [r.actie, r.entiteit, r.persoonId, r.huishoudenId, r.context])).toEqual([
      ['EXPORT', 'Persoon', persoonId, null, INZAGE_CONTEXT],
      ['EXPORT', 'Huishouden', persoonId, huishoudenId, INZAGE_CONTEXT],
    ]);
    expect(rijen[0].after).toEqual({ formaat: 'JSON' });
  });

  it('renders a PDF in the u-form with the name, the melding kenmerk and a heading per category', async () => {
    const { gegevens, letterhead } = await getInzageGegevens(privacy, persoonId, { actie: 'EXPORT', formaat: 'PDF' });
    const buffer = await renderInzagePdf(gegevens, letterhead, new Date('2026-11-23T10:00:00Z'));
    expect(buffer.subarray(0, 5).toString()).toBe('%PDF-');
    const text = (await pdfText(buffer)).replace(/\s+/g, ' ');
    expect(text).toContain('Inge Zagers');
    expect(text).toContain(KENMERK);
    expect(text).toContain('Uw gegevens bij het sociaal wijkteam');
    expect(text).toMatch(/U heeft gevraagd welke gegevens wij over u bewaren/);
    for (const c of INZAGE_CATEGORIEEN) expect(text).toContain(c.label);
    expect(text).toContain('Wie heeft uw gegevens bekeken of gewijzigd');
    expect(text).toContain('Hulp bij de administratie');
  });

  it('logs opening the overview (INZAGE_BEKEKEN) and refuses other roles, other gemeenten and unknown persons', async () => {
    await getInzageGegevens(privacy, persoonId, { actie: 'INZAGE_BEKEKEN' });
    const laatste = (await exportRows()).at(-1)!;
    expect(laatste).toMatchObject({ actie: 'INZAGE_BEKEKEN', huishoudenId, context: INZAGE_CONTEXT });
    const beheer = actorFor(await createUser(gemeenteId, ['BEHEERDER', 'WIJKCOACH']));
    await expect(getInzageGegevens(beheer, persoonId, { actie: 'EXPORT' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getInzageGegevens(privacy, crypto.randomUUID(), { actie: 'EXPORT' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const ander = actorFor(await createUser((await createGemeente()).id, ['PRIVACY']));
    await expect(getInzageGegevens(ander, persoonId, { actie: 'EXPORT' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await prisma.auditEntry.count({ where: { actorId: { in: [beheer.id, ander.id] } } })).toBe(0);
  });
});
