/**
 * Encryption at rest for credentials: AES-256-GCM, a fresh 96-bit IV per seal, the record's
 * id bound in as additional data (a sealed blob copied onto another row does not open), and
 * the key id in the envelope so keys can be rotated: seal with the primary key, open with any
 * key of the ring.
 *
 * Envelope: `sb1.<keyId>.<iv>.<ciphertext>.<tag>` (base64url parts).
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const VERSION = 'sb1';

export interface SecretKey {
  id: string;
  key: Buffer; // 32 bytes
}

export class Sealer {
  private readonly primary: SecretKey;
  private readonly ring: Map<string, Buffer>;

  constructor(keys: SecretKey[]) {
    if (keys.length === 0) throw new Error('no encryption key');
    for (const k of keys) if (k.key.length !== 32) throw new Error(`encryption key ${k.id} is not 32 bytes`);
    this.primary = keys[0]!;
    this.ring = new Map(keys.map((k) => [k.id, k.key]));
  }

  get keyId(): string {
    return this.primary.id;
  }

  seal(plaintext: string, aad: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.primary.key, iv);
    cipher.setAAD(Buffer.from(aad, 'utf8'));
    const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [VERSION, this.primary.id, iv.toString('base64url'), data.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.');
  }

  open(envelope: string, aad: string): string {
    const parts = envelope.split('.');
    if (parts.length !== 5 || parts[0] !== VERSION) throw new Error('not a sealed value');
    const [, keyId, iv, data, tag] = parts as [string, string, string, string, string];
    const key = this.ring.get(keyId);
    if (!key) throw new Error(`sealed with unknown key ${keyId}`);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  }

  sealJson(value: unknown, aad: string): string {
    return this.seal(JSON.stringify(value), aad);
  }

  openJson<T>(envelope: string, aad: string): T {
    return JSON.parse(this.open(envelope, aad)) as T;
  }
}

/** A key id that names the key without revealing it. */
export function keyIdOf(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 12);
}

/**
 * Parses a key given as 64 hex characters or base64 of 32 bytes. SWITCHBOARD_SECRET_KEY holds
 * the primary key; SWITCHBOARD_SECRET_KEYS_PREVIOUS (comma-separated) older keys that still open
 * values sealed before a rotation.
 */
export function parseKey(text: string): Buffer {
  const t = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (key.length !== 32) throw new Error('an encryption key is 32 bytes, written as 64 hex characters or base64');
  return key;
}

/** The key ring from the environment, else from (or into) `<dataDir>/secret.key`, mode 0600. */
export function loadKeys(env: { primary?: string; previous?: string }, dataDir: string): SecretKey[] {
  const keys: Buffer[] = [];
  if (env.primary) {
    keys.push(parseKey(env.primary));
  } else {
    const file = join(dataDir, 'secret.key');
    if (!existsSync(file)) {
      mkdirSync(dataDir, { recursive: true, mode: 0o700 });
      writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    }
    const mode = statSync(file).mode & 0o777;
    if (mode & 0o077) chmodSync(file, 0o600); // never leave the key readable by others
    keys.push(parseKey(readFileSync(file, 'utf8')));
  }
  for (const k of (env.previous ?? '').split(',').filter((s) => s.trim())) keys.push(parseKey(k));
  return keys.map((key) => ({ id: keyIdOf(key), key }));
}
