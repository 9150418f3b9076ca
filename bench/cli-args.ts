/**
 * The command line after the script, without the `--` that `pnpm <script> -- --flag` passes
 * through (pnpm 10 keeps it; parseArgs would take everything after it as positionals).
 */
export function scriptArgs(): string[] {
  const args = process.argv.slice(2);
  return args[0] === '--' ? args.slice(1) : args;
}
