// Spreads the households over every stage of the route (DOMAIN.md §2) and walks each casus up to its stage with
// plausible dates. Dates are worked out backwards from today, so that a casus "now in vraagverheldering for five
// weeks" really is: some legal terms are overdue, some due soon, most on track.
import type { Fase, Veiligheid } from '@/lib/generated/prisma/enums';
import type { StaffKey } from './organisation';
import { addDays } from './clock';
import { CasusBuilder, type AanvraagStand, type MaatwerkKeuze, type World } from './casus-builder';
import type { HouseholdFactory, HuishoudenRef, PersoonRef } from './households';
import { COACHES, magPlanVaststellen, TEAM_VAN_WIJK, TEAMLEAD_VAN, WIJKEN } from './organisation';
import { apportion, type Rng } from './random';
import { formatNummer, type NummerSoort } from '@/lib/domain/nummering';
import { consultDueDate } from '@/lib/domain/veiligheid';
import { numberChronologically } from './rows';
import { AFSLUITREDENEN, TAKEN, type Thema, THEMAS } from './texts';

export type Stage = 'NIEUW' | Fase;

/** The demo's spread over the route (per 275 households; scaled to the number asked for). */
export const STAGE_WEIGHTS: Record<Stage, number> = {
  NIEUW: 25,
  TRIAGE: 30,
  KORTDURENDE_HULP: 15,
  VRAAGVERHELDERING: 40,
  WACHT_OP_REGIE: 25,
  PLAN: 35,
  UITVOERING: 60,
  EVALUATIE: 15,
  AFGESLOTEN: 30,
};

const STAGES = Object.keys(STAGE_WEIGHTS) as Stage[];

interface Scenario {
  index: number;
  h: HuishoudenRef;
  stage: Stage;
  thema: Thema;
  subject: PersoonRef;
  team: 'noord' | 'zuid';
  /** Regisseur (lead casusregie, or the casusregisseur beside procesregie), for casussen in regie. */
  regisseur?: StaffKey;
  /** Who held the keukentafelgesprek. */
  intake?: StaffKey;
  crisis?: boolean;
  veiligheid?: { niveau: Veiligheid; consult: 'OPEN' | 'OPEN_TE_LAAT' | 'IN_BEHANDELING' | 'AFGEROND' };
  heropend?: boolean;
  opgeschort?: boolean;
  procesregie?: boolean;
  aanbiederRegie?: boolean;
  /** UITVOERING with a freshly vastgesteld plan: how far its aanvragen got (the backoffice's queue). */
  recent?: AanvraagStand;
  /** UITVOERING: the inwoner withdrew an aanvraag; or the backoffice turned one down. */
  intrekking?: boolean;
  afwijzing?: boolean;
  afsluitroute?: 'informatie' | 'kortdurend' | 'route';
  verhuizing?: boolean;
  urgentNieuw?: boolean;
  extraConsult?: 'NIET_PLUIS' | 'MEEDENKEN';
  opschaling?: 'OPEN' | 'AFGEWEZEN';
}

export interface RouteResult {
  perStage: Record<Stage, number>;
  /** Households made for people who moved out of a closed household. */
  verhuisd: number;
}

export function buildRoute(w: World, rng: Rng, factory: HouseholdFactory, huishoudens: HuishoudenRef[]): RouteResult {
  const scenarios = planScenarios(rng.fork('plan'), huishoudens);
  const builder = new RouteBuilder(w, factory);
  for (const s of scenarios) builder.build(s, rng.fork(`casus-${s.index}`));
  number(w);
  const perStage = Object.fromEntries(STAGES.map((st) => [st, scenarios.filter((s) => s.stage === st).length])) as Record<Stage, number>;
  return { perStage, verhuisd: builder.verhuisd };
}

// ───────────────────────────── who is where ─────────────────────────────

function kiesThema(rng: Rng, h: HuishoudenRef): { thema: Thema; subject: PersoonRef } {
  const kinderen = h.kinderen.filter((k) => k.leeftijd < 18);
  const tiener = h.kinderen.find((k) => k.leeftijd >= 13 && k.leeftijd <= 18);
  if (h.kinderen.length > 0 && kinderen.length > 0) {
    if (tiener && rng.chance(0.25)) return { thema: THEMAS.JONGERE, subject: tiener };
    const key = rng.weighted([['OPVOEDING', 40], ['GEZIN_MULTI', 30], ['SCHULDEN', 14], ['PSYCHISCH', 8], ['WERK_MEEDOEN', 8]] as const);
    const kind = kinderen.find((k) => k.leeftijd >= 4 && k.leeftijd <= 15) ?? kinderen[0];
    return { thema: THEMAS[key], subject: THEMAS[key].subject === 'kind' ? kind : h.hoofd };
  }
  if (h.hoofd.leeftijd >= 67) {
    const key = rng.weighted([['OUDER_THUIS', 50], ['MANTELZORG', h.partner ? 25 : 0], ['WONEN_MOBILITEIT', 20], ['PSYCHISCH', 5], ['SCHULDEN', 5]] as const);
    return { thema: THEMAS[key], subject: key === 'MANTELZORG' && h.partner ? h.partner : h.hoofd };
  }
  const key = rng.weighted([['PSYCHISCH', 30], ['SCHULDEN', 30], ['WERK_MEEDOEN', 15], ['WONEN_MOBILITEIT', 10], ['MANTELZORG', h.partner ? 10 : 0]] as const);
  return { thema: THEMAS[key], subject: key === 'MANTELZORG' && h.partner ? h.partner : h.hoofd };
}

