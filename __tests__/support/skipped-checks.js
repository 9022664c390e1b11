// Jest reporter (default export) and global setup (`setup`): lists the
// real-component checks that did not run (see components.ts) after jest's
// own summary.
import { existsSync, readFileSync } from 'node:fs';

export default class SkippedChecks {
  onRunComplete() {
    const log = process.env.BMA_SKIPPED_CHECKS;
    if (!log || !existsSync(log)) return;
    const lines = [...new Set(readFileSync(log, 'utf8').split('\n').filter(Boolean))];
    if (!lines.length) return;
    process.stderr.write(
      `\nChecks that did not run (install what each names, then run npm test again):\n${lines.map((l) => `  - ${l}`).join('\n')}\n`,
    );
  }
}
