import type { Metadata } from 'next';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { EmptyState, PageHeader, Section } from '@/components/ui/page';
import { requirePagePermission } from '@/lib/auth/session';
import { formatDatumTijd } from '@/lib/domain/dates';
import { getMailOverzicht } from '@/lib/server/beheer/get-mail-overzicht';

export const metadata: Metadata = { title: 'Mail' };

const STATUS = { WACHT: { label: 'Wacht', tone: 'warning' }, VERZONDEN: { label: 'Verzonden', tone: 'success' }, MISLUKT: { label: 'Niet bezorgd', tone: 'danger' } } as const;

export default async function MailPage() {
  const actor = await requirePagePermission('beheer:manage');
  const { uitgaand, mislukt, demo, ontvangen } = await getMailOverzicht(actor);
  return (
    <>
      <PageHeader title="Mail" description="Meldingen aan inwoners per e-mail: alleen dat er iets klaarstaat in Mijn plan, nooit de inhoud. Verstuurd door een taak in de database, die het bij een fout later opnieuw probeert." />
      {mislukt > 0 && (
        <Alert variant="error" title={`${mislukt} ${mislukt === 1 ? 'mail is' : 'mails zijn'} niet bezorgd.`}>
          Na vijf pogingen is het opgegeven. Controleer het e-mailadres van de inwoner of de mailserver (SMTP_URL).
        </Alert>
      )}
      <Section title="Uitgaande mail">
        {uitgaand.length === 0 ? <EmptyState>Er is nog geen mail verstuurd.</EmptyState> : (
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Uitgaande mail, nieuwste eerst</caption>
            <thead><tr><th scope="col" className="py-1 pr-3">Aangemaakt</th><th scope="col" className="pr-3">Aan</th><th scope="col" className="pr-3">Onderwerp</th><th scope="col" className="pr-3">Status</th><th scope="col">Fout</th></tr></thead>
            <tbody>
              {uitgaand.map((m) => (
                <tr key={m.id} className="border-t border-slate-200 align-top">
                  <td className="py-1 pr-3">{formatDatumTijd(m.createdAt)}</td>
                  <td className="pr-3">{m.aan}</td>
                  <td className="pr-3">{m.onderwerp}</td>
                  <td className="pr-3"><Badge tone={STATUS[m.status].tone}>{STATUS[m.status].label}</Badge> {m.pogingen > 1 ? `(${m.pogingen} pogingen)` : ''}</td>
                  <td>{m.fout ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
      {demo && (
        <Section title="Ontvangen door de test-mailserver (alleen in de demo)">
          {ontvangen.length === 0 ? <EmptyState>De test-mailserver heeft nog niets ontvangen.</EmptyState> : (
            <ul className="grid gap-3">
              {ontvangen.map((m) => (
                <li key={m.bestand} className="rounded border border-slate-200 p-3" aria-label={`Mail aan ${m.to.join(', ')}`}>
                  <p className="font-semibold">{m.subject}</p>
                  <p className="text-sm text-slate-700">Aan {m.to.join(', ')} · van {m.from} · {formatDatumTijd(new Date(m.date))}</p>
                  <pre className="mt-2 whitespace-pre-wrap font-sans text-sm">{m.text}</pre>
                </li>
              ))}
            </ul>
          )}
        </Section>
      )}
    </>
  );
}
