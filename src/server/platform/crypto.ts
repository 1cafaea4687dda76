import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Field encryption for sensitive personal data (ID numbers, phones):
 * AES-256-GCM, a fresh IV per value, stored as "v1.<base64 iv|tag|ciphertext>".
 */
export interface FieldCipher {
  encrypt(plain: string): string;
  decrypt(stored: string): string;
}

const PREFIX = 'v1.';

export function fieldCipher(key: Buffer): FieldCipher {
  if (key.length !== 32) throw new Error('the data key must be 32 bytes');
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), ct]).toString('base64');
    },
    decrypt(stored) {
      if (!stored.startsWith(PREFIX)) throw new Error('unknown ciphertext format');
      const raw = Buffer.from(stored.slice(PREFIX.length), 'base64');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}

/**
 * The data key: LIANDIAN_DATA_KEY (base64 of 32 bytes) when set — required when
 * several nodes share one database — else `<DATA_DIR>/data.key`, created with
 * owner-only permissions on first start. Never in the repository.
 */
export function loadDataKey(env: NodeJS.ProcessEnv, dataDir: string): Buffer {
  const fromEnv = env.LIANDIAN_DATA_KEY?.trim();
  if (fromEnv) {
    const key = Buffer.from(fromEnv, 'base64');
    if (key.length !== 32) throw new Error('LIANDIAN_DATA_KEY must be the base64 of exactly 32 bytes');
    return key;
  }
  const file = path.join(dataDir, 'data.key');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
  }
  const key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw new Error(`${file} does not hold a 32-byte base64 key`);
  return key;
}
