import { run } from './run.js';

void run().then((code) => {
  process.exitCode = code;
});
