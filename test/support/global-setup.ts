import 'reflect-metadata';
import { assertChineseTextSupport, EXTERNAL_DATABASE_FIX } from '@xs/platform';
import { runMigrations } from '../../apps/server/src/database/database-runtime';
import {
  adminQuery,
  scratchServer,
  ScratchServer,
  uniqueName,
} from '../../apps/server/src/database/scratch-server';

declare global {
  var __XS_SERVER__: ScratchServer | undefined;
}

/**
 * Migrates one template database per run; each test file clones it (CREATE DATABASE … TEMPLATE), so
 * files run in parallel and start clean. DATABASE_URL selects an external server, else PostgreSQL is embedded.
 */
export default async function globalSetup(): Promise<void> {
  const server = await scratchServer(process.env.DATABASE_URL || undefined);
  globalThis.__XS_SERVER__ = server;
  const template = uniqueName('xs_tpl');
  await adminQuery(server.adminUrl, `CREATE DATABASE "${template}"`);
  await runMigrations(server.urlFor(template));
  // The suite tests Chinese search: a server that cannot do it is named here, not by a dozen failures.
  await assertChineseTextSupport(server.urlFor(template), EXTERNAL_DATABASE_FIX);
  process.env.XS_TEST_ADMIN_URL = server.adminUrl;
  process.env.XS_TEST_TEMPLATE = template;
}