function planScenarios(rng: Rng, huishoudens: HuishoudenRef[]): Scenario[] {
  const n = huishoudens.length;
  const quota = apportion(n, STAGE_WEIGHTS);
  // Every stage at least once (when there are households enough), taken from the largest.
  for (const st of STAGES) {
    if (quota[st] > 0 || n < STAGES.length) continue;
    const largest = STAGES.reduce((a, b) => (quota[a] >= quota[b] ? a : b));
    quota[largest] -= 1;
    quota[st] = 1;
  }
  const stageList = STAGES.flatMap((st) => Array<Stage>(quota[st]).fill(st));
  const scenarios: Scenario[] = huishoudens.map((h, index) => ({
    index,
    h,
    stage: stageList[index],
    team: TEAM_VAN_WIJK[h.wijk] as 'noord' | 'zuid',
    ...kiesThema(rng, h),
  }));

  const scale = n / 275;
  const count = (k: number) => Math.max(1, Math.round(k * scale));
  const of = (stage: Stage) => scenarios.filter((s) => s.stage === stage);
  const met = (list: Scenario[], pred: (s: Scenario) => boolean) => [...list.filter(pred), ...list.filter((s) => !pred(s))];
  const metKinderen = (s: Scenario) => s.h.kinderen.some((k) => k.leeftijd < 18);

  // Urgent new meldingen, some with a worrying answer to the safety question.
  of('NIEUW').slice(0, count(5)).forEach((s) => (s.urgentNieuw = true));

  // Spoed: safety first, the broad view later (DOMAIN.md §2).
  met(of('WACHT_OP_REGIE'), metKinderen).slice(0, count(2)).forEach((s) => (s.crisis = true));
  met(of('PLAN'), metKinderen).slice(0, count(1)).forEach((s) => (s.crisis = true));

  // The safety overlay: a veiligheidsanalyse with RISICO or TWIJFEL and a consult for the gedragswetenschapper.
  const veilig: [Stage, Scenario['veiligheid'][]][] = [
    ['VRAAGVERHELDERING', [{ niveau: 'RISICO', consult: 'OPEN' }, { niveau: 'TWIJFEL', consult: 'OPEN_TE_LAAT' }, { niveau: 'TWIJFEL', consult: 'IN_BEHANDELING' }]],
    ['WACHT_OP_REGIE', [{ niveau: 'RISICO', consult: 'OPEN' }, { niveau: 'TWIJFEL', consult: 'IN_BEHANDELING' }]],
    ['PLAN', [{ niveau: 'RISICO', consult: 'OPEN' }, { niveau: 'TWIJFEL', consult: 'AFGEROND' }]],
    ['UITVOERING', [{ niveau: 'RISICO', consult: 'AFGEROND' }, { niveau: 'TWIJFEL', consult: 'AFGEROND' }]],
  ];
  for (const [stage, levels] of veilig) {
    const kandidaten = met(of(stage).filter((s) => !s.crisis), metKinderen);
    levels.slice(0, Math.max(1, Math.round(levels.length * Math.min(1, scale)))).forEach((v, i) => {
      if (kandidaten[i]) kandidaten[i].veiligheid = v;
    });
  }

  const vv = of('VRAAGVERHELDERING').filter((s) => !s.veiligheid);
  vv.slice(0, count(2)).forEach((s) => (s.heropend = true));
  vv.slice(count(2), count(2) + count(2)).forEach((s) => (s.opgeschort = true));
  const vvRest = vv.filter((s) => !s.heropend && !s.opgeschort);
  if (vvRest[0]) vvRest[0].extraConsult = 'NIET_PLUIS';

  const inRegie = scenarios.filter((s) => ['PLAN', 'UITVOERING', 'EVALUATIE'].includes(s.stage));
  const complex = (s: Scenario) => ['GEZIN_MULTI', 'PSYCHISCH', 'JONGERE', 'OPVOEDING'].includes(s.thema.key);
  met(inRegie.filter((s) => s.team === 'noord' && !s.crisis), complex).slice(0, count(5)).forEach((s) => (s.procesregie = true));
  met(of('UITVOERING').filter((s) => !s.procesregie), (s) => s.thema.key === 'PSYCHISCH').slice(0, count(3)).forEach((s) => (s.aanbiederRegie = true));
  const uitv = of('UITVOERING');
  // Three in ten have a fresh plan whose aanvragen are still with the backoffice, in every state in turn.
  const standen: AanvraagStand[] = ['ONTVANGEN', 'IN_BEHANDELING', 'BESCHIKT_VASTGESTELD', 'OPGESCHORT', 'IN_BEHANDELING_CONCEPT', 'ONTVANGEN'];
  uitv.filter((s) => s.thema.producten.length > 0).filter((_, i) => i % 10 < 3).forEach((s, i) => (s.recent = standen[i % standen.length]));
  const lopend = uitv.filter((s) => !s.recent && s.thema.producten.length > 0);
  lopend.slice(0, count(1)).forEach((s) => (s.intrekking = true));
  lopend.slice(count(1), count(1) + count(2)).forEach((s) => (s.afwijzing = true));
  const planGewoon = of('PLAN').filter((s) => !s.crisis && !s.procesregie && !s.veiligheid);
  if (planGewoon[0]) planGewoon[0].extraConsult = 'MEEDENKEN';

  of('AFGESLOTEN').forEach((s, i) => (s.afsluitroute = i % 20 < 9 ? 'informatie' : i % 20 < 13 ? 'kortdurend' : 'route'));
  of('AFGESLOTEN')
    .filter((s) => s.afsluitroute !== 'informatie' && s.h.leden.filter((p) => p.leeftijd >= 18).length >= 2)
    .slice(0, count(3))
    .forEach((s) => (s.verhuizing = true));

  assignRegisseurs(inRegie, scale, rng);
  for (const s of scenarios) {
    if (s.regisseur) {
      s.intake = rng.chance(0.8) ? s.regisseur : rng.pick(COACHES[s.team]);
    } else if (s.stage === 'AFGESLOTEN' && s.afsluitroute === 'route') {
      s.regisseur = rng.pick(COACHES[s.team]);
      s.intake = s.regisseur;
    } else {
      s.intake = rng.pick(COACHES[s.team]);
    }
  }
  // Requests to the teamlead to scale up, from the wijkcoach's own casusregie.
  const opschaalbaar = inRegie.filter((s) => s.regisseur === 'wijkcoach' && !s.procesregie && !s.aanbiederRegie && complex(s));
  if (opschaalbaar[0]) opschaalbaar[0].opschaling = 'OPEN';
  if (opschaalbaar[1]) opschaalbaar[1].opschaling = 'OPEN';
  if (opschaalbaar[2]) opschaalbaar[2].opschaling = 'AFGEWEZEN';
  return scenarios;
}

/**
 * Casusverdeling: wijkcoach@ carries about twenty households (Centrum first, her focuswijk), the rest of Noord goes
 * two to one to the procesregisseur and the part-timer (beschikbaarheid 50); Zuid alternates between its two.
 */
function assignRegisseurs(inRegie: Scenario[], scale: number, rng: Rng) {
  const cap = Math.max(1, Math.round(20 * scale));
  // Shuffled, so that her twenty are spread over plan, uitvoering and evaluatie (varied deadlines).
  const noord = rng.shuffle(inRegie.filter((s) => s.team === 'noord'));
  const centrumFirst = [...noord.filter((s) => s.h.wijk === 'CEN'), ...noord.filter((s) => s.h.wijk !== 'CEN')];
  let given = 0;
  for (const s of centrumFirst) {
    if (given >= cap) break;
    s.regisseur = 'wijkcoach';
    given++;
  }
  const rest: StaffKey[] = ['procesregisseur', 'procesregisseur', 'wijkcoachParttime'];
  noord.filter((s) => !s.regisseur).forEach((s, i) => (s.regisseur = rest[i % rest.length]));
  inRegie.filter((s) => s.team === 'zuid').forEach((s, i) => (s.regisseur = COACHES.zuid[i % 2]));
  // Beside a procesregisseur the casusregisseur is someone else.
  for (const s of inRegie) if (s.procesregie && s.regisseur === 'procesregisseur') s.regisseur = 'wijkcoachParttime';
}

