// The beschikking use cases (issue 7) against a real PostgreSQL: drafting a concept, four eyes and the mandate at
// vaststellen, the toewijzingen made in the same transaction (all or nothing), verzenden with the bezwaar deadline,
// and the letter.
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { DomainError } from '@/lib/errors';
import { INHOUD_FOUTEN, PRODUCT_FOUTEN, REDENEN } from '@/lib/domain/beschikking';
import { saveBeschikkingConcept, CONCEPT_BESTAAT } from '@/lib/server/beschikking/save-beschikking-concept';
import { vaststellenBeschikking } from '@/lib/server/beschikking/vaststellen-beschikking';
import { verzendenBeschikking } from '@/lib/server/beschikking/verzenden-beschikking';
import { getBeschikking } from '@/lib/server/beschikking/get-beschikking';
import { getBeschikkingBrief } from '@/lib/server/beschikking/get-beschikking-brief';
import { getHuishoudenBeschikkingen } from '@/lib/server/beschikking/get-huishouden-beschikkingen';
import { pdfText } from '../support/pdf-text';
import { createAanvraag, createBeschikkingWereld, dag, productRegel, rollen, toekenning, vastgesteldeBeschikking, type BeschikkingWereld } from '../support/beschikking-factories';

let w: BeschikkingWereld;
beforeAll(async () => {
  w = await createBeschikkingWereld();
});

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
};

const DRAFT = new Date('2026-03-09T10:00:00Z');
const VAST = new Date('2026-03-10T14:00:00Z');

