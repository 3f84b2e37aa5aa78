// Changing and withdrawing a beschikking (issue 7, DOMAIN.md §5): a new besluit that refers to the old one; once it
// is vastgesteld the old one vervalt with a vervalreden, and the toewijzingen follow the iWmo rules (OP257).
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { DomainError } from '@/lib/errors';
import { saveBeschikkingConcept } from '@/lib/server/beschikking/save-beschikking-concept';
import { vaststellenBeschikking } from '@/lib/server/beschikking/vaststellen-beschikking';
import { intrekkenBeschikking, OPVOLGER_BESTAAT, wijzigenBeschikking } from '@/lib/server/beschikking/wijzigen-beschikking';
import { getBeschikkingBrief } from '@/lib/server/beschikking/get-beschikking-brief';
import { verzendenToewijzingen } from '@/lib/server/toewijzing/verzenden-toewijzingen';
import { pdfText } from '../support/pdf-text';
import { createBeschikkingWereld, dag, productRegel, toekenning, vastgesteldeBeschikking, type BeschikkingWereld } from '../support/beschikking-factories';

let w: BeschikkingWereld;
beforeAll(async () => {
  w = await createBeschikkingWereld();
});

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
};

const iso = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;
const SEND = new Date('2026-03-11T09:00:00Z');
const LATER = new Date('2026-06-01T10:00:00Z');

/** A vastgestelde toekenning whose toewijzing has been sent to the aanbieder. */
async function verzondenToekenning() {
  const r = await vastgesteldeBeschikking(w);
  await verzendenToewijzingen(w.opsteller, { beschikkingId: r.beschikkingId }, SEND);
  const toewijzing = await prisma.toewijzing.findFirstOrThrow({ where: { persoonId: r.persoon.id } });
  expect(toewijzing.status).toBe('VERZONDEN');
  const b = await prisma.beschikking.findUniqueOrThrow({ where: { id: r.beschikkingId } });
  return { ...r, toewijzing, version: b.version };
}

/** Starts a wijziging, saves the new products and has the colleague vaststellen it. */
async function wijzig(r: Awaited<ReturnType<typeof verzondenToekenning>>, producten: ReturnType<typeof productRegel>[]) {
  const opvolger = await wijzigenBeschikking(w.opsteller, { beschikkingId: r.beschikkingId, version: r.version, vervalredenVorig: 'INGETROKKEN_BELANGHEBBENDE' }, LATER);
  const saved = await saveBeschikkingConcept(
    w.opsteller,
    { ...toekenning(w, r.aanvraag.id), beschikkingId: opvolger.id, version: 1, producten, motivering: 'Op verzoek van de inwoner aangepast.' },
    LATER,
  );
  await vaststellenBeschikking(w.collega, { beschikkingId: opvolger.id, version: saved.version }, LATER);
  return opvolger;
}