// ───────────────────────────── the walk ─────────────────────────────

interface Walk {
  melding: number;
  triage: number;
  gesprek?: number;
  verslag?: number;
  regie?: number;
  vastgesteld?: number;
}

class RouteBuilder {
  verhuisd = 0;
  private verhuizingen = 0;

  constructor(
    private readonly w: World,
    private readonly factory: HouseholdFactory,
  ) {}

  build(s: Scenario, rng: Rng) {
    const c = new CasusBuilder(this.w, rng, s.h, s.thema, s.subject, s.team);
    this.stage(s, c, rng);
    if (['KORTDURENDE_HULP', 'VRAAGVERHELDERING', 'WACHT_OP_REGIE', 'PLAN', 'UITVOERING', 'EVALUATIE'].includes(s.stage)) this.journaal(s, c, rng);
    if (['UITVOERING', 'EVALUATIE'].includes(s.stage)) this.vertegenwoordiging(s, rng);
  }

  /** Now and then a legal representative: beschermingsbewind for debts, a mentor for a partner with dementia. */
  private vertegenwoordiging(s: Scenario, rng: Rng) {
    const vanaf = this.clock.day(-rng.int(30, 120));
    const g = this.w.org.gemeenteId;
    if (s.thema.key === 'SCHULDEN' && rng.chance(0.35)) {
      this.w.rows.vertegenwoordiging.push({ id: crypto.randomUUID(), gemeenteId: g, persoonId: s.h.hoofd.id, naam: 'Bewindvoering Kop van Noord-Holland', soort: 'BEWINDVOERDER', vanaf });
    }
    if (s.thema.key === 'MANTELZORG' && s.subject !== s.h.hoofd && rng.chance(0.4)) {
      this.w.rows.vertegenwoordiging.push({ id: crypto.randomUUID(), gemeenteId: g, persoonId: s.subject.id, vertegenwoordigerId: s.h.hoofd.id, soort: 'MENTOR', vanaf });
    }
  }

  /** A few recent contactmomenten in the journaal of an open casus, by the one who has the household now. */
  private journaal(s: Scenario, c: CasusBuilder, rng: Rng) {
    const start = Math.max(-45, this.clock.offsetOf(c.casus.geopendOp as Date) + 1);
    if (start > -1) return;
    const auteur = this.id(s.regisseur ?? s.intake ?? 'wijkcoach');
    const dagen = rng.sample(Array.from({ length: -start }, (_, i) => start + i), rng.int(1, 3));
    for (const day of dagen) c.contactmoment(this.at(rng, day, 9, 16), auteur);
  }

  private stage(s: Scenario, c: CasusBuilder, rng: Rng) {
    switch (s.stage) {
      case 'NIEUW':
        return this.nieuw(s, c, rng);
      case 'TRIAGE':
        return this.inTriage(c, rng);
      case 'KORTDURENDE_HULP':
        return this.kortdurend(s, c, rng, -rng.int(3, 30), null);
      case 'VRAAGVERHELDERING':
        return this.vraagverheldering(s, c, rng);
      case 'WACHT_OP_REGIE':
        return this.wachtOpRegie(s, c, rng);
      case 'PLAN':
        return this.inPlan(s, c, rng);
      case 'UITVOERING':
        return this.inUitvoering(s, c, rng);
      case 'EVALUATIE':
        return this.inEvaluatie(s, c, rng);
      case 'AFGESLOTEN':
        return this.afgesloten(s, c, rng);
    }
  }

  private get clock() {
    return this.w.clock;
  }

  private id(key: StaffKey) {
    return this.w.org.users[key].id;
  }

  private at(rng: Rng, day: number, from = 8, to = 16) {
    return this.clock.at(day, rng.int(from, to), rng.int(0, 59));
  }

  // NIEUW: a melding waiting in the queue, not yet matched to a household.
  private nieuw(s: Scenario, c: CasusBuilder, rng: Rng) {
    const day = -rng.int(0, 4);
    if (s.urgentNieuw) {
      const website = rng.chance(0.5);
      c.melding(this.at(rng, day), 'NIEUW', {
        gekoppeld: false,
        urgent: true,
        kanaal: website ? 'WEBSITE' : 'TELEFOON',
        veiligheidsantwoord: rng.pick([
          'Ja. Er is thuis veel ruzie en ik ben bang dat het uit de hand loopt.',
          'Ik weet het niet. Mijn partner wordt snel boos en de kinderen zijn bang.',
          'Ja, ik kan vanaf morgen niet meer in mijn huis blijven.',
        ]),
      });
      return;
    }
    c.melding(this.at(rng, day), 'NIEUW', { gekoppeld: false });
  }

  // TRIAGE: the casus is open, the melding is being triaged.
  private inTriage(c: CasusBuilder, rng: Rng) {
    const day = -rng.int(0, 6);
    const op = this.at(rng, day, 8, 12);
    c.melding(op, 'IN_TRIAGE', { gekoppeld: true });
    c.open(this.clock.at(day, 13, rng.int(0, 59)), this.id('frontoffice'), op);
  }

