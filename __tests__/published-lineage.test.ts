/**
 * `base: published` with image lineage: a parent rebuilt since its published
 * revision rebuilds its descendants, which are then not promoted even though
 * their own inputs did not change; a promoted parent selects nothing.
 */
import { describe, expect, it } from '@jest/globals';
import { plan, type Change, type Plan } from '../src/core/plan.js';
import type { ImageVerdict } from '../src/core/published.js';
import { formatReason } from '../src/core/select.js';
import { readLineage } from '../src/dockerfile/lineage.js';
import { FAMILY_FILES, FAMILY_MATRIX } from './support/lineage-family.js';
import { matrixOf } from './support/matrix.js';

const R = 'a'.repeat(40);
const IMAGES = ['-foundation', '-base', '-minimal', '-tools', '-lab', '-extra', '-standalone'];

async function planPublished(changed: string[]): Promise<Plan> {
  const matrix = matrixOf(FAMILY_MATRIX);
  const read = async (f: string) =>
    f in FAMILY_FILES ? { text: FAMILY_FILES[f] } : { error: 'not found' };
  const lineage = (await readLineage(matrix, read))?.lineage;
  // Every image published at R, and R...head changed these files.
  const verdicts = new Map<string, ImageVerdict>(
    IMAGES.map((t) => [t, { kind: 'compare', revision: R, source: `ghcr.io/acme${t}@sha256:1` }]),
  );
  const changes = new Map<string, Change>([[R, { kind: 'files', files: changed }]]);
  return plan({
    matrix,
    matrixPath: '.github/backend-matrix.yml',
    change: { kind: 'all', cause: 'unused with base: published' },
    shards: 1,
    maxJobs: 256,
    lineage,
    published: { verdicts, changes, warnings: [] },
  });
}

const built = (p: Plan) => [...new Set(p.selected.map((s) => s.entry.tagSuffix))];
const promoted = (p: Plan) => p.promoted.map((x) => x.tagSuffix);

describe('base: published with lineage', () => {
  it('a parent changed since it was published rebuilds its descendants, which are not promoted', async () => {
    const p = await planPublished(['images/base/setup.sh']);
    expect(built(p)).toEqual(['-base', '-minimal', '-tools', '-lab', '-extra']);
    expect(promoted(p)).toEqual(['-foundation', '-standalone']);
    const reasons = Object.fromEntries(
      p.selected.map((s) => [s.entry.tagSuffix, s.reasons.map(formatReason).join('; ')]),
    );
    expect(reasons['-minimal']).toContain('parent -base rebuilt');
    expect(reasons['-base']).toContain(`since published ${R.slice(0, 12)}`);
    const outputs = Object.fromEntries(p.outputs);
    expect(JSON.parse(outputs.promoted).map((x: { source: string }) => x.source)).toEqual([
      'ghcr.io/acme-foundation@sha256:1',
      'ghcr.io/acme-standalone@sha256:1',
    ]);
    expect(p.runAll).toBe(false);
  });

  it('a promoted parent selects nothing: a leaf changed alone rebuilds only the leaf', async () => {
    const p = await planPublished(['images/lab/notebook.py']);
    expect(built(p)).toEqual(['-lab']);
    expect(promoted(p)).toEqual(IMAGES.filter((t) => t !== '-lab'));
  });
});
