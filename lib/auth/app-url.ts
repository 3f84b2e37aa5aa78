/** An absolute address of this app, from NEXTAUTH_URL (the address it is served on), never from request headers. */
export function appUrl(path: string): string {
  return new URL(path, process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).toString();
}