  /** Melding, casus and triage up to the choice of vervolg. Returns the melding id. */
  private start(s: Scenario, c: CasusBuilder, rng: Rng, walk: Walk, vervolg: 'KORTDURENDE_HULP' | 'VRAAGVERHELDERING' | 'SPOED' | 'AFGEHANDELD', metIndicatie: boolean | null) {
    // Spoed moves within the morning (melding 8, casus 9, triage 10 o'clock); otherwise triage follows the same
    // afternoon or on a later day.
    const spoed = vervolg === 'SPOED';
    const zelfdeDag = walk.triage === walk.melding;
    const meldingOp = spoed ? this.clock.at(walk.melding, 8, rng.int(0, 59)) : this.at(rng, walk.melding, 8, 12);
    const meldingId = c.melding(meldingOp, vervolg === 'AFGEHANDELD' ? 'AFGEHANDELD' : 'GEKOPPELD', { gekoppeld: true, urgent: spoed });
    const triageDoor = rng.chance(0.7) ? this.id('frontoffice') : this.id(s.intake ?? 'wijkcoach');
    const openOp = spoed && zelfdeDag ? this.clock.at(walk.triage, 9, rng.int(0, 59)) : zelfdeDag ? this.clock.at(walk.triage, 13, rng.int(0, 59)) : this.at(rng, walk.triage, 8, 9);
    const triageOp = spoed ? this.clock.at(walk.triage, 10, rng.int(0, 59)) : zelfdeDag ? this.clock.at(walk.triage, 14, rng.int(0, 59)) : this.at(rng, walk.triage, 10, 16);
    c.open(openOp, this.id('frontoffice'), meldingOp);
    const voorziening = vervolg === 'AFGEHANDELD' ? this.w.kaart.get(rng.pick(s.thema.voorzieningen)) ?? null : null;
    const uitkomst =
      vervolg === 'SPOED' ? 'CRISIS'
      : vervolg === 'AFGEHANDELD' ? 'INFORMATIE_ADVIES'
      : vervolg === 'KORTDURENDE_HULP' ? (rng.chance(0.75) ? 'ENKELVOUDIG' : 'INFORMATIE_ADVIES')
      : rng.chance(0.65) ? 'MEERVOUDIG' : 'ENKELVOUDIG';
    c.triage(meldingId, triageOp, triageDoor, {
      uitkomst,
      vervolg,
      metIndicatie: uitkomst === 'ENKELVOUDIG' || uitkomst === 'MEERVOUDIG' ? metIndicatie : null,
      urgentie: vervolg === 'SPOED' ? 'CRISIS' : rng.chance(0.25) ? 'HOOG' : 'NORMAAL',
      veiligheid: vervolg === 'SPOED' ? rng.pick<Veiligheid>(['RISICO', 'ACUUT']) : s.veiligheid && rng.chance(0.5) ? 'TWIJFEL' : 'GEEN_ZORGEN',
      voorziening,
    });
    const naar: Fase = vervolg === 'SPOED' ? 'WACHT_OP_REGIE' : vervolg === 'AFGEHANDELD' ? 'AFGESLOTEN' : vervolg;
    if (naar !== 'AFGESLOTEN') c.fase(naar, triageOp, triageDoor, vervolg === 'SPOED' ? 'Spoed: veiligheid eerst' : 'Uitkomst triage');
    c.betrokkenen(meldingOp);
    return { meldingId, triageOp, triageDoor };
  }

  /** Consent, the keukentafelgesprek (held, or still planned), ZRM and the safety overlay. */
  private vraagverhelderingStappen(s: Scenario, c: CasusBuilder, rng: Rng, walk: Walk, opts: { afgerond: boolean; verslag: boolean }) {
    const voerder = this.id(s.intake ?? 'wijkcoach');
    const gesprekDay = walk.gesprek!;
    const planned = gesprekDay >= 0;
    const datum = planned ? this.clock.planned(Math.max(1, gesprekDay), rng.pick([9, 10, 11, 13, 14, 15])) : this.at(rng, gesprekDay, 9, 15);
    const toestemmingOp = planned ? this.at(rng, walk.triage + 1) : datum;
    c.toestemming(toestemmingOp, voerder, {
      school: s.h.kinderen.some((k) => k.leeftijd >= 4 && k.leeftijd < 18) && rng.chance(0.6),
      huisarts: rng.chance(0.35),
      ingetrokken: rng.chance(0.05),
    });
    const verslagOp = opts.verslag && walk.verslag !== undefined ? this.at(rng, walk.verslag, 9, 16) : null;
    const gesprekId = c.gesprek(datum, voerder, { afgerond: opts.afgerond && !planned, verslagOp: planned ? null : verslagOp, planned, veiligheidSignaal: !!s.veiligheid });
    c.casus.intakeDoorId = voerder;
    c.casus.contactpersoonId = voerder;
    if (verslagOp && !planned) c.casus.verslagVerstuurdOp = verslagOp;
    if (!planned && rng.chance(0.75)) c.zrm(datum, voerder, { gesprekId });
    if (s.veiligheid) this.veiligheid(s, c, rng, planned ? walk.triage + 1 : gesprekDay, walk.triage);
    else if (!planned && rng.chance(0.3)) c.veiligheidsanalyse(datum, voerder, 'GEEN_ZORGEN');
    if (s.extraConsult === 'NIET_PLUIS') c.consult('NIET_PLUIS', this.at(rng, -2), voerder, this.clock.day(3), 'OPEN');
  }

  /** A veiligheidsanalyse and the consult it raises (DOMAIN.md §3 rule 6), with realistic consult dates. */
  private veiligheid(s: Scenario, c: CasusBuilder, rng: Rng, analyseDay: number, triageDay: number) {
    const v = s.veiligheid!;
    const door = this.id(s.intake ?? 'wijkcoach');
    const termijn = 5; // Gemeente.consultTermijnDagen
    // An open consult follows a recent signal (due in a few days, never before triage; one is overdue); a finished
    // one came after the conversation.
    const recent = v.consult === 'OPEN' ? -rng.int(1, 4) : v.consult === 'OPEN_TE_LAAT' ? -7 : -rng.int(2, 4);
    const day = v.consult === 'AFGEROND' ? analyseDay : Math.max(recent, triageDay);
    const op = this.at(rng, day, 10, 16);
    c.veiligheidsanalyse(op, door, v.niveau);
    const status = v.consult === 'OPEN_TE_LAAT' ? 'OPEN' : v.consult;
    c.consult('VEILIGHEID', op, door, consultDueDate(op, v.niveau, termijn), status);
    if (v.niveau === 'RISICO') {
      this.w.rows.gegevensdeling.push({
        id: crypto.randomUUID(), gemeenteId: this.w.org.gemeenteId, huishoudenId: s.h.id, partij: 'Veilig Thuis Noord-Holland Noord',
        doel: 'Advies gevraagd volgens de meldcode (stap 2)', wettelijkeGrond: 'MELDCODE',
        grondToelichting: 'Meldcode huiselijk geweld en kindermishandeling: advies vragen mag zonder toestemming.', op: addDays(op, 1) > this.clock.now ? op : addDays(op, 1), doorId: door,
      });
    }
  }

  private kortdurend(s: Scenario, c: CasusBuilder, rng: Rng, triageDay: number, afgesloten: number | null) {
    const walk: Walk = { melding: triageDay - rng.int(0, 2), triage: triageDay };
    this.start(s, c, rng, walk, 'KORTDURENDE_HULP', false);
    const coach = this.id(s.intake ?? 'wijkcoach');
    c.casus.intakeDoorId = coach;
    c.casus.contactpersoonId = coach;
    const gesprekDay = triageDay + rng.int(2, 7);
    if (gesprekDay < 0 && rng.chance(0.7)) {
      c.toestemming(this.at(rng, gesprekDay), coach);
      c.gesprek(this.at(rng, gesprekDay, 9, 15), coach, { afgerond: true, verslagOp: null });
    }
    if (afgesloten !== null) {
      const op = this.at(rng, afgesloten, 12, 16);
      c.fase('AFGESLOTEN', op, coach, 'Kortdurende hulp afgerond');
      this.sluit(c, rng, op, rng.pick(AFSLUITREDENEN.kortdurend), rng.chance(0.6), coach);
    }
  }

