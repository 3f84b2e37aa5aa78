import 'server-only';
import { prisma, type Tx } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { BRP_FIELDS, raadpleegMetBsn } from '@/lib/brp/client';
import type { BrpPersoon } from '@/lib/brp/schema';
import { ANDERE_GEMEENTE_REDEN_NODIG, andereGemeente, brpGegevens, gezagUitBrp, rolVoorRelatie, zelfdeAdres, type BrpGegevens } from '@/lib/domain/brp';
import { addCalendarDays, ageOn, toCalendarDay } from '@/lib/domain/dates';
import { volledigeNaam } from '@/lib/domain/melding';
import { findWijkForPostcode } from '@/lib/domain/postcode';
import { DomainError } from '@/lib/errors';
import type { HuishoudenRol } from '@/lib/generated/prisma/enums';
import { recordAudit } from '@/lib/server/audit/record';
import { attachMelding, loadOpenMelding } from '@/lib/server/melding/attach';
import type { RegistreerUitBrpInput } from '@/lib/validations/brp';
import { vraagBrp } from './vraag-brp';

/** The person's fields as the BRP has them, for a new or an updated Persoon. */
export const persoonDataUitBrp = (g: BrpGegevens, nu: Date) => ({
  voornamen: g.voornamen,
  tussenvoegsel: g.tussenvoegsel,
  achternaam: g.achternaam,
  geboortedatum: g.geboortedatum,
  geslacht: g.geslacht,
  overledenOp: g.overledenOp,
  geheimhouding: g.geheimhouding,
  brpInOnderzoek: g.inOnderzoek,
  brpGeverifieerdOp: nu,
});

/**
 * Gezag over a minor from the BRP (issue 20): one Vertegenwoordiging per holder, marked as coming from the BRP, linked
 * to the holder's Persoon when Wijkregie knows them; when the BRP says nothing the person record says so
 * (gezagBron BRP_ONBEKEND) and a person must decide. Earlier BRP rows end yesterday: the BRP is the source, not history.
 */
export async function legGezagVast(tx: Tx, actor: Actor, persoonId: string, minderjarigeBsn: string, gezag: BrpPersoon['gezag'], huishoudenId: string | null, today: Date) {
  const uitBrp = gezagUitBrp(minderjarigeBsn, gezag);
  // A person's decision (stelGezagVast) stands while the BRP still names no one or has its gezag in onderzoek; once
  // the BRP names the holders without doubt, the BRP is the source again and the decision ends today.
  const huidig = await tx.persoon.findUniqueOrThrow({ where: { id: persoonId }, select: { gezagBron: true } });
  if (huidig.gezagBron === 'MEDEWERKER' && (uitBrp.bron === 'BRP_ONBEKEND' || uitBrp.inOnderzoek)) {
    return;
  }
  // `tot` is the last day a row holds: what the BRP (or a person) said before holds until yesterday.
  await tx.vertegenwoordiging.updateMany({ where: { persoonId, bron: { in: ['BRP', 'MEDEWERKER'] }, OR: [{ tot: null }, { tot: { gte: today } }] }, data: { tot: addCalendarDays(today, -1) } });
  if (uitBrp.bron === 'BRP_ONBEKEND') {
    await tx.persoon.update({ where: { id: persoonId }, data: { gezagBron: 'BRP_ONBEKEND', gezagToelichting: uitBrp.toelichting } });
  } else {
    const bsns = uitBrp.houders.map((h) => h.bsn).filter((b): b is string => Boolean(b));
    const bekend = bsns.length ? await tx.persoon.findMany({ where: { gemeenteId: actor.gemeenteId, bsn: { in: bsns } }, select: { id: true, bsn: true } }) : [];
    const idVan = new Map(bekend.map((p) => [p.bsn, p.id]));
    for (const h of uitBrp.houders) {
      const vertegenwoordigerId = h.bsn ? idVan.get(h.bsn) ?? null : null;
      await tx.vertegenwoordiging.create({
        data: {
          gemeenteId: actor.gemeenteId, persoonId, soort: uitBrp.soort === 'Voogdij' ? 'VOOGD' : 'GEZAG', bron: 'BRP', vanaf: today,
          vertegenwoordigerId, naam: vertegenwoordigerId ? null : h.naam,
        },
      });
    }
    await tx.persoon.update({ where: { id: persoonId }, data: { gezagBron: 'BRP', gezagToelichting: uitBrp.inOnderzoek ? 'Het gezag is in onderzoek bij de BRP.' : null } });
  }
  await recordAudit(tx, actor, {
    actie: 'GEZAG_UIT_BRP', entiteit: 'Persoon', entiteitId: persoonId, persoonId, huishoudenId,
    after: uitBrp.bron === 'BRP' ? { bron: 'BRP', soort: uitBrp.soort, houders: uitBrp.houders.length } : { bron: 'BRP_ONBEKEND' },
  });
}

