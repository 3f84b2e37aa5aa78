import 'server-only';
import { prisma, type Tx } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { toCalendarDay } from '@/lib/domain/dates';
import { isOpen, naamPast, volledigeNaam } from '@/lib/domain/melding';
import { AFGESCHERMD_ADRES } from '@/lib/domain/brp';
import { formatHuisnummer } from '@/lib/domain/postcode';
import { DomainError } from '@/lib/errors';
import type { Fase, HuishoudenRol } from '@/lib/generated/prisma/enums';
import { recordAudit } from '@/lib/server/audit/record';
import type { ZoekHuishoudenInput } from '@/lib/validations/melding';

// The finder inside the melding flow: which household is this melding about? Searching by BSN, by name with a date of
// birth and/or a postcode, or by address. It shows only what is needed to choose (names, birth years, address, the open casus), and
// only while the melding is open: the open melding is the front office's ground to look (need-to-know). Every
// household shown is written to the access log with the melding as the reason.

export const MAX_RESULTATEN = 10;

export type GevondenLid = { persoonId: string; naam: string; geboortejaar: number | null; rol: HuishoudenRol; past: boolean };
export type GevondenHuishouden = {
  id: string;
  naam: string;
  adres: string;
  postcode: string;
  woonplaats: string;
  wijk: string | null;
  leden: GevondenLid[];
  openCasus: { nummer: string; fase: Fase } | null;
};
export type GevondenPersoon = { id: string; naam: string; geboortedatum: Date | null; bsnBekend: boolean };

export type ZoekResultaat = { huishoudens: GevondenHuishouden[]; personenZonderHuishouden: GevondenPersoon[]; meer: boolean };

const PERSOON = { id: true, voornamen: true, tussenvoegsel: true, achternaam: true, geboortedatum: true, bsn: true } as const;

async function matchingPersons(tx: Tx, gemeenteId: string, input: ZoekHuishoudenInput) {
  if (input.zoekwijze === 'bsn') {
    return tx.persoon.findMany({ where: { gemeenteId, bsn: input.bsn, overledenOp: null }, select: PERSOON, take: 1 });
  }
  if (input.zoekwijze === 'naam') {
    // The date narrows to a handful of people (index on gemeenteId, geboortedatum), the postcode to the people living
    // there (index on Huishouden gemeenteId, postcode); the name is matched here.
    const nearby = await tx.persoon.findMany({
      where: {
        gemeenteId,
        overledenOp: null,
        ...(input.geboortedatum ? { geboortedatum: toCalendarDay(input.geboortedatum) } : {}),
        ...(input.postcode ? { lidmaatschappen: { some: { tot: null, huishouden: { postcode: input.postcode, geanonimiseerdOp: null } } } } : {}),
      },
      select: PERSOON,
      take: 500,
    });
    return nearby.filter((p) => naamPast(input.naam, p));
  }
  return [];
}

export async function findHuishoudenVoorMelding(actor: Actor, meldingId: string, input: ZoekHuishoudenInput): Promise<ZoekResultaat> {
  assertPermission(actor, 'triage:perform');
  return prisma.$transaction(async (tx) => {
    const melding = await tx.melding.findFirst({ where: { id: meldingId, gemeenteId: actor.gemeenteId }, select: { id: true, kenmerk: true, status: true } });
    if (!melding) throw new DomainError('NOT_FOUND', ['Melding niet gevonden.']);
    if (!isOpen(melding.status)) throw new DomainError('FORBIDDEN', ['Zoeken naar een huishouden kan alleen bij een melding die nog open staat.']);

    const persons = await matchingPersons(tx, actor.gemeenteId, input);
    const personIds = new Set(persons.map((p) => p.id));
    const huishoudenWhere =
      input.zoekwijze === 'adres'
        ? {
            gemeenteId: actor.gemeenteId,
            geanonimiseerdOp: null,
            postcode: input.postcode,
            huisnummer: input.huisnummer,
            ...(input.toevoeging ? { huisnummerToevoeging: { equals: input.toevoeging, mode: 'insensitive' as const } } : {}),
          }
        : { gemeenteId: actor.gemeenteId, geanonimiseerdOp: null, leden: { some: { persoonId: { in: [...personIds] }, tot: null } } };

    const rows = await tx.huishouden.findMany({
      where: huishoudenWhere,
      orderBy: [{ naam: 'asc' }],
      take: MAX_RESULTATEN + 1,
      select: {
        id: true, naam: true, straat: true, huisnummer: true, huisnummerToevoeging: true, postcode: true, woonplaats: true,
        wijk: { select: { naam: true } },
        leden: { where: { tot: null }, orderBy: [{ rol: 'asc' }, { vanaf: 'asc' }], select: { rol: true, persoon: { select: { ...PERSOON, geheimhouding: true } } } },
        casussen: { where: { fase: { not: 'AFGESLOTEN' } }, select: { nummer: true, fase: true }, take: 1 },
      },
    });
    const meer = rows.length > MAX_RESULTATEN;
    const geheim = (h: (typeof rows)[number]) => h.leden.some((l) => l.persoon.geheimhouding); // issue 20: the address stays inside the dossier
    const huishoudens = rows.slice(0, MAX_RESULTATEN).map((h) => ({
      id: h.id,
      naam: h.naam,
      adres: geheim(h) ? AFGESCHERMD_ADRES : `${h.straat} ${formatHuisnummer({ huisnummer: h.huisnummer, toevoeging: h.huisnummerToevoeging })}`,
      postcode: geheim(h) ? '' : h.postcode,
      woonplaats: geheim(h) ? '' : h.woonplaats,
      wijk: h.wijk?.naam ?? null,
      leden: h.leden.map((l) => ({
        persoonId: l.persoon.id,
        naam: volledigeNaam(l.persoon),
        geboortejaar: l.persoon.geboortedatum?.getUTCFullYear() ?? null,
        rol: l.rol,
        past: personIds.has(l.persoon.id),
      })),
      openCasus: h.casussen[0] ?? null,
    }));

    const inHuishouden = new Set(huishoudens.flatMap((h) => h.leden.map((l) => l.persoonId)));
    const zonder = persons.length
      ? await tx.persoon.findMany({
          where: { id: { in: persons.filter((p) => !inHuishouden.has(p.id)).map((p) => p.id) }, lidmaatschappen: { none: { tot: null } } },
          select: PERSOON,
          take: MAX_RESULTATEN,
        })
      : [];

    for (const h of huishoudens) {
      await recordAudit(tx, actor, {
        actie: 'SEARCH', entiteit: 'Huishouden', entiteitId: h.id, huishoudenId: h.id,
        context: `zoeken bij melding ${melding.kenmerk}`, after: { zoekwijze: input.zoekwijze },
      });
    }
    for (const p of zonder) {
      await recordAudit(tx, actor, { actie: 'SEARCH', entiteit: 'Persoon', entiteitId: p.id, persoonId: p.id, context: `zoeken bij melding ${melding.kenmerk}`, after: { zoekwijze: input.zoekwijze } });
    }
    return {
      huishoudens,
      personenZonderHuishouden: zonder.map((p) => ({ id: p.id, naam: volledigeNaam(p), geboortedatum: p.geboortedatum, bsnBekend: Boolean(p.bsn) })),
      meer,
    };
  });
}
