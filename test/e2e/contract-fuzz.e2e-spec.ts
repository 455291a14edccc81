import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { OPENAPI_FILE } from '@test/contract';
import { Fixtures, MATRIX } from '@test/matrix';
import { staff, startTestApp, TestApp } from '@test/test-app';

/**
 * Walks every operation of docs/openapi.json as anonymous, a resident and each staff role, with
 * inputs generated from the operation's schemas by fast-check: valid ones, and valid ones spoiled
 * (wrong types, huge and empty strings, unknown fields, bad UUIDs, far dates, control characters,
 * prototype keys, deep nesting, bodies that are not objects). Whatever comes in, the answer is never
 * a 5xx, every 4xx carries a stable UPPER_SNAKE `code`, and the server still answers afterwards.
 * Deep (up to the probe's 450,000 levels) and oversized bodies are sent to every operation too.
 * FUZZ_SEED reproduces a run (the seed is printed); FUZZ_REQUESTS sets how many requests at least.
 */
type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  nullable?: boolean;
};
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
}
interface Doc {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

const doc = JSON.parse(readFileSync(OPENAPI_FILE, 'utf8')) as Doc;
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const TARGET = Number(process.env.FUZZ_REQUESTS ?? 20_000);
const CODE = /^[A-Z][A-Z0-9_]*$/;

const deep = (n: number): unknown => (n === 0 ? 'bottom' : { a: deep(n - 1) });
/** Values that have broken servers before: each spoils a field in its own way. */
const NASTY: unknown[] = [
  '',
  ' ',
  'x'.repeat(70_000),
  '\u0000\u0001\u0007\u001b[31m\u202e\ufeff',
  '😀'.repeat(50),
  '../../../../etc/passwd',
  "' OR 1=1 --",
  '%00',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  '2999-12-31T23:59:59Z',
  '0001-01-01T00:00:00Z',
  '+275760-09-13T00:00:00.000Z',
  '2026-02-30',
  '9'.repeat(400),
  -1,
  0,
  2 ** 31,
  2 ** 63,
  -1e308,
  1.5,
  true,
  null,
  [],
  [null],
  {},
  { $gt: '' },
  deep(200),
  '__proto__',
  'constructor',
];
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

function resolve(s: Schema | undefined): Schema {
  let cur = s ?? {};
  for (let i = 0; i < 10 && (cur.$ref || (cur.allOf?.length === 1 && !cur.type)); i++) {
    if (cur.$ref) cur = doc.components.schemas[cur.$ref.split('/').pop()!] ?? {};
    else cur = { ...cur, ...resolve(cur.allOf![0]), allOf: undefined };
  }
  return cur;
}

/** A value that satisfies the schema (as far as types, enums and formats go). */
function valid(schema: Schema | undefined, ids: string[], depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(schema);
  if (s.enum?.length) return fc.constantFrom(...s.enum);
  if (s.oneOf?.length) return valid(s.oneOf[0], ids, depth);
  switch (s.type) {
    case 'integer':
      return fc.integer({ min: s.minimum ?? -5, max: Math.min(s.maximum ?? 1000, 1_000_000) });
    case 'number':
      return fc.double({ min: s.minimum ?? -90, max: s.maximum ?? 90, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return depth > 3 ? fc.constant([]) : fc.array(valid(s.items, ids, depth + 1), { maxLength: 3 });
    case 'object': {
      if (depth > 3 || !s.properties) return fc.constant({});
      const props: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, v] of Object.entries(s.properties)) props[k] = valid(v, ids, depth + 1);
      return fc.record(props, { requiredKeys: (s.required ?? []).filter((k) => k in props) });
    }
    default:
      if (s.format === 'uuid') return fc.oneof(fc.constantFrom(...ids), fc.uuid());
      if (s.format === 'date-time')
        return fc
          .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString());
      if (s.format === 'date')
        return fc
          .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10));
      return fc.oneof(
        fc.string({ maxLength: Math.min(s.maxLength ?? 40, 40) }),
        fc.constantFrom('530102', '530103', '13800138000', '测试', 'FREQ=WEEKLY;BYDAY=TU'),
      );
  }
}

