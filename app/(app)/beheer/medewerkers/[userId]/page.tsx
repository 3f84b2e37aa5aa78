import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { EmptyState, PageHeader, Section } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { requirePagePermission } from '@/lib/auth/session';
import { formatDatum, toCalendarDay, toIsoDate } from '@/lib/domain/dates';
import { FASE_LABELS, MANDAAT_SOORT_LABELS, REGIEVORM_LABELS, ROL_LABELS, TEAM_SOORT_LABELS, WET_LABELS } from '@/lib/domain/labels';
import { getMedewerker } from '@/lib/server/beheer/get-medewerker';
import { listOpenRegieOfInactiveUsers } from '@/lib/server/beheer/list-open-regie-of-inactive-users';
import { RowActionForm } from '../../_components/row-action-form';
import { endMandaatAction, endTeamlidmaatschapAction } from '../actions';
import { AccountForm, FocuswijkenForm, GegevensForm, MandaatForm, TeamToevoegenForm, TweestapsverificatieForm, WachtwoordForm } from './forms';
import { readOrRefuse, refuseRead } from '@/lib/auth/refuse';
import { isUuid } from '@/lib/domain/ids';

export const metadata: Metadata = { title: 'Medewerker · Beheer' };

const periode = (van: Date, tot: Date | null) => `${formatDatum(van)} – ${tot ? formatDatum(tot) : 'heden'}`;

