import Link from 'next/link';
import { ConsentBadges } from '@/components/gesprek/consent-badges';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { FASE_LABELS } from '@/lib/domain/casus-transitions';
import { formatDatum } from '@/lib/domain/dates';
import { INTAKE_TOEGANG_DAGEN } from '@/lib/domain/intake-toegang';
import { REGIEVORM_LABELS, VEILIGHEID_LABELS } from '@/lib/domain/labels';
import { formatPostcode } from '@/lib/domain/postcode';
import type { DossierKop as Kop } from '@/lib/server/dossier/get-dossier-kop';
import { dossierHref } from './dossier-tabs';

const KLOK = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' });
const tijd = (d: Date) => KLOK.format(d);

function Contact({ telefoon, email }: { telefoon: string | null; email: string | null }) {
  if (!telefoon && !email) return null;
  return (
    <span className="block text-sm text-slate-700">
      {telefoon && <a href={`tel:${telefoon.replace(/[^\d+]/g, '')}`}>{telefoon}</a>}
      {telefoon && email && ' · '}
      {email && <a href={`mailto:${email}`}>{email}</a>}
    </span>
  );
}

/** The top of every dossier page: who, where, which stage, who leads, consent and safety at a glance. */
export function DossierKop({ kop }: { kop: Kop }) {
  const { huishouden: h, casus, lead, contactpersoon, veiligheid } = kop;
  return (
    <header className="mb-4">
      <p className="mb-1 text-sm">
        <Link href="/zoeken">Zoeken</Link> <span aria-hidden="true">›</span> Dossier
      </p>
      <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{h.naam}</h1>
      <p className="mt-1 text-slate-700">
        {h.adres}, {formatPostcode(h.postcode)} {h.woonplaats}
        {h.wijk && <> · wijk {h.wijk}</>}
      </p>

      {kop.grond === 'BREAK_THE_GLASS' && (
        <Alert variant="warning" title="Je bekijkt dit dossier via break the glass">
          Je toegang loopt tot {kop.btgTot ? tijd(kop.btgTot) : 'later vandaag'}. Alles wat je hier opent, staat met je reden in het toegangslog en
          wordt achteraf beoordeeld.
        </Alert>
      )}

      {kop.grond === 'INTAKE' && kop.intakeTot && (
        <Alert variant="info" title="Je ziet dit dossier omdat je de intake deed">
          Wie de intake deed, houdt {INTAKE_TOEGANG_DAGEN} dagen toegang: jij tot {formatDatum(kop.intakeTot)}, {tijd(kop.intakeTot)}. Daarna werkt het wijkteam eraan en vraag je de teamleider als je het dossier nog nodig hebt.
        </Alert>
      )}

      {veiligheid && (
        <div className="mt-4">
          <Alert variant={veiligheid.niveau === 'TWIJFEL' ? 'warning' : 'error'} title={`Veiligheid: ${VEILIGHEID_LABELS[veiligheid.niveau].toLowerCase()}`}>
            {veiligheid.tekst} <Link href={dossierHref(h.id, 'veiligheid')}>Naar veiligheid</Link>
          </Alert>
        </div>
      )}

      <dl className="mt-4 grid gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <dt className="text-sm text-slate-700">Fase</dt>
          <dd className="mt-1 font-semibold">
            {casus ? (
              <>
                <Badge tone={casus.open ? 'info' : 'neutral'}>{FASE_LABELS[casus.fase]}</Badge>
                <span className="block text-sm font-normal text-slate-700">
                  Casus {casus.nummer}
                  {casus.team && <> · {casus.team}</>}
                  {!casus.open && casus.waakvlamOp && <> · waakvlam {formatDatum(casus.waakvlamOp)}</>}
                </span>
              </>
            ) : (
              'Geen casus'
            )}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700">Regisseur</dt>
          <dd className="mt-1">
            {lead ? (
              <>
                <span className="font-semibold">{lead.naam}</span>
                <span className="block text-sm text-slate-700">
                  {REGIEVORM_LABELS[lead.vorm]}
                  {lead.organisatie && lead.organisatie !== lead.naam && <> · {lead.organisatie}</>} · sinds {formatDatum(lead.sinds)}
                </span>
                <Contact telefoon={lead.telefoon} email={lead.email} />
                {kop.overigeRegie.length > 0 && (
                  <span className="block text-sm text-slate-700">Naast: {kop.overigeRegie.map((r) => `${r.naam} (${REGIEVORM_LABELS[r.vorm].toLowerCase()})`).join(', ')}</span>
                )}
              </>
            ) : (
              <span className="font-semibold">{casus?.open ? 'Nog geen regisseur' : 'Geen regisseur'}</span>
            )}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700">Contactpersoon</dt>
          <dd className="mt-1">
            {contactpersoon ? (
              <>
                <span className="font-semibold">{contactpersoon.naam}</span>
                <Contact telefoon={contactpersoon.telefoon} email={contactpersoon.email} />
              </>
            ) : (
              <span className="font-semibold">{lead ? lead.naam : 'Nog niet bekend'}</span>
            )}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700">Toestemming</dt>
          <dd className="mt-1">
            <ConsentBadges summary={kop.toestemming} />
          </dd>
        </div>
      </dl>
    </header>
  );
}
