export const id = 80;
export const ids = [80];
export const modules = {

/***/ 8080:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  describeIgnoreRule: () => (/* reexport */ describeIgnoreRule),
  findIgnoreRule: () => (/* reexport */ findIgnoreRule),
  loadIgnoreFiles: () => (/* reexport */ loadIgnoreFiles),
  splitIgnoreRules: () => (/* reexport */ splitIgnoreRules)
});

// UNUSED EXPORTS: isIgnoreRuleExpired

;// CONCATENATED MODULE: ./src/scanners/ignore/describe.ts
/** `.trivyignore:12`, or just the file when the line is unknown. */
function describeSource(rule) {
    return rule.source.line === undefined ? rule.source.file : `${rule.source.file}:${rule.source.line}`;
}
/** `.trivyignore:3 (CVE-2024-1)`, `.grype.yaml:7 (package type gem)`: where the rule is and what it names. */
function describeIgnoreRule(rule) {
    const what = [];
    if (rule.id)
        what.push(rule.id);
    const pkg = rule.package ?? {};
    const pkgParts = ['name', 'version', 'type', 'language', 'location']
        .filter(key => pkg[key] !== undefined)
        .map(key => `${key} ${pkg[key]}`);
    if (pkgParts.length > 0)
        what.push(`package ${pkgParts.join(', ')}`);
    if (rule.purls)
        what.push(rule.purls.join(', '));
    if (rule.paths)
        what.push(`in ${rule.paths.join(', ')}`);
    if (rule.fixState)
        what.push(`fix-state ${rule.fixState}`);
    return what.length > 0 ? `${describeSource(rule)} (${what.join('; ')})` : describeSource(rule);
}

// EXTERNAL MODULE: ./src/policy/date.ts
var policy_date = __webpack_require__(9764);
// EXTERNAL MODULE: ./src/verdict/exceptions.ts
var exceptions = __webpack_require__(1379);
;// CONCATENATED MODULE: ./src/scanners/ignore/expiry.ts


// What Go's yaml.v3 decodes into time.Time (Trivy's `expired_at`), minus the zone-less forms.
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|z|[+-]\d{2}:\d{2})$/;
/**
 * An expiry as imagegate stores it: a `YYYY-MM-DD` date stays as it is, a timestamp becomes UTC ISO.
 * Returns an error message for anything else.
 */
function normaliseExpiry(text) {
    if ((0,policy_date/* isCalendarDate */.t)(text))
        return { expires: text };
    const match = TIMESTAMP.exec(text);
    if (match && (0,policy_date/* isCalendarDate */.t)(match[1])) {
        const [, day, hours, minutes, seconds, fraction = '', zone] = match;
        const instant = Date.parse(`${day}T${hours}:${minutes}:${seconds}${fraction}${zone.toUpperCase()}`);
        if (!Number.isNaN(instant))
            return { expires: new Date(instant).toISOString() };
    }
    return {
        error: `must be a real date written YYYY-MM-DD, e.g. 2027-01-31, or a timestamp with a zone, e.g. 2027-01-31T12:00:00Z (got ${JSON.stringify(text)})`
    };
}
/**
 * A date applies through the whole of that UTC day, as policy exceptions do (Trivy stops at the
 * start of it); a timestamp applies until that instant.
 */
