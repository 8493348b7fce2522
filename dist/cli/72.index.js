export const id = 72;
export const ids = [72,240];
export const modules = {

/***/ 77072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  defaultDbCacheDir: () => (/* reexport */ defaultDbCacheDir),
  ensureScanner: () => (/* binding */ ensureScanner)
});

// UNUSED EXPORTS: toolCacheRoot, userCacheDir

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/util/stderr-writer.ts
var stderr_writer = __webpack_require__(58240);
;// CONCATENATED MODULE: ./src/scanners/install/dirs.ts


/**
 * The per-user cache directory for imagegate (`~/.cache/imagegate` on Linux, `~/Library/Caches/imagegate`
 * on macOS, `%LOCALAPPDATA%\imagegate` on Windows), used where the runner's directories do not exist.
 */
function userCacheDir(env = process.env, platform = process.platform, home = external_node_os_.homedir()) {
    if (platform === 'win32')
        return external_node_path_.join(env.LOCALAPPDATA || external_node_path_.join(home, 'AppData', 'Local'), 'imagegate');
    if (platform === 'darwin')
        return external_node_path_.join(home, 'Library', 'Caches', 'imagegate');
    return external_node_path_.join(env.XDG_CACHE_HOME || external_node_path_.join(home, '.cache'), 'imagegate');
}
/** Where verified scanner binaries are kept: the runner's tool cache, or the user cache on a laptop. */
function toolCacheRoot(env = process.env) {
    return env.RUNNER_TOOL_CACHE || external_node_path_.join(userCacheDir(env), 'tools');
}
/**
 * Where the vulnerability databases live between runs. The same path on every run, because
 * @actions/cache ties an entry to the paths it was saved from; the home directory is stable on
 * hosted runners and outside the workspace, so a filesystem scan never walks into it.
 */
function defaultDbCacheDir(env = process.env) {
    return external_node_path_.join(userCacheDir(env), 'db');
}

;// CONCATENATED MODULE: ./src/scanners/install/runner-shim.ts





/**
 * @actions/tool-cache needs RUNNER_TOOL_CACHE and RUNNER_TEMP, and logs with workflow commands
 * (`::debug::…`) on stdout. Outside Actions (the CLI on a laptop) neither holds: the CLI prints its
 * report on stdout. While `fn` runs, this supplies the two directories when they are missing and,
 * outside Actions, sends tool-cache's stdout lines to stderr (dropping `::debug::` ones).
 * Reference-counted, so Trivy and Grype can install at the same time.
 */
async function withRunnerShim(fn) {
    enter();
    try {
        return await fn();
    }
    finally {
        leave();
    }
}
let depth = 0;
let restore;
function enter() {
    depth += 1;
    if (depth > 1)
        return;
    const undo = [];
    if (!process.env.RUNNER_TOOL_CACHE) {
        (0,external_node_fs_.mkdirSync)(toolCacheRoot(), { recursive: true });
        process.env.RUNNER_TOOL_CACHE = toolCacheRoot();
        undo.push(() => delete process.env.RUNNER_TOOL_CACHE);
    }
    if (!process.env.RUNNER_TEMP) {
        // Private (0700) and per process: downloads sit here between the checksum check and extraction.
        const temp = (0,external_node_fs_.mkdtempSync)(external_node_path_.join(external_node_os_.tmpdir(), 'imagegate-'));
        process.env.RUNNER_TEMP = temp;
        undo.push(() => {
            delete process.env.RUNNER_TEMP;
            (0,external_node_fs_.rmSync)(temp, { recursive: true, force: true });
        });
    }
    if (process.env.GITHUB_ACTIONS !== 'true') {
        const original = process.stdout.write;
        process.stdout.write = stderr_writer.writeToStderr;
        undo.push(() => {
            process.stdout.write = original;
        });
    }
    restore = () => undo.reverse().forEach(step => step());
}
function leave() {
    depth -= 1;
    if (depth > 0)
        return;
    restore?.();
    restore = undefined;
}

;// CONCATENATED MODULE: ./src/scanners/install/download.ts