  private vraagverheldering(s: Scenario, c: CasusBuilder, rng: Rng) {
    // Days since triage; about one in five is past the six-week onderzoekstermijn.
    let sinds = rng.weighted([[rng.int(2, 20), 50], [rng.int(21, 36), 30], [rng.int(37, 48), 20]]);
    if (s.veiligheid?.consult === 'OPEN_TE_LAAT') sinds = Math.max(sinds, 10);
    const walk: Walk = { melding: -sinds - rng.int(0, 3), triage: -sinds };
    if (s.heropend) {
      this.heropend(s, c, rng, walk);
    } else {
      this.start(s, c, rng, walk, 'VRAAGVERHELDERING', rng.chance(0.5));
    }
    walk.gesprek = walk.triage + rng.int(4, 16);
    const gehouden = walk.gesprek < 0;
    const verslag = gehouden && rng.chance(0.35) ? Math.min(-1, walk.gesprek + rng.int(3, 10)) : undefined;
    walk.verslag = verslag;
    this.vraagverhelderingStappen(s, c, rng, walk, { afgerond: verslag !== undefined, verslag: verslag !== undefined });
    if (s.opgeschort) {
      c.opschortingCasus(this.clock.day(walk.triage + 3), null, this.id(s.intake ?? 'wijkcoach'), 'Op verzoek van de inwoner uitgesteld wegens ziekenhuisopname (Awb 4:15).');
    }
  }

  /** A casus closed after kortdurende hulp months ago, reopened now with a new melding (the waakvlam found a new question). */
  private heropend(s: Scenario, c: CasusBuilder, rng: Rng, walk: Walk) {
    const eerste = -rng.int(200, 250);
    const gesloten = eerste + rng.int(25, 45);
    this.kortdurend(s, c, rng, eerste, gesloten);
    const coach = this.id(s.intake ?? 'wijkcoach');
    const meldingOp = this.at(rng, walk.melding, 8, 12);
    const meldingId = c.melding(meldingOp, 'GEKOPPELD', { gekoppeld: true, kanaal: 'TELEFOON' });
    const op = this.at(rng, walk.triage, 13, 16);
    c.triage(meldingId, op, coach, { uitkomst: 'MEERVOUDIG', vervolg: 'VRAAGVERHELDERING', urgentie: 'NORMAAL', veiligheid: 'GEEN_ZORGEN', metIndicatie: true });
    c.fase('VRAAGVERHELDERING', op, coach, 'Heropend: nieuwe vraag bij de waakvlam');
    c.gebeurtenis('HEROPEND', 'Casus heropend met de hele geschiedenis; nieuwe melding gekoppeld.', op, coach);
    c.casus.afgeslotenOp = null;
    c.casus.afsluitreden = null;
    c.casus.waakvlamOp = null;
    c.casus.heropendOp = op;
    c.casus.meldingOntvangenOp = meldingOp;
  }

  private wachtOpRegie(s: Scenario, c: CasusBuilder, rng: Rng) {
    if (s.crisis) {
      const day = -rng.int(1, 3);
      this.start(s, c, rng, { melding: day, triage: day }, 'SPOED', null);
      const door = this.id(s.intake ?? 'wijkcoach');
      const op = this.clock.at(day, 12, rng.int(0, 59));
      c.veiligheidsanalyse(op, door, 'ACUUT');
      // Acute: the consult is due the same day, and was answered that day.
      c.consult('VEILIGHEID', op, door, consultDueDate(op, 'ACUUT', 5), 'AFGEROND', this.clock.at(day, 17, rng.int(0, 59)));
      c.casus.contactpersoonId = door;
      return;
    }
    const verslag = -rng.int(0, 18);
    const walk = this.achteruit(rng, { verslag });
    this.start(s, c, rng, walk, 'VRAAGVERHELDERING', rng.chance(0.6));
    this.vraagverhelderingStappen(s, c, rng, walk, { afgerond: true, verslag: true });
    c.fase('WACHT_OP_REGIE', this.at(rng, verslag, 14, 16), this.id(s.intake ?? 'wijkcoach'), 'Vraagverheldering afgerond; regie beleggen');
  }

  /** Dates before a known moment, walking back through the route with typical gaps. */
  private achteruit(rng: Rng, from: { vastgesteld?: number; regie?: number; verslag?: number }): Walk {
    const regie = from.regie ?? (from.vastgesteld !== undefined ? from.vastgesteld - rng.int(10, 30) : undefined);
    const verslag = from.verslag ?? (regie !== undefined ? regie - rng.int(2, 15) : 0);
    const gesprek = verslag - rng.int(3, 12);
    const triage = gesprek - rng.int(4, 16);
    const melding = triage - rng.int(0, 3);
    return { melding, triage, gesprek, verslag, regie, vastgesteld: from.vastgesteld };
  }

  /** Vraagverheldering done, regie belegd (casusregie; procesregie beside it where needed). Returns the lead's user id. */
  private naarRegie(s: Scenario, c: CasusBuilder, rng: Rng, walk: Walk, tot?: { op: Date; reden: string }) {
    const teamlead = this.id(TEAMLEAD_VAN[s.team]);
    if (s.crisis) {
      this.start(s, c, rng, walk, 'SPOED', null);
      const door = this.id(s.intake ?? 'wijkcoach');
      const op = this.clock.at(walk.triage, 12, rng.int(0, 59));
      c.veiligheidsanalyse(op, door, 'RISICO');
      c.consult('VEILIGHEID', op, door, consultDueDate(op, 'RISICO', 5), 'AFGEROND');
    } else {
      this.start(s, c, rng, walk, 'VRAAGVERHELDERING', true);
      this.vraagverhelderingStappen(s, c, rng, walk, { afgerond: true, verslag: true });
      c.fase('WACHT_OP_REGIE', this.at(rng, walk.verslag!, 14, 16), this.id(s.intake ?? 'wijkcoach'), 'Vraagverheldering afgerond; regie beleggen');
    }
    const regieOp = walk.regie === walk.triage ? this.clock.at(walk.regie!, 16, rng.int(30, 59)) : this.at(rng, walk.regie!, 9, 12);
    const coach = this.id(s.regisseur ?? 'wijkcoach');
    const einde = tot ? { tot: tot.op, eindreden: tot.reden } : undefined;
    const reden = s.crisis ? 'Spoed: regie direct belegd' : `Casusverdeling: ${s.thema.leefgebieden.length > 3 ? 'meerdere leefgebieden' : 'past bij focuswijk en caseload'}`;
    const casusregieId = c.regie('CASUSREGIE', true, { regisseurId: coach }, regieOp, teamlead, reden, einde);
    c.fase('PLAN', regieOp, teamlead, 'Regie belegd');
    c.casus.contactpersoonId = coach;
    if (s.procesregie) {
      const opschaalDay = Math.min(-1, walk.regie! + rng.int(3, 12));
      const op = new Date(Math.max(this.at(rng, opschaalDay, 10, 15).getTime(), regieOp.getTime() + 3_600_000));
      c.opschalingsverzoek(coach, op, 'TOEGEKEND', teamlead, op);
      // Opschalen: the procesregisseur leads, the casusregisseur stays beside them (not lead).
      const row = this.w.rows.regieToewijzing.find((r) => r.id === casusregieId)!;
      row.lead = false;
      c.regie('PROCESREGIE', true, { regisseurId: this.id('procesregisseur') }, op, teamlead, 'Opgeschaald: meerdere partijen en leefgebieden, afstemming loopt vast', einde);
      c.gebeurtenis('OPGESCHAALD', 'Procesregie belegd bij Johan Smit; casusregie blijft bij de wijkcoach.', op, teamlead);
      c.casus.complexiteit = 'HOOG';
      if (s.index % 2 === 0 && opschaalDay + 10 < 0) {
        c.gebeurtenis('DOORZETTINGSMACHT', 'Doorzettingsmacht ingezet: woningcorporatie schort de ontruiming op zolang het plan loopt.', this.at(rng, opschaalDay + rng.int(5, 10)), this.id('procesregisseur'));
      }
    }
    return { coach, casusregieId };
  }

