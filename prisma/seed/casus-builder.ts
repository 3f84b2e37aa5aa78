// One casus at a time: the steps of the route (DOMAIN.md §2) as methods that append rows. route.ts decides which
// steps a casus takes and when; this file knows what each step leaves behind in the records.
import type {
  AanvraagStatus, ArrangementSoort, Belasting, BeschikkingStatus, Fase, Horizon, Kanaal, Leveringsvorm, MeldingStatus,
  PlanStatus, Prisma, Regievorm, TriageUitkomst, TriageVervolg, Urgentie, Veiligheid, Wet, Wijze, ZrmDomein,
} from '@/lib/generated/prisma/client';
import { type Antwoord, type Antwoorden, assessVeiligheid, maxNiveau, VEILIGHEID_CHECKLIST } from '@/lib/domain/veiligheid';
import type { Catalogue, ProductRef } from './catalogue';
import { addDays, type Clock, dateOnly } from './clock';
import type { HuishoudenRef, PersoonRef } from './households';
import { MOBIEL } from './names';
import { uiterlijkeReactiedatum } from '@/lib/domain/beschikking';
import { BESLUITDAGEN_2026_2028 } from '@/lib/domain/termijnwet';
import type { LeefgebiedRef, Organisation, StaffKey } from './organisation';
import type { Rng } from './random';
import { type Rows, uuid } from './rows';
import type { VoorzieningKey, VoorzieningRef } from './sociale-kaart';
import {
  DOMEIN_TEKSTEN, GESPREK_PLAATSEN, HUISARTSEN, type LeefgebiedKey, MANTELZORGERS, NETWERK, SAMENVATTINGEN, SCHOLEN,
  type Thema,
} from './texts';

const SEED_BESLUITDAGEN = new Set<string>(BESLUITDAGEN_2026_2028.map((b) => b.datum));

export interface World {
  rows: Rows;
  org: Organisation;
  cat: Catalogue;
  kaart: Map<VoorzieningKey, VoorzieningRef>;
  clock: Clock;
  /** Sort keys for gapless numbering after all rows exist (a concept beschikking has no datum yet). */
  numbering: {
    melding: { row: Prisma.MeldingCreateManyInput; op: Date }[];
    casus: { row: Prisma.CasusCreateManyInput; op: Date }[];
    aanvraag: { row: Prisma.AanvraagCreateManyInput; op: Date }[];
    beschikking: { row: Prisma.BeschikkingCreateManyInput; op: Date }[];
    toewijzing: { row: Prisma.ToewijzingCreateManyInput; op: Date }[];
  };
}

/** What a maatwerk arrangement item asks for: the product and whom it is for. */
export interface MaatwerkKeuze {
  product: ProductRef;
  persoon: PersoonRef;
  /** Chosen with the household in the plan and carried into the aanvraag. */
  leveringsvorm: Leveringsvorm;
}

export interface VersieResult {
  versieId: string;
  doelIds: string[];
  maatwerk: { itemId: string; keuze: MaatwerkKeuze }[];
}

/** How far an aanvraag got; BESCHIKT_* carry the beschikking's status. */
export type AanvraagStand =
  | 'ONTVANGEN' | 'IN_BEHANDELING' | 'IN_BEHANDELING_CONCEPT' | 'OPGESCHORT' | 'INGETROKKEN'
  | 'BESCHIKT_VASTGESTELD' | 'BESCHIKT_VERZONDEN';

export class CasusBuilder {
  readonly casusId = uuid();
  readonly casus: Prisma.CasusCreateManyInput;
  readonly leefgebieden: (LeefgebiedRef & { key: LeefgebiedKey })[];
  private lastFase: Fase | null = null;

  constructor(
    private readonly w: World,
    private readonly rng: Rng,
    readonly h: HuishoudenRef,
    readonly thema: Thema,
    readonly subject: PersoonRef,
    readonly team: 'noord' | 'zuid',
  ) {
    const keys = [...thema.leefgebieden.slice(0, 2), ...rng.sample(thema.leefgebieden.slice(2), rng.int(0, 2))];
    this.leefgebieden = keys
      .map((key) => ({ key, ref: w.org.leefgebieden.get(key) }))
      .filter((x): x is { key: LeefgebiedKey; ref: LeefgebiedRef } => !!x.ref)
      .map(({ key, ref }) => ({ ...ref, key }));
    this.casus = {
      id: this.casusId,
      gemeenteId: w.org.gemeenteId,
      nummer: '',
      huishoudenId: h.id,
      teamId: w.org.teamIds[team],
      fase: 'TRIAGE',
      meldingOntvangenOp: w.clock.now,
    };
  }

  private get g() {
    return this.w.org.gemeenteId;
  }

  user(key: StaffKey): string {
    return this.w.org.users[key].id;
  }

  // ───────────── melding and triage ─────────────

