import 'reflect-metadata';
import { writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, loadDotEnv } from '@xs/platform';
import { pendingSchemaChanges, provideDatabase, runMigrations } from '../database/database-runtime';
import { adminQuery, scratchServer, uniqueName } from '../database/scratch-server';

const out = (s: string) => process.stdout.write(`${s}\n`);

/** Migrates a fresh scratch database and returns what the entities still want changed. */
async function diffAgainstFresh(): Promise<{ up: string[]; down: string[] }> {
  const server = await scratchServer(process.env.DATABASE_URL || undefined);
  const name = uniqueName('xs_migcheck');
  try {
    await adminQuery(server.adminUrl, `CREATE DATABASE "${name}"`);
    await runMigrations(server.urlFor(name));
    return await pendingSchemaChanges(server.urlFor(name));
  } finally {
    await adminQuery(server.adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(
      () => undefined,
    );
    await server.stop();
  }
}

async function main(): Promise<void> {
  const [cmd, ...args] = process.argv.slice(2);
  switch (cmd) {
    case 'run': {
      loadDotEnv();
      const config = loadConfig();
      const db = await provideDatabase(config, () => undefined);
      try {
        const done = await runMigrations(db.url);
        out(done.length ? `applied: ${done.join(', ')}` : 'nothing to apply');
      } finally {
        await db.embedded?.stop();
      }
      return;
    }
    case 'check': {
      const diff = await diffAgainstFresh();
      if (diff.up.length) {
        out('Entities and migrations differ. Missing from migrations:');
        for (const q of diff.up) out(`  ${q};`);
        out('Run: npm run migration:generate -- <context> <Name>');
        process.exit(1);
      }
      out('migrations match the entities');
      return;
    }
    case 'generate': {
      const [context, name] = args;
      if (!context || !name || !/^[A-Za-z][A-Za-z0-9]*$/.test(name)) {
        out('usage: npm run migration:generate -- <context folder under libs/> <PascalCaseName>');
        process.exit(2);
      }
      const dir = path.resolve('libs', context, 'src', 'migrations');
      if (!existsSync(dir)) {
        out(`no such folder: ${dir}`);
        process.exit(2);
      }
      const diff = await diffAgainstFresh();
      if (!diff.up.length) {
        out('no changes');
        return;
      }
      const ts = Date.now();
      const cls = `${name}${ts}`;
      const file = path.join(dir, `${ts}-${name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}.ts`);
      const q = (s: string) => `    await q.query(\`${s.replace(/`/g, '\\`')}\`);`;
      writeFileSync(
        file,
        `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${cls} implements MigrationInterface {\n  name = '${cls}';\n\n  async up(q: QueryRunner): Promise<void> {\n${diff.up.map(q).join('\n')}\n  }\n\n  async down(q: QueryRunner): Promise<void> {\n${[...diff.down].reverse().map(q).join('\n')}\n  }\n}\n`,
      );
      out(
        `wrote ${path.relative(process.cwd(), file)}: keep only this context's statements, then add ${cls} to libs/${context}/src/migrations/index.ts`,
      );
      return;
    }
    default:
      out('usage: migrations run | check | generate <context> <Name>');
      process.exit(2);
  }
}

main().catch((e: Error) => {
  process.stderr.write(`${e.message}\n`);
  process.exit(1);
});
