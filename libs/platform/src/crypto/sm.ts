import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';

/** SM3 digest (GB/T 32905), hex. */
export function sm3(data: string | Buffer): string {
  return createHash('sm3').update(data).digest('hex');
}

/** HMAC-SM3, hex: used for blind indexes and the audit hash chain. */
export function hmacSm3(key: Buffer, data: string | Buffer): string {
  return createHmac('sm3', key).update(data).digest('hex');
}

/** SM4-CBC with a random IV per value; output `v1:<iv hex>:<ciphertext base64>`. */
export function sm4Encrypt(key: Buffer, plaintext: string): string {
  const iv = randomBytes(16);
  const cipher = createCipheriv('sm4-cbc', key, iv);
  const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return `v1:${iv.toString('hex')}:${ct.toString('base64')}`;
}

export function sm4Decrypt(key: Buffer, stored: string): string {
  const [version, ivHex, ctB64] = stored.split(':');
  if (version !== 'v1' || !ivHex || !ctB64) throw new Error('unknown ciphertext format');
  const decipher = createDecipheriv('sm4-cbc', key, Buffer.from(ivHex, 'hex'));
  return Buffer.concat([decipher.update(Buffer.from(ctB64, 'base64')), decipher.final()]).toString('utf8');
}

/** Derives independent sub-keys from one master key so a leaked index key reveals no ciphertext. */
export function deriveKey(master: Buffer, purpose: string): Buffer {
  return createHmac('sm3', master).update(`xieshang:${purpose}`).digest().subarray(0, 32);
}
