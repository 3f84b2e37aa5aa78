// The differences between two versions of an ondersteuningsplan (DOMAIN.md §2: "changes make a new version"), for
// the version history and for the conflict message when two people save the same concept. Works on the plan as it
// reads (labels and names, not ids): a new version copies every row with new ids, so ids say nothing about what
// stayed the same.

export type PlanVraagInhoud = { leefgebied: string; tekst: string };
export type DoelInhoud = { leefgebied: string; persoon: string; omschrijving: string; horizon: string; zichtbaarAan: string };
export type ActieInhoud = { wat: string; wie: string; doel: string; uiterlijk: string; status: string };
export type ArrangementInhoud = { soort: string; omschrijving: string; voorziening: string; product: string; persoon: string; leveringsvorm: string };

export type PlanInhoud = {
  watGaatGoed: string;
  monitor: string;
  contactpersoon: string;
  evaluatieDatum: string;
  vragen: PlanVraagInhoud[];
  doelen: DoelInhoud[];
  acties: ActieInhoud[];
  arrangement: ArrangementInhoud[];
};

export type VeldWijziging = { label: string; oud: string; nieuw: string };
export type ItemWijziging = { titel: string; velden: VeldWijziging[] };
export type LijstVerschil = { onderdeel: string; toegevoegd: string[]; verwijderd: string[]; gewijzigd: ItemWijziging[] };
export type PlanVerschil = { velden: VeldWijziging[]; lijsten: LijstVerschil[] };

type Item = Record<string, string>;
type LijstSpec<T extends Item> = {
  label: string;
  /** What the item says, for the lists of added and removed items. */
  titel: (item: T) => string;
  /** Same identity: the item was edited, not replaced. */
  sleutel: (item: T) => string;
  /** Same kind (leefgebied, uitvoerder, soort): pairs the items left over, in order, as edits. */
  groep: (item: T) => string;
  velden: [keyof T & string, string][];
};

const VELDEN: [keyof Omit<PlanInhoud, 'vragen' | 'doelen' | 'acties' | 'arrangement'>, string][] = [
  ['watGaatGoed', 'Wat gaat goed'],
  ['monitor', 'Wie bewaakt het plan'],
  ['contactpersoon', 'Contactpersoon'],
  ['evaluatieDatum', 'Evaluatiedatum'],
];

const VRAGEN: LijstSpec<PlanVraagInhoud> = {
  label: 'Vragen en zorgen',
  titel: (v) => `${v.leefgebied}: ${v.tekst}`,
  sleutel: (v) => v.tekst,
  groep: (v) => v.leefgebied,
  velden: [['leefgebied', 'Leefgebied'], ['tekst', 'Vraag of zorg']],
};

const DOELEN: LijstSpec<DoelInhoud> = {
  label: 'Doelen',
  titel: (d) => d.omschrijving,
  sleutel: (d) => d.omschrijving,
  groep: (d) => d.leefgebied,
  velden: [['omschrijving', 'Doel'], ['leefgebied', 'Leefgebied'], ['persoon', 'Voor wie'], ['horizon', 'Wanneer'], ['zichtbaarAan', 'Zo weten we dat het gelukt is']],
};

const ACTIES: LijstSpec<ActieInhoud> = {
  label: 'Acties',
  titel: (a) => `${a.wie}: ${a.wat}`,
  sleutel: (a) => a.wat,
  groep: (a) => a.wie,
  velden: [['wat', 'Wat'], ['wie', 'Wie'], ['doel', 'Bij doel'], ['uiterlijk', 'Uiterlijk'], ['status', 'Status']],
};

const ARRANGEMENT: LijstSpec<ArrangementInhoud> = {
  label: 'Arrangement',
  titel: (a) => `${a.soort}: ${a.omschrijving}`,
  sleutel: (a) => `${a.soort}|${a.omschrijving}`,
  groep: (a) => a.soort,
  velden: [
    ['omschrijving', 'Omschrijving'], ['soort', 'Soort'], ['voorziening', 'Voorziening'], ['product', 'Product'],
    ['persoon', 'Voor wie'], ['leveringsvorm', 'Leveringsvorm'],
  ],
};

const gelijk = <T extends Item>(spec: LijstSpec<T>, a: T, b: T) => spec.velden.every(([veld]) => a[veld] === b[veld]);

const veldWijzigingen = <T extends Item>(spec: LijstSpec<T>, oud: T, nieuw: T): VeldWijziging[] =>
  spec.velden.filter(([veld]) => oud[veld] !== nieuw[veld]).map(([veld, label]) => ({ label, oud: oud[veld], nieuw: nieuw[veld] }));

