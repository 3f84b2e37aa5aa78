import type { Metadata } from 'next';
import { GebruikerActiefKnop, OrganisatieActiefKnop, PartnerGebruikerForm, PartnerOrganisatieForm } from '@/components/partner/partner-forms';
import { Badge } from '@/components/ui/badge';
import { EmptyState, PageHeader, Section } from '@/components/ui/page';
import { requirePagePermission } from '@/lib/auth/session';
import { formatDatumTijd } from '@/lib/domain/dates';
import { PARTNER_SOORT_VALUES } from '@/lib/domain/enums';
import { PARTNER_SOORT_LABELS } from '@/lib/domain/labels';
import { listPartnerOrganisatiesBeheer } from '@/lib/server/beheer/list-partner-organisaties';
import { createPartnerOrganisatieAction, savePartnerGebruikerAction, setPartnerOrganisatieActiefAction, updatePartnerOrganisatieAction } from './actions';

export const metadata: Metadata = { title: 'Ketenpartners' };

const SOORTEN = PARTNER_SOORT_VALUES.map((s) => ({ value: s, label: PARTNER_SOORT_LABELS[s] }));

/** Issue 22: the gemeente's ketenpartners (organisations outside the gemeente that work on plans) and their users. */
export default async function KetenpartnersPage() {
  const actor = await requirePagePermission('beheer:manage');
  const { organisaties, aanbieders } = await listPartnerOrganisatiesBeheer(actor);
  const aanbiederNaam = new Map(aanbieders.map((a) => [a.value, a.label]));
  return (
    <>
      <PageHeader
        title="Ketenpartners"
        description="Organisaties buiten de gemeente die aan plannen werken: aanbieders, huisartsen, scholen, corporaties. Hun gebruikers loggen in met eHerkenning (niveau EH3) en zien alleen wat een huishouden met hen deelt."
      />
      {organisaties.length === 0 && <EmptyState>Er zijn nog geen ketenpartners.</EmptyState>}
      {organisaties.map((o) => (
        <Section key={o.id} title={o.naam}>
          <p className="text-slate-700">
            {PARTNER_SOORT_LABELS[o.soort]} · KvK {o.kvkNummer}{o.aanbiederId ? ` · ${aanbiederNaam.get(o.aanbiederId) ?? 'aanbieder'}` : ''}{' '}
            {!o.actief && <Badge tone="danger">Uitgeschakeld: de gebruikers hebben geen toegang</Badge>}
          </p>
          <ul className="mt-3">
            {o.gebruikers.map((g) => (
              <li key={g.id} className="mt-2 flex flex-wrap items-center gap-x-4">
                <span>{g.naam} · {g.email}{g.coordinator ? ' · coördinator' : ''}{g.laatstIngelogdOp ? ` · laatst ingelogd ${formatDatumTijd(g.laatstIngelogdOp)}` : ''}</span>
                {!g.actief && <Badge tone="neutral">Uitgeschakeld</Badge>}
                <GebruikerActiefKnop action={savePartnerGebruikerAction} organisatieId={o.id} gebruiker={g} />
              </li>
            ))}
          </ul>
          <details className="mt-3">
            <summary className="cursor-pointer font-semibold text-brand-800">Gebruiker toevoegen aan {o.naam}</summary>
            <PartnerGebruikerForm action={savePartnerGebruikerAction} organisatieId={o.id} />
          </details>
          <details className="mt-3">
            <summary className="cursor-pointer font-semibold text-brand-800">Gegevens van {o.naam} wijzigen</summary>
            <PartnerOrganisatieForm action={updatePartnerOrganisatieAction} soorten={SOORTEN} aanbieders={aanbieders} organisatie={o} />
          </details>
          <p className="mt-3 text-slate-700">{o.actief ? 'Uitschakelen beëindigt direct de toegang van alle gebruikers van deze organisatie. Acties en geschiedenis blijven bewaard.' : 'Weer inschakelen geeft de actieve gebruikers hun toegang terug.'}</p>
          <OrganisatieActiefKnop action={setPartnerOrganisatieActiefAction} organisatie={o} />
        </Section>
      ))}
      <Section title="Ketenpartner toevoegen">
        <PartnerOrganisatieForm action={createPartnerOrganisatieAction} soorten={SOORTEN} aanbieders={aanbieders} />
      </Section>
    </>
  );
}
