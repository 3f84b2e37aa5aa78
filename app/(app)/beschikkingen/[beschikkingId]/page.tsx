import type { Metadata } from 'next';
import { TermijnUitleg } from '@/components/termijn-uitleg';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState, PageHeader, Section } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import {
  IntrekkenForm,
  ToewijzingenVersturenForm,
  VaststellenForm,
  VerzendenForm,
  WijzigenForm,
} from '@/components/beschikking/beschikking-acties';
import { requirePagePermission } from '@/lib/auth/session';
import { omvangTekst } from '@/lib/domain/beschikking';
import { formatEuroCent } from '@/lib/domain/catalogus';
import { formatDatum, toIsoDate } from '@/lib/domain/dates';
import {
  BESCHIKKING_STATUS_LABELS,
  BESLUIT_SOORT_LABELS,
  isRedenWijziging,
  LEVERINGSVORM_LABELS,
  REDEN_WIJZIGING_LABELS,
  TOEWIJZING_STATUS_LABELS,
  VERVALREDEN_LABELS,
  WET_LABELS,
} from '@/lib/domain/labels';
import { formatPostcode } from '@/lib/domain/postcode';
import type { BeschikkingStatus, ToewijzingStatus } from '@/lib/domain/enums';
import { REDEN_BEEINDIGING_LABELS, retourcodeTekst } from '@/lib/iwmo/inkomend';
import { getBeschikking } from '@/lib/server/beschikking/get-beschikking';
import { readOrRefuse } from '@/lib/auth/refuse';
import { intrekkenAction, toewijzingenVerzendenAction, vaststellenAction, verzendenAction, wijzigenAction } from '../actions';

export const metadata: Metadata = { title: 'Beschikking' };

const STATUS_TOON: Record<BeschikkingStatus, 'info' | 'success' | 'neutral' | 'warning'> = { CONCEPT: 'info', VASTGESTELD: 'warning', VERZONDEN: 'success', VERVALLEN: 'neutral' };
const TOEWIJZING_TOON: Record<ToewijzingStatus, 'info' | 'success' | 'neutral' | 'warning'> = { NIEUW: 'info', VERZONDEN: 'success', GEWIJZIGD: 'warning', INGETROKKEN: 'neutral' };

