/**
 * A run's time budget. Each step is bounded (git and API time limits, glob
 * matching in linear time), but a run that still takes longer than this
 * cannot be trusted to have skipped the right things: it builds everything.
 */

/** Ample for the largest matrix files and pull requests seen; a run takes seconds. */
export const RUN_BUDGET_MS = 120_000;

export class RunBudget {
  private readonly started = Date.now();
  readonly ms: number;

  constructor(env: NodeJS.ProcessEnv = process.env) {
    // For tests and slow self-hosted runners, like the API limits.
    const v = env.BACKEND_MATRIX_RUN_BUDGET_MS;
    this.ms = v && /^\d+$/.test(v) ? Number(v) : RUN_BUDGET_MS;
  }

  /** Why the run builds everything, once it has taken longer than its budget. */
  exceeded(): string | undefined {
    const took = Date.now() - this.started;
    if (took < this.ms) return undefined;
    return `finding the changes and planning took ${(took / 1000).toFixed(1)} s, over the run's budget of ${this.ms / 1000} s, so every entry is built rather than trusting a selection that ran out of time`;
  }
}
