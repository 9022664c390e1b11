/**
 * What changed in this run, from the inputs and the event: a file list, or
 * "everything" with the reason. Failing safe means building too much, never
 * silently building nothing.
 */
import type { Change } from './plan.js';
import type { Settings } from './settings.js';

export interface FoundChange {
  change: Change;
  /** Where the file list came from, for the summary. */
  source: 'input' | 'api' | 'git' | 'none';
  /** Fallbacks taken on the way, each naming its cause (shown as warnings). */
  warnings: string[];
}

const DIFF_EVENTS = new Set(['pull_request', 'pull_request_target', 'push', 'merge_group']);

export async function findChange(s: Settings): Promise<FoundChange> {
  const all = (cause: string, warnings: string[] = []): FoundChange => ({
    change: { kind: 'all', cause },
    source: 'none',
    warnings,
  });
  if (s.forceAll) return all('force-all is set');
  if (s.changedFiles) {
    return { change: { kind: 'files', files: s.changedFiles }, source: 'input', warnings: [] };
  }
  if (s.ref.startsWith('refs/tags/')) return all(`a tag push (${s.ref}) builds every image`);
  if (!DIFF_EVENTS.has(s.eventName)) {
    return all(`the ${s.eventName || 'unknown'} event has no diff to filter by`);
  }
  const cause = `changed files for ${s.eventName} events are found only from the changed-files input in this version`;
  return all(cause, [`${cause}; every entry is built`]);
}