export default async function BeschikkingPage({ params, searchParams }: { params: Promise<{ beschikkingId: string }>; searchParams: Promise<{ melding?: string }> }) {
  const { beschikkingId } = await params;
  const { melding } = await searchParams;
  const actor = await requirePagePermission('aanvraag:read');
  const data = await readOrRefuse(getBeschikking(actor, beschikkingId));
  const { beschikking: b, acties, huishouden, bezwaarUitleg } = data;
  const vandaag = toIsoDate(new Date());

  return (
    <>
      <PageHeader
        title={`Beschikking ${b.identificatie}`}
        description={<>{BESLUIT_SOORT_LABELS[b.besluit]} · {WET_LABELS[b.wet]} · {data.inwoner.naam}</>}
        actions={
          <>
            <a href={`/beschikkingen/${b.id}/brief`} className={buttonClasses('secondary', 'no-underline')}>{b.status === 'CONCEPT' ? 'Conceptbrief (pdf)' : 'Brief (pdf)'}</a>
            {acties.bewerken && <Link href={`/beschikkingen/${b.id}/bewerken`} className={buttonClasses('primary', 'no-underline')}>Concept bewerken</Link>}
          </>
        }
      />
      {melding === 'opgeslagen' && b.status === 'CONCEPT' && <Alert variant="success">Het concept is opgeslagen. Een collega met mandaat stelt het vast.</Alert>}
      {melding === 'vastgesteld' && b.status === 'VASTGESTELD' && (
        <Alert variant="success" title="De beschikking is vastgesteld">
          {data.teVersturen ? `${data.teVersturen === 1 ? 'Eén toewijzing staat' : `${data.teVersturen} toewijzingen staan`} klaar om naar de aanbieder te sturen. ` : ''}Leg de verzending van de brief vast als die de deur uit is.
        </Alert>
      )}
      {melding === 'verzonden' && b.uiterlijkeReactiedatum && <Alert variant="success">De verzending is vastgelegd. Bezwaar kan tot en met {formatDatum(b.uiterlijkeReactiedatum)}.</Alert>}
      {melding === 'verstuurd' && <Alert variant="success">De toewijzingen zijn verstuurd. De berichten staan onder Toewijzingen.</Alert>}
      {b.status === 'VERVALLEN' && (
        <Alert variant="info" title="Dit besluit is vervallen">
          {b.vervalreden ? VERVALREDEN_LABELS[b.vervalreden] : 'Vervallen'}{b.vervaldatum && <> per {formatDatum(b.vervaldatum)}</>}.
          {data.opvolgers.filter((o) => o.status !== 'CONCEPT').map((o) => (
            <span key={o.id}> {o.besluit === 'INTREKKING' ? 'Ingetrokken met' : 'Vervangen door'} <Link href={`/beschikkingen/${o.id}`} className="font-mono">{o.identificatie}</Link>.</span>
          ))}
        </Alert>
      )}

      <Section title="Besluit">
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
          <dt className="font-semibold">Status</dt>
          <dd><Badge tone={STATUS_TOON[b.status]}>{BESCHIKKING_STATUS_LABELS[b.status]}</Badge></dd>
          <dt className="font-semibold">Besluit</dt>
          <dd>{BESLUIT_SOORT_LABELS[b.besluit]}</dd>
          <dt className="font-semibold">Belanghebbende</dt>
          <dd>
            {data.inwoner.naam}{data.inwoner.geboortedatum && <>, geboren {formatDatum(data.inwoner.geboortedatum)}</>} · {huishouden.straat} {huishouden.huisnummer}{huishouden.huisnummerToevoeging ?? ''}, {formatPostcode(huishouden.postcode)} {huishouden.woonplaats}
          </dd>
          {data.aanvraag && (<><dt className="font-semibold">Aanvraag</dt><dd><Link href={`/aanvragen/${data.aanvraag.id}`} className="font-mono">{data.aanvraag.nummer}</Link> van {formatDatum(data.aanvraag.ontvangenOp)}: {data.aanvraag.product.naam}</dd></>)}
          {data.vorig && (<><dt className="font-semibold">{b.besluit === 'INTREKKING' ? 'Trekt in' : 'Wijzigt'}</dt><dd><Link href={`/beschikkingen/${data.vorig.id}`} className="font-mono">{data.vorig.identificatie}</Link> ({BESCHIKKING_STATUS_LABELS[data.vorig.status].toLowerCase()}){b.vervalredenVorig && <> · {VERVALREDEN_LABELS[b.vervalredenVorig]}</>}</dd></>)}
          <dt className="font-semibold">Wettelijke grondslag</dt>
          <dd>{b.wettelijkeGrondslag}</dd>
          <dt className="font-semibold">Motivering</dt>
          <dd className="whitespace-pre-line">{b.motivering}</dd>
          <dt className="font-semibold">Opgesteld door</dt>
          <dd>{b.opsteller}</dd>
          {b.vaststeller && (<><dt className="font-semibold">Vastgesteld door</dt><dd>{b.vaststeller}{b.datum && <> op {formatDatum(b.datum)}</>}</dd></>)}
          {b.ingangsdatum && (<><dt className="font-semibold">{b.besluit === 'INTREKKING' ? 'Ingetrokken per' : 'Ingangsdatum'}</dt><dd>{formatDatum(b.ingangsdatum)}</dd></>)}
          {b.vervaldatum && b.status !== 'VERVALLEN' && (<><dt className="font-semibold">Vervalt op</dt><dd>{formatDatum(b.vervaldatum)}{b.vervalreden && <> ({VERVALREDEN_LABELS[b.vervalreden].toLowerCase()})</>}</dd></>)}
          {b.verzenddatum && (<><dt className="font-semibold">Verzonden</dt><dd>{formatDatum(b.verzenddatum)}</dd></>)}
          {b.uiterlijkeReactiedatum && (<><dt className="font-semibold">Bezwaar kan tot en met</dt><dd>{formatDatum(b.uiterlijkeReactiedatum)} (Awb 6:7, zes weken){bezwaarUitleg && <TermijnUitleg uitleg={bezwaarUitleg} />}</dd></>)}
        </dl>
      </Section>

      {b.producten.length > 0 && (
        <Section title="Producten">
          <DataTable
            caption="Toegekende producten"
            rows={b.producten}
            rowKey={(p) => p.id}
            columns={[
              { header: 'Product', cell: (p) => <><span className="font-mono">{p.product.code}</span> {p.product.naam}</> },
              { header: 'Omvang of budget', cell: (p) => [omvangTekst(p), p.budgetCent !== null ? formatEuroCent(p.budgetCent) : null].filter(Boolean).join(' · ') || '—' },
              { header: 'Looptijd', cell: (p) => <>{formatDatum(p.ingangsdatum)} – {p.einddatum ? formatDatum(p.einddatum) : 'geen einddatum'}</> },
              { header: 'Leveringsvorm', cell: (p) => LEVERINGSVORM_LABELS[p.leveringsvorm] },
              { header: 'Aanbieder', cell: (p) => (p.leveringsvorm === 'ZIN' ? p.aanbieder?.naam ?? '—' : p.pgbMotivering ?? '—') },
            ]}
          />
        </Section>
      )}

      {acties.vaststellen && (
        <Section title="Vaststellen">
          <p className="mb-3 text-slate-700">Controleer het besluit, de producten en de brief. Vaststellen doet een tweede medewerker met mandaat; daarna verandert het besluit niet meer.</p>
          <VaststellenForm action={vaststellenAction} beschikkingId={b.id} version={b.version} waarom={acties.vaststellenWaarom} />
        </Section>
      )}
      {acties.verzenden && (
        <Section title="Verzenden">
          <VerzendenForm action={verzendenAction} beschikkingId={b.id} version={b.version} vandaag={vandaag} />
        </Section>
      )}

      {(data.toewijzingen.length > 0 || b.status !== 'CONCEPT') && b.besluit !== 'AFWIJZING' && (
        <Section title="Toewijzingen">
          <p className="mb-3 text-slate-700">
            Elk product in natura wordt een toewijzing aan de aanbieder (iWmo WMO301 of iJw JW301). Na verzending mogen alleen de einddatum, het budget of (bij een totaal) het volume nog wijzigen; anders volgt intrekken en een nieuw nummer.
          </p>
          <DataTable
            caption="Toewijzingen van deze beschikking"
            rows={data.toewijzingen}
            rowKey={(t) => t.id}
            empty={<EmptyState>{b.status === 'CONCEPT' ? 'Toewijzingen ontstaan bij het vaststellen.' : 'Deze beschikking heeft geen toewijzingen.'}</EmptyState>}
            columns={[
              { header: 'Nummer', cell: (t) => <span className="font-mono">{t.toewijzingNummer}</span> },
              { header: 'Product', cell: (t) => <><span className="font-mono">{t.product.code}</span> {t.product.naam}</> },
              { header: 'Aanbieder', cell: (t) => <>{t.aanbieder.naam}<span className="block text-sm text-slate-700">AGB {t.aanbieder.agbCode}</span></> },
              { header: 'Omvang', cell: (t) => [omvangTekst(t), t.budgetCent !== null ? formatEuroCent(t.budgetCent) : null].filter(Boolean).join(' · ') || '—' },
              { header: 'Looptijd', cell: (t) => <>{formatDatum(t.ingangsdatum)} – {t.einddatum ? formatDatum(t.einddatum) : 'geen einddatum'}</> },
              {
                header: 'Status',
                cell: (t) => (
                  <span className="flex flex-wrap gap-1">
                    <Badge tone={TOEWIJZING_TOON[t.status]}>{TOEWIJZING_STATUS_LABELS[t.status]}</Badge>
                    {t.redenWijziging && <Badge tone="neutral">{t.redenWijziging} {isRedenWijziging(t.redenWijziging) ? REDEN_WIJZIGING_LABELS[t.redenWijziging].toLowerCase() : ''}</Badge>}
                    {t.teVersturen && <Badge tone="warning">Nog versturen</Badge>}
                  </span>
                ),
              },
              {
                header: 'Zorg',
                cell: (t) =>
                  t.leveringen.length ? (
                    <ul>
                      {t.leveringen.map((l) => (
                        <li key={l.begindatum.toISOString()}>
                          Gestart {formatDatum(l.begindatum)}
                          {l.einddatum && <>, gestopt {formatDatum(l.einddatum)} ({REDEN_BEEINDIGING_LABELS[t.wet][l.redenBeeindiging ?? ''] ?? l.redenBeeindiging})</>}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    'Nog niet gestart'
                  ),
              },
              {
                header: 'Gedeclareerd',
                cell: (t) => {
                  if (!t.declaratiePrestaties.length) return 'Nog niets';
                  const toegekend = t.declaratiePrestaties.filter((p) => p.toegekend).reduce((som, p) => som + (p.debet ? p.bedragCent : -p.bedragCent), 0);
                  const afgewezen = t.declaratiePrestaties.filter((p) => !p.toegekend).length;
                  return (
                    <>
                      {formatEuroCent(toegekend)} toegekend
                      {afgewezen > 0 && <span className="block text-sm text-slate-700">{afgewezen} {afgewezen === 1 ? 'prestatie' : 'prestaties'} afgewezen</span>}
                    </>
                  );
                },
              },
            ]}
          />
          {acties.toewijzingenVersturen && (
            <div className="mt-4">
              <ToewijzingenVersturenForm action={toewijzingenVerzendenAction} beschikkingId={b.id} aantal={data.teVersturen} geheimhouding={data.inwoner.geheimhouding} />
            </div>
          )}
          {data.berichten.length > 0 && (
            <>
              <h3 className="mt-6 mb-2 font-bold">Verstuurde berichten</h3>
              <ul className="list-disc pl-6">
                {data.berichten.map((m) => (
                  <li key={m.id}>
                    <a href={`/beschikkingen/${b.id}/berichten/${m.id}`}>{m.code} nummer {m.berichtNummer}</a> aan {m.aanbieder.naam}, {formatDatum(m.berichtDatum)} (xml):{' '}
                    {m.retourOp === null ? 'wacht op retour' : m.retourGoedgekeurd ? 'geaccepteerd door de aanbieder' : `afgekeurd door de aanbieder (${m.retourcodes.filter((c) => c !== '0200').map(retourcodeTekst).join('; ')})`}
                  </li>
                ))}
              </ul>
            </>
          )}
        </Section>
      )}

      {(acties.wijzigen || acties.intrekken || data.opvolgers.length > 0) && (
        <Section title="Wijzigen of intrekken">
          {data.opvolgers.map((o) => (
            <p key={o.id} className="mb-2">
              {o.besluit === 'INTREKKING' ? 'Intrekking' : 'Wijziging'} <Link href={`/beschikkingen/${o.id}`} className="font-mono">{o.identificatie}</Link> ({BESCHIKKING_STATUS_LABELS[o.status].toLowerCase()})
            </p>
          ))}
          {(acties.wijzigen || acties.intrekken) && (
            <>
              <p className="mb-4 text-slate-700">Een vastgesteld besluit verandert niet. Een wijziging of intrekking is een nieuw besluit dat naar dit besluit verwijst; pas als dat is vastgesteld, vervalt dit besluit.</p>
              <div className="grid gap-8 lg:grid-cols-2">
                {acties.wijzigen && (
                  <div>
                    <h3 className="mb-2 font-bold">Wijzigen</h3>
                    <WijzigenForm action={wijzigenAction} beschikkingId={b.id} version={b.version} />
                  </div>
                )}
                {acties.intrekken && (
                  <div>
                    <h3 className="mb-2 font-bold">Intrekken</h3>
                    <IntrekkenForm action={intrekkenAction} beschikkingId={b.id} version={b.version} vandaag={vandaag} />
                  </div>
                )}
              </div>
            </>
          )}
        </Section>
      )}
      <p>
        <Link href={`/huishoudens/${huishouden.id}/beschikkingen`}>Alle aanvragen en beschikkingen van {huishouden.naam}</Link>
      </p>
    </>
  );
}