  /**
   * A melding about the subject; without casus it waits unmatched in the queue (status NIEUW). About a third come
   * from someone else (a school, the huisarts, a neighbour, Veilig Thuis) in that party's words and channel; a parent
   * reporting about a child, or a partner about the one they care for, is a melding not about themselves.
   */
  melding(op: Date, status: MeldingStatus, opts: { gekoppeld: boolean; urgent?: boolean; veiligheidsantwoord?: string | null; kanaal?: Kanaal }): string {
    const rng = this.rng;
    const door = !opts.kanaal && this.thema.vraagOver.length > 0 && rng.chance(0.38) ? rng.pick(this.thema.vraagOver) : null;
    const kanaal: Kanaal = door?.kanaal ?? opts.kanaal ?? rng.weighted<Kanaal>([['TELEFOON', 50], ['WEBSITE', 25], ['EMAIL', 12], ['LOKET', 9], ['ZELFMELDER', 4]]);
    let melder: { naam: string; organisatie: string | null; relatie: string; telefoon: string | null; email: string | null } | null = null;
    if (door) {
      const organisatie = door.organisatie === '{school}' ? rng.pick(SCHOLEN) : door.organisatie === '{huisarts}' ? rng.pick(HUISARTSEN) : door.organisatie;
      const naam = `${rng.pick(['A.', 'M.', 'J.', 'S.', 'K.', 'E.', 'R.'])} ${rng.pick(['Bakker', 'de Wit', 'Koster', 'Mulder', 'Groen', 'van Dam', 'Yilmaz', 'Prins'])}`;
      const email = organisatie ? `${door.relatie.replace(/[^a-z]/gi, '').toLowerCase()}@partner.example` : null;
      melder = { naam, organisatie, relatie: door.relatie, telefoon: organisatie ? `0223-${rng.digits(6)}` : MOBIEL(rng), email };
    } else if (this.subject !== this.h.hoofd) {
      // A parent about their child, a partner about the one they care for.
      const relatie = this.subject.rol === 'KIND' ? (this.h.hoofd.geslacht === 'VROUW' ? 'moeder' : 'vader') : 'partner';
      melder = { naam: this.h.hoofd.volledigeNaam, organisatie: null, relatie, telefoon: this.h.hoofd.telefoon, email: this.h.hoofd.email };
    }
    const vrouw = this.subject.geslacht === 'VROUW';
    const vraag = (door ? door.tekst : rng.pick(this.thema.vraagZelf))
      .replace('{naam}', this.subject.volledigeNaam)
      .replace('{kind}', vrouw ? 'dochter' : 'zoon')
      .replace('{partner}', vrouw ? 'vrouw' : 'man')
      .replace('{leeftijd}', String(this.subject.leeftijd));
    const id = uuid();
    const website = kanaal === 'WEBSITE';
    const row: Prisma.MeldingCreateManyInput = {
      id,
      gemeenteId: this.g,
      kenmerk: '',
      kanaal,
      verwijzerSoort: door?.verwijzer ?? null,
      overZichzelf: melder === null,
      melderNaam: melder?.naam ?? null,
      melderOrganisatie: melder?.organisatie ?? null,
      melderRelatie: melder?.relatie ?? null,
      melderTelefoon: melder?.telefoon ?? null,
      melderEmail: melder?.email ?? null,
      inwonerWeetErVan: !door ? (melder ? true : null) : kanaal === 'VEILIG_THUIS' ? true : rng.chance(0.85),
      naam: this.subject.volledigeNaam,
      geboortedatum: this.subject.geboortedatum,
      postcode: this.h.postcode,
      huisnummer: this.h.huisnummer,
      huisnummerToevoeging: this.h.huisnummerToevoeging,
      telefoon: this.h.hoofd.telefoon,
      email: this.h.hoofd.email,
      vraag,
      // The public form always asks the safety question; on the phone it is asked in triage.
      veiligheidsantwoord: opts.veiligheidsantwoord ?? (website ? 'Nee' : null),
      urgent: opts.urgent ?? false,
      status,
      ontvangenOp: op,
      huishoudenId: opts.gekoppeld ? this.h.id : null,
      casusId: opts.gekoppeld ? this.casusId : null,
      geregistreerdDoorId: website ? null : rng.chance(0.85) ? this.user('frontoffice') : this.coachOfTeam(),
      bronIpHash: website ? sha256ish(rng) : null,
      createdAt: op,
      updatedAt: op,
    };
    this.w.rows.melding.push(row);
    this.w.numbering.melding.push({ row, op });
    for (const l of this.leefgebieden.slice(0, 3)) this.w.rows.meldingLeefgebied.push({ meldingId: id, leefgebiedId: l.id, label: l.naam });
    return id;
  }

  /** The casus opens when triage starts; the first fase row has no 'van'. */
  open(op: Date, door: string, meldingOntvangenOp: Date) {
    this.casus.meldingOntvangenOp = meldingOntvangenOp;
    this.casus.geopendOp = op;
    this.casus.createdAt = op;
    this.casus.intakeDoorId = null;
    this.w.numbering.casus.push({ row: this.casus, op });
    this.w.rows.casus.push(this.casus);
    this.fase('TRIAGE', op, door, 'Melding in behandeling genomen');
  }

  fase(naar: Fase, op: Date, doorId: string | null, reden?: string) {
    this.w.rows.casusFaseWijziging.push({ id: uuid(), casusId: this.casusId, van: this.lastFase, naar, op, doorId, reden: reden ?? null });
    this.lastFase = naar;
    this.casus.fase = naar;
    this.casus.updatedAt = op;
  }

  gebeurtenis(soort: Prisma.CasusGebeurtenisCreateManyInput['soort'], omschrijving: string, op: Date, doorId: string | null) {
    this.w.rows.casusGebeurtenis.push({ id: uuid(), casusId: this.casusId, soort, omschrijving, op, doorId });
  }

  triage(meldingId: string, op: Date, doorId: string, t: { uitkomst: TriageUitkomst; vervolg: TriageVervolg; urgentie: Urgentie; veiligheid: Veiligheid; metIndicatie?: boolean | null; voorziening?: VoorzieningRef | null }) {
    const id = uuid();
    const toelichting: Record<TriageVervolg, string> = {
      AFGEHANDELD: `Informatie gegeven${t.voorziening ? ` en verwezen naar ${t.voorziening.naam}` : ''}. Inwoner kan zelf verder.`,
      KORTDURENDE_HULP: 'Enkelvoudige vraag; enkele gesprekken door het wijkteam volstaan.',
      VRAAGVERHELDERING: 'Vraag raakt meerdere leefgebieden; keukentafelgesprek plannen.',
      SPOED: 'Veiligheid eerst: direct regie beleggen, brede vraagverheldering later.',
    };
    this.w.rows.triage.push({
      id,
      gemeenteId: this.g,
      meldingId,
      casusId: this.casusId,
      uitkomst: t.uitkomst,
      metIndicatie: t.metIndicatie ?? null,
      vervolg: t.vervolg,
      urgentie: t.urgentie,
      veiligheid: t.veiligheid,
      veiligheidToelichting: t.veiligheid === 'GEEN_ZORGEN' ? null
        : this.h.kinderen.some((k) => k.leeftijd < 18) ? 'Signalen van spanning in huis; melder maakt zich zorgen over de kinderen.'
        : 'Signalen van spanning in huis; melder maakt zich zorgen over de veiligheid.',
      alleLedenBekend: this.rng.chance(0.85),
      voorzieningId: t.voorziening?.id ?? null,
      toelichting: toelichting[t.vervolg],
      doorId,
      op,
    });
    for (const l of this.leefgebieden) this.w.rows.triageLeefgebied.push({ triageId: id, leefgebiedId: l.id, label: l.naam });
    this.casus.urgentie = t.urgentie;
    this.casus.veiligheid = t.veiligheid;
    this.casus.complexiteit = t.uitkomst === 'ENKELVOUDIG' || t.uitkomst === 'INFORMATIE_ADVIES' ? 'LAAG' : t.uitkomst === 'CRISIS' ? 'HOOG' : this.rng.chance(0.6) ? 'MIDDEN' : 'HOOG';
  }

