import 'reflect-metadata';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { Parser as AsyncApiParser } from '@asyncapi/parser';
import SwaggerParser from '@apidevtools/swagger-parser';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';
import { API_PREFIX, loadConfig, openApiDocument } from '@xs/platform';
import { AppModule } from '../app.module';
import { liveAsyncApi } from './asyncapi';

/**
 * `npm run openapi` writes the contract files from the code; `npm run openapi:check` fails when a
 * committed one differs from what the code declares, or when a validator refuses the document.
 */
const root = (() => {
  // From the sources or from dist/: the repository is the nearest folder with the lock file.
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package-lock.json'))) dir = path.dirname(dir);
  return dir;
})();
const out = (s: string) => process.stdout.write(`${s}\n`);
const GENERATED_NOTE = '// Generated from docs/openapi.json by `npm run openapi`. Do not edit.\n';

export const contractFiles = {
  openapi: 'docs/openapi.json',
  asyncapi: 'docs/asyncapi.json',
  webTypes: 'apps/web/src/shared/api/openapi.d.ts',
} as const;

/** Builds the module graph without instantiating anything: no database, no Redis, no listeners. */
async function buildOpenApi(): Promise<Record<string, unknown>> {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: path.join(root, 'data'),
    PII_KEY: '00'.repeat(16),
    TOKEN_SECRET: '00'.repeat(32),
    LOG_LEVEL: 'error',
  });
  const app = await NestFactory.create(
    AppModule.forRoot({ config, databaseUrl: 'postgres://preview@127.0.0.1:1/preview' }),
    { preview: true, logger: false, abortOnError: false },
  );
  app.setGlobalPrefix(API_PREFIX);
  const doc = openApiDocument(app);
  await app.close();
  return JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;
}

async function format(text: string, file: string): Promise<string> {
  const options = (await prettier.resolveConfig(path.join(root, file))) ?? {};
  return prettier.format(text, { ...options, filepath: path.join(root, file) });
}

/** Every generated file's path (relative to the repository) and its expected content. */
async function generate(): Promise<Map<string, string>> {
  const doc = await buildOpenApi();
  // The validator dereferences in place: give it a copy.
  await SwaggerParser.validate(structuredClone(doc) as never);
  const ast = await openapiTS(doc as never, { alphabetize: false });
  const live = liveAsyncApi(root, String((doc.info as { version?: string }).version ?? '1'));
  await validateAsyncApi(live);
  return new Map([
    [contractFiles.openapi, await format(JSON.stringify(doc), contractFiles.openapi)],
    [contractFiles.asyncapi, await format(JSON.stringify(live), contractFiles.asyncapi)],
    [contractFiles.webTypes, await format(GENERATED_NOTE + astToString(ast), contractFiles.webTypes)],
  ]);
}

/** The AsyncAPI project's own parser, with its ruleset: any error-level diagnostic fails. */
async function validateAsyncApi(doc: Record<string, unknown>): Promise<void> {
  const { document, diagnostics } = await new AsyncApiParser().parse(JSON.stringify(doc));
  const errors = diagnostics.filter((d) => Number(d.severity) === 0);
  if (!document || errors.length) {
    throw new Error(
      `the AsyncAPI document is invalid:\n${errors.map((d) => `  ${d.path.join('.')}: ${d.message}`).join('\n')}`,
    );
  }
}

function current(file: string): string | undefined {
  try {
    return readFileSync(path.join(root, file), 'utf8');
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const cmd = process.argv[2];
  const files = await generate();
  if (cmd === 'write') {
    for (const [file, text] of files) {
      if (current(file) === text) continue;
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
      out(`wrote ${file}`);
    }
    out('contract files are up to date');
    return;
  }
  if (cmd === 'check') {
    const stale = [...files].filter(([file, text]) => current(file) !== text).map(([file]) => file);
    if (stale.length) {
      out(`stale contract files (the code declares something else): ${stale.join(', ')}`);
      out('run `npm run openapi` and commit the result');
      process.exit(1);
    }
    out('contract files match the code and the validator accepts them');
    return;
  }
  out('usage: node dist/apps/server/src/cli/openapi.js write|check');
  process.exit(2);
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
