export const id = 688;
export const ids = [688];
export const modules = {

/***/ 66688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aggregateReports: () => (/* binding */ aggregateReports)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(52210);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(82815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
;// CONCATENATED MODULE: ./schemas/report.schema.json
const report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/imagegate/imagegate/blob/main/schemas/report.schema.json","title":"imagegate JSON report","description":"The machine-readable result of one imagegate run (schemaVersion 1). Every finding is listed, suppressed ones included.","type":"object","additionalProperties":false,"required":["schemaVersion","tool","verdict","reasons","mode","policy","startedAt","durationMs","counts","blockingCount","suppressedCount","images","imageSummaries","dockerfiles","checks","findings"],"properties":{"schemaVersion":{"const":1},"tool":{"type":"object","additionalProperties":false,"required":["name","version"],"properties":{"name":{"const":"imagegate"},"version":{"type":"string","minLength":1}}},"verdict":{"enum":["pass","warn","fail"]},"reasons":{"type":"array","items":{"type":"string"}},"mode":{"enum":["enforce","warn"]},"policy":{"type":"object","additionalProperties":false,"required":["source"],"properties":{"source":{"type":"string","description":"Policy file path as given, or \'built-in default\'."},"documents":{"description":"The policy documents merged, in the order they apply (bases first, the repository\'s policy last).","type":"array","items":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","description":"A workspace path, \'built-in default\', OWNER/REPO/PATH@REF or an https URL."},"detail":{"type":"string","description":"For a remote document: the commit its ref resolved to and its link, or the pinned SHA-256."}}}},"sources":{"description":"Where each value of the effective policy is written, keyed by dotted field path (dockerfile.rules.DL3008, vulnerabilities.failOn) or exceptions[N].","type":"object","additionalProperties":{"type":"object","additionalProperties":false,"required":["file"],"properties":{"file":{"type":"string","description":"The document that sets it, named as in documents, or \'default\'."},"line":{"type":"integer","minimum":1},"lockedBy":{"type":"string","description":"FILE:LINE of the base\'s lock that keeps extending policies from loosening it."}}}}}},"startedAt":{"type":"string","format":"date-time"},"durationMs":{"$ref":"#/$defs/milliseconds"},"counts":{"description":"Unsuppressed findings per severity.","type":"object","additionalProperties":false,"required":["critical","high","medium","low","info"],"properties":{"critical":{"$ref":"#/$defs/count"},"high":{"$ref":"#/$defs/count"},"medium":{"$ref":"#/$defs/count"},"low":{"$ref":"#/$defs/count"},"info":{"$ref":"#/$defs/count"}}},"blockingCount":{"$ref":"#/$defs/count"},"suppressedCount":{"$ref":"#/$defs/count"},"images":{"type":"array","items":{"type":"string"}},"imageSummaries":{"description":"Per image: unsuppressed vulnerability and secret findings per severity, blocking and suppressed counts.","type":"array","items":{"$ref":"#/$defs/imageSummary"}},"imageDetails":{"description":"Per image, in `images` order, when images were resolved or signatures checked: the digest it resolved to (what was checked and scanned) and its signature status.","type":"array","items":{"$ref":"#/$defs/imageDetail"}},"dockerfiles":{"type":"array","items":{"type":"string"}},"checks":{"type":"array","items":{"$ref":"#/$defs/check"}},"findings":{"type":"array","items":{"$ref":"#/$defs/finding"}},"fixed":{"description":"Present when images were compared with base images (compare-to): findings of the base images that the images no longer have, each with comparison \\"fixed\\" and the image it was fixed in. They never block and are not counted in counts.","type":"array","items":{"$ref":"#/$defs/finding"}}},"$defs":{"count":{"type":"integer","minimum":0},"milliseconds":{"type":"number","minimum":0},"checkId":{"type":"string","pattern":"^[a-z][a-z0-9-]*$"},"severity":{"enum":["critical","high","medium","low","info"]},"check":{"type":"object","additionalProperties":false,"required":["id","title","status","required","durationMs","findingCount","blockingCount"],"properties":{"id":{"$ref":"#/$defs/checkId"},"title":{"type":"string"},"status":{"enum":["passed","failed","skipped","error"]},"required":{"type":"boolean"},"durationMs":{"$ref":"#/$defs/milliseconds"},"findingCount":{"$ref":"#/$defs/count"},"blockingCount":{"$ref":"#/$defs/count"},"detail":{"type":"string","description":"Why the check was skipped, or what went wrong and how to fix it."}}},"finding":{"type":"object","additionalProperties":false,"required":["fingerprint","check","rule","severity","blocking","message"],"properties":{"fingerprint":{"type":"string","pattern":"^[0-9a-f]{16}$","description":"The finding\'s stable identity across runs (rule, file and line, image repository without tag or digest, package name and type); the same value as the SARIF result\'s partialFingerprints."},"check":{"$ref":"#/$defs/checkId"},"rule":{"type":"string","minLength":1},"severity":{"$ref":"#/$defs/severity"},"blocking":{"type":"boolean"},"message":{"type":"string"},"location":{"type":"object","additionalProperties":false,"required":["file"],"properties":{"file":{"type":"string","minLength":1},"line":{"type":"integer","minimum":1},"column":{"type":"integer","minimum":1},"endLine":{"type":"integer","minimum":1},"endColumn":{"type":"integer","minimum":1}}},"image":{"type":"string"},"package":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string"},"version":{"type":"string"},"fixedVersion":{"type":"string"},"type":{"type":"string"}}},"helpUri":{"type":"string"},"comparison":{"description":"Set on a compared image\'s vulnerability findings (compare-to): new in the image, unchanged from its base image, or (in fixed only) fixed.","enum":["new","unchanged","fixed"]},"aliases":{"description":"Other checks\' rule ids for the same problem at the same place, merged into this finding (e.g. DL3007 on IG101).","type":"array","items":{"type":"string"}},"suppressedBy":{"type":"object","additionalProperties":false,"required":["id","reason"],"properties":{"id":{"type":"string"},"reason":{"type":"string"},"expires":{"type":"string","format":"date"}}},"installedVersion":{"type":"string","description":"Vulnerability findings: the installed version of the package."},"fixedVersion":{"type":"string","description":"Vulnerability findings: the version(s) that fix it, as the scanners report them."},"foundBy":{"type":"array","items":{"enum":["trivy","grype"]},"description":"Vulnerability findings: which scanners reported it."},"vulnerability":{"type":"object","additionalProperties":false,"required":["kind","aliases","foundBy","severityBySource","fixedVersions","fixState","locations"],"properties":{"kind":{"enum":["vulnerability","secret"]},"aliases":{"type":"array","items":{"type":"string"}},"foundBy":{"type":"array","items":{"enum":["trivy","grype"]}},"severityBySource":{"type":"object","additionalProperties":false,"properties":{"trivy":{"$ref":"#/$defs/severity"},"grype":{"$ref":"#/$defs/severity"}}},"fixedVersions":{"type":"array","items":{"type":"string"}},"fixState":{"enum":["fixed","not-fixed","wont-fix","unknown"]},"cvss":{"type":"number","minimum":0,"maximum":10},"knownExploited":{"type":"boolean"},"epss":{"type":"number","minimum":0,"maximum":1},"locations":{"type":"array","items":{"type":"string"}},"title":{"type":"string"}}}},"if":{"properties":{"suppressedBy":{"type":"object"}},"required":["suppressedBy"]},"then":{"properties":{"blocking":{"const":false}}}},"severityCounts":{"type":"object","additionalProperties":false,"required":["critical","high","medium","low","info"],"properties":{"critical":{"$ref":"#/$defs/count"},"high":{"$ref":"#/$defs/count"},"medium":{"$ref":"#/$defs/count"},"low":{"$ref":"#/$defs/count"},"info":{"$ref":"#/$defs/count"}}},"imageSummary":{"type":"object","additionalProperties":false,"required":["image","counts","blockingCount","suppressedCount"],"properties":{"image":{"type":"string"},"counts":{"$ref":"#/$defs/severityCounts"},"blockingCount":{"$ref":"#/$defs/count"},"suppressedCount":{"$ref":"#/$defs/count"},"base":{"$ref":"#/$defs/baseComparison"}}},"baseComparison":{"description":"The base image the image was compared with (compare-to). Counts are present only when it was scanned.","type":"object","additionalProperties":false,"required":["image","scanned"],"properties":{"image":{"type":"string"},"scanned":{"type":"boolean"},"error":{"type":"string","description":"Why the base image could not be scanned."},"counts":{"$ref":"#/$defs/severityCounts"},"newCount":{"$ref":"#/$defs/count"},"unchangedCount":{"$ref":"#/$defs/count"},"fixedCount":{"$ref":"#/$defs/count"}}},"imageDetail":{"type":"object","additionalProperties":false,"required":["image"],"properties":{"image":{"type":"string"},"digest":{"type":"string","pattern":"^sha256:[a-f0-9]{64}$"},"manifestDigest":{"type":"string","pattern":"^sha256:[a-f0-9]{64}$"},"platform":{"type":"string"},"signature":{"type":"object","additionalProperties":false,"required":["status","summary","verifiedBy"],"properties":{"status":{"enum":["verified","not-verified","error"]},"summary":{"type":"string"},"verifiedBy":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["authority","format","source","signer"],"properties":{"authority":{"type":"string"},"format":{"enum":["legacy","bundle"]},"source":{"type":"string"},"signer":{"type":"string"},"tlog":{"type":"string"}}}}}}}}}}');
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/report/read-report.ts





// Reports can be large; the file size check keeps a stray multi-gigabyte file from exhausting memory.
const MAX_REPORT_BYTES = 512 * 1024 * 1024;
const MAX_ERRORS = 20;
let validator;
/** Compiled on first use: only aggregation and comparison read reports back, most runs never do. */
function validate(value) {
    if (!validator) {
        // ajv-formats is CommonJS; under NodeNext its default import is `module.exports`, which has `.default`.
        const addFormats = (dist_default())["default"];
        const ajv = new _2020.Ajv2020({ allErrors: true, strict: true });
        addFormats(ajv);
        validator = ajv.compile(report_schema_namespaceObject);
    }
    return validator(value) ? [] : (validator.errors ?? []);
}
/** Reads and validates a JSON report written by imagegate against schemas/report.schema.json. */
function readJsonReport(file, read = readText) {
    let text;
    try {
        text = read(file);
    }
    catch (error) {
        return { ok: false, file, errors: [`${file}: cannot read the report: ${(0,src_errors/* errorMessage */.gJ)(error)}`] };
    }
    return parseJsonReport(text, file);
}
/** Validates report text; `file` only names where it came from in the messages. */
function parseJsonReport(text, file) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return { ok: false, file, errors: [`${file}: not JSON: ${(0,src_errors/* errorMessage */.gJ)(error)}`] };
    }
    const errors = validate(value);
    if (errors.length === 0)
        return { ok: true, file, report: value };
    const messages = errors.slice(0, MAX_ERRORS).map(e => `${file}: ${jsonPath(e)}: ${describe(e)}`);
    if (errors.length > MAX_ERRORS)
        messages.push(`${file}: and ${errors.length - MAX_ERRORS} more problems`);
    return { ok: false, file, errors: messages };
}
function readText(file) {
    const text = (0,external_node_fs_.readFileSync)(file);
    if (text.length > MAX_REPORT_BYTES)
        throw new Error(`larger than ${MAX_REPORT_BYTES} bytes`);
    return text.toString('utf8');
}
/** `$.findings[3].severity` from ajv's JSON pointer `/findings/3/severity`. */
function jsonPath(error) {
    const parts = error.instancePath
        .split('/')
        .slice(1)
        .map(p => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    return ('$' +
        parts
            .map(p => /^\d+$/.test(p) ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) ? `.${p}` : `[${JSON.stringify(p)}]`)
            .join(''));
}
function describe(error) {
    const params = error.params;
    if (error.keyword === 'additionalProperties')
        return `unknown field "${String(params.additionalProperty)}"`;
    if (error.keyword === 'required')
        return `missing field "${String(params.missingProperty)}"`;
    if (error.keyword === 'enum')
        return `${error.message} (${params.allowedValues.map(v => JSON.stringify(v)).join(', ')})`;
    return error.message ?? error.keyword;
}