  // ───────────── consent and vraagverheldering ─────────────

  toestemming(op: Date, door: string, opts: { school?: boolean; huisarts?: boolean; ingetrokken?: boolean } = {}) {
    const rng = this.rng;
    const volwassenen = this.h.leden.filter((p) => p.leeftijd >= 18);
    const wijze = rng.weighted<Wijze>([['MONDELING', 40], ['SCHRIFTELIJK', 35], ['DIGITAAL', 25]]);
    const base = { gemeenteId: this.g, huishoudenId: this.h.id, wijze, gegevenOp: dateOnly(op), geldigTot: addDays(dateOnly(op), 365), vastgelegdDoorId: door };
    for (const p of volwassenen.slice(0, 2)) {
      this.w.rows.toestemming.push({ id: uuid(), ...base, persoonId: p.id, soort: 'BESPREKEN_IN_TEAM' });
    }
    const ouder = volwassenen[0] ?? this.h.hoofd;
    if (opts.school) {
      const id = uuid();
      const school = this.rng.pick(SCHOLEN);
      this.w.rows.toestemming.push({ id, ...base, persoonId: this.subject.id, gegevenDoor: this.subject.leeftijd < 16 ? `${ouder.volledigeNaam} (ouder met gezag)` : null, soort: 'DELEN_MET_PARTIJ', partij: school, doel: 'Afstemmen van de aanpak thuis en in de klas' });
      const overleg = addDays(op, 3);
      if (overleg < this.w.clock.now) this.w.rows.gegevensdeling.push({ id: uuid(), gemeenteId: this.g, huishoudenId: this.h.id, partij: school, doel: 'Overleg met de intern begeleider', toestemmingId: id, op: overleg, doorId: door });
    }
    if (opts.huisarts) {
      const huisarts = this.rng.pick(HUISARTSEN);
      this.w.rows.toestemming.push({
        id: uuid(), ...base, persoonId: this.subject.id, soort: 'DELEN_MET_PARTIJ', partij: huisarts, doel: 'Medische informatie voor de vraagverheldering',
        ingetrokkenOp: opts.ingetrokken ? dateOnly(addDays(op, 12)) : null,
      });
    }
  }

  /** A keukentafelgesprek; `planned` is an appointment still to come (no content yet). */
  gesprek(datum: Date, voerderId: string, opts: { afgerond: boolean; verslagOp: Date | null; planned?: boolean; veiligheidSignaal?: boolean }): string {
    const rng = this.rng;
    const id = uuid();
    const held = !opts.planned;
    const themaKey = this.thema.key;
    const geld = themaKey === 'SCHULDEN' || themaKey === 'GEZIN_MULTI';
    const clientondersteunerNaam = held && rng.chance(0.15) ? 'Onafhankelijke cliëntondersteuning Noordkop' : null;
    this.w.rows.gesprek.push({
      id,
      gemeenteId: this.g,
      huishoudenId: this.h.id,
      casusId: this.casusId,
      datum,
      plaats: rng.pick(GESPREK_PLAATSEN),
      clientondersteuningAangeboden: held ? rng.chance(0.9) : false,
      clientondersteunerNaam,
      // A gesprek is only afgerond with all four screenings besproken (lib/domain/gesprek.ts afrondReasons).
      screeningArmoede: held ? (geld ? 'SIGNAAL' : 'GEEN_SIGNAAL') : 'NIET_BESPROKEN',
      screeningSchulden: held ? (geld ? 'SIGNAAL' : 'GEEN_SIGNAAL') : 'NIET_BESPROKEN',
      screeningOnveiligheid: held ? (opts.veiligheidSignaal ? 'SIGNAAL' : 'GEEN_SIGNAAL') : 'NIET_BESPROKEN',
      screeningParticipatie: held ? (themaKey === 'WERK_MEEDOEN' ? 'SIGNAAL' : opts.afgerond || rng.chance(0.7) ? 'GEEN_SIGNAAL' : 'NIET_BESPROKEN') : 'NIET_BESPROKEN',
      screeningToelichting: held && geld ? 'Achterstanden bij meerdere schuldeisers; niet alles wordt betaald.' : null,
      samenvatting: held ? SAMENVATTINGEN[themaKey] : null,
      // The verslag tells the inwoner what was agreed and what happens next (one per line).
      afspraken: held ? this.leefgebieden.slice(0, 3).map((l) => DOMEIN_TEKSTEN[l.key].acties[0].wat).join('\n') : null,
      vervolg: held ? ['De wijkcoach bespreekt de vraag in het wijkteam (met uw toestemming).', 'U krijgt het verslag van dit gesprek thuisgestuurd.', 'Samen maken we binnen enkele weken het ondersteuningsplan.'].join('\n') : null,
      status: opts.afgerond ? 'AFGEROND' : 'CONCEPT',
      verslagVerstuurdOp: opts.verslagOp,
      voerderId,
      createdAt: held ? datum : addDays(datum, -rng.int(3, 8)),
      updatedAt: opts.verslagOp ?? datum,
    });
    if (!held) return id;

    for (const p of this.h.leden.filter((p) => p.leeftijd >= 8)) {
      this.w.rows.gesprekDeelnemer.push({ id: uuid(), gesprekId: id, persoonId: p.id, naam: p.volledigeNaam, rol: 'HUISHOUDEN' });
    }
    if (clientondersteunerNaam) this.w.rows.gesprekDeelnemer.push({ id: uuid(), gesprekId: id, naam: `${rng.pick(['Ellen', 'Rob', 'Samira'])} (${clientondersteunerNaam})`, rol: 'CLIENTONDERSTEUNER' });

    for (const l of this.leefgebieden) {
      const t = DOMEIN_TEKSTEN[l.key];
      const overKind = this.subject.leeftijd < 18 && ['OPVOEDING_ONTWIKKELING', 'GEESTELIJKE_GEZONDHEID', 'WERK_OPLEIDING'].includes(l.key);
      this.w.rows.gesprekLeefgebied.push({
        id: uuid(), gesprekId: id, leefgebiedId: l.id, label: l.naam, persoonId: overKind ? this.subject.id : null,
        situatie: t.situatie, gaatGoed: t.gaatGoed, zorgen: t.zorgen, eigenKracht: t.eigenKracht, wens: t.wens,
      });
    }

    if (themaKey === 'MANTELZORG' || rng.chance(0.3)) {
      const m = rng.pick(MANTELZORGERS);
      const naam = themaKey === 'MANTELZORG' ? this.h.hoofd.volledigeNaam : `${rng.pick(['Anja', 'Peter', 'Marian', 'Rob', 'Yvonne'])} ${this.h.hoofd.naam.achternaam}`;
      const belasting: Belasting = themaKey === 'MANTELZORG' ? rng.pick(['ZWAAR', 'OVERBELAST']) : rng.pick(['LICHT', 'MATIG', 'ZWAAR']);
      this.w.rows.mantelzorg.push({ id: uuid(), gesprekId: id, naam, relatie: themaKey === 'MANTELZORG' ? 'partner' : m.relatie, belasting, ondersteuningsbehoefte: m.behoefte });
    }
    for (const n of rng.sample(NETWERK, rng.int(1, 2))) {
      const naam = n.soort === 'PERSOON' ? `${rng.pick(['Ria', 'Hans', 'Fatma', 'Kees', 'Monique', 'Dirk'])} ${rng.pick(['Smit', 'Kok', 'Demir', 'Visser', 'Bos'])}` : n.relatie === 'kerk' ? 'Protestantse gemeente Den Helder' : 'Voetbalvereniging HRC';
      this.w.rows.netwerkRelatie.push({ id: uuid(), gemeenteId: this.g, huishoudenId: this.h.id, gesprekId: id, soort: n.soort, naam, relatie: n.relatie, bijdrage: n.bijdrage, telefoon: n.soort === 'PERSOON' ? MOBIEL(rng) : null });
      if (n.soort === 'PERSOON' && rng.chance(0.3)) this.w.rows.gesprekDeelnemer.push({ id: uuid(), gesprekId: id, naam: `${naam} (${n.relatie})`, rol: 'NETWERK' });
    }
    return id;
  }

