/**
 * "Would a change to this one file select that entry?", asked of the rules
 * many thousand times. It answers what `selectByFiles(entries, rules, [file])`
 * answers (the audit test checks the two agree on every file of its
 * fixtures), on the plan's own compiled RuleIndex, with each file's answer
 * and each shared rule's closed set kept rather than copied.
 */
import type { Entry } from '../core/entry.js';
import { isMultiArch } from '../core/entry.js';
import { emptyRules, type Rules } from '../core/rules.js';
import { relevantFiles, RuleIndex, sharedRuleFor, type SourceAssignment } from '../core/select.js';

export class Reach {
  private readonly index: RuleIndex;
  private readonly sharedEntries = new Map<number, ReadonlySet<Entry>>();
  private readonly cache = new Map<string, Selected>();

  constructor(
    entries: readonly Entry[],
    rules: Rules | undefined,
    sources?: ReadonlyMap<Entry, SourceAssignment>,
  ) {
    this.index = new RuleIndex(entries, rules ?? emptyRules(), sources);
  }

  /** The entries a change to `file` alone selects (multi-arch legs closed over). */
  selects(file: string): Selected {
    let hit = this.cache.get(file);
    if (!hit) this.cache.set(file, (hit = this.compute(file)));
    return hit;
  }

  private compute(raw: string): Selected {
    const own = new Set<Entry>();
    const [file] = relevantFiles([raw], this.index.rules.ignore);
    if (file === undefined) return new Selected(own, undefined);
    this.index.direct(file, (e) => own.add(e));
    // Without the file's revisions an `unless: additive-proto` rule counts as firing, as in a plan.
    const rule = sharedRuleFor(this.index.rules, file);
    let shared: ReadonlySet<Entry> | undefined;
    if (rule) {
      shared = this.sharedEntries.get(rule.index);
      if (!shared)
        this.sharedEntries.set(rule.index, (shared = this.close(this.index.rebuiltBy(rule))));
    }
    // Closing over legs distributes over union, so each part is closed on its own.
    return new Selected(this.close(own), shared);
  }

  private close(entries: Iterable<Entry>): Set<Entry> {
    const out = new Set(entries);
    for (const e of [...out])
      if (isMultiArch(e)) for (const leg of this.index.legsOf(e.tagSuffix)) out.add(leg);
    return out;
  }
}

/** What one file selects: its own hits and its shared rule's entries, kept apart (no copying). */
export class Selected {
  constructor(
    private readonly own: ReadonlySet<Entry>,
    private readonly shared: ReadonlySet<Entry> | undefined,
  ) {}

  has(e: Entry): boolean {
    return this.own.has(e) || (this.shared?.has(e) ?? false);
  }

  entries(): Entry[] {
    return [...new Set([...this.own, ...(this.shared ?? [])])];
  }
}
