import { describe, expect, it } from 'vitest';
import { OVERWOGEN_FOUT, parseEvaluatie, parsePlanConcept, rijenVan } from '@/lib/validations/plan';

const U = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
};

const kop: [string, string][] = [
  ['huishoudenId', U(1)], ['versieId', U(2)], ['version', '3'], ['watGaatGoed', ' Huur op tijd '], ['monitorDoorId', U(3)],
  ['contactpersoonId', ''], ['evaluatieDatum', '2027-01-15'],
];

describe('rijenVan', () => {
  it('groups the fields by row token, in form order, and ignores anything else', () => {
    expect(rijenVan({ 'doelen.b.x': '1', 'doelen.a.x': '2', 'doelen.b.y': '3', 'doelen..x': 'no', 'doelen.a.x.y': 'no', 'acties.a.x': 'other' }, 'doelen')).toEqual([
      ['b', { x: '1', y: '3' }],
      ['a', { x: '2' }],
    ]);
  });
});

describe('parsePlanConcept', () => {
  it('reads the lists, skips empty rows and links actions to goals by their token', () => {
    const parsed = parsePlanConcept(form([
      ...kop,
      ['doelen.n1.leefgebiedId', U(10)], ['doelen.n1.omschrijving', 'Ik wil overzicht.'], ['doelen.n1.horizon', 'EERSTE_STAP'], ['doelen.n1.zichtbaarAan', 'Budget'],
      ['doelen.n2.leefgebiedId', U(10)], ['doelen.n2.omschrijving', ''], ['doelen.n2.horizon', 'EEN_JAAR'], ['doelen.n2.zichtbaarAan', ''],
      ['acties.a.doel', 'n1'], ['acties.a.wie', 'INWONER'], ['acties.a.wat', 'Post verzamelen'], ['acties.a.uiterlijk', '01-12-2026'], ['acties.a.status', 'OPEN'],
      ['acties.b.doel', 'weg'], ['acties.b.wie', 'NETWERK'], ['acties.b.wat', 'Zus helpt'], ['acties.b.status', 'BEZIG'],
      ['arrangement.x.soort', 'EIGEN_KRACHT'], ['arrangement.x.omschrijving', 'Zelf koken'], ['arrangement.x.productId', ''],
    ]));
    expect(parsed.fieldErrors).toBeUndefined();
    expect(parsed.data).toMatchObject({
      watGaatGoed: 'Huur op tijd', version: 3, contactpersoonId: null, evaluatieDatum: new Date('2027-01-15T00:00:00Z'),
      doelen: [{ sleutel: 'n1', omschrijving: 'Ik wil overzicht.', rij: 'n1' }],
      acties: [
        { doel: 'n1', wie: 'INWONER', uiterlijk: new Date('2026-12-01T00:00:00Z') },
        { doel: null, wie: 'NETWERK', status: 'BEZIG' },
      ],
      arrangement: [{ soort: 'EIGEN_KRACHT', productId: null, leveringsvorm: null }],
    });
    expect(parsed.data!.doelen).toHaveLength(1);
  });

  it('puts each error under the name of its field, and keeps every typed value', () => {
    const parsed = parsePlanConcept(form([
      ...kop.filter(([k]) => k !== 'evaluatieDatum'), ['evaluatieDatum', '31-02-2027'],
      ['doelen.d7.leefgebiedId', ''], ['doelen.d7.omschrijving', 'Iets'], ['doelen.d7.horizon', 'EERSTE_STAP'], ['doelen.d7.zichtbaarAan', ''],
      ['arrangement.m.soort', 'MAATWERK'], ['arrangement.m.omschrijving', 'Dagbesteding'], ['arrangement.m.eigenKrachtOverwogen', 'on'],
      ['arrangement.v.soort', 'ALGEMENE_VOORZIENING'], ['arrangement.v.omschrijving', 'Wijkrestaurant'],
    ]));
    expect(parsed.fieldErrors).toEqual({
      evaluatieDatum: ['Vul een datum in, bijvoorbeeld 22-11-2026.'],
      'doelen.d7.leefgebiedId': ['Kies een leefgebied.'],
      'doelen.d7.zichtbaarAan': ['Schrijf op waaraan jullie zien dat het doel bereikt is.'],
      'arrangement.m.productId': ['Kies een product uit de productcatalogus.'],
      'arrangement.m.persoonId': ['Kies voor wie de voorziening is.'],
      'arrangement.m.leveringsvorm': ['Kies zorg in natura of een pgb.'],
      'arrangement.m.overwogen': [OVERWOGEN_FOUT],
      'arrangement.v.voorzieningId': ['Kies een voorziening van de sociale kaart.'],
    });
    expect(parsed.values['doelen.d7.omschrijving']).toBe('Iets');
  });
});

describe('parseEvaluatie', () => {
  const basis: [string, string][] = [['huishoudenId', U(1)], ['versieId', U(2)], ['version', '4'], ['datum', '2026-11-20']];
  it('asks a next evaluation date when the plan carries on, and a reason to close', () => {
    expect(parseEvaluatie(form([...basis, ['besluit', 'VOORTZETTEN']])).fieldErrors).toEqual({ volgendeEvaluatie: ['Kies wanneer jullie het plan opnieuw evalueren.'] });
    expect(parseEvaluatie(form([...basis, ['besluit', 'AFSLUITEN']])).fieldErrors).toEqual({ afsluitreden: ['Geef de reden om de casus af te sluiten.'] });
    expect(parseEvaluatie(form([...basis])).fieldErrors).toEqual({ besluit: ['Kies wat jullie besluiten.'] });
  });

  it('reads a result per goal and skips empty ZRM rows', () => {
    const parsed = parseEvaluatie(form([
      ...basis, ['besluit', 'BIJSTELLEN'],
      ['doelen.0.doelId', U(20)], ['doelen.0.resultaat', 'DEELS'], ['doelen.0.toelichting', ''],
      ['doelen.1.doelId', U(21)],
      ['zrm.0.persoonId', U(30)], ['zrm.0.domein', 'FINANCIEN'], ['zrm.0.score', '4'],
      ['zrm.1.persoonId', ''], ['zrm.1.domein', ''], ['zrm.1.score', ''],
    ]));
    expect(parsed.fieldErrors).toEqual({ 'doelen.1.resultaat': ['Kies of het doel is behaald.'] });
    const ok = parseEvaluatie(form([...basis, ['besluit', 'BIJSTELLEN'], ['doelen.0.doelId', U(20)], ['doelen.0.resultaat', 'DEELS'], ['zrm.0.persoonId', U(30)], ['zrm.0.domein', 'FINANCIEN'], ['zrm.0.score', '4']]));
    expect(ok.data).toMatchObject({ besluit: 'BIJSTELLEN', doelen: [{ doelId: U(20), resultaat: 'DEELS', toelichting: null }], zrm: [{ score: 4 }] });
  });
});
