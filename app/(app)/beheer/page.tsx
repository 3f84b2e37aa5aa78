import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page';
import { requirePagePermission } from '@/lib/auth/session';
import { getBeheerHome } from '@/lib/server/beheer/get-beheer-home';
import { BerichtenControleAlert } from '@/components/berichten/berichten-controle-alert';

export const metadata: Metadata = { title: 'Beheer' };

export default async function BeheerPage() {
  const actor = await requirePagePermission('beheer:manage');
  const home = await getBeheerHome(actor);
  const onderdelen = [
    { href: '/beheer/medewerkers', titel: 'Medewerkers', tekst: 'Accounts, rollen, teams, focuswijken, mandaten en wachtwoorden.', telling: `${home.medewerkers} actief${home.gedeactiveerd ? `, ${home.gedeactiveerd} gedeactiveerd` : ''}` },
    { href: '/beheer/teams', titel: 'Teams', tekst: 'Wijkteams, jeugdteams, Wmo-teams, backoffice en frontoffice.', telling: `${home.teams} actief` },
    { href: '/beheer/wijken', titel: 'Wijken', tekst: 'Wijken met de postcodereeksen die een adres aan een wijk koppelen.', telling: `${home.wijken} actief` },
    { href: '/beheer/leefgebieden', titel: 'Leefgebieden', tekst: 'De eigen lijst van leefgebieden, in volgorde.', telling: `${home.leefgebieden} actief` },
    { href: '/beheer/producten', titel: 'Productcatalogus', tekst: 'Producten per wet met iWmo/iJw-code, tarief en looptijd; import en export als CSV.', telling: `${home.actieveProducten} actief van ${home.producten}` },
    { href: '/beheer/aanbieders', titel: 'Aanbieders', tekst: 'Zorgaanbieders met AGB-code, contracten en tarieven.', telling: `${home.aanbieders} actief` },
    { href: '/beheer/sociale-kaart', titel: 'Sociale kaart', tekst: 'Algemene voorzieningen en voorliggende partners.', telling: `${home.voorzieningen} actief` },
    { href: '/beheer/mail', titel: 'Mail', tekst: 'Meldingen aan inwoners per e-mail, en welke niet bezorgd konden worden.', telling: 'Uitgaande mail' },
    { href: '/beheer/instellingen', titel: 'Instellingen', tekst: 'Gemeentecode, briefhoofd en ondertekening, termijnen en bewaartermijnen.', telling: `${home.gemeente.naam} (${home.gemeente.gemeentecode})` },
  ];
  return (
    <>
      <PageHeader title="Beheer" description="De inrichting van de gemeente. Elke wijziging komt in het toegangslog, met de oude en de nieuwe waarde." />
      {home.openRegieInactief > 0 && (
        <Alert variant="warning" title={`${home.openRegieInactief} ${home.openRegieInactief === 1 ? 'huishouden heeft' : 'huishoudens hebben'} nog een regisseur die is gedeactiveerd.`}>
          De teamleiders dragen die regie over in Casusverdeling. <Link href="/beheer/medewerkers?status=gedeactiveerd">Bekijk de gedeactiveerde medewerkers</Link>.
        </Alert>
      )}
      {home.berichtenControle && <BerichtenControleAlert controle={home.berichtenControle} />}
      {home.wijkenZonderPostcode > 0 && (
        <Alert variant="warning" title={`${home.wijkenZonderPostcode} ${home.wijkenZonderPostcode === 1 ? 'wijk heeft' : 'wijken hebben'} nog geen postcodes.`}>
          Adressen komen daar niet vanzelf in terecht. <Link href="/beheer/wijken">Naar de wijken</Link>.
        </Alert>
      )}
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {onderdelen.map((o) => (
          <li key={o.href} className="rounded border border-slate-200 bg-white p-4 shadow-sm">
            <h2 className="text-lg font-bold">
              <Link href={o.href}>{o.titel}</Link>
            </h2>
            <p className="mt-1 text-slate-700">{o.tekst}</p>
            <p className="mt-2 text-sm font-semibold text-slate-900">{o.telling}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
