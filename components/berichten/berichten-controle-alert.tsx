import { Alert } from '@/components/ui/alert';

/** Beheer's warning that incoming iWmo/iJw messages cannot be checked against the standard, and wait. */
export function BerichtenControleAlert({ controle }: { controle: { fout: string; wachtend: number } }) {
  return (
    <Alert variant="warning" title="Inkomende berichten kunnen niet worden gecontroleerd.">
      {controle.fout} {controle.wachtend === 1 ? 'Er wacht 1 bericht' : `Er wachten ${controle.wachtend} berichten`}; ze worden niet geweigerd, maar verwerkt zodra de controle weer draait.
    </Alert>
  );
}
