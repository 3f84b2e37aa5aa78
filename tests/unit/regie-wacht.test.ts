import { describe, expect, it } from 'vitest';
import { wachtOpRegie } from '@/lib/domain/casusverdeling';

describe('wachtOpRegie: what the casusverdeling lists and lets the teamlead assign (issue 16 item 1)', () => {
  it.each([
    ['WACHT_OP_REGIE', false, true],
    ['WACHT_OP_REGIE', true, true],
    ['VRAAGVERHELDERING', false, true],
    ['VRAAGVERHELDERING', true, false],
    ['PLAN', false, false],
    ['UITVOERING', false, false],
    ['AFGESLOTEN', false, false],
  ])('%s with a lead: %s → %s', (fase, heeftLead, wacht) => {
    expect(wachtOpRegie(fase, heeftLead)).toBe(wacht);
  });
});
