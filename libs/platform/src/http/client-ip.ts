import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';

const compiled = new Map<string, ReturnType<typeof proxyaddr.compile>>();

/**
 * The caller's address for a raw request (socket.io handshakes), by the rule Express applies to HTTP:
 * X-Forwarded-For only through the proxies in TRUSTED_PROXIES, the socket's peer otherwise.
 */
export function clientIp(req: IncomingMessage, trustedProxies: string[]): string {
  if (!trustedProxies.length) return req.socket.remoteAddress ?? '';
  const key = trustedProxies.join(',');
  let trust = compiled.get(key);
  if (!trust) {
    trust = proxyaddr.compile(trustedProxies);
    compiled.set(key, trust);
  }
  return proxyaddr(req, trust);
}
