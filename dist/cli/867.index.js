export const id = 867;
export const ids = [867];
export const modules = {

/***/ 9867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/errors.ts
/**
 * A mistake in what the user gave us (policy, inputs, paths, references). Exit code 2, one clear
 * message, never a stack trace. Anything else that escapes is an internal failure.
 */
class errors_ConfigError extends Error {
    problems;
    constructor(message, problems) {
        super(message);
        this.name = 'ConfigError';
        this.problems = problems ?? [{ message }];
    }
}
/** `FILE:LINE:COL: field: message`, the form editors and people both read. */
function formatProblem(problem) {
    const p = problem.position;
    if (!p)
        return problem.message;
    const where = [p.file, p.line, p.line !== undefined ? p.column : undefined]
        .filter(v => v !== undefined)
        .join(':');
    return p.field ? `${where}: ${p.field}: ${problem.message}` : `${where}: ${problem.message}`;
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/util/paths.ts

/** `path.relative` with forward slashes, the form reports and GitHub use on every platform. */
function posixRelative(from, to) {
    return external_node_path_.relative(from, to).split(external_node_path_.sep).join('/');
}

;// CONCATENATED MODULE: ./src/dockerfile/substitute.ts
// BuildKit defines these in the global scope; their value depends on the build, not the file.
const PLATFORM_ARGS = new Set([
    'BUILDPLATFORM',
    'BUILDOS',
    'BUILDARCH',
    'BUILDVARIANT',
    'TARGETPLATFORM',
    'TARGETOS',
    'TARGETARCH',
    'TARGETVARIANT'
]);
const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
class Unresolvable extends Error {
    cause;
    constructor(cause) {
        super(cause.variable);
        this.cause = cause;
    }
}
/**
 * Expands `$VAR`, `${VAR}`, `${VAR:-word}`, `${VAR-word}`, `${VAR:+word}`, `${VAR+word}` and quotes the way
 * BuildKit's shell lexer does for FROM. An unset or undeclared variable is fine behind `:-`/`+`; used bare, its
 * value would come from `--build-arg`, so the result is unresolved instead of a guess.
 */
function expandWord(word, args, escapeChar = '\\') {
    try {
        return { ok: true, value: expand(word, args, escapeChar) };
    }
    catch (error) {
        if (error instanceof Unresolvable)
            return { ok: false, cause: error.cause };
        throw error;
    }
}
function expand(word, args, escapeChar) {
    let out = '';
    let quote;
    for (let i = 0; i < word.length; i++) {
        const ch = word[i];
        if (quote === "'") {
            if (ch === "'")
                quote = undefined;
            else
                out += ch;
        }
        else if (ch === escapeChar && i + 1 < word.length) {
            out += word[++i];
        }
        else if ((ch === '"' || ch === "'") && quote === undefined) {
            quote = ch;
        }
        else if (ch === '"' && quote === '"') {
            quote = undefined;
        }
        else if (ch === '$') {
            const [text, next] = variable(word, i, args, escapeChar);
            out += text;
            i = next - 1;
        }
        else {
            out += ch;
        }
    }
    return out;
}
/** Expands the variable starting at `word[start] === '$'`; returns its text and the index after it. */
function variable(word, start, args, escapeChar) {
    let i = start + 1;
    if (word[i] !== '{') {
        if (i >= word.length || !NAME_START.test(word[i]))
            return ['$', i];
        while (i < word.length && NAME_CHAR.test(word[i]))
            i++;
        return [required(word.slice(start + 1, i), args), i];
    }
    const end = closingBrace(word, i);
    const expression = word.slice(start, end + 1);
    const body = word.slice(i + 1, end);
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(body)?.[0];
    if (name === undefined)
        throw new Unresolvable({ variable: body, reason: 'unsupported', expression });
    const rest = body.slice(name.length);
    if (rest === '')
        return [required(name, args), end + 1];
    const modifier = /^(:?[-+])/.exec(rest)?.[1];
    if (modifier === undefined)
        throw new Unresolvable({ variable: name, reason: 'unsupported', expression });
    const operand = rest.slice(modifier.length);
    const value = lookup(name, args);
    if (value.kind === 'unresolved')
        throw new Unresolvable(value.cause);
    // `:` treats an empty value like an unset one, as in sh.
    const isSet = value.kind === 'value' && (value.value !== '' || !modifier.startsWith(':'));
    const useOperand = modifier.endsWith('-') ? !isSet : isSet;
    const own = value.kind === 'value' && modifier.endsWith('-') ? value.value : '';
    const text = useOperand ? expand(operand, args, escapeChar) : own;
    return [text, end + 1];
}
function required(name, args) {
    const value = lookup(name, args);
    if (value.kind === 'value')
        return value.value;
    if (value.kind === 'unresolved')
        throw new Unresolvable(value.cause);
    throw new Unresolvable({ variable: name, reason: args.has(name) ? 'no-default' : 'undeclared' });
}
function lookup(name, args) {
    if (PLATFORM_ARGS.has(name))
        return { kind: 'unresolved', cause: { variable: name, reason: 'platform' } };
    return args.get(name) ?? { kind: 'unset' };
}
function closingBrace(word, open) {
    let depth = 0;
    for (let i = open; i < word.length; i++) {
        if (word[i] === '{')
            depth++;
        else if (word[i] === '}' && --depth === 0)
            return i;
    }
    throw new Unresolvable({
        variable: word.slice(open + 1),
        reason: 'unsupported',
        expression: word.slice(open - 1)
    });
}

;// CONCATENATED MODULE: ./src/dockerfile/parse.ts





const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;
/** Label for reports: relative to the working directory, forward slashes. */
function dockerfileLabel(file, workingDirectory) {
    return posixRelative(workingDirectory, external_node_path_.resolve(workingDirectory, file));
}
/** Reads a Dockerfile; a missing or unreadable one is the user's mistake, so a ConfigError naming it. */
async function readDockerfile(file, workingDirectory) {
    const absolute = external_node_path_.resolve(workingDirectory, file);
    try {
        return await (0,promises_.readFile)(absolute, 'utf8');
    }
    catch (error) {
        const code = error.code;
        const why = code === 'ENOENT'
            ? 'it does not exist'
            : code === 'EISDIR'
                ? 'it is a directory'
                : `it cannot be read (${errorMessage(error)})`;
        throw new errors_ConfigError(`Dockerfile "${dockerfileLabel(file, workingDirectory)}": ${why}`);
    }
}
async function loadDockerfile(file, workingDirectory) {
    const text = await readDockerfile(file, workingDirectory);
    return { file: dockerfileLabel(file, workingDirectory), ...(await parseDockerfile(text)) };
}
/** Parses Dockerfile text. Never throws for bad content: problems come back as data with their line. */
async function parseDockerfile(text) {
    // Imported lazily: dockerfile-ast costs ~40 ms to load and the CLI may not need it.
    const { DockerfileParser } = await __webpack_require__.e(/* import() */ 839).then(__webpack_require__.bind(__webpack_require__, 8390));
    // A BOM would shift every column on line 1 and hide an `# escape=` directive.
    const content = text.startsWith('\uFEFF') ? text.slice(1) : text;
    let ast;
    try {
        ast = DockerfileParser.parse(content);
    }
    catch (error) {
        const problems = [{ line: 1, message: `could not be parsed: ${errorMessage(error)}` }];
        return { escapeChar: '\\', globalArgs: new Map(), froms: [], problems };
    }
    const escapeChar = ast.getEscapeCharacter();
    const globalArgs = collectGlobalArgs(ast, escapeChar);
    const stages = new Set();
    const froms = ast.getFROMs().map(from => describeFrom(from, globalArgs, stages, escapeChar));
    return { escapeChar, globalArgs, froms, problems: [], ast };
}
/** Later ARGs may use earlier ones (`ARG IMAGE=${BASE}:1`), as in BuildKit's meta-arg scope. */
function collectGlobalArgs(ast, escapeChar) {
    const args = new Map();
    for (const arg of ast.getInitialARGs()) {
        for (const property of arg.getProperties()) {
            const raw = property.getValue();
            if (raw === null) {
                args.set(property.getName(), { kind: 'unset' });
                continue;
            }
            const expanded = expandWord(raw, args, escapeChar);
            args.set(property.getName(), expanded.ok ? { kind: 'value', value: expanded.value } : { kind: 'unresolved', cause: expanded.cause });
        }
    }
    return args;
}
function describeFrom(from, globalArgs, stages, escapeChar) {
    const keyword = from.getRange().start;
    const instructionLine = keyword.line + 1;
    const platform = from
        .getFlags()
        .find(flag => flag.getName() === 'platform')
        ?.getValue() ?? undefined;
    const args = from.getArguments();
    const problems = [];
    const first = args[0];
    if (first === undefined) {
        return {
            kind: 'missing',
            line: instructionLine,
            column: keyword.character + 1,
            instructionLine,
            platform,
            problems
        };
    }
    let stage;
    if (args.length === 3 && args[1].getValue().toLowerCase() === 'as') {
        stage = args[2].getValue();
        if (!STAGE_NAME.test(stage.toLowerCase())) {
            problems.push(`"${stage}" is not a valid stage name; start with a letter, then letters, digits, "-", "_" or "."`);
        }
    }
    else if (args.length !== 1) {
        const extra = args
            .slice(1)
            .map(a => a.getValue())
            .join(' ');
        problems.push(`FROM takes an image and an optional "AS name", but "${extra}" follows the image`);
    }
    const start = first.getRange().start;
    const rawImage = first.getValue();
    const base = {
        line: start.line + 1,
        column: start.character + 1,
        instructionLine,
        rawImage,
        platform,
        stage,
        problems
    };
    const expanded = expandWord(rawImage, globalArgs, escapeChar);
    const result = expanded.ok
        ? { ...base, kind: classify(expanded.value, stages), image: expanded.value }
        : { ...base, kind: 'image', unresolved: expanded.cause };
    // Registered after classifying, so `FROM x AS x` still names the image x. BuildKit lowercases stage names.
    if (stage !== undefined)
        stages.add(stage.toLowerCase());
    return result;
}
function classify(image, stages) {
    const lower = image.toLowerCase();
    if (lower === 'scratch')
        return 'scratch';
    return stages.has(lower) ? 'stage' : 'image';
}

;// CONCATENATED MODULE: ./src/checks/pinning/image-reference.ts

const DEFAULT_REGISTRY = 'docker.io';
// The distribution reference grammar (github.com/distribution/reference, regexp.go).
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const HOST_LABEL = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
const IPV6_HOST = /^\[[a-fA-F0-9:]+\]$/;
const PORT = /^[0-9]+$/;
const DIGEST_ALGORITHM = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*$/;
// go-digest only accepts these algorithms; the hex length is fixed by each.
const DIGEST_HEX_LENGTH = { sha256: 64, sha384: 96, sha512: 128 };
const NAME_MAX_LENGTH = 255;
/** Docker's rule: the first component is a registry when it has `.` or `:` or is `localhost`. */
function looksLikeRegistry(component) {
    return component.includes('.') || component.includes(':') || component === 'localhost';
}
/** `index.docker.io` and `docker.io` are the same registry; host names are case-insensitive. */
function normalizeRegistry(registry) {
    const lower = registry.toLowerCase();
    return lower === 'index.docker.io' || lower === 'registry-1.docker.io' ? DEFAULT_REGISTRY : lower;
}
/** Parses without throwing, for references read from files (a finding) rather than inputs (an error). */
function tryParseImageReference(text) {
    const fail = (reason) => ({ ok: false, reason });
    if (text === '')
        return fail('it is empty');
    if (/\s/.test(text))
        return fail('it contains whitespace');
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        const problem = digestProblem(digest);
        if (problem)
            return fail(problem);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag)) {
            return fail(`tag "${tag}" is invalid; tags are 1-128 letters, digits, "_", "." or "-", not starting with "." or "-"`);
        }
    }
    if (rest === '')
        return fail('it has no repository name');
    let registry = DEFAULT_REGISTRY;
    let path = rest;
    const slash = rest.indexOf('/');
    if (slash !== -1 && looksLikeRegistry(rest.slice(0, slash))) {
        const problem = registryProblem(rest.slice(0, slash));
        if (problem)
            return fail(problem);
        registry = normalizeRegistry(rest.slice(0, slash));
        path = rest.slice(slash + 1);
    }
    if (path !== path.toLowerCase())
        return fail('repository names must be lowercase');
    for (const component of path.split('/')) {
        if (component === '')
            return fail('the repository path has an empty component');
        if (!PATH_COMPONENT.test(component)) {
            return fail(`"${component}" is not a valid repository path component; use lowercase letters and digits separated by ".", "_", "__" or "-"`);
        }
    }
    if (rest.length > NAME_MAX_LENGTH)
        return fail(`the name is longer than ${NAME_MAX_LENGTH} characters`);
    if (registry === DEFAULT_REGISTRY && !path.includes('/'))
        path = `library/${path}`;
    const name = familiarName(registry, path);
    const familiar = name + (tag !== undefined ? `:${tag}` : '') + (digest !== undefined ? `@${digest}` : '');
    return { ok: true, reference: { original: text, registry, repository: path, tag, digest, familiar } };
}
/** For user input: a bad reference is a configuration error (exit 2) that names it and says what is wrong. */
function parseImageReference(text) {
    const result = tryParseImageReference(text);
    if (!result.ok)
        throw new ConfigError(`invalid image reference "${text}": ${result.reason}`);
    return result.reference;
}
/** `registry/repository`, the string allow-list patterns match against. */
function describeRegistryPath(reference) {
    return `${reference.registry}/${reference.repository}`;
}
/** The name without tag or digest, in docker's short form (`alpine`, `ghcr.io/acme/app`). */
function familiarName(registry, repository) {
    if (registry !== DEFAULT_REGISTRY)
        return `${registry}/${repository}`;
    const parts = repository.split('/');
    return parts.length === 2 && parts[0] === 'library' ? parts[1] : repository;
}
function digestProblem(digest) {
    const colon = digest.indexOf(':');
    if (colon === -1)
        return `digest "${digest}" must be algorithm:hex, e.g. sha256:<64 hex characters>`;
    const algorithm = digest.slice(0, colon);
    const hex = digest.slice(colon + 1);
    if (!DIGEST_ALGORITHM.test(algorithm))
        return `digest "${digest}" has an invalid algorithm "${algorithm}"`;
    const length = DIGEST_HEX_LENGTH[algorithm];
    if (length === undefined)
        return `digest algorithm "${algorithm}" is not supported; use sha256, sha384 or sha512`;
    if (hex.length !== length || !/^[a-f0-9]+$/.test(hex)) {
        return `digest "${digest}" is invalid; ${algorithm} digests are ${length} lowercase hex characters`;
    }
    return undefined;
}
function registryProblem(registry) {
    let host = registry;
    const portAt = registry.startsWith('[') ? registry.indexOf(']:') + 1 : registry.lastIndexOf(':');
    if (portAt > 0) {
        host = registry.slice(0, portAt);
        if (!PORT.test(registry.slice(portAt + 1)))
            return `registry "${registry}" has an invalid port`;
    }
    const valid = IPV6_HOST.test(host) || host.split('.').every(label => HOST_LABEL.test(label));
    return valid ? undefined : `registry "${registry}" is not a valid host name`;
}

;// CONCATENATED MODULE: ./src/checks/pinning/registry-allow.ts


const FIELD = 'images.registries.allow';
/**
 * Normalizes a pattern like an image name, so `docker.io/library/*` and `alpine` mean what docker means.
 * A lone registry (`ghcr.io`, `localhost:5000`) stands for everything on it; a leading `**` is left alone.
 */
function normalizeAllowPattern(pattern) {
    const trimmed = pattern.trim();
    if (trimmed === '')
        throw allowError(pattern, 'it is empty');
    if (/\s/.test(trimmed))
        throw allowError(pattern, 'it contains whitespace');
    if (trimmed.includes('@'))
        throw allowError(pattern, 'patterns match registry/repository, not digests');
    if (trimmed.startsWith('**'))
        return trimmed;
    const slash = trimmed.indexOf('/');
    if (slash === -1) {
        if (looksLikeRegistry(trimmed))
            return `${normalizeRegistry(trimmed)}/**`;
        return trimmed === '**' ? `${DEFAULT_REGISTRY}/**` : `${DEFAULT_REGISTRY}/library/${trimmed}`;
    }
    if (trimmed.lastIndexOf(':') > trimmed.lastIndexOf('/')) {
        throw allowError(pattern, 'patterns match registry/repository, not tags');
    }
    const first = trimmed.slice(0, slash);
    // A glob in the first of several components can only be meant as a registry (`*/acme/app`).
    if (!looksLikeRegistry(first) && !first.includes('*'))
        return `${DEFAULT_REGISTRY}/${trimmed}`;
    const registry = first.includes('*') ? first.toLowerCase() : normalizeRegistry(first);
    const path = trimmed.slice(slash + 1);
    if (registry === DEFAULT_REGISTRY && !path.includes('/') && path !== '**')
        return `${registry}/library/${path}`;
    return `${registry}/${path}`;
}
/** `*` stays within one path segment, `**` crosses segments (and `**\/` may match none). */
function globToRegExp(glob) {
    let source = '';
    for (let i = 0; i < glob.length;) {
        if (glob.startsWith('**/', i)) {
            source += '(?:.*/)?';
            i += 3;
        }
        else if (glob.startsWith('**', i)) {
            source += '.*';
            i += 2;
        }
        else if (glob[i] === '*') {
            source += '[^/]*';
            i += 1;
        }
        else {
            source += glob[i].replace(/[\\^$.|?+()[\]{}]/g, '\\$&');
            i += 1;
        }
    }
    return new RegExp(`^${source}$`);
}
/** Compiles the policy's allow list once per run; a malformed pattern is a ConfigError naming it. */
function compileAllowList(patterns) {
    const regexps = patterns.map(p => globToRegExp(normalizeAllowPattern(p)));
    return {
        patterns: [...patterns],
        allows: reference => {
            if (regexps.length === 0)
                return true;
            const target = describeRegistryPath(reference);
            return regexps.some(re => re.test(target));
        }
    };
}
function isRegistryAllowed(reference, patterns) {
    return compileAllowList(patterns).allows(reference);
}
function allowError(pattern, why) {
    return new errors_ConfigError(`${FIELD}: invalid pattern "${pattern}": ${why}`);
}
const compiled = new Map();
/**
 * Whether an exception's `image` pattern covers a finding's image. Matches `registry/repository` like the
 * allow list; a tag or digest in the pattern (`alpine:3.*`, `alpine@sha256:…`) must match too. Images that
 * are not valid references (an unresolved `${BASE}`) are compared as written. Never throws.
 */