/** The valid value, or that value spoiled in one of many ways. */
function input(schema: Schema | undefined, ids: string[]): fc.Arbitrary<unknown> {
  const good = valid(schema, ids);
  const nasty = fc.constantFrom(...NASTY);
  return fc.oneof(
    { weight: 3, arbitrary: good },
    { weight: 2, arbitrary: nasty },
    {
      weight: 3,
      arbitrary: fc
        .tuple(good, fc.string({ maxLength: 8 }), nasty, fc.constantFrom(...PROTO_KEYS))
        .map(([v, key, bad, proto]) => {
          if (!v || typeof v !== 'object' || Array.isArray(v)) return bad;
          const keys = Object.keys(v);
          const spoilt: Record<string, unknown> = { ...(v as Record<string, unknown>) };
          if (keys.length) spoilt[keys[key.length % keys.length]] = bad;
          else spoilt[key || 'extra'] = bad;
          // A prototype key as an own property, the way JSON.parse makes one.
          return { ...spoilt, ...(JSON.parse(`{"${proto}": ${JSON.stringify(bad) ?? 'null'}}`) as object) };
        }),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(good, fc.string({ minLength: 1, maxLength: 12 }), nasty)
        .map(([v, key, bad]) => (v && typeof v === 'object' && !Array.isArray(v) ? { ...v, [key]: bad } : v)),
    },
  );
}

function pathValue(ids: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...ids) },
    { weight: 2, arbitrary: fc.uuid() },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        '530102',
        '530103',
        'not-a-uuid',
        '__proto__',
        'constructor',
        '..',
        '%',
        'a'.repeat(300),
        '\u0000',
        '😀',
        '1e308',
        '-1',
      ),
    },
  );
}

interface Principal {
  name: string;
  token?: string;
}
interface Failure {
  route: string;
  who: string;
  request: string;
  status: number;
  body: string;
}

