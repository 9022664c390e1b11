export const id = 308;
export const ids = [308];
export const modules = {

/***/ 308:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GitError = exports.GIT_TIMEOUT_MS = void 0;
exports.gitChangedFiles = gitChangedFiles;
exports.hasCommit = hasCommit;
exports.isShallow = isShallow;
exports.isGitRepo = isGitRepo;
exports.showFile = showFile;
/** The local git repository as a source of changed files and old file versions. */
const node_child_process_1 = __webpack_require__(421);
const node_util_1 = __webpack_require__(975);
const run = (0, node_util_1.promisify)(node_child_process_1.execFile);
/** No git call may hang the step (a lazy fetch in a partial clone, a lock). */
exports.GIT_TIMEOUT_MS = 30_000;
class GitError extends Error {
    constructor(message) {
        super(message);
        this.name = 'GitError';
    }
}
exports.GitError = GitError;
async function git(cwd, args) {
    try {
        const { stdout } = await run('git', ['-c', 'core.quotePath=false', ...args], {
            cwd,
            timeout: exports.GIT_TIMEOUT_MS,
            maxBuffer: 256 * 1024 * 1024,
            encoding: 'utf8',
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
        });
        return stdout;
    }
    catch (err) {
        const e = err;
        const cmd = `git ${args.join(' ')}`;
        if (e.killed)
            throw new GitError(`${cmd} timed out after ${exports.GIT_TIMEOUT_MS / 1000} s`);
        if (e.code === 'ENOENT')
            throw new GitError(`${cmd}: git is not installed or ${cwd} is missing`);
        const detail = (e.stderr ?? '').trim().split('\n')[0] || e.message.split('\n')[0];
        throw new GitError(`${cmd} failed: ${detail}`);
    }
}
/** A revision given by a user or an event must not be read as an option. */
function rev(r) {
    if (!r || r.startsWith('-'))
        throw new GitError(`not a valid revision: "${r}"`);
    return r;
}
/**
 * Files changed from `base` to `head` (`base...head`, from their merge base, with
 * `mergeBase`); a rename or copy contributes both its old and its new path.
 */
async function gitChangedFiles(cwd, base, head, opts = {}) {
    const revs = opts.mergeBase ? [`${rev(base)}...${rev(head)}`] : [rev(base), rev(head)];
    // -z: paths verbatim, whatever characters they hold.
    const out = await git(cwd, ['diff', '--name-status', '-M', '-z', '--no-ext-diff', ...revs, '--']);
    const fields = out.split('\0');
    const files = new Set();
    for (let i = 0; i < fields.length && fields[i];) {
        const status = fields[i++];
        const paths = /^[RC]/.test(status) ? 2 : 1;
        for (let k = 0; k < paths; k++)
            files.add(fields[i++]);
    }
    return [...files];
}
async function hasCommit(cwd, revision) {
    if (!revision || revision.startsWith('-'))
        return false;
    try {
        await git(cwd, ['cat-file', '-e', `${revision}^{commit}`]);
        return true;
    }
    catch {
        return false;
    }
}
async function isShallow(cwd) {
    return (await git(cwd, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}
async function isGitRepo(cwd) {
    try {
        return (await git(cwd, ['rev-parse', '--is-inside-work-tree'])).trim() === 'true';
    }
    catch {
        return false;
    }
}
/** A file's text at `revision` (path from the repository root); undefined when it is not there. */
async function showFile(cwd, revision, path) {
    const spec = `${rev(revision)}:${path.replace(/^\.\//, '')}`;
    try {
        return await git(cwd, ['cat-file', 'blob', spec]);
    }
    catch (err) {
        // Absent file at a known commit: undefined; an unknown commit is an error.
        if (await hasCommit(cwd, revision))
            return undefined;
        throw err;
    }
}


/***/ })

};
