export const id = 93;
export const ids = [93];
export const modules = {

/***/ 31093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  describeIgnoreRule: () => (/* reexport */ describe/* describeIgnoreRule */.S),
  findIgnoreRule: () => (/* reexport */ findIgnoreRule),
  loadIgnoreFiles: () => (/* reexport */ load/* loadIgnoreFiles */.k),
  splitIgnoreRules: () => (/* reexport */ expiry/* splitIgnoreRules */.Al)
});

// UNUSED EXPORTS: isIgnoreRuleExpired

// EXTERNAL MODULE: ./src/scanners/ignore/describe.ts
var describe = __webpack_require__(89413);
// EXTERNAL MODULE: ./src/scanners/ignore/expiry.ts
var expiry = __webpack_require__(77907);
// EXTERNAL MODULE: ./src/scanners/ignore/load.ts + 4 modules
var load = __webpack_require__(647);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/scanners/reports/package-key.ts
var package_key = __webpack_require__(99853);
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

// EXTERNAL MODULE: ./src/scanners/ignore/purl.ts
var ignore_purl = __webpack_require__(68845);
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
    return rules.find(rule => !(0,expiry/* isIgnoreRuleExpired */.YA)(rule, now) && ruleApplies(rule, finding, detail));
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
        const purl = (0,ignore_purl/* parsePurl */.$)(text);
        return !('error' in purl) && (0,ignore_purl/* purlMatchesPackage */.l)(purl, pkg);
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
