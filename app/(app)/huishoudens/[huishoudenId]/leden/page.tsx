import type { Metadata } from 'next';
import Link from 'next/link';
import { AddLidForm, EndLidForm, GezagVaststellenForm, SplitForm, WerkBijUitBrpForm } from '@/components/dossier/leden-forms';
import { BsnTonen } from '@/components/dossier/bsn-tonen';
import { readDossier } from '@/components/dossier/read-dossier';
import { Badge } from '@/components/ui/badge';
import { EmptyState, Section } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { can } from '@/lib/auth/permissions';
import { requirePagePermission } from '@/lib/auth/session';
import { formatDatum, toIsoDate } from '@/lib/domain/dates';
import { HUISHOUDEN_ROL_LABELS, VERTEGENWOORDIGING_SOORT_LABELS } from '@/lib/domain/labels';
import { getLeden } from '@/lib/server/dossier/get-leden';
import { Alert } from '@/components/ui/alert';
import { BRP_VELD_LABELS, GEZAG_GROND_LABELS, gezagTeBeslissen, type BrpVeld } from '@/lib/domain/brp';
import { vergelijkPersoonMetBrp, type BrpVergelijking } from '@/lib/server/brp/vergelijk-persoon-met-brp';
import { addLidAction, endLidAction, splitHuishoudenAction, stelGezagVastAction, toonBsnAction, werkBijUitBrpAction } from './actions';

export const metadata: Metadata = { title: 'Leden' };

