import { RequestMethod } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { PUBLIC_KEY, ROLES_KEY } from '@xs/identity';
import { startTestApp, TestApp } from '@test/test-app';

/** Every registered route must say who may call it: @Public() or @Roles(...). */
describe('route guards', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lists every route and finds none that is neither public nor guarded', () => {
    const discovery = t.app.get(DiscoveryService);
    const scanner = t.app.get(MetadataScanner);
    const reflector = t.app.get(Reflector);
    const routes: string[] = [];
    const unguarded: string[] = [];
    for (const wrapper of discovery.getControllers()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance) continue;
      const proto = Object.getPrototypeOf(instance) as Record<string, (...a: unknown[]) => unknown>;
      for (const name of scanner.getAllMethodNames(proto)) {
        const handler = proto[name];
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        if (path === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const label = `${method} ${String(Reflect.getMetadata(PATH_METADATA, wrapper.metatype as object))}/${path} (${wrapper.name}.${name})`;
        routes.push(label);
        const targets = [handler, wrapper.metatype as (...a: unknown[]) => unknown];
        const isPublic = reflector.getAllAndOverride<boolean | undefined>(PUBLIC_KEY as never, targets);
        const roles = reflector.getAllAndOverride<string[] | undefined>(ROLES_KEY as never, targets);
        if (!isPublic && !(roles && roles.length)) unguarded.push(label);
      }
    }
    expect(routes.length).toBeGreaterThan(10);
    expect(unguarded).toEqual([]);
  });

  it('a non-public route refuses a request without a token, with a garbage token and with a forged one', async () => {
    expect((await t.http().get('/api/v1/me')).status).toBe(401);
    const garbage = await t.http().get('/api/v1/me').set('Authorization', 'Bearer abc.def.ghi');
    expect(garbage.status).toBe(401);
    expect(garbage.body.code).toBe('TOKEN_INVALID');
    const token = await t.login('admin');
    const [h, , s] = token.split('.');
    const forgedBody = Buffer.from(
      JSON.stringify({ sub: 'x', sid: 'y', kind: 'staff', iat: 1, exp: 9999999999 }),
    ).toString('base64url');
    const forged = await t.http().get('/api/v1/me').set('Authorization', `Bearer ${h}.${forgedBody}.${s}`);
    expect(forged.status).toBe(401);
  });
});