function matchesImagePattern(pattern, image) {
    const parsed = tryParseImageReference(image);
    if (!parsed.ok)
        return cachedRegExp(`raw:${pattern}`, () => globToRegExp(pattern.trim()))?.test(image) ?? false;
    const ref = parsed.reference;
    const { name, tag, digest } = splitPattern(pattern.trim());
    const nameRe = cachedRegExp(`name:${name}`, () => globToRegExp(normalizeAllowPattern(name)));
    if (!nameRe?.test(describeRegistryPath(ref)))
        return false;
    if (digest !== undefined && ref.digest !== digest)
        return false;
    if (tag === undefined)
        return true;
    return (ref.tag !== undefined && (cachedRegExp(`tag:${tag}`, () => globToRegExp(tag))?.test(ref.tag) ?? false));
}
function splitPattern(pattern) {
    const at = pattern.indexOf('@');
    const digest = at === -1 ? undefined : pattern.slice(at + 1);
    const rest = at === -1 ? pattern : pattern.slice(0, at);
    const colon = rest.lastIndexOf(':');
    // `localhost:5000` is a registry with a port, not a repository with a tag.
    if (colon <= rest.lastIndexOf('/') || (!rest.includes('/') && looksLikeRegistry(rest.slice(0, colon)))) {
        return { name: rest, digest };
    }
    return { name: rest.slice(0, colon), tag: rest.slice(colon + 1), digest };
}
function cachedRegExp(key, build) {
    if (!compiled.has(key)) {
        try {
            compiled.set(key, build());
        }
        catch {
            compiled.set(key, undefined);
        }
    }
    return compiled.get(key);
}

;// CONCATENATED MODULE: ./src/checks/pinning/rules.ts
/** The README's rule reference and `imagegate rules` are generated from this table. */
const PINNING_RULES = [
    {
        id: 'IG100',
        severity: 'high',
        title: 'FROM has no image',
        description: 'A `FROM` instruction without an image cannot build, and nothing about its base image can be checked. ' +
            'Name the base image, pinned by tag and digest.'
    },
    {
        id: 'IG101',
        severity: 'high',
        title: 'Image uses the `latest` tag',
        description: 'An image reference or `FROM` uses the tag `latest` without a digest (policy `images.tags.forbidLatest`). ' +
            '`latest` moves whenever upstream pushes, so builds are not reproducible and a reviewed image can be ' +
            'silently replaced. Pin a version tag and a digest, e.g. `alpine:3.20@sha256:…`. A reference that ' +
            'carries a digest is pinned by it and is not reported.'
    },
    {
        id: 'IG102',
        severity: 'high',
        title: 'Image has no tag',
        description: 'An image reference or `FROM` has neither a tag nor a digest (policy `images.tags.forbidUntagged`), so ' +
            'docker pulls `latest`. Pin a version tag and a digest. A digest-only reference (`alpine@sha256:…`) ' +
            'is pinned and is not reported.'
    },
    {
        id: 'IG103',
        severity: 'medium',
        title: 'Image has no digest',
        description: 'An image reference or `FROM` has no `@sha256:…` digest (policy `images.tags.requireDigest`). Tags can ' +
            'be moved to different content; a digest cannot. Add the digest shown by ' +
            '`docker buildx imagetools inspect <image>`, and let a bot such as Renovate or Dependabot update it.'
    },
    {
        id: 'IG104',
        severity: 'high',
        title: 'Registry not allowed',
        description: "The image's `registry/repository` matches none of the patterns in `images.registries.allow` (checked " +
            'only when the list is non-empty). Patterns are normalized like image names, so `docker.io/library/*` ' +
            'covers `alpine`; `*` stays within one path segment and `**` crosses segments. Use an image from an ' +
            'allowed registry, or add a pattern to the policy.'
    },
    {
        id: 'IG105',
        severity: 'medium',
        title: 'FROM image cannot be resolved',
        description: 'A `FROM` uses a build argument whose value is not in the Dockerfile (an `ARG` without default, one not ' +
            'declared before the first `FROM`, or a platform variable such as `$TARGETARCH`), so its pinning cannot ' +
            'be checked. Give the `ARG` a default value before the first `FROM`.'
    },
    {
        id: 'IG106',
        severity: 'high',
        title: 'Invalid image reference in a Dockerfile',
        description: 'A `FROM` (after `ARG` substitution) is not a valid image reference, e.g. it has uppercase letters or ' +
            'a malformed digest. The build would fail and the image cannot be checked; fix the reference.'
    },
    {
        id: 'IG107',
        severity: 'high',
        title: 'Malformed FROM instruction',
        description: 'A `FROM` has extra arguments or an invalid stage name, or the Dockerfile could not be parsed at all. ' +
            'The form is `FROM [--platform=…] image [AS name]`.'
    }
];
const REPOSITORY_URL = 'https://github.com/imagegate/imagegate';
/** The README anchor for a rule, e.g. `https://github.com/imagegate/imagegate#ig101`. */
function ruleHelpUri(id) {
    return `${REPOSITORY_URL}#${id.toLowerCase()}`;
}
function pinningRule(id) {
    const rule = PINNING_RULES.find(r => r.id === id);
    if (rule === undefined)
        throw new Error(`unknown pinning rule ${id}`);
    return rule;
}

;// CONCATENATED MODULE: ./src/checks/pinning/pinning-check.ts






/** Tag pinning and registry allow-list, on the given image references and every FROM of every Dockerfile. */
const pinningCheck = {
    id: 'pinning',
    title: 'Tag pinning',
    isRequired: context => context.images.length > 0 || context.dockerfiles.length > 0,
    run: runPinning
};
async function runPinning(context) {
    const images = [...new Set(context.images)];
    const dockerfiles = [...new Set(context.dockerfiles)];
    if (images.length === 0 && dockerfiles.length === 0) {
        return { findings: [], skippedReason: 'no images or Dockerfiles to check' };
    }
    const options = context.policy.images;
    const allowList = compileAllowList(options.registries.allow);
    // Input references are the user's configuration: all bad ones are reported together, as one ConfigError.
    const parsedImages = images.map(image => ({ image, parsed: tryParseImageReference(image) }));
    const invalid = parsedImages.flatMap(({ image, parsed }) => parsed.ok ? [] : [{ message: `invalid image reference "${image}": ${parsed.reason}` }]);
    if (invalid.length > 0)
        throw new errors_ConfigError(invalid.map(p => p.message).join('; '), invalid);
    const findings = [];
    for (const { image, parsed } of parsedImages) {
        if (parsed.ok)
            findings.push(...referenceFindings(parsed.reference, options, allowList, { image }));
    }
    const loaded = await Promise.all(dockerfiles.map(file => loadDockerfile(file, context.workingDirectory)));
    let baseImages = 0;
    for (const dockerfile of loaded) {
        findings.push(...dockerfileFindings(dockerfile, options, allowList));
        baseImages += dockerfile.froms.filter(f => f.kind === 'image').length;
    }
    const notes = [
        `Checked ${images.length} image reference(s) and ${baseImages} base image(s) in ${loaded.length} Dockerfile(s)`
    ];
    for (const dockerfile of loaded) {
        if (dockerfile.froms.length === 0 && dockerfile.problems.length === 0) {
            notes.push(`${dockerfile.file} has no FROM instruction`);
        }
    }
    return { findings, notes };
}
function dockerfileFindings(dockerfile, options, allowList) {
    const findings = [];
    for (const problem of dockerfile.problems) {
        findings.push(finding('IG107', `${dockerfile.file} ${problem.message}`, {
            location: { file: dockerfile.file, line: problem.line }
        }));
    }
    for (const from of dockerfile.froms) {
        const location = { file: dockerfile.file, line: from.line, column: from.column };
        const shown = from.rawImage ?? '';
        for (const problem of from.problems) {
            findings.push(finding('IG107', `FROM ${shown} is malformed: ${problem}`, { image: from.image ?? shown, location }));
        }
        if (from.kind === 'missing') {
            findings.push(finding('IG100', 'FROM has no image; name a base image, e.g. FROM alpine:<version>@sha256:<digest>', {
                location: { file: dockerfile.file, line: from.line, column: from.column }
            }));
        }
        else if (from.unresolved) {
            findings.push(finding('IG105', unresolvedMessage(shown, from.unresolved), { image: shown, location }));
        }
        else if (from.kind === 'image' && from.image !== undefined) {
            findings.push(...fromImageFindings(from, from.image, location, options, allowList));
        }
    }
    return findings;
}
function fromImageFindings(from, image, location, options, allowList) {
    const parsed = tryParseImageReference(image);
    if (parsed.ok)
        return referenceFindings(parsed.reference, options, allowList, { image, location });
    const resolved = from.rawImage !== image ? ` (resolved to "${image}")` : '';
    const message = `FROM ${from.rawImage ?? image}${resolved} is not a valid image reference: ${parsed.reason}; fix the reference`;
    return [finding('IG106', message, { image, location })];
}
/** The pinning rules proper, shared by input images and FROM images. */
function referenceFindings(ref, options, allowList, target) {
    const findings = [];
    const shown = ref.original;
    const name = nameAsWritten(ref);
    const { forbidLatest, forbidUntagged, requireDigest } = options.tags;
    if (forbidLatest && ref.tag === 'latest' && ref.digest === undefined) {
        const message = `${shown} uses the mutable tag "latest"; pin a version tag and a digest, e.g. ${name}:<version>@sha256:<digest>`;
        findings.push(finding('IG101', message, target));
    }
    if (forbidUntagged && ref.tag === undefined && ref.digest === undefined) {
        const message = `${shown} has no tag, so it pulls whatever "latest" is; pin a version tag and a digest, e.g. ${name}:<version>@sha256:<digest>`;
        findings.push(finding('IG102', message, target));
    }
    if (requireDigest && ref.digest === undefined) {
        const tag = ref.tag === undefined || ref.tag === 'latest' ? '<version>' : ref.tag;
        const example = `${name}:${tag}@sha256:<digest>`;
        const message = `${shown} has no digest, so the tag can be moved to different content; pin it, e.g. ${example}`;
        findings.push(finding('IG103', message, target));
    }
    if (!allowList.allows(ref)) {
        const where = describeRegistryPath(ref);
        const patterns = allowList.patterns.slice(0, 3).join(', ') + (allowList.patterns.length > 3 ? ', …' : '');
        const message = `${shown} comes from ${where}, which images.registries.allow (${patterns}) does not allow; use an image from an allowed registry or add a pattern to the policy`;
        findings.push(finding('IG104', message, target));
    }
    return findings;
}
function unresolvedMessage(image, cause) {
    const prefix = `FROM ${image} cannot be checked because`;
    switch (cause.reason) {
        case 'no-default':
            return `${prefix} ARG ${cause.variable} has no default; give ${cause.variable} a default value before the first FROM`;
        case 'undeclared':
            return `${prefix} no ARG before the first FROM declares ${cause.variable}; declare it there with a default value`;
        case 'platform':
            return `${prefix} $${cause.variable} depends on the build platform; name the image without it`;
        case 'unsupported':
            return `${prefix} ${cause.expression ?? cause.variable} is a substitution imagegate does not evaluate; use \${${cause.variable}} or \${${cause.variable}:-default}`;
    }
}
/** The reference without tag and digest, spelled as the user wrote it, for fix suggestions. */
function nameAsWritten(ref) {
    let name = ref.digest !== undefined ? ref.original.slice(0, ref.original.indexOf('@')) : ref.original;
    if (ref.tag !== undefined)
        name = name.slice(0, name.length - ref.tag.length - 1);
    return name;
}
function finding(rule, message, target) {
    return {
        check: 'pinning',
        rule,
        severity: pinningRule(rule).severity,
        message,
        ...(target.location ? { location: target.location } : {}),
        ...(target.image !== undefined ? { image: target.image } : {}),
        helpUri: ruleHelpUri(rule)
    };
}

;// CONCATENATED MODULE: ./src/checks/unavailable.ts
/**
 * A check the policy can ask for but this build does not have yet. When the policy makes it
 * required it errors (so the verdict fails closed and says how to opt out); otherwise it is skipped.
 */
function unavailableCheck(spec) {
    return {
        id: spec.id,
        title: spec.title,
        isRequired: spec.isRequired,
        async run(context) {
            if (!spec.isRequired(context))
                return { findings: [], skippedReason: 'not available in this build' };
            throw new Error(`${spec.title} is required by the policy but is not available in this build of imagegate; ` +
                `upgrade imagegate, or ${spec.optOut} to gate without it`);
        }
    };
}

;// CONCATENATED MODULE: ./src/checks/registry.ts


/** Every check the gate runs, in report order. */
const ALL_CHECKS = [
    unavailableCheck({
        id: 'lint',
        title: 'Dockerfile lint',
        isRequired: c => c.dockerfiles.length > 0 && c.policy.dockerfile.failOn !== 'none',
        optOut: 'set dockerfile.failOn: none in the policy'
    }),
    pinningCheck,
    unavailableCheck({
        id: 'vulnerabilities',
        title: 'Vulnerability scan',
        isRequired: c => c.images.length > 0 && c.policy.vulnerabilities.scanners.length > 0,
        optOut: 'set vulnerabilities.scanners: [] in the policy'
    }),
    unavailableCheck({
        id: 'signatures',
        title: 'Image signatures',
        isRequired: c => c.images.length > 0 && c.policy.signatures.required,
        optOut: 'set signatures.required: false in the policy'
    })
];

;// CONCATENATED MODULE: ./src/checks/run-checks.ts

/**
 * Runs every check concurrently, timing each. A check that throws becomes status `error` with its
 * message (fail closed is the verdict engine's job); a ConfigError is the user's mistake and aborts
 * the run with exit code 2 instead.
 */
async function runChecks(checks, context, clock = () => performance.now()) {
    return Promise.all(checks.map(check => runOne(check, context, clock)));
}
async function runOne(check, context, clock) {
    const started = clock();
    const base = { id: check.id, title: check.title, required: check.isRequired(context) };
    try {
        const output = await check.run(context);
        const durationMs = Math.round(clock() - started);
        if (output.skippedReason !== undefined) {
            return { ...base, durationMs, findings: [], outcome: { kind: 'skipped', reason: output.skippedReason } };
        }
        return {
            ...base,
            durationMs,
            findings: output.findings,
            outcome: { kind: 'ran', notes: output.notes ?? [] }
        };
    }
    catch (error) {
        if (error instanceof errors_ConfigError)
            throw error;
        const durationMs = Math.round(clock() - started);
        return { ...base, durationMs, findings: [], outcome: { kind: 'error', error: errorMessage(error) } };
    }
}

;// CONCATENATED MODULE: ./src/inputs/dockerfile-globs.ts




const GLOB_CHARS = /[*?[]/;
/**
 * Expands Dockerfile patterns (`Dockerfile`, `**\/Dockerfile*`, `!vendor/**`) into sorted, unique file paths
 * relative to `workingDirectory`, forward slashes. A plain path that does not exist is a ConfigError; a glob
 * matching nothing just contributes nothing (the caller decides whether that is a mistake).
 */
async function expandDockerfileGlobs(patterns, workingDirectory) {
    const parsed = await Promise.all(patterns.map(parsePattern).flatMap(p => (p === undefined ? [] : [literalIfExists(p, workingDirectory)])));
    const plain = parsed.filter(p => !p.negate && !p.isGlob);
    const found = new Set();
    for (const p of plain)
        found.add(await requireFile(p.text, workingDirectory));
    if (!parsed.some(p => p.negate || p.isGlob))
        return [...found].sort();
    // Plain paths alone never load the glob library, which keeps the common case fast.
    const [{ glob, escapePath }, { default: picomatch }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(382)]).then(__webpack_require__.bind(__webpack_require__, 3382)),
        __webpack_require__.e(/* import() */ 6).then(__webpack_require__.t.bind(__webpack_require__, 4006, 23))
    ]);
    const included = await Promise.all(parsed
        .filter(p => !p.negate)
        .map(p => {
        // Leading `../` segments become the search root, so the working directory's own name is never a glob.
        const { base, rest } = splitBase(p.text, workingDirectory);
        const pattern = p.isGlob ? rest : escapePath(rest);
        return glob([pattern], {
            cwd: base,
            onlyFiles: true,
            dot: true,
            expandDirectories: false,
            absolute: true
        });
    }));
    const negations = parsed.filter(p => p.negate).map(p => p.text);
    const excluded = negations.length > 0 ? picomatch(negations, { dot: true }) : () => false;
    const files = included.flat().filter(file => !excluded(dockerfileLabel(file, workingDirectory)));
    found.clear();
    const named = new Set(plain.map(p => dockerfileLabel(p.text, workingDirectory)));
    for (const file of files) {
        const label = dockerfileLabel(file, workingDirectory);
        // `<name>.dockerignore` sits next to Dockerfiles and matches `Dockerfile*`, but is never one.
        if (!label.endsWith('.dockerignore') || named.has(label))
            found.add(label);
    }
    return [...found].sort();
}
/** A pattern naming an existing file literally (`app[1]/Dockerfile`) means that file, not a glob. */
async function literalIfExists(pattern, workingDirectory) {
    if (!pattern.isGlob)
        return pattern;
    const isFile = await (0,promises_.stat)(external_node_path_.resolve(workingDirectory, pattern.text)).then(s => s.isFile(), () => false);
    return isFile ? { ...pattern, isGlob: false } : pattern;
}
function splitBase(pattern, workingDirectory) {
    const segments = pattern.split('/');
    const ups = segments.findIndex(s => s !== '..' && s !== '.');
    return {
        base: external_node_path_.resolve(workingDirectory, ...segments.slice(0, ups)),
        rest: segments.slice(ups).join('/')
    };
}
function parsePattern(raw) {
    let text = raw.trim();
    if (text === '' || text.startsWith('#'))
        return undefined;
    let negate = false;
    while (text.startsWith('!')) {
        negate = !negate;
        text = text.slice(1).trim();
    }
    if (text === '')
        return undefined;
    return { text, negate, isGlob: GLOB_CHARS.test(text) };
}
async function requireFile(file, workingDirectory) {
    const label = dockerfileLabel(file, workingDirectory);
    let isFile;
    try {
        isFile = (await (0,promises_.stat)(external_node_path_.resolve(workingDirectory, file))).isFile();
    }
    catch {
        throw new errors_ConfigError(`dockerfiles: "${file}" does not exist in ${workingDirectory}`);
    }
    if (!isFile) {
        throw new errors_ConfigError(`dockerfiles: "${file}" is not a file; name the Dockerfile or use a glob like ${label}/**/Dockerfile`);
    }
    return label;
}

;// CONCATENATED MODULE: ./src/util/logger.ts
const silentLogger = {
    group: (_title, fn) => fn(),
    info: () => undefined,
    warning: () => undefined,
    debug: () => undefined
};

