import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { PageHeader, Section } from '@/components/ui/page';
import { can } from '@/lib/auth/permissions';
import { getActorGemeente, requirePagePermission } from '@/lib/auth/session';
import { FASE_LABELS } from '@/lib/domain/casus-transitions';
import { formatDatum, formatDatumKort } from '@/lib/domain/dates';
import {
  HUISHOUDEN_ROL_LABELS, KANAAL_LABELS, MELDING_STATUS_LABELS, TRIAGE_UITKOMST_LABELS, TRIAGE_VERVOLG_LABELS, URGENTIE_LABELS,
  VEILIGHEID_LABELS, VERWIJZER_SOORT_LABELS,
} from '@/lib/domain/labels';
import { isOpen, meldingTermijn } from '@/lib/domain/melding';
import { formatHuisnummer, formatPostcode } from '@/lib/domain/postcode';
import { toUserMessage } from '@/lib/errors';
import { getBesluitdagen } from '@/lib/server/termijnwet/besluitdagen';
import { TermijnUitleg } from '@/components/termijn-uitleg';
import { findHuishoudenVoorMelding, type ZoekResultaat } from '@/lib/server/huishouden/find-huishouden-voor-melding';
import { getMelding } from '@/lib/server/melding/get-melding';
import { parseZoekHuishouden } from '@/lib/validations/melding';
import { isValidBsn } from '@/lib/domain/bsn';
import { BRP_VELD_LABELS } from '@/lib/domain/brp';
import { getBrpRegistratie, type BrpRegistratie } from '@/lib/server/brp/get-brp-registratie';
import { zoekInBrpVoorMelding, type BrpZoekResultaat } from '@/lib/server/brp/zoek-in-brp-voor-melding';
import { BrpRegistratieForm } from './brp';
import { KoppelForm, NieuwHuishoudenForm, type NieuwHuishoudenDefaults } from './forms';
import { Zoekformulieren } from './zoekformulieren';
import { dagenGeleden } from '@/lib/domain/dagen-geleden';
import { readOrRefuse } from '@/lib/auth/refuse';

export const metadata: Metadata = { title: 'Melding' };

type Search = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function Rij({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-slate-100 py-2 sm:grid-cols-3">
      <dt className="font-semibold text-slate-700">{label}</dt>
      <dd className="sm:col-span-2">{children}</dd>
    </div>
  );
}

