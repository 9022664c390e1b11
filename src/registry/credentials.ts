/**
 * Registry credentials from the Docker config that `docker login` and
 * docker/login-action write: `$DOCKER_CONFIG/config.json`, else
 * `~/.docker/config.json`, its `auths` entries (`auth`, base64 of
 * `user:password`, or `username`/`password`). Values are handed to the
 * caller's `secret` callback (the action masks them) and never appear in a
 * message.
 */
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DOCKER_HUB } from './reference.js';

export interface Credential {
  username: string;
  password: string;
}

export interface DockerConfig {
  /** Registry (as `parseReference` names it) → credential. */
  auths: Map<string, Credential>;
  /** Where the config was read from; undefined when there was none. */
  file: string | undefined;
  /** What could not be used, without any value. */
  problems: string[];
}

type Env = Record<string, string | undefined>;

/** The config file Docker would read. */
export function dockerConfigPath(env: Env = process.env): string {
  const dir = env.DOCKER_CONFIG || path.join(env.HOME || os.homedir(), '.docker');
  return path.join(dir, 'config.json');
}

export async function readDockerConfig(
  env: Env = process.env,
  secret: (value: string) => void = () => {},
): Promise<DockerConfig> {
  const file = dockerConfigPath(env);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const problems = code === 'ENOENT' ? [] : [`cannot read ${file} (${code ?? 'error'})`];
    return { auths: new Map(), file: undefined, problems };
  }
  return parseDockerConfig(text, file, secret);
}

export function parseDockerConfig(
  text: string,
  file: string,
  secret: (value: string) => void = () => {},
): DockerConfig {
  const auths = new Map<string, Credential>();
  const problems: string[] = [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // The parser's message could quote the file, and the file holds secrets.
    return { auths, file, problems: [`${file} is not valid JSON`] };
  }
  const entries = isObject(parsed) && isObject(parsed.auths) ? parsed.auths : {};
  for (const [key, value] of Object.entries(entries)) {
    if (!isObject(value)) continue;
    const cred = credentialOf(value);
    if (cred === 'bad') {
      problems.push(
        `${file}: the auths entry for ${registryOfKey(key)} has an unreadable auth value`,
      );
      continue;
    }
    if (!cred) continue;
    secret(cred.password);
    if (typeof value.auth === 'string') secret(value.auth);
    secret(Buffer.from(`${cred.username}:${cred.password}`).toString('base64'));
    const registry = registryOfKey(key);
    if (!auths.has(registry)) auths.set(registry, cred);
  }
  if (isObject(parsed) && (parsed.credsStore || parsed.credHelpers) && auths.size === 0) {
    problems.push(
      `${file} keeps its credentials in a credential helper, which is not read: registries are asked anonymously`,
    );
  }
  return { auths, file, problems };
}

function credentialOf(v: Record<string, unknown>): Credential | 'bad' | undefined {
  if (typeof v.username === 'string' && typeof v.password === 'string' && v.username) {
    return { username: v.username, password: v.password };
  }
  if (typeof v.auth !== 'string' || !v.auth) return undefined;
  const decoded = Buffer.from(v.auth, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return 'bad';
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** `https://index.docker.io/v1/`, `ghcr.io`, `http://localhost:5000/v2/` → the registry name. */
export function registryOfKey(key: string): string {
  const host = key
    .trim()
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/\/.*$/, '')
    .toLowerCase();
  return host === 'index.docker.io' || host === 'registry-1.docker.io' ? DOCKER_HUB : host;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
