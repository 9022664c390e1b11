/**
 * The action: settings in, plan computed, outputs and summary out. The only
 * place that talks to the runner.
 */
import { readFileSync } from 'node:fs';
import { findChange } from '../change/detect.js';
import { loadMatrixFile } from '../core/matrix-file.js';
import { plan } from '../core/plan.js';
import { hasErrors, UserError } from '../core/problems.js';
import { Runner } from './runner.js';
import { readSettings } from './settings.js';
import { renderSummary } from './summary.js';

export async function run(env: Record<string, string | undefined> = process.env): Promise<number> {
  const runner = new Runner(env);
  try {
    const settings = readSettings(env);
    const text = readMatrix(settings.matrixFullPath, settings.matrixFile);
    const matrix = runner.group(`Matrix file ${settings.matrixFile}`, () => {
      const m = loadMatrixFile(text, settings.matrixFile);
      runner.info(
        `${m.linux.length} Linux and ${m.darwin.length} macOS entries; ${m.rules ? `${m.rules.sources.length} sources and ${m.rules.shared.length} shared rules` : 'no rules'}`,
      );
      for (const p of m.problems) runner.annotate(p);
      return m;
    });
    if (hasErrors(matrix.problems)) {
      const count = matrix.problems.filter((p) => p.level === 'error').length;
      throw new UserError(
        `${settings.matrixFile} has ${count} error(s); see the annotations above`,
      );
    }

    const found = await findChange(settings);
    for (const n of found.notes) runner.info(n);
    for (const w of found.warnings) runner.warning(w);
    const result = runner.group('Plan', () => {
      const p = plan({
        matrix,
        matrixPath: settings.matrixPath,
        change: found.change,
        shards: settings.shards,
        maxJobs: settings.maxJobs,
      });
      for (const w of p.warnings) runner.annotate(w);
      runner.info(
        p.runAll
          ? `Building everything: ${p.runAllCause}`
          : `${p.files} changed file(s) considered (${p.ignored} ignored)`,
      );
      runner.info(
        `Selected ${p.selected.length} of ${matrix.linux.length + matrix.darwin.length} entries: ${p.singlearch.flat().length} single-arch, ${p.multiarch.length} multi-arch, ${p.darwin.length} macOS`,
      );
      return p;
    });
    runner.setOutputs(result.outputs);
    runner.appendSummary(
      renderSummary(result, {
        eventName: settings.eventName,
        source: found.source,
        total: matrix.linux.length + matrix.darwin.length,
        problems: matrix.problems,
      }),
    );
    return 0;
  } catch (err) {
    if (err instanceof UserError) {
      for (const p of err.problems) runner.annotate(p);
      runner.error(err.message);
    } else {
      // A bug, not bad input: the stack goes to the debug log only.
      runner.error(`backend-matrix failed unexpectedly: ${(err as Error)?.message ?? String(err)}`);
      runner.command('debug', {}, String((err as Error)?.stack ?? ''));
    }
    return 1;
  }
}

function readMatrix(full: string, shown: string): string {
  try {
    return readFileSync(full, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(
      code === 'ENOENT'
        ? `matrix file ${shown} not found in the workspace: check out the repository first, or set matrix-file`
        : `cannot read matrix file ${shown}: ${(err as Error).message}`,
    );
  }
}
