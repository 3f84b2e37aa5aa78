// Invented Dutch names and addresses for the demo. Names are common enough that no combination points at a real
// person; streets are generic Dutch street names grouped per wijk (not a copy of Den Helder's street register).
import type { Rng } from './random';
import { volledigeNaam as formatNaam } from '@/lib/domain/naam';

export type Generatie = 'oud' | 'midden' | 'jong' | 'kind';

/** First names per generation, so that a grandmother is not called Zoë and a toddler not Gerrit. */
const VOORNAMEN: Record<Generatie, { man: string[]; vrouw: string[] }> = {
  oud: {
    man: ['Jan', 'Kees', 'Gerrit', 'Wim', 'Henk', 'Piet', 'Cor', 'Klaas', 'Dirk', 'Jaap', 'Theo', 'Ton', 'Hans', 'Bert', 'Arie', 'Sjaak', 'Mustafa', 'Ahmed'],
    vrouw: ['Ria', 'Truus', 'Annie', 'Greet', 'Joke', 'Els', 'Corrie', 'Tiny', 'Marijke', 'Ans', 'Gerda', 'Willy', 'Lies', 'Nel', 'Hennie', 'Rita', 'Fatma', 'Hatice'],
  },
  midden: {
    man: ['Mark', 'Dennis', 'Jeroen', 'Patrick', 'Erwin', 'Marco', 'Sander', 'Robert', 'Michel', 'Ronald', 'Ahmed', 'Mohamed', 'Hakan', 'Tomasz', 'Remco', 'Bas', 'Edwin', 'Roy', 'Ricardo', 'Stefan'],
    vrouw: ['Sandra', 'Linda', 'Mariska', 'Kim', 'Marloes', 'Wendy', 'Esther', 'Petra', 'Monique', 'Samira', 'Fatima', 'Anna', 'Priya', 'Nicole', 'Saskia', 'Ilse', 'Chantal', 'Yvonne', 'Naima', 'Agnieszka'],
  },
  jong: {
    man: ['Kevin', 'Jordy', 'Lars', 'Daan', 'Tim', 'Thomas', 'Bram', 'Niels', 'Youssef', 'Emre', 'Jesse', 'Stijn', 'Rick', 'Mike', 'Glenn', 'Bilal'],
    vrouw: ['Sanne', 'Lisa', 'Anouk', 'Demi', 'Romy', 'Lotte', 'Kelly', 'Britt', 'Melissa', 'Yasmina', 'Esra', 'Shanna', 'Iris', 'Fleur', 'Naomi', 'Julia'],
  },
  kind: {
    man: ['Noah', 'Sem', 'Liam', 'Lucas', 'Finn', 'Levi', 'Daan', 'Luuk', 'Milan', 'Bram', 'Adam', 'Mohammed', 'Jens', 'Thijs', 'Mees', 'Ryan', 'Sven', 'Owen', 'Ravi', 'Jayden'],
    vrouw: ['Emma', 'Julia', 'Mila', 'Tess', 'Sophie', 'Zoë', 'Nora', 'Yara', 'Sara', 'Evi', 'Noor', 'Fenna', 'Lieke', 'Nina', 'Saar', 'Isa', 'Amira', 'Lina', 'Jasmijn', 'Maud'],
  },
};

/** [tussenvoegsel, achternaam]; Den Helder is a navy and fishing town, hence a Schipper and a Zeeman among them. */
const ACHTERNAMEN: readonly (readonly [string | null, string])[] = [
  ['de', 'Vries'], [null, 'Jansen'], [null, 'Bakker'], [null, 'Visser'], [null, 'Smit'], [null, 'Meijer'],
  ['de', 'Boer'], [null, 'Mulder'], ['de', 'Groot'], [null, 'Bos'], [null, 'Vos'], [null, 'Peters'],
  [null, 'Hendriks'], ['van', 'Leeuwen'], [null, 'Dekker'], [null, 'Brouwer'], ['de', 'Wit'], [null, 'Dijkstra'],
  [null, 'Smits'], ['de', 'Graaf'], ['van der', 'Meer'], ['van der', 'Linden'], [null, 'Kok'], [null, 'Jacobs'],
  ['de', 'Haan'], [null, 'Vermeulen'], ['van den', 'Berg'], ['van der', 'Heijden'], ['van der', 'Veen'],
  ['van den', 'Broek'], ['de', 'Bruijn'], ['de', 'Jong'], [null, 'Schouten'], [null, 'Kuiper'], [null, 'Huisman'],
  [null, 'Boersma'], [null, 'Koster'], [null, 'Zwart'], [null, 'Blom'], [null, 'Groen'], [null, 'Kramer'],
  [null, 'Prins'], [null, 'Schipper'], [null, 'Stuurman'], [null, 'Zeeman'], [null, 'Kaan'], [null, 'Kooiman'],
  [null, 'Bais'], ['de', 'Ruiter'], [null, 'Wiersma'], [null, 'Veenstra'], [null, 'Timmerman'], [null, 'Bruin'],
  [null, 'Keijzer'], ['van', 'Dam'], ['van', 'Wijk'], [null, 'Verhoeven'], [null, 'Post'], [null, 'Hoekstra'],
  [null, 'Yilmaz'], [null, 'Öztürk'], [null, 'Demir'], ['el', 'Idrissi'], [null, 'Bouzid'], [null, 'Amrani'],
  [null, 'Kowalski'], [null, 'Nowak'], [null, 'Pinas'], [null, 'Biharie'], [null, 'Ramdin'], [null, 'Nguyen'],
];

