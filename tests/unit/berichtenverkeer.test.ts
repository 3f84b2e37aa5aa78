import { describe, expect, it } from 'vitest';
import { addWerkdagen, retourTeLaat } from '@/lib/domain/berichtenverkeer';
import { BESLUITDAGEN_2026_2028, GEEN_BESLUITDAGEN } from '@/lib/domain/termijnwet';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('werkdagen (OP090)', () => {
  it.each([
    ['2026-12-07', 3, '2026-12-10'], // Monday + 3 = Thursday
    ['2026-12-10', 3, '2026-12-15'], // Thursday + 3 = Tuesday, over the weekend
    ['2026-12-12', 1, '2026-12-14'], // Saturday + 1 = Monday
    ['2026-12-11', 5, '2026-12-18'],
  ])('%s + %i werkdagen = %s', (van, n, tot) => expect(addWerkdagen(d(van), n, GEEN_BESLUITDAGEN)).toEqual(d(tot)));

  it('marks a retour late only after the third werkdag', () => {
    const verzonden = new Date('2026-12-10T15:00:00Z'); // Thursday
    expect(retourTeLaat(verzonden, new Date('2026-12-15T20:00:00Z'), GEEN_BESLUITDAGEN)).toBe(false);
    expect(retourTeLaat(verzonden, new Date('2026-12-16T08:00:00Z'), GEEN_BESLUITDAGEN)).toBe(true);
  });

  it('does not count the feestdagen of the Algemene termijnenwet, nor the decree days', () => {
    const besluitdagen = new Set<string>(BESLUITDAGEN_2026_2028.map((b) => b.datum));
    // Wednesday 23 December + 3: Thursday 24, (Christmas 25 and 26, weekend), Monday 28, Tuesday 29.
    expect(addWerkdagen(d('2026-12-23'), 3, GEEN_BESLUITDAGEN)).toEqual(d('2026-12-29'));
    // Thursday 2 April 2026 + 3: Good Friday 3 April and Easter Monday 6 April do not count.
    expect(addWerkdagen(d('2026-04-02'), 3, GEEN_BESLUITDAGEN)).toEqual(d('2026-04-09'));
    // Wednesday 13 May 2026 + 3: Ascension Thursday 14 May, and Friday 15 May set equal by decree.
    expect(addWerkdagen(d('2026-05-13'), 3, GEEN_BESLUITDAGEN)).toEqual(d('2026-05-19'));
    expect(addWerkdagen(d('2026-05-13'), 3, besluitdagen)).toEqual(d('2026-05-20'));
    expect(retourTeLaat(new Date('2026-05-13T10:00:00Z'), new Date('2026-05-20T10:00:00Z'), besluitdagen)).toBe(false);
    expect(retourTeLaat(new Date('2026-05-13T10:00:00Z'), new Date('2026-05-21T10:00:00Z'), besluitdagen)).toBe(true);
  });
});
