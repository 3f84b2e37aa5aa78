import { describe, expect, it } from 'vitest';
import { addWerkdagen, retourTeLaat } from '@/lib/domain/berichtenverkeer';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('werkdagen (OP090)', () => {
  it.each([
    ['2026-12-07', 3, '2026-12-10'], // Monday + 3 = Thursday
    ['2026-12-10', 3, '2026-12-15'], // Thursday + 3 = Tuesday, over the weekend
    ['2026-12-12', 1, '2026-12-14'], // Saturday + 1 = Monday
    ['2026-12-11', 5, '2026-12-18'],
  ])('%s + %i werkdagen = %s', (van, n, tot) => expect(addWerkdagen(d(van), n)).toEqual(d(tot)));

  it('marks a retour late only after the third werkdag', () => {
    const verzonden = new Date('2026-12-10T15:00:00Z'); // Thursday
    expect(retourTeLaat(verzonden, new Date('2026-12-15T20:00:00Z'))).toBe(false);
    expect(retourTeLaat(verzonden, new Date('2026-12-16T08:00:00Z'))).toBe(true);
  });
});
