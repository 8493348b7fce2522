export const id = 240;
export const ids = [240];
export const modules = {

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
