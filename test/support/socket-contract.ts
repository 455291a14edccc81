import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';

/**
 * Holds what the live server sends to docs/asyncapi.json: every socket the tests open checks each
 * server event's payload, and every ack, against the generated document, strictly (a field the map
 * does not list is a violation). The test app's close() fails the file on any.
 */
type Schema = Record<string, unknown>;
interface AsyncApi {
  components: {
    schemas: Record<string, Schema>;
    messages: Record<string, { name: string; payload: Schema }>;
  };
  operations: Record<string, { action: 'send' | 'receive'; title: string }>;
}

function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Schema = {};
  for (const [k, v] of Object.entries(schema)) out[k] = closed(v);
  if (out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

class SocketContract {
  readonly violations: string[] = [];
  private readonly ajv = new Ajv({ strict: false });
  private readonly server = new Map<string, ValidateFunction>();
  private readonly acks = new Map<string, { ok: ValidateFunction; error: ValidateFunction }>();

  constructor() {
    const doc = JSON.parse(
      readFileSync(path.join(__dirname, '../../docs/asyncapi.json'), 'utf8'),
    ) as AsyncApi;
    this.ajv.addSchema({ components: { schemas: closed(doc.components.schemas) } }, 'asyncapi');
    const compile = (s: unknown) =>
      this.ajv.compile(
        JSON.parse(JSON.stringify(closed(s)).replaceAll('"#/components', '"asyncapi#/components')) as Schema,
      );
    for (const [key, op] of Object.entries(doc.operations)) {
      const message = doc.components.messages[key];
      if (op.action === 'send') this.server.set(message.name, compile(message.payload));
      else {
        // The ack is { ok: true, …result } or { ok: false, error }: check the result without `ok`.
        const [okBranch, errorBranch] = doc.components.messages[`${key}.ack`].payload.oneOf as Schema[];
        this.acks.set(message.name, {
          ok: compile((okBranch.allOf as Schema[])[1]),
          error: compile(errorBranch),
        });
      }
    }
  }

  serverEvent(event: string, payload: unknown): void {
    const validate = this.server.get(event);
    if (!validate)
      return void this.violations.push(`server sent ${event}, which the event map does not have`);
    if (!validate(payload)) this.violations.push(`${event}: ${this.errors(validate)}`);
  }

  ack(event: string, ack: unknown): void {
    const pair = this.acks.get(event);
    // Unknown events (the fuzz sends some) are answered with an error ack; nothing to hold them to.
    if (!pair || !ack || typeof ack !== 'object') return;
    const { ok, ...rest } = ack as { ok?: boolean };
    const validate = ok ? pair.ok : pair.error;
    if (!validate(ok ? rest : ack)) this.violations.push(`${event} ack: ${this.errors(validate)}`);
  }

  private errors(v: ValidateFunction): string {
    return (v.errors ?? [])
      .slice(0, 3)
      .map((e) => `${e.instancePath || '(payload)'} ${e.message ?? ''} ${JSON.stringify(e.params)}`)
      .join('; ');
  }
}

let contract: SocketContract | undefined;

/** The checker of this test file (one per Jest module registry, so per file). */
export function socketContract(): SocketContract {
  contract ??= new SocketContract();
  return contract;
}

export function socketContractViolations(): string[] {
  return contract ? [...new Set(contract.violations)] : [];
}
