// A short reference per request, set by proxy.ts as a request header: the refusal page shows it and the server log
// names it, so the servicedesk can find why someone was refused (lib/auth/refuse.ts). No server-only imports: the
// proxy loads this file.

export const REQUEST_REF_HEADER = 'x-wijkregie-ref';

export const newRequestRef = () => crypto.randomUUID().slice(0, 8);