  /** ZRM scores for the adult the question is about, on the leefgebieden that are ZRM domains (not all 13). */
  zrm(datum: Date, beoordelaarId: string, opts: { gesprekId?: string; evaluatieId?: string; vorige?: Map<ZrmDomein, number>; verbetering?: number }): Map<ZrmDomein, number> {
    const persoon = this.subject.leeftijd >= 18 ? this.subject : this.h.hoofd;
    const scores = new Map<ZrmDomein, number>();
    for (const l of this.leefgebieden) {
      if (!l.zrmDomein) continue;
      const vorige = opts.vorige?.get(l.zrmDomein);
      const score = vorige === undefined ? this.rng.weighted([[1, 10], [2, 40], [3, 40], [4, 10]]) : Math.min(5, vorige + this.rng.int(0, opts.verbetering ?? 1));
      scores.set(l.zrmDomein, score);
      this.w.rows.zrmScore.push({
        id: uuid(), gemeenteId: this.g, huishoudenId: this.h.id, persoonId: persoon.id, domein: l.zrmDomein, score,
        datum: dateOnly(datum), beoordelaarId, gesprekId: opts.gesprekId ?? null, evaluatieId: opts.evaluatieId ?? null,
      });
    }
    return scores;
  }

  /**
   * A veiligheidsanalyse on the gemeente's checklist (lib/domain/veiligheid.ts), with answers that lead to the given
   * level, stored the way the app stores them (answers, computed level, reasons).
   */
  veiligheidsanalyse(op: Date, doorId: string, niveau: Veiligheid) {
    const antwoorden: Antwoorden = Object.fromEntries(VEILIGHEID_CHECKLIST.map((item) => [item.code, 'NEE'])) as Antwoorden;
    const kinderen = this.h.kinderen.some((k) => k.leeftijd < 18);
    if (niveau !== 'GEEN_ZORGEN') antwoorden.SPANNING = 'JA';
    if (niveau === 'TWIJFEL') {
      antwoorden.NIET_PLUIS = 'JA';
      antwoorden[kinderen ? 'KINDERMISHANDELING' : 'HUISELIJK_GEWELD'] = 'WEET_NIET';
    }
    if (niveau === 'RISICO' || niveau === 'ACUUT') {
      antwoorden.HUISELIJK_GEWELD = 'JA';
      antwoorden.EERDER_GEWELD = this.rng.pick<Antwoord>(['JA', 'WEET_NIET']);
      if (kinderen) antwoorden.KINDERMISHANDELING = 'JA';
    }
    if (niveau === 'ACUUT') antwoorden.ACUUT_GEVAAR = 'JA';
    const { niveau: berekend, redenen } = assessVeiligheid(antwoorden);
    this.w.rows.veiligheidsanalyse.push({
      id: uuid(), gemeenteId: this.g, huishoudenId: this.h.id, casusId: this.casusId,
      antwoorden: { antwoorden, berekend, eigenOordeel: berekend === niveau ? null : niveau, redenen },
      niveau: maxNiveau(berekend, niveau),
      toelichting: niveau === 'GEEN_ZORGEN' ? 'Checklist doorlopen, geen signalen.' : 'Spanningen in huis lopen hoog op. Consult gedragswetenschapper aangevraagd.',
      doorId, op,
    });
    if (niveau !== 'GEEN_ZORGEN') this.casus.veiligheid = niveau;
  }

