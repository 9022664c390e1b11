#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { main } from './main.js';

const color = Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env);
main(process.argv.slice(2), {
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
  readStdin: () => readFileSync(0, 'utf8'),
  color,
  cwd: process.cwd(),
  errIsTty: Boolean(process.stderr.isTTY),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(
      `backend-matrix: unexpected failure: ${(err as Error)?.message ?? String(err)}\n`,
    );
    process.exitCode = 1;
  },
);
