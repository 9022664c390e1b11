/**
 * The figures of a replay: what one rule set cost over the range, and how a
 * second rule set differs from it commit by commit.
 */
import type { Entry } from '../core/entry.js';
import { formatReason } from '../core/select.js';
import type { Replay, ReplayedCommit } from './replay.js';
import { ruleKey, ruleKeys } from './rule-set.js';

/** Jobs per commit. `p90`: the nearest-rank 90th percentile. */
export interface Figures {
  mean: number;
  median: number;
  p90: number;
  max: number;
}

export interface ByOs<T> {
  linux: T;
  darwin: T;
  total: T;
}

export interface RuleFigure {
  /** `rules.sources[i]`, `rules.shared[i]`, `dockerfile`, `matrix` or `closure`. */
  rule: string;
  /** Indexes into `Replay.commits` of the commits where it selected an entry. */
  commits: number[];
  /** Entries it selected, summed over those commits. */
  jobs: number;
  /** Entries nothing else selected on that commit, summed: what dropping it would save. */
  onlyJobs: number;
}

/** One rule or trigger's share of a commit's selection. */
export interface ReasonTally {
  rule: string;
  jobs: number;
  /** Its first reason on that commit, e.g. `rules.shared[2]: scripts/build/a.sh`. */
  example: string;
}

export interface Summary {
  commits: number;
  runAll: { commits: number; causes: { cause: string; commits: number[] }[] };
  jobsPerCommit: ByOs<Figures>;
  jobs: ByOs<number>;
  /** Building every entry on every commit. */
  everything: ByOs<number>;
  rules: RuleFigure[];
  /** Entries that no rule or trigger selected on any commit (run-all commits aside). */
  neverSelected: Entry[];
  /** The ten commits with the most jobs (none without), most first (ties: the newer first). */
  costliest: { commit: number; jobs: number; reasons: ReasonTally[] }[];
}

export const COSTLIEST = 10;

export function jobsOf(c: ReplayedCommit, set: number): ByOs<number> {
  let linux = 0;
  for (const s of c.plans[set].selected) if (s.entry.os === 'linux') linux++;
  const total = c.plans[set].selected.length;
  return { linux, darwin: total - linux, total };
}

export function summarize(r: Replay, set: number): Summary {
  const n = r.commits.length;
  const linuxCount = r.entries.filter((e) => e.os === 'linux').length;
  const jobs = r.commits.map((c) => jobsOf(c, set));
  const figures = (pick: (j: ByOs<number>) => number): Figures => stats(jobs.map(pick));
  const causes = new Map<string, number[]>();
  const rules = new Map<string, RuleFigure>(
    ruleKeys(r.sets[set]).map((rule) => [rule, { rule, commits: [], jobs: 0, onlyJobs: 0 }]),
  );
  const reached = new Set<Entry>();
  r.commits.forEach((c, i) => {
    const plan = c.plans[set];
    if (plan.runAllCause !== undefined) {
      const list = causes.get(plan.runAllCause) ?? [];
      list.push(i);
      causes.set(plan.runAllCause, list);
      return;
    }
    for (const [rule, tally] of tallies(c, set)) {
      let f = rules.get(rule);
      if (!f) rules.set(rule, (f = { rule, commits: [], jobs: 0, onlyJobs: 0 }));
      f.commits.push(i);
      f.jobs += tally.jobs;
      f.onlyJobs += tally.only;
    }
    for (const s of plan.selected) reached.add(s.entry);
  });
  const order = jobs
    .map((j, i) => ({ i, jobs: j.total }))
    .filter((x) => x.jobs > 0)
    .sort((a, b) => b.jobs - a.jobs || b.i - a.i)
    .slice(0, COSTLIEST);
  const sum = (pick: (j: ByOs<number>) => number): number =>
    jobs.reduce((acc, j) => acc + pick(j), 0);
  return {
    commits: n,
    runAll: {
      commits: [...causes.values()].reduce((acc, l) => acc + l.length, 0),
      causes: [...causes].map(([cause, commits]) => ({ cause, commits })),
    },
    jobsPerCommit: {
      linux: figures((j) => j.linux),
      darwin: figures((j) => j.darwin),
      total: figures((j) => j.total),
    },
    jobs: { linux: sum((j) => j.linux), darwin: sum((j) => j.darwin), total: sum((j) => j.total) },
    everything: {
      linux: n * linuxCount,
      darwin: n * (r.entries.length - linuxCount),
      total: n * r.entries.length,
    },
    rules: [...rules.values()],
    neverSelected: r.entries.filter((e) => !reached.has(e)),
    costliest: order.map(({ i, jobs: total }) => ({
      commit: i,
      jobs: total,
      reasons: [...tallies(r.commits[i], set)]
        .map(([rule, t]) => ({ rule, jobs: t.jobs, example: t.example }))
        .sort((a, b) => b.jobs - a.jobs),
    })),
  };
}

/** Per rule key on one commit: entries it selected, entries only it selected, its first reason. */
function tallies(
  c: ReplayedCommit,
  set: number,
): Map<string, { jobs: number; only: number; example: string }> {
  const out = new Map<string, { jobs: number; only: number; example: string }>();
  for (const { reasons } of c.plans[set].selected) {
    const keys = new Set<string>();
    for (const reason of reasons) {
      const key = ruleKey(reason);
      if (keys.has(key)) continue;
      keys.add(key);
      let t = out.get(key);
      if (!t) out.set(key, (t = { jobs: 0, only: 0, example: formatReason(reason) }));
      t.jobs++;
    }
    if (keys.size === 1) out.get([...keys][0])!.only++;
  }
  return out;
}

export function stats(values: readonly number[]): Figures {
  if (!values.length) return { mean: 0, median: 0, p90: 0, max: 0 };
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return {
    mean: s.reduce((a, b) => a + b, 0) / s.length,
    median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2,
    p90: s[Math.ceil(0.9 * s.length) - 1],
    max: s[s.length - 1],
  };
}

/** How the second rule set's selection differs from the first's on one commit. */
export interface CommitDifference {
  commit: number;
  these: number;
  other: number;
  /** Entries the other rules select and these do not: a possible under-build. */
  onlyOther: Entry[];
  /** Entries these rules select and the other rules do not. */
  onlyThese: Entry[];
}

export function differences(r: Replay): CommitDifference[] {
  return r.commits.map((c, i) => {
    const [a, b] = c.plans;
    const inA = new Set(a.selected.map((s) => s.entry));
    const inB = new Set(b.selected.map((s) => s.entry));
    return {
      commit: i,
      these: inA.size,
      other: inB.size,
      onlyOther: b.selected.map((s) => s.entry).filter((e) => !inA.has(e)),
      onlyThese: a.selected.map((s) => s.entry).filter((e) => !inB.has(e)),
    };
  });
}

/** Everything a renderer shows, computed once. */
export interface Report {
  replay: Replay;
  /** One per rule set. */
  summaries: Summary[];
  /** With `--compare-rules`: every commit's difference, and the possible under-builds. */
  differences: CommitDifference[] | undefined;
  underBuilds: CommitDifference[];
}

export function report(r: Replay): Report {
  const diffs = r.sets.length > 1 ? differences(r) : undefined;
  return {
    replay: r,
    summaries: r.sets.map((_, i) => summarize(r, i)),
    differences: diffs,
    underBuilds: diffs?.filter((d) => d.onlyOther.length) ?? [],
  };
}