describe('saveBeschikkingConcept', () => {
  it('drafts a toekenning with a B-number, puts the aanvraag in behandeling and writes the access-log row', async () => {
    const h = await createAanvraag(w, { ontvangenOp: dag('2026-03-02') });
    const concept = await saveBeschikkingConcept(w.opsteller, toekenning(w, h.aanvraag.id), DRAFT);
    expect(concept.identificatie).toMatch(/^B-2026-\d{6}$/);
    const b = await prisma.beschikking.findUniqueOrThrow({ where: { id: concept.id }, include: { producten: true } });
    expect(b).toMatchObject({ status: 'CONCEPT', besluit: 'TOEKENNING', wet: 'WMO', opgesteldDoorId: w.opsteller.id, persoonId: h.persoon.id, huishoudenId: h.huishouden.id, version: 1 });
    expect(b.producten).toHaveLength(1);
    expect(b.producten[0]).toMatchObject({ volume: 6, eenheid: '16', frequentie: '2', leveringsvorm: 'ZIN', aanbiederId: w.aanbieders.marsdiep.id });
    expect(await prisma.aanvraag.findUniqueOrThrow({ where: { id: h.aanvraag.id } })).toMatchObject({ status: 'IN_BEHANDELING', behandelaarId: w.opsteller.id });
    expect(await prisma.auditEntry.count({ where: { actie: 'BESCHIKKING_CONCEPT_AANGEMAAKT', entiteitId: h.aanvraag.id, actorId: w.opsteller.id, context: 'aanvraag in behandeling' } })).toBe(1);
  });

  it('gives consecutive numbers and refuses a second concept on one aanvraag', async () => {
    const h1 = await createAanvraag(w);
    const h2 = await createAanvraag(w);
    const a = await saveBeschikkingConcept(w.opsteller, toekenning(w, h1.aanvraag.id), DRAFT);
    const b = await saveBeschikkingConcept(w.opsteller, toekenning(w, h2.aanvraag.id), DRAFT);
    expect(Number(b.identificatie.slice(-6))).toBe(Number(a.identificatie.slice(-6)) + 1);
    expect((await refusal(saveBeschikkingConcept(w.collega, toekenning(w, h1.aanvraag.id), DRAFT))).reasons).toEqual([CONCEPT_BESTAAT]);
  });

  it('puts product errors at their own field and writes nothing', async () => {
    const h = await createAanvraag(w);
    const error = await refusal(
      saveBeschikkingConcept(w.opsteller, toekenning(w, h.aanvraag.id, {
        producten: [productRegel(w), productRegel(w, { productId: w.producten.begeleiding.id, leveringsvorm: 'PGB', aanbiederId: null, pgbMotivering: null, eenheid: '04' })],
      }), DRAFT),
    );
    expect(error.code).toBe('INVALID');
    expect(error.fieldErrors).toEqual({ 'producten.1.pgbMotivering': [PRODUCT_FOUTEN.pgbMotivering] });
    expect(await prisma.beschikking.count({ where: { aanvraagId: h.aanvraag.id } })).toBe(0);
    expect(await prisma.aanvraag.findUniqueOrThrow({ where: { id: h.aanvraag.id } })).toMatchObject({ status: 'ONTVANGEN', version: 1 });
  });

  it('refuses a product of another law, and a ZIN product without aanbieder', async () => {
    const h = await createAanvraag(w);
    const error = await refusal(
      saveBeschikkingConcept(w.opsteller, toekenning(w, h.aanvraag.id, { producten: [productRegel(w, { productId: w.producten.jeugdhulp.id, aanbiederId: null })] }), DRAFT),
    );
    expect(error.fieldErrors).toEqual({
      'producten.0.productId': ['Dit product hoort bij de Jeugdwet; deze beschikking bij de Wmo 2015.'],
      'producten.0.aanbiederId': [PRODUCT_FOUTEN.aanbieder],
    });
  });

  it('refuses an afwijzing with products and a toekenning without', async () => {
    const h = await createAanvraag(w);
    expect((await refusal(saveBeschikkingConcept(w.opsteller, toekenning(w, h.aanvraag.id, { producten: [] }), DRAFT))).reasons).toEqual([INHOUD_FOUTEN.geenProducten]);
    const afwijzing = await saveBeschikkingConcept(w.opsteller, toekenning(w, h.aanvraag.id, { besluit: 'AFWIJZING', producten: [] }), DRAFT);
    expect(await prisma.beschiktProduct.count({ where: { beschikkingId: afwijzing.id } })).toBe(0);
  });

  it('updates a concept with optimistic locking; the last writer becomes the opsteller', async () => {
    const h = await createAanvraag(w);
    const concept = await saveBeschikkingConcept(w.opsteller, toekenning(w, h.aanvraag.id), DRAFT);
    const update = { ...toekenning(w, h.aanvraag.id), beschikkingId: concept.id, version: concept.version, producten: [productRegel(w, { volume: 4 })] };
    const saved = await saveBeschikkingConcept(w.collega, update, DRAFT);
    expect(saved.version).toBe(2);
    const stale = await refusal(saveBeschikkingConcept(w.opsteller, { ...update, producten: [productRegel(w, { volume: 5 })] }, DRAFT));
    expect(stale.code).toBe('STALE_VERSION');
    // The conflict says who saved in between, when and what; not the loser's own access-log row of this attempt.
    expect(stale.reasons.join(' ')).toMatch(/^Hasan Collega heeft deze beschikking om \d{2}:\d{2} gewijzigd: het besluit is nu toekenning met 1 product\. Je wijziging is niet opgeslagen en staat nog in het formulier\./);
    const b = await prisma.beschikking.findUniqueOrThrow({ where: { id: concept.id }, include: { producten: true } });
    expect(b).toMatchObject({ version: 2, opgesteldDoorId: w.collega.id });
    expect(b.producten.map((p) => p.volume)).toEqual([4]);
  });

  it('refuses the wrong role before reading anything', async () => {
    const h = await createAanvraag(w);
    expect((await refusal(saveBeschikkingConcept(w.coach, toekenning(w, h.aanvraag.id), DRAFT))).code).toBe('FORBIDDEN');
    expect((await refusal(saveBeschikkingConcept(rollen(w.opsteller, ['TEAMLEAD']), toekenning(w, h.aanvraag.id), DRAFT))).code).toBe('FORBIDDEN');
  });

  it('does not find an aanvraag of another gemeente', async () => {
    const ander = await createBeschikkingWereld();
    const h = await createAanvraag(ander);
    expect((await refusal(saveBeschikkingConcept(w.opsteller, toekenning(w, h.aanvraag.id), DRAFT))).code).toBe('NOT_FOUND');
  });
});

