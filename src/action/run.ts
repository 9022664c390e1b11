/**
 * The action: settings in, plan computed, outputs and summary out. The only
 * place that talks to the runner; all of it through @actions/core, except the
 * outputs file (output-file.ts says why).
 */
import * as core from './toolkit.js';
import { startChange } from '../change/early.js';
import { loadMatrixFile, type MatrixFile } from '../core/matrix-file.js';
import { withYaml } from '../core/yaml-source.js';
import { plan, type Plan } from '../core/plan.js';
import { hasErrors, UserError } from '../core/problems.js';
import { trustWorkspace } from '../git/safe-directory.js';
import { Annotations } from './annotations.js';
import { auditWorkspace, type AuditReport } from './audit.js';
import { loadLineage } from './lineage.js';
import { debug, group, info } from './log.js';
import { readMatrixFile } from './matrix-source.js';
import { writeOutputs } from './output-file.js';
import { describeSettings, maskToken, readSettings, type Settings } from './settings.js';
import { renderFailure, renderSummary } from './summary.js';
import { RunBudget } from './time-budget.js';
import { untrustedHeadWarning } from './trust.js';
import { PUBLISHED, readPublishedState } from './published.js';
import type { FoundChange } from '../change/detect.js';

/** With `base: published` the changes are found per image, since its published revision. */
const FROM_REGISTRY: FoundChange = {
  change: { kind: 'all', cause: 'each image is compared with its published revision' },
  source: 'none',
  warnings: [],
  notes: [],
  revisions: undefined,
};

const SOURCE_NAME = {
  input: 'the changed-files input',
  api: 'the REST API',
  git: 'git',
  none: 'nowhere',
} as const;

const TITLE = {
  matrix: 'backend-matrix: matrix file',
  change: 'backend-matrix: changed files',
  plan: 'backend-matrix: plan',
  audit: 'backend-matrix: Dockerfile audit',
  lineage: 'backend-matrix: image lineage',
  run: 'backend-matrix',
} as const;

export async function run(): Promise<number> {
  const notes = new Annotations();
  try {
    maskToken();
    const settings = readSettings();
    trustWorkspace(settings.workspace);
    const budget = new RunBudget();
    debug(`settings: ${describeSettings(settings)}`);
    const fromRegistry = settings.base === PUBLISHED && !settings.forceAll;
    // The changes' first request goes out before the parse, so the two overlap.
    const change = fromRegistry ? undefined : startChange(settings);
    await change?.ready;
    const matrix = await group(`Matrix file ${settings.matrixFile}`, async () =>
      loadMatrix(settings, notes),
    );
    if (hasErrors(matrix.problems)) {
      const count = matrix.problems.filter((p) => p.level === 'error').length;
      throw new UserError(
        `${settings.matrixFile} has ${count} error(s); see the annotations above`,
      );
    }
    const untrusted = await untrustedHeadWarning(settings);
    if (untrusted) notes.report([warningAt(settings, untrusted)], TITLE.matrix);

    const published = fromRegistry
      ? await group('Published images', async () => {
          const r = await readPublishedState(settings, matrix);
          for (const n of r.notes) info(n);
          return r;
        })
      : undefined;
    const found = await group('Changed files', async () => {
      const f = change ? await change.finish(matrix.rules) : FROM_REGISTRY;
      for (const n of f.notes) info(n);
      info(
        f.change.kind === 'all'
          ? `No file list: ${f.change.cause}`
          : `${f.change.files.length} changed file(s) from ${SOURCE_NAME[f.source]}`,
      );
      return f;
    });
    for (const w of [...settings.deferredWarnings, ...found.warnings])
      notes.warning(w, TITLE.change);

    // Started before the plan, so that its file listing and parser load overlap the planning.
    const auditing = settings.audit ? startAudit(settings, matrix, found) : undefined;
    const lineage = await loadLineage(settings.workspace, matrix, (problems) =>
      notes.report(problems, TITLE.lineage),
    );
    const result = await group('Plan', async () => {
      const input = {
        matrix,
        matrixPath: settings.matrixPath,
        change: found.change,
        shards: settings.shards,
        maxJobs: settings.maxJobs,
        lineage,
        stages: settings.stages,
        published: published?.state,
      };
      // An edit to the matrix file is planned from its base revision: yaml may be needed to read it.
      let p = await withYaml(() => plan(input));
      const late = budget.exceeded();
      if (late) p = plan({ ...input, change: { kind: 'all', cause: late }, published: undefined });
      notes.report(p.warnings, TITLE.plan);
      logPlan(p, matrix);
      return p;
    });
    const audit = auditing && (await reportAudit(auditing, notes));

    writeOutputs(process.env.GITHUB_OUTPUT, result.outputs);
    await writeSummary(
      renderSummary(result, {
        eventName: settings.eventName,
        source: published ? 'published' : found.source,
        total: matrix.linux.length + matrix.darwin.length,
        findings: notes.all,
        audit: audit?.markdown ?? '',
      }),
      notes,
    );
    return 0;
  } catch (err) {
    let message: string;
    if (err instanceof UserError) {
      notes.report(err.problems, TITLE.matrix);
      message = err.message;
    } else {
      // A bug, not bad input: the stack goes to the debug log only.
      message = `backend-matrix failed unexpectedly: ${(err as Error)?.message ?? String(err)}`;
      debug(String((err as Error)?.stack ?? ''));
    }
    notes.fail(message);
    await writeSummary(renderFailure(message, notes.all), notes);
    return 1;
  } finally {
    notes.flush();
  }
}