// EXTERNAL MODULE: ./src/util/paths.ts
var paths = __webpack_require__(24964);
;// CONCATENATED MODULE: ./src/aggregate/find-reports.ts

const GLOB_CHARS = /[*?[{]/;
/** Report paths and globs (e.g. files from actions/download-artifact), relative to `baseDirectory`. */
async function findReports(patterns, baseDirectory) {
    const files = new Set();
    const unmatched = [];
    for (const pattern of patterns) {
        if (!GLOB_CHARS.test(pattern)) {
            files.add(external_node_path_.resolve(baseDirectory, pattern));
            continue;
        }
        const { glob } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(382)]).then(__webpack_require__.bind(__webpack_require__, 73382));
        const matches = await glob([pattern], { cwd: baseDirectory, absolute: true, onlyFiles: true, dot: true });
        if (matches.length === 0)
            unmatched.push(pattern);
        for (const match of matches)
            files.add(external_node_path_.resolve(match));
    }
    return { files: [...files].sort(), unmatched };
}

// EXTERNAL MODULE: ./src/model/severity.ts
var severity = __webpack_require__(11502);
// EXTERNAL MODULE: ./src/report/common.ts
var common = __webpack_require__(84069);
;// CONCATENATED MODULE: ./src/aggregate/merge.ts


