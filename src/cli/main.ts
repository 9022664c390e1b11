/**
 * `backend-matrix`: preview a plan, validate, audit, scaffold and replay
 * locally, with the same core the action runs.
 */
import { UserError } from '../core/problems.js';
import { loadYaml } from '../core/yaml-source.js';
import { GitError } from '../git/git.js';
import { paint, print, terminalText, UsageError, VERSION, type Io } from './io.js';
import * as auditCommand from './audit.js';
import * as initCommand from './init.js';
import * as planCommand from './plan.js';
import * as replayCommand from './replay.js';
import * as validateCommand from './validate.js';

export type { Io } from './io.js';

interface Command {
  help: string;
  run: (args: string[], io: Io) => Promise<number> | number;
}

/** Every command; each module exports its `help` and `run`. */
const COMMANDS: Record<string, Command> = {
  plan: planCommand,
  validate: validateCommand,
  replay: replayCommand,
  audit: auditCommand,
  init: initCommand,
};

const HELP = `backend-matrix ${VERSION}: plan container builds from a backend matrix file

Usage:
  backend-matrix plan [options]      show what a change would build, and why
  backend-matrix validate [FILE]     check a matrix file (exit 1 on errors)
  backend-matrix replay [options]    what the rules cost over the local history
  backend-matrix audit [--strict]    find Dockerfile inputs no rule maps
  backend-matrix init [--write]      propose rules for a matrix file without them
  backend-matrix --version | --help

Run "backend-matrix COMMAND --help" for a command's options.
Exit codes: 0 success, 1 errors in the matrix file or the plan, 2 bad usage.`;

export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  try {
    if (name === '--version' || name === '-V') return print(io, VERSION);
    if (!name || name === '--help' || name === '-h' || name === 'help') return print(io, HELP);
    if (!command) throw new UsageError(`unknown command "${name}"`);
    // Commands read YAML in many places (revisions, rules files, init); one load serves them all.
    await loadYaml();
    return await command.run(rest, io);
  } catch (err) {
    if (
      err instanceof UsageError ||
      (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      io.err(`backend-matrix: ${terminalText((err as Error).message)}\n${command?.help ?? HELP}\n`);
      return 2;
    }
    if (err instanceof UserError) {
      for (const p of err.problems) io.err(`${paint(io, p)}\n`);
      io.err(`backend-matrix: ${terminalText(err.message)}\n`);
      return 1;
    }
    // git refusing a repository (another user's) or failing: its message says what to do.
    if (err instanceof GitError) {
      io.err(`backend-matrix: ${terminalText(err.message)}\n`);
      return 1;
    }
    throw err;
  }
}