  private kiesMaatwerk(s: Scenario, rng: Rng): MaatwerkKeuze[] {
    // A fresh plan in the backoffice's queue always has maatwerk; others mostly do.
    const verplicht = !!(s.recent || s.intrekking || s.afwijzing);
    if (s.thema.producten.length === 0 || (!verplicht && !rng.chance(0.8))) return [];
    const kind = s.h.kinderen.filter((k) => k.leeftijd < 18).sort((a, b) => a.leeftijd - b.leeftijd)[0];
    const volwassene = s.subject.leeftijd >= 18 ? s.subject : s.h.hoofd;
    const keuzes: MaatwerkKeuze[] = [];
    const codes = s.crisis && kind ? ['46A01', ...s.thema.producten] : s.thema.producten;
    for (const code of codes) {
      const product = this.w.cat.products.get(code);
      if (!product) continue;
      const persoon = product.wet === 'JEUGDWET' ? (s.subject.leeftijd < 18 ? s.subject : kind) : volwassene;
      if (!persoon || (product.wet === 'JEUGDWET' && persoon.leeftijd >= 18)) continue;
      // Rarer products (pleegzorg, verblijf, beschermd wonen) only now and then.
      if (['44A01', '15A01'].includes(code) && !rng.chance(0.2)) continue;
      // Mostly zorg in natura; a pgb now and then where the product allows it.
      const leveringsvorm = !product.leveringsvormen.includes('ZIN') || (product.leveringsvormen.includes('PGB') && rng.chance(0.15)) ? 'PGB' : 'ZIN';
      if (keuzes.length === 0 ? rng.chance(0.75) || code === codes[codes.length - 1] : rng.chance(0.3)) keuzes.push({ product, persoon, leveringsvorm });
      if (keuzes.length === 2) break;
    }
    return keuzes;
  }

  /**
   * Who vaststelt (lib/domain/plan.ts planMandaatProblem): the regisseur when their PLAN_VASTSTELLEN mandate covers
   * the law of every maatwerk item (any such mandate when there is no maatwerk), else the teamlead (every law).
   */
  private vaststeller(s: Scenario, maatwerk: MaatwerkKeuze[]): string {
    const coach = this.id(s.regisseur ?? 'wijkcoach');
    const gedekt = maatwerk.length
      ? maatwerk.every((m) => magPlanVaststellen(this.w.org, coach, m.product.wet))
      : this.w.org.planMandaat.has(coach);
    return gedekt ? coach : this.id(TEAMLEAD_VAN[s.team]);
  }

  private inPlan(s: Scenario, c: CasusBuilder, rng: Rng) {
    const regie = -rng.int(1, 35);
    const walk = s.crisis ? { melding: regie - rng.int(0, 2), triage: regie - rng.int(0, 1), regie } : this.achteruit(rng, { regie });
    if (s.crisis) walk.triage = Math.max(walk.melding, walk.triage);
    const { coach } = this.naarRegie(s, c, rng, walk);
    if (s.crisis && regie + 3 < 0) {
      // Safety first, the broad view later: the keukentafelgesprek follows once regie is belegd.
      c.toestemming(this.at(rng, regie + 3), coach);
      c.gesprek(this.at(rng, regie + 3), coach, { afgerond: true, verslagOp: this.at(rng, Math.min(-1, regie + 6)) });
    }
    const terAkkoord = rng.chance(0.4) && regie < -7;
    const opgesteld = this.at(rng, Math.min(0, regie + rng.int(1, 6)), 9, 15);
    const planId = c.plan(true, opgesteld);
    const maatwerk = this.kiesMaatwerk(s, rng);
    c.versie(planId, {
      nummer: 1, status: terAkkoord ? 'TER_AKKOORD' : 'CONCEPT', opgesteldDoorId: coach, monitorDoorId: coach, opgesteld,
      evaluatieDatum: this.clock.day(rng.pick([91, 122, 182]) - Math.max(0, -regie - 10)), maatwerk,
    });
    if (s.extraConsult === 'MEEDENKEN') c.consult('MEEDENKEN', this.at(rng, -3), coach, this.clock.day(2), 'IN_BEHANDELING');
    this.opschaling(s, c, rng, coach);
    this.taak(s, c, rng, coach);
  }

