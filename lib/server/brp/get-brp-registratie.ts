import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { BRP_FIELDS, raadpleegMetBsn, zoekMetPostcodeEnHuisnummer } from '@/lib/brp/client';
import type { BrpPersoon } from '@/lib/brp/schema';
import {
  adresTekst, andereGemeente, brpGegevens, brpNaam, datumUitBrp, gezagSoortTekst, gezagUitBrp, rolVanMedebewoner, rolVoorRelatie, type BrpGegevens, type GezagUitBrp,
} from '@/lib/domain/brp';
import { ageOn } from '@/lib/domain/dates';
import { isOpen } from '@/lib/domain/melding';
import { DomainError } from '@/lib/errors';
import type { HuishoudenRol } from '@/lib/generated/prisma/enums';
import { vraagBrp } from './vraag-brp';

// Registering from the BRP at the desk, the page part (issue 20): the person as the BRP has them, and who is offered as
// household members — everyone registered at the same address, and the partners, children and parents from the BRP.
// Nothing is typed again: the form only chooses members and roles; registering asks the BRP again.

export type BrpKandidaat = {
  bsn: string;
  naam: string;
  geboortedatum: Date | null;
  rol: HuishoudenRol;
  relatie: 'partner' | 'kind' | 'ouder' | null;
  opAdres: boolean;
  /** Already known in Wijkregie with a current household: cannot be added here. */
  alInHuishouden: string | null;
};

export type BrpRegistratie = {
  hoofd: BrpGegevens & { naam: string; adresTekst: string | null; minderjarig: boolean; gezag: (GezagUitBrp & { soortTekst?: string }) | null };
  kandidaten: BrpKandidaat[];
  /** The person is known in Wijkregie with a current household. */
  alInHuishouden: string | null;
  /** The BRP has the person in another gemeente than ours: registering needs a reason. */
  andereGemeente: { code: string; naam: string } | null;
};

export async function getBrpRegistratie(actor: Actor, meldingId: string, bsn: string, today = new Date()): Promise<BrpRegistratie> {
  assertPermission(actor, 'triage:perform');
  const melding = await prisma.melding.findFirst({ where: { id: meldingId, gemeenteId: actor.gemeenteId }, select: { kenmerk: true, status: true } });
  if (!melding) throw new DomainError('NOT_FOUND', ['Melding niet gevonden.']);
  if (!isOpen(melding.status)) throw new DomainError('FORBIDDEN', ['Registreren uit de BRP kan alleen bij een melding die nog open staat.']);
  const verwerking = `registreren bij melding ${melding.kenmerk}`;

  const [persoon] = await vraagBrp(actor, { doel: 'melding', verwerking, vraag: 'bsn' }, (config, doel) => raadpleegMetBsn(config, [bsn], BRP_FIELDS.registreren, doel));
  if (!persoon) throw new DomainError('NOT_FOUND', ['De BRP kent dit BSN niet.']);
  const hoofd = brpGegevens(persoon);

  const bewoners = hoofd.adres
    ? await vraagBrp(actor, { doel: 'melding', verwerking, vraag: 'adres' }, (config, doel) => {
        const letter = hoofd.adres!.toevoeging?.match(/^([A-Z])(?:-(.+))?$/);
        return zoekMetPostcodeEnHuisnummer(config, {
          postcode: hoofd.adres!.postcode, huisnummer: hoofd.adres!.huisnummer,
          huisletter: letter?.[1], huisnummertoevoeging: letter ? letter[2] : hoofd.adres!.toevoeging ?? undefined,
        }, BRP_FIELDS.zoeken, doel);
      })
    : [];

  // How the co-residents relate to this person, from their side too (the BRP does not always register both sides).
  const medebewoners = bewoners.map((b) => b.burgerservicenummer).filter((b): b is string => Boolean(b) && b !== bsn).slice(0, 20);
  const relatiesVan = new Map(
    (medebewoners.length ? await vraagBrp(actor, { doel: 'melding', verwerking, vraag: 'bsn' }, (config, doel) => raadpleegMetBsn(config, medebewoners, BRP_FIELDS.relaties, doel)) : [])
      .map((p) => [p.burgerservicenummer, p]),
  );
  const kandidaten = new Map<string, BrpKandidaat>();
  const relatieVan = (rol: HuishoudenRol): BrpKandidaat['relatie'] => (rol === 'PARTNER' ? 'partner' : rol === 'KIND' ? 'kind' : rol === 'OUDER' ? 'ouder' : null);
  for (const b of bewoners) {
    if (!b.burgerservicenummer || b.burgerservicenummer === bsn) continue;
    const rol = rolVanMedebewoner(bsn, persoon, b.burgerservicenummer, relatiesVan.get(b.burgerservicenummer));
    kandidaten.set(b.burgerservicenummer, {
      bsn: b.burgerservicenummer, naam: brpNaam(b.naam), geboortedatum: datumUitBrp(b.geboorte?.datum), rol, relatie: relatieVan(rol), opAdres: true, alInHuishouden: null,
    });
  }
  const relaties: NonNullable<BrpPersoon['partners']> = [...(persoon.partners ?? []), ...(persoon.kinderen ?? []), ...(persoon.ouders ?? [])];
  for (const r of relaties) {
    if (!r.burgerservicenummer || r.burgerservicenummer === bsn || kandidaten.has(r.burgerservicenummer)) continue;
    const rol = rolVoorRelatie(persoon, r.burgerservicenummer);
    kandidaten.set(r.burgerservicenummer, {
      bsn: r.burgerservicenummer, naam: brpNaam(r.naam), geboortedatum: datumUitBrp(r.geboorte?.datum), rol, relatie: relatieVan(rol), opAdres: false, alInHuishouden: null,
    });
  }

  const bekend = await prisma.persoon.findMany({
    where: { gemeenteId: actor.gemeenteId, bsn: { in: [bsn, ...kandidaten.keys()] } },
    select: { bsn: true, lidmaatschappen: { where: { tot: null }, select: { huishouden: { select: { naam: true } } } } },
  });
  let alInHuishouden: string | null = null;
  for (const p of bekend) {
    const huidig = p.lidmaatschappen[0]?.huishouden.naam ?? null;
    if (p.bsn === bsn) alInHuishouden = huidig;
    else if (p.bsn && kandidaten.has(p.bsn)) kandidaten.get(p.bsn)!.alInHuishouden = huidig;
  }

  const minderjarig = hoofd.geboortedatum !== null && ageOn(hoofd.geboortedatum, today) < 18;
  const gezag = minderjarig ? gezagUitBrp(bsn, persoon.gezag) : null;
  return {
    hoofd: {
      ...hoofd,
      naam: brpNaam(persoon.naam),
      adresTekst: hoofd.adres ? adresTekst(hoofd.adres) : null,
      minderjarig,
      gezag: gezag && (gezag.bron === 'BRP' ? { ...gezag, soortTekst: gezagSoortTekst(gezag.soort) } : gezag),
    },
    kandidaten: [...kandidaten.values()].sort((a, b) => Number(b.opAdres) - Number(a.opAdres) || (a.geboortedatum?.getTime() ?? 0) - (b.geboortedatum?.getTime() ?? 0)),
    alInHuishouden,
    andereGemeente: andereGemeente(hoofd, (await prisma.gemeente.findUniqueOrThrow({ where: { id: actor.gemeenteId }, select: { gemeentecode: true } })).gemeentecode),
  };
}
