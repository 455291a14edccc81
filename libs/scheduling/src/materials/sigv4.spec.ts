import { sha256Hex, signV4 } from './sigv4';

/** The worked examples of AWS's "Signature Calculations for the Authorization Header" (S3 API reference). */
describe('AWS Signature V4', () => {
  const base = {
    amzDate: '20130524T000000Z',
    region: 'us-east-1',
    accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
    secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  };
  const host = 'examplebucket.s3.amazonaws.com';
  const empty = sha256Hex('');

  it('GET Object with a Range header', () => {
    expect(
      signV4({
        ...base,
        method: 'GET',
        path: '/test.txt',
        headers: {
          Host: host,
          Range: 'bytes=0-9',
          'x-amz-content-sha256': empty,
          'x-amz-date': base.amzDate,
        },
        payloadHash: empty,
      }),
    ).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, ' +
        'SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, ' +
        'Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });

  it('PUT Object with an encoded key and extra signed headers', () => {
    const payload = sha256Hex('Welcome to Amazon S3.');
    expect(
      signV4({
        ...base,
        method: 'PUT',
        path: '/test%24file.text',
        headers: {
          Date: 'Fri, 24 May 2013 00:00:00 GMT',
          Host: host,
          'x-amz-content-sha256': payload,
          'x-amz-date': base.amzDate,
          'x-amz-storage-class': 'REDUCED_REDUNDANCY',
        },
        payloadHash: payload,
      }),
    ).toContain('Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd');
  });

  it('GET with a query string (list objects)', () => {
    expect(
      signV4({
        ...base,
        method: 'GET',
        path: '/',
        query: { 'max-keys': '2', prefix: 'J' },
        headers: { Host: host, 'x-amz-content-sha256': empty, 'x-amz-date': base.amzDate },
        payloadHash: empty,
      }),
    ).toContain('Signature=34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7');
  });
});
