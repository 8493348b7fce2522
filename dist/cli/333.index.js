export const id = 333;
export const ids = [333];
export const modules = {

/***/ 3333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderRuleList: () => (/* binding */ renderRuleList)
});

// UNUSED EXPORTS: ruleList

// EXTERNAL MODULE: ./src/model/rule.ts
var model_rule = __webpack_require__(1799);
// EXTERNAL MODULE: ./src/checks/lint/rules/index.ts + 24 modules
var rules = __webpack_require__(6655);
// EXTERNAL MODULE: ./src/checks/pinning/rules.ts
var pinning_rules = __webpack_require__(3876);
;// CONCATENATED MODULE: ./src/verdict/rules.ts
/** Rules the verdict engine itself reports. */
const POLICY_RULES = [
    {
        id: 'IG001',
        severity: 'medium',
        title: 'Policy exception expired',
        description: 'An exception whose `expires` date has passed no longer suppresses anything, and is reported on the line ' +
            'where it is written so it gets renewed (with a new reason and date) or removed. It never blocks on its own.'
    },
    {
        id: 'IG002',
        severity: 'medium',
        title: 'Scanner ignore rule expired',
        description: 'With `vulnerabilities.ignoreFiles` on, an entry in `.trivyignore` (`exp:`), `.trivyignore.yaml` ' +
            '(`expired_at`) or `.grype.yaml` (`expires`, an imagegate extension) whose date has passed no longer ' +
            'suppresses anything. It is reported on the line where it is written so it gets renewed or removed. It ' +
            'never blocks on its own.'
    }
];

;// CONCATENATED MODULE: ./src/docs/rule-catalog.ts



/** One source for the README rule reference and `imagegate rules`: every rule imagegate can report. */
function allRuleInfos() {
    return [...POLICY_RULES, ...pinning_rules/* PINNING_RULES */.y, ...(0,rules/* lintRuleInfos */.ZX)()];
}

;// CONCATENATED MODULE: ./src/cli/rules.ts


function ruleList() {
    return allRuleInfos().map(rule => ({
        id: rule.id,
        severity: rule.severity,
        ...('level' in rule ? { level: rule.level } : {}),
        enabledByDefault: 'enabledByDefault' in rule ? rule.enabledByDefault : true,
        title: rule.title,
        docs: (0,model_rule/* ruleHelpUri */.S7)(rule.id)
    }));
}
/** `imagegate rules`: a table for people, or JSON for tools. */
function renderRuleList(format) {
    const rules = ruleList();
    if (format === 'json')
        return `${JSON.stringify(rules, null, 2)}\n`;
    const rows = rules.map(rule => {
        const level = rule.level === undefined ? rule.severity : `${rule.level} (${rule.severity})`;
        const off = rule.enabledByDefault ? '' : ' [off by default]';
        return [rule.id, level, `${rule.title}${off}`, rule.docs];
    });
    const widths = [0, 1].map(column => Math.max(...rows.map(row => row[column].length)));
    return (rows
        .map(row => `${row[0].padEnd(widths[0])}  ${row[1].padEnd(widths[1])}  ${row[2]}  ${row[3]}`)
        .join('\n') + '\n');
}


/***/ })

};
