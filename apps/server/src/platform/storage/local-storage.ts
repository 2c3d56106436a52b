import { randomBytes } from 'node:crypto';
import { constants, createReadStream } from 'node:fs';
import { access, mkdir, open, readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { type ByteRange, type ObjectInfo, type ObjectStream, type Storage, StorageError, assertSameBytes, assertValidKey } from './storage';

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

function unavailable(action: string, key: string, error: unknown): StorageError {
  return new StorageError('unavailable', `Local storage could not ${action} ${key}: ${(error as Error).message}`, { cause: error });
}

/** Makes a rename durable: without the directory fsync a crash may forget it. */
async function fsyncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Objects as files under `root` (DATA_DIR/media). A put writes `<key>.tmp-<random>`, fsyncs it, renames
 * it over the final name and fsyncs the directory, so a crash never leaves half an object under its
 * real name; a leftover temporary file is an ordinary unreferenced object that the orphan sweep removes.
 */
export function createLocalStorage(root: string): Storage {
  const fileOf = (key: string) => {
    assertValidKey(key);
    return path.join(root, ...key.split('/'));
  };

  async function* walk(dir: string, prefix: string): AsyncGenerator<ObjectInfo> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if (isMissing(error)) return;
      throw unavailable('list', prefix || '/', error);
    }
    for (const entry of entries) {
      const key = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        yield* walk(path.join(dir, entry.name), key);
      } else if (entry.isFile()) {
        const info = await stat(path.join(dir, entry.name)).catch(() => null);
        if (info) yield { key, bytes: info.size, lastModified: info.mtime };
      }
    }
  }

  async function head(key: string): Promise<ObjectInfo | null> {
    try {
      const info = await stat(fileOf(key));
      return info.isFile() ? { key, bytes: info.size, lastModified: info.mtime } : null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw unavailable('stat', key, error);
    }
  }

  return {
    kind: 'local',

    async put(key, body) {
      const file = fileOf(key);
      const temp = `${file}.tmp-${randomBytes(6).toString('hex')}`;
      try {
        await mkdir(path.dirname(file), { recursive: true });
        const handle = await open(temp, 'wx');
        try {
          await handle.writeFile(body);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temp, file);
        await fsyncDirectory(path.dirname(file));
      } catch (error) {
        await rm(temp, { force: true });
        throw unavailable('write', key, error);
      }
      assertSameBytes(key, body, await readFile(file).catch((error: unknown) => Promise.reject(unavailable('read back', key, error))));
    },

    async get(key, range?: ByteRange): Promise<ObjectStream | null> {
      const info = await head(key);
      if (!info) return null;
      const start = range?.start ?? 0;
      const end = range ? Math.min(range.end, info.bytes - 1) : info.bytes - 1;
      const body = createReadStream(fileOf(key), info.bytes === 0 ? {} : { start, end });
      return { body, bytes: Math.max(0, end - start + 1), totalBytes: info.bytes };
    },

    head,

    async delete(key) {
      try {
        await rm(fileOf(key), { force: true });
      } catch (error) {
        throw unavailable('delete', key, error);
      }
    },

    list(prefix = '') {
      // Listing from the deepest directory the prefix names, then filtering, keeps prefixes like "ab/c" working.
      const dirPrefix = prefix.includes('/') ? prefix.slice(0, prefix.lastIndexOf('/')) : '';
      const start = dirPrefix ? fileOf(dirPrefix) : root;
      return (async function* () {
        for await (const info of walk(start, dirPrefix)) if (info.key.startsWith(prefix)) yield info;
      })();
    },

    async url(key) {
      assertValidKey(key);
      return `/media/${key}`;
    },

    async check() {
      await mkdir(root, { recursive: true });
      await access(root, constants.W_OK);
    },

    close() {},
  };
}