  consult(soort: 'VEILIGHEID' | 'NIET_PLUIS' | 'MEEDENKEN', aangevraagd: Date, doorId: string, uiterlijkOp: Date, status: 'OPEN' | 'IN_BEHANDELING' | 'AFGEROND', afgerondOp?: Date) {
    const vraag = {
      VEILIGHEID: 'Weeg de veiligheid van de kinderen: is het vrijwillig kader nog passend, of is een melding bij Veilig Thuis nodig?',
      NIET_PLUIS: 'Niet-pluisgevoel na huisbezoek: moeder oogt uitgeput, kinderen erg stil. Graag meedenken.',
      MEEDENKEN: 'Hoe sluiten we aan bij de licht verstandelijke beperking van vader in het plan?',
    }[soort];
    const gedrag = this.user('gedrag');
    this.w.rows.consult.push({
      id: uuid(), gemeenteId: this.g, huishoudenId: this.h.id, casusId: this.casusId, soort, vraag, aangevraagdDoorId: doorId,
      gedragswetenschapperId: status === 'OPEN' ? null : gedrag, uiterlijkOp: dateOnly(uiterlijkOp), status,
      advies: status === 'AFGEROND' ? 'Vrijwillig kader is passend. Veiligheidsplan met het gezin opstellen; over vier weken opnieuw wegen.' : null,
      afgerondOp: status === 'AFGEROND' ? (afgerondOp ?? addDays(aangevraagd, this.rng.int(1, 4))) : null,
      createdAt: aangevraagd,
    });
  }

  // ───────────── regie and plan ─────────────

  regie(vorm: Regievorm, lead: boolean, who: { regisseurId?: string; aanbiederId?: string; externeNaam?: string }, vanaf: Date, toegewezenDoorId: string, reden: string, einde?: { tot: Date; eindreden: string }): string {
    const id = uuid();
    this.w.rows.regieToewijzing.push({
      id, gemeenteId: this.g, huishoudenId: this.h.id, casusId: this.casusId, vorm, lead,
      regisseurId: who.regisseurId ?? null, aanbiederId: who.aanbiederId ?? null, externeRegisseurNaam: who.externeNaam ?? null,
      vanaf, tot: einde?.tot ?? null, reden, eindreden: einde?.eindreden ?? null, toegewezenDoorId,
    });
    return id;
  }

  plan(actueel: boolean, createdAt: Date): string {
    const id = uuid();
    this.w.rows.ondersteuningsplan.push({ id, gemeenteId: this.g, huishoudenId: this.h.id, casusId: this.casusId, actueel, createdAt });
    return id;
  }

  /**
   * A plan version with questions, goals in the resident's words, actions and the arrangement: eigen kracht,
   * netwerk, algemene voorzieningen, and maatwerk only after those were considered (Wmo 2015 art. 2.3.2 lid 4).
   */
  versie(planId: string, v: {
    nummer: number; status: PlanStatus; opgesteldDoorId: string; monitorDoorId: string; opgesteld: Date;
    evaluatieDatum: Date; vastgesteld?: { op: Date; doorId: string; akkoordOp: Date }; vorigeVersieId?: string;
    maatwerk: MaatwerkKeuze[];
  }): VersieResult {
    const rng = this.rng;
    const versieId = uuid();
    this.w.rows.planVersie.push({
      id: versieId, gemeenteId: this.g, planId, versienummer: v.nummer, status: v.status,
      watGaatGoed: `${DOMEIN_TEKSTEN[this.leefgebieden[0].key].gaatGoed} ${DOMEIN_TEKSTEN[this.leefgebieden[1]?.key ?? this.leefgebieden[0].key].eigenKracht}`,
      monitorDoorId: v.monitorDoorId, contactpersoonId: v.monitorDoorId, evaluatieDatum: dateOnly(v.evaluatieDatum),
      akkoordInwonerOp: v.vastgesteld ? dateOnly(v.vastgesteld.akkoordOp) : v.status === 'TER_AKKOORD' ? null : null,
      akkoordWijze: v.vastgesteld ? rng.pick<Wijze>(['SCHRIFTELIJK', 'DIGITAAL', 'MONDELING']) : null,
      vastgesteldOp: v.vastgesteld?.op ?? null, vastgesteldDoorId: v.vastgesteld?.doorId ?? null,
      vorigeVersieId: v.vorigeVersieId ?? null, opgesteldDoorId: v.opgesteldDoorId,
      createdAt: v.opgesteld, updatedAt: v.vastgesteld?.op ?? v.opgesteld,
    });

    const doelIds: string[] = [];
    const loopt = v.status === 'IN_UITVOERING' || v.status === 'GEEVALUEERD' || v.status === 'VERVANGEN';
    let volgorde = 0;
    for (const l of this.leefgebieden.slice(0, 3)) {
      const t = DOMEIN_TEKSTEN[l.key];
      this.w.rows.planVraag.push({ id: uuid(), planVersieId: versieId, leefgebiedId: l.id, label: l.naam, tekst: t.vraag });
      const doelen = t.doelen.slice(0, rng.chance(0.6) ? 2 : 1);
      doelen.forEach((d, i) => {
        const doelId = uuid();
        doelIds.push(doelId);
        // The horizon the goal itself names ("over drie maanden", "over een jaar"); otherwise it is a first step.
        const horizon: Horizon = /^over drie maanden/i.test(d.tekst) ? 'DRIE_MAANDEN' : /^over een jaar/i.test(d.tekst) ? 'EEN_JAAR' : 'EERSTE_STAP';
        const kindDoel = this.subject.leeftijd < 18 && ['OPVOEDING_ONTWIKKELING', 'WERK_OPLEIDING', 'GEESTELIJKE_GEZONDHEID'].includes(l.key);
        this.w.rows.doel.push({ id: doelId, planVersieId: versieId, leefgebiedId: l.id, label: l.naam, persoonId: kindDoel ? this.subject.id : null, omschrijving: d.tekst, horizon, zichtbaarAan: d.zichtbaar, volgorde: volgorde++ });
        const actie = t.acties[i % t.acties.length];
        const uiterlijk = addDays(dateOnly(v.opgesteld), rng.int(14, 75));
        this.w.rows.actie.push({
          id: uuid(), planVersieId: versieId, doelId, wie: actie.wie, wieNaam: actie.wie === 'INWONER' ? this.h.hoofd.volledigeNaam : null,
          wat: actie.wat, uiterlijk,
          status: loopt ? rng.weighted([['GEDAAN', 45], ['BEZIG', 40], ['OPEN', 15]]) : 'OPEN',
        });
      });
    }

    const item = (soort: ArrangementSoort, omschrijving: string, extra: Partial<Prisma.ArrangementItemCreateManyInput> = {}) => {
      const id = uuid();
      this.w.rows.arrangementItem.push({ id, planVersieId: versieId, soort, omschrijving, ...extra });
      return id;
    };
    item('EIGEN_KRACHT', DOMEIN_TEKSTEN[this.leefgebieden[0].key].eigenKracht, { persoonId: this.h.hoofd.id, doelId: doelIds[0] });
    if (rng.chance(0.75)) item('NETWERK', rng.pick(NETWERK).bijdrage, { doelId: doelIds[1] ?? doelIds[0] });
    const voorzieningen = rng.sample(this.thema.voorzieningen, rng.int(1, 2)).map((k) => this.w.kaart.get(k)).filter((x): x is VoorzieningRef => !!x);
    for (const vz of voorzieningen) item('ALGEMENE_VOORZIENING', `${vz.naam}`, { voorzieningId: vz.id });
    const maatwerk = v.maatwerk.map((keuze) => ({
      keuze,
      itemId: item('MAATWERK', `${keuze.product.naam} voor ${keuze.persoon.naam.voornamen}`, {
        productId: keuze.product.id, persoonId: keuze.persoon.id, doelId: doelIds[0], leveringsvorm: keuze.leveringsvorm,
        eigenKrachtOverwogen: true, netwerkOverwogen: true, algemeneVoorzieningOverwogen: true,
        overwegingToelichting: `Eigen kracht en netwerk zijn ingezet maar onvoldoende; ${voorzieningen[0]?.naam ?? 'een algemene voorziening'} is besproken en dekt de vraag niet volledig.`,
      }),
    }));
    return { versieId, doelIds, maatwerk };
  }

