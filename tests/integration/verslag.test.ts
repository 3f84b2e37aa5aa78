import { beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { getVerslagPdf } from '@/lib/server/gesprek/verslag';
import { markVerslagVerstuurd } from '@/lib/server/gesprek/mark-verslag-verstuurd';
import { saveGesprek } from '@/lib/server/gesprek/save-gesprek';
import { gesprekKeys, parseGesprekForm } from '@/lib/validations/gesprek';
import { pdfPages, pdfText } from '../support/pdf-text';
import { createVraagverhelderingSetup, type VraagverhelderingSetup } from '../support/vraagverheldering';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TODAY = new Date('2026-11-21T10:00:00Z');
let s: VraagverhelderingSetup;

beforeEach(async () => {
  s = await createVraagverhelderingSetup();
});

const save = async (intent: 'concept' | 'afronden', over: Record<string, string> = {}) => {
  const fin = s.lg('FINANCIEN').id;
  const opv = s.lg('OPVOEDING_ONTWIKKELING').id;
  const result = parseGesprekForm({
    huishoudenId: s.huishouden.id, version: '0', intent, datum: '2026-11-20', plaats: 'Bij de familie thuis',
    deelnemers: `${s.anna.id},${s.piet.id}`, clientondersteuningAangeboden: 'ja', leefgebieden: `${fin},${opv}`,
    [gesprekKeys.leefgebied(fin, 'situatie')]: 'Betalingsachterstand bij de energie',
    [gesprekKeys.kind(opv, s.sanne.id, 'wens')]: 'Geheim van Sanne',
    [gesprekKeys.screening('armoede')]: 'SIGNAAL', [gesprekKeys.screening('schulden')]: 'SIGNAAL',
    [gesprekKeys.screening('onveiligheid')]: 'SIGNAAL', [gesprekKeys.screening('participatie')]: 'GEEN_SIGNAAL',
    screeningToelichting: 'Vermoeden van geweld door Piet',
    afspraken: 'Anna belt de schuldhulp van de gemeente\nPiet maakt een overzicht van de rekeningen',
    vervolg: 'Over twee weken komt de wijkcoach terug',
    ...over,
  });
  if (!result.success) throw new Error(JSON.stringify(result.fieldErrors));
  return saveGesprek(s.coach, result.data);
};

describe('the gespreksverslag', () => {
  it('is a PDF in plain language with the household and the agreements, stored on the dossier, without safety notes', async () => {
    const { gesprekId } = await save('afronden');
    const pdf = await getVerslagPdf(s.coach, s.huishouden.id, gesprekId, TODAY);
    expect(pdf.filename).toBe('verslag-gesprek-2026-11-20.pdf');
    const text = await pdfText(pdf.buffer);
    expect(text).toContain(s.gemeente.briefhoofd);
    expect(text).toContain(s.huishouden.naam);
    expect(text).toContain('Anna Jansen en Piet Jansen');
    expect(text).toContain('Teststraat');
    expect(text).toContain('Anna belt de schuldhulp van de gemeente');
    expect(text).toContain('Piet maakt een overzicht van de rekeningen');
    expect(text).toContain('Betalingsachterstand bij de energie');
    expect(text).not.toContain('Vermoeden van geweld');
    expect(text).not.toContain('Geheim van Sanne');
    const doc = await prisma.document.findUniqueOrThrow({ where: { id: pdf.documentId } });
    expect(doc).toMatchObject({ soort: 'VERSLAG', bronId: gesprekId, huishoudenId: s.huishouden.id, casusId: s.casus.id, mimeType: 'application/pdf', grootte: pdf.buffer.length });
    expect(await prisma.auditEntry.findFirst({ where: { actie: 'VERSLAG_GEMAAKT', entiteitId: doc.id } })).not.toBeNull();
  });

  it('goes to the adults, and a child of 16 or older gets a copy of their own (issue 16 item 4)', async () => {
    const { gesprekId } = await save('afronden');
    const jong = await getVerslagPdf(s.coach, s.huishouden.id, gesprekId, TODAY);
    expect(await pdfText(jong.buffer)).not.toContain('Afschrift voor');
    await prisma.persoon.update({ where: { id: s.sanne.id }, data: { geboortedatum: day('2010-05-20') } });
    await prisma.gesprek.update({ where: { id: gesprekId }, data: { samenvatting: 'Sanne is zestien geworden.' } });
    const pages = await pdfPages((await getVerslagPdf(s.coach, s.huishouden.id, gesprekId, TODAY)).buffer);
    const text = pages.join(' ');
    expect(text).toContain('Beste Anna Jansen en Piet Jansen,');
    expect(text).toContain('Afschrift voor Sanne Jansen. U bent 16 jaar of ouder');
    expect(text).toContain('Beste Sanne,');
    expect(text).not.toContain('Geheim van Sanne');
    expect(pages.filter((p) => /pagina 1 van \d+/.test(p))).toHaveLength(2);
  });

  it('keeps the stored verslag until the gesprek changes, then makes a new one', async () => {
    const { gesprekId } = await save('afronden');
    const first = await getVerslagPdf(s.coach, s.huishouden.id, gesprekId, TODAY);
    const again = await getVerslagPdf(s.coach, s.huishouden.id, gesprekId, TODAY);
    expect(again.documentId).toBe(first.documentId);
    await save('afronden', { gesprekId, version: '1', afspraken: 'Nieuwe afspraak' });
    const changed = await getVerslagPdf(s.coach, s.huishouden.id, gesprekId, TODAY);
    expect(changed.documentId).not.toBe(first.documentId);
    expect(await pdfText(changed.buffer)).toContain('Nieuwe afspraak');
    expect(await prisma.document.count({ where: { bronId: gesprekId } })).toBe(2);
  });

  it('is not made for a concept, nor for someone without access', async () => {
    const { gesprekId } = await save('concept');
    await expect(getVerslagPdf(s.coach, s.huishouden.id, gesprekId, TODAY)).rejects.toMatchObject({ code: 'TRANSITION_REFUSED' });
    await expect(getVerslagPdf(s.outsider, s.huishouden.id, gesprekId, TODAY)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('marked sent, records the date on the gesprek and completes the Wmo onderzoek term on the casus once', async () => {
    const { gesprekId } = await save('afronden');
    await expect(markVerslagVerstuurd(s.coach, { huishoudenId: s.huishouden.id, gesprekId, version: 1, verstuurdOp: day('2026-11-21') }, TODAY))
      .rejects.toMatchObject({ code: 'TRANSITION_REFUSED' }); // not downloaded yet: nothing stored to send
    const sent = await getVerslagPdf(s.coach, s.huishouden.id, gesprekId, TODAY);
    await markVerslagVerstuurd(s.coach, { huishoudenId: s.huishouden.id, gesprekId, version: 1, verstuurdOp: day('2026-11-21') }, TODAY);
    // What was sent stays what you download: marking it sent is no change of the conversation.
    expect((await getVerslagPdf(s.coach, s.huishouden.id, gesprekId, TODAY)).documentId).toBe(sent.documentId);
    expect((await prisma.gesprek.findUniqueOrThrow({ where: { id: gesprekId } })).verslagVerstuurdOp).toEqual(day('2026-11-21'));
    expect((await prisma.casus.findUniqueOrThrow({ where: { id: s.casus.id } })).verslagVerstuurdOp).toEqual(day('2026-11-21'));

    const second = await save('afronden', { datum: '2026-11-21' });
    await getVerslagPdf(s.coach, s.huishouden.id, second.gesprekId, TODAY);
    await markVerslagVerstuurd(s.coach, { huishoudenId: s.huishouden.id, gesprekId: second.gesprekId, version: 1, verstuurdOp: day('2026-11-21') }, new Date('2026-11-22T10:00:00Z'));
    expect((await prisma.casus.findUniqueOrThrow({ where: { id: s.casus.id } })).verslagVerstuurdOp).toEqual(day('2026-11-21'));
  });

  it('refuses a stale version, a date in the future, and a role without the permission', async () => {
    const { gesprekId } = await save('afronden');
    await getVerslagPdf(s.coach, s.huishouden.id, gesprekId, TODAY);
    const input = { huishoudenId: s.huishouden.id, gesprekId, version: 1, verstuurdOp: day('2026-11-21') };
    await expect(markVerslagVerstuurd(s.coach, { ...input, verstuurdOp: day('2026-11-30') }, TODAY)).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { verstuurdOp: ['De verzenddatum ligt in de toekomst.'] } });
    const fout = await markVerslagVerstuurd(s.coach, { ...input, version: 7 }, TODAY).catch((e: unknown) => e);
    expect(fout).toMatchObject({ code: 'STALE_VERSION' });
    // The last change of this gesprek was her own (recorded, finished at once; making the verslag changes nothing):
    // the message says so instead of blaming "iemand anders".
    expect((fout as { reasons: string[] }).reasons[0]).toMatch(/^Je hebt dit gesprek \(in een ander venster of tabblad\) (om|op) .* vastgelegd\. Je wijziging is niet opgeslagen/);
    await expect(markVerslagVerstuurd(s.gedrag, input, TODAY)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await prisma.casus.findUniqueOrThrow({ where: { id: s.casus.id } })).verslagVerstuurdOp).toBeNull();
  });
});
