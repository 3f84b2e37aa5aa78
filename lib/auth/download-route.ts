import type { Actor, Permission } from '@/lib/auth/permissions';
import { can } from '@/lib/auth/permissions';
import { getActor } from '@/lib/auth/session';
import { downloadNaam } from '@/lib/domain/bijlage';
import { DomainError, toUserMessage } from '@/lib/errors';

// The frame of every route handler that hands out a file (letters, verslagen, plans, messages, inzage): signed in, the
// permission from the one table, then the use case (which checks need-to-know and logs the download); a refusal or
// a missing record answers as plain Dutch text with its status, never a stack trace.

export const textResponse = (body: string, status: number) => new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/**
 * A stored file as a download, never shown inline, with headers that stop a browser from sniffing or running anything
 * in it (dossier documents for staff, message attachments for residents).
 */
export function bestandResponse(document: { titel: string; mimeType: string; inhoud: Uint8Array; grootte: number }): Response {
  const naam = downloadNaam(document.titel, document.mimeType);
  return new Response(new Uint8Array(document.inhoud), {
    headers: {
      'Content-Type': document.mimeType,
      'Content-Length': String(document.grootte),
      'Content-Disposition': `attachment; filename="${naam}"; filename*=UTF-8''${encodeURIComponent(naam)}`,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'private, no-store',
    },
  });
}

const STATUS: Record<string, number> = { FORBIDDEN: 403, NOT_FOUND: 404 };

export async function downloadRoute(permission: Permission, make: (actor: Actor) => Promise<Response>): Promise<Response> {
  const actor = await getActor();
  if (!actor) return textResponse('Log opnieuw in.', 401);
  if (!can(actor, permission)) return textResponse('Geen toegang.', 403);
  try {
    return await make(actor);
  } catch (error) {
    return textResponse(toUserMessage(error), error instanceof DomainError ? STATUS[error.code] ?? 409 : 500);
  }
}