describe('vaststellenBeschikking: four eyes and the mandate (DOMAIN.md §3 rule 7)', () => {
  it('refuses the drafter with a clear Dutch reason and writes nothing', async () => {
    const h = await createAanvraag(w, { ontvangenOp: dag('2026-03-02') });
    const concept = await saveBeschikkingConcept(w.opsteller, toekenning(w, h.aanvraag.id), DRAFT);
    const error = await refusal(vaststellenBeschikking(w.opsteller, { beschikkingId: concept.id, version: concept.version }, VAST));
    expect(error.code).toBe('TRANSITION_REFUSED');
    expect(error.reasons).toEqual([REDENEN.vierOgen]);
    expect(await prisma.beschikking.findUniqueOrThrow({ where: { id: concept.id } })).toMatchObject({ status: 'CONCEPT', vastgesteldDoorId: null, version: 1 });
    expect(await prisma.toewijzing.count({ where: { persoonId: h.persoon.id } })).toBe(0);
  });

  it('the database itself refuses a beschikking vastgesteld by its opsteller', async () => {
    const h = await createAanvraag(w);
    const concept = await saveBeschikkingConcept(w.opsteller, toekenning(w, h.aanvraag.id), DRAFT);
    await expect(prisma.beschikking.update({ where: { id: concept.id }, data: { vastgesteldDoorId: w.opsteller.id } })).rejects.toThrow(/Beschikking_vier_ogen/);
  });

  it('refuses a backoffice colleague without the mandate, and one whose mandate is for another law', async () => {
    const h = await createAanvraag(w);
    const concept = await saveBeschikkingConcept(w.opsteller, toekenning(w, h.aanvraag.id), DRAFT);
    expect((await refusal(vaststellenBeschikking(w.zonderMandaat, { beschikkingId: concept.id, version: 1 }, VAST))).reasons).toEqual([REDENEN.geenMandaat]);
    const alleenJeugd = await prisma.user.create({ data: { gemeenteId: w.gemeenteId, email: `jeugd-${crypto.randomUUID().slice(0, 6)}@example.test`, naam: 'Jet Jeugd', rollen: ['BACKOFFICE'] } });
    await prisma.mandaat.create({ data: { userId: alleenJeugd.id, soort: 'BESCHIKKING_VASTSTELLEN', wet: 'JEUGDWET', vanaf: new Date('2020-01-01') } });
    const jeugd = { id: alleenJeugd.id, gemeenteId: w.gemeenteId, naam: alleenJeugd.naam, email: alleenJeugd.email, rollen: alleenJeugd.rollen, teamIds: [] };
    expect((await refusal(vaststellenBeschikking(jeugd, { beschikkingId: concept.id, version: 1 }, VAST))).reasons).toEqual([REDENEN.geenMandaat]);
    expect((await refusal(vaststellenBeschikking(w.coach, { beschikkingId: concept.id, version: 1 }, VAST))).code).toBe('FORBIDDEN');
  });

  it('a second backoffice user with the mandate stelt it vast: the aanvraag is beschikt and each ZIN product gets a toewijzing with its own number', async () => {
    const h = await createAanvraag(w, { ontvangenOp: dag('2026-03-02') });
    const concept = await saveBeschikkingConcept(
      w.opsteller,
      toekenning(w, h.aanvraag.id, {
        producten: [
          productRegel(w),
          productRegel(w, { productId: w.producten.begeleiding.id, eenheid: '04', volume: 3, aanbiederId: w.aanbieders.duinen.id, einddatum: dag('2026-12-31') }),
          productRegel(w, { productId: w.producten.begeleiding.id, leveringsvorm: 'PGB', aanbiederId: null, pgbMotivering: 'Eigen netwerk levert de begeleiding.', eenheid: '04', volume: 2, ingangsdatum: dag('2027-01-01'), einddatum: null }),
        ],
      }),
      DRAFT,
    );
    const result = await vaststellenBeschikking(w.collega, { beschikkingId: concept.id, version: concept.version }, VAST);
    expect(result.version).toBe(2);
    const b = await prisma.beschikking.findUniqueOrThrow({ where: { id: concept.id } });
    expect(b).toMatchObject({ status: 'VASTGESTELD', vastgesteldDoorId: w.collega.id, vervalreden: null });
    expect(b.datum?.toISOString().slice(0, 10)).toBe('2026-03-10');
    expect(b.ingangsdatum?.toISOString().slice(0, 10)).toBe('2026-03-16');
    expect(await prisma.aanvraag.findUniqueOrThrow({ where: { id: h.aanvraag.id } })).toMatchObject({ status: 'BESCHIKT' });

    const toewijzingen = await prisma.toewijzing.findMany({ where: { persoonId: h.persoon.id }, orderBy: { toewijzingNummer: 'asc' } });
    expect(toewijzingen).toHaveLength(2); // the PGB product is not assigned to an aanbieder
    expect(toewijzingen.map((t) => t.status)).toEqual(['NIEUW', 'NIEUW']);
    expect(toewijzingen[1].toewijzingNummer).toBe(toewijzingen[0].toewijzingNummer + 1);
    expect(result.toewijzingen.map((t) => t.wat)).toEqual(['NIEUW', 'NIEUW']);
    expect(toewijzingen.find((t) => t.productId === w.producten.dagbesteding.id)).toMatchObject({ aanbiederId: w.aanbieders.marsdiep.id, volume: 6, eenheid: '16', frequentie: '2', redenWijziging: null, wet: 'WMO' });
    expect(await prisma.auditEntry.count({ where: { actie: 'TOEWIJZING_AANGEMAAKT', persoonId: h.persoon.id } })).toBe(2);
  });

  it('sets a vervaldatum (TIJDELIJK) when every product ends', async () => {
    const r = await vastgesteldeBeschikking(w);
    const b = await prisma.beschikking.findUniqueOrThrow({ where: { id: r.beschikkingId } });
    expect(b.vervalreden).toBe('TIJDELIJK');
    expect(b.vervaldatum?.toISOString().slice(0, 10)).toBe('2027-03-16');
  });

  it('is all or nothing: when a toewijzingnummer is taken, nothing is vastgesteld', async () => {
    const h = await createAanvraag(w);
    const concept = await saveBeschikkingConcept(w.opsteller, toekenning(w, h.aanvraag.id), DRAFT);
    // The Nummering is set back, so the next toewijzingnummer is one that is already taken.
    const ander = await vastgesteldeBeschikking(w);
    const bezet = (await prisma.toewijzing.findFirstOrThrow({ where: { persoonId: ander.persoon.id } })).toewijzingNummer;
    const teller = { gemeenteId_soort: { gemeenteId: w.gemeenteId, soort: 'toewijzing' } };
    const laatste = (await prisma.nummering.findUniqueOrThrow({ where: teller })).laatste;
    await prisma.nummering.update({ where: teller, data: { laatste: bezet - 1 } });
    await expect(vaststellenBeschikking(w.collega, { beschikkingId: concept.id, version: concept.version }, VAST)).rejects.toThrow();
    expect(await prisma.beschikking.findUniqueOrThrow({ where: { id: concept.id } })).toMatchObject({ status: 'CONCEPT', version: 1 });
    expect(await prisma.aanvraag.findUniqueOrThrow({ where: { id: h.aanvraag.id } })).toMatchObject({ status: 'IN_BEHANDELING' });
    expect(await prisma.toewijzing.count({ where: { persoonId: h.persoon.id } })).toBe(0);
    expect(await prisma.auditEntry.count({ where: { actie: 'BESCHIKKING_VASTGESTELD', entiteitId: concept.id } })).toBe(0);
    await prisma.nummering.update({ where: teller, data: { laatste } });
  });

  it('rejects a stale version', async () => {
    const h = await createAanvraag(w);
    const concept = await saveBeschikkingConcept(w.opsteller, toekenning(w, h.aanvraag.id), DRAFT);
    await saveBeschikkingConcept(w.opsteller, { ...toekenning(w, h.aanvraag.id), beschikkingId: concept.id, version: 1 }, DRAFT);
    const stale = await refusal(vaststellenBeschikking(w.collega, { beschikkingId: concept.id, version: 1 }, VAST));
    expect(stale.code).toBe('STALE_VERSION');
    expect(stale.reasons.join(' ')).toMatch(/^Nicole Opsteller heeft deze beschikking om \d{2}:\d{2} gewijzigd/);
    expect(await prisma.toewijzing.count({ where: { persoonId: h.persoon.id } })).toBe(0);
  });

  it('closes a running opschorting when the aanvraag is decided', async () => {
    const h = await createAanvraag(w, { ontvangenOp: dag('2026-03-02') });
    const concept = await saveBeschikkingConcept(w.opsteller, toekenning(w, h.aanvraag.id), DRAFT);
    await prisma.opschorting.create({ data: { gemeenteId: w.gemeenteId, aanvraagId: h.aanvraag.id, van: dag('2026-03-05'), reden: 'Wachten op informatie', doorId: w.opsteller.id } });
    await prisma.aanvraag.update({ where: { id: h.aanvraag.id }, data: { status: 'OPGESCHORT' } });
    await vaststellenBeschikking(w.collega, { beschikkingId: concept.id, version: concept.version }, VAST);
    const opschorting = await prisma.opschorting.findFirstOrThrow({ where: { aanvraagId: h.aanvraag.id } });
    expect(opschorting.tot?.toISOString().slice(0, 10)).toBe('2026-03-10');
    expect((await prisma.aanvraag.findUniqueOrThrow({ where: { id: h.aanvraag.id } })).status).toBe('BESCHIKT');
  });
});

