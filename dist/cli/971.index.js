export const id = 971;
export const ids = [971];
export const modules = {

/***/ 31971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prepareDatabase: () => (/* binding */ prepareDatabase)
});

// UNUSED EXPORTS: TRIVY_DB_REPOSITORIES, TRIVY_JAVA_DB_REPOSITORIES

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/util/actions-cache.ts
var actions_cache = __webpack_require__(64352);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/scanners/db/cache-keys.ts

/**
 * Cache keys that let a newer database be saved. GitHub cache entries cannot be overwritten, so a
 * fixed key per scanner version (anchore/scan-action's) is saved once and then never refreshed.
 * Here every database build gets its own key, `<prefix><built time>-<fingerprint hash>`, and restores
 * match on the prefix, which returns the most recently saved entry.
 */
function cacheKeyPrefix(scanner, platform = process.platform) {
    return `imagegate-${scanner}-db-${platform}-`;
}
/** Prefers a database built today (UTC), then any. */
function restoreKeys(prefix, now) {
    return { primaryKey: `${prefix}${compactDate(now.toISOString()).slice(0, 8)}`, restoreKeys: [prefix] };
}
function saveKey(prefix, stamp) {
    const hash = (0,external_node_crypto_.createHash)('sha256').update(stamp.fingerprint).digest('hex').slice(0, 12);
    return `${prefix}${compactDate(stamp.builtAt)}-${hash}`;
}
/** `2026-12-01T06:12:34.5Z` → `20261201061234`; anything unparseable keeps only its digits. */
function compactDate(text) {
    const date = new Date(text);
    const iso = Number.isNaN(date.getTime()) ? text : date.toISOString();
    return iso.replace(/\D/g, '').slice(0, 14);
}

// EXTERNAL MODULE: ./src/util/exec.ts + 1 modules
var exec = __webpack_require__(36598);
;// CONCATENATED MODULE: ./src/scanners/db/grype.ts

