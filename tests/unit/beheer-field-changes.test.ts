import { describe, expect, it } from 'vitest';
import { changedFields, snapshot } from '@/lib/domain/field-changes';

describe('changedFields', () => {
  it('keeps only the fields that changed, with old and new value', () => {
    const before = { naam: 'Dagbesteding', tariefCent: 4650, actiefTot: null, eenheid: '16' };
    expect(changedFields(before, { naam: 'Dagbesteding groep', tariefCent: 4650, actiefTot: new Date('2026-12-31T00:00:00Z') })).toEqual({
      before: { naam: 'Dagbesteding', actiefTot: null },
      after: { naam: 'Dagbesteding groep', actiefTot: '2026-12-31T00:00:00.000Z' },
    });
  });

  it('compares sets by their members and dates by their moment', () => {
    const before = { rollen: ['WIJKCOACH', 'TEAMLEAD'], vanaf: new Date('2026-01-01T00:00:00Z') };
    expect(changedFields(before, { rollen: ['TEAMLEAD', 'WIJKCOACH'], vanaf: new Date('2026-01-01T00:00:00Z') })).toBeNull();
    expect(changedFields(before, { rollen: ['TEAMLEAD'] })).toEqual({ before: { rollen: ['WIJKCOACH', 'TEAMLEAD'] }, after: { rollen: ['TEAMLEAD'] } });
  });

  it('ignores fields the change does not touch', () => {
    expect(changedFields({ naam: 'A', email: 'a@x' }, { naam: 'A', email: undefined })).toBeNull();
  });

  it('treats a missing old value as null', () => {
    expect(changedFields({}, { telefoon: '0223' })).toEqual({ before: { telefoon: null }, after: { telefoon: '0223' } });
  });
});

describe('snapshot', () => {
  it('turns a record into JSON values and drops undefined', () => {
    expect(snapshot({ a: new Date('2026-01-01T00:00:00Z'), b: undefined, c: ['X'], d: null })).toEqual({ a: '2026-01-01T00:00:00.000Z', c: ['X'], d: null });
  });
});
