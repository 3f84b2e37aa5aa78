// TOTP (RFC 6238) second factor with otplib: 30-second steps, six digits, one step of clock drift either way.
import { generateSecret, generateURI, verifySync } from 'otplib';
import { env } from '@/lib/env';

export const newTotpSecret = () => generateSecret();

export const totpUri = (email: string, secret: string, issuer = 'Wijkregie') => generateURI({ issuer, label: email, secret });

export function isValidTotp(secret: string, code: string): boolean {
  const token = code.replace(/\s+/g, '');
  if (!/^[0-9]{6}$/.test(token)) return false;
  try {
    return verifySync({ secret, token, epochTolerance: 30 }).valid;
  } catch {
    return false;
  }
}

/** A second factor is required for staff outside demo mode (issue: hardening). */
export const totpRequired = () => env().WIJKREGIE_DEMO !== '1';
