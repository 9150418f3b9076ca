// Running the postmaster: free ports, finding a server left running on the data, spawning a new one.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { POSTGRES_USER } from './embedded-postgres-cluster.ts';
import { identifyPid, readPostmasterPid, stopPostmaster } from './postgres-process.ts';
import type { TPostgresUser } from './postgres-user-access.ts';

const BASE_SETTINGS: Record<string, string> = {
  listen_addresses: '127.0.0.1',
  // TCP only: no socket files in /tmp or /var/run/postgresql (a Debian PostgreSQL may live there).
  unix_socket_directories: '',
  // The server log may be shown in error messages: keep personal data (DETAIL: Key (email)=…) and SQL out of it.
  log_error_verbosity: 'terse',
  log_min_error_statement: 'panic',
};

async function logTail(path: string, lines = 15): Promise<string> {
  const text = await readFile(path, 'utf8').catch(() => '');
  const tail = text.trimEnd().split('\n').slice(-lines).join('\n');
  return tail ? `\n--- PostgreSQL log (${path}) ---\n${tail}` : '';
}

async function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () =>
      server.close(() => resolve(true)),
    );
  });
}

/** The remembered port when it is free, else one the OS picks (ephemeral range, never 5432). */
export async function choosePort(remembered: number | undefined): Promise<number> {
  if (remembered && remembered !== 5432 && (await isPortFree(remembered))) return remembered;
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1', exclusive: true }, () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Whether a server answers on `port` with our password and serves `pgdata`; waits out a start-up. */
async function answers(
  pid: number,
  port: number,
  password: string,
  pgdata: string,
  timeoutMs: number,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (identifyPid(pid, pgdata) !== 'postmaster') return false;
    const client = new pg.Client({
      host: '127.0.0.1',
      port,
      user: POSTGRES_USER,
      password,
      database: 'postgres',
      connectionTimeoutMillis: 2_000,
    });
    client.on('error', () => undefined);
    try {
      await client.connect();
      const { rows } = await client.query<{ dir: string }>(
        "select current_setting('data_directory') as dir",
      );
      return rows[0]?.dir === pgdata;
    } catch (error) {
      // Wrong password: not ours to use. Anything else (starting up, shutting down): try again.
      if ((error as { code?: string }).code === '28P01') return false;
    } finally {
      await client.end().catch(() => undefined);
    }
    if (Date.now() > deadline) return false;
    await sleep(200);
  }
}

/**
 * Looks at postmaster.pid. After a SIGKILL of the Node process that ran it, the postmaster keeps running:
 * reuse it when it answers; stop it when it does not; remove the pid file when its process is gone.
 */
export async function findRunningServer(
  pgdata: string,
  password: string,
  log: (message: string) => void,
): Promise<{ pid: number; port: number } | undefined> {
  const pidFile = await readPostmasterPid(pgdata);
  if (!pidFile) return undefined;
  const { pid, port } = pidFile;
  const owner = identifyPid(pid, pgdata);
  if (owner === 'unknown') {
    throw new Error(
      `${pgdata}/postmaster.pid names process ${pid}, which may be a PostgreSQL server still using this data, ` +
        'and it cannot be checked. Stop that server, or delete postmaster.pid if none runs.',
    );
  }
  if (owner === 'postmaster') {
    if (await answers(pid, port, password, pgdata, 10_000)) return { pid, port };
    log(
      `stopping the PostgreSQL server (pid ${pid}) left on this data directory: it does not answer`,
    );
    await stopPostmaster(pid);
  }
  // Stale: remove it unless a new postmaster has just written its own.
  const again = await readPostmasterPid(pgdata);
  if (again?.pid === pid) {
    await rm(join(pgdata, 'postmaster.pid'), { force: true });
    if (owner !== 'postmaster')
      log(`removed a stale postmaster.pid (process ${pid} no longer runs this PostgreSQL)`);
  }
  return undefined;
}

export class StartFailure extends Error {
  constructor(
    message: string,
    /** Another process took the port, or started a server on this data first: worth another try. */
    readonly retry: 'port' | 'lock' | undefined,
  ) {
    super(message);
  }
}

/** Spawns the postmaster in its own session, output to the log file; resolves once it accepts connections. */
export async function spawnPostmaster(
  binDir: string,
  pgdata: string,
  port: number,
  settings: Record<string, string>,
  logPath: string,
  user: TPostgresUser | undefined,
): Promise<ChildProcess> {
  const args = ['-D', pgdata, '-p', String(port)];
  for (const [name, value] of Object.entries({ ...BASE_SETTINGS, ...settings }))
    args.push('-c', `${name}=${value}`);
  const fd = openSync(logPath, 'w', 0o600);
  let child: ChildProcess;
  try {
    child = spawn(join(binDir, 'postgres'), args, {
      detached: true,
      stdio: ['ignore', fd, fd],
      env: { ...process.env, LC_MESSAGES: 'C' },
      ...(user ?? {}),
    });
  } finally {
    closeSync(fd);
  }
  const ended = new Promise<string>((resolve) => {
    child.once('error', (error) =>
      resolve(`cannot run ${join(binDir, 'postgres')}: ${error.message}`),
    );
    child.once('exit', (code, signal) =>
      resolve(`postgres exited during start-up (code ${code}, signal ${signal})`),
    );
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    const outcome = await Promise.race([ended, sleep(50).then(() => undefined)]);
    if (outcome !== undefined) {
      const tail = await logTail(logPath);
      const retry = /lock file .*already exists/i.test(tail)
        ? 'lock'
        : /could not bind|already in use|could not create any TCP/i.test(tail)
          ? 'port'
          : undefined;
      throw new StartFailure(`${outcome}${tail}`, retry);
    }
    const pidFile = await readPostmasterPid(pgdata).catch(() => undefined);
    if (pidFile && pidFile.pid === child.pid && pidFile.status === 'ready') break;
    if (Date.now() > deadline) {
      child.kill('SIGQUIT');
      throw new StartFailure(
        `PostgreSQL did not become ready within 60 s${await logTail(logPath)}`,
        undefined,
      );
    }
  }
  // The server must not keep Node alive; stop() or the 'exit' safety net ends it.
  child.unref();
  return child;
}
