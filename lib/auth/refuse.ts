import 'server-only';
import { cache } from 'react';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { DomainError } from '@/lib/errors';
import { newRequestRef, REQUEST_REF_HEADER } from './request-ref';

// The one way a page refuses a read (issue 18 item 3). Whether the record does not exist or the user may not see it,
// the user gets the same page (app/(app)/not-found.tsx: "niet gevonden of geen toegang", status 404), so a refusal
// never tells that something exists. The page shows the request's reference; the server log has the same reference
// with the real reason, for the servicedesk.
//
// Not covered on purpose: a role that may not open a kind of page at all goes to /geen-toegang
// (requirePagePermission: that says nothing about any record), and a household the user has no ground for shows
// "Geen toegang tot dit dossier" with break the glass (the dossier layout): breaking the glass is how need-to-know
// is overridden, so there the existence of the household is part of the design.


/** This request's reference (made here when the request did not pass the proxy, as in tests). */
export async function requestRef(): Promise<string> {
  try {
    return (await headers()).get(REQUEST_REF_HEADER) ?? newRequestRef();
  } catch {
    return newRequestRef(); // outside a request
  }
}

/** NOT_FOUND and FORBIDDEN of a read: both are refused the same way. */
export const isRefusedRead = (error: unknown): error is DomainError =>
  error instanceof DomainError && (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN');

// The dossier layout and its page may both refuse in one request: one log line is enough.
const loggedThisRequest = cache(() => ({ logged: false }));

/** Logs why (with the reference, once per request) and shows the refusal page. */
export async function refuseRead(error?: DomainError): Promise<never> {
  const ref = await requestRef();
  const request = loggedThisRequest();
  if (!request.logged) console.info(JSON.stringify({ level: 'info', event: 'read-refused', ref, code: error?.code ?? 'NOT_FOUND', reasons: error?.reasons ?? [], at: new Date().toISOString() }));
  request.logged = true;
  notFound();
}

/** A page's read: its data, or the refusal page when the record is unknown or not for this user. */
export async function readOrRefuse<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (isRefusedRead(error)) return refuseRead(error);
    throw error;
  }
}
