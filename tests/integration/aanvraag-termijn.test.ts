// The backoffice queue and the legal term of an aanvraag (issue 7, DOMAIN.md §4) against a real PostgreSQL: the
// queue in due-date order with days left and paging; opschorten and hervatten move the due date; one verdaging with
// a notice letter; wrong role, stale version and no access are refused.
import { beforeAll, describe, expect, it } from 'vitest';
import { laadBesluitdagen } from '@/lib/server/termijnwet/besluitdagen';
import { prisma } from '@/lib/db';
import { DomainError } from '@/lib/errors';
import { EXTENSION_ALREADY_USED } from '@/lib/domain/deadlines';
import { aanvraagTermijn, REDENEN, vergelijkWachtrij } from '@/lib/domain/aanvraag-termijn';
import { listAanvragen, PAGINA_GROOTTE } from '@/lib/server/aanvraag/list-aanvragen';
import { getAanvraag } from '@/lib/server/aanvraag/get-aanvraag';
import { opschortenAanvraag } from '@/lib/server/aanvraag/opschorten-aanvraag';
import { hervattenAanvraag } from '@/lib/server/aanvraag/hervatten-aanvraag';
import { verdagenAanvraag } from '@/lib/server/aanvraag/verdagen-aanvraag';
import { getVerdagingsbrief } from '@/lib/server/aanvraag/get-verdagingsbrief';
import { pdfText } from '../support/pdf-text';
import { createAanvraag, createBeschikkingWereld, dag, rollen, type BeschikkingWereld } from '../support/beschikking-factories';

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
};
const iso = (d: Date | null | undefined) => d?.toISOString().slice(0, 10) ?? null;

