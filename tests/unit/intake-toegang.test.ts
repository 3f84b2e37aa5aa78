import { describe, expect, it } from 'vitest';
import { INTAKE_TOEGANG_DAGEN, intakeGeenToegangUitleg, intakeToegangTot, intakeToegangVanaf } from '@/lib/domain/intake-toegang';

describe('intake access (issue 16 item 14)', () => {
  it('lasts INTAKE_TOEGANG_DAGEN days after the triage', () => {
    const op = new Date('2026-03-02T10:00:00Z');
    expect(intakeToegangTot(op)).toEqual(new Date('2026-03-16T10:00:00Z'));
    expect(intakeToegangVanaf(new Date('2026-03-16T10:00:00Z'))).toEqual(op);
    expect(INTAKE_TOEGANG_DAGEN).toBe(14);
  });

  it('says why and what to do when it has run out', () => {
    const tekst = intakeGeenToegangUitleg({ triageDoorMij: true, triageOp: new Date('2026-03-02T10:00:00Z'), team: 'Sociaal wijkteam Noord' });
    expect(tekst).toContain('Je deed de triage op 2 maart 2026');
    expect(tekst).toContain('14 dagen');
    expect(tekst).toContain('tot 16 maart 2026');
    expect(tekst).toContain('vraag dan de teamleider van het Sociaal wijkteam Noord');
    const ander = intakeGeenToegangUitleg({ triageDoorMij: false, triageOp: null, team: null });
    expect(ander).toContain('het wijkteam werkt eraan');
    expect(ander).toContain('break the glass');
  });
});