export default async function MedewerkerPage({ params, searchParams }: { params: Promise<{ userId: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePagePermission('beheer:manage');
  const { userId } = await params;
  const flags = await searchParams;
  if (!isUuid(userId)) await refuseRead();
  const data = await readOrRefuse(getMedewerker(actor, userId));
  const { user, keuzes } = data;
  const openRegie = user.actief ? [] : await listOpenRegieOfInactiveUsers(actor, { userId: user.id });
  const today = toCalendarDay(new Date()).getTime();
  const huidigeTeams = user.teams.filter((t) => !t.tot);
  const mandaatLoopt = (m: { vanaf: Date; tot: Date | null }) => !m.tot || m.tot.getTime() >= today;

  return (
    <>
      <p className="mb-2">
        <Link href="/beheer/medewerkers">← Medewerkers</Link>
      </p>
      <PageHeader
        title={user.naam}
        description={
          <>
            {user.rollen.map((r) => ROL_LABELS[r]).join(', ')} · {user.email}{' '}
            {user.actief ? <Badge tone="success">Actief</Badge> : <Badge>Gedeactiveerd{user.gedeactiveerdOp ? ` op ${formatDatum(user.gedeactiveerdOp)}` : ''}</Badge>}
          </>
        }
      />
      {flags.nieuw && <Alert variant="success" title="De medewerker is aangemaakt.">Voeg hieronder zo nodig mandaten toe. De medewerker kan nu inloggen met het eerste wachtwoord.</Alert>}
      {flags.gedeactiveerd && (
        <Alert variant="success" title="Het account is gedeactiveerd.">
          De medewerker kan niet meer inloggen. {openRegie.length > 0 && `De regie over ${openRegie.length} ${openRegie.length === 1 ? 'huishouden' : 'huishoudens'} staat klaar om over te dragen in Casusverdeling.`}
        </Alert>
      )}

      {!user.actief && (
        <Section title="Regie over te dragen">
          {openRegie.length ? (
            <>
              <p className="mb-3">
                Deze regie blijft bij {user.naam} staan tot de teamleider haar overdraagt in Casusverdeling. Zo blijft geen huishouden zonder regisseur.
              </p>
              <DataTable
                caption="Regie van deze gedeactiveerde medewerker"
                rows={openRegie}
                rowKey={(r) => r.id}
                columns={[
                  { header: 'Casus', cell: (r) => <span className="font-mono">{r.casus.nummer}</span> },
                  { header: 'Fase', cell: (r) => FASE_LABELS[r.casus.fase] },
                  { header: 'Team', cell: (r) => r.casus.team?.naam ?? '—' },
                  { header: 'Regie', cell: (r) => `${REGIEVORM_LABELS[r.vorm]}${r.lead ? ' (lead)' : ''}` },
                  { header: 'Sinds', cell: (r) => formatDatum(r.vanaf) },
                ]}
              />
            </>
          ) : (
            <EmptyState>Deze medewerker heeft geen regie meer die overgedragen moet worden.</EmptyState>
          )}
        </Section>
      )}

      <Section title="Gegevens">
        <GegevensForm
          user={{
            id: user.id,
            version: user.version,
            naam: user.naam,
            email: user.email,
            functie: user.functie,
            telefoon: user.telefoon,
            rollen: user.rollen,
            beschikbaarheid: user.beschikbaarheid,
            afwezigTot: user.afwezigTot ? toIsoDate(user.afwezigTot) : '',
          }}
        />
      </Section>

      <Section title="Teams">
        <DataTable
          caption="Teamlidmaatschappen"
          rows={user.teams}
          rowKey={(t) => t.id}
          empty={<EmptyState>Deze medewerker zit nog in geen enkel team.</EmptyState>}
          columns={[
            { header: 'Team', cell: (t) => <Link href={`/beheer/teams/${t.team.id}`}>{t.team.naam}</Link> },
            { header: 'Soort', cell: (t) => TEAM_SOORT_LABELS[t.team.soort] },
            { header: 'Rol in team', cell: (t) => (t.isLead ? 'Leidinggevende' : 'Lid') },
            { header: 'Periode', cell: (t) => periode(t.vanaf, t.tot) },
            {
              header: 'Actie',
              cell: (t) =>
                t.tot ? (
                  <Badge>Beëindigd</Badge>
                ) : (
                  <RowActionForm action={endTeamlidmaatschapAction} fields={{ lidmaatschapId: t.id }} label="Beëindigen" context={`lidmaatschap van ${t.team.naam}`} />
                ),
            },
          ]}
        />
        <TeamToevoegenForm userId={user.id} teams={keuzes.teams.filter((t) => !huidigeTeams.some((h) => h.team.id === t.id))} />
      </Section>

      <Section title="Focuswijken">
        <FocuswijkenForm userId={user.id} version={user.version} wijken={keuzes.wijken.filter((w) => w.actief || user.focuswijken.some((f) => f.wijkId === w.id))} selected={user.focuswijken.map((f) => f.wijkId)} />
      </Section>

      <Section title="Mandaten">
        <DataTable
          caption="Mandaten"
          rows={user.mandaten}
          rowKey={(m) => m.id}
          empty={<EmptyState>Deze medewerker heeft geen mandaten.</EmptyState>}
          columns={[
            { header: 'Mandaat', cell: (m) => MANDAAT_SOORT_LABELS[m.soort] },
            { header: 'Wet', cell: (m) => (m.wet ? WET_LABELS[m.wet] : 'Alle wetten') },
            { header: 'Product', cell: (m) => (m.product ? `${m.product.code} ${m.product.naam}` : 'Alle producten') },
            { header: 'Periode', cell: (m) => periode(m.vanaf, m.tot) },
            {
              header: 'Actie',
              cell: (m) =>
                mandaatLoopt(m) ? (
                  <RowActionForm action={endMandaatAction} fields={{ mandaatId: m.id }} label="Beëindigen" context={`mandaat ${MANDAAT_SOORT_LABELS[m.soort]} ${m.wet ? WET_LABELS[m.wet] : 'alle wetten'}`} />
                ) : (
                  <Badge>Beëindigd</Badge>
                ),
            },
          ]}
        />
        <MandaatForm userId={user.id} producten={keuzes.producten} />
      </Section>

      <Section title="Inloggen">
        <p className="mb-3 text-slate-700">
          {user.wachtwoordGewijzigdOp ? `Laatst gewijzigd op ${formatDatum(user.wachtwoordGewijzigdOp)}.` : 'Nog geen wachtwoord ingesteld.'}
          {user.oidcSubject && ' Deze medewerker logt ook in met het gemeente-account.'}
        </p>
        <WachtwoordForm userId={user.id} version={user.version} />
        {user.totpActief && <TweestapsverificatieForm userId={user.id} version={user.version} />}
      </Section>

      <Section title="Account">
        {user.actief ? (
          <p className="mb-3 max-w-3xl">
            Na deactiveren kan {user.naam} niet meer inloggen; de naam blijft in de geschiedenis staan.
            {user.openRegie > 0
              ? ` ${user.openRegie} ${user.openRegie === 1 ? 'huishouden blijft' : 'huishoudens blijven'} in regie tot de teamleider de regie overdraagt in Casusverdeling.`
              : ' Deze medewerker heeft geen lopende regie.'}
          </p>
        ) : (
          <p className="mb-3">Na activeren kan {user.naam} weer inloggen met het laatst ingestelde wachtwoord.</p>
        )}
        {user.id !== actor.id && <AccountForm userId={user.id} version={user.version} actief={user.actief} />}
      </Section>
    </>
  );
}
