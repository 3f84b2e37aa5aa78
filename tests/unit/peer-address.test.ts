import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { installPeerAddressHeader } from '@/lib/peer-address';
import { PEER_ADDRESS_HEADER } from '@/lib/domain/rate-limit';

// Issue 16 item 6: the server writes the socket address into its own header on every request; a client that sends
// that header (or X-Forwarded-For) cannot choose the address the rate limit counts.
describe('installPeerAddressHeader', () => {
  installPeerAddressHeader();
  installPeerAddressHeader(); // twice is the same as once
  const seen: (string | string[] | undefined)[] = [];
  const server = http.createServer((req, res) => {
    seen.push(req.headers[PEER_ADDRESS_HEADER]);
    res.end('ok');
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('overwrites a client-sent header with the socket address', async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    for (const spoof of [undefined, '203.0.113.9', '203.0.113.9, 10.0.0.5']) {
      const res = await fetch(`http://127.0.0.1:${port}/`, { headers: { ...(spoof ? { [PEER_ADDRESS_HEADER]: spoof } : {}), 'x-forwarded-for': '198.51.100.1' } });
      expect(await res.text()).toBe('ok');
    }
    expect(seen).toEqual(['127.0.0.1', '127.0.0.1', '127.0.0.1']);
  });
});