  evaluatie(versieId: string, doelIds: string[], datum: Date, doorId: string, besluit: Prisma.EvaluatieCreateManyInput['besluit']): string {
    const id = uuid();
    const toelichting: Record<string, string> = {
      BIJSTELLEN: 'Een deel van de doelen is bereikt; plan bijgesteld op de leefgebieden waar het nog schuurt.',
      AFSCHALEN: 'Het gaat beter; inzet wordt afgebouwd, netwerk neemt meer over.',
      OPSCHALEN: 'Situatie is complexer dan gedacht; meer inzet nodig.',
      AFSLUITEN: 'Doelen bereikt; inwoner redt het met netwerk en algemene voorzieningen.',
      VOORTZETTEN: 'Op koers; plan loopt door tot de volgende evaluatie.',
    };
    this.w.rows.evaluatie.push({ id, gemeenteId: this.g, casusId: this.casusId, planVersieId: versieId, datum: dateOnly(datum), besluit, toelichting: toelichting[besluit], doorId, createdAt: datum });
    for (const doelId of doelIds) {
      const resultaat = besluit === 'AFSLUITEN' ? this.rng.weighted([['BEHAALD', 75], ['DEELS', 25]] as const) : this.rng.weighted([['BEHAALD', 35], ['DEELS', 45], ['NIET', 20]] as const);
      this.w.rows.doelEvaluatie.push({ id: uuid(), evaluatieId: id, doelId, resultaat, toelichting: resultaat === 'NIET' ? 'Nog niet gelukt; blijft een doel in de nieuwe versie.' : null });
    }
    return id;
  }

  // ───────────── aanvraag, beschikking, toewijzing ─────────────

