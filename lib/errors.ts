// Known failures carry a code and Dutch reasons; anything else is a bug and gets a generic text with a reference.
export type DomainErrorCode =
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'STALE_VERSION'
  | 'TRANSITION_REFUSED'
  | 'INVALID'
  | 'CONFLICT'
  | 'THROTTLED'
  | 'TOTP_REQUIRED'
  | 'TOTP_INVALID';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly reasons: string[] = [],
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(reasons.length ? `${code}: ${reasons.join(' ')}` : code);
    this.name = 'DomainError';
  }
}

const MESSAGES: Record<DomainErrorCode, string> = {
  FORBIDDEN: 'Je hebt geen toegang tot deze gegevens of handeling.',
  NOT_FOUND: 'Niet gevonden.',
  STALE_VERSION: 'Iemand anders heeft dit net gewijzigd. Bekijk de nieuwe gegevens en probeer het opnieuw.',
  TRANSITION_REFUSED: 'Deze stap kan nu niet.',
  INVALID: 'Controleer de gemarkeerde velden.',
  CONFLICT: 'Dit botst met gegevens die al bestaan.',
  THROTTLED: 'Te veel pogingen. Wacht een kwartier en probeer het opnieuw.',
  TOTP_REQUIRED: 'Vul de verificatiecode uit je authenticator-app in.',
  TOTP_INVALID: 'De verificatiecode klopt niet. Gebruik de code die nu in je app staat.',
};

export function toUserMessage(error: unknown): string {
  if (error instanceof DomainError) {
    return error.reasons.length ? error.reasons.join(' ') : MESSAGES[error.code];
  }
  const ref = crypto.randomUUID().slice(0, 8);
  logError(error, ref);
  return `Er ging iets mis (referentie ${ref}). Probeer het later opnieuw.`;
}

export function logError(error: unknown, ref?: string) {
  const err = error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : { error };
  console.error(JSON.stringify({ level: 'error', ref, ...err, at: new Date().toISOString() }));
}

/** Prisma's unique-constraint violation (P2002) or a PostgreSQL unique_violation (23505) from a raw query. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string }; meta?: { driverAdapterError?: { cause?: { originalCode?: string } } } };
  return (
    e?.code === 'P2002' ||
    e?.code === '23505' ||
    e?.cause?.code === '23505' ||
    e?.meta?.driverAdapterError?.cause?.originalCode === '23505'
  );
}
