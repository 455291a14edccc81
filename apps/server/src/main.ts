import 'reflect-metadata';
import type { Server as HttpServer } from 'node:http';
import { AdminBootstrap } from '@xs/identity';
import {
  assertChineseTextSupport,
  ConfigError,
  EXTERNAL_DATABASE_FIX,
  InstanceLock,
  JsonLogger,
  loadConfig,
  loadDotEnv,
  SeedRegistry,
  ShutdownState,
} from '@xs/platform';
import { createApp } from './bootstrap';
import { provideDatabase, runMigrations } from './database/database-runtime';

const out = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  let config;
  try {
    loadDotEnv();
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n(see config/.env.example)\n`);
      process.exit(78);
    }
    throw e;
  }
  const logger = new JsonLogger(config.logLevel, { replica: config.replicaId });
  warnOfOldRuntime(logger);
  // Last line of defence: a stray rejection in a background task is logged, and the server keeps serving.
  process.on('unhandledRejection', (reason) => {
    logger.error(
      { msg: 'unhandled rejection', error: (reason as Error)?.message ?? String(reason) },
      undefined,
      'main',
    );
  });
  const lock = new InstanceLock(config.dataDir);
  try {
    lock.acquire();
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(75);
  }

  let db: Awaited<ReturnType<typeof provideDatabase>>;
  try {
    db = await provideDatabase(config, (line) => logger.debug?.({ msg: 'postgres', line }, 'postgres'));
  } catch (e) {
    process.stderr.write(`无法启动数据库: ${(e as Error).message}\n`);
    lock.release();
    process.exit(1);
  }
  let stopping = false;
  const stopDatabase = async () => {
    await db.embedded?.stop();
    lock.release();
  };
  try {
    if (db.embedded)
      out(`嵌入式 PostgreSQL 已启动 (127.0.0.1:${db.embedded.port}, 数据目录 ${config.dataDir}/pg)`);
    const migrated = await runMigrations(db.url);
    if (migrated.length) logger.log({ msg: 'migrations applied', migrations: migrated }, 'database');
    // After the migrations, which create pg_trgm: a database that cannot search Chinese is refused.
    await assertChineseTextSupport(
      db.url,
      db.embedded
        ? `Back up ${config.dataDir}/pg, remove it and restart (the server creates it anew), then restore the data with pg_dump/pg_restore 18.`
        : EXTERNAL_DATABASE_FIX,
    );

    // Fail-fast SIGINT handling from here on: `enableShutdownHooks` closes Nest, we close the database.
    const app = await createApp(config, db.url, logger);
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      // SIGTERM is the orchestrator's or systemd's stop: drain. Ctrl-C at a terminal stops at once.
      const drainMs = signal === 'SIGTERM' ? config.shutdownDrainMs : 0;
      const hard = setTimeout(() => process.exit(1), drainMs + 9000);
      hard.unref();
      // Readiness turns 503 now; the proxy takes this replica out while requests in flight finish.
      app.get(ShutdownState).startDraining();
      logger.log({ msg: 'shutting down', signal, drainMs }, 'main');
      if (drainMs) await new Promise((r) => setTimeout(r, drainMs));
      await app.close().catch(() => undefined);
      await stopDatabase();
      logger.flush();
      process.exit(0);
    };
    process.removeAllListeners('SIGINT');
    process.removeAllListeners('SIGTERM');
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));

    // init() runs every module's onModuleInit, where contexts register their demo seeders.
    await app.init();
    const admin = await app.get(AdminBootstrap).ensureAdmin();
    if (config.demoData) {
      const seeded = await app.get(SeedRegistry).runAll();
      if (seeded.length) out(`已写入演示数据: ${seeded.join(', ')}`);
    }
    // An idle connection outlives nginx's upstream keepalive_timeout and a load balancer's idle timeout
    // (60 s both): the proxy closes it, never the app, which would otherwise close one just as the
    // proxy sends a request on it (Node's default is 5 s), and that request would end in a 502.
    const server = app.getHttpServer() as HttpServer;
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
    await app.listen(config.port);
    const url = `http://localhost:${config.port}`;
    // One write for the whole block: a pipe reader (a supervisor, a test) that sees the URL also has the
    // admin password's lines, and no log line lands between them.
    const lines = [`协商在基层 已启动: ${url}  (API ${url}/api/v1, 文档 ${url}/api/docs)`];
    if (admin.generatedPassword) {
      lines.push(`管理员账号 admin 的初始密码已生成: ${admin.generatedPassword}`);
      lines.push(`(同时保存在 ${admin.passwordFile}，首次登录后请修改)`);
    } else if (admin.created) {
      lines.push('管理员账号 admin 已创建，密码为 BOOTSTRAP_ADMIN_PASSWORD 的值');
    } else {
      lines.push(`管理员账号 admin 已存在 (初始密码若为生成的，见 ${config.dataDir}/admin-password.txt)`);
    }
    out(lines.join('\n'));
  } catch (e) {
    process.stderr.write(`启动失败: ${(e as Error).message}\n`);
    await stopDatabase();
    process.exit(1);
  }
}

/**
 * Node.js 20 left support on 2026-04-30 (no security fixes since). It still runs the server, but a
 * committee's install should be on 24, the current LTS the image ships: a registration in the storm
 * bench costs about 0.6 of the CPU there that it costs on 20 (docs/capacity.md).
 */
function warnOfOldRuntime(logger: JsonLogger): void {
  const major = Number(process.versions.node.split('.')[0]);
  if (major >= 22) return;
  logger.warn(
    { msg: 'Node.js past its end of life: run the server on Node.js 24 LTS', node: process.versions.node },
    'main',
  );
}

void main();