export type Naam = { voornamen: string; tussenvoegsel: string | null; achternaam: string };

export function pickAchternaam(rng: Rng): { tussenvoegsel: string | null; achternaam: string } {
  const [tussenvoegsel, achternaam] = rng.pick(ACHTERNAMEN);
  return { tussenvoegsel, achternaam };
}

export function pickVoornaam(rng: Rng, generatie: Generatie, geslacht: 'MAN' | 'VROUW'): string {
  const list = VOORNAMEN[generatie][geslacht === 'MAN' ? 'man' : 'vrouw'];
  return rng.pick(list);
}

export function generatieVoor(leeftijd: number): Generatie {
  if (leeftijd >= 65) return 'oud';
  if (leeftijd >= 33) return 'midden';
  if (leeftijd >= 16) return 'jong';
  return 'kind';
}

/** "Piet de Vries" */
export function volledigeNaam(n: Naam): string {
  return formatNaam(n);
}

/** "De Vries": the family name on its own starts with a capital, as Dutch spelling wants it. */
export function familienaam(n: { tussenvoegsel: string | null; achternaam: string }): string {
  if (!n.tussenvoegsel) return n.achternaam;
  return `${n.tussenvoegsel[0].toUpperCase()}${n.tussenvoegsel.slice(1)} ${n.achternaam}`;
}

/** Ascii local part for an e-mail address: "piet.devries". */
export function emailLocal(n: Naam): string {
  const raw = `${n.voornamen}.${n.tussenvoegsel ?? ''}${n.achternaam}`.toLowerCase();
  return raw.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z.]/g, '');
}

/** Streets per wijk code (see WIJKEN in organisation.ts). Generic names, invented for the demo. */
export const STRATEN: Record<string, readonly string[]> = {
  CEN: ['Havenstraat', 'Kerkstraat', 'Molenstraat', 'Prinsenstraat', 'Vismarkt', 'Zeestraat', 'Loodsgracht', 'Kanaalkade', 'Ankerstraat', 'Stationsplein', 'Kompasstraat', 'Roerstraat'],
  NDH: ['Meeuwenlaan', 'Schelpenhof', 'Golfslaglaan', 'Duinroosstraat', 'Zeereep', 'Jutterspad', 'Wierstraat', 'Helmgrasweg', 'Strandloperhof', 'Zandhaverlaan'],
  SCH: ['Fazantenlaan', 'Merelstraat', 'Lijsterhof', 'Spreeuwenplein', 'Kievitlaan', 'Zwaluwstraat', 'Reigerweg', 'Koekoekstraat', 'Uilenpad'],
  JUL: ['Tulpenveld', 'Narcisstraat', 'Hyacintlaan', 'Krokushof', 'Dorpsweg', 'Polderweg', 'Bollenakker', 'Zandloper', 'Irisstraat', 'Dahliaweg'],
};

/** Letter pairs of a Dutch postcode; SA, SD and SS are never issued. */
export const LETTERPAREN: readonly string[] = (() => {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const pairs: string[] = [];
  for (const a of letters) for (const b of letters) if (!(a === 'S' && 'ADS'.includes(b))) pairs.push(a + b);
  return pairs;
})();

export const MOBIEL = (rng: Rng) => `06-${rng.digits(8)}`;
export const VAST = (rng: Rng) => `0223-${rng.digits(6)}`;
