/**
 * What every git call this tool makes carries on its command line.
 *
 * git refuses a repository that belongs to another user ("dubious
 * ownership"), because its config could make git run programs. The CLI
 * respects that. The action trusts one directory, the workspace: on a runner,
 * container jobs check it out as another user, and actions/checkout wrote it.
 *
 * Whatever the repository, the settings through which its config could make
 * a read-only command run a program are overridden.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';

const trusted = new Set<string>();

/** The real path, symlinks resolved: the form git compares `safe.directory` with. */
export function realDir(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return path.resolve(dir);
  }
}

/** Called by the action for its workspace only; the CLI never calls it. */
export function trustWorkspace(dir: string): void {
  trusted.add(realDir(dir));
}

/** Config that could run a program, neutralised; paths printed verbatim. */
const HARDENED = [
  'core.fsmonitor=false',
  'core.hooksPath=/dev/null',
  'core.pager=cat',
  'gpg.program=false',
  'gpg.ssh.program=false',
  'gpg.x509.program=false',
  'log.showSignature=false',
  'diff.external=',
  'core.quotePath=false',
].flatMap((c) => ['-c', c]);

/** The `-c` options to put before a git subcommand run in `dir`. */
export function gitConfig(dir: string): string[] {
  const real = realDir(dir);
  return [...(trusted.has(real) ? ['-c', `safe.directory=${real}`] : []), ...HARDENED];
}

/** The environment of every git call: no prompt, no pager. */
export const gitEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  GIT_TERMINAL_PROMPT: '0',
  GIT_PAGER: 'cat',
});