describe('listAanvragen: the queue', () => {
  let w: BeschikkingWereld;
  const today = new Date('2026-05-20T09:00:00Z');
  beforeAll(async () => {
    w = await createBeschikkingWereld();
  });

  it('sorts by due date with the overdue ones first, shows days left, and pages', async () => {
    // A Wmo aanvraag received 1 May: two weeks end on 15 May, a decree day (Atw art. 3 lid 3), then a weekend, so it is
    // due Monday 18 May: 2 days late on 20 May. A Jeugdwet one received 1 May is due 26 June.
    const laat = await createAanvraag(w, { ontvangenOp: dag('2026-05-01') });
    const jeugd = await createAanvraag(w, { ontvangenOp: dag('2026-05-01'), product: w.producten.jeugdhulp });
    const vers = await createAanvraag(w, { ontvangenOp: dag('2026-05-19') });
    const opgeschort = await createAanvraag(w, { ontvangenOp: dag('2026-05-04'), status: 'OPGESCHORT' });
    await prisma.opschorting.create({ data: { gemeenteId: w.gemeenteId, aanvraagId: opgeschort.aanvraag.id, van: dag('2026-05-10'), reden: 'Wachten op informatie', doorId: w.opsteller.id } });
    await createAanvraag(w, { ontvangenOp: dag('2026-04-01'), status: 'BESCHIKT' });

    const result = await listAanvragen(w.opsteller, { pagina: 1 }, today);
    expect(result.aanvragen.map((a) => a.id)).toEqual([laat.aanvraag.id, opgeschort.aanvraag.id, vers.aanvraag.id, jeugd.aanvraag.id]);
    const [eerste, tweede, derde] = result.aanvragen;
    expect(iso(eerste.termijn.uiterlijk)).toBe('2026-05-18');
    expect(eerste.termijn).toMatchObject({ dagenOver: -2, status: 'OVERDUE' });
    // 4 May + 14 = 18 May, + 10 paused days so far (10 to 20 May) = 28 May, and still moving.
    expect(tweede.termijn).toMatchObject({ opgeschort: true, dagenOpgeschort: 10, dagenOver: 8 });
    expect(iso(tweede.termijn.uiterlijk)).toBe('2026-05-28');
    expect(derde.termijn.dagenOver).toBe(13);
    expect(result.tellingen).toEqual({ open: 4, verlopen: 1, bijnaVerlopen: 0, opgeschort: 1 });

    expect((await listAanvragen(w.opsteller, { pagina: 1, termijn: 'verlopen' }, today)).aanvragen.map((a) => a.id)).toEqual([laat.aanvraag.id]);
    expect((await listAanvragen(w.opsteller, { pagina: 1, wet: 'JEUGDWET' }, today)).aanvragen.map((a) => a.id)).toEqual([jeugd.aanvraag.id]);
    expect((await listAanvragen(w.opsteller, { pagina: 1, zoek: laat.aanvraag.nummer.toLowerCase() }, today)).aanvragen.map((a) => a.id)).toEqual([laat.aanvraag.id]);
  });

  it('finds a decided aanvraag by its number, and pages through a long queue', async () => {
    const beschikt = await createAanvraag(w, { ontvangenOp: dag('2026-04-01'), status: 'BESCHIKT' });
    expect((await listAanvragen(w.opsteller, { pagina: 1, zoek: beschikt.aanvraag.nummer }, today)).aanvragen.map((a) => a.status)).toEqual(['BESCHIKT']);
    for (let i = 0; i < PAGINA_GROOTTE; i++) await createAanvraag(w, { ontvangenOp: dag('2026-05-18') });
    const pagina2 = await listAanvragen(w.opsteller, { pagina: 2 }, today);
    expect(pagina2.page).toBe(2);
    expect(pagina2.pages).toBe(2);
    expect(pagina2.total).toBe(PAGINA_GROOTTE + 4);
    expect(pagina2.aanvragen).toHaveLength(4);
    expect((await listAanvragen(w.opsteller, { pagina: 99 }, today)).page).toBe(2);
  });

  it('shows a teamleider only the aanvragen of households the team may see, and refuses a wijkcoach', async () => {
    const anderTeam = await prisma.team.create({ data: { gemeenteId: w.gemeenteId, naam: 'Ander team', soort: 'WIJKTEAM' } });
    const h = await createAanvraag(w, { ontvangenOp: dag('2026-05-18') });
    const eigen = await listAanvragen(w.teamlead, { pagina: 1, zoek: h.aanvraag.nummer }, today);
    expect(eigen.aanvragen.map((a) => a.id)).toEqual([h.aanvraag.id]);
    expect((await listAanvragen(w.teamlead, { pagina: 1 }, today)).total).toBe(PAGINA_GROOTTE + 5);
    const vreemd = await listAanvragen({ ...w.teamlead, teamIds: [anderTeam.id] }, { pagina: 1 }, today);
    expect(vreemd.total).toBe(0);
    expect((await refusal(listAanvragen(w.coach, { pagina: 1 }, today))).code).toBe('FORBIDDEN');
    expect((await refusal(getAanvraag({ ...w.teamlead, teamIds: [anderTeam.id] }, h.aanvraag.id, today))).code).toBe('FORBIDDEN');
  });
});

