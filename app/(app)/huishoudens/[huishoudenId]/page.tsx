import type { Metadata } from 'next';
import { TermijnUitleg } from '@/components/termijn-uitleg';
import Link from 'next/link';
import { dossierHref } from '@/components/dossier/dossier-tabs';
import { readDossier } from '@/components/dossier/read-dossier';
import { TermijnBadge } from '@/components/dossier/termijn-badge';
import { Badge } from '@/components/ui/badge';
import { EmptyState, Section } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { can } from '@/lib/auth/permissions';
import { requirePagePermission } from '@/lib/auth/session';
import { buttonClasses } from '@/components/ui/button';
import { formatDatum } from '@/lib/domain/dates';
import {
  BESLUIT_SOORT_LABELS,
  DOEL_RESULTAAT_LABELS,
  HORIZON_LABELS,
  HUISHOUDEN_ROL_LABELS,
  LEVERINGSVORM_LABELS,
  PLAN_STATUS_LABELS,
  TOEWIJZING_STATUS_LABELS,
  TRIAGE_UITKOMST_LABELS,
  TRIAGE_VERVOLG_LABELS,
  URGENTIE_LABELS,
  VEILIGHEID_LABELS,
  VERTEGENWOORDIGING_SOORT_LABELS,
  WET_LABELS,
} from '@/lib/domain/labels';
import { getDossierOverzicht } from '@/lib/server/dossier/get-dossier-overzicht';

export const metadata: Metadata = { title: 'Overzicht' };

const periode = (van: Date | null, tot: Date | null) =>
  `${van ? formatDatum(van) : '—'} tot ${tot ? `en met ${formatDatum(tot)}` : 'onbepaalde tijd'}`;

