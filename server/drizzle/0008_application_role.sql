-- The application's database role (security.md line 19; docs/decisions/0003-application-database-role.md).
-- Migrations run as the owner of the tables; the server's pool then works as custodia_app
-- (SET ROLE through the connection's startup options, server/src/db/client.ts), which may read and
-- write the business tables but can never UPDATE, DELETE or TRUNCATE the audit trail. The triggers of
-- 0004_audit_append_only refuse those for every role, the owner included; the grants below are the
-- second, independent wall, and the one the owner cannot switch off by accident with
-- ALTER TABLE … DISABLE TRIGGER from the application's connection.
-- Roles belong to the whole cluster: the role may already exist (another database, another profile,
-- or created beforehand by a DBA when the migrating user may not create roles).
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'custodia_app') THEN
    BEGIN
      CREATE ROLE custodia_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOBYPASSRLS;
    EXCEPTION
      WHEN duplicate_object OR unique_violation THEN NULL; -- created concurrently by another database's migration
      WHEN insufficient_privilege THEN
        RAISE EXCEPTION 'the database user % may not create the role custodia_app', current_user
          USING HINT = format('As a superuser run: CREATE ROLE custodia_app NOLOGIN; GRANT custodia_app TO %I;', current_user);
    END;
  END IF;
  IF NOT pg_has_role(current_user, 'custodia_app', 'MEMBER') THEN
    EXECUTE format('GRANT custodia_app TO %I', current_user);
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO custodia_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO custodia_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO custodia_app;
--> statement-breakpoint
-- Tables, sequences and schemas later migrations create (as the same owner, in any schema, such as a job
-- queue's) get the same rights; append-only tables revoke theirs in their own migration.
ALTER DEFAULT PRIVILEGES GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO custodia_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES GRANT USAGE, SELECT ON SEQUENCES TO custodia_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES GRANT USAGE ON SCHEMAS TO custodia_app;
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_events, audit_checkpoints FROM custodia_app;
