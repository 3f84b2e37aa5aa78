import { describe, expect, it } from 'vitest';
import { AFROND_REASONS, afrondReasons, isKind, persoonNaam, type GesprekFacts } from '@/lib/domain/gesprek';
import { gesprekKeys, gesprekToValues, parseGesprekForm, rowCount, type SavedGesprek } from '@/lib/validations/gesprek';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const H = '11111111-1111-4111-8111-111111111111';
const LG1 = '22222222-2222-4222-8222-222222222222';
const LG2 = '33333333-3333-4333-8333-333333333333';
const P1 = '44444444-4444-4444-8444-444444444444';
const KIND = '55555555-5555-4555-8555-555555555555';

const complete = (over: Partial<GesprekFacts> = {}): GesprekFacts => ({
  datum: day('2026-11-20'),
  plaats: 'Thuis',
  deelnemerCount: 2,
  clientondersteuningAangeboden: true,
  screening: { armoede: 'GEEN_SIGNAAL', schulden: 'SIGNAAL', onveiligheid: 'GEEN_SIGNAAL', participatie: 'GEEN_SIGNAAL' },
  screeningToelichting: null,
  leefgebiedenIngevuld: 1,
  afspraken: 'Bellen',
  ...over,
});

describe('afrondReasons', () => {
  it('lets a complete gesprek be afgerond', () => expect(afrondReasons(complete())).toEqual({}));

  it.each([
    ['datum', { datum: null }, AFROND_REASONS.datum],
    ['plaats', { plaats: '  ' }, AFROND_REASONS.plaats],
    ['deelnemers', { deelnemerCount: 0 }, AFROND_REASONS.deelnemers],
    ['clientondersteuningAangeboden', { clientondersteuningAangeboden: null }, AFROND_REASONS.clientondersteuning],
    ['screeningToelichting', { screening: { ...complete().screening, onveiligheid: 'NIET_BESPROKEN' } }, AFROND_REASONS.screening],
    ['leefgebieden', { leefgebiedenIngevuld: 0 }, AFROND_REASONS.leefgebieden],
    ['afspraken', { afspraken: '' }, AFROND_REASONS.afspraken],
  ] as const)('puts the reason at %s', (field, over, reason) => {
    expect(afrondReasons(complete(over as Partial<GesprekFacts>))).toEqual({ [field]: [reason] });
  });

  it('accepts a screening topic left open with a toelichting', () => {
    expect(afrondReasons(complete({ screening: { ...complete().screening, armoede: 'NIET_BESPROKEN' }, screeningToelichting: 'Niet aan toegekomen' }))).toEqual({});
  });

  it('accepts "nee" to client support (false is an answer)', () => {
    expect(afrondReasons(complete({ clientondersteuningAangeboden: false }))).toEqual({});
  });
});

describe('isKind and persoonNaam', () => {
  it.each([
    ['KIND', null, true],
    ['PLEEGKIND', day('1990-01-01'), true],
    ['PARTNER', day('2010-06-01'), true],
    ['HOOFDBEWONER', day('2008-11-20'), false],
    ['HOOFDBEWONER', null, false],
  ] as const)('%s born %s is a child: %s', (rol, geboortedatum, expected) => {
    expect(isKind({ rol, geboortedatum }, day('2026-11-20'))).toBe(expected);
  });

  it('joins voornamen, tussenvoegsel and achternaam', () => {
    expect(persoonNaam({ voornamen: 'Anna', tussenvoegsel: 'de', achternaam: 'Vries' })).toBe('Anna de Vries');
    expect(persoonNaam({ voornamen: 'Piet', tussenvoegsel: null, achternaam: 'Jansen' })).toBe('Piet Jansen');
  });
});

