import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { nextKenmerk, nextNummer } from '@/lib/server/nummering';
import { createGemeente } from '../support/factories';

describe('gapless numbering per gemeente and kind (Nummering)', () => {
  it('gives 20 concurrent transactions the numbers 1 to 20, each once', async () => {
    const { id } = await createGemeente();
    const numbers = await Promise.all(Array.from({ length: 20 }, () => prisma.$transaction((tx) => nextNummer(tx, id, 'melding'))));
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(await prisma.nummering.findUnique({ where: { gemeenteId_soort: { gemeenteId: id, soort: 'melding' } } })).toMatchObject({ laatste: 20 });
  });

  it('gives a rolled-back number out again, so there is no gap', async () => {
    const { id } = await createGemeente();
    await prisma.$transaction((tx) => nextNummer(tx, id, 'casus'));
    await expect(
      prisma.$transaction(async (tx) => {
        await nextNummer(tx, id, 'casus');
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await prisma.$transaction((tx) => nextNummer(tx, id, 'casus'))).toBe(2);
  });

  it('counts per gemeente and per kind, and formats with the year', async () => {
    const a = await createGemeente();
    const b = await createGemeente();
    await prisma.nummering.create({ data: { gemeenteId: a.id, soort: 'melding', laatste: 122 } });
    const op = new Date('2026-11-22T12:00:00Z');
    expect(await prisma.$transaction((tx) => nextKenmerk(tx, a.id, 'melding', op))).toBe('M-2026-000123');
    expect(await prisma.$transaction((tx) => nextKenmerk(tx, b.id, 'melding', op))).toBe('M-2026-000001');
    expect(await prisma.$transaction((tx) => nextKenmerk(tx, a.id, 'aanvraag', op))).toBe('A-2026-000001');
  });
});