/**
 * A new household from the BRP for the person a melding is about (issue 20): the BRP is asked again here (the form
 * only chose members and roles), every member must be registered at the same address or be a partner, child or
 * parent in the BRP, the persons get the BRP's data (no retyping; known persons without a household are brought up to
 * date), gezag over minors is taken from the BRP, and the melding is attached as with a typed household.
 */
export async function registreerHuishoudenUitBrp(actor: Actor, input: RegistreerUitBrpInput, today = new Date()) {
  assertPermission(actor, 'triage:perform');
  const kenmerk = (await prisma.melding.findFirst({ where: { id: input.meldingId, gemeenteId: actor.gemeenteId }, select: { kenmerk: true } }))?.kenmerk;
  if (!kenmerk) throw new DomainError('NOT_FOUND', ['Melding niet gevonden.']);
  const bsns = [input.bsn, ...input.leden.map((l) => l.bsn).filter((b) => b !== input.bsn)];
  const personen = await vraagBrp(actor, { doel: 'melding', verwerking: `registreren bij melding ${kenmerk}`, vraag: 'bsn' }, (config, doel) => raadpleegMetBsn(config, bsns, BRP_FIELDS.registreren, doel));
  const perBsn = new Map(personen.map((p) => [p.burgerservicenummer!, p]));
  const hoofdBrp = perBsn.get(input.bsn);
  if (!hoofdBrp) throw new DomainError('NOT_FOUND', ['De BRP kent dit BSN niet.']);
  const hoofd = brpGegevens(hoofdBrp);
  if (!hoofd.adres) throw new DomainError('INVALID', ['De BRP heeft geen woonadres in Nederland voor deze persoon. Maak het huishouden met het formulier "Nieuw huishouden aanmaken".']);
  if (hoofd.overledenOp) throw new DomainError('INVALID', ['Deze persoon is volgens de BRP overleden.']);

  const leden: { bsn: string; rol: HuishoudenRol; brp: BrpPersoon }[] = [];
  for (const lid of input.leden) {
    if (lid.bsn === input.bsn) continue;
    const brp = perBsn.get(lid.bsn);
    if (!brp) throw new DomainError('INVALID', [`De BRP kent BSN ${lid.bsn} niet.`]);
    const g = brpGegevens(brp);
    const opAdres = g.adres !== null && zelfdeAdres(g.adres, hoofd.adres);
    const familie = rolVoorRelatie(hoofdBrp, lid.bsn) !== 'OVERIG' || rolVoorRelatie(brp, input.bsn) !== 'OVERIG'; // either side may name the other
    if (!opAdres && !familie) {
      throw new DomainError('INVALID', [`${volledigeNaam(g)} woont volgens de BRP niet op dit adres en is geen partner, kind of ouder.`]);
    }
    leden.push({ bsn: lid.bsn, rol: lid.rol, brp });
  }

  // Issue 20: someone the BRP has in another gemeente is registered here only with a reason, kept on the person.
  const { gemeentecode } = await prisma.gemeente.findUniqueOrThrow({ where: { id: actor.gemeenteId }, select: { gemeentecode: true } });
  const elders = new Map([{ bsn: input.bsn, brp: hoofdBrp }, ...leden].flatMap(({ bsn, brp }) => {
    const andere = andereGemeente(brpGegevens(brp), gemeentecode);
    return andere ? [[bsn, andere] as const] : [];
  }));
  if (elders.size && !input.redenAndereGemeente) {
    throw new DomainError('INVALID', [ANDERE_GEMEENTE_REDEN_NODIG], { redenAndereGemeente: [ANDERE_GEMEENTE_REDEN_NODIG] });
  }

  const nu = new Date();
  const dag = toCalendarDay(today);
  return prisma.$transaction(async (tx) => {
    const melding = await loadOpenMelding(tx, actor, input.meldingId, input.version);
    const details = await tx.melding.findUniqueOrThrow({ where: { id: melding.id }, select: { overZichzelf: true, telefoon: true, email: true } });
    const bestaand = await tx.persoon.findMany({
      where: { gemeenteId: actor.gemeenteId, bsn: { in: [input.bsn, ...leden.map((l) => l.bsn)] } },
      select: { id: true, bsn: true, voornamen: true, tussenvoegsel: true, achternaam: true, lidmaatschappen: { where: { tot: null }, select: { huishouden: { select: { naam: true } } } } },
    });
    const bezet = bestaand.filter((p) => p.lidmaatschappen.length);
    if (bezet.length) {
      throw new DomainError('CONFLICT', bezet.map((p) => `${volledigeNaam(p)} hoort al bij ${p.lidmaatschappen[0].huishouden.naam}. Koppel de melding aan dat huishouden, of laat deze persoon weg.`));
    }
    const bestaandId = new Map(bestaand.map((p) => [p.bsn!, p.id]));

    const ranges = await tx.postcodeGebied.findMany({ where: { gemeenteId: actor.gemeenteId }, select: { wijkId: true, postcodeVan: true, postcodeTot: true } });
    const huishouden = await tx.huishouden.create({
      data: {
        gemeenteId: actor.gemeenteId,
        naam: `Huishouden ${[hoofd.tussenvoegsel, hoofd.achternaam].filter(Boolean).join(' ')}`,
        straat: hoofd.adres!.straat,
        huisnummer: hoofd.adres!.huisnummer,
        huisnummerToevoeging: hoofd.adres!.toevoeging,
        postcode: hoofd.adres!.postcode,
        woonplaats: hoofd.adres!.woonplaats,
        wijkId: findWijkForPostcode(hoofd.adres!.postcode, ranges),
      },
      select: { id: true },
    });

    const ids = new Map<string, string>();
    for (const { bsn, rol, brp } of [{ bsn: input.bsn, rol: 'HOOFDBEWONER' as HuishoudenRol, brp: hoofdBrp }, ...leden]) {
      const g = brpGegevens(brp);
      const elders_ = elders.get(bsn);
      const data = { ...persoonDataUitBrp(g, nu), brpAndereGemeente: elders_?.code ?? null, brpAndereGemeenteReden: elders_ ? input.redenAndereGemeente : null };
      const eerder = bestaandId.get(bsn);
      const persoon = eerder
        ? await tx.persoon.update({ where: { id: eerder }, data: { ...data, version: { increment: 1 } }, select: { id: true } })
        : await tx.persoon.create({
            data: {
              gemeenteId: actor.gemeenteId, bsn, ...data,
              telefoon: bsn === input.bsn && details.overZichzelf ? details.telefoon : null,
              email: bsn === input.bsn && details.overZichzelf ? details.email : null,
            },
            select: { id: true },
          });
      ids.set(bsn, persoon.id);
      await tx.huishoudenLidmaatschap.create({ data: { gemeenteId: actor.gemeenteId, huishoudenId: huishouden.id, persoonId: persoon.id, rol, vanaf: dag } });
      await recordAudit(tx, actor, {
        actie: eerder ? 'PERSOON_BIJGEWERKT_UIT_BRP' : 'PERSOON_UIT_BRP', entiteit: 'Persoon', entiteitId: persoon.id, persoonId: persoon.id, huishoudenId: huishouden.id,
        context: `registreren bij melding ${melding.kenmerk}`, after: { rol, geheimhouding: g.geheimhouding, inOnderzoek: g.inOnderzoek, andereGemeente: elders.get(bsn)?.code ?? null },
      });
    }
    for (const { bsn, brp } of [{ bsn: input.bsn, brp: hoofdBrp }, ...leden]) {
      const g = brpGegevens(brp);
      if (g.geboortedatum && ageOn(g.geboortedatum, today) < 18) await legGezagVast(tx, actor, ids.get(bsn)!, bsn, brp.gezag, huishouden.id, dag);
    }
    const result = await attachMelding(tx, actor, melding, huishouden.id, { actie: 'HUISHOUDEN_AANGEMAAKT', nieuwHuishouden: true });
    return { huishoudenId: huishouden.id, persoonIds: [...ids.values()], ...result };
  });
}