  /**
   * The opdracht tot beschikking for one maatwerk item, and as far as it got: the backoffice drafts (backoffice), a
   * second person vaststelt (backoffice2: four eyes), then it is sent with the bezwaar deadline (+42 days) and, for
   * zorg in natura, a toewijzing to the aanbieder.
   */
  aanvraag(itemId: string | null, keuze: MaatwerkKeuze, ontvangen: Date, stand: AanvraagStand, opts: { afwijzing?: boolean; verdaging?: boolean } = {}) {
    const rng = this.rng;
    const { product, persoon } = keuze;
    const leveringsvorm = keuze.leveringsvorm;
    const aanvraagId = uuid();
    const ontvangenOp = dateOnly(ontvangen);
    const status: AanvraagStatus = stand.startsWith('BESCHIKT') ? 'BESCHIKT' : stand === 'IN_BEHANDELING_CONCEPT' ? 'IN_BEHANDELING' : (stand as AanvraagStatus);
    const behandelaar = this.user(rng.chance(0.6) ? 'backoffice' : 'backoffice2');
    const row: Prisma.AanvraagCreateManyInput = {
      id: aanvraagId, gemeenteId: this.g, nummer: '', huishoudenId: this.h.id, casusId: this.casusId, persoonId: persoon.id,
      arrangementItemId: itemId, productId: product.id, wet: product.wet, leveringsvorm,
      toelichting: leveringsvorm === 'PGB' ? 'Inwoner kiest een pgb; budgetplan en motivatie bijgevoegd.' : null,
      ontvangenOp, status, behandelaarId: status === 'ONTVANGEN' ? null : behandelaar, createdAt: ontvangen,
    };
    if (opts.verdaging) {
      row.verdaagdOp = addDays(ontvangenOp, 12);
      row.verdagingDagen = 14;
      row.verdagingReden = 'Advies van de ergotherapeut is nodig om te kunnen beslissen.';
    }
    this.w.rows.aanvraag.push(row);
    this.w.numbering.aanvraag.push({ row, op: ontvangen });

    if (stand === 'OPGESCHORT') {
      this.w.rows.opschorting.push({ id: uuid(), gemeenteId: this.g, aanvraagId, van: addDays(ontvangenOp, rng.int(2, 5)), tot: null, reden: 'Wachten op medische informatie van de huisarts (Awb 4:15).', doorId: behandelaar });
    }
    if (!stand.startsWith('BESCHIKT') && stand !== 'IN_BEHANDELING_CONCEPT') return;

    const beschikkingStatus: BeschikkingStatus = stand === 'IN_BEHANDELING_CONCEPT' ? 'CONCEPT' : stand === 'BESCHIKT_VASTGESTELD' ? 'VASTGESTELD' : 'VERZONDEN';
    // Usually decided well within the Wmo term of 14 days; now and then a few days late, as in real life.
    // Nothing is decided after today: the days are capped by the age of the aanvraag.
    const leeftijd = Math.max(0, -this.w.clock.offsetOf(ontvangenOp));
    const beslisDagen = Math.min(leeftijd, product.wet === 'WMO' ? rng.weighted([[rng.int(3, 12), 85], [rng.int(15, 20), 15]]) : rng.int(10, 40));
    const gedraft = this.w.clock.at(this.w.clock.offsetOf(ontvangenOp) + Math.max(0, beslisDagen - 2), 11, rng.int(0, 59));
    const datum = beschikkingStatus === 'CONCEPT' ? null : addDays(ontvangenOp, beslisDagen);
    // Four eyes: drafted by one, vastgesteld by the other (a check constraint refuses the same person).
    const [opsteller, vaststeller] = beschikkingStatus === 'VERZONDEN' && rng.chance(0.4) ? ['backoffice2', 'backoffice'] as const : ['backoffice', 'backoffice2'] as const;
    const besluit = opts.afwijzing ? 'AFWIJZING' : rng.chance(0.1) ? 'GEDEELTELIJKE_TOEKENNING' : 'TOEKENNING';
    const looptijd = product.code === '46A01' ? 42 : product.wet === 'JEUGDWET' ? rng.pick([182, 365]) : product.code === '13A01' ? 180 : 365;
    const ingangsdatum = datum ?? addDays(ontvangenOp, beslisDagen);
    const einddatum = addDays(ingangsdatum, looptijd);
    const verzenddatum = beschikkingStatus === 'VERZONDEN' ? addDays(datum!, Math.min(rng.int(0, 2), -this.w.clock.offsetOf(datum!))) : null;
    const beschikkingId = uuid();
    const wetTekst: Record<Wet, string> = {
      WMO: 'Wet maatschappelijke ondersteuning 2015, artikel 2.3.5; Verordening maatschappelijke ondersteuning Den Helder',
      JEUGDWET: 'Jeugdwet, artikel 2.3; Verordening jeugdhulp Den Helder',
      PARTICIPATIEWET: 'Participatiewet',
    };
    const beschikking: Prisma.BeschikkingCreateManyInput = {
      id: beschikkingId, gemeenteId: this.g, identificatie: '', aanvraagId, huishoudenId: this.h.id, persoonId: persoon.id,
      wet: product.wet, besluit, wettelijkeGrondslag: wetTekst[product.wet],
      motivering: besluit === 'AFWIJZING'
        ? 'Uit het onderzoek blijkt dat de algemene voorziening en het netwerk de ondersteuning kunnen bieden die nodig is.'
        : `Uit het onderzoek (verslag en ondersteuningsplan) blijkt dat eigen kracht, netwerk en algemene voorzieningen onvoldoende zijn. ${product.naam} draagt bij aan de doelen in het plan.`,
      status: beschikkingStatus, datum, ingangsdatum: besluit === 'AFWIJZING' ? null : ingangsdatum,
      vervaldatum: besluit === 'AFWIJZING' ? null : einddatum, vervalreden: besluit === 'AFWIJZING' ? null : 'TIJDELIJK',
      // Awb 6:7 with the Algemene termijnenwet and the decree days the migration preloads (issue 17).
      verzenddatum, uiterlijkeReactiedatum: verzenddatum ? uiterlijkeReactiedatum(verzenddatum, 42, SEED_BESLUITDAGEN) : null, bezwaarTermijnDagen: verzenddatum ? 42 : null,
      opgesteldDoorId: this.user(opsteller),
      vastgesteldDoorId: beschikkingStatus === 'CONCEPT' ? null : this.user(vaststeller),
      vastgesteldOp: datum ? this.w.clock.at(this.w.clock.offsetOf(datum), 15, rng.int(0, 59)) : null,
      createdAt: gedraft, updatedAt: verzenddatum ?? datum ?? gedraft,
    };
    this.w.rows.beschikking.push(beschikking);
    this.w.numbering.beschikking.push({ row: beschikking, op: gedraft });
    if (besluit === 'AFWIJZING') return;

    const [vMin, vMax] = product.volume;
    let volume: number | null = rng.int(vMin, vMax);
    if (besluit === 'GEDEELTELIJKE_TOEKENNING') volume = Math.max(vMin, Math.floor(volume * 0.7));
    const perJaar: Record<string, number> = { '1': 365, '2': 52, '4': 12, '6': 1 };
    let budgetCent: number | null = null;
    if (product.eenheid === '83') {
      budgetCent = volume * 100;
      volume = null;
    } else if (leveringsvorm === 'PGB') {
      // A pgb is a budget for the year at the lower pgb rate (demo figure: 80% of the zin tariff).
      budgetCent = Math.round(volume * product.tariefCent * perJaar[product.frequentie] * 0.8);
    }
    const aanbieder = leveringsvorm === 'ZIN' ? rng.pick(this.w.cat.aanbiedersVoor.get(product.code) ?? this.w.cat.aanbieders) : null;
    const bpId = uuid();
    this.w.rows.beschiktProduct.push({
      id: bpId, beschikkingId, productId: product.id, volume, eenheid: product.eenheid, frequentie: product.frequentie,
      budgetCent, ingangsdatum, einddatum, leveringsvorm, aanbiederId: aanbieder?.id ?? null,
    });
    if (!aanbieder || beschikkingStatus === 'CONCEPT') return;

    const toewijzingOp = this.w.clock.at(this.w.clock.offsetOf(datum!) + rng.int(0, 1), 16, rng.int(0, 59));
    const verzonden = beschikkingStatus === 'VERZONDEN' && this.w.clock.offsetOf(toewijzingOp) < -2;
    const toewijzing: Prisma.ToewijzingCreateManyInput = {
      id: uuid(), gemeenteId: this.g, toewijzingNummer: 0, beschiktProductId: bpId, aanbiederId: aanbieder.id, persoonId: persoon.id,
      productId: product.id, wet: product.wet, toewijzingOp,
      ingangsdatum, einddatum, volume, eenheid: product.eenheid, frequentie: product.frequentie, budgetCent: null,
      redenWijziging: null, commentaar: null, status: verzonden ? 'VERZONDEN' : 'NIEUW', createdAt: toewijzingOp,
    };
    this.w.rows.toewijzing.push(toewijzing);
    this.w.numbering.toewijzing.push({ row: toewijzing, op: toewijzingOp });
  }

  // ───────────── around the casus ─────────────

