export const id = 293;
export const ids = [293];
export const modules = {

/***/ 96293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderRuleList: () => (/* binding */ renderRuleList)
/* harmony export */ });
/* unused harmony export ruleList */
/* harmony import */ var _model_rule_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71799);
/* harmony import */ var _docs_rule_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14777);


function ruleList() {
    return (0,_docs_rule_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .allRuleInfos */ .J)().map(rule => ({
        id: rule.id,
        severity: rule.severity,
        ...('level' in rule ? { level: rule.level } : {}),
        enabledByDefault: 'enabledByDefault' in rule ? rule.enabledByDefault : true,
        title: rule.title,
        docs: (0,_model_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleHelpUri */ .S7)(rule.id)
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
