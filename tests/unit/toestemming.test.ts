import { describe, expect, it } from 'vitest';
import {
  consentStatus,
  consentSummary,
  coversSharing,
  findValidConsent,
  normalizeText,
  SHARING_REASONS,
  sharingRefusal,
  teamConsentStatus,
  type ToestemmingFacts,
} from '@/lib/domain/toestemming';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const delen = (over: Partial<ToestemmingFacts> = {}): ToestemmingFacts => ({
  soort: 'DELEN_MET_PARTIJ',
  partij: 'Huisarts Zuid',
  doel: 'Afstemmen van de zorg',
  gegevenOp: day('2026-11-01'),
  geldigTot: day('2027-05-01'),
  ingetrokkenOp: null,
  ...over,
});
const team = (over: Partial<ToestemmingFacts> = {}): ToestemmingFacts => ({ ...delen(), soort: 'BESPREKEN_IN_TEAM', partij: null, doel: null, ...over });

describe('consentStatus', () => {
  it.each([
    ['before it was given', {}, '2026-10-31', 'NOG_NIET_GELDIG'],
    ['on the day it was given', {}, '2026-11-01', 'GELDIG'],
    ['on its last day (geldig tot en met)', {}, '2027-05-01', 'GELDIG'],
    ['the day after its expiry', {}, '2027-05-02', 'VERLOPEN'],
    ['without expiry, years later', { geldigTot: null }, '2031-01-01', 'GELDIG'],
    ['the day before it was withdrawn', { ingetrokkenOp: day('2026-12-01') }, '2026-11-30', 'GELDIG'],
    ['on the day it was withdrawn', { ingetrokkenOp: day('2026-12-01') }, '2026-12-01', 'INGETROKKEN'],
    ['withdrawn and expired: withdrawn wins', { ingetrokkenOp: day('2026-12-01') }, '2027-06-01', 'INGETROKKEN'],
  ] as const)('%s', (_, over, op, status) => {
    expect(consentStatus(delen(over), day(op))).toBe(status);
  });

  it('counts in the Amsterdam calendar: 23:30 UTC on the expiry day is already the next day', () => {
    expect(consentStatus(delen(), new Date('2027-05-01T23:30:00Z'))).toBe('VERLOPEN');
  });
});

describe('matching a sharing to a toestemming', () => {
  it('ignores case, accents and extra spaces in party and purpose', () => {
    expect(normalizeText('  Huisarts   ZÜID ')).toBe('huisarts zuid');
    expect(coversSharing(delen(), { partij: 'huisarts zuid', doel: 'afstemmen van de  zorg.' })).toBe(true);
  });

  it('does not cover another party, another purpose or a team consent', () => {
    expect(coversSharing(delen(), { partij: 'School De Fontein', doel: 'Afstemmen van de zorg' })).toBe(false);
    expect(coversSharing(delen(), { partij: 'Huisarts Zuid', doel: 'Onderzoek' })).toBe(false);
    expect(coversSharing(team(), { partij: 'Huisarts Zuid', doel: 'Afstemmen van de zorg' })).toBe(false);
  });

  it('finds the valid one among an expired and a valid toestemming', () => {
    const expired = delen({ geldigTot: day('2026-11-10') });
    const valid = delen({ gegevenOp: day('2026-11-15') });
    expect(findValidConsent([expired, valid], { partij: 'Huisarts Zuid', doel: 'Afstemmen van de zorg' }, day('2026-11-20'))).toBe(valid);
    expect(findValidConsent([expired], { partij: 'Huisarts Zuid', doel: 'Afstemmen van de zorg' }, day('2026-11-20'))).toBeNull();
  });
});

describe('sharingRefusal (rule 5)', () => {
  const request = { partij: 'Huisarts Zuid', doel: 'Afstemmen van de zorg' };
  const op = day('2026-11-20');
  const wettelijk = (wettelijkeGrond: 'MELDCODE' | null, toelichting: string | null) => ({ kind: 'WETTELIJK' as const, wettelijkeGrond, toelichting });

  it.each([
    ['no toestemming at all', [], SHARING_REASONS.noConsentForParty('Huisarts Zuid')],
    ['only a team consent', [team()], SHARING_REASONS.noConsentForParty('Huisarts Zuid')],
    ['consent for another purpose', [delen({ doel: 'Schuldhulp' })], SHARING_REASONS.otherPurpose('Huisarts Zuid', ['Schuldhulp'])],
    ['withdrawn consent', [delen({ ingetrokkenOp: day('2026-11-15') })], SHARING_REASONS.consentNotValid('Huisarts Zuid', 'INGETROKKEN')],
    ['expired consent', [delen({ geldigTot: day('2026-11-10') })], SHARING_REASONS.consentNotValid('Huisarts Zuid', 'VERLOPEN')],
    ['valid consent', [delen()], null],
  ] as const)('on consent: %s', (_, toestemmingen, reason) => {
    expect(sharingRefusal([...toestemmingen], request, { kind: 'TOESTEMMING' }, op)).toBe(reason);
  });

  it.each([
    ['meldcode with toelichting', wettelijk('MELDCODE', 'Stap 3 meldcode: overleg Veilig Thuis'), null],
    ['meldcode without toelichting', wettelijk('MELDCODE', '  '), SHARING_REASONS.noToelichting],
    ['no ground chosen', wettelijk(null, 'iets'), SHARING_REASONS.noGround],
  ] as const)('on a legal ground without consent: %s', (_, ground, reason) => {
    expect(sharingRefusal([], request, ground, op)).toBe(reason);
  });
});

describe('consent at a glance', () => {
  const op = day('2026-11-20');
  it.each([
    ['none given', [], 'ONTBREEKT'],
    ['one valid', [team()], 'GELDIG'],
    ['one expired', [team({ geldigTot: day('2026-11-10') })], 'VERLOPEN'],
    ['the latest withdrawn', [team({ geldigTot: day('2026-11-10') }), team({ gegevenOp: day('2026-11-12'), ingetrokkenOp: day('2026-11-18') })], 'INGETROKKEN'],
    ['one withdrawn, another member valid', [team({ ingetrokkenOp: day('2026-11-18') }), team()], 'GELDIG'],
    ['given only in the future', [team({ gegevenOp: day('2026-12-01') })], 'ONTBREEKT'],
  ] as const)('team consent: %s → %s', (_, toestemmingen, status) => {
    expect(teamConsentStatus([...toestemmingen], op)).toBe(status);
  });

  it('counts only valid sharing consents and lists their parties once', () => {
    const summary = consentSummary(
      [team(), delen(), delen({ doel: 'Tweede doel' }), delen({ partij: 'School De Fontein' }), delen({ partij: 'GGZ', ingetrokkenOp: day('2026-11-02') })],
      op,
    );
    expect(summary).toEqual({ besprekenInTeam: 'GELDIG', delen: 3, partijen: ['Huisarts Zuid', 'School De Fontein'] });
  });
});
