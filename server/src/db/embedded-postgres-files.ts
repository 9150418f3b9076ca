// What the embedded PostgreSQL keeps next to its cluster, in the data directory:
//   pgdata/           the cluster (owned by the `postgres` user when we run as root)
//   connection.json   { password, port }: made once, mode 0600, read only by this Node process
//   clients/<pid>     one lease per Node process using the server (holds its start time); the last one
//                     to stop() stops the server, so concurrent runs on one data directory don't pull it
//                     out from under each other
//   postgres.log      the server's output of its current run (for error messages; never forwarded)
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { link, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isProcessRunning, processStartTicks } from './postgres-process.ts';

export type TConnectionFile = { password: string; port?: number };

export function embeddedPaths(dataDir: string) {
  return {
    pgdata: join(dataDir, 'pgdata'),
    connection: join(dataDir, 'connection.json'),
    clients: join(dataDir, 'clients'),
    log: join(dataDir, 'postgres.log'),
  };
}

async function readJson<T>(path: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(
      `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function tempName(path: string): string {
  return `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
}

/** Replaces `path` atomically (write + rename), so a reader never sees half a file. */
async function writeJsonAtomic(path: string, value: unknown): Promise<void> {
  const temp = tempName(path);
  await writeFile(temp, `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600 });
  await rename(temp, path);
}

export async function readConnectionFile(path: string): Promise<TConnectionFile | undefined> {
  const file = await readJson<Partial<TConnectionFile>>(path);
  if (file === undefined) return undefined;
  if (typeof file.password !== 'string' || file.password.length < 16)
    throw new Error(`${path} has no valid password`);
  return { password: file.password, ...(typeof file.port === 'number' ? { port: file.port } : {}) };
}

/**
 * Reads the connection file or creates it with a new random password. Creation links a complete temp
 * file into place, so when two processes race, both end up with the winner's password.
 */
export async function readOrCreateConnectionFile(path: string): Promise<TConnectionFile> {
  const existing = await readConnectionFile(path);
  if (existing) return existing;
  const temp = tempName(path);
  await writeFile(
    temp,
    `${JSON.stringify({ password: randomBytes(24).toString('base64url') }, null, 2)}\n`,
    {
      mode: 0o600,
    },
  );
  try {
    await link(temp, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await rm(temp, { force: true });
  }
  const created = await readConnectionFile(path);
  if (!created) throw new Error(`cannot create ${path}`);
  return created;
}

export async function rememberPort(
  path: string,
  file: TConnectionFile,
  port: number,
): Promise<void> {
  if (file.port !== port) await writeJsonAtomic(path, { ...file, port });
}

/** Records that this process uses the server. */
export async function addLease(clientsDir: string): Promise<void> {
  await mkdir(clientsDir, { recursive: true, mode: 0o700 });
  await writeFile(join(clientsDir, String(process.pid)), processStartTicks(process.pid) ?? '', {
    mode: 0o600,
  });
}

/** Synchronous, so it also works in a process 'exit' listener. */
export function removeLease(clientsDir: string): void {
  rmSync(join(clientsDir, String(process.pid)), { force: true });
}

/** Pids of the other live processes using the server; leases of dead ones (or reused pids) are removed. */
export function otherLiveLeases(clientsDir: string): number[] {
  let names: string[];
  try {
    names = readdirSync(clientsDir);
  } catch {
    return [];
  }
  const live: number[] = [];
  for (const name of names) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) continue;
    let startTicks = '';
    try {
      startTicks = readFileSync(join(clientsDir, name), 'utf8').trim();
    } catch {
      continue;
    }
    if (isProcessRunning(pid) && (!startTicks || processStartTicks(pid) === startTicks))
      live.push(pid);
    else rmSync(join(clientsDir, name), { force: true });
  }
  return live;
}
