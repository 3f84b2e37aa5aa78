import { DomainError } from '@/lib/errors';

/**
 * A message (or a fact in it) that the standard's rules of the exchange refuse: Dutch reasons for the backoffice and
 * beheer, and the retourcode of the standard (LDT_RetourCode) for the aanbieder. A DomainError, so that a use case
 * called by hand (a later partner portal) refuses in the same words.
 */
export class BerichtWeigering extends DomainError {
  constructor(
    readonly retourcode: string,
    reden: string,
  ) {
    super('TRANSITION_REFUSED', [reden]);
    this.name = 'BerichtWeigering';
  }
}
