import { client, ok, type Schemas } from './api/client';

export type ClientConfig = Schemas['ClientConfigResponse'];

let cached: Promise<ClientConfig> | null = null;

/** The deployment's settings for the web client (map tiles, time zone), read once per page load. */
export function clientConfig(): Promise<ClientConfig> {
  cached ??= ok(client.GET('/public/client-config')).catch((e: unknown) => {
    cached = null;
    throw e;
  });
  return cached;
}