function isIgnoreRuleExpired(rule, now) {
    const { expires } = rule;
    if (!expires)
        return false;
    // One day rule for policy exceptions and ignore files: reuse the exceptions' own check.
    if ((0,policy_date/* isCalendarDate */.t)(expires))
        return (0,exceptions/* isExpired */._d)({ id: rule.id ?? '', reason: '', expires }, now);
    // An expiry that is neither form (a rule built by hand) counts as expired, never as forever.
    const end = Date.parse(expires);
    return Number.isNaN(end) || now.getTime() > end;
}
function splitIgnoreRules(rules, now) {
    const active = [];
    const expired = [];
    for (const rule of rules)
        (isIgnoreRuleExpired(rule, now) ? expired : active).push(rule);
    return { active, expired };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/policy/problems.ts
var problems = __webpack_require__(9936);
// EXTERNAL MODULE: ./src/policy/suggest.ts
var suggest = __webpack_require__(5016);
// EXTERNAL MODULE: ./src/policy/yaml-source.ts
var yaml_source = __webpack_require__(7817);
;// CONCATENATED MODULE: ./src/scanners/ignore/yaml-reader.ts





/**
 * Reads an ignore file's YAML one field at a time, collecting every mistake with its line, column
 * and field name, so one ConfigError lists them all (as policy errors do).
 */
class YamlReader {
    file;
    root;
    index;
    problems = [];
    constructor(text, file) {
        this.file = file;
        const parsed = (0,yaml_source/* parseYamlWithPositions */.$)(text, file);
        this.root = parsed.value;
        this.index = parsed.index;
    }
    /** 1-based line of the value at `path`, for a rule's `source`. */
    line(path) {
        return this.index.valueAt(path.map(String))?.line;
    }
    problem(path, message, at = 'value') {
        const segments = path.map(String);
        const point = at === 'key' ? this.index.keyAt(segments) : this.index.valueAt(segments);
        this.problems.push({ message, position: { file: this.file, ...point, field: fieldName(path) } });
    }
    /** A mapping, or undefined (with a problem) when the value is something else. */
    mapping(value, path, what) {
        if (value !== null && typeof value === 'object' && !Array.isArray(value))
            return value;
        this.problem(path, `must be ${what} (got ${(0,problems/* show */.W)(value)})`);
        return undefined;
    }
    /** The top-level mapping; an empty file reads as an empty mapping. */
    rootMapping(what) {
        return this.root === undefined || this.root === null ? {} : this.mapping(this.root, [], what);
    }
    /** A list; an empty value (`ignore:`) reads as an empty list. */
    list(value, path) {
        if (value === null || value === undefined)
            return [];
        if (Array.isArray(value))
            return value;
        this.problem(path, `must be a list (got ${(0,problems/* show */.W)(value)})`);
        return [];
    }
    /** Keys outside `allowed` are mistakes: a misspelt key would otherwise widen or void the rule unseen. */
    onlyKeys(map, allowed, path) {
        for (const key of Object.keys(map)) {
            if (allowed.includes(key))
                continue;
            const suggestion = (0,suggest/* closestMatch */.h)(key, allowed);
            const hint = suggestion ? `did you mean \`${suggestion}\`?` : `allowed here: ${allowed.join(', ')}`;
            this.problem([...path, key], `unknown key; ${hint}`, 'key');
        }
    }
    /** A non-empty string, or undefined when the key is absent. Numbers are refused, not converted. */
    string(map, key, path) {
        const value = map[key];
        if (value === undefined || value === null)
            return undefined;
        if (typeof value === 'string' && value.trim() !== '')
            return value.trim();
        const quote = typeof value === 'number' ? `; quote it ('${String(value)}') so it stays text` : '';
        this.problem([...path, key], `must be a non-empty string (got ${(0,problems/* show */.W)(value)})${quote}`);
        return undefined;
    }
    boolean(map, key, path) {
        const value = map[key];
        if (value === undefined || value === null)
            return undefined;
        if (typeof value === 'boolean')
            return value;
        this.problem([...path, key], `must be true or false (got ${(0,problems/* show */.W)(value)})`);
        return undefined;
    }
    stringList(map, key, path) {
        const value = map[key];
        if (value === undefined || value === null)
            return undefined;
        const items = this.list(value, [...path, key]);
        const strings = [];
        items.forEach((item, i) => {
            if (typeof item === 'string' && item.trim() !== '')
                strings.push(item.trim());
            else
                this.problem([...path, key, i], `must be a non-empty string (got ${(0,problems/* show */.W)(item)})`);
        });
        return strings;
    }
    /** A `YYYY-MM-DD` date or a zoned timestamp, normalised (see `normaliseExpiry`). */
    expiry(map, key, path) {
        const text = this.string(map, key, path);
        if (text === undefined)
            return undefined;
        const result = normaliseExpiry(text);
        if ('expires' in result)
            return result.expires;
        this.problem([...path, key], result.error);
        return undefined;
    }
    /** Throws one ConfigError listing every problem found, in file order. */
    throwIfProblems() {
        if (this.problems.length === 0)
            return;
        const problems = [...this.problems].sort((a, b) => (a.position.line ?? 0) - (b.position.line ?? 0) || (a.position.column ?? 0) - (b.position.column ?? 0));
        throw new errors/* ConfigError */.xL(problems.map(errors/* formatProblem */.Vw).join('\n'), problems);
    }
}
/** `ignore[2].package.name`, the way policy errors name fields. */
function fieldName(path) {
    let name = '';
    for (const segment of path)
        name += typeof segment === 'number' ? `[${segment}]` : name ? `.${segment}` : segment;
    return name || undefined;
}

;// CONCATENATED MODULE: ./src/scanners/ignore/grype-yaml.ts


const RULE_KEYS = [
    'vulnerability',
    'include-aliases',
    'reason',
    'fix-state',
    'package',
    'namespace',
    'vex-status',
    'vex-justification',
    'match-type',
    // imagegate's extension: Grype has no expiry (anchore/grype#452). `expired_at` is Trivy's spelling.
    'expires',
    'expired_at'
];
const PACKAGE_KEYS = ['name', 'version', 'language', 'type', 'location', 'upstream-name'];
const FIX_STATES = ['fixed', 'not-fixed', 'wont-fix', 'unknown'];
/** Facts merged findings do not carry, so rules using them cannot be checked. */
const UNSUPPORTED_KEYS = ['namespace', 'match-type', 'vex-status', 'vex-justification'];
/**
 * The `ignore:` list of a Grype config. Other Grype settings in the file are not read; `profiles`
 * are not applied (a note says so). Grype decodes leniently; here unknown keys inside a rule are
 * errors, since a misspelt `vulnerability` would leave a package-wide rule behind.
 */
function parseGrypeConfig(text, file) {
    const reader = new YamlReader(text, file);
    const notes = [];
    const rules = [];
    const root = reader.rootMapping('a Grype configuration mapping');
    if (root) {
        if (root.profiles !== undefined && root.profiles !== null)
            notes.push(`${file}: \`profiles\` are not applied; imagegate reads only the top-level \`ignore\` list`);
        reader.list(root.ignore, ['ignore']).forEach((value, i) => {
            const rule = readRule(reader, value, ['ignore', i]);
            if (!rule)
                return;
            const note = inertReason(rule);
            if (note)
                notes.push(`${describeIgnoreRule(rule)}: ${note}`);
            rules.push(rule);
        });
    }
    reader.throwIfProblems();
    return { rules, notes };
}
function readRule(reader, value, path) {
    const map = reader.mapping(value, path, 'a mapping of rule fields, e.g. `vulnerability: CVE-2024-1234`');
    if (!map)
        return undefined;
    reader.onlyKeys(map, RULE_KEYS, path);
    const rule = {
        source: { file: reader.file, line: reader.line(path) },
        format: 'grype',
        kind: 'vulnerability',
        includeAliases: reader.boolean(map, 'include-aliases', path) ?? false
    };
    const id = reader.string(map, 'vulnerability', path);
    if (id !== undefined)
        rule.id = id;
    const reason = reader.string(map, 'reason', path);
    if (reason !== undefined)
        rule.reason = reason;
    const fixState = reader.string(map, 'fix-state', path);
    if (fixState !== undefined) {
        if (FIX_STATES.includes(fixState))
            rule.fixState = fixState;
        else
            reader.problem([...path, 'fix-state'], `must be one of ${FIX_STATES.join(', ')} (got ${JSON.stringify(fixState)})`);
    }
    if (map.expires !== undefined && map.expired_at !== undefined)
        reader.problem([...path, 'expired_at'], 'give the date once, as `expires` (not both `expires` and `expired_at`)', 'key');
    const expires = reader.expiry(map, 'expires', path) ?? reader.expiry(map, 'expired_at', path);
    if (expires !== undefined)
        rule.expires = expires;
    const unsupported = UNSUPPORTED_KEYS.filter(key => reader.string(map, key, path) !== undefined);
    if (map.package !== undefined && map.package !== null) {
        const pkgPath = [...path, 'package'];
        const pkg = reader.mapping(map.package, pkgPath, 'a mapping with name, version, type, language or location');
        if (pkg) {
            reader.onlyKeys(pkg, PACKAGE_KEYS, pkgPath);
            const fields = {};
            for (const key of ['name', 'version', 'type', 'language', 'location']) {
                const text = reader.string(pkg, key, pkgPath);
                if (text !== undefined)
                    fields[key] = text;
            }
            if (Object.keys(fields).length > 0)
                rule.package = fields;
            if (reader.string(pkg, 'upstream-name', pkgPath) !== undefined)
                unsupported.push('package.upstream-name');
        }
    }
    if (unsupported.length > 0)
        rule.unsupported = unsupported;
    return rule;
}
/** Why a rule can never ignore anything, for a note; undefined for a rule that can. */
function inertReason(rule) {
    if (rule.unsupported?.some(key => key.startsWith('vex-')))
        return 'VEX rules apply to VEX documents, which imagegate does not read; this rule ignores nothing';
    if (rule.unsupported)
        return `imagegate cannot check ${rule.unsupported.join(', ')} on merged findings, so this rule ignores nothing`;
    if (!rule.id && !rule.package && !rule.fixState)
        return 'the rule sets no condition, so it ignores nothing (as in Grype)';
    return undefined;
}

// EXTERNAL MODULE: ./src/scanners/reports/package-key.ts
var package_key = __webpack_require__(9853);
;// CONCATENATED MODULE: ./src/scanners/ignore/purl.ts

/** Parses `pkg:type/namespace/name@version?qualifiers#subpath`; returns an error message when malformed. */
function parsePurl(text) {
    const bad = (why) => ({ error: `not a package URL (${why}): ${JSON.stringify(text)}` });
    if (!/^pkg:/i.test(text))
        return bad('it must start with `pkg:`');
    let rest = text.slice(4).replace(/^\/+/, '');
    let subpath;
    let qualifiers;
    const hash = rest.indexOf('#');
    if (hash >= 0)
        [rest, subpath] = [rest.slice(0, hash), rest.slice(hash + 1)];
    const query = rest.indexOf('?');
    if (query >= 0)
        [rest, qualifiers] = [rest.slice(0, query), rest.slice(query + 1)];
    let version;
    // Only an `@` after the last `/` starts the version: `pkg:npm/@scope/name` has none.
    const at = rest.lastIndexOf('@');
    if (at > rest.lastIndexOf('/'))
        [rest, version] = [rest.slice(0, at), rest.slice(at + 1)];
    const segments = rest.split('/').filter(s => s !== '');
    if (segments.length < 2)
        return bad('it needs a type and a name, e.g. `pkg:npm/lodash`');
    let decoded;
    try {
        decoded = segments.map(decodeURIComponent);
        if (version !== undefined)
            version = decodeURIComponent(version);
    }
    catch {
        return bad('a percent-escape is broken');
    }
    const [type, ...path] = decoded;
    const name = path.pop();
    return {
        type: type.toLowerCase(),
        ...(path.length > 0 ? { namespace: path.join('/') } : {}),
        name,
        ...(version ? { version } : {}),
        ...(qualifiers ? { qualifiers } : {}),
        ...(subpath ? { subpath } : {})
    };
}
const OS_TYPES = new Set(['deb', 'rpm', 'apk', 'alpm']);
/**
 * Whether a purl from a rule names this package. Findings carry no purl, so the purl's parts are
 * compared with the package's type, name and version, the way Trivy derives names from purls:
 * OS packages by name alone (the namespace is the distro, and an image has one), others as
 * `namespace/name`. Names then compare as the merge identifies packages (reports/package-key.ts):
 * case-insensitively, PyPI names by PEP 503, Maven by artifactId. No version means any version.
 */
function purlMatchesPackage(purl, pkg) {
    if (purl.qualifiers !== undefined || purl.subpath !== undefined)
        return false;
    // Merged findings already name their ecosystem by purl type (reports/package-key.ts).
    if (purl.type !== pkg.type)
        return false;
    if (purl.version !== undefined && purl.version !== pkg.version)
        return false;
    const separator = purl.type === 'maven' ? ':' : '/';
    const expected = OS_TYPES.has(purl.type) || purl.namespace === undefined
        ? purl.name
        : `${purl.namespace}${separator}${purl.name}`;
    return (0,package_key/* normalisePackageName */.i_)(expected, purl.type) === (0,package_key/* normalisePackageName */.i_)(pkg.name, purl.type);
}

;// CONCATENATED MODULE: ./src/scanners/ignore/trivyignore-yaml.ts



const SECTIONS = ['vulnerabilities', 'misconfigurations', 'secrets', 'licenses'];
const ENTRY_KEYS = ['id', 'paths', 'purls', 'expired_at', 'statement'];
/**
 * `.trivyignore.yaml`: lists of `{id, paths, purls, expired_at, statement}` per kind of finding.
 * imagegate gates vulnerabilities and image secrets, so only those two lists become rules; the
 * other two are checked for mistakes (Trivy would refuse them too) and reported in `notes`.
 * Trivy decodes this file leniently; here unknown keys are errors, since a misspelt `paths` would
 * silently widen an entry to every file.
 */
function parseTrivyIgnoreYaml(text, file) {
    const reader = new YamlReader(text, file);
    const rules = [];
    const notes = [];
    const root = reader.rootMapping('a mapping with lists under vulnerabilities, misconfigurations, secrets or licenses');
    if (root) {
        reader.onlyKeys(root, SECTIONS, []);
        for (const section of SECTIONS) {
            const entries = reader.list(root[section], [section]);
            entries.forEach((entry, i) => {
                const rule = readEntry(reader, entry, [section, i]);
                if (!rule)
                    return;
                if (section === 'vulnerabilities')
                    rules.push(rule);
                if (section !== 'secrets')
                    return;
                // Trivy applies `purls` to vulnerabilities only; on a secret entry it has no effect.
                if (rule.purls)
                    notes.push(`${describeSource(rule)}: \`purls\` has no effect on a secret entry (as in Trivy)`);
                const secret = { ...rule, kind: 'secret' };
                delete secret.purls;
                rules.push(secret);
            });
            if ((section === 'misconfigurations' || section === 'licenses') && entries.length > 0)
                notes.push(`${file}: the ${entries.length} ${section} entries are not used; imagegate does not gate Trivy ${section}`);
        }
    }
    reader.throwIfProblems();
    return { rules, notes };
}
function readEntry(reader, value, path) {
    const entry = reader.mapping(value, path, 'a mapping with at least `id`');
    if (!entry)
        return undefined;
    reader.onlyKeys(entry, ENTRY_KEYS, path);
    const id = reader.string(entry, 'id', path);
    if (id === undefined && entry.id === undefined)
        reader.problem(path, 'missing required key `id` (the vulnerability or secret rule id to ignore)');
    const paths = reader.stringList(entry, 'paths', path);
    const purls = reader.stringList(entry, 'purls', path);
    purls?.forEach((purl, i) => {
        const parsed = parsePurl(purl);
        if ('error' in parsed)
            reader.problem([...path, 'purls', i], parsed.error);
    });
    const expires = reader.expiry(entry, 'expired_at', path);
    const statement = reader.string(entry, 'statement', path);
    return {
        source: { file: reader.file, line: reader.line(path) },
        format: 'trivyignore-yaml',
        kind: 'vulnerability',
        ...(id !== undefined ? { id } : {}),
        // Trivy matches its own id only (see match.ts for GHSA ids that merging made aliases).
        includeAliases: false,
        ...(paths && paths.length > 0 ? { paths } : {}),
        ...(purls && purls.length > 0 ? { purls } : {}),
        ...(statement !== undefined ? { reason: statement } : {}),
        ...(expires !== undefined ? { expires } : {})
    };
}

;// CONCATENATED MODULE: ./src/scanners/ignore/trivyignore.ts


/**
 * `.trivyignore`: one id per line, `#` comments, and an optional `exp:YYYY-MM-DD` token. As in
 * Trivy, other `key:value` tokens are ignored and the id applies to every kind of finding. Unlike
 * Trivy, which skips a line whose date it cannot read, a bad date is an error here: that line
 * would otherwise stop ignoring without a word.
 */
function parseTrivyIgnore(text, file) {
    const rules = [];
    const problems = [];
    // The comment block just above a group of lines is its reason, as in Trivy's documented example.
    let comment = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = i + 1;
        const trimmed = raw.trim();
        if (trimmed === '') {
            comment = [];
            return;
        }
        if (trimmed.startsWith('#')) {
            if (rules.at(-1)?.source.line === line - 1)
                comment = [];
            comment.push(trimmed.replace(/^#+\s*/, ''));
            return;
        }
        const hashAt = raw.search(/\s#/);
        const body = hashAt < 0 ? raw : raw.slice(0, hashAt);
        const tokens = [...body.matchAll(/\S+/g)].map(m => ({ text: m[0], column: (m.index ?? 0) + 1 }));
        const rule = {
            source: { file, line },
            format: 'trivyignore',
            kind: 'any',
            id: tokens[0].text,
            includeAliases: false
        };
        const inline = hashAt < 0
            ? ''
            : raw
                .slice(hashAt)
                .replace(/^\s*#+\s*/, '')
                .trim();
        const reason = inline || comment.filter(c => c !== '').join(' ');
        if (reason)
            rule.reason = reason;
        for (const token of tokens.slice(1)) {
            const colon = token.text.indexOf(':');
            const key = colon < 0 ? token.text : token.text.slice(0, colon);
            const position = { file, line, column: token.column, field: 'exp' };
            if (key === 'exp') {
                const date = token.text.slice(colon + 1);
                if ((0,policy_date/* isCalendarDate */.t)(date))
                    rule.expires ??= date;
                else
                    problems.push({
                        message: `must be a real date written exp:YYYY-MM-DD, e.g. exp:2027-01-31 (got ${JSON.stringify(token.text)})`,
                        position
                    });
            }
            else if (/^exp/i.test(key)) {
                // `expires:…` or `exp=…` would otherwise be dropped, and the line would never expire.
                problems.push({
                    message: `write the expiry as exp:YYYY-MM-DD (got ${JSON.stringify(token.text)})`,
                    position
                });
            }
        }
        rules.push(rule);
    });
    if (problems.length > 0)
        throw new errors/* ConfigError */.xL(problems.map(errors/* formatProblem */.Vw).join('\n'), problems);
    return rules;
}

;// CONCATENATED MODULE: ./src/scanners/ignore/load.ts






/** Grype reads the first of these it finds; `.grype.yml` and `.trivyignore.yml` are not read. */
const GRYPE_CONFIGS = ['.grype.yaml', '.grype/config.yaml'];
const NOT_READ = {
    '.grype.yml': 'rename it to `.grype.yaml`',
    '.trivyignore.yml': 'rename it to `.trivyignore.yaml`'
};
/**
 * Reads `.trivyignore`, `.trivyignore.yaml` and the Grype config (`.grype.yaml`, else
 * `.grype/config.yaml`) from the working directory, those that exist. A malformed file is a
 * ConfigError naming `file:line: field: message`; files that look meant but are not read get a note.
 */
async function loadIgnoreFiles(workingDirectory) {
    const read = (name) => readIfPresent(external_node_path_.join(workingDirectory, name), name);
    const [trivyText, trivyYamlText, ...grypeTexts] = await Promise.all(['.trivyignore', '.trivyignore.yaml', ...GRYPE_CONFIGS].map(read));
    const rules = [];
    const files = [];
    const notes = [];
    if (trivyText !== undefined) {
        files.push('.trivyignore');
        rules.push(...parseTrivyIgnore(trivyText, '.trivyignore'));
    }
    if (trivyYamlText !== undefined) {
        files.push('.trivyignore.yaml');
        const parsed = parseTrivyIgnoreYaml(trivyYamlText, '.trivyignore.yaml');
        rules.push(...parsed.rules);
        notes.push(...parsed.notes);
    }
    const grypeAt = grypeTexts.findIndex(text => text !== undefined);
    if (grypeAt >= 0) {
        const name = GRYPE_CONFIGS[grypeAt];
        files.push(name);
        const parsed = parseGrypeConfig(grypeTexts[grypeAt], name);
        rules.push(...parsed.rules);
        notes.push(...parsed.notes);
        for (const other of GRYPE_CONFIGS.slice(grypeAt + 1).filter((_, i) => grypeTexts[grypeAt + 1 + i] !== undefined))
            notes.push(`${other}: not read; Grype reads only the first config it finds, ${name}`);
    }
    const unread = await Promise.all(Object.keys(NOT_READ).map(read));
    Object.keys(NOT_READ).forEach((name, i) => {
        if (unread[i] !== undefined)
            notes.push(`${name}: not read; ${NOT_READ[name]}`);
    });
    return { rules, files, notes };
}
/** The file's text, or undefined when it does not exist; any other failure is the user's to fix. */
async function readIfPresent(file, label) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        const message = `cannot read the ignore file: ${code === 'EISDIR' ? 'it is a directory, not a file' : (0,errors/* errorMessage */.gJ)(error)}`;
        throw new errors/* ConfigError */.xL(`${label}: ${message}`, [{ message, position: { file: label } }]);
    }
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/scanners/ignore/package-types.ts

/**
 * Merged findings name ecosystems by purl type (`deb`, `maven`, `pypi`; see reports/package-key.ts),
 * so a Grype rule's `package.type` is translated the same way before comparing. Grype's
 * `java-archive` and `jenkins-plugin` both become `maven`; a name Grype does not use (`debian`)
 * stays itself and matches nothing, as in Grype.
 */
function grypeTypeMatches(ruleType, findingType) {
    return (0,package_key/* packageType */.R9)('grype', ruleType) === findingType;
}
/** Grype's `package.language`, which follows from the ecosystem; OS packages have none. */
const LANGUAGE_OF = {
    pypi: 'python',
    maven: 'java',
    npm: 'javascript',
    golang: 'go',
    gem: 'ruby',
    cargo: 'rust',
    nuget: 'dotnet',
    composer: 'php',
    pecl: 'php',
    pub: 'dart',
    swift: 'swift',
    cocoapods: 'swift',
    conan: 'c++'
};
function packageLanguage(findingType) {
    return LANGUAGE_OF[findingType];
}

;// CONCATENATED MODULE: ./src/scanners/ignore/match.ts




/**
 * The first active rule that ignores a vulnerability or image-secret finding, or undefined.
 * Like Grype and Trivy, a rule applies only when every condition it sets holds; unlike them, a
 * condition that cannot be checked (a missing fact on the finding, an unsupported key) fails, so
 * an ignore file never hides more here than its scanner would.
 */
function findIgnoreRule(finding, rules, now) {
    const detail = finding.vulnerability;
    if (finding.check !== 'vulnerabilities' || !detail)
        return undefined;
    return rules.find(rule => !isIgnoreRuleExpired(rule, now) && ruleApplies(rule, finding, detail));
}
function ruleApplies(rule, finding, detail) {
    if (rule.kind !== 'any' && rule.kind !== detail.kind)
        return false;
    if (rule.unsupported && rule.unsupported.length > 0)
        return false;
    // A rule that names nothing ignores nothing (Grype's rule), rather than everything.
    if (!rule.id && !rule.package && !rule.paths && !rule.purls && !rule.fixState)
        return false;
    if (rule.id && !idMatches(rule, finding, detail))
        return false;
    if (rule.fixState && rule.fixState !== detail.fixState)
        return false;
    if (rule.paths && !anyGlobMatches(rule.paths, detail.locations))
        return false;
    if (rule.purls && !purlsMatch(rule.purls, finding.package))
        return false;
    if (rule.package && !packageMatches(rule.package, finding.package, detail))
        return false;
    return true;
}
/**
 * Ids compare case-insensitively. A rule matches the finding's id; with `include-aliases: true`
 * (Grype) every alias too, as in Grype. Without it, GHSA aliases still count: imagegate names a
 * merged finding by its CVE where there is one, so the GHSA id Grype (or Trivy) reported as its own
 * becomes an alias, and a rule the scanner honours must not stop working because of the merge.
 * Other aliases (related CVEs, distro advisories covering several CVEs) do not, as in the scanners.
 */
function idMatches(rule, finding, detail) {
    const id = rule.id.toUpperCase();
    if (finding.rule.toUpperCase() === id)
        return true;
    if (!rule.includeAliases && !id.startsWith('GHSA-'))
        return false;
    return detail.aliases.some(alias => alias.toUpperCase() === id);
}
function packageMatches(want, pkg, detail) {
    if (want.location && !anyGlobMatches([want.location], detail.locations))
        return false;
    if (!pkg)
        return !want.name && !want.version && !want.type && !want.language;
    if (want.name && !grypeNameMatches(want.name, pkg.name))
        return false;
    if (want.version && want.version !== pkg.version)
        return false;
    if (want.type && (pkg.type === undefined || !grypeTypeMatches(want.type, pkg.type)))
        return false;
    if (want.language && (pkg.type === undefined || packageLanguage(pkg.type) !== want.language))
        return false;
    return true;
}
/**
 * Grype treats `package.name` as a regular expression anchored at both ends. A name that is not a
 * valid expression (`libstdc++6`) never matches in Grype; here it still matches itself exactly.
 */
function grypeNameMatches(pattern, name) {
    if (pattern === name)
        return true;
    try {
        return new RegExp(`^(?:${pattern})$`).test(name);
    }
    catch {
        return false;
    }
}
function purlsMatch(purls, pkg) {
    if (!pkg)
        return false;
    return purls.some(text => {
        const purl = parsePurl(text);
        return !('error' in purl) && purlMatchesPackage(purl, pkg);
    });
}
/**
 * Globs as doublestar reads them (Trivy and Grype): `*` stays in one directory, `**` crosses
 * them, dot files count. Trivy writes image paths without a leading `/` and Grype with one, so
 * both sides drop it before comparing.
 */
function anyGlobMatches(patterns, paths) {
    return patterns.some(pattern => {
        const matches = globMatcher(stripRoot(pattern));
        return paths.some(p => matches(stripRoot(p)));
    });
}
const matchers = new Map();
/** Compiled once per pattern: the same rules are tried against every finding. */
function globMatcher(pattern) {
    let matcher = matchers.get(pattern);
    if (!matcher) {
        matcher = picomatch_default()(pattern, { dot: true });
        matchers.set(pattern, matcher);
    }
    return matcher;
}
function stripRoot(path) {
    return path.replace(/^(\.\/|\/)+/, '');
}

;// CONCATENATED MODULE: ./src/scanners/ignore/index.ts






/***/ })

};
