// Jest global setup: one file per run where skipped real-component checks are noted.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default function setup() {
  if (!process.env.BMA_SKIPPED_CHECKS)
    process.env.BMA_SKIPPED_CHECKS = path.join(
      mkdtempSync(path.join(os.tmpdir(), 'bma-checks-')),
      'skipped.txt',
    );
}
