/**
 * `base: published` in the action: the head this run plans for, git and the
 * REST API of the workspace, the Docker config of the runner (credentials
 * masked before any request), and the published state read through them.
 */
import { setSecret } from './toolkit.js';
import { Access } from '../change/access.js';
import { defaultPorts } from '../change/adapters.js';
import { readPublished, type PublishedRead } from '../change/published.js';
import type { MatrixFile } from '../core/matrix-file.js';
import type { Settings } from './settings.js';

export const PUBLISHED = 'published';

export function readPublishedState(settings: Settings, matrix: MatrixFile): Promise<PublishedRead> {
  return readPublished({
    template: settings.publishedImage,
    head: headOf(settings),
    matrix,
    matrixPath: settings.matrixPath,
    access: new Access(defaultPorts(settings)),
    useApi: true,
    workspaceHead: true,
    env: process.env,
    secret: (value) => setSecret(value),
    limits: settings.registryLimits,
  });
}

/** The commit the run builds: the event's head, else GITHUB_SHA. */
function headOf(s: Settings): string {
  const e = s.event;
  const text = (v: unknown): string => (typeof v === 'string' && !/^0+$/.test(v) ? v : '');
  const obj = (v: unknown): Record<string, unknown> =>
    v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  if (s.eventName === 'push') return text(e.after) || s.sha;
  if (s.eventName.startsWith('pull_request'))
    return text(obj(obj(e.pull_request).head).sha) || s.sha;
  if (s.eventName === 'merge_group') return text(obj(e.merge_group).head_sha) || s.sha;
  return s.sha;
}
