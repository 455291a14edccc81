import type { AppConfig } from '@xs/platform';

/**
 * Origin rule of the live socket: no Origin header (native apps, server-side clients) and the same
 * origin are always allowed; otherwise ALLOWED_ORIGINS decides ('*' = any). An empty list allows any
 * origin outside production (development convenience) and only the same origin in production.
 */
export function originAllowed(
  config: Pick<AppConfig, 'allowedOrigins' | 'nodeEnv'>,
  origin: string | undefined,
  host: string | undefined,
): boolean {
  if (!origin) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (host && parsed.host === host) return true;
  const list = config.allowedOrigins;
  if (list.includes('*')) return true;
  if (!list.length) return config.nodeEnv !== 'production';
  return list.includes(parsed.origin);
}
