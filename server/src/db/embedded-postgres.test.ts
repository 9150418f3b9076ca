import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { once } from 'node:events';
import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import type { Readable } from 'node:stream';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVER_DIR } from '../lib/repo-paths.ts';
import { startEmbeddedPostgres, type TEmbeddedPostgres } from './embedded-postgres.ts';
import { isProcessRunning, readPostmasterPid } from './postgres-process.ts';
import { assertPostgresUserCanReach, ensurePostgresUser } from './postgres-user-access.ts';

const asRoot = process.getuid?.() === 0;
let root: string;
let dataDir: string;
let firstPort = 0;
const started: TEmbeddedPostgres[] = [];

async function start(dir: string, logs: string[] = []): Promise<TEmbeddedPostgres> {
  const handle = await startEmbeddedPostgres({
    dataDir: dir,
    log: (message) => logs.push(message),
  });
  started.push(handle);
  return handle;
}

async function query<T extends pg.QueryResultRow>(
  handle: TEmbeddedPostgres,
  sql: string,
): Promise<T[]> {
  const client = new pg.Client(handle.connectionString('postgres'));
  client.on('error', () => undefined);
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** A separate Node process that starts the embedded server on `dataDir` and stays alive until killed. */
function spawnChild(): ChildProcessByStdio<null, Readable, null> {
  const fixture = join(SERVER_DIR, 'test/fixtures/embedded-postgres-child.ts');
  return spawn(process.execPath, ['--import', 'tsx', fixture, dataDir], {
    cwd: SERVER_DIR,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

async function childReady(
  child: ChildProcessByStdio<null, Readable, null>,
): Promise<{ port: number; pid: number; mode: string }> {
  const [line] = (await once(child.stdout, 'data')) as [Buffer];
  return JSON.parse(line.toString()) as { port: number; pid: number; mode: string };
}

beforeAll(async () => {
  // mkdtemp makes a 0700 directory; as root, the postgres user must be able to enter it.
  root = await mkdtemp(join(tmpdir(), 'custodia-embedded-pg-'));
  await chmod(root, 0o755);
  dataDir = join(root, 'postgres');
});

afterAll(async () => {
  for (const handle of started) await handle.stop().catch(() => undefined);
  await rm(root, { recursive: true, force: true });
});

describe('startEmbeddedPostgres', () => {
  it('when the data directory is empty, then it initialises a PostgreSQL 18 on 127.0.0.1 with a password kept private', async () => {
    const logs: string[] = [];
    const handle = await start(dataDir, logs);

    expect(handle.mode).toBe('started');
    expect(handle.port).not.toBe(5432);
    const [row] = await query<{ version: string; listen: string }>(
      handle,
      "select version(), current_setting('listen_addresses') as listen",
    );
    expect(row?.version).toMatch(/^PostgreSQL 18\./);
    expect(row?.listen).toBe('127.0.0.1');
    await handle.ensureDatabase('custodia_demo');
    await handle.ensureDatabase('custodia_demo');
    const connectionFile = join(dataDir, 'connection.json');
    expect((await stat(connectionFile)).mode & 0o777).toBe(0o600);
    const { password } = JSON.parse(await readFile(connectionFile, 'utf8')) as { password: string };
    expect(logs.join('\n')).not.toContain(password);
    expect(logs.join('\n')).toMatch(/initialising/);

    firstPort = handle.port;
    await handle.stop();
    await handle.stop();
    expect(isProcessRunning(handle.pid)).toBe(false);
  });

  it('when started again, then it reuses the data and the port without initialising', async () => {
    const logs: string[] = [];
    const begin = Date.now();
    const handle = await start(dataDir, logs);

    expect(Date.now() - begin).toBeLessThan(5_000);
    expect(logs.join('\n')).not.toMatch(/initialising/);
    expect(handle.port).toBe(firstPort);
    const rows = await query<{ datname: string }>(
      handle,
      "select datname from pg_database where datname = 'custodia_demo'",
    );
    expect(rows).toHaveLength(1);
    await handle.stop();
  });

  it('when the remembered port is taken, then it picks another one and remembers it', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(firstPort, '127.0.0.1', resolve));
    try {
      const handle = await start(dataDir);
      expect(handle.port).not.toBe(firstPort);
      const file = JSON.parse(await readFile(join(dataDir, 'connection.json'), 'utf8')) as {
        port: number;
      };
      expect(file.port).toBe(handle.port);
      await handle.stop();
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('when another process runs it, then we share it and our stop() leaves it running for that process', async () => {
    const child = spawnChild();
    try {
      const other = await childReady(child);
      const handle = await start(dataDir);

      expect(handle.mode).toBe('shared');
      expect(handle.pid).toBe(other.pid);
      await handle.stop();
      expect(isProcessRunning(other.pid)).toBe(true);
    } finally {
      child.kill('SIGKILL');
      await once(child, 'exit');
    }
  });

  it('when the Node process that started it was killed with SIGKILL, then the next start reuses the server left running', async () => {
    const child = spawnChild();
    let orphan: { port: number; pid: number; mode: string };
    try {
      orphan = await childReady(child);
    } finally {
      child.kill('SIGKILL');
      await once(child, 'exit');
    }
    // SIGKILL runs no exit handler: the postmaster outlives its parent, its postmaster.pid stays.
    expect(isProcessRunning(orphan.pid)).toBe(true);
    expect((await readPostmasterPid(join(dataDir, 'pgdata')))?.pid).toBe(orphan.pid);

    const handle = await start(dataDir);

    expect(handle.mode).toBe('adopted');
    expect(handle.pid).toBe(orphan.pid);
    expect(handle.port).toBe(orphan.port);
    expect(await query(handle, 'select 1 as ok')).toEqual([{ ok: 1 }]);
    await handle.stop();
    expect(isProcessRunning(orphan.pid)).toBe(false);
    expect(await readPostmasterPid(join(dataDir, 'pgdata'))).toBeUndefined();
  });

  it('when postmaster.pid names a live process that is not PostgreSQL, then the file is stale and the server starts', async () => {
    const sleeper = spawn('sleep', ['60'], { stdio: 'ignore' });
    try {
      const pgdata = join(dataDir, 'pgdata');
      await writeFile(
        join(pgdata, 'postmaster.pid'),
        `${sleeper.pid}\n${pgdata}\n1700000000\n${firstPort}\n\n127.0.0.1\n  0 0\nready   \n`,
      );
      const logs: string[] = [];
      const handle = await start(dataDir, logs);

      expect(handle.mode).toBe('started');
      expect(handle.pid).not.toBe(sleeper.pid);
      expect(logs.join('\n')).toMatch(/stale postmaster\.pid/);
      expect(isProcessRunning(sleeper.pid ?? 0)).toBe(true);
      await handle.stop();
    } finally {
      sleeper.kill('SIGKILL');
    }
  });

  it('when this process starts it twice at once, then both handles share one server, stopped with the last', async () => {
    const [first, second] = await Promise.all([start(dataDir), start(dataDir)]);

    expect(second.pid).toBe(first.pid);
    expect([first.mode, second.mode].sort()).toEqual(['shared', 'started']);
    await second.stop();
    expect(isProcessRunning(first.pid)).toBe(true);
    await first.stop();
    expect(isProcessRunning(first.pid)).toBe(false);
  });

  it.runIf(asRoot)(
    'when the data directory is inside a 0700 directory, then start rejects with an Error that says what to do',
    async () => {
      const locked = join(root, 'locked');
      await mkdir(locked, { mode: 0o700 });
      await chmod(locked, 0o700);

      const failure = startEmbeddedPostgres({
        dataDir: join(locked, 'postgres'),
        log: () => undefined,
      });

      await expect(failure).rejects.toBeInstanceOf(Error);
      await expect(failure).rejects.toThrow(
        /cannot reach the data directory .*locked \(mode 700\).*DATABASE_URL.*0700 directory such as \/root/s,
      );
    },
  );

  it.runIf(asRoot)(
    'when the binaries are inside a 0700 directory, then the check names that directory',
    async () => {
      const hidden = join(root, 'hidden');
      await mkdir(join(hidden, 'bin'), { recursive: true });
      await writeFile(join(hidden, 'bin', 'postgres'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
      await chmod(hidden, 0o700);

      expect(() =>
        assertPostgresUserCanReach(
          { postgresBin: join(hidden, 'bin', 'postgres'), dataDir: root },
          ensurePostgresUser(),
        ),
      ).toThrow(
        /cannot reach the PostgreSQL binaries in .*hidden\/bin\. Blocked at: .*hidden \(mode 700\)/,
      );
    },
  );
});