describe('verzendenBeschikking and the letter', () => {
  it('sends on a date: the uiterlijke reactiedatum is six weeks later, and the letter is stored in the dossier', async () => {
    const r = await vastgesteldeBeschikking(w);
    const result = await verzendenBeschikking(w.opsteller, { beschikkingId: r.beschikkingId, version: r.version, verzenddatum: dag('2026-03-11') }, new Date('2026-03-11T09:00:00Z'));
    expect(result.uiterlijkeReactiedatum.toISOString().slice(0, 10)).toBe('2026-04-22');
    const b = await prisma.beschikking.findUniqueOrThrow({ where: { id: r.beschikkingId } });
    expect(b).toMatchObject({ status: 'VERZONDEN', version: 3 });
    expect(b.verzenddatum?.toISOString().slice(0, 10)).toBe('2026-03-11');
    const document = await prisma.document.findFirstOrThrow({ where: { bronId: r.beschikkingId, soort: 'BESCHIKKING' } });
    expect(document).toMatchObject({ huishoudenId: r.huishouden.id, casusId: r.casus.id, mimeType: 'application/pdf', titel: `Beschikking ${r.identificatie}` });

    const tekst = (await pdfText(document.inhoud)).replace(/\s+/g, ' ');
    expect(tekst).toContain('Besluit op uw aanvraag: toegekend');
    expect(tekst).toContain(w.gemeente.briefhoofd);
    expect(tekst).toContain('Spoorstraat');
    expect(tekst).toContain('1781 AB');
    expect(tekst).toContain(`Ons kenmerk: ${r.identificatie}`);
    expect(tekst).toContain('Geachte mevrouw Van den Berg');
    expect(tekst).toContain('Dagbesteding (productcode 07A12)');
    expect(tekst).toContain('6 dagdelen (4 uur) per week');
    expect(tekst).toContain('Stichting Dagbesteding Marsdiep');
    expect(tekst).toContain('16 maart 2026');
    expect(tekst).toContain('Dagbesteding geeft structuur overdag.');
    expect(tekst).toContain('Bent u het niet eens met dit besluit?');
    expect(tekst).toContain('uiterlijk op 22 april 2026');
    expect(tekst).toContain(`Het college van burgemeester en wethouders van ${w.gemeente.naam}`);
    expect(tekst).toContain(w.gemeente.postadres);
    expect(tekst).toContain(w.gemeente.ondertekening);

    // The letter as sent is what the download gives.
    const brief = await getBeschikkingBrief(w.opsteller, r.beschikkingId);
    expect(Buffer.compare(brief.buffer, Buffer.from(document.inhoud))).toBe(0);
  });

  it('counts the bezwaar term as the Algemene termijnenwet does: sent 2 April 2026, the letter names Monday 18 May', async () => {
    // Six weeks end on Hemelvaartsdag (14 May); 15 May is a decree day (Besluitdag), then a weekend.
    const r = await vastgesteldeBeschikking(w);
    const result = await verzendenBeschikking(w.opsteller, { beschikkingId: r.beschikkingId, version: r.version, verzenddatum: dag('2026-04-02') }, new Date('2026-04-02T09:00:00Z'));
    expect(result.uiterlijkeReactiedatum.toISOString().slice(0, 10)).toBe('2026-05-18');
    const b = await prisma.beschikking.findUniqueOrThrow({ where: { id: r.beschikkingId } });
    expect(b).toMatchObject({ bezwaarTermijnDagen: 42 });
    const document = await prisma.document.findFirstOrThrow({ where: { bronId: r.beschikkingId, soort: 'BESCHIKKING' } });
    const tekst = (await pdfText(document.inhoud)).replace(/\s+/g, ' ');
    expect(tekst).toContain('Uw bezwaar moet uiterlijk op 18 mei 2026 bij ons binnen zijn.');
    expect(tekst).not.toContain('14 mei 2026');
  });

  it('announces the letter by mail to whoever sees it in Mijn plan: the person from 16, a parent with gezag for a child, nobody else', async () => {
    // An adult: the mail goes to them, says only that a letter waits, and points to Mijn plan's letters.
    const volwassen = await vastgesteldeBeschikking(w);
    await prisma.persoon.update({ where: { id: volwassen.persoon.id }, data: { email: 'anna@voorbeeld.example' } });
    await verzendenBeschikking(w.opsteller, { beschikkingId: volwassen.beschikkingId, version: volwassen.version, verzenddatum: dag('2026-03-11') }, new Date('2026-03-11T09:00:00Z'));
    const [mail, ...meer] = await prisma.mailBericht.findMany({ where: { huishoudenId: volwassen.huishouden.id } });
    expect(meer).toEqual([]);
    expect(mail).toMatchObject({ soort: 'BESCHIKKING_VERSTUURD', aan: 'anna@voorbeeld.example', onderwerp: 'Er is een nieuwe brief voor u in Mijn plan' });
    expect(mail.tekst).toContain('Er staat een nieuwe brief van de gemeente voor u klaar in Mijn plan.');
    expect(mail.tekst).toContain('/mijn/brieven');
    for (const woord of ['Dagbesteding', 'Berg', volwassen.identificatie, 'toegekend']) expect(mail.tekst).not.toContain(woord);

    // A child of 10: the parent with gezag hears of it; the other adult in the house (no gezag) does not; the child has
    // no Mijn plan (under 16) and gets nothing, even with an address.
    const kind = await vastgesteldeBeschikking(w, {}, { geboortedatum: new Date('2016-05-01') });
    await prisma.persoon.update({ where: { id: kind.persoon.id }, data: { email: 'kind@voorbeeld.example' } });
    const ouder = await prisma.persoon.create({ data: { gemeenteId: w.gemeenteId, voornamen: 'Piet', achternaam: 'Ouder', geboortedatum: new Date('1985-01-01'), email: 'ouder@voorbeeld.example' } });
    const partner = await prisma.persoon.create({ data: { gemeenteId: w.gemeenteId, voornamen: 'Sam', achternaam: 'Partner', geboortedatum: new Date('1986-01-01'), email: 'partner@voorbeeld.example' } });
    for (const p of [ouder, partner]) await prisma.huishoudenLidmaatschap.create({ data: { gemeenteId: w.gemeenteId, huishoudenId: kind.huishouden.id, persoonId: p.id, rol: 'PARTNER' } });
    await prisma.vertegenwoordiging.create({ data: { gemeenteId: w.gemeenteId, persoonId: kind.persoon.id, vertegenwoordigerId: ouder.id, soort: 'GEZAG', vanaf: new Date('2016-05-01') } });
    await verzendenBeschikking(w.opsteller, { beschikkingId: kind.beschikkingId, version: kind.version, verzenddatum: dag('2026-03-11') }, new Date('2026-03-11T09:00:00Z'));
    expect((await prisma.mailBericht.findMany({ where: { huishoudenId: kind.huishouden.id } })).map((m) => m.aan)).toEqual(['ouder@voorbeeld.example']);
  });

  it('refuses a verzenddatum before vaststellen or in the future, at the field', async () => {
    const r = await vastgesteldeBeschikking(w);
    const vroeg = await refusal(verzendenBeschikking(w.opsteller, { beschikkingId: r.beschikkingId, version: r.version, verzenddatum: dag('2026-03-09') }, new Date('2026-03-11T09:00:00Z')));
    expect(vroeg.fieldErrors).toEqual({ verzenddatum: [REDENEN.verzenddatumVoorDatum] });
    const laat = await refusal(verzendenBeschikking(w.opsteller, { beschikkingId: r.beschikkingId, version: r.version, verzenddatum: dag('2026-03-12') }, new Date('2026-03-11T09:00:00Z')));
    expect(laat.reasons).toEqual([REDENEN.verzenddatumToekomst]);
    expect(await prisma.document.count({ where: { bronId: r.beschikkingId } })).toBe(0);
  });

  it('does not send a concept', async () => {
    const h = await createAanvraag(w);
    const concept = await saveBeschikkingConcept(w.opsteller, toekenning(w, h.aanvraag.id), DRAFT);
    expect((await refusal(verzendenBeschikking(w.opsteller, { beschikkingId: concept.id, version: 1, verzenddatum: dag('2026-03-11') }, new Date('2026-03-11T09:00:00Z')))).reasons).toEqual([
      REDENEN.kanNiet('CONCEPT', 'VERZONDEN'),
    ]);
  });

  it('shows a concept letter as such, and an afwijzing without products', async () => {
    const h = await createAanvraag(w);
    const concept = await saveBeschikkingConcept(w.opsteller, toekenning(w, h.aanvraag.id, { besluit: 'AFWIJZING', producten: [], motivering: 'De algemene voorziening past.' }), DRAFT);
    const tekst = await pdfText((await getBeschikkingBrief(w.opsteller, concept.id)).buffer);
    expect(tekst).toContain('CONCEPT');
    expect(tekst).toContain('Wij wijzen uw aanvraag af');
    expect(tekst).toContain('De algemene voorziening past.');
    expect(tekst).not.toContain('Wat u krijgt');
  });
});

