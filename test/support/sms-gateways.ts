import { createHash, createHmac, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Local stand-ins for the two SMS gateways, answering as their APIs do and checking each request's
 * format and signature as the providers document them (Aliyun: ACS3-HMAC-SHA256, the V3 signature;
 * Tencent Cloud: TC3-HMAC-SHA256). Nothing leaves the machine.
 */
export interface SentSms {
  phone: string;
  signName: string;
  template: string;
  /** Aliyun: the TemplateParam object; Tencent: {1: …, 2: …} from TemplateParamSet. */
  params: Record<string, string>;
}

export interface FakeGateway {
  url: string;
  port: number;
  sent: SentSms[];
  /** Signature or format problems seen (the request was refused). */
  refused: string[];
  /** Answer the next n sends with the provider's flow-control error. */
  failNext(n: number): void;
  close(): Promise<void>;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();

/** RFC 3986 encoding, as Aliyun's canonical query string wants it. */
const rfc3986 = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function listen(server: http.Server): Promise<number> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return (server.address() as AddressInfo).port;
}

function closer(server: http.Server) {
  return () =>
    new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    });
}

/** Aliyun dysmsapi 2017-05-25 SendSms, RPC style, V3 signature. */
export async function fakeAliyun(accessKeyId: string, accessKeySecret: string): Promise<FakeGateway> {
  const sent: SentSms[] = [];
  const refused: string[] = [];
  let failing = 0;
  const server = http.createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const json = (status: number, o: object) => {
        res.writeHead(status, { 'content-type': 'application/json;charset=utf-8' });
        res.end(JSON.stringify({ RequestId: randomUUID().toUpperCase(), ...o }));
      };
      const refuse = (status: number, code: string, message: string) => {
        refused.push(`${code}: ${message}`);
        json(status, { Code: code, Message: message });
      };
      const url = new URL(req.url ?? '/', 'http://x');
      const h = req.headers;
      if (h['x-acs-action'] !== 'SendSms' || h['x-acs-version'] !== '2017-05-25')
        return refuse(
          400,
          'InvalidAction.NotFound',
          'Specified api is not found, please check your url and method.',
        );
      const date = String(h['x-acs-date'] ?? '');
      if (
        !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(date) ||
        Math.abs(Date.parse(date) - Date.now()) > 15 * 60_000
      )
        return refuse(400, 'InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.');
      if (!h['x-acs-signature-nonce'])
        return refuse(400, 'MissingSignatureNonce', 'SignatureNonce is mandatory.');
      if (h['x-acs-content-sha256'] !== sha256(body))
        return refuse(400, 'InvalidParameter.ContentSHA256', 'x-acs-content-sha256 does not match the body.');
      const auth =
        /^ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]+),Signature=([0-9a-f]{64})$/.exec(
          String(h.authorization ?? ''),
        );
      if (!auth)
        return refuse(
          400,
          'IncompleteSignature',
          'The request signature does not conform to Aliyun standards.',
        );
      const [, credential, signedHeaders, signature] = auth;
      if (credential !== accessKeyId)
        return refuse(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.');
      const names = signedHeaders.split(';');
      // The V3 signature covers host and every x-acs-* header (and content-type when there is one).
      const mustSign = Object.keys(h).filter(
        (n) => n === 'host' || n.startsWith('x-acs-') || n === 'content-type',
      );
      if (mustSign.some((n) => !names.includes(n)) || names.join(';') !== [...names].sort().join(';'))
        return refuse(
          400,
          'IncompleteSignature',
          'SignedHeaders must list host, content-type and x-acs-* headers, sorted.',
        );
      const query = [...url.searchParams.entries()]
        .map(([k, v]) => [rfc3986(k), rfc3986(v)])
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => `${k}=${v}`)
        .join('&');
      const canonical = [
        req.method,
        url.pathname,
        query,
        names.map((n) => `${n}:${String(h[n] ?? '').trim()}\n`).join(''),
        signedHeaders,
        sha256(body),
      ].join('\n');
      const expected = hmac(accessKeySecret, `ACS3-HMAC-SHA256\n${sha256(canonical)}`).toString('hex');
      if (expected !== signature)
        return refuse(
          400,
          'SignatureDoesNotMatch',
          'Specified signature is not matched with our calculation.',
        );
      const q = Object.fromEntries(url.searchParams.entries());
      for (const name of ['PhoneNumbers', 'SignName', 'TemplateCode'])
        if (!q[name]) return refuse(200, 'isv.MISSING_PARAMETER', `${name} is mandatory`);
      if (!/^1[3-9]\d{9}$/.test(q.PhoneNumbers))
        return refuse(200, 'isv.MOBILE_NUMBER_ILLEGAL', '非法手机号');
      let params: Record<string, string>;
      try {
        params = JSON.parse(q.TemplateParam ?? '{}') as Record<string, string>;
      } catch {
        return refuse(200, 'isv.INVALID_JSON_PARAM', 'JSON参数不合法，只接受字符串值');
      }
      if (failing > 0) {
        failing--;
        return json(200, { Code: 'isv.BUSINESS_LIMIT_CONTROL', Message: '触发分钟级流控Permits:1' });
      }
      sent.push({ phone: q.PhoneNumbers, signName: q.SignName, template: q.TemplateCode, params });
      json(200, { Code: 'OK', Message: 'OK', BizId: `${Date.now()}^0` });
    })();
  });
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    sent,
    refused,
    failNext: (n) => (failing = n),
    close: closer(server),
  };
}

