import { langOf, langOfTag, say, type Lang } from '@xs/platform';
import type { LiveSocket } from '../live-socket';

/** The language a client asked for: `auth.locale` (the web client's choice), else its Accept-Language. */
export function socketLang(socket: LiveSocket): Lang {
  const asked = (socket.handshake.auth as Record<string, unknown> | undefined)?.locale;
  const byAuth = typeof asked === 'string' ? langOfTag(asked) : undefined;
  return byAuth ?? langOf(socket.handshake.headers['accept-language']);
}

/** The language of an authenticated socket's messages, read once at the handshake. */
export function langOfSocket(socket: LiveSocket): Lang {
  return (socket.data as { lang?: Lang } | undefined)?.lang ?? socketLang(socket);
}

/** A text of the gateway's own, in the socket's language (Traditional converted from the Simplified). */
export function sayTo(socket: LiveSocket, zhHans: string, en: string): string {
  return say(langOfSocket(socket), zhHans, en);
}