  betrokkenen(vanaf: Date) {
    const rng = this.rng;
    const g = this.g;
    if (rng.chance(0.5)) {
      const praktijk = rng.pick(HUISARTSEN);
      this.w.rows.betrokkene.push({ id: uuid(), gemeenteId: g, huishoudenId: this.h.id, naam: `Dokter ${rng.pick(['Bakker', 'Jansen', 'El Idrissi', 'Van der Veen'])}`, organisatie: praktijk, rol: 'huisarts', telefoon: `0223-${rng.digits(6)}`, email: 'praktijk@huisarts.example', vanaf: dateOnly(vanaf) });
    }
    const schoolkind = this.h.kinderen.find((k) => k.leeftijd >= 4 && k.leeftijd <= 17);
    if (schoolkind && rng.chance(0.7)) {
      this.w.rows.betrokkene.push({ id: uuid(), gemeenteId: g, huishoudenId: this.h.id, naam: `${rng.pick(['Mevrouw', 'Meneer'])} ${rng.pick(['Dekker', 'Prins', 'Kaya', 'Zeeman'])}`, organisatie: rng.pick(SCHOLEN), rol: `intern begeleider (${schoolkind.naam.voornamen})`, telefoon: `0223-${rng.digits(6)}`, email: 'ib@school.example', vanaf: dateOnly(vanaf) });
    }
    if (this.h.hoofd.leeftijd >= 70 && rng.chance(0.4)) {
      this.w.rows.betrokkene.push({ id: uuid(), gemeenteId: g, huishoudenId: this.h.id, naam: 'Wijkverpleegkundige team Noordkop', organisatie: 'Wijkverpleging Kop van Noord', rol: 'wijkverpleging', telefoon: `0223-${rng.digits(6)}`, email: null, vanaf: dateOnly(vanaf) });
    }
  }

  /** A contactmoment in the journaal: who spoke with whom, when, how long, and a short note. */
  contactmoment(datum: Date, auteurId: string) {
    const rng = this.rng;
    const soort = rng.weighted([['TELEFOON', 40], ['HUISBEZOEK', 25], ['OVERLEG', 15], ['EMAIL', 12], ['CASUISTIEKBESPREKING', 8]] as const);
    const metWie: Record<typeof soort, string> = {
      TELEFOON: `${this.h.hoofd.volledigeNaam} (inwoner)`,
      HUISBEZOEK: this.h.leden.filter((p) => p.leeftijd >= 12).map((p) => p.naam.voornamen).join(', '),
      OVERLEG: rng.pick(['huisarts', 'intern begeleider', 'woonconsulent', 'aanbieder']),
      EMAIL: `${this.h.hoofd.volledigeNaam} (inwoner)`,
      CASUISTIEKBESPREKING: this.team === 'noord' ? 'Sociaal wijkteam Noord' : 'Sociaal wijkteam Zuid',
    };
    const notitie: Record<typeof soort, string> = {
      TELEFOON: 'Gebeld over de voortgang; afspraken van vorige keer lopen. Volgende week terugbellen.',
      HUISBEZOEK: 'Thuis gesproken. Sfeer rustiger dan vorige keer; acties uit het plan doorgenomen.',
      OVERLEG: 'Afgestemd wie wat doet; informatie gedeeld op basis van de toestemming.',
      EMAIL: 'Inwoner mailt dat de afspraak verzet moet worden; nieuwe datum voorgesteld.',
      CASUISTIEKBESPREKING: 'Casus ingebracht in het team; advies: eerst netwerk versterken, dan pas maatwerk.',
    };
    const duur = { TELEFOON: rng.int(5, 25), HUISBEZOEK: rng.int(45, 90), OVERLEG: rng.int(15, 45), EMAIL: 5, CASUISTIEKBESPREKING: rng.int(15, 30) }[soort];
    const createdAt = new Date(Math.min(datum.getTime() + (duur + rng.int(5, 60)) * 60_000, this.w.clock.now.getTime()));
    this.w.rows.contactmoment.push({
      id: uuid(), gemeenteId: this.g, huishoudenId: this.h.id, casusId: this.casusId, soort, datum, duurMinuten: duur,
      metWie: metWie[soort] || this.h.hoofd.volledigeNaam, notitie: notitie[soort], auteurId, createdAt, updatedAt: createdAt,
    });
  }

  taak(titel: string, omschrijving: string, toegewezenAanId: string, uiterlijkOp: Date, aangemaakt: Date, afgerond: Date | null) {
    this.w.rows.taak.push({ id: uuid(), gemeenteId: this.g, huishoudenId: this.h.id, casusId: this.casusId, titel, omschrijving, toegewezenAanId, uiterlijkOp: dateOnly(uiterlijkOp), afgerondOp: afgerond, aangemaaktDoorId: toegewezenAanId, createdAt: aangemaakt });
  }

  opschalingsverzoek(doorId: string, op: Date, status: 'OPEN' | 'TOEGEKEND' | 'AFGEWEZEN', besluitDoorId: string | null, besluitOp: Date | null) {
    this.w.rows.opschalingsverzoek.push({
      id: uuid(), gemeenteId: this.g, casusId: this.casusId, aangevraagdDoorId: doorId,
      reden: 'Meerdere partijen en leefgebieden; afstemming loopt vast. Procesregie met doorzettingsmacht nodig.',
      status, besluitDoorId, besluitOp, besluitToelichting: status === 'TOEGEKEND' ? 'Akkoord: procesregie belegd.' : status === 'AFGEWEZEN' ? 'Nog niet nodig; eerst casusoverleg met alle partijen.' : null,
      createdAt: op,
    });
  }

  opschortingCasus(van: Date, tot: Date | null, doorId: string, reden: string) {
    this.w.rows.opschorting.push({ id: uuid(), gemeenteId: this.g, casusId: this.casusId, van: dateOnly(van), tot: tot ? dateOnly(tot) : null, reden, doorId });
  }

  private coachOfTeam(): string {
    return this.user(this.team === 'noord' ? 'wijkcoach' : 'wijkcoachZuid');
  }
}

/** 64 hex characters, standing in for the hashed address of a public form submission. */
function sha256ish(rng: Rng): string {
  let s = '';
  for (let i = 0; i < 64; i++) s += '0123456789abcdef'[rng.int(0, 15)];
  return s;
}
