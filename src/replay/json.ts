/**
 * `replay --format json`: a stable shape (README "Replay"), version 1. Commits
 * are oldest first; every list keeps that order; entries are named by
 * backend, tag-suffix, platform-tag ('' for single-arch) and os.
 */
import type { Entry } from '../core/entry.js';
import { formatReason } from '../core/select.js';
import type { CommitPlan } from './replay.js';
import type { Figures, Report, Summary } from './summary.js';
import { jobsOf } from './summary.js';

export const JSON_VERSION = 1;

const id = (e: Entry) => ({
  backend: e.backend,
  'tag-suffix': e.tagSuffix,
  'platform-tag': e.platformTag,
  os: e.os,
});

const round = (f: Figures): Figures => ({ ...f, mean: Math.round(f.mean * 100) / 100 });

export function toJson(rep: Report): unknown {
  const r = rep.replay;
  const sha = (i: number): string => r.commits[i].commit.sha;
  const plan = (p: CommitPlan, c: number, set: number) => ({
    runAll: p.runAllCause !== undefined,
    runAllCause: p.runAllCause ?? null,
    jobs: jobsOf(r.commits[c], set),
    selected: p.selected.map(({ entry, reasons }) => ({
      ...id(entry),
      reasons: reasons.map(formatReason),
    })),
    skipped: p.skipped.map((s) => ({
      rule: `rules.shared[${s.rule}]`,
      file: s.file,
      summary: s.summary,
    })),
  });
  const summary = (s: Summary) => ({
    commits: s.commits,
    runAll: {
      commits: s.runAll.commits,
      causes: s.runAll.causes.map((c) => ({ cause: c.cause, commits: c.commits.map(sha) })),
    },
    jobsPerCommit: {
      linux: round(s.jobsPerCommit.linux),
      darwin: round(s.jobsPerCommit.darwin),
      total: round(s.jobsPerCommit.total),
    },
    jobs: s.jobs,
    everything: s.everything,
    rules: s.rules.map((f) => ({
      rule: f.rule,
      commits: f.commits.map(sha),
      jobs: f.jobs,
      onlyJobs: f.onlyJobs,
    })),
    neverSelected: s.neverSelected.map(id),
    costliest: s.costliest.map((c) => ({
      sha: sha(c.commit),
      subject: r.commits[c.commit].commit.subject,
      jobs: c.jobs,
      reasons: c.reasons,
    })),
  });
  const other = r.sets[1];
  return {
    version: JSON_VERSION,
    matrixFile: r.matrixFile,
    entries: {
      linux: r.entries.filter((e) => e.os === 'linux').length,
      darwin: r.entries.filter((e) => e.os === 'darwin').length,
    },
    range: {
      range: r.request.range ?? 'HEAD',
      since: r.request.since ?? null,
      until: r.request.until ?? null,
      maxCommits: r.request.maxCommits ?? null,
      shallowEnd: r.shallowEnd
        ? {
            sha: r.shallowEnd.sha,
            date: r.shallowEnd.date,
            droppedStart: r.shallowEnd.droppedStart ?? null,
          }
        : null,
    },
    rules: { file: r.sets[0].file, summary: summary(rep.summaries[0]) },
    compareRules: other ? { file: other.file, summary: summary(rep.summaries[1]) } : null,
    underBuilds: rep.underBuilds.map((d) => ({
      sha: sha(d.commit),
      onlyOther: d.onlyOther.map(id),
    })),
    commits: r.commits.map((c, i) => ({
      sha: c.commit.sha,
      parent: c.commit.parent ?? null,
      date: c.commit.date,
      subject: c.commit.subject,
      changedFiles: c.commit.files.length,
      ...plan(c.plans[0], i, 0),
      compare: other
        ? {
            ...plan(c.plans[1], i, 1),
            onlyThese: rep.differences![i].onlyThese.map(id),
            onlyOther: rep.differences![i].onlyOther.map(id),
          }
        : null,
    })),
  };
}
