import Link from 'next/link';

/** Issue 22: what a partner sees for anything it may not see — the same as for something that does not exist. */
export default function PartnerNotFound() {
  return (
    <>
      <h1 className="text-3xl font-bold">Niet gevonden</h1>
      <p className="mt-4">
        Dit huishouden of deze gegevens zijn niet gevonden. Misschien heeft het huishouden de toestemming ingetrokken, of werkt jouw
        organisatie niet (meer) aan het plan.
      </p>
      <p className="mt-6"><Link href="/partner">Naar de acties</Link></p>
    </>
  );
}