describe('parseGesprekForm', () => {
  const values = (over: Record<string, string> = {}) => ({
    huishoudenId: H,
    gesprekId: '',
    version: '0',
    intent: 'concept',
    datum: '20-11-2026',
    plaats: 'Thuis',
    deelnemers: P1,
    leefgebieden: `${LG1},${LG2}`,
    [gesprekKeys.leefgebied(LG1, 'situatie')]: 'Schulden',
    [gesprekKeys.kind(LG1, KIND, 'wens')]: 'Dat mama minder moe is',
    [gesprekKeys.kind(LG1, KIND, 'situatie')]: '',
    [gesprekKeys.mantelzorg(0, 'naam')]: 'Kees',
    [gesprekKeys.mantelzorg(0, 'relatie')]: 'broer',
    [gesprekKeys.mantelzorg(0, 'belasting')]: 'ZWAAR',
    [gesprekKeys.netwerk(1, 'naam')]: '',
    [gesprekKeys.netwerk(1, 'relatie')]: '',
    [gesprekKeys.screening('schulden')]: 'SIGNAAL',
    [gesprekKeys.zrmScore(P1, 'FINANCIEN')]: '2',
    [gesprekKeys.zrmNotitie(P1, 'FINANCIEN')]: 'Aanmaningen',
    clientondersteuningAangeboden: 'nee',
    ...over,
  });

  it('turns the flat values into the gesprek with its parts', () => {
    const result = parseGesprekForm(values());
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.datum).toEqual(day('2026-11-20'));
    expect(result.data.clientondersteuningAangeboden).toBe(false);
    expect(result.data.deelnemerPersoonIds).toEqual([P1]);
    expect(result.data.leefgebieden).toEqual([
      { leefgebiedId: LG1, persoonId: null, situatie: 'Schulden', gaatGoed: null, zorgen: null, eigenKracht: null, wens: null },
      { leefgebiedId: LG1, persoonId: KIND, situatie: null, gaatGoed: null, zorgen: null, eigenKracht: null, wens: 'Dat mama minder moe is' },
      { leefgebiedId: LG2, persoonId: null, situatie: null, gaatGoed: null, zorgen: null, eigenKracht: null, wens: null },
    ]);
    expect(result.data.mantelzorg).toEqual([{ naam: 'Kees', relatie: 'broer', belasting: 'ZWAAR', ondersteuningsbehoefte: null }]);
    expect(result.data.netwerk).toEqual([]); // an empty row is skipped
    expect(result.data.screening).toEqual({ armoede: 'NIET_BESPROKEN', schulden: 'SIGNAAL', onveiligheid: 'NIET_BESPROKEN', participatie: 'NIET_BESPROKEN' });
    expect(result.data.zrm).toEqual([{ persoonId: P1, domein: 'FINANCIEN', score: 2, notitie: 'Aanmaningen' }]);
  });

  it('puts a message at each wrong field and refuses', () => {
    const result = parseGesprekForm(
      values({
        datum: '31-02-2026',
        [gesprekKeys.zrmScore(P1, 'FINANCIEN')]: '7',
        [gesprekKeys.mantelzorg(0, 'belasting')]: '',
        [gesprekKeys.netwerk(0, 'bijdrage')]: 'Boodschappen',
      }),
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(Object.keys(result.fieldErrors).sort()).toEqual(
      ['datum', gesprekKeys.zrmScore(P1, 'FINANCIEN'), gesprekKeys.mantelzorg(0, 'belasting'), gesprekKeys.netwerk(0, 'naam'), gesprekKeys.netwerk(0, 'relatie')].sort(),
    );
    expect(result.fieldErrors[gesprekKeys.zrmScore(P1, 'FINANCIEN')]).toEqual(['Kies een score van 1 tot en met 5.']);
  });

  it('counts rows by their highest index', () => {
    expect(rowCount({ 'netwerk.0.naam': 'a', 'netwerk.3.naam': 'b', 'mantelzorg.1.naam': '' }, 'netwerk')).toBe(4);
    expect(rowCount({}, 'anderen')).toBe(0);
  });

  it('round-trips a saved gesprek through the form values', () => {
    const saved: SavedGesprek = {
      id: '66666666-6666-4666-8666-666666666666',
      version: 3,
      datum: day('2026-11-20'),
      plaats: 'Thuis',
      clientondersteuningAangeboden: true,
      clientondersteuningBeantwoord: true,
      clientondersteunerNaam: null,
      screening: { armoede: 'GEEN_SIGNAAL', schulden: 'SIGNAAL', onveiligheid: 'NIET_BESPROKEN', participatie: 'GEEN_SIGNAAL' },
      screeningToelichting: 'Onveiligheid volgende keer',
      samenvatting: 'Samen',
      afspraken: 'Bellen',
      vervolg: null,
      deelnemers: [{ persoonId: P1, naam: 'Anna', rol: 'HUISHOUDEN' }, { persoonId: null, naam: 'Joke', rol: 'CLIENTONDERSTEUNER' }],
      leefgebieden: [
        { leefgebiedId: LG1, persoonId: null, situatie: 'Schulden', gaatGoed: null, zorgen: null, eigenKracht: null, wens: null },
        { leefgebiedId: LG1, persoonId: KIND, situatie: null, gaatGoed: null, zorgen: null, eigenKracht: null, wens: 'Rust' },
      ],
      mantelzorg: [{ naam: 'Kees', relatie: 'broer', belasting: 'ZWAAR', ondersteuningsbehoefte: null }],
      netwerk: [{ soort: 'ORGANISATIE', naam: 'Voedselbank', relatie: 'hulp', bijdrage: 'Pakket', telefoon: null }],
      zrm: [{ persoonId: P1, domein: 'FINANCIEN', score: 2, notitie: null }],
    };
    const result = parseGesprekForm({ ...gesprekToValues(saved), huishoudenId: H, version: '3', intent: 'afronden' });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data).toMatchObject({
      gesprekId: saved.id,
      datum: saved.datum,
      clientondersteuningAangeboden: true,
      deelnemerPersoonIds: [P1],
      andereDeelnemers: [{ naam: 'Joke', rol: 'CLIENTONDERSTEUNER' }],
      leefgebieden: saved.leefgebieden,
      mantelzorg: saved.mantelzorg,
      netwerk: saved.netwerk,
      screening: saved.screening,
      zrm: saved.zrm,
    });
  });
});
