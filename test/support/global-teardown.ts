import { adminQuery } from '../../apps/server/src/database/scratch-server';

export default async function globalTeardown(): Promise<void> {
  const server = globalThis.__XS_SERVER__;
  if (!server) return;
  await adminQuery(
    server.adminUrl,
    `DROP DATABASE IF EXISTS "${process.env.XS_TEST_TEMPLATE}" WITH (FORCE)`,
  ).catch(() => undefined);
  await server.stop();
}