/** @actions/tool-cache loads only when a scanner is not on PATH: most CLI runs never need it. */
const toolCache = () => Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(805)]).then(__webpack_require__.bind(__webpack_require__, 59805));
/** The tool-cache name: our own, so an entry another action cached without our checksum check is never used. */
function toolCacheName(name) {
    return `imagegate-${name}`;
}
/** A verified scanner already in the tool cache, or undefined. */
function findCached(name, version, arch) {
    return withRunnerShim(async () => {
        const tc = await toolCache();
        const directory = tc.find(toolCacheName(name), version, arch);
        const binary = directory ? external_node_path_.join(directory, name) : '';
        return binary && (0,external_node_fs_.existsSync)(binary) ? binary : undefined;
    });
}
/**
 * Downloads the pinned archive, checks its SHA-256 against the committed value BEFORE extracting
 * anything, extracts it and stores it in the tool cache. Returns the binary's path.
 * tool-cache itself retries 5xx, 408 and 429 (three attempts); anything else fails at once.
 */
function downloadVerified(request) {
    return withRunnerShim(async () => {
        const { name, version, url } = request;
        const tc = await toolCache();
        let file;
        try {
            file = await tc.downloadTool(url);
        }
        catch (error) {
            throw new Error(`downloading ${name} ${version} from ${url} failed: ${describeDownloadError(error, tc.HTTPError)}; ` +
                `check the network or the scanner-mirror input, or put ${name} on PATH`);
        }
        let extracted;
        try {
            const actual = await sha256File(file);
            if (actual !== request.archive.sha256) {
                throw new Error(`refusing to install ${name} ${version}: the SHA-256 of ${url} is ${actual}, but imagegate pins ` +
                    `${request.archive.sha256} for ${request.archive.archive}. The download was altered or the mirror ` +
                    `serves a different file; fix the mirror, or put a ${name} you trust on PATH`);
            }
            extracted = await tc.extractTar(file);
            if (!(0,external_node_fs_.existsSync)(external_node_path_.join(extracted, name))) {
                throw new Error(`the ${name} ${version} archive from ${url} has no '${name}' executable at its top level`);
            }
            const cached = await tc.cacheDir(extracted, toolCacheName(name), version, request.arch);
            request.logger.info(`Installed ${name} ${version} (SHA-256 verified) from ${url}`);
            return external_node_path_.join(cached, name);
        }
        finally {
            await (0,promises_.rm)(file, { force: true });
            if (extracted)
                await (0,promises_.rm)(extracted, { recursive: true, force: true });
        }
    });
}
/** Streams the file through SHA-256, so a 100 MB archive is never held in memory. */
function sha256File(file) {
    return new Promise((resolve, reject) => {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        (0,external_node_fs_.createReadStream)(file)
            .on('error', reject)
            .on('data', chunk => hash.update(chunk))
            .on('end', () => resolve(hash.digest('hex')));
    });
}
function describeDownloadError(error, HTTPError) {
    if (error instanceof HTTPError && error.httpStatusCode) {
        return error.httpStatusCode === 404
            ? 'HTTP 404 (no such release asset at that address)'
            : `HTTP ${error.httpStatusCode}`;
    }
    return (0,errors/* errorMessage */.gJ)(error);
}

;// CONCATENATED MODULE: ./src/scanners/install/path-lookup.ts


/**
 * Finds an executable on PATH the way a shell would, without running one: each PATH entry in order,
 * and on Windows each PATHEXT extension. Returns the absolute path, or undefined.
 */
