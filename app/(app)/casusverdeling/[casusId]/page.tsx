import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { PageHeader, Section } from '@/components/ui/page';
import { requirePagePermission } from '@/lib/auth/session';
import { FASE_LABELS } from '@/lib/domain/casus-transitions';
import { adviesProcesregie } from '@/lib/domain/casusverdeling';
import { formatDatum } from '@/lib/domain/dates';
import { COMPLEXITEIT_LABELS, REGIEVORM_LABELS, TRIAGE_UITKOMST_LABELS, URGENTIE_LABELS, VEILIGHEID_LABELS } from '@/lib/domain/labels';
import { getCasusVoorVerdeling } from '@/lib/server/regie/get-casus-voor-verdeling';
import { Feiten } from '../_components/casus-samenvatting';
import { readOrRefuse } from '../_components/read-or-refuse';
import { AssignRegieForm } from '../_components/regie-forms';
import { dagenGeleden } from '@/lib/domain/dagen-geleden';

export const metadata: Metadata = { title: 'Regie toewijzen' };

export default async function RegieToewijzenPage({ params }: { params: Promise<{ casusId: string }> }) {
  const { casusId } = await params;
  const actor = await requirePagePermission('regie:assign');
  const { casus, kandidaten } = await readOrRefuse(getCasusVoorVerdeling(actor, casusId));
  const wacht = casus.wacht;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/casusverdeling">← Terug naar de casusverdeling</Link>
      </p>
      <PageHeader title={`Regie toewijzen: ${casus.huishouden.naam}`} description={`Casus ${casus.nummer}. Kies de vorm van regie en een regisseur uit je team.`} />
      <Section title="De casus">
        <Feiten
          items={[
            ['Wijk', casus.wijk?.naam ?? 'Onbekend'],
            ['Urgentie', <Badge key="u" tone={casus.urgentie === 'NORMAAL' ? 'neutral' : 'danger'}>{URGENTIE_LABELS[casus.urgentie]}</Badge>],
            ['Veiligheid', casus.veiligheid === 'GEEN_ZORGEN' ? VEILIGHEID_LABELS[casus.veiligheid] : <Badge key="v" tone={casus.veiligheid === 'TWIJFEL' ? 'warning' : 'danger'}>{VEILIGHEID_LABELS[casus.veiligheid]}</Badge>],
            ['Complexiteit', COMPLEXITEIT_LABELS[casus.complexiteit]],
            ['Gemeld', `${formatDatum(casus.meldingOntvangenOp)} (${dagenGeleden(casus.wachttijdDagen)})`],
            ['Leden van het huishouden', casus.huishouden.leden],
            ['Leefgebieden', casus.triage?.leefgebieden.join(', ') || 'Niet vastgelegd'],
            ['Triage', casus.triage ? TRIAGE_UITKOMST_LABELS[casus.triage.uitkomst] : 'Geen triage'],
            ['Intake gedaan door', casus.intakeDoor ?? (casus.triageDoor ? `${casus.triageDoor} (toegang, bij de triage)` : 'Niet vastgelegd')],
          ]}
        />
        {casus.triage?.toelichting && <p className="mt-4 max-w-3xl whitespace-pre-line text-slate-800">{casus.triage.toelichting}</p>}
        {casus.intakeDoor && (
          <p className="mt-4 text-sm text-slate-700">{casus.intakeDoor} deed de intake en blijft het aanspreekpunt van het huishouden, tenzij de regie later wordt overgedragen.</p>
        )}
      </Section>
      {wacht ? (
        <Section title="Regisseur kiezen">
          {adviesProcesregie(casus.complexiteit, casus.triage?.leefgebieden.length ?? 0) && (
            <Alert variant="info" title="Overweeg procesregie">
              Hoge complexiteit en {casus.triage?.leefgebieden.length} leefgebieden: bij veel partijen past procesregie. Gemiddeld krijgt 10 tot 15% van de
              huishoudens procesregie.
            </Alert>
          )}
          <AssignRegieForm casusId={casus.id} version={casus.version} kandidaten={kandidaten} />
        </Section>
      ) : (
        <Alert variant="info" title="Deze casus wacht niet meer op regie">
          De casus staat in de fase {FASE_LABELS[casus.fase].toLowerCase()}
          {casus.regie.length > 0 && (
            <>
              {' '}met als regie:{' '}
              {casus.regie.map((r) => `${r.regisseur?.naam ?? r.aanbieder?.naam} (${REGIEVORM_LABELS[r.vorm].toLowerCase()}${r.lead ? ', lead' : ''})`).join('; ')}
            </>
          )}
          . Wijzig de regie in het dossier: <Link href={`/huishoudens/${casus.huishouden.id}/regie`}>regie van {casus.huishouden.naam}</Link>.
        </Alert>
      )}
    </>
  );
}