describe('reading', () => {
  it('tells the drafter why they cannot vaststellen, and the colleague that they can', async () => {
    const h = await createAanvraag(w);
    const concept = await saveBeschikkingConcept(w.opsteller, toekenning(w, h.aanvraag.id), DRAFT);
    expect((await getBeschikking(w.opsteller, concept.id)).acties.vaststellenWaarom).toEqual([REDENEN.vierOgen]);
    const collega = await getBeschikking(w.collega, concept.id);
    expect(collega.acties).toMatchObject({ vaststellen: true, vaststellenWaarom: [], verzenden: false });
    expect(collega.beschikking.opsteller).toBe('Nicole Opsteller');
  });

  it('the dossier tab lists aanvragen, beschikkingen and toewijzingen, and refuses a wijkcoach without access', async () => {
    const r = await vastgesteldeBeschikking(w);
    const tab = await getHuishoudenBeschikkingen(w.opsteller, r.huishouden.id);
    expect(tab.aanvragen.map((a) => a.status)).toEqual(['BESCHIKT']);
    expect(tab.beschikkingen.map((b) => b.identificatie)).toEqual([r.identificatie]);
    expect(tab.toewijzingen.map((t) => t.einddatum?.toISOString().slice(0, 10))).toEqual(['2027-03-15']);
    const buiten = await createBeschikkingWereld();
    const vreemd = await refusal(getHuishoudenBeschikkingen({ ...buiten.coach, gemeenteId: w.gemeenteId }, r.huishouden.id));
    expect(vreemd.code).toBe('FORBIDDEN');
    expect(await prisma.auditEntry.count({ where: { huishoudenId: r.huishouden.id, actie: 'READ', entiteit: 'Huishouden', actorId: w.opsteller.id } })).toBe(1);
  });
});
