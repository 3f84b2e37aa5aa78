/** An absolute address of this app, from NEXTAUTH_URL (the address it is served on), never from request headers. */
import { env } from '@/lib/env';
export function appUrl(path: string): string {
  return new URL(path, env().NEXTAUTH_URL ?? `http://localhost:${env().PORT}`).toString();
}