;// CONCATENATED MODULE: ./src/model/severity.ts
/** One ordered severity scale for every check, so one threshold language gates them all. */
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
const RANK = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };
function severityRank(severity) {
    return RANK[severity];
}
/** True when `severity` is at or above `threshold`. */
function atOrAbove(severity, threshold) {
    return RANK[severity] >= RANK[threshold];
}
function compareSeverityDesc(a, b) {
    return RANK[b] - RANK[a];
}
function emptyCounts() {
    return { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
}

;// CONCATENATED MODULE: ./src/util/text.ts
/** `25,000`: thousands separators without toLocaleString, whose first call loads ICU data (~30 ms). */
function formatCount(count) {
    return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/** `3 findings`, `1 finding`. */
function text_plural(count, noun) {
    return `${formatCount(count)} ${noun}${count === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/verdict/exceptions.ts
/** An exception applies through the whole of its `expires` day (UTC), and not after. */
function isExpired(exception, now) {
    if (!exception.expires)
        return false;
    const lastDay = Date.parse(`${exception.expires}T23:59:59.999Z`);
    return now.getTime() > lastDay;
}
function splitExceptions(exceptions, now) {
    const active = [];
    const expired = [];
    for (const e of exceptions)
        (isExpired(e, now) ? expired : active).push(e);
    return { active, expired };
}
/**
 * The first active exception that covers a finding: same id (case-insensitive), and where the
 * exception names a package or an image, the finding must match those too.
 */
function findException(finding, active, imageMatches) {
    return active.find(e => {
        if (e.id.toUpperCase() !== finding.rule.toUpperCase())
            return false;
        if (e.package !== undefined && e.package !== finding.package?.name)
            return false;
        if (e.image !== undefined && (finding.image === undefined || !imageMatches(e.image, finding.image)))
            return false;
        return true;
    });
}

;// CONCATENATED MODULE: ./src/policy/levels.ts
/** hadolint levels on the shared scale, so lint findings sort and count with everything else. */
const LINT_SEVERITY = {
    error: 'high',
    warning: 'medium',
    info: 'low',
    style: 'info'
};
function lintLevelToSeverity(level) {
    return LINT_SEVERITY[level];
}
/** `dockerfile.failOn` as a threshold on the shared scale: `warning` fails medium and above. */
function thresholdFromLintLevel(failOn) {
    return failOn === 'none' ? 'none' : LINT_SEVERITY[failOn];
}

;// CONCATENATED MODULE: ./src/verdict/thresholds.ts


/** The policy threshold that decides whether a finding from this check blocks. */
function thresholdFor(finding, policy) {
    switch (finding.check) {
        case 'pinning':
            return policy.images.failOn;
        case 'lint':
            return thresholdFromLintLevel(policy.dockerfile.failOn);
        case 'vulnerabilities':
            return policy.vulnerabilities.failOn;
        case 'signatures':
            // An unsigned image fails only when signatures are required.
            return policy.signatures.required ? 'info' : 'none';
        case 'policy':
            return 'none';
    }
}
function violatesThreshold(finding, policy) {
    const threshold = thresholdFor(finding, policy);
    return threshold !== 'none' && atOrAbove(finding.severity, threshold);
}

;// CONCATENATED MODULE: ./src/verdict/evaluate.ts




/** Applies the policy to what the checks found and decides pass, warn or fail. Pure. */
function evaluate(input) {
    const { policy, source } = input.policy;
    const { active, expired } = splitExceptions(policy.exceptions, input.now);
    const evaluated = [...input.runs.flatMap(r => r.findings), ...expired.map(expiredExceptionFinding)].map((finding) => {
        const exception = finding.check === 'policy' ? undefined : findException(finding, active, input.imageMatches);
        if (exception) {
            const suppressedBy = { id: exception.id, reason: exception.reason, expires: exception.expires };
            return { ...finding, blocking: false, suppressedBy };
        }
        return { ...finding, blocking: violatesThreshold(finding, policy) };
    });
    evaluated.sort(byImportance);
    const visible = evaluated.filter(f => !f.suppressedBy);
    const counts = emptyCounts();
    for (const f of visible)
        counts[f.severity]++;
    const blocking = visible.filter(f => f.blocking);
    const checks = input.runs.map(run => summarizeCheck(run, evaluated));
    const { verdict, reasons } = decide(checks, blocking, visible, expired, policy.mode);
    return {
        verdict,
        reasons,
        mode: policy.mode,
        policySource: source,
        checks,
        findings: evaluated,
        counts,
        blockingCount: blocking.length,
        suppressedCount: evaluated.length - visible.length,
        images: input.images,
        dockerfiles: input.dockerfiles,
        startedAt: input.startedAt.toISOString(),
        durationMs: input.durationMs,
        toolVersion: input.toolVersion
    };
}
function decide(checks, blocking, visible, expired, mode) {
    // Fail closed: a required check that could not run fails the gate even in warn mode.
    const broken = checks.filter(c => c.status === 'error' && c.required);
    const optionalBroken = checks.filter(c => c.status === 'error' && !c.required);
    const belowThreshold = visible.filter(f => !f.blocking && f.check !== 'policy' && atOrAbove(f.severity, 'medium'));
    const reasons = broken.map(c => `${c.title} could not run: ${c.detail}`);
    if (blocking.length > 0) {
        const one = blocking.length === 1;
        const verb = mode === 'warn'
            ? 'would block (mode: warn reports without failing)'
            : one
                ? 'blocks the gate'
                : 'block the gate';
        reasons.push(`${text_plural(blocking.length, 'finding')} ${verb}`);
    }
    if (belowThreshold.length > 0)
        reasons.push(`${text_plural(belowThreshold.length, 'finding')} below the failure threshold`);
    if (expired.length > 0)
        reasons.push(`${text_plural(expired.length, 'policy exception')} expired`);
    reasons.push(...optionalBroken.map(c => `${c.title} could not run: ${c.detail}`));
    if (broken.length > 0 || (blocking.length > 0 && mode === 'enforce'))
        return { verdict: 'fail', reasons };
    if (reasons.length > 0)
        return { verdict: 'warn', reasons };
    return { verdict: 'pass', reasons: ['no finding reaches the policy thresholds'] };
}
function summarizeCheck(run, evaluated) {
    const mine = evaluated.filter(f => f.check === run.id && !f.suppressedBy);
    const blockingCount = mine.filter(f => f.blocking).length;
    const base = {
        id: run.id,
        title: run.title,
        required: run.required,
        durationMs: run.durationMs,
        findingCount: mine.length,
        blockingCount
    };
    switch (run.outcome.kind) {
        case 'error':
            return { ...base, status: 'error', detail: run.outcome.error };
        case 'skipped':
            return { ...base, status: 'skipped', detail: run.outcome.reason };
        case 'ran':
            return { ...base, status: blockingCount > 0 ? 'failed' : 'passed' };
    }
}
/** An expired exception is itself reported, pointing at where it is written. */
function expiredExceptionFinding(exception) {
    const scope = [
        exception.package && `package ${exception.package}`,
        exception.image && `image ${exception.image}`
    ]
        .filter(Boolean)
        .join(', ');
    return {
        check: 'policy',
        rule: 'IG001',
        severity: 'medium',
        message: `Exception for ${exception.id}${scope ? ` (${scope})` : ''} expired on ${exception.expires} and no longer ` +
            `applies; fix the finding or renew the exception with a new reason and date`,
        location: exception.position
            ? { file: exception.position.file, line: exception.position.line }
            : undefined
    };
}
function byImportance(a, b) {
    return (Number(b.blocking) - Number(a.blocking) ||
        Number(Boolean(a.suppressedBy)) - Number(Boolean(b.suppressedBy)) ||
        compareSeverityDesc(a.severity, b.severity) ||
        (a.location?.file ?? '').localeCompare(b.location?.file ?? '') ||
        (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
        (a.image ?? '').localeCompare(b.image ?? '') ||
        a.rule.localeCompare(b.rule));
}

;// CONCATENATED MODULE: ./src/version.ts
/** Kept equal to package.json's version by a test; a constant keeps package.json out of the bundle. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/gate.ts








/** The shared pipeline of the action and the CLI: targets → checks → verdict. Reports are the caller's. */
async function runGate(request) {
    const now = request.now ?? (() => new Date());
    const logger = request.logger ?? silentLogger;
    const startedAt = now();
    const started = performance.now();
    const dockerfiles = await findDockerfiles(request.dockerfilePatterns, request.workingDirectory);
    const images = [...new Set(request.images)];
    logger.info(`Targets: ${dockerfiles.length} Dockerfile(s), ${images.length} image(s)`);
    const context = {
        policy: request.policy.policy,
        workingDirectory: request.workingDirectory,
        dockerfiles,
        images
    };
    // Checks run concurrently; their logs are written afterwards, one group each, so groups never interleave.
    const runs = await runChecks(request.checks ?? ALL_CHECKS, context);
    for (const run of runs)
        await logger.group(run.title, async () => logRun(run, logger));
    return evaluate({
        runs,
        policy: request.policy,
        images,
        dockerfiles,
        now: now(),
        startedAt,
        durationMs: Math.round(performance.now() - started),
        toolVersion: VERSION,
        imageMatches: matchesImagePattern
    });
}
function logRun(run, logger) {
    const { outcome } = run;
    const optional = run.required ? '' : ' (not required)';
    if (outcome.kind === 'skipped')
        return logger.info(`${run.title}: skipped, ${outcome.reason}${optional}`);
    if (outcome.kind === 'error')
        return logger.info(`${run.title}: could not run: ${outcome.error}${optional}`);
    logger.info(`${run.title}: ${run.findings.length} finding(s) in ${run.durationMs} ms${optional}`);
    for (const note of outcome.notes)
        logger.info(note);
}
/** Patterns that together match nothing are a mistake: passing with nothing linted would fail open. */
async function findDockerfiles(patterns, workingDirectory) {
    if (patterns.length === 0)
        return [];
    const files = await expandDockerfileGlobs(patterns, workingDirectory);
    if (files.length === 0) {
        throw new errors_ConfigError(`dockerfiles: no file matches ${patterns.map(p => JSON.stringify(p)).join(', ')} in ${workingDirectory}; ` +
            'fix the patterns or the working-directory');
    }
    return files;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/inputs/paths.ts



/** Pure apart from the stat: names the input and what was expected. */
function resolveWorkingDirectory(input, workspace) {
    const resolved = external_node_path_.resolve(workspace, input);
    let isDirectory = false;
    try {
        isDirectory = (0,external_node_fs_.statSync)(resolved).isDirectory();
    }
    catch {
        isDirectory = false;
    }
    if (!isDirectory) {
        throw new errors_ConfigError(`working-directory: "${input}" is not a directory (resolved to ${resolved})`);
    }
    return resolved;
}

;// CONCATENATED MODULE: ./src/policy/builtin.ts
// GENERATED from policies/default.yml by src/policy/generate-builtin.ts (`npm run generate`); do not edit.
// Embedded so the bundled action needs no policy file on disk.
const BUILTIN_POLICY_LABEL = 'built-in default';
const BUILTIN_POLICY_TEXT = `# imagegate built-in default policy: used when a repository has no .github/imagegate.yml.
# Copy it to .github/imagegate.yml to start your own; every key is optional except 'version'.
version: 1

# enforce: policy violations fail the run. Use 'warn' to report without failing while adopting.
mode: enforce

dockerfile:
  # Only lint errors fail; warnings and style findings are reported as annotations.
  failOn: error
  # Per-rule overrides, e.g. 'DL3008: warning' or 'DL3059: off'.
  rules: {}

vulnerabilities:
  # Two scanners catch more than one; findings both report are merged and count once.
  scanners: [trivy, grype]
  # Start strict only where it matters: critical vulnerabilities fail, the rest is reported.
  failOn: critical
  # A vulnerability with no fixed version is not actionable, so it is reported but cannot fail.
  onlyFixed: true

images:
  # 'latest' and untagged references change under you: report them at high severity.
  failOn: high
  tags:
    forbidLatest: true
    forbidUntagged: true
    # Digest pinning is best practice but a big first step; strict.yml turns it on.
    requireDigest: false
  registries:
    # Any registry is allowed until you list the ones you trust.
    allow: []

signatures:
  # Most images are not signed yet; strict.yml requires signatures.
  required: false

# Accepted findings, each with a reason and an expiry date (see policies/examples/exceptions.yml).
exceptions: []

report:
  # Keep one pull request comment up to date on every run, passing or failing.
  comment: always
`;

;// CONCATENATED MODULE: ./src/policy/defaults.ts
/**
 * Fills every missing key that has a schema `default`, creating missing sections on the way, so
 * the schema stays the one place defaults are written (the README reference shows the same values).
 * Keys come out in schema order. Expects data that already passed validation.
 */
function withDefaults(schema, data) {
    const result = {};
    for (const [key, property] of Object.entries(schema.properties ?? {})) {
        const value = data[key];
        const nested = property.type === 'object' && property.properties !== undefined;
        if (nested && (value === undefined || isMapping(value)))
            result[key] = withDefaults(property, value ?? {});
        else if (value !== undefined)
            result[key] = value;
        else if (property.default !== undefined)
            result[key] = structuredClone(property.default);
    }
    return result;
}
function isMapping(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/policy/discover.ts




/** Where a repository's policy lives when no path is given. */
const DISCOVERED_POLICY_PATHS = ['.github/imagegate.yml', '.github/imagegate.yaml'];
/**
 * Which policy a run uses: the explicit path (relative to the working directory), else
 * `.github/imagegate.yml` or `.yaml`, else the built-in default (no `path`). `source` is how messages
 * name it: the path as the user wrote or would write it, or `built-in default`.
 */
function resolvePolicyPath(explicit, workingDirectory) {
    if (explicit !== undefined && explicit.trim() !== '') {
        return { path: external_node_path_.resolve(workingDirectory, explicit), source: explicit };
    }
    const found = DISCOVERED_POLICY_PATHS.filter(candidate => (0,external_node_fs_.existsSync)(external_node_path_.join(workingDirectory, candidate)));
    if (found.length > 1) {
        // Silently picking one would leave the other file looking active while it is ignored.
        const message = `both ${found.join(' and ')} exist; keep one of them`;
        throw new errors_ConfigError(message, [{ message, position: { file: found[1] } }]);
    }
    if (found.length === 1)
        return { path: external_node_path_.join(workingDirectory, found[0]), source: found[0] };
    return { source: BUILTIN_POLICY_LABEL };
}

;// CONCATENATED MODULE: ./src/policy/suggest.ts
/** Edit distance (insert, delete, substitute), small inputs only: policy keys and values. */
function levenshtein(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
        }
        previous = current;
    }
    return previous[b.length];
}
/**
 * The candidate a typo most likely meant, or undefined when nothing is close. Case is ignored
 * (`failon` → `failOn`); the allowed distance grows with the word so short words don't match
 * everything.
 */
function closestMatch(word, candidates) {
    let best;
    for (const candidate of candidates) {
        const limit = word.length <= 3 ? 1 : Math.max(2, Math.floor(Math.max(word.length, candidate.length) / 3));
        const distance = levenshtein(word.toLowerCase(), candidate.toLowerCase());
        if (distance <= limit && (!best || distance < best.distance))
            best = { candidate, distance };
    }
    return best?.candidate;
}

;// CONCATENATED MODULE: ./src/policy/problems.ts

/** Hints for required keys, so the message says what to write, not just what is missing. */
const REQUIRED_HINTS = {
    version: 'start the policy with `version: 1`',
    id: 'name the vulnerability or rule this exception accepts',
    reason: 'say why accepting this finding is safe'
};
/** What a failed `pattern` means, in words; keyed by the schema's pattern. */
const PATTERN_MESSAGES = {
    '\\S': 'must not be empty',
    '^\\S+$': 'must be a single id, without spaces'
};
const TYPE_NAMES = {
    boolean: 'true or false',
    string: 'a string',
    integer: 'a whole number',
    number: 'a number',
    array: 'a list',
    object: 'a mapping of keys to values'
};
/**
 * Turns ajv's errors into one plain sentence per mistake, each pointing at the YAML that caused it:
 * unknown keys at the key (with a "did you mean"), missing keys at the mapping that lacks them,
 * everything else at the offending value.
 */
function describeSchemaErrors(errors, data, index, file) {
    // An enum or const error already says what is allowed; the type error next to it adds nothing.
    const explained = new Set(errors.filter(e => e.keyword === 'enum' || e.keyword === 'const').map(e => e.instancePath));
    const problems = [];
    const seen = new Set();
    for (const error of errors) {
        if (error.keyword === 'type' && explained.has(error.instancePath))
            continue;
        const problem = describe(error, data, index, file);
        const key = `${problem.position.line}:${problem.position.column}:${problem.position.field}:${problem.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        problems.push(problem);
    }
    return problems.sort((a, b) => (a.position.line ?? 0) - (b.position.line ?? 0) || (a.position.column ?? 0) - (b.position.column ?? 0));
}
function describe(error, data, index, file) {
    const path = pointerSegments(error.instancePath);
    const at = (point, fieldPath) => ({
        file,
        ...point,
        field: fieldName(fieldPath, data)
    });
    const parentSchema = (error.parentSchema ?? {});
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = String(error.params.additionalProperty);
            const keyPath = [...path, key];
            return { message: unknownKeyMessage(key, parentSchema), position: at(index.keyAt(keyPath), keyPath) };
        }
        case 'required': {
            const missing = String(error.params.missingProperty);
            const hint = REQUIRED_HINTS[missing] ? ` (${REQUIRED_HINTS[missing]})` : '';
            return {
                message: `missing required key \`${missing}\`${hint}`,
                position: at(index.valueAt(path), path)
            };
        }
        case 'enum': {
            const allowed = error.params.allowedValues.map(String).join(', ');
            return {
                message: `must be one of ${allowed} (got ${show(error.data)})`,
                position: at(index.valueAt(path), path)
            };
        }
        case 'const':
            return {
                message: `must be ${show(error.params.allowedValue)} (got ${show(error.data)})`,
                position: at(index.valueAt(path), path)
            };
        case 'type': {
            if (parentSchema.format === 'date')
                return { message: dateMessage(error.data), position: at(index.valueAt(path), path) };
            const expected = TYPE_NAMES[String(error.params.type)] ?? String(error.params.type);
            return {
                message: `must be ${expected} (got ${show(error.data)})`,
                position: at(index.valueAt(path), path)
            };
        }
        case 'format':
            return { message: dateMessage(error.data), position: at(index.valueAt(path), path) };
        case 'pattern': {
            const message = PATTERN_MESSAGES[String(error.params.pattern)] ?? `must match ${String(error.params.pattern)}`;
            return { message: `${message} (got ${show(error.data)})`, position: at(index.valueAt(path), path) };
        }
        case 'uniqueItems': {
            // ajv reports the later duplicate as `j`; point there, the earlier one is usually intended.
            const itemPath = [...path, String(error.params.j)];
            const item = Array.isArray(error.data) ? error.data[Number(error.params.j)] : undefined;
            return { message: `lists ${show(item)} more than once`, position: at(index.valueAt(itemPath), path) };
        }
        default:
            return {
                message: error.message ?? `fails the ${error.keyword} check`,
                position: at(index.valueAt(path), path)
            };
    }
}
function dateMessage(value) {
    return `must be a real date written YYYY-MM-DD, e.g. 2027-01-31 (got ${show(value)})`;
}
function unknownKeyMessage(key, parentSchema) {
    const allowed = Object.keys(parentSchema.properties ?? {});
    const patterns = Object.keys(parentSchema.patternProperties ?? {}).map(p => new RegExp(p, 'u'));
    if (allowed.length === 0 && patterns.length > 0) {
        // A map keyed by rule id (dockerfile.rules): the key itself is malformed.
        const upper = key.toUpperCase();
        const hint = patterns.some(p => p.test(upper)) ? `; did you mean \`${upper}\`?` : '';
        return `not a rule id; rule ids look like DL3008, SC2086 or IG101${hint}`;
    }
    const suggestion = closestMatch(key, allowed);
    if (suggestion)
        return `unknown key, did you mean \`${suggestion}\`?`;
    return `unknown key; allowed here: ${allowed.join(', ')}`;
}
function pointerSegments(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
/** `exceptions[0].reason`: list indexes in brackets, keys joined by dots; undefined for the root. */
function fieldName(path, data) {
    let name = '';
    let current = data;
    for (const segment of path) {
        if (Array.isArray(current)) {
            name += `[${segment}]`;
            current = current[Number(segment)];
        }
        else {
            name += name ? `.${segment}` : segment;
            current =
                current !== null && typeof current === 'object'
                    ? current[segment]
                    : undefined;
        }
    }
    return name || undefined;
}
/** A value as the user wrote it, for "(got …)". */
function show(value) {
    if (value === null || value === undefined)
        return 'an empty value';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return JSON.stringify(value);
}

;// CONCATENATED MODULE: ./policies/schema.json
const schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","title":"imagegate policy","description":"What imagegate checks in a container image and its Dockerfile, and which findings fail the build. Every section is optional; anything left out takes the default shown.","type":"object","additionalProperties":false,"required":["version"],"properties":{"version":{"description":"Policy format version. Always `1` for now; it lets a future imagegate read old policies safely.","type":"integer","const":1},"mode":{"description":"`enforce` fails the run when a finding crosses a `failOn` threshold. `warn` reports the same findings but never fails on them; use it while a repository adopts imagegate. In both modes a required check that cannot run (a missing scanner, an unreachable registry) fails the run: a gate never passes on a check it did not do.","type":"string","enum":["enforce","warn"],"default":"enforce"},"dockerfile":{"description":"Dockerfile lint (hadolint rules `DL…`, ShellCheck rules `SC…` and imagegate\'s own `IG…` rules).","type":"object","additionalProperties":false,"properties":{"failOn":{"description":"Lowest lint level that fails the run: `error` fails only on errors, `style` fails on everything, `none` never fails on lint findings.","type":"string","enum":["error","warning","info","style","none"],"default":"error"},"rules":{"description":"Change the level of single rules, keyed by rule id, e.g. `DL3008: warning`, or turn a rule off with `off`. Rules not listed keep their own level.","type":"object","additionalProperties":false,"patternProperties":{"^(DL|SC|IG)[0-9]+$":{"description":"Level for this rule, or `off` to skip it.","type":"string","enum":["error","warning","info","style","off"]}},"default":{}}}},"vulnerabilities":{"description":"Vulnerability scanning of the built image.","type":"object","additionalProperties":false,"properties":{"scanners":{"description":"Scanners to run. Their findings are merged, so a vulnerability both report counts once. An empty list turns vulnerability scanning off.","type":"array","items":{"type":"string","enum":["trivy","grype"]},"uniqueItems":true,"default":["trivy","grype"]},"failOn":{"description":"Lowest vulnerability severity that fails the run; `none` reports vulnerabilities without failing on them.","type":"string","enum":["critical","high","medium","low","info","none"],"default":"critical"},"onlyFixed":{"description":"When `true`, only vulnerabilities that have a fixed version available can fail the run; unfixed ones are still reported.","type":"boolean","default":true}}},"images":{"description":"Checks on image references: tags, digests and registries, in the Dockerfile (`FROM`) and the images given to scan.","type":"object","additionalProperties":false,"properties":{"failOn":{"description":"Lowest severity of a tag or registry finding that fails the run.","type":"string","enum":["critical","high","medium","low","info","none"],"default":"high"},"tags":{"description":"How image references must be pinned.","type":"object","additionalProperties":false,"properties":{"forbidLatest":{"description":"Flag references to the `latest` tag, which changes under you.","type":"boolean","default":true},"forbidUntagged":{"description":"Flag references with no tag and no digest, which silently mean `latest`.","type":"boolean","default":true},"requireDigest":{"description":"Require every reference to be pinned by digest (`image@sha256:…`), so a rebuild uses exactly the same bytes.","type":"boolean","default":false}}},"registries":{"description":"Where images may come from.","type":"object","additionalProperties":false,"properties":{"allow":{"description":"Globs over image references that are allowed, e.g. `ghcr.io/acme/*` or `docker.io/library/*`. An empty list allows any registry.","type":"array","items":{"type":"string","pattern":"\\\\S"},"default":[]}}}}},"signatures":{"description":"Image signature verification.","type":"object","additionalProperties":false,"properties":{"required":{"description":"Fail the run when a scanned image has no valid signature.","type":"boolean","default":false}}},"exceptions":{"description":"Findings to accept on purpose, each with a reason and, ideally, an expiry date. One list covers every check: vulnerabilities, lint rules and image rules.","type":"array","default":[],"items":{"type":"object","additionalProperties":false,"required":["id","reason"],"properties":{"id":{"description":"The finding to accept: a vulnerability id (`CVE-2024-1234`, `GHSA-…`) or a rule id (`DL3008`, `IG101`).","type":"string","pattern":"^\\\\S+$"},"package":{"description":"Only accept the finding in this package (by name).","type":"string","pattern":"\\\\S"},"image":{"description":"Only accept the finding in images matching this glob, e.g. `ghcr.io/acme/*`.","type":"string","pattern":"\\\\S"},"reason":{"description":"Why accepting this finding is safe. Shown in reports next to the accepted finding.","type":"string","pattern":"\\\\S"},"expires":{"description":"Last day the exception applies, as `YYYY-MM-DD` (UTC). After it, the finding counts again.","type":"string","format":"date"}}}},"report":{"description":"How results are reported.","type":"object","additionalProperties":false,"properties":{"comment":{"description":"When to post (or update) the pull request comment: `always`, only `on-failure`, or `never`.","type":"string","enum":["always","on-failure","never"],"default":"always"}}}}}');
;// CONCATENATED MODULE: ./src/policy/schema.ts

/** The policy schema, bundled into the build so the action needs no files on disk. */
const POLICY_SCHEMA = schema_namespaceObject;

;// CONCATENATED MODULE: ./src/policy/date.ts
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** `YYYY-MM-DD` naming a day that exists (so `2027-02-30` and `2027-13-01` are rejected). */
function isCalendarDate(text) {
    const match = ISO_DATE.exec(text);
    if (!match)
        return false;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    // Date.UTC rolls overflow into the next month, so a round trip exposes impossible days.
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

;// CONCATENATED MODULE: ./src/policy/validator.generated.ts
/* eslint-disable */
// @ts-nocheck
// GENERATED from policies/schema.json by src/policy/generate-validator.ts; do not edit.
// Regenerate: UPDATE_GENERATED=1 NODE_OPTIONS=--experimental-vm-modules npx jest __tests__/policy/generated
// Precompiled so a run pays no ajv compile (~60 ms) at startup.

const validate = validate10;
/* harmony default export */ const validator_generated = ((/* unused pure expression or super */ null && (validate10)));
const schema11 = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    additionalProperties: false,
    required: ['version'],
    properties: {
        version: { type: 'integer', const: 1 },
        mode: { type: 'string', enum: ['enforce', 'warn'] },
        dockerfile: {
            type: 'object',
            additionalProperties: false,
            properties: {
                failOn: { type: 'string', enum: ['error', 'warning', 'info', 'style', 'none'] },
                rules: {
                    type: 'object',
                    additionalProperties: false,
                    patternProperties: {
                        '^(DL|SC|IG)[0-9]+$': { type: 'string', enum: ['error', 'warning', 'info', 'style', 'off'] }
                    }
                }
            }
        },
        vulnerabilities: {
            type: 'object',
            additionalProperties: false,
            properties: {
                scanners: { type: 'array', items: { type: 'string', enum: ['trivy', 'grype'] }, uniqueItems: true },
                failOn: { type: 'string', enum: ['critical', 'high', 'medium', 'low', 'info', 'none'] },
                onlyFixed: { type: 'boolean' }
            }
        },
        images: {
            type: 'object',
            additionalProperties: false,
            properties: {
                failOn: { type: 'string', enum: ['critical', 'high', 'medium', 'low', 'info', 'none'] },
                tags: {
                    type: 'object',
                    additionalProperties: false,
                    properties: {
                        forbidLatest: { type: 'boolean' },
                        forbidUntagged: { type: 'boolean' },
                        requireDigest: { type: 'boolean' }
                    }
                },
                registries: {
                    type: 'object',
                    additionalProperties: false,
                    properties: { allow: { type: 'array', items: { type: 'string', pattern: '\\S' } } }
                }
            }
        },
        signatures: {
            type: 'object',
            additionalProperties: false,
            properties: { required: { type: 'boolean' } }
        },
        exceptions: {
            type: 'array',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['id', 'reason'],
                properties: {
                    id: { type: 'string', pattern: '^\\S+$' },
                    package: { type: 'string', pattern: '\\S' },
                    image: { type: 'string', pattern: '\\S' },
                    reason: { type: 'string', pattern: '\\S' },
                    expires: { type: 'string', format: 'date' }
                }
            }
        },
        report: {
            type: 'object',
            additionalProperties: false,
            properties: { comment: { type: 'string', enum: ['always', 'on-failure', 'never'] } }
        }
    }
};
const pattern0 = new RegExp('^(DL|SC|IG)[0-9]+$', 'u');
const pattern2 = new RegExp('\\S', 'u');
const pattern3 = new RegExp('^\\S+$', 'u');
const formats0 = { date: isCalendarDate }.date;
function validate10(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
        if (data.version === undefined) {
            const err0 = {
                instancePath,
                schemaPath: '#/required',
                keyword: 'required',
                params: { missingProperty: 'version' },
                message: "must have required property '" + 'version' + "'",
                schema: schema11.required,
                parentSchema: schema11,
                data
            };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(key0 === 'version' ||
                key0 === 'mode' ||
                key0 === 'dockerfile' ||
                key0 === 'vulnerabilities' ||
                key0 === 'images' ||
                key0 === 'signatures' ||
                key0 === 'exceptions' ||
                key0 === 'report')) {
                const err1 = {
                    instancePath,
                    schemaPath: '#/additionalProperties',
                    keyword: 'additionalProperties',
                    params: { additionalProperty: key0 },
                    message: 'must NOT have additional properties',
                    schema: false,
                    parentSchema: schema11,
                    data
                };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.version !== undefined) {
            let data0 = data.version;
            if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
                const err2 = {
                    instancePath: instancePath + '/version',
                    schemaPath: '#/properties/version/type',
                    keyword: 'type',
                    params: { type: 'integer' },
                    message: 'must be integer',
                    schema: schema11.properties.version.type,
                    parentSchema: schema11.properties.version,
                    data: data0
                };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
            if (1 !== data0) {
                const err3 = {
                    instancePath: instancePath + '/version',
                    schemaPath: '#/properties/version/const',
                    keyword: 'const',
                    params: { allowedValue: 1 },
                    message: 'must be equal to constant',
                    schema: 1,
                    parentSchema: schema11.properties.version,
                    data: data0
                };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.mode !== undefined) {
            let data1 = data.mode;
            if (typeof data1 !== 'string') {
                const err4 = {
                    instancePath: instancePath + '/mode',
                    schemaPath: '#/properties/mode/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema11.properties.mode.type,
                    parentSchema: schema11.properties.mode,
                    data: data1
                };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
            if (!(data1 === 'enforce' || data1 === 'warn')) {
                const err5 = {
                    instancePath: instancePath + '/mode',
                    schemaPath: '#/properties/mode/enum',
                    keyword: 'enum',
                    params: { allowedValues: schema11.properties.mode.enum },
                    message: 'must be equal to one of the allowed values',
                    schema: schema11.properties.mode.enum,
                    parentSchema: schema11.properties.mode,
                    data: data1
                };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.dockerfile !== undefined) {
            let data2 = data.dockerfile;
            if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
                for (const key1 in data2) {
                    if (!(key1 === 'failOn' || key1 === 'rules')) {
                        const err6 = {
                            instancePath: instancePath + '/dockerfile',
                            schemaPath: '#/properties/dockerfile/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key1 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema11.properties.dockerfile,
                            data: data2
                        };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                }
                if (data2.failOn !== undefined) {
                    let data3 = data2.failOn;
                    if (typeof data3 !== 'string') {
                        const err7 = {
                            instancePath: instancePath + '/dockerfile/failOn',
                            schemaPath: '#/properties/dockerfile/properties/failOn/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema11.properties.dockerfile.properties.failOn.type,
                            parentSchema: schema11.properties.dockerfile.properties.failOn,
                            data: data3
                        };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                    if (!(data3 === 'error' ||
                        data3 === 'warning' ||
                        data3 === 'info' ||
                        data3 === 'style' ||
                        data3 === 'none')) {
                        const err8 = {
                            instancePath: instancePath + '/dockerfile/failOn',
                            schemaPath: '#/properties/dockerfile/properties/failOn/enum',
                            keyword: 'enum',
                            params: { allowedValues: schema11.properties.dockerfile.properties.failOn.enum },
                            message: 'must be equal to one of the allowed values',
                            schema: schema11.properties.dockerfile.properties.failOn.enum,
                            parentSchema: schema11.properties.dockerfile.properties.failOn,
                            data: data3
                        };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                }
                if (data2.rules !== undefined) {
                    let data4 = data2.rules;
                    if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
                        for (const key2 in data4) {
                            if (!pattern0.test(key2)) {
                                const err9 = {
                                    instancePath: instancePath + '/dockerfile/rules',
                                    schemaPath: '#/properties/dockerfile/properties/rules/additionalProperties',
                                    keyword: 'additionalProperties',
                                    params: { additionalProperty: key2 },
                                    message: 'must NOT have additional properties',
                                    schema: false,
                                    parentSchema: schema11.properties.dockerfile.properties.rules,
                                    data: data4
                                };
                                if (vErrors === null) {
                                    vErrors = [err9];
                                }
                                else {
                                    vErrors.push(err9);
                                }
                                errors++;
                            }
                        }
                        for (const key3 in data4) {
                            if (pattern0.test(key3)) {
                                let data5 = data4[key3];
                                if (typeof data5 !== 'string') {
                                    const err10 = {
                                        instancePath: instancePath + '/dockerfile/rules/' + key3.replace(/~/g, '~0').replace(/\//g, '~1'),
                                        schemaPath: '#/properties/dockerfile/properties/rules/patternProperties/%5E(DL%7CSC%7CIG)%5B0-9%5D%2B%24/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                        schema: schema11.properties.dockerfile.properties.rules.patternProperties['^(DL|SC|IG)[0-9]+$']
                                            .type,
                                        parentSchema: schema11.properties.dockerfile.properties.rules.patternProperties['^(DL|SC|IG)[0-9]+$'],
                                        data: data5
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err10];
                                    }
                                    else {
                                        vErrors.push(err10);
                                    }
                                    errors++;
                                }
                                if (!(data5 === 'error' ||
                                    data5 === 'warning' ||
                                    data5 === 'info' ||
                                    data5 === 'style' ||
                                    data5 === 'off')) {
                                    const err11 = {
                                        instancePath: instancePath + '/dockerfile/rules/' + key3.replace(/~/g, '~0').replace(/\//g, '~1'),
                                        schemaPath: '#/properties/dockerfile/properties/rules/patternProperties/%5E(DL%7CSC%7CIG)%5B0-9%5D%2B%24/enum',
                                        keyword: 'enum',
                                        params: {
                                            allowedValues: schema11.properties.dockerfile.properties.rules.patternProperties['^(DL|SC|IG)[0-9]+$'].enum
                                        },
                                        message: 'must be equal to one of the allowed values',
                                        schema: schema11.properties.dockerfile.properties.rules.patternProperties['^(DL|SC|IG)[0-9]+$']
                                            .enum,
                                        parentSchema: schema11.properties.dockerfile.properties.rules.patternProperties['^(DL|SC|IG)[0-9]+$'],
                                        data: data5
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err11];
                                    }
                                    else {
                                        vErrors.push(err11);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    else {
                        const err12 = {
                            instancePath: instancePath + '/dockerfile/rules',
                            schemaPath: '#/properties/dockerfile/properties/rules/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object',
                            schema: schema11.properties.dockerfile.properties.rules.type,
                            parentSchema: schema11.properties.dockerfile.properties.rules,
                            data: data4
                        };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err13 = {
                    instancePath: instancePath + '/dockerfile',
                    schemaPath: '#/properties/dockerfile/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema11.properties.dockerfile.type,
                    parentSchema: schema11.properties.dockerfile,
                    data: data2
                };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.vulnerabilities !== undefined) {
            let data6 = data.vulnerabilities;
            if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
                for (const key4 in data6) {
                    if (!(key4 === 'scanners' || key4 === 'failOn' || key4 === 'onlyFixed')) {
                        const err14 = {
                            instancePath: instancePath + '/vulnerabilities',
                            schemaPath: '#/properties/vulnerabilities/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key4 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema11.properties.vulnerabilities,
                            data: data6
                        };
                        if (vErrors === null) {
                            vErrors = [err14];
                        }
                        else {
                            vErrors.push(err14);
                        }
                        errors++;
                    }
                }
                if (data6.scanners !== undefined) {
                    let data7 = data6.scanners;
                    if (Array.isArray(data7)) {
                        const len0 = data7.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                            let data8 = data7[i0];
                            if (typeof data8 !== 'string') {
                                const err15 = {
                                    instancePath: instancePath + '/vulnerabilities/scanners/' + i0,
                                    schemaPath: '#/properties/vulnerabilities/properties/scanners/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema11.properties.vulnerabilities.properties.scanners.items.type,
                                    parentSchema: schema11.properties.vulnerabilities.properties.scanners.items,
                                    data: data8
                                };
                                if (vErrors === null) {
                                    vErrors = [err15];
                                }
                                else {
                                    vErrors.push(err15);
                                }
                                errors++;
                            }
                            if (!(data8 === 'trivy' || data8 === 'grype')) {
                                const err16 = {
                                    instancePath: instancePath + '/vulnerabilities/scanners/' + i0,
                                    schemaPath: '#/properties/vulnerabilities/properties/scanners/items/enum',
                                    keyword: 'enum',
                                    params: {
                                        allowedValues: schema11.properties.vulnerabilities.properties.scanners.items.enum
                                    },
                                    message: 'must be equal to one of the allowed values',
                                    schema: schema11.properties.vulnerabilities.properties.scanners.items.enum,
                                    parentSchema: schema11.properties.vulnerabilities.properties.scanners.items,
                                    data: data8
                                };
                                if (vErrors === null) {
                                    vErrors = [err16];
                                }
                                else {
                                    vErrors.push(err16);
                                }
                                errors++;
                            }
                        }
                        let i1 = data7.length;
                        let j0;
                        if (i1 > 1) {
                            const indices0 = {};
                            for (; i1--;) {
                                let item0 = data7[i1];
                                if (typeof item0 !== 'string') {
                                    continue;
                                }
                                if (typeof indices0[item0] == 'number') {
                                    j0 = indices0[item0];
                                    const err17 = {
                                        instancePath: instancePath + '/vulnerabilities/scanners',
                                        schemaPath: '#/properties/vulnerabilities/properties/scanners/uniqueItems',
                                        keyword: 'uniqueItems',
                                        params: { i: i1, j: j0 },
                                        message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
                                        schema: true,
                                        parentSchema: schema11.properties.vulnerabilities.properties.scanners,
                                        data: data7
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err17];
                                    }
                                    else {
                                        vErrors.push(err17);
                                    }
                                    errors++;
                                    break;
                                }
                                indices0[item0] = i1;
                            }
                        }
                    }
                    else {
                        const err18 = {
                            instancePath: instancePath + '/vulnerabilities/scanners',
                            schemaPath: '#/properties/vulnerabilities/properties/scanners/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema11.properties.vulnerabilities.properties.scanners.type,
                            parentSchema: schema11.properties.vulnerabilities.properties.scanners,
                            data: data7
                        };
                        if (vErrors === null) {
                            vErrors = [err18];
                        }
                        else {
                            vErrors.push(err18);
                        }
                        errors++;
                    }
                }
                if (data6.failOn !== undefined) {
                    let data9 = data6.failOn;
                    if (typeof data9 !== 'string') {
                        const err19 = {
                            instancePath: instancePath + '/vulnerabilities/failOn',
                            schemaPath: '#/properties/vulnerabilities/properties/failOn/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema11.properties.vulnerabilities.properties.failOn.type,
                            parentSchema: schema11.properties.vulnerabilities.properties.failOn,
                            data: data9
                        };
                        if (vErrors === null) {
                            vErrors = [err19];
                        }
                        else {
                            vErrors.push(err19);
                        }
                        errors++;
                    }
                    if (!(data9 === 'critical' ||
                        data9 === 'high' ||
                        data9 === 'medium' ||
                        data9 === 'low' ||
                        data9 === 'info' ||
                        data9 === 'none')) {
                        const err20 = {
                            instancePath: instancePath + '/vulnerabilities/failOn',
                            schemaPath: '#/properties/vulnerabilities/properties/failOn/enum',
                            keyword: 'enum',
                            params: { allowedValues: schema11.properties.vulnerabilities.properties.failOn.enum },
                            message: 'must be equal to one of the allowed values',
                            schema: schema11.properties.vulnerabilities.properties.failOn.enum,
                            parentSchema: schema11.properties.vulnerabilities.properties.failOn,
                            data: data9
                        };
                        if (vErrors === null) {
                            vErrors = [err20];
                        }
                        else {
                            vErrors.push(err20);
                        }
                        errors++;
                    }
                }
                if (data6.onlyFixed !== undefined) {
                    let data10 = data6.onlyFixed;
                    if (typeof data10 !== 'boolean') {
                        const err21 = {
                            instancePath: instancePath + '/vulnerabilities/onlyFixed',
                            schemaPath: '#/properties/vulnerabilities/properties/onlyFixed/type',
                            keyword: 'type',
                            params: { type: 'boolean' },
                            message: 'must be boolean',
                            schema: schema11.properties.vulnerabilities.properties.onlyFixed.type,
                            parentSchema: schema11.properties.vulnerabilities.properties.onlyFixed,
                            data: data10
                        };
                        if (vErrors === null) {
                            vErrors = [err21];
                        }
                        else {
                            vErrors.push(err21);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err22 = {
                    instancePath: instancePath + '/vulnerabilities',
                    schemaPath: '#/properties/vulnerabilities/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema11.properties.vulnerabilities.type,
                    parentSchema: schema11.properties.vulnerabilities,
                    data: data6
                };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
        }
        if (data.images !== undefined) {
            let data11 = data.images;
            if (data11 && typeof data11 == 'object' && !Array.isArray(data11)) {
                for (const key5 in data11) {
                    if (!(key5 === 'failOn' || key5 === 'tags' || key5 === 'registries')) {
                        const err23 = {
                            instancePath: instancePath + '/images',
                            schemaPath: '#/properties/images/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key5 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema11.properties.images,
                            data: data11
                        };
                        if (vErrors === null) {
                            vErrors = [err23];
                        }
                        else {
                            vErrors.push(err23);
                        }
                        errors++;
                    }
                }
                if (data11.failOn !== undefined) {
                    let data12 = data11.failOn;
                    if (typeof data12 !== 'string') {
                        const err24 = {
                            instancePath: instancePath + '/images/failOn',
                            schemaPath: '#/properties/images/properties/failOn/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema11.properties.images.properties.failOn.type,
                            parentSchema: schema11.properties.images.properties.failOn,
                            data: data12
                        };
                        if (vErrors === null) {
                            vErrors = [err24];
                        }
                        else {
                            vErrors.push(err24);
                        }
                        errors++;
                    }
                    if (!(data12 === 'critical' ||
                        data12 === 'high' ||
                        data12 === 'medium' ||
                        data12 === 'low' ||
                        data12 === 'info' ||
                        data12 === 'none')) {
                        const err25 = {
                            instancePath: instancePath + '/images/failOn',
                            schemaPath: '#/properties/images/properties/failOn/enum',
                            keyword: 'enum',
                            params: { allowedValues: schema11.properties.images.properties.failOn.enum },
                            message: 'must be equal to one of the allowed values',
                            schema: schema11.properties.images.properties.failOn.enum,
                            parentSchema: schema11.properties.images.properties.failOn,
                            data: data12
                        };
                        if (vErrors === null) {
                            vErrors = [err25];
                        }
                        else {
                            vErrors.push(err25);
                        }
                        errors++;
                    }
                }
                if (data11.tags !== undefined) {
                    let data13 = data11.tags;
                    if (data13 && typeof data13 == 'object' && !Array.isArray(data13)) {
                        for (const key6 in data13) {
                            if (!(key6 === 'forbidLatest' || key6 === 'forbidUntagged' || key6 === 'requireDigest')) {
                                const err26 = {
                                    instancePath: instancePath + '/images/tags',
                                    schemaPath: '#/properties/images/properties/tags/additionalProperties',
                                    keyword: 'additionalProperties',
                                    params: { additionalProperty: key6 },
                                    message: 'must NOT have additional properties',
                                    schema: false,
                                    parentSchema: schema11.properties.images.properties.tags,
                                    data: data13
                                };
                                if (vErrors === null) {
                                    vErrors = [err26];
                                }
                                else {
                                    vErrors.push(err26);
                                }
                                errors++;
                            }
                        }
                        if (data13.forbidLatest !== undefined) {
                            let data14 = data13.forbidLatest;
                            if (typeof data14 !== 'boolean') {
                                const err27 = {
                                    instancePath: instancePath + '/images/tags/forbidLatest',
                                    schemaPath: '#/properties/images/properties/tags/properties/forbidLatest/type',
                                    keyword: 'type',
                                    params: { type: 'boolean' },
                                    message: 'must be boolean',
                                    schema: schema11.properties.images.properties.tags.properties.forbidLatest.type,
                                    parentSchema: schema11.properties.images.properties.tags.properties.forbidLatest,
                                    data: data14
                                };
                                if (vErrors === null) {
                                    vErrors = [err27];
                                }
                                else {
                                    vErrors.push(err27);
                                }
                                errors++;
                            }
                        }
                        if (data13.forbidUntagged !== undefined) {
                            let data15 = data13.forbidUntagged;
                            if (typeof data15 !== 'boolean') {
                                const err28 = {
                                    instancePath: instancePath + '/images/tags/forbidUntagged',
                                    schemaPath: '#/properties/images/properties/tags/properties/forbidUntagged/type',
                                    keyword: 'type',
                                    params: { type: 'boolean' },
                                    message: 'must be boolean',
                                    schema: schema11.properties.images.properties.tags.properties.forbidUntagged.type,
                                    parentSchema: schema11.properties.images.properties.tags.properties.forbidUntagged,
                                    data: data15
                                };
                                if (vErrors === null) {
                                    vErrors = [err28];
                                }
                                else {
                                    vErrors.push(err28);
                                }
                                errors++;
                            }
                        }
                        if (data13.requireDigest !== undefined) {
                            let data16 = data13.requireDigest;
                            if (typeof data16 !== 'boolean') {
                                const err29 = {
                                    instancePath: instancePath + '/images/tags/requireDigest',
                                    schemaPath: '#/properties/images/properties/tags/properties/requireDigest/type',
                                    keyword: 'type',
                                    params: { type: 'boolean' },
                                    message: 'must be boolean',
                                    schema: schema11.properties.images.properties.tags.properties.requireDigest.type,
                                    parentSchema: schema11.properties.images.properties.tags.properties.requireDigest,
                                    data: data16
                                };
                                if (vErrors === null) {
                                    vErrors = [err29];
                                }
                                else {
                                    vErrors.push(err29);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err30 = {
                            instancePath: instancePath + '/images/tags',
                            schemaPath: '#/properties/images/properties/tags/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object',
                            schema: schema11.properties.images.properties.tags.type,
                            parentSchema: schema11.properties.images.properties.tags,
                            data: data13
                        };
                        if (vErrors === null) {
                            vErrors = [err30];
                        }
                        else {
                            vErrors.push(err30);
                        }
                        errors++;
                    }
                }
                if (data11.registries !== undefined) {
                    let data17 = data11.registries;
                    if (data17 && typeof data17 == 'object' && !Array.isArray(data17)) {
                        for (const key7 in data17) {
                            if (!(key7 === 'allow')) {
                                const err31 = {
                                    instancePath: instancePath + '/images/registries',
                                    schemaPath: '#/properties/images/properties/registries/additionalProperties',
                                    keyword: 'additionalProperties',
                                    params: { additionalProperty: key7 },
                                    message: 'must NOT have additional properties',
                                    schema: false,
                                    parentSchema: schema11.properties.images.properties.registries,
                                    data: data17
                                };
                                if (vErrors === null) {
                                    vErrors = [err31];
                                }
                                else {
                                    vErrors.push(err31);
                                }
                                errors++;
                            }
                        }
                        if (data17.allow !== undefined) {
                            let data18 = data17.allow;
                            if (Array.isArray(data18)) {
                                const len1 = data18.length;
                                for (let i2 = 0; i2 < len1; i2++) {
                                    let data19 = data18[i2];
                                    if (typeof data19 === 'string') {
                                        if (!pattern2.test(data19)) {
                                            const err32 = {
                                                instancePath: instancePath + '/images/registries/allow/' + i2,
                                                schemaPath: '#/properties/images/properties/registries/properties/allow/items/pattern',
                                                keyword: 'pattern',
                                                params: { pattern: '\\S' },
                                                message: 'must match pattern "' + '\\S' + '"',
                                                schema: '\\S',
                                                parentSchema: schema11.properties.images.properties.registries.properties.allow.items,
                                                data: data19
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err32];
                                            }
                                            else {
                                                vErrors.push(err32);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err33 = {
                                            instancePath: instancePath + '/images/registries/allow/' + i2,
                                            schemaPath: '#/properties/images/properties/registries/properties/allow/items/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                            schema: schema11.properties.images.properties.registries.properties.allow.items.type,
                                            parentSchema: schema11.properties.images.properties.registries.properties.allow.items,
                                            data: data19
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err33];
                                        }
                                        else {
                                            vErrors.push(err33);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err34 = {
                                    instancePath: instancePath + '/images/registries/allow',
                                    schemaPath: '#/properties/images/properties/registries/properties/allow/type',
                                    keyword: 'type',
                                    params: { type: 'array' },
                                    message: 'must be array',
                                    schema: schema11.properties.images.properties.registries.properties.allow.type,
                                    parentSchema: schema11.properties.images.properties.registries.properties.allow,
                                    data: data18
                                };
                                if (vErrors === null) {
                                    vErrors = [err34];
                                }
                                else {
                                    vErrors.push(err34);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err35 = {
                            instancePath: instancePath + '/images/registries',
                            schemaPath: '#/properties/images/properties/registries/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object',
                            schema: schema11.properties.images.properties.registries.type,
                            parentSchema: schema11.properties.images.properties.registries,
                            data: data17
                        };
                        if (vErrors === null) {
                            vErrors = [err35];
                        }
                        else {
                            vErrors.push(err35);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err36 = {
                    instancePath: instancePath + '/images',
                    schemaPath: '#/properties/images/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema11.properties.images.type,
                    parentSchema: schema11.properties.images,
                    data: data11
                };
                if (vErrors === null) {
                    vErrors = [err36];
                }
                else {
                    vErrors.push(err36);
                }
                errors++;
            }
        }
        if (data.signatures !== undefined) {
            let data20 = data.signatures;
            if (data20 && typeof data20 == 'object' && !Array.isArray(data20)) {
                for (const key8 in data20) {
                    if (!(key8 === 'required')) {
                        const err37 = {
                            instancePath: instancePath + '/signatures',
                            schemaPath: '#/properties/signatures/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key8 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema11.properties.signatures,
                            data: data20
                        };
                        if (vErrors === null) {
                            vErrors = [err37];
                        }
                        else {
                            vErrors.push(err37);
                        }
                        errors++;
                    }
                }
                if (data20.required !== undefined) {
                    let data21 = data20.required;
                    if (typeof data21 !== 'boolean') {
                        const err38 = {
                            instancePath: instancePath + '/signatures/required',
                            schemaPath: '#/properties/signatures/properties/required/type',
                            keyword: 'type',
                            params: { type: 'boolean' },
                            message: 'must be boolean',
                            schema: schema11.properties.signatures.properties.required.type,
                            parentSchema: schema11.properties.signatures.properties.required,
                            data: data21
                        };
                        if (vErrors === null) {
                            vErrors = [err38];
                        }
                        else {
                            vErrors.push(err38);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err39 = {
                    instancePath: instancePath + '/signatures',
                    schemaPath: '#/properties/signatures/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema11.properties.signatures.type,
                    parentSchema: schema11.properties.signatures,
                    data: data20
                };
                if (vErrors === null) {
                    vErrors = [err39];
                }
                else {
                    vErrors.push(err39);
                }
                errors++;
            }
        }
        if (data.exceptions !== undefined) {
            let data22 = data.exceptions;
            if (Array.isArray(data22)) {
                const len2 = data22.length;
                for (let i3 = 0; i3 < len2; i3++) {
                    let data23 = data22[i3];
                    if (data23 && typeof data23 == 'object' && !Array.isArray(data23)) {
                        if (data23.id === undefined) {
                            const err40 = {
                                instancePath: instancePath + '/exceptions/' + i3,
                                schemaPath: '#/properties/exceptions/items/required',
                                keyword: 'required',
                                params: { missingProperty: 'id' },
                                message: "must have required property '" + 'id' + "'",
                                schema: schema11.properties.exceptions.items.required,
                                parentSchema: schema11.properties.exceptions.items,
                                data: data23
                            };
                            if (vErrors === null) {
                                vErrors = [err40];
                            }
                            else {
                                vErrors.push(err40);
                            }
                            errors++;
                        }
                        if (data23.reason === undefined) {
                            const err41 = {
                                instancePath: instancePath + '/exceptions/' + i3,
                                schemaPath: '#/properties/exceptions/items/required',
                                keyword: 'required',
                                params: { missingProperty: 'reason' },
                                message: "must have required property '" + 'reason' + "'",
                                schema: schema11.properties.exceptions.items.required,
                                parentSchema: schema11.properties.exceptions.items,
                                data: data23
                            };
                            if (vErrors === null) {
                                vErrors = [err41];
                            }
                            else {
                                vErrors.push(err41);
                            }
                            errors++;
                        }
                        for (const key9 in data23) {
                            if (!(key9 === 'id' ||
                                key9 === 'package' ||
                                key9 === 'image' ||
                                key9 === 'reason' ||
                                key9 === 'expires')) {
                                const err42 = {
                                    instancePath: instancePath + '/exceptions/' + i3,
                                    schemaPath: '#/properties/exceptions/items/additionalProperties',
                                    keyword: 'additionalProperties',
                                    params: { additionalProperty: key9 },
                                    message: 'must NOT have additional properties',
                                    schema: false,
                                    parentSchema: schema11.properties.exceptions.items,
                                    data: data23
                                };
                                if (vErrors === null) {
                                    vErrors = [err42];
                                }
                                else {
                                    vErrors.push(err42);
                                }
                                errors++;
                            }
                        }
                        if (data23.id !== undefined) {
                            let data24 = data23.id;
                            if (typeof data24 === 'string') {
                                if (!pattern3.test(data24)) {
                                    const err43 = {
                                        instancePath: instancePath + '/exceptions/' + i3 + '/id',
                                        schemaPath: '#/properties/exceptions/items/properties/id/pattern',
                                        keyword: 'pattern',
                                        params: { pattern: '^\\S+$' },
                                        message: 'must match pattern "' + '^\\S+$' + '"',
                                        schema: '^\\S+$',
                                        parentSchema: schema11.properties.exceptions.items.properties.id,
                                        data: data24
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err43];
                                    }
                                    else {
                                        vErrors.push(err43);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err44 = {
                                    instancePath: instancePath + '/exceptions/' + i3 + '/id',
                                    schemaPath: '#/properties/exceptions/items/properties/id/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema11.properties.exceptions.items.properties.id.type,
                                    parentSchema: schema11.properties.exceptions.items.properties.id,
                                    data: data24
                                };
                                if (vErrors === null) {
                                    vErrors = [err44];
                                }
                                else {
                                    vErrors.push(err44);
                                }
                                errors++;
                            }
                        }
                        if (data23.package !== undefined) {
                            let data25 = data23.package;
                            if (typeof data25 === 'string') {
                                if (!pattern2.test(data25)) {
                                    const err45 = {
                                        instancePath: instancePath + '/exceptions/' + i3 + '/package',
                                        schemaPath: '#/properties/exceptions/items/properties/package/pattern',
                                        keyword: 'pattern',
                                        params: { pattern: '\\S' },
                                        message: 'must match pattern "' + '\\S' + '"',
                                        schema: '\\S',
                                        parentSchema: schema11.properties.exceptions.items.properties.package,
                                        data: data25
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err45];
                                    }
                                    else {
                                        vErrors.push(err45);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err46 = {
                                    instancePath: instancePath + '/exceptions/' + i3 + '/package',
                                    schemaPath: '#/properties/exceptions/items/properties/package/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema11.properties.exceptions.items.properties.package.type,
                                    parentSchema: schema11.properties.exceptions.items.properties.package,
                                    data: data25
                                };
                                if (vErrors === null) {
                                    vErrors = [err46];
                                }
                                else {
                                    vErrors.push(err46);
                                }
                                errors++;
                            }
                        }
                        if (data23.image !== undefined) {
                            let data26 = data23.image;
                            if (typeof data26 === 'string') {
                                if (!pattern2.test(data26)) {
                                    const err47 = {
                                        instancePath: instancePath + '/exceptions/' + i3 + '/image',
                                        schemaPath: '#/properties/exceptions/items/properties/image/pattern',
                                        keyword: 'pattern',
                                        params: { pattern: '\\S' },
                                        message: 'must match pattern "' + '\\S' + '"',
                                        schema: '\\S',
                                        parentSchema: schema11.properties.exceptions.items.properties.image,
                                        data: data26
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err47];
                                    }
                                    else {
                                        vErrors.push(err47);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err48 = {
                                    instancePath: instancePath + '/exceptions/' + i3 + '/image',
                                    schemaPath: '#/properties/exceptions/items/properties/image/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema11.properties.exceptions.items.properties.image.type,
                                    parentSchema: schema11.properties.exceptions.items.properties.image,
                                    data: data26
                                };
                                if (vErrors === null) {
                                    vErrors = [err48];
                                }
                                else {
                                    vErrors.push(err48);
                                }
                                errors++;
                            }
                        }
                        if (data23.reason !== undefined) {
                            let data27 = data23.reason;
                            if (typeof data27 === 'string') {
                                if (!pattern2.test(data27)) {
                                    const err49 = {
                                        instancePath: instancePath + '/exceptions/' + i3 + '/reason',
                                        schemaPath: '#/properties/exceptions/items/properties/reason/pattern',
                                        keyword: 'pattern',
                                        params: { pattern: '\\S' },
                                        message: 'must match pattern "' + '\\S' + '"',
                                        schema: '\\S',
                                        parentSchema: schema11.properties.exceptions.items.properties.reason,
                                        data: data27
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err49];
                                    }
                                    else {
                                        vErrors.push(err49);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err50 = {
                                    instancePath: instancePath + '/exceptions/' + i3 + '/reason',
                                    schemaPath: '#/properties/exceptions/items/properties/reason/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema11.properties.exceptions.items.properties.reason.type,
                                    parentSchema: schema11.properties.exceptions.items.properties.reason,
                                    data: data27
                                };
                                if (vErrors === null) {
                                    vErrors = [err50];
                                }
                                else {
                                    vErrors.push(err50);
                                }
                                errors++;
                            }
                        }
                        if (data23.expires !== undefined) {
                            let data28 = data23.expires;
                            if (typeof data28 === 'string') {
                                if (!formats0(data28)) {
                                    const err51 = {
                                        instancePath: instancePath + '/exceptions/' + i3 + '/expires',
                                        schemaPath: '#/properties/exceptions/items/properties/expires/format',
                                        keyword: 'format',
                                        params: { format: 'date' },
                                        message: 'must match format "' + 'date' + '"',
                                        schema: 'date',
                                        parentSchema: schema11.properties.exceptions.items.properties.expires,
                                        data: data28
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err51];
                                    }
                                    else {
                                        vErrors.push(err51);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err52 = {
                                    instancePath: instancePath + '/exceptions/' + i3 + '/expires',
                                    schemaPath: '#/properties/exceptions/items/properties/expires/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema11.properties.exceptions.items.properties.expires.type,
                                    parentSchema: schema11.properties.exceptions.items.properties.expires,
                                    data: data28
                                };
                                if (vErrors === null) {
                                    vErrors = [err52];
                                }
                                else {
                                    vErrors.push(err52);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err53 = {
                            instancePath: instancePath + '/exceptions/' + i3,
                            schemaPath: '#/properties/exceptions/items/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object',
                            schema: schema11.properties.exceptions.items.type,
                            parentSchema: schema11.properties.exceptions.items,
                            data: data23
                        };
                        if (vErrors === null) {
                            vErrors = [err53];
                        }
                        else {
                            vErrors.push(err53);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err54 = {
                    instancePath: instancePath + '/exceptions',
                    schemaPath: '#/properties/exceptions/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                    schema: schema11.properties.exceptions.type,
                    parentSchema: schema11.properties.exceptions,
                    data: data22
                };
                if (vErrors === null) {
                    vErrors = [err54];
                }
                else {
                    vErrors.push(err54);
                }
                errors++;
            }
        }
        if (data.report !== undefined) {
            let data29 = data.report;
            if (data29 && typeof data29 == 'object' && !Array.isArray(data29)) {
                for (const key10 in data29) {
                    if (!(key10 === 'comment')) {
                        const err55 = {
                            instancePath: instancePath + '/report',
                            schemaPath: '#/properties/report/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key10 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema11.properties.report,
                            data: data29
                        };
                        if (vErrors === null) {
                            vErrors = [err55];
                        }
                        else {
                            vErrors.push(err55);
                        }
                        errors++;
                    }
                }
                if (data29.comment !== undefined) {
                    let data30 = data29.comment;
                    if (typeof data30 !== 'string') {
                        const err56 = {
                            instancePath: instancePath + '/report/comment',
                            schemaPath: '#/properties/report/properties/comment/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema11.properties.report.properties.comment.type,
                            parentSchema: schema11.properties.report.properties.comment,
                            data: data30
                        };
                        if (vErrors === null) {
                            vErrors = [err56];
                        }
                        else {
                            vErrors.push(err56);
                        }
                        errors++;
                    }
                    if (!(data30 === 'always' || data30 === 'on-failure' || data30 === 'never')) {
                        const err57 = {
                            instancePath: instancePath + '/report/comment',
                            schemaPath: '#/properties/report/properties/comment/enum',
                            keyword: 'enum',
                            params: { allowedValues: schema11.properties.report.properties.comment.enum },
                            message: 'must be equal to one of the allowed values',
                            schema: schema11.properties.report.properties.comment.enum,
                            parentSchema: schema11.properties.report.properties.comment,
                            data: data30
                        };
                        if (vErrors === null) {
                            vErrors = [err57];
                        }
                        else {
                            vErrors.push(err57);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err58 = {
                    instancePath: instancePath + '/report',
                    schemaPath: '#/properties/report/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema11.properties.report.type,
                    parentSchema: schema11.properties.report,
                    data: data29
                };
                if (vErrors === null) {
                    vErrors = [err58];
                }
                else {
                    vErrors.push(err58);
                }
                errors++;
            }
        }
    }
    else {
        const err59 = {
            instancePath,
            schemaPath: '#/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
            schema: schema11.type,
            parentSchema: schema11,
            data
        };
        if (vErrors === null) {
            vErrors = [err59];
        }
        else {
            vErrors.push(err59);
        }
        errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
}

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
;// CONCATENATED MODULE: ./src/policy/yaml-source.ts


/** Maps a path inside the parsed value (as JSON pointer segments) back to the YAML text. */
class PositionIndex {
    root;
    lineStarts = [0];
    constructor(text, root) {
        this.root = root;
        for (let i = 0; i < text.length; i++)
            if (text[i] === '\n')
                this.lineStarts.push(i + 1);
    }
    /** Where the value at `path` starts; an empty value falls back to its key. */
    valueAt(path) {
        const { node, keyStart } = this.walk(path);
        return this.point(node && node.start >= 0 ? node.start : keyStart);
    }
    /** Where the key naming the value at `path` is written (for unknown keys). */
    keyAt(path) {
        const { node, keyStart } = this.walk(path);
        return this.point(keyStart >= 0 ? keyStart : node?.start);
    }
    /** Follows `path` as far as the document goes; a path that leaves it stops at the last known node. */
    walk(path) {
        let node = this.root;
        let keyStart = -1;
        for (const segment of path) {
            let next;
            if (node?.kind === 'mapping') {
                const entry = node.entries.get(segment);
                next = entry?.value;
                if (entry)
                    keyStart = entry.keyStart;
            }
            else if (node?.kind === 'sequence') {
                next = node.items[Number(segment)];
                keyStart = -1;
            }
            if (!next)
                break;
            node = next;
        }
        return { node, keyStart };
    }
    point(offset) {
        if (offset === undefined || offset < 0)
            return undefined;
        let low = 0;
        let high = this.lineStarts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (this.lineStarts[mid] <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return { line: low + 1, column: offset - this.lineStarts[low] + 1 };
    }
}
/**
 * Parses one YAML document with the YAML 1.2 core schema (so `2027-01-31` stays a string and `yes`
 * is not a boolean) and keeps the offsets of every node, so later problems can name line and column.
 * Malformed YAML becomes a ConfigError at js-yaml's position. Returns `undefined` for an empty file.
 */
function parseYamlWithPositions(text, file) {
    let events;
    let documents;
    try {
        events = (0,js_yaml/* parseEvents */.PH)(text, { filename: file });
        documents = (0,js_yaml/* constructFromEvents */.fw)(events, { source: text, filename: file, schema: js_yaml/* CORE_SCHEMA */.OU });
    }
    catch (error) {
        if (!(error instanceof js_yaml/* YAMLException */.tB))
            throw error;
        const mark = error.mark;
        throw new errors_ConfigError(`${file}: invalid YAML: ${error.reason}`, [
            {
                message: `invalid YAML: ${error.reason}`,
                position: mark ? { file, line: mark.line + 1, column: mark.column + 1 } : { file }
            }
        ]);
    }
    if (documents.length > 1) {
        const message = 'the policy must be a single YAML document; remove the extra `---` documents';
        throw new errors_ConfigError(`${file}: ${message}`, [{ message, position: { file } }]);
    }
    return { value: documents[0], index: new PositionIndex(text, spanOfFirstDocument(events, text)) };
}
function spanOfFirstDocument(events, text) {
    if (events.length < 2 || events[0].type !== js_yaml/* EVENT_ID */.hy.DOCUMENT)
        return undefined;
    let cursor = 1;
    const read = () => {
        const event = events[cursor++];
        switch (event.type) {
            case js_yaml/* EVENT_ID */.hy.SCALAR: {
                const quoted = event.style === js_yaml/* SCALAR_STYLE */.jK.SINGLE_QUOTED || event.style === js_yaml/* SCALAR_STYLE */.jK.DOUBLE_QUOTED;
                // Quoted scalars point at their opening quote, the way editors underline them.
                const start = event.valueStart < 0 ? -1 : quoted ? event.valueStart - 1 : event.valueStart;
                return { kind: 'scalar', start };
            }
            case js_yaml/* EVENT_ID */.hy.ALIAS:
                return { kind: 'scalar', start: event.anchorStart - 1 };
            case js_yaml/* EVENT_ID */.hy.MAPPING: {
                const entries = new Map();
                while (events[cursor].type !== js_yaml/* EVENT_ID */.hy.POP) {
                    const keyEvent = events[cursor];
                    const key = read();
                    const value = read();
                    // Complex (non-scalar) keys can't be named by a path, so they are not indexed.
                    if (keyEvent.type === js_yaml/* EVENT_ID */.hy.SCALAR)
                        entries.set((0,js_yaml/* getScalarValue */.KE)(text, keyEvent), { keyStart: key.start, value });
                }
                cursor++;
                return { kind: 'mapping', start: event.start, entries };
            }
            case js_yaml/* EVENT_ID */.hy.SEQUENCE: {
                const items = [];
                while (events[cursor].type !== js_yaml/* EVENT_ID */.hy.POP)
                    items.push(read());
                cursor++;
                return { kind: 'sequence', start: event.start, items };
            }
            default:
                throw new Error(`unexpected YAML event ${event.type}`);
        }
    };
    return read();
}

;// CONCATENATED MODULE: ./src/policy/load.ts









/** The precompiled ajv validator (see generate-validator.ts), typed. */
const validatePolicy = validate;
/**
 * The policy a run uses: `explicit` (relative to the working directory), else
 * `.github/imagegate.yml`/`.yaml`, else the built-in default. Throws ConfigError on any mistake.
 */
function loadPolicy(explicit, workingDirectory) {
    const resolved = resolvePolicyPath(explicit, workingDirectory);
    if (resolved.path === undefined)
        return loadBuiltinPolicy();
    return loadPolicyFile(resolved.path, resolved.source);
}
/** Reads and validates one policy file; `label` is how messages name it (default: the path). */
function loadPolicyFile(file, label = file) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        const message = `cannot read the policy file: ${readFailure(error)}`;
        throw new errors_ConfigError(`${label}: ${message}`, [{ message, position: { file: label } }]);
    }
    return { policy: parsePolicy(text, label), source: label };
}
function loadBuiltinPolicy() {
    return { policy: parsePolicy(BUILTIN_POLICY_TEXT, BUILTIN_POLICY_LABEL), source: BUILTIN_POLICY_LABEL };
}
/**
 * Parses and validates policy YAML and fills in every default. Every mistake becomes a problem at
 * `fileLabel:line:column` in one ConfigError, so a user fixes them all in one pass.
 */
function parsePolicy(text, fileLabel) {
    const { value, index } = parseYamlWithPositions(text, fileLabel);
    if (value === undefined || value === null) {
        fail([{ message: 'the policy is empty; it needs at least `version: 1`', position: { file: fileLabel } }]);
    }
    if (typeof value !== 'object' || Array.isArray(value)) {
        const message = `the policy must be a mapping of keys to values, starting with \`version: 1\` (got ${show(value)})`;
        fail([{ message, position: { file: fileLabel, ...index.valueAt([]) } }]);
    }
    const data = value;
    // A different version means a different format: report that alone, not a cascade of unknown keys.
    if (data.version !== undefined && data.version !== 1) {
        const message = `unsupported policy version ${show(data.version)}; this imagegate reads \`version: 1\``;
        fail([{ message, position: { file: fileLabel, ...index.valueAt(['version']), field: 'version' } }]);
    }
    if (!validatePolicy(data))
        fail(describeSchemaErrors(validatePolicy.errors ?? [], data, index, fileLabel));
    const policy = withDefaults(POLICY_SCHEMA, data);
    return { ...policy, exceptions: policy.exceptions.map((e, i) => withPosition(e, i, index, fileLabel)) };
}
function withPosition(exception, i, index, file) {
    const line = index.valueAt(['exceptions', String(i)])?.line;
    return { ...exception, position: line === undefined ? { file } : { file, line } };
}
function fail(problems) {
    throw new errors_ConfigError(problems.map(formatProblem).join('\n'), problems);
}
function readFailure(error) {
    const code = error.code;
    if (code === 'ENOENT')
        return 'no such file';
    if (code === 'EISDIR')
        return 'it is a directory, not a file';
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied';
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./src/report/common.ts

const common_TOOL_NAME = 'imagegate';
/** Project home, used as SARIF `informationUri` and the base of imagegate rule docs. */
const TOOL_HOME = 'https://github.com/imagegate/imagegate';
/**
 * The order every reporter shows findings in: blocking first, then other unsuppressed findings, then
 * suppressed ones; each group most severe first, ties kept in input order. A bucket sort, so linear.
 */
function common_rankFindings(findings) {
    const buckets = Array.from({ length: 3 * SEVERITIES.length }, () => []);
    const top = SEVERITIES.length - 1;
    for (const finding of findings) {
        const group = finding.suppressedBy ? 2 : finding.blocking ? 0 : 1;
        buckets[group * SEVERITIES.length + top - severityRank(finding.severity)].push(finding);
    }
    return buckets.flat();
}
/** A rule's docs when the finding brings no link: hadolint, ShellCheck, NVD, GitHub advisories. */
function defaultHelpUri(rule) {
    if (/^DL\d{4}$/.test(rule))
        return `https://github.com/hadolint/hadolint/wiki/${rule}`;
    if (/^SC\d{4}$/.test(rule))
        return `https://www.shellcheck.net/wiki/${rule}`;
    if (/^CVE-\d{4}-\d{4,}$/.test(rule))
        return `https://nvd.nist.gov/vuln/detail/${rule}`;
    if (/^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/.test(rule))
        return `https://github.com/advisories/${rule}`;
    if (/^IG\d+$/.test(rule))
        return `${TOOL_HOME}#${rule.toLowerCase()}`;
    return undefined;
}
const LOCATION_KEYS = ['file', 'line', 'column', 'endLine', 'endColumn'];
const PACKAGE_KEYS = ['name', 'version', 'fixedVersion', 'type'];
const SUPPRESSION_KEYS = ['id', 'reason', 'expires'];
/** Copies the listed keys that are set, so whatever else an object carries stays out of a report. */
function pickDefined(source, keys) {
    const out = {};
    for (const key of keys)
        if (source[key] !== undefined)
            out[key] = source[key];
    return out;
}
/** `file:line:col`, or just `file` / `file:line` when that is all there is. */
function common_locationLabel(location) {
    if (location.line === undefined)
        return location.file;
    return location.column === undefined
        ? `${location.file}:${location.line}`
        : `${location.file}:${location.line}:${location.column}`;
}
/** A workspace-relative path with forward slashes; absolute paths and `..` escapes are not. */
function common_isWorkspacePath(file) {
    if (file === '' || file.startsWith('/') || /^[A-Za-z]:/.test(file) || file.includes('\\'))
        return false;
    return !file.split('/').includes('..');
}
/** `850 ms`, `1.2 s`, `2 min 5 s`. */
function formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return '?';
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    const seconds = Math.round(ms / 1000);
    return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

;// CONCATENATED MODULE: ./src/report/json-report.ts

/** Bump when a field is removed or changes meaning; schemas/report.schema.json follows it. */
const REPORT_SCHEMA_VERSION = 1;
/** The machine-readable report: every finding, suppressed ones included, in the result's order. */
function buildJsonReport(result) {
    return {
        schemaVersion: REPORT_SCHEMA_VERSION,
        tool: { name: common_TOOL_NAME, version: result.toolVersion },
        verdict: result.verdict,
        reasons: [...result.reasons],
        mode: result.mode,
        policy: { source: result.policySource },
        startedAt: result.startedAt,
        durationMs: result.durationMs,
        counts: { ...result.counts },
        blockingCount: result.blockingCount,
        suppressedCount: result.suppressedCount,
        images: [...result.images],
        dockerfiles: [...result.dockerfiles],
        checks: result.checks.map(c => {
            const check = {
                id: c.id,
                title: c.title,
                status: c.status,
                required: c.required,
                durationMs: c.durationMs,
                findingCount: c.findingCount,
                blockingCount: c.blockingCount
            };
            if (c.detail !== undefined)
                check.detail = c.detail;
            return check;
        }),
        findings: result.findings.map(toJsonFinding)
    };
}
// Fields are copied one by one so that whatever else a finding object carries never leaks into the report.
function toJsonFinding(f) {
    const out = {
        check: f.check,
        rule: f.rule,
        severity: f.severity,
        blocking: f.blocking,
        message: f.message
    };
    if (f.location)
        out.location = pickDefined(f.location, LOCATION_KEYS);
    if (f.image !== undefined)
        out.image = f.image;
    if (f.package)
        out.package = pickDefined(f.package, PACKAGE_KEYS);
    if (f.helpUri !== undefined)
        out.helpUri = f.helpUri;
    if (f.suppressedBy)
        out.suppressedBy = pickDefined(f.suppressedBy, SUPPRESSION_KEYS);
    return out;
}

;// CONCATENATED MODULE: ./src/report/image-ref.ts

/**
 * The repository part of an image reference: `ghcr.io/acme/app:1.2@sha256:…` → `ghcr.io/acme/app`,
 * normalised as docker does (`alpine` → `docker.io/library/alpine`). Tags and digests change every
 * build; the repository names what a finding is about over time. Unparseable text is kept as is.
 */
function imageRepository(ref) {
    const parsed = tryParseImageReference(ref.trim());
    return parsed.ok ? describeRegistryPath(parsed.reference) : ref.trim();
}

;// CONCATENATED MODULE: ./src/report/sarif-locations.ts


/**
 * GitHub rejects results without a physical location, so every result gets one:
 * 1. the finding's own file and line;
 * 2. for policy findings, the policy file;
 * 3. in a run with one Dockerfile and at most one image, that Dockerfile (it built the image);
 * 4. otherwise a pseudo-path `image/<registry>/<repository>` (tag and digest dropped so alerts survive
 *    rebuilds; the full reference is in the logical location). GitHub accepts relative URIs that match
 *    no file, as Grype's `image//lib/apk/db/installed` shows; the alert then has no source preview.
 */
function makeLocator(result, prefix, repoOf) {
    const uriOf = memo((file) => fileUri(common_isWorkspacePath(file) ? prefix + file : file));
    const atLineOne = (file) => ({
        physicalLocation: { artifactLocation: { uri: uriOf(file) }, region: { startLine: 1 } }
    });
    const policy = policyFile(result);
    const [dockerfile] = result.dockerfiles.filter(common_isWorkspacePath);
    const builtFrom = result.dockerfiles.length === 1 && result.images.length <= 1 ? dockerfile : undefined;
    // Neither file nor image: the policy that judged it, any Dockerfile, or a name for the tool itself.
    const fallback = policy ?? dockerfile ?? common_TOOL_NAME;
    return finding => {
        const loc = finding.location;
        if (loc) {
            return { physicalLocation: { artifactLocation: { uri: uriOf(loc.file) }, region: toRegion(loc) } };
        }
        if (finding.check === 'policy' && policy)
            return atLineOne(policy);
        if (builtFrom)
            return atLineOne(builtFrom);
        if (!finding.image)
            return atLineOne(fallback);
        const image = finding.image;
        return {
            physicalLocation: {
                artifactLocation: { uri: fileUri(`image/${repoOf(image)}`) },
                region: { startLine: 1 }
            },
            logicalLocations: [{ name: image, fullyQualifiedName: image, kind: 'resource' }]
        };
    };
}
/** Caches a pure string function for one run: images and files repeat across thousands of findings. */
function memo(fn) {
    const cache = new Map();
    return key => {
        let value = cache.get(key);
        if (value === undefined)
            cache.set(key, (value = fn(key)));
        return value;
    };
}
function toRegion(loc) {
    const region = { startLine: positive(loc.line) ?? 1 };
    if (positive(loc.line) && positive(loc.column))
        region.startColumn = loc.column;
    const endLine = positive(loc.endLine);
    if (positive(loc.line) && endLine && endLine >= region.startLine) {
        region.endLine = endLine;
        const endColumn = positive(loc.endColumn);
        if (endColumn && (endLine > region.startLine || endColumn >= (region.startColumn ?? 1)))
            region.endColumn = endColumn;
    }
    return region;
}
/** The policy file, when the policy came from one inside the workspace (not the built-in default). */
function policyFile(result) {
    const source = result.policySource;
    return source !== BUILTIN_POLICY_LABEL && common_isWorkspacePath(source) ? source : undefined;
}
/** A relative URI: segments percent-encoded, so `:` never reads as a scheme nor `..` as a step up. */
function fileUri(path) {
    return path
        .split('/')
        .map(segment => segment === '.' || segment === '..' ? segment.replace(/\./g, '%2E') : encodeURIComponent(segment))
        .join('/');
}
function positive(n) {
    return n !== undefined && Number.isInteger(n) && n >= 1 ? n : undefined;
}

;// CONCATENATED MODULE: ./src/report/untrusted.ts
/**
 * Helpers for text that came from outside: Dockerfile text, image references, package names, scanner
 * titles. Every reporter passes such text through one of these before printing or rendering it.
 */
// ANSI escape sequences: CSI (ESC [ or the 8-bit CSI), OSC (ESC ] ... BEL/ST), and two-byte ESC forms.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ANSI = /(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]/g;
// C0 controls except tab and line breaks, DEL, C1 controls, and bidi overrides/isolates (Trojan Source).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;
/** Removes ANSI sequences and control characters; line breaks become `\n`, tabs stay. */
function stripControl(text) {
    return text.replace(ANSI, '').replace(/\r\n?/g, '\n').replace(CONTROL, '');
}
/** One line: control characters removed, every run of whitespace (line breaks too) collapsed to a space. */
function untrusted_oneLine(text) {
    return stripControl(text).replace(/\s+/g, ' ').trim();
}
/** Cuts to at most `max` UTF-16 units, ending in `…`, without splitting a surrogate pair. */
function untrusted_truncate(text, max) {
    if (text.length <= max)
        return text;
    let end = Math.max(0, max - 1);
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end -= 1;
    return `${text.slice(0, end)}…`;
}
// The runner trims leading whitespace (.NET Char.IsWhiteSpace, which includes U+0085 but not U+FEFF)
// before looking for `::`, and splits lines on \n, \r and \r\n, which `^` with the m flag also does.
const COMMAND_START = /^((?:(?![\r\n])[\s\u0085])*)::/gm;
// Legacy `##[command]` syntax is found anywhere in a line, not just at its start.
const LEGACY_COMMAND = /##\[/g;
const ZWSP = '\u200b';
/**
 * Makes text safe to print to the Actions log: no line can start a workflow command. A zero-width space
 * goes between the two colons (and between `##` and `[`), so the text reads the same but is not parsed.
 */
function neutralizeWorkflowCommands(text) {
    return text.replace(COMMAND_START, `$1:${ZWSP}:`).replace(LEGACY_COMMAND, `#${ZWSP}#[`);
}
const MARKDOWN_SPECIAL = /[\\`*_[\]#~!|$]/g;
const HTML_SPECIAL = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
// Line-start syntax: list markers, setext underlines, ordered lists (`1.` / `1)`), block quotes are `>`.
const LINE_START = /^([-+=]|\d+(?=[.)]))/;
/**
 * Escapes untrusted text for a table cell or inline markdown: one line, at most `maxLength` characters
 * of the original, markdown and HTML inert, and `@mentions` broken with a zero-width joiner so nobody is
 * pinged. GitHub also renders `$...$` as math, so `$` is escaped too.
 */
function escapeMarkdownInline(text, maxLength = 300) {
    const short = untrusted_truncate(untrusted_oneLine(text), maxLength);
    return short
        .replace(/[&<>]/g, c => HTML_SPECIAL[c] ?? c)
        .replace(MARKDOWN_SPECIAL, '\\$&')
        .replace(/@/g, '@\u200d')
        .replace(LINE_START, m => (/\d/.test(m[0] ?? '') ? `${m}\\` : `\\${m}`));
}
/**
 * Renders text as an inline code span: the fence is one backtick longer than the longest run inside.
 * In a table `|` must still be escaped, even inside code (GFM splits cells first), so pass `table`.
 */
function codeSpan(text, options = {}) {
    let body = untrusted_truncate(untrusted_oneLine(text), options.maxLength ?? 300);
    if (options.table)
        body = body.replace(/\|/g, '\\|');
    if (body === '')
        return '` `';
    let longest = 0;
    for (const run of body.match(/`+/g) ?? [])
        longest = Math.max(longest, run.length);
    const fence = '`'.repeat(longest + 1);
    // A leading/trailing backtick would join the fence; CommonMark strips the one padding space again.
    const pad = /^`|`$/.test(body) ? ' ' : '';
    return `${fence}${pad}${body}${pad}${fence}`;
}

;// CONCATENATED MODULE: ./src/report/sarif.ts






/** GitHub code scanning rejects the whole upload past these (docs: "SARIF support for code scanning"). */
const SARIF_LIMITS = { runs: 20, resultsPerRun: 25_000, locationsPerResult: 1_000 };
/** GitHub maps these to its critical/high/medium/low bands (>= 9.0, 7.0-8.9, 4.0-6.9, 0.1-3.9). */
const SECURITY_SEVERITY = {
    critical: '9.5',
    high: '8.0',
    medium: '5.5',
    low: '3.0',
    info: '0.0'
};
const FINGERPRINT_KEY = 'imagegateFinding/v1';
const MAX_TEXT = 1024;
/**
 * One SARIF 2.1.0 run for GitHub code scanning. Over the result cap the most severe results are kept
 * (blocking, then unsuppressed, then suppressed; severity within each) and a notification says so.
 */
function buildSarif(result, options = {}) {
    const max = options.maxResults ?? SARIF_LIMITS.resultsPerRun;
    const ranked = common_rankFindings(result.findings);
    const kept = ranked.length > max ? ranked.slice(0, max) : ranked;
    const rules = new Map();
    const results = [];
    const repoOf = memo(imageRepository);
    const locate = makeLocator(result, options.pathPrefix ?? '', repoOf);
    for (const finding of kept) {
        let entry = rules.get(finding.rule);
        if (!entry) {
            const rule = newRule(finding);
            entry = {
                index: rules.size,
                rule,
                check: finding.check,
                severity: finding.severity,
                messages: new Set()
            };
            rules.set(finding.rule, entry);
        }
        if (severityRank(finding.severity) > severityRank(entry.severity))
            entry.severity = finding.severity;
        // Two distinct messages are enough to know the first one does not describe the rule.
        if (entry.messages.size < 2)
            entry.messages.add(finding.message);
        results.push(toResult(finding, entry.index, locate, repoOf));
    }
    for (const entry of rules.values())
        finishRule(entry);
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: common_TOOL_NAME,
                        version: result.toolVersion,
                        informationUri: TOOL_HOME,
                        rules: [...rules.values()].map(e => e.rule)
                    }
                },
                invocations: [
                    {
                        executionSuccessful: !result.checks.some(c => c.status === 'error'),
                        toolExecutionNotifications: notifications(result, ranked.length, kept.length)
                    }
                ],
                results
            }
        ]
    };
}
function newRule(finding) {
    const rule = {
        id: finding.rule,
        shortDescription: { text: '' },
        defaultConfiguration: { level: 'note' },
        properties: { 'security-severity': '0.0', tags: ['security', finding.check] }
    };
    const helpUri = httpUri(finding.helpUri) ?? defaultHelpUri(finding.rule);
    if (helpUri)
        rule.helpUri = helpUri;
    return rule;
}
function finishRule({ rule, check, severity, messages }) {
    const [only] = messages;
    // A scanner's message usually is the rule's description; when findings differ, name rule and check.
    rule.shortDescription.text = clip(messages.size === 1 && only ? only : `${rule.id} (${check})`);
    rule.defaultConfiguration.level =
        severityRank(severity) >= severityRank('high') ? 'error' : levelFor(severity);
    rule.properties['security-severity'] = SECURITY_SEVERITY[severity];
}
function levelFor(severity) {
    return severityRank(severity) >= severityRank('medium') ? 'warning' : 'note';
}
function toResult(finding, ruleIndex, locate, repoOf) {
    let text = finding.message;
    if (finding.image && !text.includes(finding.image))
        text += ` (image: ${finding.image})`;
    const out = {
        ruleId: finding.rule,
        ruleIndex,
        level: finding.blocking ? 'error' : levelFor(finding.severity),
        message: { text: messageText(text) },
        locations: [locate(finding)],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(finding, repoOf) },
        properties: { check: finding.check, severity: finding.severity, blocking: finding.blocking }
    };
    if (finding.image)
        out.properties.image = finding.image;
    if (finding.package)
        out.properties.package = pickDefined(finding.package, PACKAGE_KEYS);
    if (finding.suppressedBy) {
        const { id, reason, expires } = finding.suppressedBy;
        const until = expires ? `, expires ${expires}` : '';
        out.suppressions = [{ kind: 'external', justification: clip(`${reason} (exception ${id}${until})`) }];
    }
    return out;
}
/** Stable across runs: the image without tag or digest, the package without version, no message text. */
function fingerprint(f, repoOf) {
    const key = [
        f.rule,
        f.location?.file ?? '',
        f.location?.line ?? '',
        f.image ? repoOf(f.image) : '',
        f.package?.name ?? '',
        f.package?.type ?? ''
    ].join('\u0000');
    return hash64(key);
}
/**
 * A 64-bit string hash (two multiply-xorshift lanes, after bryc's cyrb53). Not cryptographic: it only
 * has to be deterministic and tell results apart, and it is ten times cheaper than sha256 at 25,000.
 */
function hash64(text) {
    let h1 = 0xdeadbeef;
    let h2 = 0x41c6ce57;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        h1 = Math.imul(h1 ^ c, 2654435761);
        h2 = Math.imul(h2 ^ c, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}
function notifications(result, total, kept) {
    const out = [];
    if (kept < total) {
        const text = `${common_TOOL_NAME} found ${formatCount(total)} findings. GitHub code scanning accepts at most ` +
            `${formatCount(kept)} results per run, so the ${formatCount(kept)} most severe are included and ` +
            `${formatCount(total - kept)} were dropped. The JSON report has all of them.`;
        out.push({ level: 'warning', message: { text } });
    }
    for (const check of result.checks) {
        if (check.status !== 'error')
            continue;
        const detail = check.detail ? `: ${check.detail}` : '';
        out.push({
            level: 'error',
            message: { text: messageText(`Check "${check.title}" could not run${detail}`) }
        });
    }
    return out;
}
function httpUri(uri) {
    if (!uri || !/^https?:\/\//i.test(uri))
        return undefined;
    try {
        return new URL(uri).href;
    }
    catch {
        return undefined;
    }
}
/** SARIF reads `[text](target)` in a plain-text message as an embedded link, so brackets are escaped. */
function messageText(text) {
    const short = clip(text);
    return short.includes('[') || short.includes(']') ? short.replace(/[[\]]/g, '\\$&') : short;
}
function clip(text) {
    return untrusted_truncate(text, MAX_TEXT);
}

;// CONCATENATED MODULE: ./src/publish/files.ts






/**
 * Writes the JSON report and SARIF where asked; returns the absolute paths written. `sarifPathPrefix`
 * turns finding paths (relative to the working directory) into paths relative to the repository root.
 */
function writeReportFiles(result, paths, baseDirectory, sarifPathPrefix = '') {
    const written = {};
    if (paths.reportJson) {
        written.reportJson = writeJson('report-json', external_node_path_.resolve(baseDirectory, paths.reportJson), buildJsonReport(result));
    }
    if (paths.sarif)
        written.sarif = writeJson('sarif', external_node_path_.resolve(baseDirectory, paths.sarif), buildSarif(result, { pathPrefix: sarifPathPrefix }));
    return written;
}
function writeJson(input, file, data) {
    try {
        (0,external_node_fs_.mkdirSync)(external_node_path_.dirname(file), { recursive: true });
        (0,external_node_fs_.writeFileSync)(file, `${JSON.stringify(data, null, 2)}\n`);
    }
    catch (error) {
        throw new errors_ConfigError(`${input}: cannot write ${file}: ${errorMessage(error)}`);
    }
    return file;
}
/** `sub/dir/` for a working directory below `root`, '' for the root itself. */
function relativePrefix(root, workingDirectory) {
    const relative = posixRelative(root, workingDirectory);
    return relative === '' ? '' : `${relative}/`;
}

;// CONCATENATED MODULE: ./src/report/annotations.ts



const MAX_ANNOTATIONS_PER_LEVEL = 10;
const MAX_MESSAGE = 1000;
/**
 * Blocking findings become errors, other unsuppressed ones warnings, most severe first, at most
 * `maxPerLevel` of each. When some are left out, one notice says so and points to the job summary.
 */
function buildAnnotations(result, options = {}) {
    const max = options.maxPerLevel ?? MAX_ANNOTATIONS_PER_LEVEL;
    const errors = [];
    const warnings = [];
    const omitted = { error: 0, warning: 0 };
    let suppressed = 0;
    for (const finding of rankFindings(result.findings)) {
        if (finding.suppressedBy) {
            suppressed++;
            continue;
        }
        const level = finding.blocking ? 'error' : 'warning';
        const list = level === 'error' ? errors : warnings;
        if (list.length < max)
            list.push(toAnnotation(finding, level, options.pathPrefix ?? ''));
        else
            omitted[level]++;
    }
    const annotations = [...errors, ...warnings];
    const left = omitted.error + omitted.warning;
    if (left > 0) {
        annotations.push({
            level: 'notice',
            title: `${TOOL_NAME}: ${plural(left, 'more finding')}`,
            message: `GitHub shows at most ${max} error and ${max} warning annotations per step. Not annotated: ` +
                `${omitted.error} blocking and ${omitted.warning} other findings; the job summary lists them.`
        });
    }
    return { annotations, omitted, suppressed };
}
function toAnnotation(finding, level, prefix) {
    const title = `${TOOL_NAME} ${oneLine(finding.rule)} (${finding.severity})`;
    let message = oneLine(finding.message);
    const image = finding.image === undefined ? '' : oneLine(finding.image);
    if (image && !message.includes(image))
        message += ` (image: ${image})`;
    const location = finding.location;
    // Only files inside the workspace can carry an annotation; others keep their place in the text.
    if (!location || !isWorkspacePath(location.file)) {
        if (location)
            message += ` (at ${oneLine(locationLabel(location))})`;
        return { level, title, message: truncate(message, MAX_MESSAGE) };
    }
    const annotation = {
        level,
        title,
        message: truncate(message, MAX_MESSAGE),
        file: prefix + location.file
    };
    if (location.line !== undefined) {
        // Only the first line of a range: GitHub renders multi-line ranges poorly.
        annotation.startLine = location.line;
        if (location.column !== undefined)
            annotation.startColumn = location.column;
    }
    return annotation;
}
/** Sends annotations to the logger; only the properties that are set are passed on. */
function emitAnnotations(annotations, core) {
    for (const { level, message, ...rest } of annotations) {
        const properties = { title: rest.title };
        if (rest.file !== undefined)
            properties.file = rest.file;
        if (rest.startLine !== undefined)
            properties.startLine = rest.startLine;
        if (rest.startColumn !== undefined)
            properties.startColumn = rest.startColumn;
        core[level](message, properties);
    }
}

;// CONCATENATED MODULE: ./src/report/markdown.ts





/** GitHub rejects a step summary over 1 MiB; stay below it with room for other writers. */
const SUMMARY_MAX_BYTES = 1024 * 1024 - 16 * 1024;
const COMMENT_MAX_CHARS = 65_536;
const DEFAULT_MAX_FINDINGS = 50;
const VERDICT_ICON = { pass: '✅', warn: '⚠️', fail: '❌' };
const STATUS_LABEL = {
    passed: '✅ passed',
    failed: '❌ failed',
    skipped: '⏭️ skipped',
    error: '💥 error'
};
const SEVERITY_ICON = {
    critical: '🔴',
    high: '🟠',
    medium: '🟡',
    low: '🔵',
    info: '⚪'
};
const CHECKS_HEADER = '| Check | Status | Required | Findings | Blocking | Duration |\n| :-- | :-- | :-: | --: | --: | --: |';
const FINDINGS_HEADER = '| Severity | Rule | What | Where |\n| :-- | :-- | :-- | :-- |';
const SUPPRESSED_HEADER = '| Rule | Where | Exception | Reason | Expires |\n| :-- | :-- | :-- | :-- | :-- |';
// Room kept for the notes written after the tables are filled.
const NOTES_RESERVE = 2048;
/** The job summary: verdict and reasons, checks, counts, top findings, exceptions. All text escaped. */
function renderSummaryMarkdown(result, options = {}) {
    const maxRows = options.maxFindings ?? DEFAULT_MAX_FINDINGS;
    const limit = Math.min(options.maxChars ?? Infinity, SUMMARY_MAX_BYTES);
    const budget = new Budget(limit - NOTES_RESERVE);
    const ranked = common_rankFindings(result.findings);
    const unsuppressed = ranked.filter(f => !f.suppressedBy);
    const suppressed = ranked.filter(f => f.suppressedBy);
    const expired = unsuppressed.filter(f => f.check === 'policy');
    const head = [...renderHead(result), ...renderChecks(result.checks), renderCounts(result)].join('\n\n');
    budget.take(head);
    const top = fillRows(budget, unsuppressed, maxRows, findingRow);
    const expiredRows = fillRows(budget, expired, maxRows, findingRow);
    const suppressedRows = fillRows(budget, suppressed, maxRows, suppressedRow);
    const blocks = [head];
    if (unsuppressed.length > 0) {
        blocks.push(tableBlock('### Top findings', FINDINGS_HEADER, top));
        const blocking = unsuppressed.filter(f => f.blocking).length;
        const notes = notShownNotes(unsuppressed.length, blocking, top.length, options.omittedAnnotations);
        if (notes.length > 0)
            blocks.push(notes.join('\n'));
    }
    if (expired.length > 0 || suppressed.length > 0)
        blocks.push('### Exceptions');
    if (expired.length > 0) {
        blocks.push(tableBlock('**Expired exceptions** (no longer suppress anything):', FINDINGS_HEADER, expiredRows));
        if (expiredRows.length < expired.length)
            blocks.push(moreNote(expired.length - expiredRows.length));
    }
    if (suppressed.length > 0) {
        const title = `**Suppressed by exceptions** (${suppressed.length}):`;
        blocks.push(tableBlock(title, SUPPRESSED_HEADER, suppressedRows));
        if (suppressedRows.length < suppressed.length) {
            blocks.push(moreNote(suppressed.length - suppressedRows.length));
        }
    }
    return capLength(`${blocks.join('\n\n')}\n`, limit);
}
function renderHead(result) {
    const heading = `## ${VERDICT_ICON[result.verdict]} ${common_TOOL_NAME}: ${result.verdict}`;
    const reasons = result.reasons.map(r => `- ${escapeMarkdownInline(r, 500)}`).join('\n');
    const meta = [
        `**Mode:** ${result.mode}`,
        `**Policy:** ${codeSpan(result.policySource)}`,
        result.images.length > 0 ? `**Images:** ${spanList(result.images)}` : '',
        result.dockerfiles.length > 0 ? `**Dockerfiles:** ${spanList(result.dockerfiles)}` : '',
        `${formatDuration(result.durationMs)} · ${escapeMarkdownInline(`${common_TOOL_NAME} ${result.toolVersion}`)}`
    ];
    return [heading, reasons, meta.filter(Boolean).join(' · ')].filter(Boolean);
}
function spanList(items, max = 5) {
    const shown = items.slice(0, max).map(item => codeSpan(item, { maxLength: 120 }));
    return items.length > max ? `${shown.join(', ')} and ${items.length - max} more` : shown.join(', ');
}
function renderChecks(checks) {
    if (checks.length === 0)
        return [];
    const rows = checks.map(c => `| ${escapeMarkdownInline(c.title, 80)} | ${STATUS_LABEL[c.status]} | ${c.required ? 'yes' : 'no'} | ` +
        `${c.findingCount} | ${c.blockingCount} | ${formatDuration(c.durationMs)} |`);
    const table = `${CHECKS_HEADER}\n${rows.join('\n')}`;
    const details = checks
        .filter(c => c.detail)
        .map(c => `- **${escapeMarkdownInline(c.title, 80)}** (${c.status}): ` +
        escapeMarkdownInline(c.detail ?? '', 500));
    return details.length > 0 ? [table, details.join('\n')] : [table];
}
function renderCounts(result) {
    const counts = SEVERITIES.map(s => `${SEVERITY_ICON[s]} ${result.counts[s]} ${s}`).join(' · ');
    return `**Findings:** ${counts} — ${result.blockingCount} blocking, ${result.suppressedCount} suppressed`;
}
function findingRow(f) {
    const severity = `${SEVERITY_ICON[f.severity]} ${f.blocking ? `**${f.severity}** · blocking` : f.severity}`;
    return `| ${severity} | ${ruleCell(f)} | ${escapeMarkdownInline(f.message, 200)} | ${whereCell(f)} |`;
}
function suppressedRow(f) {
    const by = f.suppressedBy;
    const expires = by?.expires ? escapeMarkdownInline(by.expires, 40) : '—';
    return (`| ${ruleCell(f)} | ${whereCell(f)} | ${codeSpan(by?.id ?? '', { table: true, maxLength: 80 })} | ` +
        `${escapeMarkdownInline(by?.reason ?? '', 200)} | ${expires} |`);
}
function ruleCell(f) {
    const text = escapeMarkdownInline(f.rule, 80);
    const uri = f.helpUri ?? defaultHelpUri(f.rule);
    const href = uri === undefined ? undefined : safeHref(uri);
    return href ? `[${text}](${href})` : text;
}
function whereCell(f) {
    const parts = [];
    if (f.location)
        parts.push(codeSpan(common_locationLabel(f.location), { table: true, maxLength: 160 }));
    else if (f.image)
        parts.push(codeSpan(f.image, { table: true, maxLength: 160 }));
    if (f.package) {
        const { name, version, fixedVersion } = f.package;
        const pkg = codeSpan(version ? `${name}@${version}` : name, { table: true, maxLength: 120 });
        parts.push(fixedVersion ? `${pkg} → ${codeSpan(fixedVersion, { table: true, maxLength: 60 })}` : pkg);
    }
    return parts.length > 0 ? parts.join(' · ') : '—';
}
/** Only plain http(s) links, with every character that could end the link or the cell encoded. */
function safeHref(uri) {
    if (!/^https?:\/\//i.test(uri) || uri.length > 500)
        return undefined;
    try {
        return new URL(uri).href.replace(/[()<>|"'`\\ [\]*_]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    }
    catch {
        return undefined;
    }
}
function notShownNotes(total, blocking, shown, omitted) {
    const notes = [];
    if (shown < total) {
        notes.push(`_${text_plural(total - shown, 'more finding')} not shown here; the JSON and SARIF reports list them all._`);
    }
    const missing = (omitted?.error ?? 0) + (omitted?.warning ?? 0);
    if (omitted && missing > 0) {
        // Annotations take the first findings of each level in this same order, so the omitted ones are the
        // tail of the blocking group and the tail of the non-blocking group.
        const listedErrors = Math.max(0, Math.min(shown, blocking) - (blocking - omitted.error));
        const listedWarnings = Math.max(0, shown - total + omitted.warning);
        const listed = Math.min(missing, listedErrors + listedWarnings);
        const cap = MAX_ANNOTATIONS_PER_LEVEL;
        const prefix = `_GitHub shows only ${cap} error and ${cap} warning annotations per step:`;
        const more = text_plural(missing, 'more finding');
        notes.push(listed === missing
            ? `${prefix} ${more} ${isAre(missing)} listed here._`
            : `${prefix} ${more} ${missing === 1 ? 'was' : 'were'} not annotated; ` +
                `${listed} of them ${isAre(listed)} listed here._`);
    }
    return notes;
}
function isAre(count) {
    return count === 1 ? 'is' : 'are';
}
function tableBlock(title, header, rows) {
    return `${title}\n\n${header}\n${rows.join('\n')}`;
}
function moreNote(count) {
    return `_${text_plural(count, 'more')} not shown; the JSON report lists them all._`;
}
/** Counts UTF-8 bytes: never less than the UTF-16 length, so it bounds the comment cap in characters too. */
class Budget {
    limit;
    used = 0;
    constructor(limit) {
        this.limit = limit;
    }
    fits(text) {
        return this.used + Buffer.byteLength(text, 'utf8') + 1 <= this.limit;
    }
    take(text) {
        this.used += Buffer.byteLength(text, 'utf8') + 1;
    }
}
function fillRows(budget, findings, max, row) {
    const rows = [];
    for (const finding of findings) {
        if (rows.length >= max)
            break;
        const line = row(finding);
        if (!budget.fits(line))
            break;
        budget.take(line);
        rows.push(line);
    }
    return rows;
}
/** Last resort when even the fixed parts are too big: cut at a line end and say so. */
function capLength(markdown, limit) {
    if (Buffer.byteLength(markdown, 'utf8') <= limit)
        return markdown;
    const marker = '\n\n_… summary truncated; the JSON report has everything._\n';
    const room = limit - Buffer.byteLength(marker, 'utf8');
    let cut = markdown.slice(0, Math.max(0, room));
    // Shrink in proportion to the byte overshoot: a few rounds even for multi-byte text.
    for (let bytes = Buffer.byteLength(cut, 'utf8'); bytes > room && cut; bytes = Buffer.byteLength(cut, 'utf8')) {
        cut = cut.slice(0, Math.max(0, Math.floor((cut.length * room) / bytes) - 1));
    }
    const lineEnd = cut.lastIndexOf('\n');
    return `${lineEnd > 0 ? cut.slice(0, lineEnd) : cut}${marker}`;
}

;// CONCATENATED MODULE: ./src/report/text.ts




const DEFAULT_TEXT_MAX_FINDINGS = 200;
const text_ANSI = {
    bold: ['\x1b[1m', '\x1b[22m'],
    dim: ['\x1b[2m', '\x1b[22m'],
    red: ['\x1b[31m', '\x1b[39m'],
    green: ['\x1b[32m', '\x1b[39m'],
    yellow: ['\x1b[33m', '\x1b[39m'],
    cyan: ['\x1b[36m', '\x1b[39m'],
    boldRed: ['\x1b[1;31m', '\x1b[22;39m']
};
const SEVERITY_STYLE = {
    critical: 'boldRed',
    high: 'red',
    medium: 'yellow',
    low: 'cyan',
    info: 'dim'
};
const VERDICT_STYLE = { pass: 'green', warn: 'yellow', fail: 'boldRed' };
const STATUS = {
    passed: ['✔ passed ', 'green'],
    failed: ['✖ failed ', 'red'],
    skipped: ['- skipped', 'dim'],
    error: ['✖ error  ', 'boldRed']
};
/** The CLI report: verdict, reasons, checks, findings grouped by file or image, counts. */
function renderText(result, options) {
    const paint = (style, text) => options.color ? `${text_ANSI[style][0]}${text}${text_ANSI[style][1]}` : text;
    const max = options.maxFindings ?? DEFAULT_TEXT_MAX_FINDINGS;
    const lines = [];
    const verdict = paint(VERDICT_STYLE[result.verdict], result.verdict.toUpperCase());
    const source = untrusted_oneLine(result.policySource);
    lines.push(`${paint('bold', `${common_TOOL_NAME} ${untrusted_oneLine(result.toolVersion)}`)}: ${verdict} ` +
        paint('dim', `(mode ${result.mode}, policy ${source}, ${formatDuration(result.durationMs)})`));
    for (const reason of result.reasons)
        lines.push(`  - ${untrusted_oneLine(reason)}`);
    if (result.checks.length > 0) {
        lines.push('', paint('bold', 'Checks'));
        const width = widest(result.checks.map(c => untrusted_oneLine(c.title)));
        for (const c of result.checks) {
            const [label, style] = STATUS[c.status];
            const counts = c.status === 'passed' || c.status === 'failed'
                ? `${text_plural(c.findingCount, 'finding')}, ${c.blockingCount} blocking`
                : untrusted_oneLine(c.detail ?? '');
            const required = c.required ? 'required' : 'optional';
            lines.push(`  ${paint(style, label)}  ${untrusted_oneLine(c.title).padEnd(width)}  ${required}  ${counts}  ` +
                paint('dim', formatDuration(c.durationMs)));
            if ((c.status === 'passed' || c.status === 'failed') && c.detail)
                lines.push(`      ${untrusted_oneLine(c.detail)}`);
        }
    }
    const ranked = common_rankFindings(result.findings);
    const active = ranked.filter(f => !f.suppressedBy);
    const suppressed = ranked.filter(f => f.suppressedBy);
    if (active.length > 0) {
        lines.push('', paint('bold', 'Findings'));
        lines.push(...renderGroups(active.slice(0, max), paint));
        if (active.length > max) {
            lines.push(paint('dim', `  … ${text_plural(active.length - max, 'more finding')}; the JSON report lists all.`));
        }
    }
    if (suppressed.length > 0) {
        lines.push('', paint('bold', `Suppressed by exceptions (${suppressed.length})`));
        for (const f of suppressed.slice(0, max)) {
            const by = f.suppressedBy;
            const expires = by.expires ? `, expires ${untrusted_oneLine(by.expires)}` : '';
            const subject = [f.location ? common_locationLabel(f.location) : f.image, packageLabel(f)]
                .filter(Boolean)
                .join(' ');
            lines.push(`  ${untrusted_oneLine(f.rule)}  ${untrusted_oneLine(subject)}  ` +
                paint('dim', `${untrusted_oneLine(by.id)}: ${untrusted_oneLine(by.reason)}${expires}`));
        }
        if (suppressed.length > max)
            lines.push(paint('dim', `  … ${text_plural(suppressed.length - max, 'more')}`));
    }
    const counts = SEVERITIES.map(s => paint(SEVERITY_STYLE[s], `${result.counts[s]} ${s}`)).join(', ');
    lines.push('', `${counts} · ${result.blockingCount} blocking · ${result.suppressedCount} suppressed`);
    // The CLI may run inside a workflow step, where untrusted text could otherwise issue commands.
    return neutralizeWorkflowCommands(`${lines.join('\n')}\n`);
}
/** Groups in order of their most severe finding; one Map pass keeps it linear. */
function renderGroups(findings, paint) {
    const groups = new Map();
    for (const f of findings) {
        const key = f.location ? untrusted_oneLine(f.location.file) : f.image ? `image ${untrusted_oneLine(f.image)}` : 'other';
        const group = groups.get(key);
        if (group)
            group.push(f);
        else
            groups.set(key, [f]);
    }
    const lines = [];
    for (const [key, group] of groups) {
        lines.push(`  ${paint('bold', key)}`);
        const cells = group.map(f => ({ f, at: where(f), rule: untrusted_oneLine(f.rule) }));
        const atWidth = widest(cells.map(c => c.at));
        const ruleWidth = widest(cells.map(c => c.rule));
        for (const { f, at, rule } of cells) {
            const severity = paint(SEVERITY_STYLE[f.severity], f.severity.toUpperCase().padEnd(8));
            const blocking = f.blocking ? `  ${paint('red', '[blocking]')}` : '';
            lines.push(`    ${at.padEnd(atWidth)}  ${severity}  ${rule.padEnd(ruleWidth)}  ${untrusted_oneLine(f.message)}${blocking}`);
        }
    }
    return lines;
}
/** `file:line:col`, or for image findings (grouped under their image) the package, or `-`. */
function where(f) {
    if (f.location)
        return untrusted_oneLine(common_locationLabel(f.location));
    return untrusted_oneLine(packageLabel(f)) || '-';
}
/** `name@version → fixed`, or '' without a package. */
function packageLabel(f) {
    if (!f.package)
        return '';
    const { name, version, fixedVersion } = f.package;
    const pkg = version ? `${name}@${version}` : name;
    return fixedVersion ? `${pkg} → ${fixedVersion}` : pkg;
}
function widest(texts) {
    return texts.reduce((width, text) => Math.max(width, text.length), 0);
}

;// CONCATENATED MODULE: ./src/verdict/exit-code.ts
/** 0 pass or warn; 1 the policy failed; 2 a required check could not run (a runtime error). */
function exitCodeFor(result) {
    if (result.verdict !== 'fail')
        return 0;
    return result.checks.some(c => c.required && c.status === 'error') ? 2 : 1;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/cli/args.ts


const USAGE = `Usage:
  imagegate check [--policy FILE] [--dockerfile PATH]... [--image REF]...
                  [--report-json FILE] [--sarif FILE] [--format text|json|markdown]
                  [--working-directory DIR]
  imagegate policy validate FILE
  imagegate policy schema
  imagegate --version | --help

Exit codes: 0 pass or warn, 1 policy failure, 2 configuration or runtime error.`;
const FORMATS = ['text', 'json', 'markdown'];
/** Pure: argv → command, or a ConfigError that says what was wrong. */
function parseCli(argv) {
    const [command, ...rest] = argv;
    if (command === undefined || command === 'help' || command === '--help' || command === '-h')
        return { kind: 'help' };
    if (command === '--version' || command === '-v' || command === 'version')
        return { kind: 'version' };
    if (command === 'check')
        return parseCheck(rest);
    if (command === 'policy')
        return args_parsePolicy(rest);
    throw new errors_ConfigError(`unknown command "${command}"\n${USAGE}`);
}
function parseCheck(args) {
    const { values } = parseStrict(args, {
        policy: { type: 'string' },
        dockerfile: { type: 'string', multiple: true },
        image: { type: 'string', multiple: true },
        'report-json': { type: 'string' },
        sarif: { type: 'string' },
        format: { type: 'string', default: 'text' },
        'working-directory': { type: 'string', default: '.' }
    });
    const format = values.format;
    if (!FORMATS.includes(format)) {
        throw new errors_ConfigError(`--format must be one of ${FORMATS.join(', ')} (got "${format}")`);
    }
    return {
        kind: 'check',
        policy: values.policy,
        dockerfiles: values.dockerfile ?? [],
        images: values.image ?? [],
        reportJson: values['report-json'],
        sarif: values.sarif,
        format: format,
        workingDirectory: values['working-directory']
    };
}
function args_parsePolicy(args) {
    const [sub, ...rest] = args;
    if (sub === 'schema' && rest.length === 0)
        return { kind: 'policy-schema' };
    if (sub === 'validate' && rest.length === 1 && !rest[0].startsWith('-')) {
        return { kind: 'policy-validate', file: rest[0] };
    }
    throw new errors_ConfigError(`expected "policy validate FILE" or "policy schema"\n${USAGE}`);
}
function parseStrict(args, options) {
    try {
        const { values } = (0,external_node_util_.parseArgs)({ args, options, strict: true, allowPositionals: false });
        return { values };
    }
    catch (error) {
        // node's messages name the option, e.g. "Unknown option '--polcy'".
        throw new errors_ConfigError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    }
}

;// CONCATENATED MODULE: ./src/cli/main.ts













/** Runs one CLI command and returns the exit code; never throws. */
async function runCli(argv, io) {
    try {
        return await execute(parseCli(argv), io);
    }
    catch (error) {
        if (error instanceof errors_ConfigError) {
            for (const problem of error.problems)
                io.stderr(`error: ${formatProblem(problem)}\n`);
        }
        else {
            io.stderr(`error: imagegate could not finish: ${errorMessage(error)}\n`);
        }
        return 2;
    }
}
async function execute(command, io) {
    switch (command.kind) {
        case 'help':
            io.stdout(`imagegate ${VERSION}: gate container images and Dockerfiles on one policy.\n\n${USAGE}\n`);
            return 0;
        case 'version':
            io.stdout(`${VERSION}\n`);
            return 0;
        case 'policy-schema':
            io.stdout(`${JSON.stringify(POLICY_SCHEMA, null, 2)}\n`);
            return 0;
        case 'policy-validate': {
            const loaded = loadPolicyFile(external_node_path_.resolve(io.cwd, command.file), command.file);
            io.stdout(`${command.file}: valid policy (mode: ${loaded.policy.mode})\n`);
            return 0;
        }
        case 'check':
            return check(command, io);
    }
}
async function check(command, io) {
    const workingDirectory = resolveWorkingDirectory(command.workingDirectory, io.cwd);
    const policy = loadPolicy(command.policy, workingDirectory);
    const result = await runGate({
        policy,
        workingDirectory,
        dockerfilePatterns: command.dockerfiles,
        images: command.images
    });
    const paths = { reportJson: command.reportJson, sarif: command.sarif };
    writeReportFiles(result, paths, workingDirectory, relativePrefix(io.cwd, workingDirectory));
    if (command.format === 'json')
        io.stdout(`${JSON.stringify(buildJsonReport(result), null, 2)}\n`);
    else if (command.format === 'markdown')
        io.stdout(`${renderSummaryMarkdown(result)}\n`);
    else
        io.stdout(renderText(result, { color: io.color }));
    return exitCodeFor(result);
}


/***/ })

};