async function loadMatrix(settings: Settings, notes: Annotations): Promise<MatrixFile> {
  const text = readMatrixFile(settings.workspace, settings.matrixFullPath, settings.matrixFile);
  const m = await withYaml(() => loadMatrixFile(text, settings.matrixFile));
  info(
    `${m.linux.length} Linux and ${m.darwin.length} macOS entries; ${m.rules ? `${m.rules.sources.length} sources and ${m.rules.shared.length} shared rules` : 'no rules'}`,
  );
  notes.report(m.problems, TITLE.matrix);
  return m;
}

const warningAt = (s: Settings, message: string) =>
  ({ level: 'warning', message, file: s.matrixFile, line: 0, col: 0 }) as const;

function logPlan(p: Plan, matrix: MatrixFile): void {
  info(
    p.runAll
      ? `Building everything: ${p.runAllCause}`
      : `${p.files} changed file(s) considered (${p.ignored} ignored)`,
  );
  info(
    `Selected ${p.selected.length} of ${matrix.linux.length + matrix.darwin.length} entries: ${p.singlearch.flat().length} single-arch, ${p.multiarch.length} multi-arch, ${p.darwin.length} macOS`,
  );
  const s = p.staging;
  if (s && s.stages > 1)
    info(
      `${s.count} of ${s.stages} stages hold images (Linux entries per stage: ${s.entries.map((l) => l.length).join('/')})`,
    );
}

/** The audit of the workspace, under way; a run that fails before it is reported ignores it. */
function startAudit(
  settings: Settings,
  matrix: MatrixFile,
  found: FoundChange,
): Promise<AuditReport> {
  const report = auditWorkspace(settings.workspace, matrix, {
    found,
    matrixPath: settings.matrixPath,
  });
  report.catch(() => undefined);
  return report;
}

/** The audit only informs: its findings are warnings and its failure is one more. */
async function reportAudit(
  auditing: Promise<AuditReport>,
  notes: Annotations,
): Promise<AuditReport | undefined> {
  return group('Dockerfile audit', async () => {
    try {
      const report = await auditing;
      if (report.skipped) info(`Dockerfile audit skipped: ${report.skipped}`);
      if (report.scope) info(report.scope);
      notes.report(report.problems, TITLE.audit);
      return report;
    } catch (err) {
      notes.warning(
        `the Dockerfile audit failed (${(err as Error)?.message ?? String(err)}); the plan does not depend on it`,
        TITLE.audit,
      );
      return undefined;
    }
  });
}

/** The summary is a report, not a result: failing to write it never fails the step. */
async function writeSummary(markdown: string, notes: Annotations): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  try {
    await core.summary.addRaw(markdown).write();
  } catch (err) {
    core.summary.emptyBuffer();
    notes.warning(
      `the step summary could not be written to GITHUB_STEP_SUMMARY (${file}): ${(err as Error).message}`,
      TITLE.run,
    );
  }
}
