// Process helpers for the embedded PostgreSQL: reading postmaster.pid, telling a live postmaster from a
// stale pid file, and stopping a server we did not spawn ourselves (one left behind by a killed Node).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export type TPostmasterPid = { pid: number; dataDir: string; port: number; status: string };

/** Parses `<pgdata>/postmaster.pid` (pid, data dir, start time, port, socket dir, listen address, shmem key, status). */
export async function readPostmasterPid(pgdata: string): Promise<TPostmasterPid | undefined> {
  let text: string;
  try {
    text = await readFile(`${pgdata}/postmaster.pid`, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const lines = text.split('\n');
  const pid = Number.parseInt(lines[0] ?? '', 10);
  const port = Number.parseInt(lines[3] ?? '', 10);
  return {
    pid: Number.isInteger(pid) && pid > 0 ? pid : 0,
    dataDir: lines[1] ?? '',
    port: Number.isInteger(port) ? port : 0,
    status: (lines[7] ?? '').trim(),
  };
}

/** Reads /proc/<pid>/stat; undefined where there is no procfs (macOS) or the process is gone. */
function readProcStat(pid: number): { state: string; startTicks: string } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid …": comm may contain spaces and parentheses, so split after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0] ?? '', startTicks: fields[19] ?? '' };
  } catch {
    return undefined;
  }
}

/**
 * Whether a process runs. A zombie counts as gone: in containers whose PID 1 does not reap orphans, a
 * stopped postmaster (reparented to PID 1 after its Node parent died) stays a zombie forever.
 */
export function isProcessRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const stat = readProcStat(pid);
  return !(stat && (stat.state === 'Z' || stat.state === 'X'));
}

/** Start time of a process in clock ticks since boot (Linux), to tell a live owner from a reused pid. */
export function processStartTicks(pid: number): string | undefined {
  return readProcStat(pid)?.startTicks;
}

export type TPidOwner = 'gone' | 'postmaster' | 'other' | 'unknown';

/**
 * What `pid` (from an old postmaster.pid) is now: gone, still the postmaster of `pgdata`, another process
 * that reused the pid, or unknown (no way to read its command line). Only 'gone' and 'other' make the pid
 * file stale; removing the pid file of a live postmaster would let a second server corrupt the cluster.
 */
export function identifyPid(pid: number, pgdata: string): TPidOwner {
  if (!isProcessRunning(pid)) return 'gone';
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    const dirIndex = argv.indexOf('-D');
    const isPostmaster =
      basename(argv[0] ?? '') === 'postgres' && dirIndex >= 0 && argv[dirIndex + 1] === pgdata;
    return isPostmaster ? 'postmaster' : 'other';
  } catch {
    // No procfs (macOS): ask ps, whose output is one string.
  }
  try {
    const line = execFileSync('ps', ['-o', 'command=', '-p', String(pid)], {
      encoding: 'utf8',
    }).trim();
    if (!line) return 'unknown';
    return /(^|\/)postgres /.test(line) && `${line} `.includes(` -D ${pgdata} `)
      ? 'postmaster'
      : 'other';
  } catch {
    return 'unknown';
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isProcessRunning(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(50);
  }
  return true;
}

/**
 * Stops a postmaster: fast shutdown (SIGINT: ends sessions, checkpoints), then immediate shutdown (SIGQUIT)
 * if it does not finish in time. Throws an Error saying what to do when it cannot be stopped.
 */
export async function stopPostmaster(
  pid: number,
  options: { timeoutMs?: number } = {},
): Promise<void> {
  const signals: Array<[NodeJS.Signals, number]> = [
    ['SIGINT', options.timeoutMs ?? 15_000],
    ['SIGQUIT', 5_000],
  ];
  for (const [signal, timeoutMs] of signals) {
    if (!isProcessRunning(pid)) return;
    try {
      process.kill(pid, signal);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ESRCH') return;
      throw new Error(
        `cannot stop the PostgreSQL server (pid ${pid}): ${code ?? String(error)}. ` +
          `Stop it yourself (kill ${pid}) and start again.`,
      );
    }
    if (await waitForExit(pid, timeoutMs)) return;
  }
  throw new Error(
    `the PostgreSQL server (pid ${pid}) did not stop; stop it yourself (kill -9 ${pid}) and start again.`,
  );
}
