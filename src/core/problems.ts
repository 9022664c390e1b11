/** A validation finding, located in the matrix file. */
export interface Problem {
  level: 'error' | 'warning';
  message: string;
  file: string;
  line: number; // 1-based; 0 when the position is unknown
  col: number; // 1-based
  endLine?: number;
}

/** `file:line:col: level: message`, the CLI's and compilers' format. */
export function formatProblem(p: Problem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}:${p.col}` : p.file;
  return `${where}: ${p.level}: ${p.message}`;
}

export const hasErrors = (problems: readonly Problem[]): boolean =>
  problems.some((p) => p.level === 'error');

/** Thrown for user errors (bad input, bad file): reported as a message, never a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly problems: readonly Problem[] = [],
  ) {
    super(message);
    this.name = 'UserError';
  }
}
