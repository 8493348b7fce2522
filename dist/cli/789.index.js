export const id = 789;
export const ids = [789];
export const modules = {

/***/ 60789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CT: () => (/* binding */ removeTempDir),
/* harmony export */   exitWithChildrenOnSignals: () => (/* binding */ exitWithChildrenOnSignals),
/* harmony export */   mk: () => (/* binding */ makeTempDir),
/* harmony export */   uU: () => (/* binding */ trackProcessGroup)
/* harmony export */ });
/* unused harmony exports STOPPED_EXIT_CODE, stopChildren */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);




/**
 * Everything imagegate leaves behind while it runs: the process groups of running children (each child
 * is started detached, in its own group) and temporary folders. When imagegate is stopped (SIGTERM from
 * a cancelled job, Ctrl-C), children are stopped and folders removed before it exits, so no ShellCheck
 * or scanner keeps running (or growing) after it.
 */
const groups = new Set();
const folders = new Set();
function trackProcessGroup(pid) {
    groups.add(pid);
    return () => groups.delete(pid);
}
/** A new temporary folder, removed on exit by a signal if the caller did not remove it first. */
async function makeTempDir(prefix, parent = node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir()) {
    const folder = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_3__.join(parent, prefix));
    folders.add(folder);
    return folder;
}
async function removeTempDir(folder) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(folder, { recursive: true, force: true });
    folders.delete(folder);
}
/** Exit code after a stop signal: a run that did not finish is a runtime error (see the README). */
const STOPPED_EXIT_CODE = 2;
const KILL_GRACE_MS = 2000;
const POLL_MS = 50;
function signalGroups(signal) {
    for (const pid of groups) {
        try {
            process.kill(process.platform === 'win32' ? pid : -pid, signal);
        }
        catch {
            groups.delete(pid); // already gone
        }
    }
}
function groupsAlive() {
    for (const pid of groups) {
        try {
            process.kill(process.platform === 'win32' ? pid : -pid, 0);
        }
        catch {
            groups.delete(pid);
        }
    }
    return groups.size > 0;
}
/**
 * Stops every child (SIGTERM to its group, SIGKILL after a 2 s grace) and removes the temporary
 * folders, children first so none writes into a removed folder. Resolves when done.
 */
async function stopChildren(graceMs = KILL_GRACE_MS) {
    signalGroups('SIGTERM');
    const deadline = Date.now() + graceMs;
    while (groupsAlive() && Date.now() < deadline)
        await new Promise(r => setTimeout(r, POLL_MS));
    signalGroups('SIGKILL');
    for (const folder of folders)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(folder, { recursive: true, force: true });
    folders.clear();
}
/**
 * On SIGTERM or SIGINT: say so, stop children, remove folders, exit with STOPPED_EXIT_CODE. A second
 * signal while stopping kills the children at once.
 */
function exitWithChildrenOnSignals(say) {
    let stopping = false;
    const onSignal = (signal) => {
        if (stopping) {
            signalGroups('SIGKILL');
            return;
        }
        stopping = true;
        say(`imagegate was stopped by ${signal}; stopping the programs it started and removing its temporary folders`);
        void stopChildren().finally(() => process.exit(STOPPED_EXIT_CODE));
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
}


/***/ })

};
