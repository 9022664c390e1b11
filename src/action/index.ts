import { run } from './run.js';

void run().then((code) => {
  process.exitCode = code;
  // Everything is written: end now rather than wait for Node to free the heap page by page
  // (milliseconds on a large matrix). Output still queued (a pipe on macOS) ends naturally.
  if (!process.stdout.writableLength && !process.stderr.writableLength) process.exit(code);
});
