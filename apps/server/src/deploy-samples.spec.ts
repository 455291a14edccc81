import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';

/** The deployment samples (Dockerfile, compose.yaml, systemd, nginx) agree with the code and each other. */
const root = path.resolve(__dirname, '../../..');
const read = (f: string) => readFileSync(path.join(root, f), 'utf8');
const documented = new Set(
  [...read('config/.env.example').matchAll(/^#?\s?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]),
);
const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
/** The node flags and entry of `npm run start:server`, which every sample starts the same way. */
const startArgs = /node (.*?dist\/\S+\.js)/.exec(pkg.scripts['start:server'])![1];
const serverEntry = startArgs.split(' ').at(-1)!;
/** Read by compose itself (interpolation), never by the app. */
const COMPOSE_ONLY = new Set(['POSTGRES_PASSWORD']);

interface Service {
  build?: { context: string; target: string };
  image?: string;
  environment?: Record<string, string>;
  volumes?: string[];
  depends_on?: Record<string, unknown>;
  networks?: unknown;
}

/** YAML merge keys (`<<: *anchor`) as compose applies them; js-yaml 5 leaves them as plain keys. */
function merged(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(merged);
  if (node === null || typeof node !== 'object') return node;
  const { '<<': base, ...own } = node as Record<string, unknown>;
  const out: Record<string, unknown> = base ? { ...(merged(base) as Record<string, unknown>) } : {};
  for (const [k, v] of Object.entries(own)) out[k] = merged(v);
  return out;
}

describe('deployment samples', () => {
  const compose = merged(load(read('compose.yaml'))) as { services: Record<string, Service> };
  const template = read('deploy/nginx/xieshang.conf.template');
  const templateVars = new Set([...template.matchAll(/\$\{(XS_[A-Z_]+)\}/g)].map((m) => m[1]));

  it('compose.yaml parses, with two replicas, PostgreSQL, Redis, MinIO and nginx', () => {
    expect(Object.keys(compose.services).sort()).toEqual([
      'app-a',
      'app-b',
      'minio',
      'nginx',
      'postgres',
      'redis',
    ]);
    for (const name of ['app-a', 'app-b']) {
      const app = compose.services[name];
      expect(app.build?.target).toBe('runtime');
      expect(app.environment?.REPLICA_ID).toBe(name);
      expect(app.environment?.DATABASE_URL).toMatch(/@postgres:5432\//);
      expect(app.environment?.REDIS_URL).toBe('redis://redis:6379');
      expect(Object.keys(app.depends_on ?? {}).sort()).toEqual(['minio', 'postgres', 'redis']);
    }
    expect(compose.services.nginx.build?.target).toBe('web');
  });

  it('every variable the replicas are given is one the app reads (config/.env.example)', () => {
    for (const name of ['app-a', 'app-b']) {
      const unknown = Object.keys(compose.services[name].environment ?? {}).filter((v) => !documented.has(v));
      expect(unknown).toEqual([]);
    }
    const interpolated = [...read('compose.yaml').matchAll(/\$\{([A-Z_]+)[:?}]/g)].map((m) => m[1]);
    expect(interpolated.filter((v) => !documented.has(v) && !COMPOSE_ONLY.has(v))).toEqual([]);
  });

  it('the replicas trust exactly the nginx address, and nginx fills in every variable of its template', () => {
    const nginx = compose.services.nginx as Service & { networks: Record<string, { ipv4_address: string }> };
    const proxy = nginx.networks.xs.ipv4_address;
    for (const name of ['app-a', 'app-b'])
      expect(compose.services[name].environment?.TRUSTED_PROXIES).toBe(proxy);
    const given = Object.keys(nginx.environment ?? {}).filter((v) => v.startsWith('XS_'));
    expect(given.sort()).toEqual([...templateVars].sort());
    expect(nginx.environment?.XS_APP_A).toBe('app-a:3000');
    expect(nginx.environment?.XS_APP_B).toBe('app-b:3000');
  });

  it('the Dockerfile is multi-stage, runs as a non-root user, has a health check and starts the built server', () => {
    const docker = read('Dockerfile');
    const stages = [...docker.matchAll(/^FROM \S+ AS (\w+)/gm)].map((m) => m[1]);
    expect(stages).toEqual(expect.arrayContaining(['build', 'runtime', 'web']));
    const runtime = docker.slice(docker.indexOf('AS runtime'), docker.indexOf('AS web'));
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/^HEALTHCHECK .*\n?.*\/health\/live/m);
    expect(runtime).toContain(`"${serverEntry}"`);
    // With the node flags of `npm run start:server`.
    expect(runtime).toContain(
      `CMD ["node", ${startArgs
        .split(' ')
        .map((w) => `"${w}"`)
        .join(', ')}]`,
    );
    expect(docker).toContain(
      'COPY deploy/nginx/xieshang.conf.template /etc/nginx/templates/default.conf.template',
    );
    expect(existsSync(path.join(root, 'deploy/nginx/xieshang.conf.template'))).toBe(true);
  });

  it('the systemd unit starts the built server with variables the app reads', () => {
    const unit = read('deploy/systemd/xieshang@.service');
    expect(unit).toContain(`ExecStart=/usr/bin/node ${startArgs}`);
    const vars = [...unit.matchAll(/^Environment=([A-Z_]+)=/gm)].map((m) => m[1]);
    expect(vars.length).toBeGreaterThan(3);
    expect(vars.filter((v) => !documented.has(v) && v !== 'ENV_FILE')).toEqual([]);
    expect(unit).toMatch(/^User=xieshang$/m);
    expect(unit).toMatch(/^KillSignal=SIGTERM$/m);
  });
});
