import type { MandaatSoort, Rol, Wet } from './enums';
import { isActiefOp } from './catalogus';

// Mandates (DOMAIN.md §3 rule 7): only a user with the mandate for that law, and product, may vaststellen a plan or
// a beschikking. A mandate names a soort, optionally a law (null: every law) and optionally one product (null:
// every product of the law), and runs from vanaf to tot (both included; tot null is open-ended).

export type MandaatFeit = { soort: MandaatSoort; wet: Wet | null; productId: string | null; vanaf: Date; tot: Date | null };

export type MandaatVraag = { soort: MandaatSoort; wet: Wet; productId?: string | null; op: Date };

/** Whether one of these mandates covers this soort, law and product on this day. */
export const heeftMandaat = (mandaten: readonly MandaatFeit[], vraag: MandaatVraag): boolean =>
  mandaten.some(
    (m) =>
      m.soort === vraag.soort &&
      (m.wet === null || m.wet === vraag.wet) &&
      (m.productId === null || m.productId === (vraag.productId ?? undefined)) &&
      isActiefOp({ van: m.vanaf, tot: m.tot }, vraag.op),
  );

// A mandate means something only with the role that does the work (lib/auth/permissions: plan:vaststellen is for
// wijkcoaches and teamleiders, beschikking:vaststellen for the backoffice; procesregie and doorzettingsmacht are
// wijkteam work).
const ROLLEN_VOOR: Record<MandaatSoort, readonly Rol[]> = {
  PLAN_VASTSTELLEN: ['WIJKCOACH', 'TEAMLEAD'],
  BESCHIKKING_VASTSTELLEN: ['BACKOFFICE'],
  PROCESREGIE: ['WIJKCOACH', 'TEAMLEAD'],
  DOORZETTINGSMACHT: ['WIJKCOACH', 'TEAMLEAD'],
};

const ROL_NAMEN: Partial<Record<Rol, string>> = { WIJKCOACH: 'wijkcoach', TEAMLEAD: 'teamleider', BACKOFFICE: 'backoffice' };

/** A Dutch reason when this person's roles cannot use a mandate of this soort, else null. */
export const mandaatRolProblem = (soort: MandaatSoort, rollen: readonly Rol[]): string | null => {
  const nodig = ROLLEN_VOOR[soort];
  if (rollen.some((r) => nodig.includes(r))) return null;
  return `Dit mandaat past alleen bij de rol ${nodig.map((r) => ROL_NAMEN[r]).join(' of ')}. Geef de medewerker eerst die rol.`;
};

/** A product-specific mandate must name the product's own law. */
export const mandaatProductProblem = (wet: Wet | null, productWet: Wet): string | null =>
  wet !== null && wet !== productWet ? 'Dit product hoort bij een andere wet dan het gekozen mandaat.' : null;
