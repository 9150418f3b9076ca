import type pg from 'pg';
import { APP_DB_ROLE } from './client.ts';

/**
 * With APP_DATABASE_URL the application's pool logs in as a login of its own, so that SQL run
 * inside the application cannot `RESET ROLE` to the owner (docs/decisions/0003). That only holds if
 * the login really has no more than custodia_app: a superuser, a role that may create roles, or the
 * owner of the tables would make the setting a false promise, so start-up refuses them by name.
 */
export async function assertApplicationLogin(pool: pg.Pool): Promise<void> {
  const { rows } = await pool.query<{ login: string; superuser: boolean; createRole: boolean; member: boolean; ownsTables: boolean }>(
    `select session_user as login,
            r.rolsuper as superuser,
            r.rolcreaterole as "createRole",
            pg_has_role(session_user, $1, 'MEMBER') as member,
            exists (select 1 from pg_tables t where t.schemaname = 'public' and t.tableowner = session_user) as "ownsTables"
       from pg_roles r where r.rolname = session_user`,
    [APP_DB_ROLE],
  );
  const login = rows[0];
  if (!login) throw new Error('APP_DATABASE_URL: the login is not a role of this database server');
  const problems = [
    login.superuser ? 'is a superuser' : null,
    login.createRole ? 'may create roles' : null,
    login.ownsTables ? 'owns tables of the schema (use DATABASE_URL for the owner)' : null,
    login.member ? null : `is not a member of ${APP_DB_ROLE} (GRANT ${APP_DB_ROLE} TO ${login.login})`,
  ].filter((problem): problem is string => problem !== null);
  if (problems.length > 0) {
    throw new Error(`APP_DATABASE_URL: the login ${login.login} ${problems.join(', ')}; it must hold no more than ${APP_DB_ROLE}`);
  }
}