/**
 * Tencent Cloud SMS 2021-01-11 SendSms with TC3-HMAC-SHA256. The SDK signs with the service named by
 * the endpoint's first label ("sms"), so the app reaches this server as http://sms.tencentcloudapi.com
 * through SMS_HTTP_PROXY: the server also answers CONNECT and serves the tunnelled request itself.
 */
export async function fakeTencent(
  secretId: string,
  secretKey: string,
  sdkAppId: string,
): Promise<FakeGateway> {
  const sent: SentSms[] = [];
  const refused: string[] = [];
  let failing = 0;
  const server = http.createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const answer = (o: object) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ Response: { ...o, RequestId: randomUUID() } }));
      };
      const refuse = (code: string, message: string) => {
        refused.push(`${code}: ${message}`);
        answer({ Error: { Code: code, Message: message } });
      };
      const h = req.headers;
      if (req.method !== 'POST' || h['x-tc-action'] !== 'SendSms' || h['x-tc-version'] !== '2021-01-11')
        return refuse('InvalidAction', 'The action does not exist or the version is wrong.');
      const ts = Number(h['x-tc-timestamp']);
      if (!Number.isInteger(ts) || Math.abs(ts * 1000 - Date.now()) > 5 * 60_000)
        return refuse('AuthFailure.SignatureExpire', 'Signature expired.');
      const auth =
        /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d\d-\d\d)\/([a-z]+)\/tc3_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/.exec(
          String(h.authorization ?? ''),
        );
      if (!auth) return refuse('AuthFailure.InvalidAuthorization', 'Authorization header is malformed.');
      const [, id, date, service, signedHeaders, signature] = auth;
      if (id !== secretId) return refuse('AuthFailure.SecretIdNotFound', 'The SecretId is not found.');
      if (service !== 'sms')
        return refuse('AuthFailure.InvalidAuthorization', `service "${service}" is not sms`);
      if (date !== new Date(ts * 1000).toISOString().slice(0, 10))
        return refuse('AuthFailure.InvalidAuthorization', 'Credential date does not match X-TC-Timestamp.');
      const names = signedHeaders.split(';');
      if (!names.includes('host') || !names.includes('content-type'))
        return refuse(
          'AuthFailure.InvalidAuthorization',
          'SignedHeaders must include content-type and host.',
        );
      const url = new URL(req.url ?? '/', `http://${h.host}`);
      const canonical = [
        'POST',
        url.pathname,
        url.search.slice(1),
        names
          .map(
            (n) =>
              `${n}:${String(n === 'host' ? url.hostname : h[n])
                .trim()
                .toLowerCase()}\n`,
          )
          .join(''),
        signedHeaders,
        sha256(body),
      ].join('\n');
      const stringToSign = [
        'TC3-HMAC-SHA256',
        String(ts),
        `${date}/${service}/tc3_request`,
        sha256(canonical),
      ].join('\n');
      const key = hmac(hmac(hmac(`TC3${secretKey}`, date), service), 'tc3_request');
      if (hmac(key, stringToSign).toString('hex') !== signature)
        return refuse('AuthFailure.SignatureFailure', 'The provided credentials could not be validated.');
      let p: {
        PhoneNumberSet?: string[];
        SmsSdkAppId?: string;
        SignName?: string;
        TemplateId?: string;
        TemplateParamSet?: string[];
      };
      try {
        p = JSON.parse(body.toString('utf8')) as typeof p;
      } catch {
        return refuse('InvalidParameter', 'The body is not JSON.');
      }
      if (p.SmsSdkAppId !== sdkAppId)
        return refuse('FailedOperation.SdkAppIdNotFound', 'SdkAppId not found.');
      if (!p.TemplateId || !p.SignName || !p.PhoneNumberSet?.length)
        return refuse('MissingParameter', 'TemplateId, SignName and PhoneNumberSet are required.');
      const phone = p.PhoneNumberSet[0];
      if (!/^\+861[3-9]\d{9}$/.test(phone))
        return refuse('InvalidParameterValue.IncorrectPhoneNumber', 'Phone number format is wrong.');
      const status = (Code: string, Message: string) =>
        answer({
          SendStatusSet: [
            {
              SerialNo: randomUUID(),
              PhoneNumber: phone,
              Fee: 1,
              SessionContext: '',
              Code,
              Message,
              IsoCode: 'CN',
            },
          ],
        });
      if (failing > 0) {
        failing--;
        return status(
          'LimitExceeded.PhoneNumberThirtySecondLimit',
          '单个手机号30秒内下发短信条数超过设定的上限',
        );
      }
      sent.push({
        phone: phone.slice(3),
        signName: p.SignName,
        template: p.TemplateId,
        params: Object.fromEntries((p.TemplateParamSet ?? []).map((v, i) => [String(i + 1), v])),
      });
      status('Ok', 'send success');
    })();
  });
  // The proxy side: a CONNECT to the gateway's name is handed to this same server.
  server.on('connect', (req: http.IncomingMessage, socket: import('node:net').Socket, head: Buffer) => {
    if (!/^sms\.tencentcloudapi\.com:\d+$/.test(req.url ?? '')) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length) socket.unshift(head);
    server.emit('connection', socket);
  });
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    sent,
    refused,
    failNext: (n) => (failing = n),
    close: closer(server),
  };
}
