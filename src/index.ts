import { run } from './action.js';

void run().then((code) => {
  process.exitCode = code;
});
