import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';

/**
 * Where attachments live. The default keeps files in a directory (FILES_DIR,
 * else DATA_DIR/files) under random names; several app nodes must share that
 * directory (or another implementation of this interface, e.g. object storage).
 */
export interface FileStorage {
  put(data: Buffer): Promise<string>;
  get(key: string): Readable;
  remove(key: string): Promise<void>;
}

const KEY = /^[a-f0-9]{2}\/[a-f0-9]{30}$/;

export function localFileStorage(dir: string): FileStorage {
  const full = (key: string) => {
    if (!KEY.test(key)) throw new Error('invalid storage key');
    return path.join(dir, key);
  };
  return {
    async put(data) {
      const hex = randomBytes(16).toString('hex');
      const key = `${hex.slice(0, 2)}/${hex.slice(2)}`;
      await fs.promises.mkdir(path.dirname(full(key)), { recursive: true });
      await fs.promises.writeFile(full(key), data, { flag: 'wx', mode: 0o600 });
      return key;
    },
    get(key) {
      return fs.createReadStream(full(key));
    },
    async remove(key) {
      await fs.promises.rm(full(key), { force: true });
    },
  };
}
