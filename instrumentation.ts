// Next.js runs register() once when a server process starts, before it handles requests.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { installPeerAddressHeader } = await import('./lib/peer-address');
    installPeerAddressHeader();
  }
}