const STATUS_TIMEOUT_MS = 60_000;
function grypeLayout(options) {
    const env = {
        GRYPE_DB_CACHE_DIR: options.cacheDir,
        // The update happens once, in the step below; scans must not each try again (or ask about new releases).
        GRYPE_DB_AUTO_UPDATE: 'false',
        GRYPE_CHECK_FOR_APP_UPDATE: 'false'
    };
    return {
        scanner: 'grype',
        cachePaths: [options.cacheDir],
        steps: [{ label: 'the Grype vulnerability database', args: ['db', 'update'] }],
        env,
        scanArgs: [],
        stamp: () => grypeStamp(options.binary, env),
        fixHint: 'Grype could not fetch its database from grype.anchore.io (or GRYPE_DB_UPDATE_URL); allow the runner ' +
            'to reach it, pre-warm the cache with the scheduled workflow in the README, or try again later'
    };
}
/** `grype db status -o json` says when the installed database was built; it fails when there is none. */
async function grypeStamp(binary, env) {
    const result = await (0,exec/* runProcess */.R)(binary, ['db', 'status', '-o', 'json'], {
        env,
        timeoutMs: STATUS_TIMEOUT_MS
    });
    if (result.exitCode !== 0)
        return undefined;
    try {
        const status = JSON.parse(result.stdout);
        const built = status.built ?? status.Built;
        if (typeof built !== 'string' || !built)
            return undefined;
        const schema = status.schemaVersion ?? status.SchemaVersion ?? '';
        const checksum = status.checksum ?? '';
        return {
            builtAt: built,
            fingerprint: `schema=${String(schema)};built=${built};checksum=${String(checksum)}`
        };
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/scanners/db/retry.ts

const defaultSleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
/**
 * Rate limits and server errors are worth waiting out; anything else (bad flag, disk full, auth) is
 * not, and retrying it would only delay the error. Registries say `TOOMANYREQUESTS` or `429`.
 */
const RETRYABLE = /\b429\b|TOOMANYREQUESTS|too many requests|rate limit|\b50[0-4]\b|internal server error|bad gateway|service unavailable|gateway time-?out/i;
function isRetryable(result) {
    if (result.exitCode === 0 || result.spawnError)
        return false;
    return result.stderrTail.some(line => RETRYABLE.test(line));
}
/** Runs a command, retrying with exponential backoff while it fails with a retryable error. */
async function runWithRetry(what, file, args, options, policy, logger) {
    for (let attempt = 1;; attempt++) {
        const result = await (0,exec/* runProcess */.R)(file, args, { env: options.env, timeoutMs: options.timeoutMs });
        if (result.exitCode === 0 || attempt > policy.retries || !isRetryable(result)) {
            return { result, attempts: attempt };
        }
        const delay = policy.baseDelayMs * 2 ** (attempt - 1);
        logger.warning(`${what} failed with a rate limit or server error (attempt ${attempt} of ${policy.retries + 1}); ` +
            `retrying in ${Math.round(delay / 1000)} s: ${lastLine(result)}`);
        await policy.sleep(delay);
    }
}
function lastLine(result) {
    return result.stderrTail.at(-1) ?? `exit code ${result.exitCode}`;
}

;// CONCATENATED MODULE: ./src/scanners/db/trivy.ts


/** mirror.gcr.io first: ghcr.io rate-limits anonymous pulls (TOOMANYREQUESTS); Trivy tries them in order. */
const TRIVY_DB_REPOSITORIES = ['mirror.gcr.io/aquasec/trivy-db:2', 'ghcr.io/aquasecurity/trivy-db:2'];
const TRIVY_JAVA_DB_REPOSITORIES = [
    'mirror.gcr.io/aquasec/trivy-java-db:1',
    'ghcr.io/aquasecurity/trivy-java-db:1'
];
function trivyLayout(options) {
    const { cacheDir } = options;
    const javaDb = options.javaDb !== false;
    const dbRepositories = (options.dbRepositories ?? TRIVY_DB_REPOSITORIES).join(',');
    const javaRepositories = (options.javaDbRepositories ?? TRIVY_JAVA_DB_REPOSITORIES).join(',');
    const common = ['image', '--cache-dir', cacheDir, '--no-progress'];
    const steps = [
        {
            label: 'the Trivy vulnerability database',
            args: [...common, '--download-db-only', '--db-repository', dbRepositories]
        }
    ];
    if (javaDb) {
        steps.push({
            label: 'the Trivy Java database',
            args: [...common, '--download-java-db-only', '--java-db-repository', javaRepositories]
        });
    }
    return {
        scanner: 'trivy',
        cachePaths: [external_node_path_.join(cacheDir, 'db'), ...(javaDb ? [external_node_path_.join(cacheDir, 'java-db')] : [])],
        steps,
        env: {},
        scanArgs: ['--cache-dir', cacheDir, '--skip-db-update', '--skip-java-db-update'],
        stamp: () => trivyStamp(cacheDir, javaDb),
        fixHint: 'Trivy could not fetch its database from mirror.gcr.io or ghcr.io; allow the runner to reach them, ' +
            'pre-warm the cache with the scheduled workflow in the README, or try again later'
    };
}
/** Trivy writes `metadata.json` next to each database; `UpdatedAt` is when that database was built. */
async function trivyStamp(cacheDir, javaDb) {
    const main = await updatedAt(external_node_path_.join(cacheDir, 'db', 'metadata.json'));
    if (!main)
        return undefined;
    const java = javaDb ? await updatedAt(external_node_path_.join(cacheDir, 'java-db', 'metadata.json')) : undefined;
    return { builtAt: main, fingerprint: `db=${main};java-db=${java ?? 'none'}` };
}
async function updatedAt(file) {
    try {
        const data = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
        return typeof data.UpdatedAt === 'string' ? data.UpdatedAt : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/scanners/db/index.ts









const DEFAULT_RETRIES = 3;
const DEFAULT_BASE_DELAY_MS = 5000;
const DEFAULT_TIMEOUT_MS = 15 * 60 * 1000;
/**
 * Restores the scanner's databases from the cache, brings them up to date in a separate step (with
 * retries and backoff on rate limits and server errors), and returns what each scan must add so it
 * uses them without updating. Throws an Error with the scanner's last words and a fix when the
 * databases cannot be fetched: the check is then `error`, never a scan against no database.
 */
async function prepareDatabase(scanner, options) {
    const { logger } = options;
    const layout = layoutFor(scanner, options);
    await Promise.all(layout.cachePaths.map(folder => (0,promises_.mkdir)(folder, { recursive: true })));
    const useCache = options.useActionsCache && (await cacheAvailable(logger));
    const prefix = cacheKeyPrefix(scanner.name);
    const restoredFrom = useCache ? await restore(layout, prefix, options, logger) : undefined;
    // Only a save needs to know whether the download changed anything (for Grype the stamp is a process).
    const before = useCache ? await layout.stamp() : undefined;
    await download(scanner, layout, options);
    const after = await layout.stamp();
    if (!after) {
        throw new Error(`${scanner.name} reported that its database download succeeded, but no database was found in ` +
            `${layout.cachePaths[0]}; delete that folder and run again`);
    }
    logger.info(`Using the ${scanner.name} database built ${after.builtAt}`);
    let saved = false;
    const save = async () => {
        if (!useCache || saved)
            return;
        saved = true;
        await saveIfNewer(layout, prefix, { before, after, restoredFrom }, logger);
    };
    return { env: layout.env, scanArgs: layout.scanArgs, restoredFrom, save };
}
function layoutFor(scanner, options) {
    const folder = external_node_path_.join(options.cacheDir, scanner.name);
    if (scanner.name === 'trivy') {
        return trivyLayout({
            cacheDir: folder,
            javaDb: options.trivyJavaDb,
            dbRepositories: options.trivyDbRepositories,
            javaDbRepositories: options.trivyJavaDbRepositories
        });
    }
    return grypeLayout({ cacheDir: folder, binary: scanner.path });
}
const actionsCache = actions_cache/* loadActionsCache */.g;
async function cacheAvailable(logger) {
    const available = (await actionsCache()).isFeatureAvailable();
    if (!available)
        logger.debug('The Actions cache service is not available; databases stay in the local folder');
    return available;
}
async function restore(layout, prefix, options, logger) {
    const keys = restoreKeys(prefix, options.now?.() ?? new Date());
    try {
        const hit = await (await actionsCache()).restoreCache(layout.cachePaths, keys.primaryKey, keys.restoreKeys);
        logger.info(hit
            ? `Restored the ${layout.scanner} database from cache ${hit}`
            : `No cached ${layout.scanner} database`);
        return hit;
    }
    catch (error) {
        // A broken cache only costs a download; the download step below decides pass or error.
        logger.warning(`Could not restore the ${layout.scanner} database cache: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return undefined;
    }
}
async function download(scanner, layout, options) {
    const policy = {
        retries: options.retries ?? DEFAULT_RETRIES,
        baseDelayMs: options.baseDelayMs ?? DEFAULT_BASE_DELAY_MS,
        sleep: options.sleep ?? defaultSleep
    };
    const env = layout.env;
    for (const step of layout.steps) {
        options.logger.info(`Updating ${step.label}`);
        const { result, attempts } = await runWithRetry(`Updating ${step.label}`, scanner.path, step.args, { env, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS }, policy, options.logger);
        if (result.exitCode === 0)
            continue;
        const how = result.spawnError
            ? `could not start ${scanner.path} (${result.spawnError})`
            : result.timedOut
                ? `timed out after ${Math.round((options.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000)} s`
                : `failed with exit code ${result.exitCode}`;
        const tries = attempts > 1 ? ` after ${attempts} attempts` : isRetryable(result) ? '' : ' (not a retryable error)';
        const said = result.stderrTail.slice(-5).join(' | ') || lastLine(result);
        throw new Error(`updating ${step.label} ${how}${tries}: ${said}. ` +
            `Command: ${scanner.name} ${step.args.join(' ')}. ${layout.fixHint}`);
    }
}
async function saveIfNewer(layout, prefix, state, logger) {
    const { before, after, restoredFrom } = state;
    if (restoredFrom && before?.fingerprint === after.fingerprint) {
        logger.debug(`The ${layout.scanner} database did not change since ${restoredFrom}; not saving`);
        return;
    }
    const key = saveKey(prefix, after);
    if (key === restoredFrom)
        return;
    try {
        const id = await (await actionsCache()).saveCache(layout.cachePaths, key);
        // saveCache reports its own failures (e.g. another job saved the same key) and returns -1.
        if (id !== -1)
            logger.info(`Saved the ${layout.scanner} database to cache ${key}`);
    }
    catch (error) {
        logger.warning(`Could not save the ${layout.scanner} database cache ${key}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}


/***/ })

};
