import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { getMetadataStorage } from 'class-validator';
import { DirectoryModule } from '@xs/directory';
import { ExportsModule } from '@xs/exports';
import { IdentityModule } from '@xs/identity';
import { LiveModule } from '@xs/live';
import { OutcomesModule } from '@xs/outcomes';
import { RegistrationModule } from '@xs/registration';
import { SchedulingModule } from '@xs/scheduling';
import { ContractChecker } from '@test/contract';
import { socketContract } from '@test/socket-contract';
import { HealthController } from './health/health.controller';

// The committed document; `npm run openapi:check` (CI) proves it is what the code declares.
interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}
const doc = JSON.parse(readFileSync(path.join(__dirname, '../../../docs/openapi.json'), 'utf8')) as {
  paths: Record<string, Record<string, Operation>>;
};
const operations = Object.entries(doc.paths).flatMap(([p, item]) =>
  Object.entries(item).map(([method, op]) => ({ name: `${method.toUpperCase()} ${p}`, op })),
);

describe('the REST contract (docs/openapi.json)', () => {
  it('has every route of the server', () => {
    expect(operations.length).toBeGreaterThanOrEqual(126);
  });

  it('declares a success response with a schema on every operation (204 has no body)', () => {
    const missing = operations.filter(({ op }) => {
      const ok = Object.entries(op.responses).filter(([status]) => /^2\d\d$/.test(status));
      if (!ok.length) return true;
      return ok.some(
        ([status, r]) =>
          status !== '204' && !Object.values(r.content ?? {}).some((media) => media.schema !== undefined),
      );
    });
    expect(missing.map((m) => m.name)).toEqual([]);
  });

  it('answers every declared error with the one ErrorBody schema', () => {
    const wrong: string[] = [];
    for (const { name, op } of operations) {
      for (const [status, r] of Object.entries(op.responses)) {
        if (!/^[45]\d\d$/.test(status) || name === 'GET /health') continue;
        const schema = r.content?.['application/json']?.schema as { $ref?: string } | undefined;
        if (schema?.$ref !== '#/components/schemas/ErrorBody') wrong.push(`${name} ${status}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('request DTOs', () => {
  const modules = [
    IdentityModule,
    SchedulingModule,
    RegistrationModule,
    DirectoryModule,
    LiveModule,
    OutcomesModule,
    ExportsModule,
  ];
  const controllers: (new (...args: never[]) => object)[] = [
    HealthController,
    ...modules.flatMap((m) => (Reflect.getMetadata('controllers', m) ?? []) as never[]),
  ];

  /** Classes taken from @Body() and @Query() in every controller. */
  function inputClasses(): Set<new () => object> {
    const found = new Set<new () => object>();
    for (const ctrl of controllers) {
      for (const method of Object.getOwnPropertyNames(ctrl.prototype)) {
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, ctrl, method) ?? {}) as Record<
          string,
          { index: number }
        >;
        const types = (Reflect.getMetadata('design:paramtypes', ctrl.prototype, method) ?? []) as unknown[];
        for (const [key, arg] of Object.entries(args)) {
          const kind = Number(key.split(':')[0]);
          if (kind !== Number(RouteParamtypes.BODY) && kind !== Number(RouteParamtypes.QUERY)) continue;
          const t = types[arg.index];
          if (typeof t === 'function' && t !== Object) found.add(t as new () => object);
        }
      }
    }
    return found;
  }

  it('show swagger every property they validate, so the contract lists every accepted field', () => {
    const classes = inputClasses();
    expect(classes.size).toBeGreaterThan(30);
    const undocumented: string[] = [];
    const storage = getMetadataStorage();
    const seen = new Set<new () => object>();
    const visit = (cls: new () => object) => {
      if (seen.has(cls)) return;
      seen.add(cls);
      const documented = new Set(
        ((Reflect.getMetadata('swagger/apiModelPropertiesArray', cls.prototype) ?? []) as string[]).map((k) =>
          k.replace(/^:/, ''),
        ),
      );
      for (const m of storage.getTargetValidationMetadatas(cls, '', true, false)) {
        if (!documented.has(m.propertyName)) undocumented.push(`${cls.name}.${m.propertyName}`);
        // Nested DTOs (ValidateNested) are inputs too: follow the type swagger was given.
        const prop = Reflect.getMetadata('swagger/apiModelProperties', cls.prototype, m.propertyName) as
          { type?: unknown } | undefined;
        let inner = prop?.type;
        if (typeof inner === 'function' && !inner.prototype) inner = (inner as () => unknown)();
        if (
          typeof inner === 'function' &&
          storage.getTargetValidationMetadatas(inner, '', true, false).length
        )
          visit(inner as new () => object);
      }
    };
    for (const cls of classes) visit(cls);
    expect([...new Set(undocumented)]).toEqual([]);
  });
});

describe('the checkers that hold the tests to the contract', () => {
  it('refuse a REST answer with an unlisted field, a missing one or an undeclared status', () => {
    const c = new ContractChecker();
    const health = { status: 'ok', db: 'up', redis: 'absent' };
    expect(c.problems('GET', '/health', 200, health)).toEqual([]);
    expect(c.problems('GET', '/health', 200, { ...health, extra: 1 })).not.toEqual([]);
    expect(c.problems('GET', '/health', 200, { status: 'ok', db: 'up' })).not.toEqual([]);
    expect(c.problems('GET', '/health', 418, health)).not.toEqual([]);
    expect(c.errorProblems({ statusCode: 400, error: 'Bad Request', message: 'x', code: 'X' })).toEqual([]);
    expect(c.errorProblems({ statusCode: 400, error: 'Bad Request', message: 'x' })).not.toEqual([]);
  });

  it('refuse a socket payload or ack of another shape than the event map', () => {
    const s = socketContract();
    const before = s.violations.length;
    s.serverEvent('reactions', { sessionId: 'a', likes: 3 });
    s.ack('poll:vote', { ok: true, voted: true });
    s.ack('poll:vote', { ok: false, error: { code: 'POLL_CLOSED', message: '投票已结束' } });
    expect(s.violations.length).toBe(before);
    s.serverEvent('reactions', { sessionId: 'a', likes: '3' });
    s.serverEvent('poll:update', { pollId: 'a', counts: {}, total: 0, status: 'open' });
    s.serverEvent('no:such', {});
    s.ack('poll:vote', { ok: true, voted: true, extra: 1 });
    expect(s.violations.length).toBe(before + 4);
  });
});
