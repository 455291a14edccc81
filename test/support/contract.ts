import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { NextFunction, Request, Response } from 'express';

/**
 * Holds real responses to docs/openapi.json. Every end-to-end test app records each JSON response it
 * sends and checks it against the operation's declared response for that status, strictly: a field
 * the schema does not list, a missing required one, a wrong type or an undeclared status is a
 * violation, and `close()` fails the test file. So the contract cannot drift from what the services
 * return without a test noticing.
 */
type Schema = Record<string, unknown>;
interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

export const OPENAPI_FILE = path.join(__dirname, '../../docs/openapi.json');

/**
 * OpenAPI 3.0 to JSON Schema for Ajv, made strict: every object schema that lists its properties
 * accepts no others (the published document stays open), and `nullable` beside `allOf` (how a
 * nullable reference is written in 3.0) means "null or that".
 */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Schema = {};
  for (const [k, v] of Object.entries(schema)) out[k] = k === 'example' ? v : closed(v);
  if (out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  if (out.nullable === true && out.allOf) {
    const { nullable: _n, type: _t, ...rest } = out;
    return { anyOf: [{ type: 'null' }, rest] };
  }
  return out;
}

export class ContractChecker {
  private readonly ajv: Ajv;
  private readonly doc: OpenApi;
  private readonly cache = new Map<string, ValidateFunction>();
  readonly violations: string[] = [];
  checked = 0;

  constructor(doc: OpenApi = JSON.parse(readFileSync(OPENAPI_FILE, 'utf8')) as OpenApi) {
    this.doc = doc;
    this.ajv = new Ajv({ strict: false, allErrors: false });
    addFormats(this.ajv);
    this.ajv.addFormat('binary', true);
    this.ajv.addSchema({ components: closed(doc.components) }, 'openapi');
  }

  /** The schema's problems with `body` as the answer of `method path` (an OpenAPI path) with `status`, or []. */
  problems(method: string, apiPath: string, status: number, body: unknown): string[] {
    const op = this.doc.paths[apiPath]?.[method.toLowerCase()];
    if (!op) return [`${method} ${apiPath} is not in the contract`];
    const declared = op.responses[String(status)];
    // A 5xx is never part of the contract (the fuzz test hunts them); it still has the error shape.
    if (!declared && status >= 500)
      return this.errorProblems(body).map((p) => `${method} ${apiPath} ${status}: ${p}`);
    if (!declared) return [`${method} ${apiPath} answered ${status}, which it does not declare`];
    const schema = declared.content?.['application/json']?.schema;
    if (!schema) return [`${method} ${apiPath} ${status} answered JSON where the contract declares none`];
    const key = `${method} ${apiPath} ${status}`;
    let validate = this.cache.get(key);
    if (!validate) {
      const refd = JSON.parse(
        JSON.stringify(closed(schema)).replaceAll('"#/components', '"openapi#/components'),
      );
      validate = this.ajv.compile(refd as Schema);
      this.cache.set(key, validate);
    }
    this.checked++;
    if (validate(JSON.parse(JSON.stringify(body)))) return [];
    return (validate.errors ?? []).map(
      (e) => `${key}: ${e.instancePath || '(body)'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
    );
  }

  /** Express middleware: checks each JSON answer of a matched route as it is sent. */
  middleware(prefix: string) {
    return (req: Request, res: Response, next: NextFunction) => {
      const json = res.json.bind(res);
      res.json = (body: unknown) => {
        const route = (req.route as { path?: string } | undefined)?.path;
        const full = route === undefined ? undefined : `${req.baseUrl}${route}`;
        // Only the API's routes are in the contract (not the web client's fallback, say).
        if (full?.startsWith(`${prefix}/`)) {
          const apiPath = full.slice(prefix.length).replace(/:(\w+)/g, '{$1}');
          for (const p of this.problems(req.method, apiPath, res.statusCode, body)) this.violations.push(p);
        } else if (res.statusCode >= 400) {
          // No route matched (404, or refused before routing): still the one error shape.
          for (const p of this.errorProblems(body)) this.violations.push(`${req.method} ${req.path}: ${p}`);
        }
        return json(body);
      };
      next();
    };
  }

  errorProblems(body: unknown): string[] {
    let validate = this.cache.get('ErrorBody');
    if (!validate) {
      validate = this.ajv.compile({ $ref: 'openapi#/components/schemas/ErrorBody' });
      this.cache.set('ErrorBody', validate);
    }
    return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
  }
}