/** Added, removed and edited items: first equal items, then the same identity, then the same kind in order. */
export function diffLijst<T extends Item>(spec: LijstSpec<T>, oud: readonly T[], nieuw: readonly T[]): LijstVerschil {
  const oudVrij = oud.map(() => true);
  const paren: [T, T][] = [];
  const over: T[] = [];
  const koppel = (kandidaten: T[], past: (o: T, n: T) => boolean): T[] => {
    const rest: T[] = [];
    for (const n of kandidaten) {
      const i = oud.findIndex((o, j) => oudVrij[j] && past(o, n));
      if (i === -1) rest.push(n);
      else {
        oudVrij[i] = false;
        paren.push([oud[i], n]);
      }
    }
    return rest;
  };
  let rest = koppel([...nieuw], (o, n) => gelijk(spec, o, n));
  rest = koppel(rest, (o, n) => spec.sleutel(o) === spec.sleutel(n));
  over.push(...koppel(rest, (o, n) => spec.groep(o) === spec.groep(n)));
  return {
    onderdeel: spec.label,
    toegevoegd: over.map(spec.titel),
    verwijderd: oud.filter((_, i) => oudVrij[i]).map(spec.titel),
    gewijzigd: paren.filter(([o, n]) => !gelijk(spec, o, n)).map(([o, n]) => ({ titel: spec.titel(n), velden: veldWijzigingen(spec, o, n) })),
  };
}

export function diffPlan(oud: PlanInhoud, nieuw: PlanInhoud): PlanVerschil {
  const doelen = diffLijst(DOELEN, oud.doelen, nieuw.doelen);
  // An action names its goal by the goal's text: when only the goal was reworded, its actions did not change
  // (issue 16 item 11: "Acties: 2 gewijzigd" when one goal changed). Compare them under the goal's old text.
  const herschreven = new Map(
    doelen.gewijzigd.flatMap((d) => d.velden.filter((v) => v.label === 'Doel').map((v) => [v.nieuw, v.oud] as const)),
  );
  const acties = nieuw.acties.map((a) => (herschreven.has(a.doel) ? { ...a, doel: herschreven.get(a.doel)! } : a));
  return {
    velden: VELDEN.filter(([veld]) => oud[veld] !== nieuw[veld]).map(([veld, label]) => ({ label, oud: oud[veld], nieuw: nieuw[veld] })),
    lijsten: [
      diffLijst(VRAGEN, oud.vragen, nieuw.vragen),
      doelen,
      diffLijst(ACTIES, oud.acties, acties),
      diffLijst(ARRANGEMENT, oud.arrangement, nieuw.arrangement),
    ],
  };
}

const heeftWijziging = (l: LijstVerschil) => l.toegevoegd.length + l.verwijderd.length + l.gewijzigd.length > 0;

export const isGelijk = (verschil: PlanVerschil): boolean => verschil.velden.length === 0 && !verschil.lijsten.some(heeftWijziging);

/** The parts that changed, by name ('Wat gaat goed', 'Doelen', …): what the access log and a conflict may say. */
export const gewijzigdeOnderdelen = (verschil: PlanVerschil): string[] => [
  ...verschil.velden.map((v) => v.label),
  ...verschil.lijsten.filter(heeftWijziging).map((l) => l.onderdeel),
];

const aantal = (n: number, woord: string) => `${n} ${woord}`;

/** One line per changed part: 'Doelen: 1 toegevoegd, 1 gewijzigd'. */
export const samenvatting = (verschil: PlanVerschil): string[] => [
  ...verschil.velden.map((v) => `${v.label}: gewijzigd`),
  ...verschil.lijsten.filter(heeftWijziging).map((l) => {
    const delen = [
      l.toegevoegd.length ? aantal(l.toegevoegd.length, 'toegevoegd') : null,
      l.gewijzigd.length ? aantal(l.gewijzigd.length, 'gewijzigd') : null,
      l.verwijderd.length ? aantal(l.verwijderd.length, 'verwijderd') : null,
    ].filter(Boolean);
    return `${l.onderdeel}: ${delen.join(', ')}`;
  }),
];

export const LEGE_PLAN_INHOUD: PlanInhoud = {
  watGaatGoed: '', monitor: '', contactpersoon: '', evaluatieDatum: '', vragen: [], doelen: [], acties: [], arrangement: [],
};
