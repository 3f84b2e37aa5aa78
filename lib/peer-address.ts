// The address of the socket a request came in on, for the rate limit of the public form and the access log (issue 16
// item 6). Next.js gives route code no access to the socket: it fills X-Forwarded-For with the socket address only
// when the client did not send that header itself. So the server process writes the socket address into a header of
// its own on every request before Next.js sees it, overwriting whatever a client sent under that name.
import http from 'node:http';
import https from 'node:https';
import type { IncomingMessage } from 'node:http';
import { PEER_ADDRESS_HEADER } from '@/lib/domain/rate-limit';

const INSTALLED = Symbol.for('wijkregie.peerAddressHeader');

type Emitting = { emit: (event: string | symbol, ...args: unknown[]) => boolean; [INSTALLED]?: true };

/** Idempotent: every http and https server of this process puts the socket address in PEER_ADDRESS_HEADER. */
export function installPeerAddressHeader() {
  for (const prototype of [http.Server.prototype, https.Server.prototype] as unknown as Emitting[]) {
    if (prototype[INSTALLED]) continue;
    const emit = prototype.emit;
    prototype.emit = function (this: unknown, event: string | symbol, ...args: unknown[]) {
      if (event === 'request') {
        const req = args[0] as IncomingMessage;
        req.headers[PEER_ADDRESS_HEADER] = req.socket?.remoteAddress ?? '';
      }
      return emit.call(this, event, ...args);
    };
    prototype[INSTALLED] = true;
  }
}
