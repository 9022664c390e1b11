/**
 * The planning core is pure: the lint rule that keeps I/O, the runner and the
 * environment out of src/core must reject each of them, and the core as it is
 * must pass it.
 */
import { describe, expect, it } from '@jest/globals';
import { ESLint } from 'eslint';

const eslint = new ESLint();
const ruleIds = async (code: string, filePath: string): Promise<string[]> =>
  (await eslint.lintText(code, { filePath }))[0].messages.map((m) => m.ruleId ?? m.message);

describe('src/core purity', () => {
  it.each([
    [
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
      'no-restricted-imports',
    ],
    [
      "import { execFile } from 'node:child_process';\nexport const x = execFile;\n",
      'no-restricted-imports',
    ],
    ["import https from 'node:https';\nexport const x = https;\n", 'no-restricted-imports'],
    ["import * as core from '@actions/core';\nexport const x = core;\n", 'no-restricted-imports'],
    [
      "import { getOctokit } from '@actions/github';\nexport const x = getOctokit;\n",
      'no-restricted-imports',
    ],
    ['export const token = process.env.GITHUB_TOKEN;\n', 'no-restricted-globals'],
  ])('rejects %j in src/core', async (code, rule) => {
    expect(await ruleIds(code, 'src/core/probe.ts')).toContain(rule);
  });

  it('allows the same import outside the core (adapters do I/O)', async () => {
    const code = "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n";
    expect(await ruleIds(code, 'src/action/probe.ts')).toEqual([]);
  });

  it('holds for the core as it is', async () => {
    const results = await eslint.lintFiles(['src/core/**/*.ts']);
    expect(results.length).toBeGreaterThan(10);
    expect(results.flatMap((r) => r.messages.map((m) => `${r.filePath}: ${m.message}`))).toEqual(
      [],
    );
  });
});