describe('listAanvragen: the queue of a busy backoffice (issue 9: ordered, counted and paged in SQL)', () => {
  const today = new Date('2026-05-20T09:00:00Z');

  it('orders every row as the domain rule does, page 2 continues page 1, and the counts cover the whole queue', async () => {
    const w = await createBeschikkingWereld();
    const instellingen = await prisma.gemeente.findUniqueOrThrow({ where: { id: w.gemeenteId }, select: { wmoBeschikkingTermijnDagen: true, awbBeschikkingTermijnDagen: true } });
    const besluitdagen = await laadBesluitdagen(prisma);
    const ids: string[] = [];
    for (let i = 0; i < PAGINA_GROOTTE + 12; i++) {
      const { aanvraag } = await createAanvraag(w, {
        ontvangenOp: dag(`2026-0${3 + (i % 3)}-${String(1 + ((i * 7) % 28)).padStart(2, '0')}`),
        product: i % 4 === 0 ? w.producten.jeugdhulp : undefined,
        status: i % 5 === 0 ? 'OPGESCHORT' : i % 2 ? 'IN_BEHANDELING' : 'ONTVANGEN',
      });
      ids.push(aanvraag.id);
      if (i % 6 === 0) await prisma.aanvraag.update({ where: { id: aanvraag.id }, data: { verdaagdOp: dag('2026-05-01'), verdagingDagen: 7 + i } });
      const van = new Date(aanvraag.ontvangenOp.getTime() + 2 * 86_400_000);
      const door = w.opsteller.id;
      if (i % 5 === 0) await prisma.opschorting.create({ data: { gemeenteId: w.gemeenteId, aanvraagId: aanvraag.id, van, reden: 'Open', doorId: door } });
      if (i % 7 === 0) {
        // Two closed opschortingen that overlap: the paused days count once (the domain merges them).
        await prisma.opschorting.createMany({
          data: [
            { gemeenteId: w.gemeenteId, aanvraagId: aanvraag.id, van, tot: new Date(van.getTime() + 5 * 86_400_000), reden: 'Eerste', doorId: door },
            { gemeenteId: w.gemeenteId, aanvraagId: aanvraag.id, van: new Date(van.getTime() + 3 * 86_400_000), tot: new Date(van.getTime() + 9 * 86_400_000), reden: 'Tweede', doorId: door },
          ],
        });
      }
    }
    await createAanvraag(w, { ontvangenOp: dag('2026-03-01'), status: 'BESCHIKT' });

    const een = await listAanvragen(w.opsteller, { pagina: 1 }, today);
    const twee = await listAanvragen(w.opsteller, { pagina: 2 }, today);
    expect([een.total, een.pages, twee.page, een.aanvragen.length, twee.aanvragen.length]).toEqual([PAGINA_GROOTTE + 12, 2, 2, PAGINA_GROOTTE, 12]);

    // The truth: every open aanvraag with its term from lib/domain, in the queue's order.
    const alle = await prisma.aanvraag.findMany({ where: { id: { in: ids } }, select: { id: true, nummer: true, wet: true, ontvangenOp: true, verdagingDagen: true, opschortingen: { select: { van: true, tot: true } } } });
    const verwacht = alle
      .map((a) => ({ ...a, termijn: aanvraagTermijn(a, instellingen, today, besluitdagen) }))
      .map((a) => ({ ...a, uiterlijk: a.termijn.uiterlijk }))
      .sort(vergelijkWachtrij);
    const getoond = [...een.aanvragen, ...twee.aanvragen];
    expect(getoond.map((a) => a.id)).toEqual(verwacht.map((a) => a.id));
    expect(getoond.map((a) => a.termijn)).toEqual(verwacht.map((a) => a.termijn));
    // The due date PostgreSQL ordered by (aanvraag_uiterlijk) is the domain rule's, row by row.
    expect(getoond.map((a) => iso(a.uiterlijk))).toEqual(verwacht.map((a) => iso(a.termijn.uiterlijk)));
    expect(getoond.every((a) => a.inwoner.startsWith('Anna Maria van den Berg') && a.product.code)).toBe(true);

    const open = verwacht.map((a) => a.termijn);
    expect(een.tellingen).toEqual({
      open: open.length,
      verlopen: open.filter((t) => !t.opgeschort && t.status === 'OVERDUE').length,
      bijnaVerlopen: open.filter((t) => !t.opgeschort && t.status === 'DUE_SOON').length,
      opgeschort: open.filter((t) => t.opgeschort).length,
    });
    expect(een.tellingen.opgeschort).toBe(Math.ceil((PAGINA_GROOTTE + 12) / 5)); // every fifth is suspended now
    const verlopen = await listAanvragen(w.opsteller, { pagina: 1, termijn: 'verlopen' }, today);
    expect(verlopen.aanvragen.map((a) => a.id)).toEqual(verwacht.filter((a) => !a.termijn.opgeschort && a.termijn.dagenOver < 0).map((a) => a.id).slice(0, PAGINA_GROOTTE));
  });
});

