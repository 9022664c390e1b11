/**
 * Annotations, within what GitHub shows: at most 10 errors, 10 warnings and
 * 10 notices per step. Beyond 10 of a level, one notice says how many more
 * there are; the step summary lists every problem (see `all`).
 */
import * as core from './toolkit.js';
import type { Problem } from '../core/problems.js';
import { inertMessage } from './log.js';

export const ANNOTATIONS_SHOWN = 10;

type Level = Problem['level'];

/** A problem as the summary lists it: located in a file, or not (line 0). */
export type Finding = Problem & { title: string };

export class Annotations {
  private readonly shown = { error: 0, warning: 0 };
  private readonly hidden = { error: 0, warning: 0 };
  private readonly findings: Finding[] = [];

  /** Everything reported, shown or not, in the order reported. */
  get all(): readonly Finding[] {
    return this.findings;
  }

  /** A batch of problems from one source, errors first. */
  report(problems: readonly Problem[], title: string): void {
    const ordered = [
      ...problems.filter((p) => p.level === 'error'),
      ...problems.filter((p) => p.level !== 'error'),
    ];
    for (const p of ordered) this.add({ ...p, title });
  }

  /** A warning about the run itself, not located in a file. */
  warning(message: string, title: string): void {
    this.add({ level: 'warning', message, file: '', line: 0, col: 0, title });
  }

  /**
   * The message that fails the step: always shown, so one error slot is kept
   * for it (only failing runs have errors).
   */
  fail(message: string): void {
    core.setFailed(inertMessage(message));
  }

  /** One notice per level that went over the limit. Call once, at the end. */
  flush(): void {
    for (const level of ['error', 'warning'] as const) {
      const n = this.hidden[level];
      if (!n) continue;
      core.notice(
        inertMessage(
          `${n} more ${level}${n === 1 ? ' is' : 's are'} not shown as annotations (GitHub shows ${ANNOTATIONS_SHOWN} per step); the step summary lists them all`,
        ),
        { title: 'backend-matrix' },
      );
    }
  }

  private add(f: Finding): void {
    this.findings.push(f);
    const limit = f.level === 'error' ? ANNOTATIONS_SHOWN - 1 : ANNOTATIONS_SHOWN;
    if (this.shown[f.level] >= limit) {
      this.hidden[f.level]++;
      return;
    }
    this.shown[f.level]++;
    emit(f.level, f);
  }
}

function emit(level: Level, f: Finding): void {
  const props: core.AnnotationProperties = { title: inertMessage(f.title) };
  if (f.file) props.file = inertMessage(f.file);
  if (f.file && f.line > 0) {
    props.startLine = f.line;
    if (f.endLine && f.endLine !== f.line) props.endLine = f.endLine;
    // GitHub ignores a column on a span of several lines.
    else if (f.col > 0) props.startColumn = f.col;
  }
  (level === 'error' ? core.error : core.warning)(inertMessage(f.message), props);
}
