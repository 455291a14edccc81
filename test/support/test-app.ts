import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { INestApplication, LoggerService } from '@nestjs/common';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { AdminBootstrap } from '@xs/identity';
import { AppConfig, loadConfig, SeedRegistry } from '@xs/platform';
import { createApp } from '../../apps/server/src/bootstrap';
import { adminQuery, uniqueName, withDatabase } from '../../apps/server/src/database/scratch-server';
import { ContractChecker } from './contract';
import { socketContractViolations } from './socket-contract';

export const ADMIN_PASSWORD = 'Admin-Pass-2026';
export const SMS_CODE = '246810';
export const TEST_PII_KEY = '00112233445566778899aabbccddeeff';

export interface TestApp {
  app: INestApplication;
  http: () => TestAgent;
  config: AppConfig;
  db: DataSource;
  databaseUrl: string;
  /** Every JSON answer is checked against docs/openapi.json; `close()` fails on a violation. */
  contract: ContractChecker | undefined;
  /** Base URL once `listen()` was called (socket tests). */
  listen(): Promise<string>;
  login(username: string, password?: string): Promise<string>;
  residentToken(phone: string, nickname?: string): Promise<string>;
  close(): Promise<void>;
}

/** A real app on its own database cloned from the migrated template. */
export async function startTestApp(
  env: Record<string, string> = {},
  opts: { logger?: LoggerService; replicaOf?: TestApp } = {},
): Promise<TestApp> {
  const adminUrl = process.env.XS_TEST_ADMIN_URL;
  const template = process.env.XS_TEST_TEMPLATE;
  if (!adminUrl || !template) throw new Error('global setup did not run (use the e2e jest project)');
  // A replica shares the first app's database (and drops nothing when it closes).
  const name = opts.replicaOf ? undefined : uniqueName('xs_t');
  if (name) await cloneTemplate(adminUrl, template, name);
  const databaseUrl = opts.replicaOf?.databaseUrl ?? withDatabase(adminUrl, name!);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'xs-data-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    PII_KEY: TEST_PII_KEY,
    TOKEN_SECRET: 'ab'.repeat(32),
    SMS_PROVIDER: 'fixed',
    SMS_FIXED_CODE: SMS_CODE,
    DEMO_DATA: 'false',
    BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD,
    LOG_LEVEL: 'error',
    LOGIN_RATE_PER_IP: '100000',
    WRITE_RATE_PER_MINUTE: '100000',
    SMS_PER_IP_PER_HOUR: '100000',
    ...env,
  });
  const app = await createApp(config, databaseUrl, opts.logger ?? false);
  // XS_CONTRACT_CHECK=0 turns the check off (to see a test's own failure first).
  const contract = process.env.XS_CONTRACT_CHECK === '0' ? undefined : new ContractChecker();
  if (contract) app.use(contract.middleware('/api/v1'));
  await app.init();
  await app.get(AdminBootstrap).ensureAdmin();
  if (config.demoData) await app.get(SeedRegistry).runAll();
  let baseUrl: string | undefined;
  const http = () => request(app.getHttpServer());
  const t: TestApp = {
    app,
    http,
    config,
    db: app.get(DataSource),
    databaseUrl,
    contract,
    async listen() {
      if (!baseUrl) {
        await app.listen(0, '127.0.0.1');
        baseUrl = await app.getUrl();
        baseUrl = baseUrl.replace('[::1]', '127.0.0.1');
      }
      return baseUrl;
    },
    async login(username, password = ADMIN_PASSWORD) {
      const res = await http().post('/api/v1/auth/login').send({ username, password });
      if (res.status !== 200)
        throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.accessToken as string;
    },
    async residentToken(phone, nickname) {
      const sms = await http().post('/api/v1/auth/sms').send({ phone });
      if (sms.status !== 202)
        throw new Error(`sms request failed: ${sms.status} ${JSON.stringify(sms.body)}`);
      const res = await http().post('/api/v1/auth/resident').send({ phone, code: SMS_CODE, nickname });
      if (res.status !== 200)
        throw new Error(`resident login failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.accessToken as string;
    },
    async close() {
      await app.close();
      if (name)
        await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
      const violations = [...new Set(contract?.violations ?? [])];
      if (violations.length)
        throw new Error(`answers that break docs/openapi.json:\n${violations.slice(0, 50).join('\n')}`);
      const socket = socketContractViolations();
      if (socket.length)
        throw new Error(`socket events that break docs/asyncapi.json:\n${socket.slice(0, 50).join('\n')}`);
    },
  };
  return t;
}

async function cloneTemplate(adminUrl: string, template: string, name: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await adminQuery(adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
      return;
    } catch (e) {
      // Another file cloning at the same instant holds the template briefly.
      if (attempt > 20 || !/being accessed by other users/.test((e as Error).message)) throw e;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
}

/** Creates a staff account through the API (as admin) and returns its token. */
export async function staff(
  t: TestApp,
  adminToken: string,
  user: {
    username: string;
    displayName?: string;
    roles: string[];
    regionCode: string;
    permissions?: string[];
    departmentId?: string;
    workstationIds?: string[];
    phone?: string;
  },
  password = 'Staff-Pass-2026',
): Promise<{ id: string; token: string }> {
  const res = await t
    .http()
    .post('/api/v1/users')
    .set('Authorization', `Bearer ${adminToken}`)
    .send({ displayName: user.username, password, ...user });
  if (res.status !== 201)
    throw new Error(`create ${user.username}: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.id as string, token: await t.login(user.username, password) };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