function findOnPath(command, env = process.env, platform = process.platform) {
    const pathValue = env.PATH ?? env.Path ?? '';
    const delimiter = platform === 'win32' ? ';' : ':';
    const extensions = platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT;.COM').split(';').filter(Boolean) : [''];
    for (const directory of pathValue.split(delimiter)) {
        // An empty entry means the current directory; never pick up a scanner from there.
        if (!directory || !external_node_path_.isAbsolute(directory))
            continue;
        for (const extension of extensions) {
            const candidate = external_node_path_.join(directory, command + extension);
            if (isExecutableFile(candidate, platform))
                return candidate;
        }
    }
    return undefined;
}
function isExecutableFile(candidate, platform) {
    try {
        if (!(0,external_node_fs_.statSync)(candidate).isFile())
            return false;
        if (platform !== 'win32')
            (0,external_node_fs_.accessSync)(candidate, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/scanners/install/releases.json
const releases_namespaceObject = /*#__PURE__*/JSON.parse('{"$comment":"The single source of truth for scanner downloads: pinned versions x platforms -> archive name + SHA-256 of the archive as published in the release\'s checksums file. A version or platform missing here is refused (fail closed); a mirror never supplies checksums. \'tested\' is the range this release of imagegate was tested with: min inclusive, below exclusive. To add a version, copy the lines for each platform from <tool>_<version>_checksums.txt of the upstream release (verified with cosign verify-blob where possible) and say where they came from in \'checksumSource\'.","scanners":{"trivy":{"repository":"aquasecurity/trivy","defaultVersion":"0.72.0","tested":{"min":"0.56.0","below":"0.73.0","why":"0.56.0 added multiple --db-repository values (the mirror.gcr.io then ghcr.io fallback)"},"versions":{"0.72.0":{"checksumSource":"Lines of trivy_0.72.0_checksums.txt as quoted, identically, by several independent public repositories in the search index (a generated PinnedRelease.ts that copies the checksums file verbatim, a Go checksum map, shell installers, a Python tool registry); not downloaded from github.com, which this build has no access to","platforms":{"linux-x64":{"archive":"trivy_0.72.0_Linux-64bit.tar.gz","sha256":"bbb64b9695866ce4a7a8f5c9592002c5961cab378577fa3f8a040df362b9b2ea"},"linux-arm64":{"archive":"trivy_0.72.0_Linux-ARM64.tar.gz","sha256":"2ca2c023109c2db6b2b77366b6717291452d4531167377d95c79547f0c8e3467"},"darwin-x64":{"archive":"trivy_0.72.0_macOS-64bit.tar.gz","sha256":"ee5e60df8a98e5b89fd74a6d86f9e5c7e9a266a35002cb1e43291698b3bfee08"},"darwin-arm64":{"archive":"trivy_0.72.0_macOS-ARM64.tar.gz","sha256":"88f208680dc05da2b459e19b4f5aa2b4dc7c2117892ba4aab2ae63baba330016"}}}}},"grype":{"repository":"anchore/grype","defaultVersion":"0.117.0","tested":{"min":"0.88.0","below":"0.118.0","why":"0.88.0 is the first Grype on the v6 database schema; the v5 schema stopped receiving updates"},"versions":{"0.117.0":{"checksumSource":"Lines of grype_0.117.0_checksums.txt as quoted by public repositories in the search index: linux_amd64, linux_arm64 and darwin_arm64 by several independent installers; darwin_amd64 by one only (an install_grype.sh that pins all four platforms); not downloaded from github.com, which this build has no access to","platforms":{"linux-x64":{"archive":"grype_0.117.0_linux_amd64.tar.gz","sha256":"38525dab1e06f162ebaa02f94d82d1f807076b011a44180cf2777edf1a7b9c26"},"linux-arm64":{"archive":"grype_0.117.0_linux_arm64.tar.gz","sha256":"935f628bdf9331ffdd946931ea5fdb50045d3970ba52670cbeb44a88f127291b"},"darwin-x64":{"archive":"grype_0.117.0_darwin_amd64.tar.gz","sha256":"312ed375dcda6d8893b4ca5d517371fef1a50062ebb0b0dbe6bdb4ac2fb57c57"},"darwin-arm64":{"archive":"grype_0.117.0_darwin_arm64.tar.gz","sha256":"bfcefa3f3b1690d9c77d847841b32ebd6106ab0e0e32f810924707e704d53584"}}}}}}}');
;// CONCATENATED MODULE: ./src/scanners/install/releases.ts

/** The committed table; production code reads nothing else for integrity. */
const committedReleases = releases_namespaceObject;
/** Node's platform and arch as one key, the form `releases.json` uses. */
function platformKey(platform, arch) {
    return `${platform}-${arch}`;
}
/** Accepts `v0.72.0` as well as `0.72.0`, as people write both. */
function normalizeVersion(version) {
    return version.trim().replace(/^v/, '');
}
/**
 * The pinned archive for a scanner, version and platform, or an Error whose message says what to do.
 * A missing or malformed entry is refused rather than downloaded unverified.
 */
function pinnedArchive(table, name, version, platform) {
    const entry = table.scanners[name]?.versions[version]?.platforms[platform];
    if (!entry || !/^[0-9a-f]{64}$/.test(entry.sha256 ?? '') || !entry.archive) {
        const pinned = Object.keys(table.scanners[name]?.versions ?? {}).join(', ') || 'none';
        return new Error(`no pinned checksum for ${name} ${version} on ${platform}; set ${name}-version to a pinned version ` +
            `(${pinned}) or put ${name} on PATH`);
    }
    return entry;
}
/**
 * Where to download an archive from. `mirror` replaces `https://github.com/<owner>/<repo>/releases/download`
 * and keeps the `v<version>/<archive>` layout, so a mirror is a plain copy of the release assets.
 */
function downloadUrl(releases, version, archive, mirror) {
    const base = mirror?.trim()
        ? mirror.trim().replace(/\/+$/, '')
        : `https://github.com/${releases.repository}/releases/download`;
    return `${base}/v${version}/${archive}`;
}

;// CONCATENATED MODULE: ./src/scanners/install/semver.ts
/** Just enough semver for "is this scanner inside the tested range": numeric major.minor.patch. */
function parseVersion(text) {
    const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(text.trim());
    if (!match)
        return undefined;
    return [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
}
/** Negative when a < b, 0 when equal, positive when a > b. Pre-release suffixes are ignored. */
function compareVersions(a, b) {
    const left = parseVersion(a);
    const right = parseVersion(b);
    if (!left || !right)
        throw new Error(`cannot compare versions '${a}' and '${b}'`);
    for (let i = 0; i < 3; i++) {
        if (left[i] !== right[i])
            return left[i] - right[i];
    }
    return 0;
}
/** True when `min <= version < below`; false for a version that does not parse. */
function inTestedRange(version, range) {
    if (!parseVersion(version))
        return false;
    return compareVersions(version, range.min) >= 0 && compareVersions(version, range.below) < 0;
}

// EXTERNAL MODULE: ./src/util/exec.ts + 1 modules
var exec = __webpack_require__(36598);
;// CONCATENATED MODULE: ./src/scanners/install/version-probe.ts

const VERSION_TIMEOUT_MS = 30_000;
/** The command each scanner prints its version with, as JSON. */
function versionArgs(name) {
    return name === 'trivy' ? ['--version', '--format', 'json'] : ['version', '-o', 'json'];
}
/**
 * Runs the scanner's version command and returns its version (no `v`), or an Error saying what the
 * binary did instead. A binary that cannot tell its version is not trusted to scan.
 */
async function probeVersion(name, binary) {
    const args = versionArgs(name);
    const result = await (0,exec/* runProcess */.R)(binary, args, { timeoutMs: VERSION_TIMEOUT_MS });
    const shown = `${binary} ${args.join(' ')}`;
    if (result.spawnError)
        return new Error(`could not run ${shown}: ${result.spawnError}`);
    if (result.timedOut)
        return new Error(`${shown} did not finish within ${VERSION_TIMEOUT_MS / 1000} s`);
    if (result.exitCode !== 0) {
        const detail = result.stderrTail.slice(-3).join(' | ') || 'no output on stderr';
        return new Error(`${shown} exited with code ${result.exitCode}: ${detail}`);
    }
    const version = parseVersionOutput(result.stdout);
    if (!version)
        return new Error(`${shown} printed no version imagegate understands`);
    return version;
}
/** Reads `{"Version": …}` (Trivy) or `{"version": …}` (Grype), falling back to a `Version: x.y.z` line. */
function parseVersionOutput(stdout) {
    try {
        const data = JSON.parse(stdout);
        const value = data.Version ?? data.version;
        // A source build says `dev`: still a version to log; the tested-range check then warns about it.
        if (typeof value === 'string' && value.trim())
            return value.trim().replace(/^v(?=\d)/, '');
    }
    catch {
        // Older scanners print text; try that below.
    }
    const line = /^\s*Version:\s*v?(\d+\.\d+\.\d+\S*)/m.exec(stdout);
    return line?.[1];
}

;// CONCATENATED MODULE: ./src/scanners/install/index.ts






/**
 * Makes a scanner available: the one on PATH if there is one (its version logged, with a warning when
 * it is outside the tested range), else the pinned release from the tool cache, else downloaded and
 * verified against the SHA-256 committed in releases.json.
 * Throws an Error whose message says what failed and how to fix it; the caller reports the check as
 * `error` (fail closed) — it never returns a scanner it could not verify or run.
 */
async function ensureScanner(name, options) {
    const { logger } = options;
    const table = options.releases ?? committedReleases;
    const releases = table.scanners[name];
    if (options.pathLookup !== false) {
        const onPath = findOnPath(name, options.env ?? process.env, options.platform ?? process.platform);
        if (onPath)
            return usePathScanner(name, onPath, options, releases.tested);
        logger.debug(`${name} is not on PATH; installing the pinned release`);
    }
    const version = normalizeVersion(options.version || releases.defaultVersion);
    const platform = platformKey(options.platform ?? process.platform, options.arch ?? process.arch);
    const archive = pinnedArchive(table, name, version, platform);
    if (archive instanceof Error)
        throw new Error(`cannot install ${name}: ${archive.message}`);
    const arch = options.arch ?? process.arch;
    const warnings = testedRangeWarnings(name, version, releases.tested, 'the requested');
    warnings.forEach(warning => logger.warning(warning));
    const cached = await findCached(name, version, arch);
    if (cached)
        return checkRuns(name, cached, version, 'tool-cache', warnings, logger);
    const url = downloadUrl(releases, version, archive.archive, options.mirror);
    const binary = await downloadVerified({ name, version, arch, archive, url, logger });
    return checkRuns(name, binary, version, 'download', warnings, logger);
}
async function usePathScanner(name, binary, options, tested) {
    const version = await probeVersion(name, binary);
    if (version instanceof Error) {
        throw new Error(`the ${name} found on PATH (${binary}) does not work: ${version.message}; fix or remove it, ` +
            `or set ${name}-version to let imagegate install the pinned release`);
    }
    options.logger.info(`Using ${name} ${version} from PATH (${binary})`);
    if (options.version && normalizeVersion(options.version) !== version) {
        options.logger.warning(`${name}-version asks for ${normalizeVersion(options.version)}, but ${name} ${version} is on PATH and is used`);
    }
    const warnings = testedRangeWarnings(name, version, tested, 'the');
    warnings.forEach(warning => options.logger.warning(warning));
    return { name, path: binary, version, source: 'path', warnings };
}
/** A verified binary that does not start (wrong architecture, missing loader) is still an error. */
async function checkRuns(name, binary, expected, source, warnings, logger) {
    const version = await probeVersion(name, binary);
    if (version instanceof Error) {
        throw new Error(`${name} ${expected} was installed at ${binary} but does not run: ${version.message}`);
    }
    if (source === 'tool-cache')
        logger.info(`Using ${name} ${version} from the tool cache (${binary})`);
    return { name, path: binary, version, source, warnings };
}
function testedRangeWarnings(name, version, tested, which) {
    if (inTestedRange(version, tested))
        return [];
    return [
        `${which} ${name} version ${version} is not in the range this imagegate release was tested with ` +
            `(>= ${tested.min}, < ${tested.below}); its report format or flags may differ`
    ];
}


/***/ }),

/***/ 58240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeToStderr: () => (/* binding */ writeToStderr)
/* harmony export */ });
/**
 * A stand-in for `process.stdout.write` that sends library output (@actions/core lines from
 * tool-cache and the cache client) to stderr, dropping `::debug::` workflow commands, so that outside
 * Actions stdout carries only imagegate's report.
 */
function writeToStderr(chunk, ...rest) {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const kept = text
        .split(/(?<=\n)/)
        .filter(line => !line.startsWith('::debug::'))
        .join('');
    if (kept)
        process.stderr.write(kept);
    const callback = rest.find(arg => typeof arg === 'function');
    callback?.();
    return true;
}


/***/ })

};
