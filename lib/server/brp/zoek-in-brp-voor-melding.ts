import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { BRP_FIELDS, BrpError, raadpleegMetBsn, zoekMetGeslachtsnaamEnGeboortedatum, zoekMetPostcodeEnHuisnummer } from '@/lib/brp/client';
import type { BrpPersoonBeperkt } from '@/lib/brp/schema';
import { brpNaam, datumTekst, datumUitBrp } from '@/lib/domain/brp';
import { toIsoDate } from '@/lib/domain/dates';
import { isOpen, naamPast } from '@/lib/domain/melding';
import { DomainError } from '@/lib/errors';
import type { ZoekHuishoudenInput } from '@/lib/validations/melding';
import { vraagBrp } from './vraag-brp';

// The BRP half of the finder at the desk (issue 20): the same three ways of searching as in Wijkregie (BSN, name and
// date of birth, postcode and huisnummer) put to the BRP, so a person who is not yet known is found there too. Only
// while the melding is open (the ground to look). A BRP that does not answer is not an error of the page: the finder
// shows what Wijkregie knows and says that the BRP could not be asked.

export type BrpGevondenPersoon = {
  bsn: string;
  naam: string;
  geboortedatum: Date | null;
  geboorteTekst: string | null;
  /** The adressering lines; null under geheimhouding (the address is not shown outside the dossier). */
  adres: string | null;
  geheimhouding: boolean;
  inOnderzoek: boolean;
  /** The person's id when Wijkregie already knows this BSN. */
  persoonId: string | null;
};

export type BrpZoekResultaat = { personen: BrpGevondenPersoon[]; fout: string | null };

const MAX = 20;

export async function zoekInBrpVoorMelding(actor: Actor, meldingId: string, input: ZoekHuishoudenInput): Promise<BrpZoekResultaat> {
  assertPermission(actor, 'triage:perform');
  const melding = await prisma.melding.findFirst({ where: { id: meldingId, gemeenteId: actor.gemeenteId }, select: { id: true, kenmerk: true, status: true } });
  if (!melding) throw new DomainError('NOT_FOUND', ['Melding niet gevonden.']);
  if (!isOpen(melding.status)) throw new DomainError('FORBIDDEN', ['Zoeken in de BRP kan alleen bij een melding die nog open staat.']);

  let gevonden: BrpPersoonBeperkt[];
  try {
    gevonden = await vraagBrp(actor, { doel: 'melding', verwerking: `zoeken bij melding ${melding.kenmerk}`, vraag: input.zoekwijze }, (config, doel): Promise<BrpPersoonBeperkt[]> => {
      if (input.zoekwijze === 'bsn') return raadpleegMetBsn(config, [input.bsn], BRP_FIELDS.zoeken, doel);
      if (input.zoekwijze === 'naam') {
        // The BRP's name search needs the date of birth; with a postcode only, Wijkregie's own search answers.
        if (!input.geboortedatum) return Promise.resolve([]);
        // The BRP searches on the geslachtsnaam: the last word typed; the whole name is matched below.
        const woorden = input.naam.replace(/[^\p{L}\p{N} .'-]/gu, ' ').trim().split(/\s+/);
        return zoekMetGeslachtsnaamEnGeboortedatum(config, { geslachtsnaam: woorden[woorden.length - 1], geboortedatum: toIsoDate(input.geboortedatum) }, BRP_FIELDS.zoeken, doel);
      }
      const letter = input.toevoeging?.match(/^([A-Z])(?:-(.+))?$/);
      return zoekMetPostcodeEnHuisnummer(config, {
        postcode: input.postcode,
        huisnummer: input.huisnummer,
        huisletter: letter ? letter[1] : undefined,
        huisnummertoevoeging: letter ? letter[2] : input.toevoeging ?? undefined,
      }, BRP_FIELDS.zoeken, doel);
    });
  } catch (error) {
    if (error instanceof BrpError) return { personen: [], fout: error.tekst };
    throw error;
  }
  if (input.zoekwijze === 'naam') {
    gevonden = gevonden.filter((p) => naamPast(input.naam, { voornamen: p.naam?.voornamen ?? '', tussenvoegsel: p.naam?.voorvoegsel, achternaam: p.naam?.geslachtsnaam ?? '' }));
  }
  gevonden = gevonden.filter((p) => p.burgerservicenummer).slice(0, MAX);
  const bekend = await prisma.persoon.findMany({
    where: { gemeenteId: actor.gemeenteId, bsn: { in: gevonden.map((p) => p.burgerservicenummer!) } },
    select: { id: true, bsn: true },
  });
  const bekendeIds = new Map(bekend.map((p) => [p.bsn, p.id]));
  return {
    fout: null,
    personen: gevonden.map((p) => {
      const geheim = p.geheimhoudingPersoonsgegevens === true;
      return {
        bsn: p.burgerservicenummer!,
        naam: brpNaam(p.naam),
        geboortedatum: datumUitBrp(p.geboorte?.datum),
        geboorteTekst: datumTekst(p.geboorte?.datum),
        adres: geheim ? null : [p.adressering?.adresregel1, p.adressering?.adresregel2].filter(Boolean).join(', ') || null,
        geheimhouding: geheim,
        inOnderzoek: Boolean(p.inOnderzoek || p.naam?.inOnderzoek || p.geboorte?.inOnderzoek || p.adressering?.inOnderzoek),
        persoonId: bekendeIds.get(p.burgerservicenummer!) ?? null,
      };
    }),
  };
}
