import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { Badge } from '@/components/ui/badge';
import { PageHeader, Section } from '@/components/ui/page';
import { requirePagePermission } from '@/lib/auth/session';
import { FASE_LABELS } from '@/lib/domain/casus-transitions';
import { HUISHOUDEN_ROL_LABELS } from '@/lib/domain/labels';
import { DomainError } from '@/lib/errors';
import { getTriageForm } from '@/lib/server/triage/get-triage-form';
import { TriageForm } from './triage-form';
import { isRefusedRead, refuseRead } from '@/lib/auth/refuse';

export const metadata: Metadata = { title: 'Triage' };

export default async function TriagePage({ params }: { params: Promise<{ meldingId: string }> }) {
  const actor = await requirePagePermission('triage:perform');
  const { meldingId } = await params;
  let form: Awaited<ReturnType<typeof getTriageForm>>;
  try {
    form = await getTriageForm(actor, meldingId);
  } catch (error) {
    // Already triaged (by someone else, or in another tab): the melding page shows the outcome.
    if (error instanceof DomainError && error.code === 'TRANSITION_REFUSED') redirect(`/meldingen/${meldingId}`);
    if (isRefusedRead(error)) await refuseRead(error);
    throw error;
  }
  const { melding, huishouden, casus, routes } = form;
  const geblokkeerd = routes.filter((r) => r.reasons.length > 0);
  return (
    <>
      <p className="mb-2"><Link href={`/meldingen/${melding.id}`}>← Melding {melding.kenmerk}</Link></p>
      <PageHeader title={`Triage van melding ${melding.kenmerk}`} description="Begrijpen, routeren, opschalen: kies de uitkomst en de route. Alleen de routes die nu mogelijk zijn staan erbij." />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-1">
          <Section title="Waar gaat het om?">
            <p className="font-semibold">{melding.naam} {melding.urgent && <Badge tone="danger">Urgent</Badge>}</p>
            <p className="mt-2 whitespace-pre-wrap break-words">{melding.vraag}</p>
            {melding.veiligheidsantwoord && <p className="mt-2"><span className="font-semibold">Veiligheid volgens melder:</span> {melding.veiligheidsantwoord}</p>}
          </Section>
          {huishouden ? (
            <Section title="Huishouden">
              <p className="font-semibold">{huishouden.naam}</p>
              <ul className="mt-2 list-disc pl-6">
                {huishouden.leden.map((l) => (
                  <li key={l.id}>{l.naam}{l.geboortedatum && `, ${l.geboortedatum.getUTCFullYear()}`} ({HUISHOUDEN_ROL_LABELS[l.rol].toLowerCase()})</li>
                ))}
              </ul>
              {casus && <p className="mt-3">Casus <span className="font-mono">{casus.nummer}</span>, fase {FASE_LABELS[casus.fase].toLowerCase()}{casus.team && `, ${casus.team.naam}`}.</p>}
            </Section>
          ) : (
            <Section title="Huishouden">
              <p>Deze melding is nog niet aan een huishouden gekoppeld. Zonder huishouden kun je haar alleen afhandelen met advies.</p>
              <p className="mt-2"><Link href={`/meldingen/${melding.id}`}>Eerst een huishouden zoeken</Link></p>
            </Section>
          )}
        </div>
        <div className="lg:col-span-2">
          <Section title="Triage">
            <TriageForm
              meldingId={melding.id}
              version={melding.version}
              urgent={melding.urgent}
              leden={huishouden?.leden.map((l) => l.naam) ?? []}
              routes={routes.filter((r) => r.reasons.length === 0).map(({ route, label, hint }) => ({ route, label, hint }))}
              geblokkeerd={geblokkeerd.map(({ label, reasons }) => ({ label, reasons }))}
              leefgebieden={form.leefgebieden.map((l) => ({ id: l.id, naam: l.naam }))}
              gekozenLeefgebieden={melding.leefgebieden.map((l) => l.leefgebiedId)}
              voorzieningen={form.voorzieningen.map((v) => ({ id: v.id, naam: v.wijk ? `${v.naam} (${v.wijk.naam})` : v.naam, soort: v.soort }))}
            />
          </Section>
        </div>
      </div>
    </>
  );
}
