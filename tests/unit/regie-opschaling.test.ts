import { describe, expect, it } from 'vitest';
import {
  doorzettingsmachtRefusals,
  OPSCHALING_REASONS as R,
  opschalingDecisionRefusals,
  opschalingRequestRefusals,
} from '@/lib/domain/opschaling';
import type { RegieAssignment } from '@/lib/domain/regie';

const casusregie: RegieAssignment = { id: 'a1', vorm: 'CASUSREGIE', lead: true, regisseurId: 'coach', aanbiederId: null };
const procesregie: RegieAssignment = { id: 'p1', vorm: 'PROCESREGIE', lead: true, regisseurId: 'pr', aanbiederId: null };
const base = { fase: 'UITVOERING' as const, current: [casusregie], requesterId: 'coach', hasOpenRequest: false, reden: 'Vijf partijen, geen voortgang' };

describe('opschalingRequestRefusals', () => {
  it.each([
    ['allowed for the casusregisseur of a casus in regie', {}, []],
    ['not before regie', { fase: 'WACHT_OP_REGIE' as const, current: [] as RegieAssignment[] }, [R.notInRegie]],
    ['not after closing', { fase: 'AFGESLOTEN' as const }, [R.notInRegie]],
    ['not twice', { hasOpenRequest: true }, [R.alreadyRequested]],
    ['not when procesregie is already there', { current: [procesregie, { ...casusregie, lead: false }] }, [R.alreadyProcesregie]],
    ['only by a regisseur of the household', { requesterId: 'other' }, [R.notRegisseur]],
    ['needs a reason', { reden: '  ' }, [R.needsReason]],
  ] as [string, Partial<typeof base>, string[]][])('%s', (_name, overrides, expected) => {
    expect(opschalingRequestRefusals({ ...base, ...overrides })).toEqual(expected);
  });
});

describe('opschalingDecisionRefusals', () => {
  it.each([
    [{ status: 'OPEN' as const, besluit: 'TOEKENNEN' as const, toelichting: '', procesregisseurId: 'pr' }, []],
    [{ status: 'OPEN' as const, besluit: 'TOEKENNEN' as const, toelichting: '', procesregisseurId: null }, [R.needsProcesregisseur]],
    [{ status: 'OPEN' as const, besluit: 'AFWIJZEN' as const, toelichting: ' ', procesregisseurId: null }, [R.needsToelichting]],
    [{ status: 'OPEN' as const, besluit: 'AFWIJZEN' as const, toelichting: 'Eerst netwerkberaad', procesregisseurId: null }, []],
    [{ status: 'AFGEWEZEN' as const, besluit: 'TOEKENNEN' as const, toelichting: '', procesregisseurId: 'pr' }, [R.notOpen]],
  ])('%j', (input, expected) => {
    expect(opschalingDecisionRefusals(input)).toEqual(expected);
  });
});

describe('doorzettingsmachtRefusals', () => {
  it('needs the mandate, an open casus and a description', () => {
    expect(doorzettingsmachtRefusals({ hasMandaat: true, fase: 'UITVOERING', omschrijving: 'Woningcorporatie schort ontruiming op' })).toEqual([]);
    expect(doorzettingsmachtRefusals({ hasMandaat: false, fase: 'AFGESLOTEN', omschrijving: '' })).toEqual([
      R.doorzettingsmachtNeedsMandaat, R.doorzettingsmachtNeedsOpenCasus, R.doorzettingsmachtNeedsOmschrijving,
    ]);
  });
});