export default async function MeldingPage({ params, searchParams }: { params: Promise<{ meldingId: string }>; searchParams: Promise<Search> }) {
  const actor = await requirePagePermission('melding:read');
  const { meldingId } = await params;
  const search = await searchParams;
  const [{ melding, huishouden, huishoudenGeenToegang, geregistreerdDoor, triageDoor, verloop }, gemeente, besluitdagen] = await Promise.all([readOrRefuse(getMelding(actor, meldingId)), getActorGemeente(actor), getBesluitdagen()]);
  const open = isOpen(melding.status);
  const magTrieren = can(actor, 'triage:perform');
  const termijn = meldingTermijn(melding.ontvangenOp, new Date(), besluitdagen, gemeente.onderzoekTermijnDagen);

  // The finder: a GET search on this page, so it works without JavaScript and the back button keeps it.
  const zoekValues = Object.fromEntries(Object.entries(search).map(([k, v]) => [k, one(v) ?? '']));
  let zoekResultaat: ZoekResultaat | null = null;
  let zoekErrors: Record<string, string[]> = {};
  let zoekFout: string | null = null;
  let brpResultaat: BrpZoekResultaat | null = null;
  if (open && magTrieren && zoekValues.zoekwijze) {
    const parsed = parseZoekHuishouden(zoekValues);
    if (!parsed.success) zoekErrors = parsed.fieldErrors;
    else {
      try {
        // Issue 20: the same question to the BRP, beside what Wijkregie knows; a BRP that does not answer is a message, not an error.
        [zoekResultaat, brpResultaat] = await Promise.all([findHuishoudenVoorMelding(actor, melding.id, parsed.data), zoekInBrpVoorMelding(actor, melding.id, parsed.data)]);
      } catch (error) {
        zoekFout = toUserMessage(error);
      }
    }
  }
  // Issue 20: registering from the BRP, for the BSN chosen in the BRP results.
  const brpBsn = one(search.brp);
  let brpRegistratie: BrpRegistratie | null = null;
  let brpRegistratieFout: string | null = null;
  if (open && magTrieren && brpBsn && /^\d{9}$/.test(brpBsn) && isValidBsn(brpBsn)) {
    try {
      brpRegistratie = await getBrpRegistratie(actor, melding.id, brpBsn);
    } catch (error) {
      brpRegistratieFout = toUserMessage(error);
    }
  }
  const [voornaam, ...rest] = melding.naam.split(/\s+/);
  const gekozenPersoon = zoekResultaat?.personenZonderHuishouden.find((p) => p.id === zoekValues.persoon);
  const nieuwDefaults: NieuwHuishoudenDefaults = {
    voornamen: voornaam,
    achternaam: rest.join(' '),
    geboortedatum: melding.geboortedatum ? formatDatumKort(melding.geboortedatum) : '',
    postcode: melding.postcode ? formatPostcode(melding.postcode) : '',
    huisnummer: melding.huisnummer ? formatHuisnummer({ huisnummer: melding.huisnummer, toevoeging: melding.huisnummerToevoeging }) : '',
    woonplaats: gemeente.naam.replace(/^Gemeente\s+/i, ''),
    ...(gekozenPersoon ? { persoonId: gekozenPersoon.id, persoonNaam: gekozenPersoon.naam } : {}),
  };

  return (
    <>
      <p className="mb-2"><Link href="/meldingen">← Meldingen</Link></p>
      <PageHeader
        title={`Melding ${melding.kenmerk}`}
        description={<span className="flex flex-wrap gap-2">{melding.urgent && <Badge tone="danger">Urgent</Badge>}<Badge tone={open ? 'info' : 'neutral'}>{MELDING_STATUS_LABELS[melding.status]}</Badge></span>}
        actions={open && magTrieren && melding.huishoudenId ? <Link href={`/meldingen/${melding.id}/triage`} className={buttonClasses('primary', 'no-underline')}>Triage doen</Link> : undefined}
      />
      {one(search.geregistreerd) && <Alert variant="success" title="Melding geregistreerd">Zoek nu het huishouden en koppel de melding.</Alert>}
      {one(search.gekoppeld) && <Alert variant="success" title="Melding gekoppeld">De melding hoort nu bij het huishouden. Doe de triage.</Alert>}
      {one(search.getrieerd) && <Alert variant="success" title="Triage vastgelegd">{melding.casus ? `Casus ${melding.casus.nummer} staat nu in de fase ${FASE_LABELS[melding.casus.fase].toLowerCase()}.` : 'De melding is afgehandeld.'}</Alert>}

      <div className="grid gap-6 lg:grid-cols-2">
        <Section title="De melding">
          <dl>
            <Rij label="Ontvangen">{formatDatum(melding.ontvangenOp)} ({dagenGeleden(termijn.dagenOud)})</Rij>
            <Rij label="Onderzoek uiterlijk">{formatDatum(termijn.onderzoekUiterlijk)}{open && termijn.dagenOver < 0 && <> <Badge tone="danger">Verlopen</Badge></>}<TermijnUitleg uitleg={termijn.uitleg} /></Rij>
            <Rij label="Kanaal">{KANAAL_LABELS[melding.kanaal]}{melding.verwijzerSoort && `: ${VERWIJZER_SOORT_LABELS[melding.verwijzerSoort]}`}</Rij>
            <Rij label="Over">{melding.naam}{melding.geboortedatum && `, geboren ${formatDatum(melding.geboortedatum)}`}</Rij>
            <Rij label="Adres">{melding.postcode ? `${formatPostcode(melding.postcode)}${melding.huisnummer ? ` ${formatHuisnummer({ huisnummer: melding.huisnummer, toevoeging: melding.huisnummerToevoeging })}` : ''}` : '—'}{melding.wijk && ` (${melding.wijk.naam})`}</Rij>
            <Rij label="Contact">{[melding.telefoon, melding.email].filter(Boolean).join(' · ') || '—'}</Rij>
            <Rij label="Melder">
              {melding.overZichzelf ? 'De inwoner zelf' : [melding.melderNaam, melding.melderOrganisatie, melding.melderRelatie].filter(Boolean).join(', ') || 'Onbekend'}
              {!melding.overZichzelf && (melding.melderTelefoon || melding.melderEmail) && <span className="block text-slate-600">{[melding.melderTelefoon, melding.melderEmail].filter(Boolean).join(' · ')}</span>}
            </Rij>
            <Rij label="Inwoner weet ervan">{melding.inwonerWeetErVan === null ? 'Onbekend' : melding.inwonerWeetErVan ? 'Ja' : 'Nee'}</Rij>
            <Rij label="Vraag"><p className="whitespace-pre-wrap break-words">{melding.vraag}</p></Rij>
            <Rij label="Leefgebieden">{melding.leefgebieden.map((l) => l.label).join(', ') || '—'}</Rij>
            <Rij label="Veiligheid">{melding.veiligheidsantwoord ? <span className={melding.urgent ? 'font-semibold text-red-800' : ''}>{melding.veiligheidsantwoord}</span> : '—'}</Rij>
            <Rij label="Geregistreerd door">{geregistreerdDoor ?? 'Online formulier'}</Rij>
          </dl>
        </Section>

        <div>
          {melding.triage && (
            <Section title="Triage">
              <dl>
                <Rij label="Uitkomst">{TRIAGE_UITKOMST_LABELS[melding.triage.uitkomst]}{melding.triage.metIndicatie !== null && (melding.triage.metIndicatie ? ', met indicatie' : ', zonder indicatie')}</Rij>
                <Rij label="Vervolg">{TRIAGE_VERVOLG_LABELS[melding.triage.vervolg]}{melding.triage.voorziening && `: ${melding.triage.voorziening.naam}`}</Rij>
                <Rij label="Urgentie">{URGENTIE_LABELS[melding.triage.urgentie]}</Rij>
                <Rij label="Veiligheid">{VEILIGHEID_LABELS[melding.triage.veiligheid]}</Rij>
                <Rij label="Leefgebieden">{melding.triage.leefgebieden.map((l) => l.label).join(', ')}</Rij>
                <Rij label="Alle leden in beeld">{melding.triage.alleLedenBekend ? 'Ja' : 'Nee'}</Rij>
                {melding.triage.toelichting && <Rij label="Toelichting"><p className="whitespace-pre-wrap break-words">{melding.triage.toelichting}</p></Rij>}
                <Rij label="Door">{triageDoor ?? 'Onbekend'}, {formatDatum(melding.triage.op)}</Rij>
              </dl>
            </Section>
          )}

          {melding.casus && (
            <Section title="Casus">
              <p>
                <span className="font-mono">{melding.casus.nummer}</span> · fase <strong>{FASE_LABELS[melding.casus.fase]}</strong>
                {melding.casus.team && <> · {melding.casus.team.naam}</>}
              </p>
            </Section>
          )}

          {huishouden && (
            <Section title="Huishouden">
              <p className="font-semibold">{huishouden.naam}</p>
              <p>{huishouden.straat} {formatHuisnummer({ huisnummer: huishouden.huisnummer, toevoeging: huishouden.huisnummerToevoeging })}, {formatPostcode(huishouden.postcode)} {huishouden.woonplaats}{huishouden.wijk && ` (${huishouden.wijk.naam})`}</p>
              <ul className="mt-2 list-disc pl-6">
                {huishouden.leden.map((l) => (
                  <li key={l.id}>{l.naam}{l.geboortedatum && `, ${l.geboortedatum.getUTCFullYear()}`} <span className="text-slate-600">({HUISHOUDEN_ROL_LABELS[l.rol].toLowerCase()})</span></li>
                ))}
              </ul>
            </Section>
          )}
          {huishoudenGeenToegang && (
            <Section title="Huishouden">
              <p className="mb-2">De melding is gekoppeld aan een huishouden dat je nu niet kunt inzien.</p>
              <p>{huishoudenGeenToegang}</p>
            </Section>
          )}

          {verloop.length > 0 && (
            <Section title="Verloop">
              <ol className="space-y-2">
                <li><strong>{formatDatum(melding.ontvangenOp)}</strong>: melding ontvangen ({KANAAL_LABELS[melding.kanaal].toLowerCase()})</li>
                {verloop.map((stap) => (
                  <li key={stap.id}>
                    <strong>{formatDatum(stap.op)}</strong>:{' '}
                    {stap.soort === 'FASE'
                      ? stap.van ? `casus van ${FASE_LABELS[stap.van].toLowerCase()} naar ${FASE_LABELS[stap.naar!].toLowerCase()}` : `casus geopend in ${FASE_LABELS[stap.naar!].toLowerCase()}`
                      : stap.soort === 'HUISHOUDEN' ? 'nieuw huishouden aangemaakt en melding gekoppeld' : 'melding gekoppeld aan huishouden'}
                    {stap.door && <span className="text-slate-600">, door {stap.door}</span>}
                  </li>
                ))}
              </ol>
            </Section>
          )}
        </div>
      </div>

      {open && magTrieren && (
        <Section title={melding.huishoudenId ? 'Ander huishouden kiezen' : 'Huishouden zoeken'}>
          {!melding.huishoudenId && (
            <p className="mb-4">
              Zoek het huishouden waar deze melding over gaat en koppel de melding daaraan. Is het alleen een vraag om informatie?{' '}
              <Link href={`/meldingen/${melding.id}/triage`}>Doe de triage zonder huishouden</Link>.
            </p>
          )}
          <Zoekformulieren
            meldingId={melding.id}
            values={zoekValues}
            errors={zoekErrors}
            defaults={{
              zoeknaam: melding.naam,
              zoekgeboortedatum: melding.geboortedatum ? formatDatumKort(melding.geboortedatum) : '',
              zoekpostcode: melding.postcode ? formatPostcode(melding.postcode) : '',
              zoeknaampostcode: melding.postcode ? formatPostcode(melding.postcode) : '',
              zoekhuisnummer: melding.huisnummer ? formatHuisnummer({ huisnummer: melding.huisnummer, toevoeging: melding.huisnummerToevoeging }) : '',
            }}
          />
          {zoekFout && <Alert variant="error">{zoekFout}</Alert>}
          {zoekResultaat && (
            <div aria-live="polite">
              <h3 className="mb-2 mt-6 text-lg font-bold">
                {zoekResultaat.huishoudens.length === 0 && zoekResultaat.personenZonderHuishouden.length === 0
                  ? 'Geen huishouden gevonden'
                  : `Gevonden: ${zoekResultaat.huishoudens.length} ${zoekResultaat.huishoudens.length === 1 ? 'huishouden' : 'huishoudens'}`}
              </h3>
              {zoekResultaat.meer && <Alert variant="info">Er zijn meer resultaten. Zoek preciezer, bijvoorbeeld op BSN.</Alert>}
              <ul className="grid gap-4 md:grid-cols-2">
                {zoekResultaat.huishoudens.map((h) => (
                  <li key={h.id} className="rounded border border-slate-300 p-4">
                    <p className="font-bold">{h.naam}</p>
                    <p>{[h.adres, `${formatPostcode(h.postcode)} ${h.woonplaats}`.trim()].filter(Boolean).join(', ')}{h.wijk && ` (${h.wijk})`}</p>
                    <ul className="mt-2 text-sm">
                      {h.leden.map((l) => (
                        <li key={l.persoonId} className={l.past ? 'font-semibold' : ''}>
                          {l.naam}{l.geboortejaar && `, ${l.geboortejaar}`} ({HUISHOUDEN_ROL_LABELS[l.rol].toLowerCase()}){l.past && ' · gezochte persoon'}
                        </li>
                      ))}
                    </ul>
                    <p className="mt-2 text-sm">
                      {h.openCasus ? <>Open casus <span className="font-mono">{h.openCasus.nummer}</span> in de fase {FASE_LABELS[h.openCasus.fase].toLowerCase()}: de melding komt in die casus.</> : 'Geen open casus: er wordt een nieuwe casus geopend.'}
                    </p>
                    {h.id !== melding.huishoudenId ? (
                      <KoppelForm meldingId={melding.id} version={melding.version} huishoudenId={h.id} naam={h.naam} nieuweCasus={!h.openCasus} />
                    ) : (
                      <p className="mt-3"><Badge tone="success">De melding is hieraan gekoppeld</Badge></p>
                    )}
                  </li>
                ))}
              </ul>
              {zoekResultaat.personenZonderHuishouden.length > 0 && (
                <>
                  <h3 className="mb-2 mt-6 text-lg font-bold">Bekende personen zonder huidig huishouden</h3>
                  <ul className="list-disc pl-6">
                    {zoekResultaat.personenZonderHuishouden.map((p) => (
                      <li key={p.id}>
                        {p.naam}{p.geboortedatum && `, geboren ${formatDatum(p.geboortedatum)}`}{' '}
                        <Link href={`/meldingen/${melding.id}?${new URLSearchParams({ ...zoekValues, persoon: p.id }).toString()}#nieuw-huishouden`}>Nieuw huishouden voor deze persoon</Link>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          )}
          {brpResultaat && (
            <div aria-live="polite" className="mt-6">
              <h3 className="mb-2 text-lg font-bold">In de BRP</h3>
              {brpResultaat.fout ? (
                <Alert variant="warning" title="BRP niet bereikbaar">{brpResultaat.fout}</Alert>
              ) : brpResultaat.personen.length === 0 ? (
                <p>De BRP vindt niemand met deze gegevens.</p>
              ) : (
                <ul className="grid gap-4 md:grid-cols-2">
                  {brpResultaat.personen.map((p) => (
                    <li key={p.bsn} className="rounded border border-slate-300 p-4">
                      <p className="font-bold">{p.naam}</p>
                      <p>Geboren {p.geboorteTekst ?? 'onbekend'}</p>
                      <p>{p.adres ?? (p.geheimhouding ? 'Adres afgeschermd (geheimhouding)' : 'Geen adres in Nederland')}</p>
                      {(p.geheimhouding || p.inOnderzoek) && (
                        <p className="mt-1 flex flex-wrap gap-2">
                          {p.geheimhouding && <Badge tone="warning">Geheimhouding</Badge>}
                          {p.inOnderzoek && <Badge tone="warning">Gegevens in onderzoek</Badge>}
                        </p>
                      )}
                      <p className="mt-2">
                        {p.persoonId
                          ? 'Al bekend in Wijkregie: zie de huishoudens hierboven.'
                          : <Link href={`/meldingen/${melding.id}?${new URLSearchParams({ ...zoekValues, brp: p.bsn }).toString()}#brp-registratie`}>Registreren uit de BRP<span className="sr-only">: {p.naam}</span></Link>}
                      </p>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
          {(brpRegistratie || brpRegistratieFout) && (
            <section id="brp-registratie" aria-labelledby="brp-registratie-titel" className="mt-6 rounded border-2 border-brand-700 p-4">
              <h3 id="brp-registratie-titel" className="mb-2 text-lg font-bold">Registreren uit de BRP</h3>
              {brpRegistratieFout && <Alert variant="error">{brpRegistratieFout}</Alert>}
              {brpRegistratie && (
                <>
                  <dl className="mb-4">
                    <Rij label="Naam">{brpRegistratie.hoofd.naam}{brpRegistratie.hoofd.inOnderzoek.some((v) => ['voornamen', 'tussenvoegsel', 'achternaam'].includes(v)) && <> <Badge tone="warning">In onderzoek</Badge></>}</Rij>
                    <Rij label="Geboren">{brpRegistratie.hoofd.geboortedatum ? formatDatum(brpRegistratie.hoofd.geboortedatum) : 'onbekend'}{brpRegistratie.hoofd.inOnderzoek.includes('geboortedatum') && <> <Badge tone="warning">In onderzoek</Badge></>}</Rij>
                    <Rij label="Adres">
                      {brpRegistratie.hoofd.adresTekst ?? 'Geen woonadres in Nederland'}
                      {brpRegistratie.hoofd.inOnderzoek.includes('adres') && <> <Badge tone="warning">In onderzoek</Badge></>}
                      {brpRegistratie.hoofd.geheimhouding && <span className="block text-sm font-semibold text-amber-800">Geheimhouding: dit adres blijft in het dossier en komt niet in brieven aan derden.</span>}
                    </Rij>
                    {brpRegistratie.hoofd.gezag && (
                      <Rij label="Gezag">
                        {brpRegistratie.hoofd.gezag.bron === 'BRP'
                          ? `${brpRegistratie.hoofd.gezag.soortTekst}: ${brpRegistratie.hoofd.gezag.houders.map((h) => h.naam).join(' en ')}`
                          : brpRegistratie.hoofd.gezag.toelichting}
                      </Rij>
                    )}
                    {brpRegistratie.andereGemeente && <Rij label="Ingeschreven in">{brpRegistratie.andereGemeente.naam} <Badge tone="warning">Andere gemeente</Badge></Rij>}
                    {brpRegistratie.hoofd.inOnderzoek.length > 0 && <Rij label="In onderzoek bij de BRP">{brpRegistratie.hoofd.inOnderzoek.map((v) => BRP_VELD_LABELS[v]).join(', ')}</Rij>}
                  </dl>
                  {brpRegistratie.alInHuishouden ? (
                    <Alert variant="info">Deze persoon hoort al bij {brpRegistratie.alInHuishouden}. Koppel de melding aan dat huishouden.</Alert>
                  ) : brpRegistratie.hoofd.adres ? (
                    <BrpRegistratieForm
                      meldingId={melding.id}
                      version={melding.version}
                      bsn={brpRegistratie.hoofd.bsn}
                      kandidaten={brpRegistratie.kandidaten.map((k) => ({
                        bsn: k.bsn, naam: k.naam, geboren: k.geboortedatum ? formatDatum(k.geboortedatum) : null, rol: k.rol, relatie: k.relatie, opAdres: k.opAdres, alInHuishouden: k.alInHuishouden,
                      }))}
                      andereGemeente={brpRegistratie.andereGemeente}
                    />
                  ) : (
                    <p>De BRP heeft geen woonadres in Nederland voor deze persoon. Maak het huishouden met het formulier hieronder.</p>
                  )}
                </>
              )}
            </section>
          )}
          <details id="nieuw-huishouden" className="mt-6 rounded border border-slate-300 p-4" open={Boolean(gekozenPersoon)}>
            <summary className="cursor-pointer font-semibold">Niet gevonden? Nieuw huishouden aanmaken</summary>
            <div className="mt-4">
              <NieuwHuishoudenForm key={gekozenPersoon?.id ?? 'nieuw'} meldingId={melding.id} version={melding.version} defaults={nieuwDefaults} />
            </div>
          </details>
        </Section>
      )}
    </>
  );
}