export default async function DossierOverzichtPage({ params }: { params: Promise<{ huishoudenId: string }> }) {
  const { huishoudenId } = await params;
  const actor = await requirePagePermission('dossier:read');
  const today = new Date();
  const o = await readDossier(getDossierOverzicht(actor, huishoudenId, today));
  if (!o) return null;
  const mayStartGesprek = can(actor, 'gesprek:write');
  const mayReadMelding = can(actor, 'melding:read');

  return (
    <>
      <h2 className="sr-only">Overzicht</h2>
      {o.vraagverheldering && (
        <Section title="Vraagverheldering">
          {o.vraagverheldering.gesprekken === 0 && (
            <div role="status" className="mb-4 flex flex-wrap items-center justify-between gap-3 border-l-4 border-sky-700 bg-sky-50 p-4">
              <p>
                <span className="block font-bold">Het keukentafelgesprek is nog niet gevoerd</span>
                Bespreek met het huishouden wat er speelt, op alle leefgebieden. Leg het gesprek vast; de inwoner krijgt daarna een verslag.
              </p>
              {mayStartGesprek && (
                <Link href={dossierHref(huishoudenId, 'gesprekken', 'nieuw')} className={buttonClasses('primary')}>
                  Keukentafelgesprek starten
                </Link>
              )}
            </div>
          )}
          <div className="grid gap-x-6 lg:grid-cols-2">
            <div>
              <h3 className="mb-2 font-bold">De vraag uit de melding</h3>
              {o.vraagverheldering.meldingen.length === 0 ? (
                <p>Er is geen melding bij deze casus.</p>
              ) : (
                o.vraagverheldering.meldingen.map((m) => (
                  <div key={m.id} className="mb-3">
                    <p className="text-sm text-slate-700">
                      {mayReadMelding ? <Link href={`/meldingen/${m.id}`}>Melding {m.kenmerk}</Link> : <>Melding {m.kenmerk}</>}, ontvangen op {formatDatum(m.ontvangenOp)}
                    </p>
                    <p className="max-w-3xl whitespace-pre-wrap break-words">“{m.vraag}”</p>
                  </div>
                ))
              )}
            </div>
            <div>
              <h3 className="mb-2 font-bold">Triage</h3>
              {!o.vraagverheldering.triage ? (
                <p>Er is geen triage vastgelegd.</p>
              ) : (
                <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                  <dt className="font-semibold">Uitkomst</dt>
                  <dd>{TRIAGE_UITKOMST_LABELS[o.vraagverheldering.triage.uitkomst]} · {TRIAGE_VERVOLG_LABELS[o.vraagverheldering.triage.vervolg].toLowerCase()}</dd>
                  <dt className="font-semibold">Leefgebieden</dt>
                  <dd>{o.vraagverheldering.triage.leefgebieden.join(', ') || 'Niet vastgelegd'}</dd>
                  <dt className="font-semibold">Urgentie</dt>
                  <dd>{URGENTIE_LABELS[o.vraagverheldering.triage.urgentie]}</dd>
                  <dt className="font-semibold">Veiligheid</dt>
                  <dd>{VEILIGHEID_LABELS[o.vraagverheldering.triage.veiligheid]}</dd>
                  <dt className="font-semibold">Alle leden in beeld</dt>
                  <dd>{o.vraagverheldering.triage.alleLedenBekend ? 'Ja' : 'Nee'}</dd>
                  {o.vraagverheldering.triage.toelichting && (
                    <>
                      <dt className="font-semibold">Toelichting</dt>
                      <dd className="whitespace-pre-wrap break-words">{o.vraagverheldering.triage.toelichting}</dd>
                    </>
                  )}
                  <dt className="font-semibold">Door</dt>
                  <dd>{o.vraagverheldering.triage.door ?? 'Onbekend'}, {formatDatum(o.vraagverheldering.triage.op)}</dd>
                </dl>
              )}
            </div>
          </div>
        </Section>
      )}
      <div className="grid gap-x-6 lg:grid-cols-2">
        <Section title="Termijnen en open taken">
          {o.taken.length === 0 ? (
            <EmptyState>Geen lopende termijnen of open taken.</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-200">
              {o.taken.map((t) => (
                <li key={t.key} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2">
                  <span className="w-36 shrink-0 font-semibold tabular-nums">{formatDatum(t.op)}</span>
                  <span className="min-w-0 flex-1">
                    {t.titel}
                    {t.wie && <span className="block text-sm text-slate-700">{t.wie}</span>}
                    {t.uitleg && <TermijnUitleg uitleg={t.uitleg} />}
                  </span>
                  <span className="flex gap-1">
                    {t.wettelijk && <Badge tone="info">wettelijke termijn</Badge>}
                    <TermijnBadge op={t.op} today={today} />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Section>

        <Section title="Leden van het huishouden" actions={<Link href={dossierHref(huishoudenId, 'leden')}>Leden wijzigen</Link>}>
          <DataTable
            caption="Leden van het huishouden"
            rows={o.leden}
            rowKey={(l) => l.lidmaatschapId}
            empty={<EmptyState>Er staan geen leden bij dit huishouden.</EmptyState>}
            columns={[
              {
                header: 'Naam',
                cell: (l) => (
                  <>
                    <span className="font-semibold">{l.naam}</span>
                    {!l.bsnBekend && <span className="block text-sm text-slate-700">BSN onbekend</span>}
                    {l.overleden && <Badge>overleden</Badge>}
                  </>
                ),
              },
              { header: 'Rol', cell: (l) => HUISHOUDEN_ROL_LABELS[l.rol] },
              { header: 'Leeftijd', cell: (l) => (l.leeftijd !== null ? <>{l.leeftijd} jaar<span className="block text-sm text-slate-700">{formatDatum(l.geboortedatum!)}</span></> : 'onbekend') },
              {
                header: 'Wettelijk vertegenwoordiger',
                cell: (l) => (
                  <>
                    {l.vertegenwoordigers.map((v) => (
                      <span key={v.soort + v.naam} className="block">
                        {v.naam} ({VERTEGENWOORDIGING_SOORT_LABELS[v.soort].toLowerCase()}{v.bron === 'BRP' ? ', uit de BRP' : v.bron === 'MEDEWERKER' ? ', vastgesteld door het wijkteam' : ''})
                      </span>
                    ))}
                    {l.gezagOnbekend && <span className="block"><Badge tone="warning">Gezag onbekend in de BRP</Badge></span>}
                    {!l.vertegenwoordigers.length && !l.gezagOnbekend && '—'}
                  </>
                ),
              },
            ]}
          />
        </Section>
      </div>

      <Section title="Ondersteuningsplan" actions={<Link href={dossierHref(huishoudenId, 'plan')}>Naar het plan</Link>}>
        {!o.plan ? (
          <EmptyState>Er is nog geen ondersteuningsplan.</EmptyState>
        ) : (
          <>
            <p className="mb-3">
              Versie {o.plan.versienummer}: <Badge tone={o.plan.status === 'CONCEPT' || o.plan.status === 'TER_AKKOORD' ? 'warning' : 'success'}>{PLAN_STATUS_LABELS[o.plan.status]}</Badge>
              {o.plan.evaluatieDatum && <> · evaluatie op {formatDatum(o.plan.evaluatieDatum)}</>}
              {o.plan.nieuwereConcept && <> · versie {o.plan.nieuwereConcept} is in de maak</>}
            </p>
            <DataTable
              caption="Doelen van het plan"
              rows={o.plan.doelen}
              rowKey={(d) => d.id}
              empty={<EmptyState>Het plan heeft nog geen doelen.</EmptyState>}
              columns={[
                { header: 'Leefgebied', cell: (d) => d.leefgebied },
                { header: 'Doel', cell: (d) => <>“{d.omschrijving}”<span className="block text-sm text-slate-700">Zichtbaar aan: {d.zichtbaarAan}</span></> },
                { header: 'Wanneer', cell: (d) => HORIZON_LABELS[d.horizon] },
                {
                  header: 'Voortgang',
                  cell: (d) => (
                    <>
                      {d.acties.totaal > 0 ? `${d.acties.gedaan} van ${d.acties.totaal} ${d.acties.totaal === 1 ? 'actie' : 'acties'} gedaan` : 'Geen acties'}
                      {d.resultaat && (
                        <span className="block">
                          <Badge tone={d.resultaat === 'BEHAALD' ? 'success' : d.resultaat === 'DEELS' ? 'warning' : 'danger'}>{DOEL_RESULTAAT_LABELS[d.resultaat]}</Badge>
                          {d.geevalueerdOp && <span className="text-sm text-slate-700"> op {formatDatum(d.geevalueerdOp)}</span>}
                        </span>
                      )}
                    </>
                  ),
                },
              ]}
            />
          </>
        )}
      </Section>

      <Section title="Lopende beschikkingen en toewijzingen" actions={<Link href={dossierHref(huishoudenId, 'beschikkingen')}>Aanvragen en beschikkingen</Link>}>
        {o.beschikkingen.length === 0 && o.toewijzingen.length === 0 ? (
          <EmptyState>Er lopen geen beschikkingen of toewijzingen.</EmptyState>
        ) : (
          <>
            <h3 className="mb-2 font-bold">Beschikkingen</h3>
            <DataTable
              caption="Lopende beschikkingen"
              rows={o.beschikkingen}
              rowKey={(b) => b.id}
              empty={<p className="mb-4">Geen lopende beschikkingen.</p>}
              columns={[
                { header: 'Besluit', cell: (b) => <><span className="font-semibold">{b.identificatie}</span><span className="block text-sm text-slate-700">{WET_LABELS[b.wet]} · {BESLUIT_SOORT_LABELS[b.besluit].toLowerCase()}</span></> },
                { header: 'Voor', cell: (b) => b.voor },
                { header: 'Producten', cell: (b) => b.producten.map((p) => <span key={p.id} className="block">{p.naam}{p.aanbieder && ` (${p.aanbieder})`} · {LEVERINGSVORM_LABELS[p.leveringsvorm].toLowerCase()}</span>) },
                { header: 'Geldig', cell: (b) => periode(b.ingangsdatum, b.vervaldatum) },
              ]}
            />
            <h3 className="mb-2 mt-6 font-bold">Toewijzingen aan aanbieders</h3>
            <DataTable
              caption="Lopende toewijzingen"
              rows={o.toewijzingen}
              rowKey={(t) => t.id}
              empty={<p>Geen lopende toewijzingen.</p>}
              columns={[
                { header: 'Nummer', cell: (t) => t.nummer },
                { header: 'Product', cell: (t) => t.product },
                { header: 'Aanbieder', cell: (t) => t.aanbieder },
                { header: 'Voor', cell: (t) => t.voor },
                { header: 'Looptijd', cell: (t) => <>{periode(t.ingangsdatum, t.einddatum)} {t.einddatum && <TermijnBadge op={t.einddatum} today={today} />}</> },
                { header: 'Status', cell: (t) => TOEWIJZING_STATUS_LABELS[t.status] },
                { header: 'Zorg', cell: (t) => (t.zorgGestart ? <>Gestart {formatDatum(t.zorgGestart)}{t.zorgGestopt && <>, gestopt {formatDatum(t.zorgGestopt)}</>}</> : 'Nog niet gestart') },
              ]}
            />
          </>
        )}
      </Section>
    </>
  );
}
