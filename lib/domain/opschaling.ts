import type { Fase, VerzoekStatus } from './enums';
import type { RegieAssignment } from './regie';
import { heeftPlanFase } from './casus-transitions';

// Opschalen (DOMAIN.md §2 Regie, §8): a wijkcoach with casusregie asks to raise a casus to procesregie; the
// teamlead grants it (a procesregie assignment) or refuses it with an explanation. Doorzettingsmacht (authority to
// force progress) is used by someone with that mandate and recorded as an event on the casus. Each guard returns
// Dutch reasons; empty means allowed.


export const OPSCHALING_REASONS = {
  notInRegie: 'Opschalen kan alleen bij een casus die in regie is.',
  alreadyProcesregie: 'Deze casus heeft al procesregie.',
  alreadyRequested: 'Er staat al een verzoek tot opschalen open voor deze casus.',
  notRegisseur: 'Alleen een regisseur van dit huishouden kan opschalen aanvragen.',
  needsReason: 'Geef de reden om op te schalen.',
  notOpen: 'Over dit verzoek is al besloten.',
  needsToelichting: 'Geef een toelichting bij de afwijzing.',
  needsProcesregisseur: 'Kies een procesregisseur.',
  doorzettingsmachtNeedsMandaat: 'Doorzettingsmacht kan alleen iemand met dat mandaat inzetten.',
  doorzettingsmachtNeedsOpenCasus: 'Doorzettingsmacht kan alleen bij een open casus.',
  doorzettingsmachtNeedsOmschrijving: 'Beschrijf wat je met doorzettingsmacht hebt besloten en waarom.',
} as const;

export const opschalingRequestRefusals = (input: {
  fase: Fase;
  current: RegieAssignment[];
  requesterId: string;
  hasOpenRequest: boolean;
  reden: string;
}): string[] => {
  const reasons: string[] = [];
  if (!heeftPlanFase(input.fase) || input.current.length === 0) reasons.push(OPSCHALING_REASONS.notInRegie);
  else if (input.current.some((a) => a.vorm === 'PROCESREGIE')) reasons.push(OPSCHALING_REASONS.alreadyProcesregie);
  else if (!input.current.some((a) => a.regisseurId === input.requesterId)) reasons.push(OPSCHALING_REASONS.notRegisseur);
  if (input.hasOpenRequest) reasons.push(OPSCHALING_REASONS.alreadyRequested);
  if (!input.reden.trim()) reasons.push(OPSCHALING_REASONS.needsReason);
  return reasons;
};

export type OpschalingBesluit = 'TOEKENNEN' | 'AFWIJZEN';

export const opschalingDecisionRefusals = (input: {
  status: VerzoekStatus;
  besluit: OpschalingBesluit;
  toelichting: string;
  procesregisseurId: string | null;
}): string[] => {
  if (input.status !== 'OPEN') return [OPSCHALING_REASONS.notOpen];
  if (input.besluit === 'AFWIJZEN' && !input.toelichting.trim()) return [OPSCHALING_REASONS.needsToelichting];
  if (input.besluit === 'TOEKENNEN' && !input.procesregisseurId) return [OPSCHALING_REASONS.needsProcesregisseur];
  return [];
};

export const doorzettingsmachtRefusals = (input: { hasMandaat: boolean; fase: Fase; omschrijving: string }): string[] => {
  const reasons: string[] = [];
  if (!input.hasMandaat) reasons.push(OPSCHALING_REASONS.doorzettingsmachtNeedsMandaat);
  if (input.fase === 'AFGESLOTEN') reasons.push(OPSCHALING_REASONS.doorzettingsmachtNeedsOpenCasus);
  if (!input.omschrijving.trim()) reasons.push(OPSCHALING_REASONS.doorzettingsmachtNeedsOmschrijving);
  return reasons;
};
