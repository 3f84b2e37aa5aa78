// The demo is built in memory first (every id pre-generated with crypto.randomUUID()), then written table by table
// with createMany in foreign-key order: a few dozen round trips instead of thousands.
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';

/** The client or an interactive transaction on it. */
export type SeedDb = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

export interface Rows {
  gemeente: Prisma.GemeenteCreateManyInput[];
  bewaartermijn: Prisma.BewaartermijnCreateManyInput[];
  wijk: Prisma.WijkCreateManyInput[];
  postcodeGebied: Prisma.PostcodeGebiedCreateManyInput[];
  leefgebied: Prisma.LeefgebiedCreateManyInput[];
  team: Prisma.TeamCreateManyInput[];
  teamWijk: Prisma.TeamWijkCreateManyInput[];
  user: Prisma.UserCreateManyInput[];
  teamLidmaatschap: Prisma.TeamLidmaatschapCreateManyInput[];
  focuswijk: Prisma.FocuswijkCreateManyInput[];
  product: Prisma.ProductCreateManyInput[];
  mandaat: Prisma.MandaatCreateManyInput[];
  aanbieder: Prisma.AanbiederCreateManyInput[];
  contract: Prisma.ContractCreateManyInput[];
  voorziening: Prisma.VoorzieningCreateManyInput[];
  persoon: Prisma.PersoonCreateManyInput[];
  huishouden: Prisma.HuishoudenCreateManyInput[];
  huishoudenLidmaatschap: Prisma.HuishoudenLidmaatschapCreateManyInput[];
  vertegenwoordiging: Prisma.VertegenwoordigingCreateManyInput[];
  casus: Prisma.CasusCreateManyInput[];
  melding: Prisma.MeldingCreateManyInput[];
  meldingLeefgebied: Prisma.MeldingLeefgebiedCreateManyInput[];
  triage: Prisma.TriageCreateManyInput[];
  triageLeefgebied: Prisma.TriageLeefgebiedCreateManyInput[];
  casusFaseWijziging: Prisma.CasusFaseWijzigingCreateManyInput[];
  casusGebeurtenis: Prisma.CasusGebeurtenisCreateManyInput[];
  toestemming: Prisma.ToestemmingCreateManyInput[];
  gegevensdeling: Prisma.GegevensdelingCreateManyInput[];
  gesprek: Prisma.GesprekCreateManyInput[];
  gesprekDeelnemer: Prisma.GesprekDeelnemerCreateManyInput[];
  gesprekLeefgebied: Prisma.GesprekLeefgebiedCreateManyInput[];
  mantelzorg: Prisma.MantelzorgCreateManyInput[];
  netwerkRelatie: Prisma.NetwerkRelatieCreateManyInput[];
  veiligheidsanalyse: Prisma.VeiligheidsanalyseCreateManyInput[];
  regieToewijzing: Prisma.RegieToewijzingCreateManyInput[];
  opschalingsverzoek: Prisma.OpschalingsverzoekCreateManyInput[];
  ondersteuningsplan: Prisma.OndersteuningsplanCreateManyInput[];
  planVersie: Prisma.PlanVersieCreateManyInput[];
  planVraag: Prisma.PlanVraagCreateManyInput[];
  doel: Prisma.DoelCreateManyInput[];
  actie: Prisma.ActieCreateManyInput[];
  arrangementItem: Prisma.ArrangementItemCreateManyInput[];
  evaluatie: Prisma.EvaluatieCreateManyInput[];
  doelEvaluatie: Prisma.DoelEvaluatieCreateManyInput[];
  zrmScore: Prisma.ZrmScoreCreateManyInput[];
  aanvraag: Prisma.AanvraagCreateManyInput[];
  opschorting: Prisma.OpschortingCreateManyInput[];
  beschikking: Prisma.BeschikkingCreateManyInput[];
  beschiktProduct: Prisma.BeschiktProductCreateManyInput[];
  toewijzing: Prisma.ToewijzingCreateManyInput[];
  consult: Prisma.ConsultCreateManyInput[];
  taak: Prisma.TaakCreateManyInput[];
  betrokkene: Prisma.BetrokkeneCreateManyInput[];
  contactmoment: Prisma.ContactmomentCreateManyInput[];
  nummering: Prisma.NummeringCreateManyInput[];
  auditEntry: Prisma.AuditEntryCreateManyInput[];
}

export type Table = keyof Rows;

/** Parents before children: the order in which createMany runs. */
export const INSERT_ORDER: readonly Table[] = [
  'gemeente', 'bewaartermijn', 'wijk', 'postcodeGebied', 'leefgebied', 'team', 'teamWijk', 'user',
  'teamLidmaatschap', 'focuswijk', 'product', 'mandaat', 'aanbieder', 'contract', 'voorziening', 'persoon',
  'huishouden', 'huishoudenLidmaatschap', 'vertegenwoordiging', 'casus', 'melding', 'meldingLeefgebied', 'triage',
  'triageLeefgebied', 'casusFaseWijziging', 'casusGebeurtenis', 'toestemming', 'gegevensdeling', 'gesprek',
  'gesprekDeelnemer', 'gesprekLeefgebied', 'mantelzorg', 'netwerkRelatie', 'veiligheidsanalyse', 'regieToewijzing',
  'opschalingsverzoek', 'ondersteuningsplan', 'planVersie', 'planVraag', 'doel', 'actie', 'arrangementItem',
  'evaluatie', 'doelEvaluatie', 'zrmScore', 'aanvraag', 'opschorting', 'beschikking', 'beschiktProduct',
  'toewijzing', 'consult', 'taak', 'betrokkene', 'contactmoment', 'nummering', 'auditEntry',
];

export function emptyRows(): Rows {
  return Object.fromEntries(INSERT_ORDER.map((t) => [t, []])) as unknown as Rows;
}

/** Rows per statement; well below PostgreSQL's 65,535 bind parameters for the widest table. */
const CHUNK = 500;

type CreateMany = { createMany(args: { data: unknown[] }): Promise<{ count: number }> };

export async function insertRows(db: SeedDb, rows: Rows): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of INSERT_ORDER) {
    const data: unknown[] = rows[table];
    counts[table] = data.length;
    // Every delegate has createMany with its own input type; the Rows interface already typed the data.
    const delegate = db[table] as unknown as CreateMany;
    for (let i = 0; i < data.length; i += CHUNK) await delegate.createMany({ data: data.slice(i, i + CHUNK) });
  }
  return counts;
}

export const uuid = (): string => crypto.randomUUID();

/**
 * Gapless numbers per gemeente and kind, given out in the order in which the events happened, so that a higher
 * number never predates a lower one. Returns the last number (the Nummering counter).
 */
export function numberChronologically<T>(items: T[], dateOf: (item: T) => Date, assign: (item: T, n: number) => void): number {
  const sorted = [...items].sort((a, b) => dateOf(a).getTime() - dateOf(b).getTime());
  sorted.forEach((item, i) => assign(item, i + 1));
  return sorted.length;
}
