import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { hashAddress } from '@/lib/domain/rate-limit';
import { submitPublicMelding } from '@/lib/server/melding/submit-public-melding';
import { parsePublicMelding, type PublicMeldingInput } from '@/lib/validations/melding';
import { createFrontDoor, type FrontDoor } from '../support/melding-factories';

// The public form uses the first gemeente (a single-gemeente deployment): this file's database has exactly one.
let door: FrontDoor;
process.env.NEXTAUTH_SECRET = 'test-secret';

beforeAll(async () => {
  door = await createFrontDoor();
});

const input = (over: Record<string, string | string[]> = {}): PublicMeldingInput => {
  const parsed = parsePublicMelding({
    overWie: 'mijzelf', naam: 'Jan de Vries', postcode: '1781 AB', huisnummer: '12', telefoon: '06 12345678',
    vraag: 'Ik kan de huur niet meer betalen en de post stapelt zich op.', veiligheid: 'nee', leefgebieden: [], ...over,
  });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.fieldErrors));
  return parsed.data;
};

describe('the online melding', () => {
  it('stores the melding with a kenmerk, its leefgebieden, its wijk and an audit row, and no address', async () => {
    const financien = door.leefgebieden.find((l) => l.code === 'FINANCIEN')!;
    const result = await submitPublicMelding(input({ leefgebieden: [financien.id] }), { address: '203.0.113.1' });
    expect(result).toMatchObject({ stored: true, urgent: false, onderzoekTermijnDagen: 42 });
    expect(result.kenmerk).toMatch(/^M-\d{4}-000001$/);
    const melding = await prisma.melding.findFirstOrThrow({ where: { kenmerk: result.kenmerk }, include: { leefgebieden: true } });
    expect(melding).toMatchObject({
      gemeenteId: door.gemeenteId, kanaal: 'WEBSITE', overZichzelf: true, inwonerWeetErVan: true, status: 'NIEUW', postcode: '1781AB',
      huisnummer: 12, telefoon: '06 12345678', veiligheidsantwoord: 'Nee', wijkId: door.wijkId, bronIpHash: hashAddress('203.0.113.1', 'test-secret'),
    });
    expect(melding.leefgebieden.map((l) => l.label)).toEqual(['Financiën']);
    expect(JSON.stringify(melding)).not.toContain('203.0.113.1');
    expect(await prisma.auditEntry.count({ where: { entiteitId: melding.id, actie: 'MELDING_CREATED', actorId: null } })).toBe(1);
  });

  it('marks the melding urgent when the safety answer points to danger', async () => {
    const result = await submitPublicMelding(input({ veiligheid: 'ja' }), { address: '203.0.113.2' });
    expect(result.urgent).toBe(true);
    expect(await prisma.melding.findFirstOrThrow({ where: { kenmerk: result.kenmerk } })).toMatchObject({ urgent: true, veiligheidsantwoord: 'Ja' });
  });

  it('files the contact details under the melder when the melding is about someone else', async () => {
    const result = await submitPublicMelding(
      input({ overWie: 'ander', melderNaam: 'Buurvrouw Els', melderRelatie: 'Buurvrouw', inwonerWeetErVan: 'nee', email: 'els@voorbeeld.nl', telefoon: '' }),
      { address: '203.0.113.3' },
    );
    expect(await prisma.melding.findFirstOrThrow({ where: { kenmerk: result.kenmerk } })).toMatchObject({
      overZichzelf: false, melderNaam: 'Buurvrouw Els', melderEmail: 'els@voorbeeld.nl', email: null, inwonerWeetErVan: false,
    });
  });

  it('confirms by mail to the address given: the kenmerk and what happens next, nothing that was written, never the safety concern', async () => {
    const result = await submitPublicMelding(input({ email: 'jan@voorbeeld.example', veiligheid: 'ja' }), { address: '203.0.113.5' });
    const melding = await prisma.melding.findFirstOrThrow({ where: { kenmerk: result.kenmerk } });
    const [mail, ...meer] = await prisma.mailBericht.findMany({ where: { meldingId: melding.id } });
    expect(meer).toEqual([]);
    expect(mail).toMatchObject({ soort: 'MELDING_ONTVANGEN', aan: 'jan@voorbeeld.example', onderwerp: 'Wij hebben uw melding ontvangen', huishoudenId: null, status: 'WACHT' });
    expect(mail.tekst).toContain(`Uw kenmerk is ${result.kenmerk}.`);
    expect(mail.tekst).toContain('Een medewerker van het sociaal wijkteam leest uw melding.');
    for (const woord of ['Jan', 'Vries', 'huur', '1781', 'veilig']) expect(mail.tekst).not.toContain(woord);

    // About someone else: the melder's address gets the melder's text (what happens next, not what we discuss).
    const over = await submitPublicMelding(
      input({ overWie: 'ander', melderNaam: 'Buurvrouw Els', melderRelatie: 'Buurvrouw', inwonerWeetErVan: 'ja', email: 'els2@voorbeeld.nl', telefoon: '' }),
      { address: '203.0.113.6' },
    );
    const overMail = await prisma.mailBericht.findFirstOrThrow({ where: { aan: 'els2@voorbeeld.nl' } });
    expect(overMail.tekst).toContain(`Uw kenmerk is ${over.kenmerk}.`);
    expect(overMail.tekst).toContain('Daarom vertellen wij u daar niet alles over.');
    expect(overMail.tekst).not.toContain('Els');

    // Without an address (only a telephone number): no mail.
    const zonder = await submitPublicMelding(input(), { address: '203.0.113.7' });
    const zonderId = (await prisma.melding.findFirstOrThrow({ where: { kenmerk: zonder.kenmerk } })).id;
    expect(await prisma.mailBericht.count({ where: { meldingId: zonderId } })).toBe(0);
  });

  it('answers a filled honeypot like a real melding but stores nothing', async () => {
    const before = await prisma.melding.count();
    const mailsBefore = await prisma.mailBericht.count();
    const result = await submitPublicMelding({ ...input({ email: 'bot@voorbeeld.example' }), honeypot: true }, { address: '203.0.113.4' });
    expect(result.stored).toBe(false);
    expect(result.kenmerk).toMatch(/^M-\d{4}-\d{6}$/);
    expect(await prisma.melding.count()).toBe(before);
    expect(await prisma.mailBericht.count()).toBe(mailsBefore);
  });

  it('refuses the sixth melding within the hour from one address, and not from another', async () => {
    const address = '198.51.100.9';
    for (let i = 0; i < 5; i++) await submitPublicMelding(input(), { address });
    const before = await prisma.melding.count();
    await expect(submitPublicMelding(input(), { address })).rejects.toMatchObject({ code: 'THROTTLED', reasons: [expect.stringContaining('al 5 meldingen')] });
    expect(await prisma.melding.count()).toBe(before);
    await expect(submitPublicMelding(input(), { address: '198.51.100.10' })).resolves.toMatchObject({ stored: true });
    // An hour later the address may report again.
    await expect(submitPublicMelding(input(), { address, now: new Date(Date.now() + 61 * 60 * 1000) })).resolves.toMatchObject({ stored: true });
  });

  it('lets at most five of ten parallel submissions from one address through', async () => {
    const address = '192.0.2.77';
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => submitPublicMelding(input(), { address })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(Array(5).fill('THROTTLED'));
  });
});