  private inUitvoering(s: Scenario, c: CasusBuilder, rng: Rng) {
    let vast: number;
    let evaluatie: number;
    if (s.recent) {
      // The age of the aanvraag fits its state: a few ONTVANGEN near or past the Wmo term of 14 days.
      const leeftijdVoor: Record<AanvraagStand, [number, number]> = {
        ONTVANGEN: [0, 17], IN_BEHANDELING: [3, 20], IN_BEHANDELING_CONCEPT: [4, 14], OPGESCHORT: [6, 20],
        BESCHIKT_VASTGESTELD: [4, 12], BESCHIKT_VERZONDEN: [5, 20], INGETROKKEN: [3, 10],
      };
      const [min, max] = leeftijdVoor[s.recent];
      vast = -rng.int(min, max);
      evaluatie = vast + rng.pick([91, 122, 182]);
    } else {
      // Evaluations: some overdue, some due within two weeks, most further ahead.
      evaluatie = rng.weighted([[-rng.int(1, 25), 18], [rng.int(0, 14), 17], [rng.int(15, 150), 65]]);
      const horizon = [91, 122, 182].find((hz) => hz >= evaluatie + 21) ?? 182;
      evaluatie = Math.min(evaluatie, horizon - 21);
      vast = evaluatie - horizon;
    }
    const walk = this.achteruit(rng, { vastgesteld: vast });
    const { coach, casusregieId } = this.naarRegie(s, c, rng, walk);
    const maatwerk = this.kiesMaatwerk(s, rng);
    const vastOp = this.at(rng, vast, 10, 16);
    const opgesteld = this.at(rng, walk.regie! + rng.int(1, 4));
    const planId = c.plan(true, opgesteld);
    const v1 = c.versie(planId, {
      nummer: 1, status: s.recent ? 'VASTGESTELD' : 'IN_UITVOERING', opgesteldDoorId: coach, monitorDoorId: coach, opgesteld,
      evaluatieDatum: this.clock.day(evaluatie), maatwerk,
      vastgesteld: { op: vastOp, doorId: this.vaststeller(s, maatwerk), akkoordOp: addDays(vastOp, -rng.int(0, 3)) },
    });
    c.fase('UITVOERING', vastOp, coach, 'Plan vastgesteld');

    const leeftijd = -vast;
    v1.maatwerk.forEach((m, i) => {
      let stand: AanvraagStand = 'BESCHIKT_VERZONDEN';
      if (s.recent) {
        stand = s.recent;
      } else if (s.intrekking && i === v1.maatwerk.length - 1) {
        stand = 'INGETROKKEN';
      }
      const verdaging = stand === 'IN_BEHANDELING' && m.keuze.product.wet === 'WMO' && leeftijd >= 12 && s.index % 2 === 0;
      c.aanvraag(m.itemId, m.keuze, vastOp, stand, { afwijzing: s.afwijzing && i === 0, verdaging });
    });

    if (s.aanbiederRegie) {
      // Casusregie handed to the provider of long-term care; the team's casusregisseur stays on, not lead, and keeps watch.
      const partner = this.w.cat.regiePartner;
      const op = this.at(rng, Math.min(-1, vast + rng.int(7, 20)));
      this.w.rows.regieToewijzing.find((r) => r.id === casusregieId)!.lead = false;
      c.regie('CASUSREGIE', true, { aanbiederId: partner.id, externeNaam: partner.contactNaam }, op, this.id(TEAMLEAD_VAN[s.team]), 'Casusregie overgedragen aan de aanbieder van langdurige begeleiding; team houdt de vinger aan de pols');
      c.gebeurtenis('OVERIG', `Casusregie overgedragen aan ${partner.naam}. Wijzigingen in het plan lopen via de wijkcoach.`, op, coach);
      this.w.rows.toestemming.push({
        id: crypto.randomUUID(), gemeenteId: this.w.org.gemeenteId, huishoudenId: s.h.id, persoonId: s.subject.id, soort: 'DELEN_MET_PARTIJ',
        partij: partner.naam, aanbiederId: partner.id, doel: 'Casusregie en uitvoering van het ondersteuningsplan', wijze: 'SCHRIFTELIJK',
        gegevenOp: this.clock.day(this.clock.offsetOf(op) - 1), geldigTot: this.clock.day(this.clock.offsetOf(op) + 364), vastgelegdDoorId: coach,
      });
    }
    this.opschaling(s, c, rng, coach);
    this.taak(s, c, rng, coach);
  }

  private inEvaluatie(s: Scenario, c: CasusBuilder, rng: Rng) {
    const evaluatie2 = rng.int(-20, 3);
    const vast2 = evaluatie2 - 91;
    const eval1 = vast2 - rng.int(7, 20);
    const vast1 = eval1 - rng.pick([91, 122]);
    const walk = this.achteruit(rng, { vastgesteld: vast1 });
    const { coach } = this.naarRegie(s, c, rng, walk);
    const maatwerk = this.kiesMaatwerk(s, rng);
    const vaststeller = this.vaststeller(s, maatwerk);

    const opgesteld1 = this.at(rng, walk.regie! + rng.int(1, 4));
    const vast1Op = this.at(rng, vast1, 10, 16);
    const planId = c.plan(true, opgesteld1);
    const v1 = c.versie(planId, {
      nummer: 1, status: 'VERVANGEN', opgesteldDoorId: coach, monitorDoorId: coach, opgesteld: opgesteld1,
      evaluatieDatum: this.clock.day(eval1), maatwerk, vastgesteld: { op: vast1Op, doorId: vaststeller, akkoordOp: addDays(vast1Op, -1) },
    });
    c.fase('UITVOERING', vast1Op, coach, 'Plan vastgesteld');
    for (const m of v1.maatwerk) c.aanvraag(m.itemId, m.keuze, vast1Op, 'BESCHIKT_VERZONDEN');

    const eval1Op = this.at(rng, eval1, 10, 15);
    c.fase('EVALUATIE', this.at(rng, eval1 - rng.int(0, 3), 9, 10), coach, 'Evaluatiedatum bereikt');
    const besluit = rng.pick(['BIJSTELLEN', 'BIJSTELLEN', 'AFSCHALEN', 'OPSCHALEN'] as const);
    const evaluatieId = c.evaluatie(v1.versieId, v1.doelIds, eval1Op, coach, besluit);
    const gesprekZrm = this.w.rows.zrmScore.filter((z) => z.huishoudenId === s.h.id);
    const vorige = new Map(gesprekZrm.map((z) => [z.domein, z.score]));
    const zrm1 = c.zrm(eval1Op, coach, { evaluatieId, vorige, verbetering: 1 });
    c.fase('PLAN', eval1Op, coach, 'Plan bijstellen na evaluatie');

    const vast2Op = this.at(rng, vast2, 10, 16);
    c.versie(planId, {
      nummer: 2, status: 'IN_UITVOERING', opgesteldDoorId: coach, monitorDoorId: coach, opgesteld: addDays(eval1Op, 1),
      evaluatieDatum: this.clock.day(evaluatie2), maatwerk, vorigeVersieId: v1.versieId,
      vastgesteld: { op: vast2Op, doorId: vaststeller, akkoordOp: addDays(vast2Op, -1) },
    });
    c.fase('UITVOERING', vast2Op, coach, 'Bijgesteld plan vastgesteld');
    c.fase('EVALUATIE', this.at(rng, Math.min(0, evaluatie2) - rng.int(0, 2), 9, 10), coach, 'Evaluatiedatum bereikt');
    if (rng.chance(0.5)) c.zrm(this.at(rng, -rng.int(0, 3)), coach, { vorige: zrm1, verbetering: 1 });
    this.taak(s, c, rng, coach);
  }

