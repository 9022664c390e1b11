/**
 * The benchmark's floor: roughly the least any implementation of the action
 * must do. Reads the matrix file the way the action does (GITHUB_WORKSPACE +
 * INPUT_MATRIX-FILE), parses it with js-yaml, appends one output line.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import process from 'node:process';
import { load } from 'js-yaml';

const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
const file = process.env['INPUT_MATRIX-FILE'] || '.github/backend-matrix.yml';
const doc = load(readFileSync(resolve(workspace, file), 'utf8'));
appendFileSync(process.env.GITHUB_OUTPUT, `count=${doc.include.length}\n`);
