'use client';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { DataTable } from '@/components/ui/table';
import { importCatalogusAction, previewCatalogusImportAction, type ImportState } from '../actions';

const ACTIE_LABELS = { NIEUW: 'Nieuw', WIJZIGING: 'Wijziging', ONGEWIJZIGD: 'Ongewijzigd' } as const;
const VELD_LABELS: Record<string, string> = {
  naam: 'naam', eenheid: 'eenheid', standaardFrequentie: 'frequentie', leveringsvormen: 'leveringsvormen', tariefCent: 'tarief', actiefTot: 'einddatum',
};

export function ImportForm() {
  const [preview, previewAction, previewing] = useActionState<ImportState, FormData>(previewCatalogusImportAction, {});
  const [importState, importAction, importing] = useActionState<ImportState, FormData>(importCatalogusAction, {});
  const p = preview.preview;
  return (
    <>
      <form action={previewAction} className="max-w-2xl">
        {preview.formError && <Alert variant="error">{preview.formError}</Alert>}
        <Field
          label="CSV-bestand"
          name="bestand"
          hint="Kolommen: wet;code;naam;eenheid;frequentie;leveringsvormen;tarief;actief_van;actief_tot. Begin met een export om het formaat te zien."
        >
          <Input type="file" accept=".csv,text/csv" />
        </Field>
        <Button variant="secondary" disabled={previewing}>
          {previewing ? 'Bezig met controleren…' : 'Bestand controleren'}
        </Button>
      </form>

      {p && (
        <div className="mt-6">
          <h2 className="mb-3 text-lg font-bold">Controle van {preview.bestandsnaam}</h2>
          {p.fouten.length > 0 && (
            <Alert variant="error" title="Dit bestand kan niet worden ingelezen. Er is niets gewijzigd.">
              <ul className="list-disc pl-5">
                {p.fouten.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            </Alert>
          )}
          {p.regels.length > 0 && !p.geldig && (
            <Alert variant="error" title={`${p.aantallen.fout} ${p.aantallen.fout === 1 ? 'regel bevat' : 'regels bevatten'} fouten. Er is niets gewijzigd.`}>
              Pas het bestand aan en controleer het opnieuw. Een import gaat helemaal of helemaal niet.
            </Alert>
          )}
          {p.geldig && (
            <Alert variant="info" title="Het bestand is in orde.">
              {p.aantallen.nieuw} nieuw, {p.aantallen.gewijzigd} gewijzigd, {p.aantallen.ongewijzigd} ongewijzigd. Er is nog niets opgeslagen.
            </Alert>
          )}
          {p.regels.length > 0 && (
            <DataTable
              caption="Regels van het bestand"
              rows={p.regels}
              rowKey={(r) => String(r.regel)}
              columns={[
                { header: 'Regel', cell: (r) => r.regel },
                { header: 'Code', cell: (r) => <span className="font-mono">{r.code}</span> },
                { header: 'Naam', cell: (r) => r.naam },
                {
                  header: 'Resultaat',
                  cell: (r) =>
                    r.fouten.length ? (
                      <ul className="font-semibold text-red-800">
                        {r.fouten.map((f) => (
                          <li key={f}>{f}</li>
                        ))}
                      </ul>
                    ) : (
                      <>
                        <Badge tone={r.actie === 'ONGEWIJZIGD' ? 'neutral' : 'info'}>{ACTIE_LABELS[r.actie!]}</Badge>
                        {r.velden.length > 0 && <span className="ml-2 text-slate-700">{r.velden.map((v) => VELD_LABELS[v] ?? v).join(', ')}</span>}
                      </>
                    ),
                },
              ]}
            />
          )}
          {p.geldig && (
            <form action={importAction} className="mt-4">
              {importState.formError && (
                <Alert variant="error" title={importState.formError}>
                  {importState.reasons?.length ? (
                    <ul className="list-disc pl-5">
                      {importState.reasons.map((r) => (
                        <li key={r}>{r}</li>
                      ))}
                    </ul>
                  ) : null}
                </Alert>
              )}
              <input type="hidden" name="csv" value={preview.csv} />
              <Button disabled={importing}>{importing ? 'Bezig met importeren…' : `${p.aantallen.nieuw + p.aantallen.gewijzigd} producten importeren`}</Button>
            </form>
          )}
        </div>
      )}
    </>
  );
}
