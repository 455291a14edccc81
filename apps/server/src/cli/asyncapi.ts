import path from 'node:path';
import ts from 'typescript';

/**
 * The AsyncAPI 3 document of the live protocol, read from the event map in
 * libs/contracts/src/live-events.ts by the TypeScript compiler: the same types that check the
 * gateway's emits and the web client's listeners, so the document cannot say something else.
 */
type Schema = Record<string, unknown>;

const EVENTS_FILE = 'libs/contracts/src/live-events.ts';

/** `room:join` → `room.join`: AsyncAPI keys allow letters, digits, `.`, `-` and `_`. */
const key = (event: string) => event.replace(/[^A-Za-z0-9._-]/g, '.');

export function liveAsyncApi(root: string, version: string): Schema {
  const file = path.join(root, EVENTS_FILE);
  const program = ts.createProgram([file], {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  if (!source) throw new Error(`cannot read ${EVENTS_FILE}`);
  const moduleSymbol = checker.getSymbolAtLocation(source)!;
  const exported = new Map(checker.getExportsOfModule(moduleSymbol).map((s) => [s.name, s]));
  const schemas: Record<string, Schema> = {};

  const docOf = (s: ts.Symbol | undefined) =>
    s ? ts.displayPartsToString(s.getDocumentationComment(checker)).trim() || undefined : undefined;

  /** Named shapes of the file become components; everything else is written inline. */
  function named(type: ts.Type): string | undefined {
    const sym = type.aliasSymbol ?? type.getSymbol();
    if (!sym || !exported.has(sym.name)) return undefined;
    if (['LiveClientEvents', 'LiveServerEvents', 'Ack'].includes(sym.name)) return undefined;
    const decl = sym.declarations?.[0];
    return decl && decl.getSourceFile() === source ? sym.name : undefined;
  }

  function schemaOf(type: ts.Type, seen = new Set<ts.Type>()): Schema {
    const name = named(type);
    if (name) {
      if (!schemas[name]) {
        schemas[name] = {};
        const body = structure(type, seen);
        const description = docOf(exported.get(name));
        schemas[name] = description ? { description, ...body } : body;
      }
      return { $ref: `#/components/schemas/${name}` };
    }
    return structure(type, seen);
  }

  function structure(type: ts.Type, seen: Set<ts.Type>): Schema {
    if (type.isUnion()) {
      const parts = type.types.filter((t) => !(t.flags & ts.TypeFlags.Undefined));
      const nullable = parts.some((t) => t.flags & ts.TypeFlags.Null);
      const rest = parts.filter((t) => !(t.flags & ts.TypeFlags.Null));
      let s: Schema;
      if (rest.every((t) => t.flags & ts.TypeFlags.BooleanLiteral)) s = { type: 'boolean' };
      else if (rest.every((t) => t.isStringLiteral())) s = { type: 'string', enum: rest.map((t) => t.value) };
      else if (rest.length === 1) s = schemaOf(rest[0], seen);
      else s = { oneOf: rest.map((t) => schemaOf(t, seen)) };
      if (!nullable) return s;
      return s.$ref || s.oneOf
        ? { oneOf: [...((s.oneOf as Schema[]) ?? [s]), { type: 'null' }] }
        : { ...s, type: [s.type, 'null'] };
    }
    if (type.isStringLiteral()) return { type: 'string', const: type.value };
    if (type.flags & ts.TypeFlags.BooleanLiteral)
      return { type: 'boolean', const: checker.typeToString(type) === 'true' };
    if (type.flags & ts.TypeFlags.String) return { type: 'string' };
    if (type.flags & ts.TypeFlags.Number) return { type: 'number' };
    if (type.flags & ts.TypeFlags.Boolean) return { type: 'boolean' };
    if (type.flags & (ts.TypeFlags.Unknown | ts.TypeFlags.Any)) return {};
    if (checker.isArrayType(type))
      return { type: 'array', items: schemaOf(checker.getTypeArguments(type as ts.TypeReference)[0], seen) };
    if (type.flags & ts.TypeFlags.Object || type.isIntersection()) {
      if (seen.has(type)) return { type: 'object' };
      seen.add(type);
      const index = checker.getIndexInfosOfType(type)[0];
      const properties: Record<string, Schema> = {};
      const required: string[] = [];
      for (const p of checker.getPropertiesOfType(type)) {
        const decl = p.valueDeclaration ?? p.declarations?.[0];
        const t = decl ? checker.getTypeOfSymbolAtLocation(p, decl) : checker.getTypeOfSymbol(p);
        const s = schemaOf(t, seen);
        const description = docOf(p);
        properties[p.name] = description ? (s.$ref ? { description, allOf: [s] } : { description, ...s }) : s;
        if (!(p.flags & ts.SymbolFlags.Optional)) required.push(p.name);
      }
      seen.delete(type);
      const out: Schema = { type: 'object', properties };
      if (required.length) out.required = required;
      if (index) out.additionalProperties = schemaOf(index.type, seen);
      return out;
    }
    throw new Error(`${EVENTS_FILE}: no schema for ${checker.typeToString(type)}`);
  }

  const mapOf = (name: string) => {
    const sym = exported.get(name);
    if (!sym) throw new Error(`${EVENTS_FILE} exports no ${name}`);
    return { sym, type: checker.getDeclaredTypeOfSymbol(sym) };
  };
  const messages: Record<string, Schema> = {};
  const channelMessages: Record<string, Schema> = {};
  const operations: Record<string, Schema> = {};
  const ref = (k: string) => ({ $ref: `#/channels/live/messages/${k}` });

  const ackError = {
    type: 'object',
    properties: {
      ok: { type: 'boolean', const: false },
      error: schemaOf(checker.getDeclaredTypeOfSymbol(exported.get('AckError')!)),
    },
    required: ['ok', 'error'],
  };
  const clients = mapOf('LiveClientEvents');
  for (const ev of checker.getPropertiesOfType(clients.type)) {
    const t = checker.getTypeOfSymbol(ev);
    const payload = t.getProperty('payload')!;
    const ack = t.getProperty('ack')!;
    const k = key(ev.name);
    messages[k] = {
      name: ev.name,
      title: ev.name,
      summary: docOf(ev),
      payload: schemaOf(checker.getTypeOfSymbol(payload)),
    };
    const okSchema = schemaOf(checker.getTypeOfSymbol(ack));
    messages[`${k}.ack`] = {
      name: `${ev.name} ack`,
      title: `${ev.name} ack`,
      summary: 'The answer through the ack callback: `{ ok: true, …result }` or `{ ok: false, error }`.',
      payload: {
        oneOf: [
          {
            allOf: [
              { type: 'object', properties: { ok: { type: 'boolean', const: true } }, required: ['ok'] },
              okSchema,
            ],
          },
          ackError,
        ],
      },
    };
    channelMessages[k] = { $ref: `#/components/messages/${k}` };
    channelMessages[`${k}.ack`] = { $ref: `#/components/messages/${k}.ack` };
    operations[k] = {
      action: 'receive',
      title: ev.name,
      summary: docOf(ev),
      channel: { $ref: '#/channels/live' },
      messages: [ref(k)],
      reply: { channel: { $ref: '#/channels/live' }, messages: [ref(`${k}.ack`)] },
    };
  }
  const servers = mapOf('LiveServerEvents');
  for (const ev of checker.getPropertiesOfType(servers.type)) {
    const k = key(ev.name);
    messages[k] = {
      name: ev.name,
      title: ev.name,
      summary: docOf(ev),
      payload: schemaOf(checker.getTypeOfSymbol(ev)),
    };
    channelMessages[k] = { $ref: `#/components/messages/${k}` };
    operations[k] = {
      action: 'send',
      title: ev.name,
      summary: docOf(ev),
      channel: { $ref: '#/channels/live' },
      messages: [ref(k)],
    };
  }
  const drop = (o: Schema) => JSON.parse(JSON.stringify(o)) as Schema;
  return drop({
    asyncapi: '3.0.0',
    info: {
      title: '协商在基层 Xieshang live rooms',
      version,
      description:
        'The live room protocol: socket.io 4 (Engine.IO path `/socket.io`), namespace `/live`. The handshake ' +
        'carries `auth: { token }` (an access token) or `auth: { nickname }` (read-only guest where the session ' +
        'allows it); a refused handshake is a `connect_error` whose `data` is `{ code, message }`. Every client ' +
        'event must be sent with an ack callback and is answered through it. Generated from ' +
        'libs/contracts/src/live-events.ts by `npm run openapi`; see docs/socket.md.',
    },
    defaultContentType: 'application/json',
    servers: {
      app: {
        host: 'localhost:3000',
        protocol: 'ws',
        pathname: '/socket.io',
        description: 'The app server itself (behind a proxy, wherever it serves the web client)',
      },
    },
    channels: { live: { address: '/live', title: 'namespace /live', messages: channelMessages } },
    operations,
    components: { schemas, messages },
  });
}