describe('contract fuzz: every operation, every role, generated inputs', () => {
  let t: TestApp;
  const principals: Principal[] = [{ name: 'anonymous' }];
  let ids: string[] = [];

  beforeAll(async () => {
    // Logged for whoever needs to reproduce a failure: FUZZ_SEED=<seed>.
    process.stdout.write(`contract fuzz: FUZZ_SEED=${SEED} FUZZ_REQUESTS=${TARGET}\n`);
    t = await startTestApp();
    const admin = await t.login('admin');
    const fx: Fixtures = {};
    for (const ctx of MATRIX) await ctx.setup?.(t, admin, fx);
    const dept = Object.entries(fx).find(([k]) => /dep/i.test(k))?.[1];
    for (const role of ['organiser', 'workstation_manager', 'department_handler', 'member', 'staff_viewer']) {
      const u = await staff(t, admin, {
        username: `fz_${role}`,
        roles: [role],
        regionCode: '530102',
        ...(role === 'department_handler' && dept ? { departmentId: dept } : {}),
      });
      principals.push({ name: role, token: u.token });
    }
    principals.push({ name: 'resident', token: await t.residentToken('13900000077', '模糊测试') });
    principals.push({ name: 'admin', token: admin });
    ids = [...new Set(Object.values(fx).filter((v) => /^[0-9a-f-]{36}$/.test(v)))];
    expect(ids.length).toBeGreaterThan(5);
  }, 300_000);
  afterAll(() => t.close());

  it('refuses deep and oversized bodies on every operation, before any guard or validation (class 7)', async () => {
    // 0.9 MB of nesting (the probe's login body), a 20 KB one, and one just over the 1 MB limit.
    const bodies: [string, string, number, string][] = [
      ['450,000 levels', `{"a":${'['.repeat(450_000)}${']'.repeat(450_000)}}`, 400, 'BODY_TOO_DEEP'],
      ['10,000 levels', `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`, 400, 'BODY_TOO_DEEP'],
      ['1.1 MB', JSON.stringify({ a: 'x'.repeat(1100 * 1024) }), 413, 'PAYLOAD_TOO_LARGE'],
    ];
    const ops = Object.entries(doc.paths).flatMap(([p, item]) =>
      Object.keys(item).map((method) => ({ p, method })),
    );
    const seen: string[] = [];
    const expected: string[] = [];
    for (const { p, method } of ops) {
      const url = '/api/v1' + p.replace(/\{(\w+)\}/g, () => ids[0]);
      for (const [who, token] of [
        ['anonymous', undefined],
        ['admin', principals.find((x) => x.name === 'admin')!.token],
      ] as const) {
        // The 0.9 MB body once per operation (anonymous), the others as both.
        for (const [label, body, status, code] of who === 'admin' ? bodies.slice(1) : bodies) {
          let req = t.http()[method as 'get'](url).set('Content-Type', 'application/json');
          if (token) req = req.set('Authorization', `Bearer ${token}`);
          const res = await req.send(body);
          seen.push(`${method.toUpperCase()} ${p} ${who} ${label}: ${res.status} ${res.body?.code}`);
          expected.push(`${method.toUpperCase()} ${p} ${who} ${label}: ${status} ${code}`);
        }
      }
    }
    expect(seen).toEqual(expected);
    expect((await t.http().get('/api/v1/health')).status).toBe(200);
  }, 300_000);

  it(
    'answers no 5xx and gives every 4xx a stable code',
    async () => {
      // Sign-out and password change last: they end the caller's login for the rest of the walk.
      const ops = Object.entries(doc.paths)
        .flatMap(([p, item]) => Object.entries(item).map(([method, op]) => ({ p, method, op })))
        .sort((a, b) => Number(/logout|password/.test(a.p)) - Number(/logout|password/.test(b.p)));
      const perPair = Math.ceil(TARGET / (ops.length * principals.length));
      const failures: Failure[] = [];
      const spent = new Map<string, number>();
      let sent = 0;
      let seed = SEED;

      for (const { p, method, op } of ops) {
        const params = op.parameters ?? [];
        const media = Object.keys(op.requestBody?.content ?? {})[0];
        const bodySchema = media ? op.requestBody!.content[media].schema : undefined;
        const pathArbs: Record<string, fc.Arbitrary<string>> = {};
        const queryArbs: Record<string, fc.Arbitrary<unknown>> = {};
        for (const prm of params) {
          if (prm.in === 'path') pathArbs[prm.name] = pathValue(ids);
          else if (prm.in === 'query') queryArbs[prm.name] = input(prm.schema, ids);
        }
        const request = fc.record({
          path: fc.record(pathArbs),
          query: fc.record(queryArbs, { requiredKeys: [] }),
          body: bodySchema || method !== 'get' ? input(bodySchema, ids) : fc.constant(undefined),
          raw: fc.constantFrom<'json' | 'text' | 'none'>('json', 'json', 'json', 'text', 'none'),
          file: fc.option(
            fc.tuple(
              fc.uint8Array({ maxLength: 2048 }),
              fc.constantFrom('a.csv', 'a.xlsx', 'a.pdf', '../x.exe', ''),
            ),
            { nil: undefined },
          ),
        });
        const started = performance.now();
        for (const who of principals) {
          const samples = fc.sample(request, { seed: seed++, numRuns: perPair });
          for (let i = 0; i < samples.length; i += 8) {
            await Promise.all(
              samples.slice(i, i + 8).map(async (r) => {
                const url =
                  '/api/v1' +
                  p.replace(/\{(\w+)\}/g, (_, name: string) =>
                    encodeURIComponent(String(r.path[name] ?? 'x')),
                  );
                let req = t.http()[method as 'get'](url);
                if (who.token) req = req.set('Authorization', `Bearer ${who.token}`);
                const query: Record<string, string> = {};
                for (const [k, v] of Object.entries(r.query))
                  query[k] = typeof v === 'string' ? v : (JSON.stringify(v) ?? '');
                req = req.query(query);
                if (media === 'multipart/form-data' && r.file) {
                  req = req.attach('file', Buffer.from(r.file[0]), r.file[1] || 'blank');
                } else if (r.raw === 'json' && r.body !== undefined) {
                  req = req.set('Content-Type', 'application/json').send(JSON.stringify(r.body) ?? 'null');
                } else if (r.raw === 'text') {
                  req = req.set('Content-Type', 'application/json').send('{"unterminated": [1, 2');
                }
                const res = await req;
                sent++;
                const bad =
                  res.status >= 500 ||
                  (res.status >= 400 && !CODE.test(String((res.body as { code?: unknown })?.code)));
                if (bad)
                  failures.push({
                    route: `${method.toUpperCase()} ${p}`,
                    who: who.name,
                    request: `${method.toUpperCase()} ${url.slice(0, 200)} ${JSON.stringify(r.query).slice(0, 200)} ${String(JSON.stringify(r.body)).slice(0, 300)}`,
                    status: res.status,
                    body: JSON.stringify(res.body).slice(0, 300),
                  });
              }),
            );
          }
        }
        spent.set(`${method.toUpperCase()} ${p}`, performance.now() - started);
      }
      const slowest = [...spent].sort((a, b) => b[1] - a[1]).slice(0, 8);
      process.stdout.write(
        `contract fuzz: slowest operations (s): ${slowest.map(([k, ms]) => `${k} ${(ms / 1000).toFixed(1)}`).join(', ')}\n`,
      );
      process.stdout.write(
        `contract fuzz: ${sent} requests over ${ops.length} operations, ${t.contract?.checked ?? 0} answers checked against the contract, seed ${SEED}\n`,
      );
      expect(sent).toBeGreaterThanOrEqual(TARGET);
      // Still up, and still answering correctly.
      const health = await t.http().get('/api/v1/health');
      expect(health.status).toBe(200);
      // One example per kind of failure (status and route), with the seed to replay it.
      const kinds = new Map<string, Failure>();
      for (const f of failures) kinds.set(`${f.status} ${f.route}`, f);
      expect({ seed: SEED, failures: failures.length, kinds: [...kinds.values()].slice(0, 30) }).toEqual({
        seed: SEED,
        failures: 0,
        kinds: [],
      });
    },
    15 * 60_000,
  );
});