const VERDICT_RANK = { pass: 0, warn: 1, fail: 2 };
const STATUS_RANK = { skipped: 0, passed: 1, failed: 2, error: 3 };
const AGGREGATE_CHECK_TITLE = 'Reports to aggregate';
/**
 * Several JSON reports (matrix legs, monorepo folders) as one result: the worst verdict, every finding
 * once (same fingerprint and image → one, blocking if any leg blocked it), checks merged by id. A report
 * that is missing or malformed becomes a required check in error, so the verdict fails closed (exit 2)
 * while the reports that could be read are still summarised.
 */
function mergeReports(reports, problems, toolVersion) {
    const findings = (0,common/* rankFindings */.JM)(mergeFindings(reports.map(r => r.report.findings)));
    const fixed = reports.some(r => r.report.fixed)
        ? (0,common/* rankFindings */.JM)(mergeFindings(reports.map(r => r.report.fixed ?? [])))
        : undefined;
    const counts = (0,severity/* emptyCounts */.W1)();
    let blockingCount = 0;
    let suppressedCount = 0;
    for (const f of findings) {
        if (f.suppressedBy)
            suppressedCount++;
        else
            counts[f.severity]++;
        if (f.blocking)
            blockingCount++;
    }
    const checks = mergeChecks(reports);
    if (problems.length > 0 || reports.length === 0)
        checks.unshift(problemCheck(problems));
    const failedClosed = checks.some(c => c.required && c.status === 'error');
    const verdict = failedClosed ? 'fail' : worstVerdict(reports.map(r => r.report.verdict));
    const reasons = [
        ...problems.map(p => `${p.label}: ${p.message}`),
        ...(reports.length === 0 ? ['no report to aggregate'] : []),
        ...reports.flatMap(r => r.report.reasons.map(reason => `${r.label}: ${reason}`))
    ];
    const started = reports.map(r => r.report.startedAt).sort()[0];
    return {
        verdict,
        reasons,
        mode: reports.some(r => r.report.mode === 'enforce') || reports.length === 0 ? 'enforce' : 'warn',
        policySource: unique(reports.map(r => r.report.policy.source)).join(', ') || 'none',
        checks,
        findings,
        ...(fixed ? { fixed } : {}),
        counts,
        blockingCount,
        suppressedCount,
        images: unique(reports.flatMap(r => r.report.images)),
        imageSummaries: uniqueBy(reports.flatMap(r => r.report.imageSummaries), (s) => s.image),
        dockerfiles: unique(reports.flatMap(r => r.report.dockerfiles)),
        startedAt: started ?? new Date().toISOString(),
        durationMs: Math.max(0, ...reports.map(r => r.report.durationMs)),
        toolVersion
    };
}
function mergeFindings(lists) {
    const byKey = new Map();
    for (const list of lists) {
        for (const f of list) {
            const key = `${f.fingerprint}\u0000${f.image ?? ''}`;
            const seen = byKey.get(key);
            if (seen)
                seen.blocking ||= f.blocking;
            else
                byKey.set(key, toFinding(f));
        }
    }
    return [...byKey.values()];
}
/** The report's finding back as the model's, field by field (the report's extra fields stay behind). */
function toFinding(f) {
    const out = {
        check: f.check,
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        blocking: f.blocking
    };
    if (f.location)
        out.location = f.location;
    if (f.image !== undefined)
        out.image = f.image;
    if (f.package)
        out.package = f.package;
    if (f.helpUri !== undefined)
        out.helpUri = f.helpUri;
    if (f.suppressedBy)
        out.suppressedBy = f.suppressedBy;
    if (f.comparison)
        out.comparison = f.comparison;
    if (f.vulnerability)
        out.vulnerability = f.vulnerability;
    return out;
}
function mergeChecks(reports) {
    const byId = new Map();
    for (const { report } of reports) {
        for (const c of report.checks) {
            const seen = byId.get(c.id);
            if (!seen) {
                byId.set(c.id, { ...c });
                continue;
            }
            if (STATUS_RANK[c.status] > STATUS_RANK[seen.status])
                seen.status = c.status;
            seen.required ||= c.required;
            seen.durationMs = Math.max(seen.durationMs, c.durationMs);
            seen.findingCount += c.findingCount;
            seen.blockingCount += c.blockingCount;
            if (c.detail && c.detail !== seen.detail)
                seen.detail = seen.detail ? `${seen.detail}; ${c.detail}` : c.detail;
        }
    }
    return [...byId.values()];
}
function problemCheck(problems) {
    const detail = problems.length > 0
        ? problems.map(p => `${p.label}: ${p.message}`).join('; ')
        : 'no report to aggregate; check the paths and that every matrix leg uploaded its report';
    return {
        id: 'policy',
        title: AGGREGATE_CHECK_TITLE,
        status: 'error',
        required: true,
        durationMs: 0,
        findingCount: 0,
        blockingCount: 0,
        detail
    };
}
function worstVerdict(verdicts) {
    return verdicts.reduce((worst, v) => (VERDICT_RANK[v] > VERDICT_RANK[worst] ? v : worst), 'pass');
}
function unique(items) {
    return [...new Set(items)];
}
function uniqueBy(items, key) {
    const seen = new Set();
    return items.filter(item => !seen.has(key(item)) && (seen.add(key(item)), true));
}

;// CONCATENATED MODULE: ./src/aggregate/index.ts





/**
 * `imagegate aggregate` and the action's `aggregate` input: read every report the patterns name, merge
 * the readable ones, and fail closed naming each report that is missing or malformed.
 */
async function aggregateReports(patterns, baseDirectory, toolVersion) {
    const { files, unmatched } = await findReports(patterns, baseDirectory);
    const problems = unmatched.map(pattern => ({
        label: pattern,
        message: 'no report matches this pattern'
    }));
    const reports = [];
    for (const file of files) {
        const label = labelOf(file, baseDirectory);
        const read = readJsonReport(file);
        if (read.ok)
            reports.push({ label, report: read.report });
        // The reader names the absolute file; the label is what the user wrote, relative to the base.
        else
            problems.push({ label, message: read.errors.map(e => e.replace(`${file}: `, '')).join('; ') });
    }
    // The files read are inputs: reports written afterwards must never land on one of them.
    return { result: mergeReports(reports, problems, toolVersion), readFiles: files };
}
function labelOf(file, base) {
    const relative = (0,paths/* posixRelative */.q)(base, file);
    return relative.startsWith('..') || external_node_path_.isAbsolute(relative) ? file : relative;
}


/***/ })

};