describe('opschorten, hervatten and verdagen', () => {
  let w: BeschikkingWereld;
  beforeAll(async () => {
    w = await createBeschikkingWereld();
  });

  it('opschorten moves the due date by the paused days; hervatten fixes them; both are logged', async () => {
    const h = await createAanvraag(w, { ontvangenOp: dag('2026-01-20') });
    const { version } = await opschortenAanvraag(w.opsteller, { aanvraagId: h.aanvraag.id, version: 1, van: dag('2026-01-31'), reden: 'Wachten op medische informatie van de huisarts.' }, new Date('2026-02-01T10:00:00Z'));
    expect(version).toBe(2);
    expect(await prisma.aanvraag.findUniqueOrThrow({ where: { id: h.aanvraag.id } })).toMatchObject({ status: 'OPGESCHORT', behandelaarId: w.opsteller.id });
    const terwijl = await getAanvraag(w.opsteller, h.aanvraag.id, new Date('2026-02-02T10:00:00Z'));
    expect(terwijl.termijn.opgeschort).toBe(true);
    expect(terwijl.acties).toMatchObject({ opschorten: false, hervatten: true });

    await hervattenAanvraag(w.opsteller, { aanvraagId: h.aanvraag.id, version, tot: dag('2026-02-03') }, new Date('2026-02-03T10:00:00Z'));
    const na = await getAanvraag(w.opsteller, h.aanvraag.id, new Date('2026-02-10T10:00:00Z'));
    // Over the end of January: 20 Jan + 14 = 3 Feb, plus 3 paused days (31 Jan, 1 and 2 Feb) = 6 Feb.
    expect(iso(na.termijn.uiterlijk)).toBe('2026-02-06');
    expect(na.aanvraag).toMatchObject({ status: 'IN_BEHANDELING', version: 3 });
    expect(na.aanvraag.opschortingen).toEqual([expect.objectContaining({ reden: 'Wachten op medische informatie van de huisarts.', door: 'Nicole Opsteller' })]);
    expect(await prisma.auditEntry.count({ where: { entiteitId: h.aanvraag.id, actie: { in: ['AANVRAAG_OPGESCHORT', 'AANVRAAG_HERVAT'] } } })).toBe(2);
  });

  it('refuses a second opschorting, one starting before the aanvraag, and hervatten when not suspended', async () => {
    const h = await createAanvraag(w, { ontvangenOp: dag('2026-03-02') });
    const now = new Date('2026-03-05T10:00:00Z');
    const voor = await refusal(opschortenAanvraag(w.opsteller, { aanvraagId: h.aanvraag.id, version: 1, van: dag('2026-03-01'), reden: 'x' }, now));
    expect(voor.fieldErrors).toEqual({ van: [REDENEN.vanVoorOntvangst] });
    expect((await refusal(hervattenAanvraag(w.opsteller, { aanvraagId: h.aanvraag.id, version: 1, tot: dag('2026-03-05') }, now))).reasons).toEqual([REDENEN.nietOpgeschort]);
    await opschortenAanvraag(w.opsteller, { aanvraagId: h.aanvraag.id, version: 1, van: dag('2026-03-04'), reden: 'x' }, now);
    expect((await refusal(opschortenAanvraag(w.opsteller, { aanvraagId: h.aanvraag.id, version: 2, van: dag('2026-03-05'), reden: 'y' }, now))).reasons).toEqual([REDENEN.alOpgeschort]);
    expect(await prisma.opschorting.count({ where: { aanvraagId: h.aanvraag.id } })).toBe(1);
  });

  it('rejects a stale version and writes nothing', async () => {
    const h = await createAanvraag(w, { ontvangenOp: dag('2026-03-02') });
    await prisma.aanvraag.update({ where: { id: h.aanvraag.id }, data: { version: 2 } });
    expect((await refusal(opschortenAanvraag(w.opsteller, { aanvraagId: h.aanvraag.id, version: 1, van: dag('2026-03-04'), reden: 'x' }, new Date('2026-03-05T10:00:00Z')))).code).toBe('STALE_VERSION');
    expect(await prisma.opschorting.count({ where: { aanvraagId: h.aanvraag.id } })).toBe(0);
    expect(await prisma.auditEntry.count({ where: { entiteitId: h.aanvraag.id } })).toBe(0);
  });

  it('tells the second of two clerks who changed the aanvraag first, and what they did', async () => {
    const h = await createAanvraag(w, { ontvangenOp: dag('2026-03-02') });
    const now = new Date('2026-03-05T10:00:00Z');
    await opschortenAanvraag(w.collega, { aanvraagId: h.aanvraag.id, version: 1, van: dag('2026-03-04'), reden: 'Wachten op de huisarts' }, now);
    const conflict = await refusal(verdagenAanvraag(w.opsteller, { aanvraagId: h.aanvraag.id, version: 1, dagen: 14, verdagingReden: 'Advies nodig' }, now));
    expect(conflict.code).toBe('STALE_VERSION');
    expect(conflict.reasons[0]).toMatch(/^Hasan Collega heeft deze aanvraag (vandaag )?(om|op) .*opgeschort/);
    expect(conflict.reasons[0]).toMatch(/voer je wijziging opnieuw in/);
    expect(await prisma.aanvraag.findUniqueOrThrow({ where: { id: h.aanvraag.id } })).toMatchObject({ verdaagdOp: null, version: 2 });
  });

  it('refuses the wrong role: a teamleider reads the queue but does not handle aanvragen', async () => {
    const h = await createAanvraag(w, { ontvangenOp: dag('2026-03-02') });
    const input = { aanvraagId: h.aanvraag.id, version: 1, van: dag('2026-03-04'), reden: 'x' };
    expect((await refusal(opschortenAanvraag(w.teamlead, input))).code).toBe('FORBIDDEN');
    expect((await refusal(opschortenAanvraag(w.coach, input))).code).toBe('FORBIDDEN');
    expect((await refusal(verdagenAanvraag(rollen(w.opsteller, ['TEAMLEAD']), { aanvraagId: h.aanvraag.id, version: 1, dagen: 14, verdagingReden: 'x' }))).code).toBe('FORBIDDEN');
  });

  it('verdaagt once, with a notice letter in the dossier; a second verdaging is refused', async () => {
    const h = await createAanvraag(w, { ontvangenOp: dag('2026-03-02') });
    const now = new Date('2026-03-12T10:00:00Z');
    const result = await verdagenAanvraag(w.opsteller, { aanvraagId: h.aanvraag.id, version: 1, dagen: 14, verdagingReden: 'Wij wachten op het advies van de ergotherapeut.' }, now);
    expect(iso(result.uiterlijk)).toBe('2026-03-30');
    const aanvraag = await prisma.aanvraag.findUniqueOrThrow({ where: { id: h.aanvraag.id } });
    expect(aanvraag).toMatchObject({ verdagingDagen: 14, verdagingReden: 'Wij wachten op het advies van de ergotherapeut.', version: 2 });
    expect(iso(aanvraag.verdaagdOp)).toBe('2026-03-12');

    const brief = await getVerdagingsbrief(w.opsteller, h.aanvraag.id);
    const tekst = (await pdfText(brief.buffer)).replace(/\s+/g, ' ');
    expect(tekst).toContain('Wij hebben meer tijd nodig voor uw aanvraag');
    expect(tekst).toContain('Geachte mevrouw Van den Berg');
    expect(tekst).toContain('Wij zouden uiterlijk op 16 maart 2026 beslissen');
    expect(tekst).toContain('Wij nemen uiterlijk op 30 maart 2026 een besluit');
    expect(tekst).toContain('Wij wachten op het advies van de ergotherapeut.');
    expect(await prisma.document.count({ where: { bronId: h.aanvraag.id, huishoudenId: h.huishouden.id } })).toBe(1);

    const tweede = await refusal(verdagenAanvraag(w.collega, { aanvraagId: h.aanvraag.id, version: 2, dagen: 7, verdagingReden: 'Nog meer tijd' }, now));
    expect(tweede.reasons).toEqual([EXTENSION_ALREADY_USED]);
    expect((await getAanvraag(w.opsteller, h.aanvraag.id, now)).acties.verdagen).toBe(false);
  });

  it('refuses a verdaging after the term has run out', async () => {
    const h = await createAanvraag(w, { ontvangenOp: dag('2026-03-02') });
    const error = await refusal(verdagenAanvraag(w.opsteller, { aanvraagId: h.aanvraag.id, version: 1, dagen: 14, verdagingReden: 'Te laat' }, new Date('2026-03-17T10:00:00Z')));
    expect(error.reasons[0]).toMatch(/al verstreken/);
    expect(await prisma.document.count({ where: { bronId: h.aanvraag.id } })).toBe(0);
  });

  it('does not find an aanvraag of another gemeente, nor a malformed id', async () => {
    const ander = await createBeschikkingWereld();
    const h = await createAanvraag(ander);
    expect((await refusal(getAanvraag(w.opsteller, h.aanvraag.id))).code).toBe('NOT_FOUND');
    expect((await refusal(getAanvraag(w.opsteller, 'niet-een-id'))).code).toBe('NOT_FOUND');
  });
});