describe('wijzigenBeschikking', () => {
  it('starts a concept that refers to the old besluit and copies its content', async () => {
    const r = await verzondenToekenning();
    const opvolger = await wijzigenBeschikking(w.opsteller, { beschikkingId: r.beschikkingId, version: r.version, vervalredenVorig: 'INGETROKKEN_OVERHEID' }, LATER);
    const nieuw = await prisma.beschikking.findUniqueOrThrow({ where: { id: opvolger.id }, include: { producten: true } });
    expect(nieuw).toMatchObject({ status: 'CONCEPT', vorigBesluitId: r.beschikkingId, vervalredenVorig: 'INGETROKKEN_OVERHEID', besluit: 'TOEKENNING', aanvraagId: r.aanvraag.id, opgesteldDoorId: w.opsteller.id });
    expect(nieuw.identificatie).not.toBe(r.identificatie);
    expect(nieuw.producten.map((p) => p.volume)).toEqual([6]);
    // The old besluit holds until the new one is vastgesteld.
    expect((await prisma.beschikking.findUniqueOrThrow({ where: { id: r.beschikkingId } })).status).toBe('VASTGESTELD');
  });

  it('allows one live successor only, also when two people start at the same moment', async () => {
    const r = await verzondenToekenning();
    const input = { beschikkingId: r.beschikkingId, version: r.version, vervalredenVorig: 'INGETROKKEN_OVERHEID' as const };
    const results = await Promise.allSettled([wijzigenBeschikking(w.opsteller, input, LATER), wijzigenBeschikking(w.collega, input, LATER)]);
    expect(results.filter((x) => x.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((x) => x.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(DomainError);
    expect([OPVOLGER_BESTAAT, 'Er is al een nieuw besluit in de maak dat deze beschikking wijzigt of intrekt. Werk dat besluit af.']).toContain(rejected.reason.reasons[0]);
    expect(await prisma.beschikking.count({ where: { vorigBesluitId: r.beschikkingId } })).toBe(1);
  });

  it('a later einddatum keeps the toewijzingnummer: changed in place with RedenWijziging 04, the old besluit vervalt', async () => {
    const r = await verzondenToekenning();
    const opvolger = await wijzig(r, [productRegel(w, { einddatum: dag('2027-09-15') })]);
    const oud = await prisma.beschikking.findUniqueOrThrow({ where: { id: r.beschikkingId } });
    expect(oud).toMatchObject({ status: 'VERVALLEN', vervalreden: 'INGETROKKEN_BELANGHEBBENDE' });
    expect(iso(oud.vervaldatum)).toBe('2026-03-16');
    const toewijzingen = await prisma.toewijzing.findMany({ where: { persoonId: r.persoon.id } });
    expect(toewijzingen).toHaveLength(1);
    expect(toewijzingen[0]).toMatchObject({ id: r.toewijzing.id, toewijzingNummer: r.toewijzing.toewijzingNummer, status: 'GEWIJZIGD', redenWijziging: '04' });
    expect(iso(toewijzingen[0].einddatum)).toBe('2027-09-15');
    expect((await prisma.beschiktProduct.findUniqueOrThrow({ where: { id: toewijzingen[0].beschiktProductId } })).beschikkingId).toBe(opvolger.id);
    expect(await prisma.auditEntry.count({ where: { actie: 'BESCHIKKING_VERVALLEN', entiteitId: r.beschikkingId } })).toBe(1);
  });

  it('another volume per week withdraws the toewijzing (RedenWijziging 05) and gives a new number', async () => {
    const r = await verzondenToekenning();
    await wijzig(r, [productRegel(w, { volume: 4, ingangsdatum: dag('2026-06-15') })]);
    const toewijzingen = await prisma.toewijzing.findMany({ where: { persoonId: r.persoon.id }, orderBy: { toewijzingNummer: 'asc' } });
    expect(toewijzingen).toHaveLength(2);
    const [oud, nieuw] = toewijzingen;
    expect(oud).toMatchObject({ toewijzingNummer: r.toewijzing.toewijzingNummer, status: 'INGETROKKEN', redenWijziging: '05', volume: 6 });
    expect(iso(oud.einddatum)).toBe('2026-06-14');
    expect(nieuw).toMatchObject({ status: 'NIEUW', volume: 4, redenWijziging: null });
    expect(nieuw.toewijzingNummer).toBeGreaterThan(oud.toewijzingNummer);
  });

  it('another aanbieder is an overstap: RedenWijziging 09 and a new number', async () => {
    const r = await verzondenToekenning();
    await wijzig(r, [productRegel(w, { aanbiederId: w.aanbieders.duinen.id, ingangsdatum: dag('2026-07-01') })]);
    const [oud, nieuw] = await prisma.toewijzing.findMany({ where: { persoonId: r.persoon.id }, orderBy: { toewijzingNummer: 'asc' } });
    expect(oud).toMatchObject({ status: 'INGETROKKEN', redenWijziging: '09', aanbiederId: w.aanbieders.marsdiep.id });
    expect(iso(oud.einddatum)).toBe('2026-06-30');
    expect(nieuw).toMatchObject({ status: 'NIEUW', aanbiederId: w.aanbieders.duinen.id });
  });

  it('the letter of the new besluit says which besluit it replaces', async () => {
    const r = await verzondenToekenning();
    const opvolger = await wijzig(r, [productRegel(w, { einddatum: dag('2027-09-15') })]);
    const tekst = (await pdfText((await getBeschikkingBrief(w.opsteller, opvolger.id)).buffer)).replace(/\s+/g, ' ');
    expect(tekst).toContain(`Dit besluit vervangt ons besluit van 10 maart 2026 met kenmerk ${r.identificatie}`);
  });
});

describe('intrekkenBeschikking', () => {
  it('withdraws from a day on: a new INTREKKING besluit; once vastgesteld the old one vervalt and its toewijzing ends the day before', async () => {
    const r = await verzondenToekenning();
    const intrekking = await intrekkenBeschikking(
      w.opsteller,
      { beschikkingId: r.beschikkingId, version: r.version, vervalredenVorig: 'INGETROKKEN_BELANGHEBBENDE', intrekkingPer: dag('2026-07-01'), motivering: 'De inwoner verhuist naar een andere gemeente.' },
      LATER,
    );
    const concept = await prisma.beschikking.findUniqueOrThrow({ where: { id: intrekking.id } });
    expect(concept).toMatchObject({ besluit: 'INTREKKING', status: 'CONCEPT', vorigBesluitId: r.beschikkingId });
    expect(iso(concept.ingangsdatum)).toBe('2026-07-01');
    // Four eyes here too.
    expect((await refusal(vaststellenBeschikking(w.opsteller, { beschikkingId: intrekking.id, version: 1 }, LATER))).reasons[0]).toMatch(/vier ogen/);
    await vaststellenBeschikking(w.collega, { beschikkingId: intrekking.id, version: 1 }, LATER);

    const oud = await prisma.beschikking.findUniqueOrThrow({ where: { id: r.beschikkingId } });
    expect(oud).toMatchObject({ status: 'VERVALLEN', vervalreden: 'INGETROKKEN_BELANGHEBBENDE' });
    expect(iso(oud.vervaldatum)).toBe('2026-07-01');
    const t = await prisma.toewijzing.findUniqueOrThrow({ where: { id: r.toewijzing.id } });
    expect(t).toMatchObject({ status: 'INGETROKKEN', redenWijziging: '05' });
    expect(iso(t.einddatum)).toBe('2026-06-30');

    const tekst = (await pdfText((await getBeschikkingBrief(w.opsteller, intrekking.id)).buffer)).replace(/\s+/g, ' ');
    expect(tekst).toContain('Besluit: intrekking van uw voorziening');
    expect(tekst).toContain(`Wij trekken het besluit met kenmerk ${r.identificatie} in per 1 juli 2026`);
    expect(tekst).toContain('U heeft ons gevraagd dat besluit in te trekken.');
    expect(tekst).toContain('Bent u het niet eens met dit besluit?');
  });

  it('verwijdert a toewijzing that has not started yet (einddatum = ingangsdatum, RedenWijziging 13)', async () => {
    const r = await verzondenToekenning();
    const intrekking = await intrekkenBeschikking(
      w.opsteller,
      { beschikkingId: r.beschikkingId, version: r.version, vervalredenVorig: 'INGETROKKEN_OVERHEID', intrekkingPer: dag('2026-03-16'), motivering: 'Ten onrechte toegekend.' },
      SEND,
    );
    await vaststellenBeschikking(w.collega, { beschikkingId: intrekking.id, version: 1 }, SEND);
    const t = await prisma.toewijzing.findUniqueOrThrow({ where: { id: r.toewijzing.id } });
    expect(t).toMatchObject({ status: 'INGETROKKEN', redenWijziging: '13' });
    expect(iso(t.einddatum)).toBe('2026-03-16');
  });

  it('refuses to withdraw an afwijzing, or a besluit that already vervallen is', async () => {
    const afwijzing = await vastgesteldeBeschikking(w, { besluit: 'AFWIJZING', producten: [] });
    const b = await prisma.beschikking.findUniqueOrThrow({ where: { id: afwijzing.beschikkingId } });
    expect((await refusal(intrekkenBeschikking(w.opsteller, { beschikkingId: b.id, version: b.version, vervalredenVorig: 'INGETROKKEN_OVERHEID', intrekkingPer: dag('2026-04-01'), motivering: 'x' }, LATER))).reasons).toEqual([
      'Alleen een toekenning kan worden ingetrokken.',
    ]);
    const r = await verzondenToekenning();
    await wijzig(r, [productRegel(w, { einddatum: dag('2027-09-15') })]);
    const oud = await prisma.beschikking.findUniqueOrThrow({ where: { id: r.beschikkingId } });
    expect((await refusal(wijzigenBeschikking(w.opsteller, { beschikkingId: oud.id, version: oud.version, vervalredenVorig: 'INGETROKKEN_OVERHEID' }, LATER))).reasons[0]).toMatch(/vastgestelde of verzonden/);
  });

  it('refuses a stale version and the wrong role', async () => {
    const r = await verzondenToekenning();
    const stale = await refusal(wijzigenBeschikking(w.opsteller, { beschikkingId: r.beschikkingId, version: r.version - 1, vervalredenVorig: 'INGETROKKEN_OVERHEID' }, LATER));
    expect(stale.code).toBe('STALE_VERSION');
    // The opsteller sent the toewijzingen of this besluit themselves: the conflict says so (another window).
    expect(stale.reasons.join(' ')).toMatch(/^Je hebt deze beschikking \(in een ander venster of tabblad\) (om|op) .+\. Je wijziging is niet opgeslagen/);
    expect((await refusal(wijzigenBeschikking(w.coach, { beschikkingId: r.beschikkingId, version: r.version, vervalredenVorig: 'INGETROKKEN_OVERHEID' }, LATER))).code).toBe('FORBIDDEN');
    expect(await prisma.beschikking.count({ where: { vorigBesluitId: r.beschikkingId } })).toBe(0);
  });
});
