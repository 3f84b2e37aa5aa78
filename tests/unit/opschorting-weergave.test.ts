import { describe, expect, it } from 'vitest';
import { opschortingWeergave } from '@/lib/domain/opschorting-weergave';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

// Issue 16 item 16: "Tot 2 december" read as inclusive while the term ran again on 2 december.
describe('opschortingWeergave', () => {
  it('says until and including the day before, and from when the term runs again', () => {
    expect(opschortingWeergave({ van: d('2026-11-20'), tot: d('2026-12-02') })).toEqual({
      periode: '20 november 2026 tot en met 1 december 2026 (12 dagen)',
      hervat: 'Termijn loopt weer vanaf 2 december 2026',
    });
  });

  it('reads a one-day and a same-day opschorting, and one still running', () => {
    expect(opschortingWeergave({ van: d('2026-12-01'), tot: d('2026-12-02') }).periode).toBe('Alleen 1 december 2026 (1 dag)');
    expect(opschortingWeergave({ van: d('2026-12-01'), tot: d('2026-12-01') }).periode).toBe('1 december 2026, dezelfde dag hervat (geen dagen)');
    expect(opschortingWeergave({ van: d('2026-12-01'), tot: null })).toEqual({ periode: 'Vanaf 1 december 2026, loopt nog', hervat: null });
  });
});