export default async function LedenPage({ params, searchParams }: { params: Promise<{ huishoudenId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { huishoudenId } = await params;
  const actor = await requirePagePermission('dossier:read');
  const today = new Date();
  const data = await readDossier(getLeden(actor, huishoudenId, today));
  if (!data) return null;
  // Issue 20: one current member compared with the BRP (?brp=<persoonId>).
  const brpParam = (await searchParams).brp;
  const teVergelijken = data.huidig.find((l) => l.persoonId === (Array.isArray(brpParam) ? brpParam[0] : brpParam) && l.bsnBekend);
  const vergelijking: BrpVergelijking | null = teVergelijken ? await readDossier(vergelijkPersoonMetBrp(actor, huishoudenId, teVergelijken.persoonId, today)) : null;
  const magWijzigen = can(actor, 'huishouden:leden-wijzigen');
  // Issue 20: minors whose gezag a person must decide (the BRP names no one, or has it in onderzoek).
  const minderjarig = (l: (typeof data.huidig)[number]) => l.leeftijd !== null && l.leeftijd < 18;
  const teBeslissen = new Set(data.huidig.filter((l) => minderjarig(l) && gezagTeBeslissen({ gezagBron: l.brp.gezagBron, brpInOnderzoek: l.brp.inOnderzoek })).map((l) => l.persoonId));
  // One form at a time (?gezag=<persoonId>; the only one when there is one): field ids are per field name.
  const gezagParam = (await searchParams).gezag;
  const gekozen = Array.isArray(gezagParam) ? gezagParam[0] : gezagParam;
  const gezagFormVoor = data.huidig.find((l) => teBeslissen.has(l.persoonId) && (l.persoonId === gekozen || teBeslissen.size === 1)) ?? null;
  const volwassenen = data.huidig.filter((l) => l.leeftijd !== null && l.leeftijd >= 18);
  const vandaag = toIsoDate(today);

  return (
    <>
      <div className="mb-6">
        <h2 className="text-xl font-bold text-slate-900">Leden van het huishouden</h2>
        <p className="mt-1 max-w-3xl text-slate-700">Wie er nu bij hoort en wie er eerder bij hoorde. Iemand hoort bij één huishouden tegelijk: bij een verhuizing eindigt het oude lidmaatschap op dezelfde dag.</p>
      </div>
      <Section title="Nu">
        <DataTable
          caption="Huidige leden"
          rows={data.huidig}
          rowKey={(l) => l.lidmaatschapId}
          empty={<EmptyState>Er staan geen leden bij dit huishouden.</EmptyState>}
          columns={[
            { header: 'Naam', cell: (l) => <span className="font-semibold">{l.naam}</span> },
            { header: 'Rol', cell: (l) => HUISHOUDEN_ROL_LABELS[l.rol] },
            { header: 'Geboren', cell: (l) => (l.geboortedatum ? <>{formatDatum(l.geboortedatum)}{l.leeftijd !== null && <span className="block text-sm text-slate-700">{l.leeftijd} jaar</span>}</> : 'onbekend') },
            { header: 'Sinds', cell: (l) => formatDatum(l.vanaf) },
            { header: 'BSN', cell: (l) => (l.bsnBekend ? <BsnTonen action={toonBsnAction} huishoudenId={huishoudenId} persoonId={l.persoonId} naam={l.naam} /> : 'Onbekend') },
            {
              header: 'Vertegenwoordiging',
              cell: (l) => (
                <>
                  {l.vertegenwoordiging.length
                    ? l.vertegenwoordiging.map((v) => (
                        <span key={v.soort + v.naam} className="block">
                          {VERTEGENWOORDIGING_SOORT_LABELS[v.soort]}: {v.naam}{v.uitBrp && <span className="text-sm text-slate-700"> (uit de BRP)</span>}
                          {v.besluit && (
                            <span className="block text-sm text-slate-700">
                              Vastgesteld door {v.besluit.door} op {formatDatum(v.besluit.op)}; {GEZAG_GROND_LABELS[v.besluit.grond].toLowerCase()} van {formatDatum(v.besluit.grondDatum)}{v.besluit.grondKenmerk ? ` (${v.besluit.grondKenmerk})` : ''}
                            </span>
                          )}{' '}
                          {!v.actueel && <Badge>{v.tot ? `geëindigd ${formatDatum(v.tot)}` : 'niet actueel'}</Badge>}
                        </span>
                      ))
                    : l.brp.gezagBron !== 'BRP_ONBEKEND' && '—'}
                  {l.brp.gezagBron === 'BRP_ONBEKEND' && <span className="block"><Badge tone="warning">Gezag onbekend in de BRP</Badge> <span className="block text-sm">{l.brp.gezagToelichting}</span></span>}
                  {l.brp.gezagBron === 'MEDEWERKER' && <span className="block"><Badge>Gezag vastgesteld door het wijkteam</Badge>{l.brp.gezagToelichting && <span className="block text-sm">{l.brp.gezagToelichting}</span>}</span>}
                  {l.brp.gezagBron === 'BRP' && l.brp.inOnderzoek.includes('gezag') && <span className="block"><Badge tone="warning">Gezag in onderzoek bij de BRP</Badge></span>}
                  {magWijzigen && teBeslissen.has(l.persoonId) && <Link className="block text-sm" href={`/huishoudens/${huishoudenId}/leden?gezag=${l.persoonId}#gezag-${l.persoonId}`}>Gezag vaststellen<span className="sr-only">: {l.naam}</span></Link>}
                </>
              ),
            },
            {
              header: 'BRP',
              cell: (l) => (
                <>
                  {l.brp.geverifieerdOp ? <span className="block text-sm">Geverifieerd {formatDatum(l.brp.geverifieerdOp)}</span> : <Badge tone="warning">Niet geverifieerd</Badge>}
                  {l.brp.geheimhouding && <span className="block"><Badge tone="warning">Geheimhouding</Badge></span>}
                  {l.brp.andereGemeente && <span className="block"><Badge tone="warning">Ingeschreven in gemeente {l.brp.andereGemeente}</Badge> <span className="block text-sm">Reden: {l.brp.andereGemeenteReden}</span></span>}
                  {l.brp.inOnderzoek.length > 0 && <span className="block text-sm">In onderzoek: {l.brp.inOnderzoek.map((v) => BRP_VELD_LABELS[v as BrpVeld] ?? v).join(', ')}</span>}
                  {l.bsnBekend && <Link className="block text-sm" href={`/huishoudens/${huishoudenId}/leden?brp=${l.persoonId}#brp-vergelijking`}>Vergelijk met de BRP<span className="sr-only">: {l.naam}</span></Link>}
                </>
              ),
            },
          ]}
        />
      </Section>
      {teVergelijken && vergelijking && (
        <section id="brp-vergelijking" aria-labelledby="brp-vergelijking-titel" className="mb-8 rounded border-2 border-brand-700 p-4">
          <h3 id="brp-vergelijking-titel" className="mb-2 text-lg font-bold">{teVergelijken.naam} in de BRP</h3>
          {vergelijking.status === 'FOUT' ? (
            <Alert variant="warning" title="BRP niet bereikbaar">{vergelijking.fout}</Alert>
          ) : vergelijking.status === 'ONBEKEND' ? (
            <Alert variant="warning">De BRP kent dit BSN niet. Controleer het BSN met de inwoner.</Alert>
          ) : (
            <>
              {vergelijking.verschillen.length === 0 ? (
                <p>Wijkregie en de BRP zijn het eens.</p>
              ) : (
                <DataTable
                  caption="Verschillen met de BRP"
                  rows={vergelijking.verschillen}
                  rowKey={(v) => v.veld}
                  columns={[
                    { header: 'Gegeven', cell: (v) => <span className="font-semibold">{v.label}</span> },
                    { header: 'In Wijkregie', cell: (v) => v.wijkregie },
                    { header: 'In de BRP', cell: (v) => <>{v.brp}{v.inOnderzoek && <> <Badge tone="warning">In onderzoek</Badge></>}</> },
                  ]}
                />
              )}
              {vergelijking.brp.inOnderzoek.length > 0 && <p className="mt-2">In onderzoek bij de BRP: {vergelijking.brp.inOnderzoek.map((v) => BRP_VELD_LABELS[v]).join(', ')}.</p>}
              {vergelijking.gezag && <p className="mt-2">Gezag volgens de BRP: {vergelijking.gezag.bron === 'BRP' ? `${vergelijking.gezag.soortTekst}, ${vergelijking.gezag.houders.map((h) => h.naam).join(' en ')}` : vergelijking.gezag.toelichting}</p>}
              {vergelijking.verschillen.some((v) => v.veld === 'adres') && <p className="mt-2">Het adres is van het huishouden: pas het aan bij een verhuizing, of laat de persoon vertrekken.</p>}
              {magWijzigen && (vergelijking.verschillen.some((v) => v.veld !== 'adres') || vergelijking.gezag) && (
                <WerkBijUitBrpForm action={werkBijUitBrpAction} huishoudenId={huishoudenId} persoonId={teVergelijken.persoonId} version={vergelijking.version} />
              )}
            </>
          )}
        </section>
      )}
      <Section title="Eerder">
        <DataTable
          caption="Eerdere leden"
          rows={data.vroeger}
          rowKey={(l) => l.lidmaatschapId}
          empty={<EmptyState>Nog geen eerdere leden.</EmptyState>}
          columns={[
            { header: 'Naam', cell: (l) => l.naam },
            { header: 'Rol', cell: (l) => HUISHOUDEN_ROL_LABELS[l.rol] },
            { header: 'Periode', cell: (l) => `${formatDatum(l.vanaf)} tot ${formatDatum(l.tot!)}` },
            { header: 'Reden', cell: (l) => l.reden ?? '—' },
          ]}
        />
      </Section>
      {magWijzigen && gezagFormVoor && [gezagFormVoor].map((l) => (
        <section key={l.persoonId} id={`gezag-${l.persoonId}`} aria-labelledby={`gezag-${l.persoonId}-titel`} className="mb-8 rounded border-2 border-amber-600 p-4">
          <h3 id={`gezag-${l.persoonId}-titel`} className="mb-2 text-lg font-bold">Gezag vaststellen: {l.naam}</h3>
          <p className="mb-4 max-w-3xl text-slate-700">
            {l.brp.gezagBron === 'MEDEWERKER'
              ? 'Het wijkteam heeft het gezag eerder vastgesteld. Legt u een nieuw besluit vast, dan eindigt het oude vandaag.'
              : l.brp.gezagBron === 'BRP'
                ? 'Het gezag is in onderzoek bij de BRP. Stel vast wie het gezag heeft, met het document waarop dat rust.'
                : 'De BRP noemt niemand met gezag. Stel vast wie het gezag heeft, met het document waarop dat rust (een uitspraak van de rechter of een uittreksel uit het gezagsregister).'}
            {' '}Wat u vastlegt, geldt voor toestemming en voor Mijn plan tot de BRP wel iemand noemt.
          </p>
          <GezagVaststellenForm action={stelGezagVastAction} huishoudenId={huishoudenId} persoonId={l.persoonId} naam={l.naam} version={l.brp.version} volwassenen={volwassenen} today={vandaag} />
        </section>
      ))}
      {magWijzigen && (
        <>
          <Section title="Persoon komt erbij">
            <AddLidForm action={addLidAction} huishoudenId={huishoudenId} version={data.version} today={vandaag} />
          </Section>
          {data.huidig.length > 1 && (
            <>
              <Section title="Persoon vertrekt">
                <p className="mb-4 text-slate-700">Voor iemand die buiten de gemeente gaat wonen of is overleden. Verhuist iemand naar een huishouden dat wij kennen, voeg de persoon dan daar toe.</p>
                <EndLidForm action={endLidAction} huishoudenId={huishoudenId} version={data.version} leden={data.huidig} today={vandaag} />
              </Section>
              <Section title="Huishouden splitsen">
                <p className="mb-4 text-slate-700">Een deel van het huishouden gaat op een ander adres wonen en wordt een eigen huishouden.</p>
                <SplitForm action={splitHuishoudenAction} huishoudenId={huishoudenId} version={data.version} leden={data.huidig} today={vandaag} />
              </Section>
            </>
          )}
        </>
      )}
    </>
  );
}