  private afgesloten(s: Scenario, c: CasusBuilder, rng: Rng) {
    if (s.afsluitroute === 'informatie') {
      const day = -rng.int(3, 200);
      const walk = { melding: day - rng.int(0, 2), triage: day };
      const { triageOp, triageDoor } = this.start(s, c, rng, walk, 'AFGEHANDELD', null);
      c.fase('AFGESLOTEN', triageOp, triageDoor, 'Afgehandeld in triage');
      this.sluit(c, rng, triageOp, rng.pick(AFSLUITREDENEN.informatie), false, triageDoor);
      return;
    }
    if (s.afsluitroute === 'kortdurend') {
      const afg = -rng.int(10, 150);
      this.kortdurend(s, c, rng, afg - rng.int(14, 40), afg);
      this.verhuizing(s, rng, afg);
      return;
    }
    // The whole route: plan, uitvoering, an evaluation that decides to close, then a waakvlam.
    const afg = -rng.int(5, 100);
    const evalDay = afg - rng.int(0, 5);
    const vast = evalDay - rng.pick([91, 122]);
    const walk = this.achteruit(rng, { vastgesteld: vast });
    const afgOp = this.at(rng, afg, 11, 16);
    const { coach } = this.naarRegie(s, c, rng, walk, { op: afgOp, reden: 'Casus afgesloten' });
    const maatwerk = this.kiesMaatwerk(s, rng);
    const vastOp = this.at(rng, vast, 10, 16);
    const opgesteld = this.at(rng, walk.regie! + rng.int(1, 4));
    const planId = c.plan(false, opgesteld);
    const v1 = c.versie(planId, {
      nummer: 1, status: 'GEEVALUEERD', opgesteldDoorId: coach, monitorDoorId: coach, opgesteld,
      evaluatieDatum: this.clock.day(evalDay), maatwerk, vastgesteld: { op: vastOp, doorId: this.vaststeller(s, maatwerk), akkoordOp: addDays(vastOp, -1) },
    });
    c.fase('UITVOERING', vastOp, coach, 'Plan vastgesteld');
    for (const m of v1.maatwerk) c.aanvraag(m.itemId, m.keuze, vastOp, 'BESCHIKT_VERZONDEN');
    const evalOp = this.at(rng, evalDay, 9, 11);
    c.fase('EVALUATIE', evalOp, coach, 'Evaluatiedatum bereikt');
    const evaluatieId = c.evaluatie(v1.versieId, v1.doelIds, evalOp, coach, 'AFSLUITEN');
    const vorige = new Map(this.w.rows.zrmScore.filter((z) => z.huishoudenId === s.h.id).map((z) => [z.domein, z.score]));
    if (vorige.size) c.zrm(evalOp, coach, { evaluatieId, vorige, verbetering: 2 });
    c.fase('AFGESLOTEN', afgOp, coach, 'Doelen bereikt');
    this.sluit(c, rng, afgOp, rng.pick(AFSLUITREDENEN.route), rng.chance(0.8), coach);
    this.verhuizing(s, rng, afg);
  }

  /** Closing: the reason, and mostly a waakvlam after the gemeente's standard 90 days (some due, some past). */
  private sluit(c: CasusBuilder, rng: Rng, op: Date, reden: string, waakvlam: boolean, door: string) {
    c.casus.afgeslotenOp = op;
    c.casus.afsluitreden = reden;
    c.casus.waakvlamOp = waakvlam ? this.clock.day(this.clock.offsetOf(op) + rng.pick([60, 90, 90, 120])) : null;
    c.gebeurtenis('AFGESLOTEN', reden, op, door);
  }

  /** Someone left the closed household later: out of the gemeente, or into a home of their own (history shows both). */
  private verhuizing(s: Scenario, rng: Rng, afg: number) {
    if (!s.verhuizing) return;
    const persoon = s.h.kinderen.find((k) => k.leeftijd >= 18) ?? s.h.partner ?? s.h.leden.find((p) => p.leeftijd >= 18 && p !== s.h.hoofd);
    if (!persoon) return;
    const op = this.clock.day(Math.min(-1, afg + rng.int(5, 40)));
    // The first one moved out of the gemeente (no current household left here), the others within Den Helder.
    const buiten = this.verhuizingen++ === 0;
    const naar = buiten ? null : rng.pick(WIJKEN).code;
    const reden = persoon.rol === 'KIND' ? 'Zelfstandig gaan wonen' : 'Verhuisd na scheiding';
    const nieuw = this.factory.verhuis(persoon, op, naar, reden);
    if (nieuw) this.verhuisd++;
  }

  private opschaling(s: Scenario, c: CasusBuilder, rng: Rng, coach: string) {
    if (!s.opschaling) return;
    const op = this.at(rng, -rng.int(1, 6));
    if (s.opschaling === 'OPEN') c.opschalingsverzoek(coach, op, 'OPEN', null, null);
    else c.opschalingsverzoek(coach, op, 'AFGEWEZEN', this.id(TEAMLEAD_VAN[s.team]), addDays(op, 1) > this.clock.now ? op : addDays(op, 1));
  }

  /** Now and then a task set by hand, some overdue, some done. */
  private taak(s: Scenario, c: CasusBuilder, rng: Rng, coach: string) {
    if (!(s.regisseur === 'wijkcoach' ? rng.chance(0.35) : rng.chance(0.1))) return;
    const t = rng.pick(TAKEN);
    const aangemaakt = this.at(rng, -rng.int(3, 20));
    const uiterlijk = this.clock.day(rng.int(-5, 14));
    const afgerond = rng.chance(0.25) ? this.at(rng, -rng.int(0, 2)) : null;
    c.taak(t.titel, t.omschrijving, coach, uiterlijk, aangemaakt, afgerond);
  }
}

// ───────────────────────────── numbers ─────────────────────────────

/**
 * Gapless kenmerken and numbers in the order things happened (formatted as lib/domain/nummering does: the year of the
 * event, one running counter per kind), and the Nummering counters that go with them.
 */
function number(w: World) {
  const n = w.numbering;
  const counters: [NummerSoort, number][] = [
    ['melding', numberChronologically(n.melding, (x) => x.op, (x, nr) => (x.row.kenmerk = formatNummer('melding', nr, x.op)))],
    ['casus', numberChronologically(n.casus, (x) => x.op, (x, nr) => (x.row.nummer = formatNummer('casus', nr, x.op)))],
    ['aanvraag', numberChronologically(n.aanvraag, (x) => x.op, (x, nr) => (x.row.nummer = formatNummer('aanvraag', nr, x.op)))],
    ['beschikking', numberChronologically(n.beschikking, (x) => x.op, (x, nr) => (x.row.identificatie = formatNummer('beschikking', nr, x.op)))],
    ['toewijzing', numberChronologically(n.toewijzing, (x) => x.op, (x, nr) => (x.row.toewijzingNummer = nr))],
  ];
  for (const [soort, laatste] of counters) w.rows.nummering.push({ gemeenteId: w.org.gemeenteId, soort, laatste });
}
