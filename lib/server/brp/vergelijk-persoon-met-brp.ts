import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { BRP_FIELDS, BrpError, raadpleegMetBsn } from '@/lib/brp/client';
import { adresTekst, brpGegevens, gezagSoortTekst, gezagUitBrp, verschillenMetBrp, type BrpGegevens, type GezagUitBrp, type Verschil } from '@/lib/domain/brp';
import { ageOn } from '@/lib/domain/dates';
import { DomainError } from '@/lib/errors';
import { openDossier } from '@/lib/server/dossier/common';
import { vraagBrp } from './vraag-brp';

// A known person against the BRP (issue 20): what differs, field by field, with "in onderzoek" beside the field, so
// that one click can take the BRP's data over (werk-persoon-bij-uit-brp). A BRP that does not answer gives its Dutch
// message; the dossier stays as it is, marked as not verified.

export type BrpVergelijking =
  | { status: 'FOUT'; fout: string; verschillen?: undefined }
  | { status: 'ONBEKEND'; verschillen: [] }
  | {
      status: 'GEVONDEN'; verschillen: Verschil[]; brp: BrpGegevens; brpAdres: string | null; version: number;
      gezag: (GezagUitBrp & { soortTekst?: string }) | null;
    };

export async function vergelijkPersoonMetBrp(actor: Actor, huishoudenId: string, persoonId: string, today = new Date()): Promise<BrpVergelijking> {
  assertPermission(actor, 'dossier:read');
  const persoon = await prisma.$transaction(async (tx) => {
    await openDossier(tx, actor, huishoudenId, { actie: 'READ', entiteit: 'Persoon', entiteitId: persoonId, after: { brpVergelijking: true } });
    const lid = await tx.huishoudenLidmaatschap.findFirst({
      where: { huishoudenId, persoonId, tot: null },
      select: {
        persoon: { select: { id: true, bsn: true, version: true, voornamen: true, tussenvoegsel: true, achternaam: true, geboortedatum: true, geslacht: true, overledenOp: true } },
        huishouden: { select: { straat: true, huisnummer: true, huisnummerToevoeging: true, postcode: true, woonplaats: true } },
      },
    });
    if (!lid) throw new DomainError('NOT_FOUND', ['Deze persoon hoort niet (meer) bij dit huishouden.']);
    return lid;
  });
  if (!persoon.persoon.bsn) throw new DomainError('INVALID', ['Van deze persoon is geen BSN bekend: vergelijken met de BRP kan niet.']);
  let gevonden;
  try {
    [gevonden] = await vraagBrp(actor, { doel: 'dossier', verwerking: 'vergelijken met de BRP', vraag: 'bsn', huishoudenId, persoonId },
      (config, doel) => raadpleegMetBsn(config, [persoon.persoon.bsn!], BRP_FIELDS.vergelijken, doel));
  } catch (error) {
    if (error instanceof BrpError) return { status: 'FOUT', fout: error.tekst };
    throw error;
  }
  if (!gevonden) return { status: 'ONBEKEND', verschillen: [] };
  const brp = brpGegevens(gevonden);
  const h = persoon.huishouden;
  const verschillen = verschillenMetBrp(persoon.persoon, { straat: h.straat, huisnummer: h.huisnummer, toevoeging: h.huisnummerToevoeging, postcode: h.postcode, woonplaats: h.woonplaats }, brp);
  const minderjarig = brp.geboortedatum !== null && ageOn(brp.geboortedatum, today) < 18;
  const gezag = minderjarig ? gezagUitBrp(brp.bsn, gevonden.gezag) : null;
  return {
    status: 'GEVONDEN', verschillen, brp, version: persoon.persoon.version,
    brpAdres: brp.adres ? adresTekst(brp.adres) : null,
    gezag: gezag && (gezag.bron === 'BRP' ? { ...gezag, soortTekst: gezagSoortTekst(gezag.soort) } : gezag),
  };
}
