export const id = 892;
export const ids = [892,789];
export const modules = {

/***/ 56711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BY: () => (/* binding */ stagesWhereInherited),
/* harmony export */   Bk: () => (/* binding */ violationAt),
/* harmony export */   C2: () => (/* binding */ earlierStageNamed),
/* harmony export */   Kj: () => (/* binding */ isBuiltOn),
/* harmony export */   Ln: () => (/* binding */ violationOn),
/* harmony export */   O9: () => (/* binding */ execFormArguments),
/* harmony export */   Qp: () => (/* binding */ argumentValues),
/* harmony export */   Ru: () => (/* binding */ dropQuotes),
/* harmony export */   XL: () => (/* binding */ keywordOf),
/* harmony export */   _R: () => (/* binding */ heredocBodyLines),
/* harmony export */   aX: () => (/* binding */ argumentsOf),
/* harmony export */   eE: () => (/* binding */ instructionsByKeyword),
/* harmony export */   iP: () => (/* binding */ flagOf),
/* harmony export */   ls: () => (/* binding */ unwrapOnbuild),
/* harmony export */   t6: () => (/* binding */ heredocsOf),
/* harmony export */   vp: () => (/* binding */ parentStage),
/* harmony export */   wT: () => (/* binding */ onbuildTrigger),
/* harmony export */   xE: () => (/* binding */ argumentsContentOf)
/* harmony export */ });
/* unused harmony exports startOf, allInstructions */
/* harmony import */ var _memo_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59409);

/** 1-based start of a range, as annotations want it. */
function startOf(range) {
    return { line: range.start.line + 1, column: range.start.character + 1 };
}
/** A violation covering `range` (an instruction, a flag, an argument). */
function violationAt(range, message) {
    return {
        ...startOf(range),
        endLine: range.end.line + 1,
        endColumn: range.end.character + 1,
        message
    };
}
/** A violation on the instruction's keyword line, spanning the whole instruction. */
function violationOn(instruction, message) {
    return violationAt(instruction.getRange(), message);
}
const keywordOf = (0,_memo_js__WEBPACK_IMPORTED_MODULE_0__/* .perInstruction */ .s)(instruction => instruction.getKeyword().toUpperCase());
/** `"a"` and `'a'` as hadolint compares them: surrounding quotes dropped. */
function dropQuotes(text) {
    return text.replace(/^["']+|["']+$/g, '');
}
function flagOf(instruction, name) {
    const flags = instruction.getFlags?.() ?? [];
    return flags.find(flag => flag.getName() === name);
}
/** The arguments after the flags. Shared: read, never modify. */
const argumentsOf = (0,_memo_js__WEBPACK_IMPORTED_MODULE_0__/* .perInstruction */ .s)(instruction => instruction.getArguments());
/** The argument words after the flags, as written. */
const argumentValues = (0,_memo_js__WEBPACK_IMPORTED_MODULE_0__/* .perInstruction */ .s)(instruction => argumentsOf(instruction).map(argument => argument.getValue()));
/** The text after the keyword and flags, continuations joined; null without arguments. */
const argumentsContentOf = (0,_memo_js__WEBPACK_IMPORTED_MODULE_0__/* .perInstruction */ .s)(instruction => instruction.getArgumentsContent());
/**
 * An ONBUILD's trigger instruction (`ONBUILD RUN …` → the RUN), if it has one. dockerfile-ast parses a new
 * trigger on each call; cached, every rule sees the same one.
 */
const onbuildTrigger = (0,_memo_js__WEBPACK_IMPORTED_MODULE_0__/* .perInstruction */ .s)((instruction) => {
    if (keywordOf(instruction) !== 'ONBUILD')
        return undefined;
    const onbuild = instruction;
    return onbuild.getTriggerInstruction?.() ?? undefined;
});
/** Every instruction of the file in order, FROM and the ARGs before it included. */
function allInstructions(context) {
    return context.ast.getInstructions();
}
/** An instruction, or the trigger of an ONBUILD (which runs in the child build, with the same meaning). */
function unwrapOnbuild(instruction) {
    return onbuildTrigger(instruction) ?? instruction;
}
/**
 * Instructions with a given keyword per stage, in file order, paired with their stage. With `onbuild`,
 * `ONBUILD <keyword> …` triggers count too (hadolint does that for some rules, imagegate for its own).
 * Shared between rules: read, never modify.
 */
function instructionsByKeyword(context, keyword, { onbuild = false } = {}) {
    const index = keywordIndexOf(context.stages);
    return (onbuild ? index.withOnbuild : index.own).get(keyword) ?? [];
}
/** Built once per file: a dozen rules ask for the file's COPYs, ADDs or USERs, each walking every stage. */
const keywordIndexes = new WeakMap();
function keywordIndexOf(stages) {
    let index = keywordIndexes.get(stages);
    if (index === undefined) {
        index = { own: new Map(), withOnbuild: new Map() };
        for (const stage of stages) {
            for (const instruction of stage.instructions) {
                addTo(index.own, keywordOf(instruction), { instruction, stage });
                const unwrapped = unwrapOnbuild(instruction);
                addTo(index.withOnbuild, keywordOf(unwrapped), { instruction: unwrapped, stage });
            }
        }
        keywordIndexes.set(stages, index);
    }
    return index;
}
function addTo(map, keyword, entry) {
    const list = map.get(keyword);
    if (list === undefined)
        map.set(keyword, [entry]);
    else
        list.push(entry);
}
/** The arguments of exec-form JSON (`["a","b"]`), or undefined when the text is shell form. */
function execFormArguments(text) {
    const trimmed = text.trim();
    if (!trimmed.startsWith('['))
        return undefined;
    try {
        const parsed = JSON.parse(trimmed);
        return Array.isArray(parsed) && parsed.every(item => typeof item === 'string') ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
const heredocsOf = (0,_memo_js__WEBPACK_IMPORTED_MODULE_0__/* .perInstruction */ .s)(instruction => {
    // dockerfile-ast's own rule for a one-line instruction: a heredoc starts at an argument `<<…`. Checked
    // on the cached arguments, it spares most instructions the library's scan, which parses them again.
    const range = instruction.getRange();
    if (range.start.line === range.end.line &&
        !argumentsOf(instruction).some(a => a.getValue().startsWith('<<')))
        return [];
    return instruction.getHeredocs?.() ?? [];
});
/** 0-based lines inside heredoc bodies: file content there, never Dockerfile comments. */
function heredocBodyLines(instructions) {
    const lines = new Set();
    for (const instruction of instructions) {
        for (const heredoc of heredocsOf(onbuildTrigger(instruction) ?? instruction)) {
            const content = heredoc.getContentRange();
            if (content === null)
                continue;
            for (let line = content.start.line; line <= content.end.line; line++)
                lines.add(line);
        }
    }
    return lines;
}
/** Built once per file: each alias's first stage, so stage lookups never rescan the earlier stages. */
const stageIndexes = new WeakMap();
function stageIndexOf(stages) {
    let index = stageIndexes.get(stages);
    if (index === undefined) {
        index = { byAlias: new Map(), builtOn: new Set() };
        for (const stage of stages) {
            if (stage.alias !== undefined && !index.byAlias.has(stage.alias))
                index.byAlias.set(stage.alias, stage);
            if (stage.image !== undefined)
                index.builtOn.add(stage.image.toLowerCase());
        }
        stageIndexes.set(stages, index);
    }
    return index;
}
/** The first stage called `name` (lowercased) if it comes before `stage`: what `FROM name` means there. */
function earlierStageNamed(stages, name, stage) {
    const named = stageIndexOf(stages).byAlias.get(name);
    return named !== undefined && named.index < stage.index ? named : undefined;
}
/** The earlier stage a stage builds on (`FROM builder`), if its image names one. */
function parentStage(stage, stages) {
    const image = stage.image?.toLowerCase();
    return image === undefined ? undefined : earlierStageNamed(stages, image, stage);
}
/** True when some FROM names this stage's alias, i.e. another stage builds on it. */
function isBuiltOn(stage, stages) {
    return stage.alias !== undefined && stageIndexOf(stages).builtOn.has(stage.alias);
}
/** The stages where `own` holds, or holds for the stage they build on, transitively (HEALTHCHECK, labels). */
function stagesWhereInherited(stages, own) {
    const holds = new Set();
    for (const stage of stages) {
        const parent = parentStage(stage, stages);
        if (own(stage) || (parent !== undefined && holds.has(parent)))
            holds.add(stage);
    }
    return holds;
}


/***/ }),

/***/ 79087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ copyArguments)
/* harmony export */ });
/* harmony import */ var _ast_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56711);
/* harmony import */ var _memo_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59409);


const copyArguments = (0,_memo_js__WEBPACK_IMPORTED_MODULE_1__/* .perInstruction */ .s)((instruction) => {
    const json = instruction;
    let words;
    if (json.getOpeningBracket?.() && json.getClosingBracket?.()) {
        words = (json.getJSONStrings?.() ?? []).map(s => s.getJSONValue());
    }
    else {
        // Heredoc bodies are file content, not arguments.
        const bodyStart = (0,_ast_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .heredocsOf */ .t6)(instruction)[0]?.getContentRange()?.start.line ?? Number.POSITIVE_INFINITY;
        words = rawWords(instruction, (0,_ast_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .argumentsOf */ .aX)(instruction).filter(a => a.getRange().start.line < bodyStart));
    }
    return { sources: words.slice(0, -1), target: words.at(-1) };
});
/**
 * Shell-form COPY/ADD words as written, quotes and backslashes kept: `"C:\\Program Files\\app"` is one
 * word, as BuildKit and hadolint read it. dockerfile-ast splits it at the space and drops the backslashes.
 */
function rawWords(instruction, args) {
    const raw = instruction.getTextContent();
    // Without quotes or backslashes, dockerfile-ast's values are the words as written.
    if (!/["'\\]/.test(raw))
        return args.map(argument => argument.getValue());
    const start = instruction.getRange().start;
    const lines = raw.split('\n');
    const offsetOf = ({ line, character }) => {
        let offset = line === start.line ? character - start.character : character;
        for (let l = start.line; l < line; l++)
            offset += (lines[l - start.line]?.length ?? 0) + 1;
        return offset;
    };
    const text = lines.join('\n');
    const words = [];
    let open;
    for (const argument of args) {
        const range = argument.getRange();
        open ??= offsetOf(range.start);
        const word = text.slice(open, offsetOf(range.end));
        // An odd number of quotes: the word goes on past the space dockerfile-ast split it at.
        if (((word.match(/"/g) ?? []).length % 2 === 1 || (word.match(/'/g) ?? []).length % 2 === 1) &&
            argument !== args.at(-1))
            continue;
        words.push(word);
        open = undefined;
    }
    return words;
}


/***/ }),

/***/ 5660:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ IgnoreIndex),
/* harmony export */   d: () => (/* binding */ findPragmas)
/* harmony export */ });
/* harmony import */ var _model_rule_equivalents_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93439);

const PRAGMA = /^(\s*)#\s*(hadolint|imagegate)\s+(?:(global|stage)\s+)?ignore\s*=(.*)$/i;
/** A rule id: hadolint's `DL3008`, ShellCheck's `SC2086`, imagegate's `IG204`. */
const RULE_ID = /^[A-Za-z]{2}\d+$/;
/**
 * Finds ignore pragmas in comment lines; `skipLines` are 0-based lines that are not comments (heredoc
 * bodies). As in hadolint, the list is comma-separated and may be followed by `# a comment`; a list
 * with anything that is not a rule id (`ignore=crazy,DL3002`) is no pragma at all.
 */
function findPragmas(lines, skipLines = new Set()) {
    const pragmas = [];
    lines.forEach((text, index) => {
        if (skipLines.has(index))
            return;
        const match = PRAGMA.exec(text);
        if (match === null)
            return;
        const rules = match[4]
            .replace(/#.*$/, '')
            .split(',')
            .map(rule => rule.trim().toUpperCase());
        if (!rules.every(rule => RULE_ID.test(rule)))
            return;
        const scope = match[3]?.toLowerCase();
        pragmas.push({
            line: index + 1,
            column: match[1].length + 1,
            tool: match[2].toLowerCase(),
            global: scope === 'global',
            stage: scope === 'stage',
            rules
        });
    });
    return pragmas;
}
/**
 * Decides which violations the file's pragmas ignore. A global pragma covers the whole file; an inline one
 * covers the next instruction (every line of it), with only comments or blank lines in between, as hadolint's;
 * a stage one, written above a FROM, covers the stage.
 */
class IgnoreIndex {
    global = new Set();
    /** 0-based line → rules ignored on it. */
    byLine = new Map();
    constructor(pragmas, instructions, lines) {
        const starts = instructions.map(i => i.getRange()).sort((a, b) => a.start.line - b.start.line);
        const nextCode = nextCodeLines(lines);
        for (const pragma of pragmas) {
            if (pragma.global) {
                for (const rule of pragma.rules)
                    this.global.add(rule);
                continue;
            }
            const target = starts[firstStartingAtOrAfter(starts, pragma.line)];
            // Only comments and blank lines between the pragma and its instruction.
            if (target === undefined || nextCode[pragma.line] < target.start.line)
                continue;
            // A stage pragma covers its FROM and everything up to the next FROM.
            const end = pragma.stage ? stageEnd(instructions, target.start.line) : target.end.line;
            for (let line = target.start.line; line <= end; line++) {
                const rules = this.byLine.get(line) ?? new Set();
                for (const rule of pragma.rules)
                    rules.add(rule);
                this.byLine.set(line, rules);
            }
        }
    }
    /** `line` is 1-based, as violations carry it. */
    ignores(rule, line) {
        return this.global.has(rule) || (this.byLine.get(line - 1)?.has(rule) ?? false);
    }
    /**
     * The id a pragma names to ignore `rule` on `line`: the rule's own, or that of an equivalent rule of
     * another check (`# imagegate ignore=IG101` also ignores DL3007 on that FROM); undefined if none.
     */
    ignoredAs(rule, line) {
        return [rule, ...(0,_model_rule_equivalents_js__WEBPACK_IMPORTED_MODULE_0__/* .equivalentIds */ .j)(rule)].find(id => this.ignores(id, line));
    }
}
/** The last 0-based line before the first FROM starting after `line`, or the file's last instruction line. */
function stageEnd(instructions, line) {
    const nextFrom = instructions.find(i => i.getKeyword().toUpperCase() === 'FROM' && i.getRange().start.line > line);
    if (nextFrom !== undefined)
        return nextFrom.getRange().start.line - 1;
    return Math.max(line, ...instructions.map(i => i.getRange().end.line));
}
/** Binary search: index of the first range starting on 0-based `line` or later (length if none). */
function firstStartingAtOrAfter(ranges, line) {
    let low = 0;
    let high = ranges.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (ranges[middle].start.line < line)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}
/**
 * For each 0-based line, the first line at or after it that is neither blank nor a comment (`lines.length`
 * if none). One pass from the end, so that each pragma's question costs O(1), not the lines up to its target.
 */
function nextCodeLines(lines) {
    const next = new Array(lines.length + 1);
    next[lines.length] = lines.length;
    for (let line = lines.length - 1; line >= 0; line--) {
        const text = lines[line].trim();
        next[line] = text !== '' && !text.startsWith('#') ? line : next[line + 1];
    }
    return next;
}


/***/ }),

/***/ 59409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ perInstruction)
/* harmony export */ });
/**
 * Caches `compute(instruction)` for each instruction, in a WeakMap of its own (which lets the values go
 * with the tree). dockerfile-ast works out arguments, heredocs and ONBUILD triggers again from the text
 * on every call, and dozens of rules ask for them; the tree never changes once parsed, so the first
 * answer stays right.
 */
function perInstruction(compute) {
    const cached = new WeakMap();
    return instruction => {
        if (cached.has(instruction))
            return cached.get(instruction);
        const value = compute(instruction);
        cached.set(instruction, value);
        return value;
    };
}


/***/ }),

/***/ 64809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P1: () => (/* binding */ propertiesOf),
/* harmony export */   P6: () => (/* binding */ INSTRUCTION_RULES)
/* harmony export */ });
/* unused harmony exports DL3000, DL3011, DL3012, DL4003, DL4004, DL3043, DL4000, DL3044, DL3059 */
/* harmony import */ var _ast_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56711);

const DL3000 = {
    id: 'DL3000',
    level: 'error',
    title: 'Use absolute WORKDIR',
    description: "A relative `WORKDIR` depends on the one before it (or the base image's); use an absolute path or a `$VARIABLE`.",
    check: context => (0,_ast_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .instructionsByKeyword */ .eE)(context, 'WORKDIR').flatMap(({ instruction }) => {
        const path = (0,_ast_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .dropQuotes */ .Ru)((0,_ast_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .argumentsContentOf */ .xE)(instruction) ?? '');
        return path === '' || /^(\/|\$|[A-Za-z]:)/.test(path)
            ? []
            : [(0,_ast_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .violationOn */ .Ln)(instruction, `Use absolute WORKDIR (got ${path})`)];
    })
};
const DL3011 = {
    id: 'DL3011',
    level: 'error',
    title: 'Valid UNIX ports range from 0 to 65535',
    description: 'An `EXPOSE` port (or either end of a range) above 65535 cannot exist.',
    check: context => (0,_ast_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .instructionsByKeyword */ .eE)(context, 'EXPOSE').flatMap(({ instruction }) => {
        const bad = (0,_ast_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .argumentValues */ .Qp)(instruction).find(port => port
            .replace(/\/\w+$/, '')
            .split('-')
            .some(part => /^\d+$/.test(part) && Number(part) > 65535));
        return bad === undefined
            ? []
            : [(0,_ast_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .violationOn */ .Ln)(instruction, `Valid UNIX ports range from 0 to 65535 (got ${bad})`)];
    })
};
/** Every occurrence after the first of `keyword` within one stage. */
function repeatsInStage(context, keyword, message) {
    return context.stages.flatMap(stage => stage.instructions
        .filter(i => (0,_ast_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .keywordOf */ .XL)(i) === keyword)
        .slice(1)
        .map(i => (0,_ast_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .violationOn */ .Ln)(i, message)));
}
const DL3012 = {
    id: 'DL3012',
    level: 'error',
    title: 'Multiple HEALTHCHECK instructions',
    description: 'Only the last `HEALTHCHECK` of a stage takes effect; keep one.',
    check: context => repeatsInStage(context, 'HEALTHCHECK', 'Multiple HEALTHCHECK instructions in one stage')
};
const DL4003 = {
    id: 'DL4003',
    level: 'warning',
    title: 'Multiple CMD instructions found',
    description: 'If you list more than one `CMD` in a stage, only the last one takes effect.',
    check: context => repeatsInStage(context, 'CMD', 'Multiple CMD instructions found; only the last one takes effect')
};
const DL4004 = {
    id: 'DL4004',
    level: 'error',
    title: 'Multiple ENTRYPOINT instructions found',
    description: 'If you list more than one `ENTRYPOINT` in a stage, only the last one takes effect.',
    check: context => repeatsInStage(context, 'ENTRYPOINT', 'Multiple ENTRYPOINT instructions found; only the last one takes effect')
};
const DL3043 = {
    id: 'DL3043',
    level: 'error',
    title: 'ONBUILD, FROM or MAINTAINER triggered from within ONBUILD instruction',
    description: '`ONBUILD ONBUILD`, `ONBUILD FROM` and `ONBUILD MAINTAINER` are not allowed by the builder.',
    check: context => context.ast.getInstructions().flatMap(instruction => {
        const trigger = (0,_ast_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .onbuildTrigger */ .wT)(instruction);
        const keyword = trigger ? (0,_ast_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .keywordOf */ .XL)(trigger) : '';
        return ['ONBUILD', 'FROM', 'MAINTAINER'].includes(keyword)
            ? [(0,_ast_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .violationOn */ .Ln)(instruction, `${keyword} cannot be triggered from within ONBUILD`)]
            : [];
    })
};
const DL4000 = {
    id: 'DL4000',
    level: 'error',
    title: 'MAINTAINER is deprecated',
    description: 'Use `LABEL org.opencontainers.image.authors="…"` instead of `MAINTAINER`.',
    check: context => context.ast
        .getInstructions()
        .filter(i => (0,_ast_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .keywordOf */ .XL)(i) === 'MAINTAINER')
        .map(i => (0,_ast_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .violationOn */ .Ln)(i, 'MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors'))
};
const VARIABLE_CHAR = /[A-Za-z0-9_]/;
/**
 * The names `text` refers to as `$name` (the whole run of name characters after `$`) or `${name}`. One pass,
 * so that an ENV of thousands of assignments costs the length of its text, not its square.
 */
function referencedNames(text) {
    const names = new Set();
    // The next `}`, found once for all the `${` before it; infinity when there is none left.
    let close = -1;
    for (let at = text.indexOf('$'); at !== -1;) {
        const next = text.indexOf('$', at + 1);
        let end = at + 1;
        while (end < text.length && VARIABLE_CHAR.test(text[end]))
            end++;
        if (end > at + 1)
            names.add(text.slice(at + 1, end));
        const braced = text[at + 1] === '{';
        if (braced && close < at + 2) {
            const found = text.indexOf('}', at + 2);
            close = found === -1 ? Number.POSITIVE_INFINITY : found;
        }
        // A name has no `$` in it: `${a${b}` names only b, and the slices never overlap.
        if (braced && close < (next === -1 ? Number.POSITIVE_INFINITY : next))
            names.add(text.slice(at + 2, close));
        at = next;
    }
    return names;
}
const DL3044 = {
    id: 'DL3044',
    level: 'error',
    title: 'Do not refer to an environment variable within the same ENV statement where it is defined',
    description: 'In `ENV A=1 B=$A`, `$A` is expanded before `A` is set, so `B` gets the old (usually empty) value. ' +
        'Split it into two `ENV` instructions. Variables defined by an earlier `ENV` or `ARG` are fine.',
    check: context => {
        const defined = new Set();
        const violations = [];
        for (const instruction of context.ast.getInstructions()) {
            const keyword = (0,_ast_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .keywordOf */ .XL)(instruction);
            const properties = propertiesOf(instruction);
            if (keyword === 'ENV') {
                const pairs = properties.map(p => ({
                    name: p.getName(),
                    references: referencedNames(p.getValue() ?? '')
                }));
                // How many pairs refer to each name; a pair referring to its own name does not count for it.
                const referrers = new Map();
                for (const pair of pairs)
                    for (const name of pair.references)
                        referrers.set(name, (referrers.get(name) ?? 0) + 1);
                const selfReferenced = pairs.find(pair => !defined.has(pair.name) &&
                    (referrers.get(pair.name) ?? 0) > (pair.references.has(pair.name) ? 1 : 0));
                if (selfReferenced !== undefined) {
                    const name = selfReferenced.name;
                    violations.push((0,_ast_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .violationOn */ .Ln)(instruction, `Do not refer to ${name} within the same ENV statement where it is defined`));
                }
            }
            if (keyword === 'ENV' || keyword === 'ARG')
                for (const p of properties)
                    defined.add(p.getName());
        }
        return violations;
    }
};
function propertiesOf(instruction) {
    return instruction.getProperties?.() ?? [];
}
const DL3059 = {
    id: 'DL3059',
    level: 'info',
    title: 'Multiple consecutive RUN instructions. Consider consolidation',
    description: 'Each `RUN` adds a layer. Consecutive `RUN`s with the same flags, each running a single command, ' +
        'can be joined with `&&`; a `RUN` that already chains commands is not reported. Comments between them do ' +
        'not count, any other instruction does.',
    check: context => {
        const commandCount = new Map(context.runs.map(run => [run.instruction, commandsIn(run)]));
        const violations = [];
        for (const stage of context.stages) {
            let previous;
            for (const instruction of stage.instructions) {
                if ((0,_ast_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .keywordOf */ .XL)(instruction) !== 'RUN') {
                    previous = undefined;
                    continue;
                }
                const flags = runFlags(instruction);
                const count = commandCount.get(instruction) ?? 1;
                // Chained commands (`a && b`) in either RUN mean the split was deliberate.
                if (previous !== undefined && previous.flags === flags && count <= 1 && previous.count <= 1) {
                    violations.push((0,_ast_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .violationOn */ .Ln)(instruction, 'Multiple consecutive RUN instructions; consider consolidation'));
                }
                previous = { flags, count };
            }
        }
        return violations;
    }
};
/** Commands in a RUN: from the shell parser, or a rough count of separators when it could not parse. */
function commandsIn(run) {
    if (run.shell !== undefined && run.shell.parseError === undefined)
        return run.shell.commands.length;
    return run.script.split(/&&|\|\||;|\||\n/).filter(part => part.trim() !== '').length;
}
function runFlags(instruction) {
    const flags = instruction.getFlags?.() ?? [];
    return flags
        .map(f => f.toString())
        .sort()
        .join(' ');
}
const INSTRUCTION_RULES = [
    DL3000,
    DL3011,
    DL3012,
    DL3043,
    DL3044,
    DL3059,
    DL4000,
    DL4003,
    DL4004
];


/***/ }),

/***/ 36891:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q2: () => (/* binding */ DL1000),
/* harmony export */   wM: () => (/* binding */ SYNTAX_RULES)
/* harmony export */ });
/* unused harmony export DL1001 */
/* harmony import */ var _ignores_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5660);
/* harmony import */ var _ast_helpers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56711);
/* harmony import */ var _copy_arguments_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79087);
/* harmony import */ var _instructions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64809);




const INSTRUCTIONS = new Set([
    'ADD',
    'ARG',
    'CMD',
    'COPY',
    'ENTRYPOINT',
    'ENV',
    'EXPOSE',
    'FROM',
    'HEALTHCHECK',
    'LABEL',
    'MAINTAINER',
    'ONBUILD',
    'RUN',
    'SHELL',
    'STOPSIGNAL',
    'USER',
    'VOLUME',
    'WORKDIR'
]);
/** What BuildKit would refuse in one instruction (an ONBUILD's trigger checked as well). */
function problemsOf(instruction, insideOnbuild = false) {
    const keyword = (0,_ast_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .keywordOf */ .XL)(instruction);
    if (!INSTRUCTIONS.has(keyword)) {
        const shown = keyword.length > 40 ? `${keyword.slice(0, 40)}…` : keyword;
        return [(0,_ast_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .violationAt */ .Bk)(instruction.getInstructionRange(), `unknown instruction "${shown}"`)];
    }
    if ((0,_ast_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .argumentsOf */ .aX)(instruction).length === 0) {
        const where = insideOnbuild ? 'ONBUILD ' : '';
        return [(0,_ast_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .violationOn */ .Ln)(instruction, `${where}${keyword} requires at least one argument`)];
    }
    const trigger = (0,_ast_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .onbuildTrigger */ .wT)(instruction);
    if (trigger !== undefined)
        return problemsOf(trigger, true);
    if ((keyword === 'COPY' || keyword === 'ADD') && (0,_copy_arguments_js__WEBPACK_IMPORTED_MODULE_2__/* .copyArguments */ .K)(instruction).sources.length === 0) {
        return [(0,_ast_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .violationOn */ .Ln)(instruction, `${keyword} needs a source and a destination`)];
    }
    if (keyword === 'ENV' || keyword === 'LABEL') {
        const bare = (0,_instructions_js__WEBPACK_IMPORTED_MODULE_3__/* .propertiesOf */ .P1)(instruction).find(p => p.getValue() === null);
        if (bare !== undefined) {
            return [
                (0,_ast_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .violationAt */ .Bk)(bare.getNameRange(), `${keyword} ${bare.getName()} has no value; write ${bare.getName()}=value`)
            ];
        }
    }
    return (0,_ast_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .heredocsOf */ .t6)(instruction)
        .filter(heredoc => heredoc.getDelimiterRange() === null)
        .map(heredoc => (0,_ast_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .violationAt */ .Bk)(heredoc.getStartRange(), `heredoc <<${heredoc.getName()} is never closed by a line "${heredoc.getName()}"`));
}
const DL1000 = {
    id: 'DL1000',
    level: 'error',
    title: 'Dockerfile syntax error',
    description: 'The Dockerfile cannot be built as written: an unknown instruction, an instruction without arguments, ' +
        '`COPY`/`ADD` without a destination, `ENV`/`LABEL` without a value, or a heredoc that is never closed. ' +
        'Reported on the offending line; the rest of the file is still linted.',
    check: context => context.ast.getInstructions().flatMap(instruction => problemsOf(instruction))
};
const DL1001 = {
    id: 'DL1001',
    level: 'info',
    enabledByDefault: false,
    title: 'Please refrain from using inline ignore pragmas `# hadolint ignore=DLxxxx`',
    description: 'Off by default, as in hadolint (level `ignore`). When turned on (e.g. `DL1001: info`), each inline ' +
        '`# hadolint ignore=…` comment is reported, for teams that want exceptions in the policy instead.',
    check: context => (0,_ignores_js__WEBPACK_IMPORTED_MODULE_0__/* .findPragmas */ .d)(context.lines, (0,_ast_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .heredocBodyLines */ ._R)(context.ast.getInstructions()))
        .filter(pragma => pragma.tool === 'hadolint' && !pragma.global && !pragma.stage)
        .map(pragma => ({
        line: pragma.line,
        column: pragma.column,
        message: 'Please refrain from using inline ignore pragmas; use a policy exception instead'
    }))
};
const SYNTAX_RULES = [DL1000, DL1001];


/***/ }),

/***/ 44800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wT: () => (/* binding */ LINT_RULES),
  RZ: () => (/* binding */ LINT_RULE_DOCS),
  Fo: () => (/* binding */ OVER_BUDGET),
  EY: () => (/* binding */ UNLINTABLE_FILE),
  ZX: () => (/* binding */ lintRuleInfos)
});

// EXTERNAL MODULE: ./src/policy/levels.ts
var levels = __webpack_require__(25831);
// EXTERNAL MODULE: ./src/checks/lint/ast-helpers.ts
var ast_helpers = __webpack_require__(56711);
// EXTERNAL MODULE: ./src/checks/lint/copy-arguments.ts
var copy_arguments = __webpack_require__(79087);
;// CONCATENATED MODULE: ./src/checks/lint/rules/dockerfile/copy.ts


/** hadolint's list of archive extensions that ADD unpacks. */
const ARCHIVE_EXTENSIONS = [
    '.tar',
    '.Z',
    '.bz2',
    '.gz',
    '.lz',
    '.lzma',
    '.tZ',
    '.tb2',
    '.tbz',
    '.tbz2',
    '.tgz',
    '.tlz',
    '.tpz',
    '.txz',
    '.xz'
];
function isArchive(path) {
    const unquoted = (0,ast_helpers/* dropQuotes */.Ru)(path);
    return ARCHIVE_EXTENSIONS.some(extension => unquoted.endsWith(extension));
}
function isUrl(path) {
    return /^https?:\/\//.test((0,ast_helpers/* dropQuotes */.Ru)(path));
}
const DL3020 = {
    id: 'DL3020',
    level: 'error',
    title: 'Use COPY instead of ADD for files and folders',
    description: '`ADD` also fetches URLs and unpacks archives; for plain files and folders `COPY` says what happens. ' +
        'An `ADD` whose every source is a URL or a local archive is not reported.',
    check: context => (0,ast_helpers/* instructionsByKeyword */.eE)(context, 'ADD').flatMap(({ instruction }) => {
        const { sources } = (0,copy_arguments/* copyArguments */.K)(instruction);
        const plain = sources.filter(s => !s.startsWith('<<') && !isArchive(s) && !isUrl(s));
        return plain.length > 0
            ? [(0,ast_helpers/* violationOn */.Ln)(instruction, `Use COPY instead of ADD for files and folders (${plain[0]})`)]
            : [];
    })
};
const DL3021 = {
    id: 'DL3021',
    level: 'error',
    title: 'COPY with more than 2 arguments requires the last argument to end with /',
    description: 'With several sources, the destination is a directory and must say so with a trailing `/`.',
    check: context => (0,ast_helpers/* instructionsByKeyword */.eE)(context, 'COPY').flatMap(({ instruction }) => {
        const { sources, target } = (0,copy_arguments/* copyArguments */.K)(instruction);
        if (sources.length < 2 || target === undefined || (0,ast_helpers/* dropQuotes */.Ru)(target).endsWith('/'))
            return [];
        return [
            (0,ast_helpers/* violationOn */.Ln)(instruction, `COPY with more than 2 arguments requires the last argument (${target}) to end with /`)
        ];
    })
};
/** Each `COPY --from=…` with its stage; the reference lowercased, as BuildKit compares stage names. */
function copiesFrom(context) {
    return (0,ast_helpers/* instructionsByKeyword */.eE)(context, 'COPY').flatMap(copy => {
        const from = (0,ast_helpers/* flagOf */.iP)(copy.instruction, 'from')?.getValue();
        return from ? [{ copy, from: from.toLowerCase() }] : [];
    });
}
/** True when a `--from` value names a stage defined before `stage`, by alias or by index. */
function namesEarlierStage(context, stage, from) {
    return ((0,ast_helpers/* earlierStageNamed */.C2)(context.stages, from, stage) !== undefined ||
        (/^\d+$/.test(from) && Number(from) < stage.index));
}
const DL3022 = {
    id: 'DL3022',
    level: 'warning',
    title: 'COPY --from should reference a previously defined FROM alias',
    description: '`COPY --from=name` copies from the stage named `name`, which must be defined above it; a numeric ' +
        'index of an earlier stage is accepted. An image reference with a tag or digest ' +
        '(`--from=nginx:1.27`) copies from that image and is not reported; a bare name that is no stage is.',
    check: context => copiesFrom(context).flatMap(({ copy, from }) => {
        return namesEarlierStage(context, copy.stage, from) || (0,ast_helpers/* dropQuotes */.Ru)(from).includes(':')
            ? []
            : [fromFlagViolation(copy.instruction, 'does not name an earlier stage')];
    })
};
const DL3023 = {
    id: 'DL3023',
    level: 'error',
    title: 'COPY --from cannot reference its own FROM alias',
    description: 'A stage cannot copy from itself; reference an earlier stage.',
    check: context => copiesFrom(context).flatMap(({ copy, from }) => copy.stage.alias === from ? [fromFlagViolation(copy.instruction, 'references its own stage')] : [])
};
const DL3067 = {
    id: 'DL3067',
    level: 'warning',
    title: 'Do not copy an entire filesystem from another stage',
    description: "`COPY --from=stage / /` copies everything, including the other stage's package database and secrets.",
    check: context => copiesFrom(context).flatMap(({ copy }) => {
        const { sources, target } = (0,copy_arguments/* copyArguments */.K)(copy.instruction);
        const root = sources.some(s => (0,ast_helpers/* dropQuotes */.Ru)(s) === '/') && target !== undefined && (0,ast_helpers/* dropQuotes */.Ru)(target) === '/';
        return root
            ? [(0,ast_helpers/* violationOn */.Ln)(copy.instruction, 'Do not copy an entire filesystem from another stage')]
            : [];
    })
};
const DL3045 = {
    id: 'DL3045',
    level: 'warning',
    title: 'COPY to a relative destination without WORKDIR set',
    description: "A relative `COPY` destination depends on the base image's working directory. Set `WORKDIR` in the " +
        'stage (or in the stage it builds on) or use an absolute path; a destination starting with `$` is not reported.',
    check: context => {
        const workdirAtEnd = new Map();
        const violations = [];
        for (const stage of context.stages) {
            const parent = (0,ast_helpers/* parentStage */.vp)(stage, context.stages);
            let hasWorkdir = parent !== undefined && workdirAtEnd.get(parent) === true;
            // `ONBUILD COPY` and `ONBUILD WORKDIR` count as in hadolint: they run in the child build.
            for (const instruction of stage.instructions.map(ast_helpers/* unwrapOnbuild */.ls)) {
                const keyword = (0,ast_helpers/* keywordOf */.XL)(instruction);
                if (keyword === 'WORKDIR')
                    hasWorkdir = true;
                if (keyword !== 'COPY' || hasWorkdir)
                    continue;
                const target = (0,ast_helpers/* dropQuotes */.Ru)((0,copy_arguments/* copyArguments */.K)(instruction).target ?? '/');
                // Absolute (`/app`, Windows `C:\app`) or a variable: the base image's WORKDIR does not matter.
                if (!/^(\/|\$|[A-Za-z]:)/.test(target)) {
                    violations.push((0,ast_helpers/* violationOn */.Ln)(instruction, `COPY to a relative destination (${target}) without WORKDIR set`));
                }
            }
            workdirAtEnd.set(stage, hasWorkdir);
        }
        return violations;
    }
};
/** A violation on the `--from=…` flag, the message prefixed with the flag as written. */
function fromFlagViolation(instruction, problem) {
    const flag = (0,ast_helpers/* flagOf */.iP)(instruction, 'from');
    const message = `COPY --from=${flag?.getValue() ?? ''} ${problem}`;
    return flag ? (0,ast_helpers/* violationAt */.Bk)(flag.getRange(), message) : (0,ast_helpers/* violationOn */.Ln)(instruction, message);
}
const COPY_RULES = [DL3020, DL3021, DL3022, DL3023, DL3045, DL3067];

;// CONCATENATED MODULE: ./src/checks/lint/rules/dockerfile/archives.ts



const UNPACKERS = new Set([
    'unzip',
    'gunzip',
    'bunzip2',
    'unlzma',
    'unxz',
    'zgz',
    'uncompress',
    'zcat',
    'gzcat'
]);
function basename(path) {
    return (0,ast_helpers/* dropQuotes */.Ru)(path).split(/[\\/]/).at(-1) ?? '';
}
/** `tar -x…`, `tar --extract`/`--get`, or one of the unpacking tools, as hadolint recognises them. */
function extracts(command) {
    const args = command.args.map(a => a.value);
    if (command.name === 'tar') {
        return args.some(a => a === '--extract' || a === '--get' || (/^-[^-]/.test(a) && a.includes('x')));
    }
    return UNPACKERS.has(command.name);
}
const DL3010 = {
    id: 'DL3010',
    level: 'info',
    title: 'Use ADD for extracting archives into an image',
    description: 'A local archive that is `COPY`ed and then unpacked by a later `RUN` (`tar -x`, `unzip`, `gunzip`…) in ' +
        'the same stage leaves the archive in a layer; `ADD` unpacks it in one step. Reported on the `COPY`.',
    check: context => {
        const runs = new Map(context.runs.map(run => [run.instruction, run]));
        const violations = [];
        for (const stage of context.stages) {
            const copied = [];
            const reported = new Set();
            for (const instruction of stage.instructions) {
                const keyword = (0,ast_helpers/* keywordOf */.XL)(instruction);
                if (keyword === 'COPY' && (0,ast_helpers/* flagOf */.iP)(instruction, 'from') === undefined) {
                    const { sources, target } = (0,copy_arguments/* copyArguments */.K)(instruction);
                    // Copied to an archive name, the target is what gets unpacked; otherwise each archive source.
                    const names = target !== undefined && isArchive(target) ? [target] : sources.filter(isArchive);
                    copied.push(...names.map(name => ({ name: basename(name), copy: instruction })));
                }
                // Only a RUN after a COPY of an archive can unpack it.
                if (keyword !== 'RUN' || copied.length === 0)
                    continue;
                const commands = runs.get(instruction)?.shell?.commands ?? [];
                const unpacked = new Set(commands
                    .filter(extracts)
                    .flatMap(c => c.args.map(a => a.value).filter(a => !a.startsWith('-')))
                    .map(basename));
                for (const archive of copied) {
                    if (!unpacked.has(archive.name) || reported.has(archive.copy))
                        continue;
                    reported.add(archive.copy);
                    violations.push((0,ast_helpers/* violationOn */.Ln)(archive.copy, `Use ADD for extracting archives into an image (${archive.name})`));
                }
            }
        }
        return violations;
    }
};

;// CONCATENATED MODULE: ./src/checks/lint/rules/dockerfile/commands.ts

/** Rules about the command an image runs: CMD, ENTRYPOINT and HEALTHCHECK. */
/** CMD, ENTRYPOINT or `HEALTHCHECK CMD` in shell form: the command text, or undefined when it is exec form. */
function shellFormCommand(instruction) {
    const keyword = (0,ast_helpers/* keywordOf */.XL)(instruction);
    let text;
    if (keyword === 'CMD' || keyword === 'ENTRYPOINT')
        text = (0,ast_helpers/* argumentsContentOf */.xE)(instruction) ?? '';
    else if (keyword === 'HEALTHCHECK') {
        const at = (0,ast_helpers/* argumentValues */.Qp)(instruction).findIndex(word => word.toUpperCase() === 'CMD');
        if (at === -1)
            return undefined;
        text = (0,ast_helpers/* argumentsOf */.aX)(instruction)
            .slice(at + 1)
            .map(a => a.getValue())
            .join(' ');
    }
    else
        return undefined;
    return (0,ast_helpers/* execFormArguments */.O9)(text) === undefined ? text : undefined;
}
const DL3025 = {
    id: 'DL3025',
    level: 'warning',
    title: 'Use arguments JSON notation for CMD and ENTRYPOINT arguments',
    description: 'The shell form runs the command under `/bin/sh -c`, so it does not receive signals (no graceful ' +
        'shutdown) and `CMD` cannot add arguments to an `ENTRYPOINT`. Write `["executable", "arg"]`. ' +
        '`HEALTHCHECK CMD` is held to the same form, as in hadolint.',
    check: context => context.stages.flatMap(stage => stage.instructions
        .filter(i => shellFormCommand(i) !== undefined)
        .map(i => (0,ast_helpers/* violationOn */.Ln)(i, `Use arguments JSON notation for ${(0,ast_helpers/* keywordOf */.XL)(i)} arguments`)))
};
/**
 * Stages counted as having a HEALTHCHECK, as hadolint decides it in file order: a stage inherits it from
 * the stage it is built on, and a stage's own HEALTHCHECK also counts for its ancestors (the stages
 * they are built from), so a chain ending in a healthy image is reported nowhere.
 */
function stagesWithHealthcheck(context) {
    const healthy = new Set();
    for (const stage of context.stages) {
        const parent = (0,ast_helpers/* parentStage */.vp)(stage, context.stages);
        if (parent !== undefined && healthy.has(parent))
            healthy.add(stage);
        if (!stage.instructions.some(i => (0,ast_helpers/* keywordOf */.XL)(i) === 'HEALTHCHECK'))
            continue;
        for (let s = stage; s !== undefined; s = (0,ast_helpers/* parentStage */.vp)(s, context.stages))
            healthy.add(s);
    }
    return healthy;
}
const DL3057 = {
    id: 'DL3057',
    level: 'info',
    enabledByDefault: false,
    title: 'HEALTHCHECK instruction missing',
    description: 'Off by default, as in hadolint (level `ignore`); turn it on with e.g. `DL3057: info` under ' +
        '`dockerfile.rules`. Reports each stage without a `HEALTHCHECK`, unless it inherits one from the stage it ' +
        'builds on or a stage built from it (directly or through others) has one; `HEALTHCHECK NONE` counts.',
    check: context => {
        const healthy = stagesWithHealthcheck(context);
        return context.stages.flatMap(stage => stage.from !== undefined && !healthy.has(stage)
            ? [(0,ast_helpers/* violationOn */.Ln)(stage.from, 'HEALTHCHECK instruction missing')]
            : []);
    }
};
const COMMAND_RULES = [DL3025, DL3057];

// EXTERNAL MODULE: ./src/image/reference.ts
var reference = __webpack_require__(23564);
;// CONCATENATED MODULE: ./src/checks/lint/rules/dockerfile/from.ts


/** Each stage's FROM, with a test for names of stages defined before it (lowercased, as BuildKit compares them). */
function fromsWithEarlierAliases(context) {
    return context.stages.flatMap(stage => stage.from === undefined
        ? []
        : [
            {
                stage,
                from: stage.from,
                isEarlier: (name) => (0,ast_helpers/* earlierStageNamed */.C2)(context.stages, name, stage) !== undefined
            }
        ]);
}
/**
 * The image reference a FROM pulls from a registry, after global ARG substitution; undefined for `scratch`,
 * an earlier stage, an image a build argument decides, or one that is not a valid reference (pinning's IG106).
 */
function registryImage(stage, isEarlier) {
    const image = stage.resolvedImage;
    if (image === undefined || image.toLowerCase() === 'scratch' || isEarlier(image.toLowerCase()))
        return undefined;
    const parsed = (0,reference/* tryParseImageReference */.tj)(image);
    return parsed.ok ? parsed.reference : undefined;
}
function imageViolation(from, message) {
    return (0,ast_helpers/* violationAt */.Bk)(from.getImageRange() ?? from.getRange(), message);
}
const DL3006 = {
    id: 'DL3006',
    level: 'warning',
    title: 'Always tag the version of an image explicitly',
    description: 'A `FROM` image without a tag or digest pulls whatever `latest` is at build time. Global `ARG` defaults ' +
        'are substituted first (`FROM $BASE` with `ARG BASE=debian` is reported); `scratch`, earlier stages ' +
        '(`FROM builder`) and images a build argument without default decides are not.',
    check: context => fromsWithEarlierAliases(context).flatMap(({ stage, from, isEarlier }) => {
        const image = registryImage(stage, isEarlier);
        return image !== undefined && image.tag === undefined && image.digest === undefined
            ? [
                imageViolation(from, `Always tag the version of an image explicitly: ${image.original} has no tag`)
            ]
            : [];
    })
};
/** `:latest` moves; `:latest@sha256:…` is pinned by its digest, which is what gets pulled. */
function isLatestWithoutDigest(image) {
    return image?.tag === 'latest' && image.digest === undefined;
}
const DL3007 = {
    id: 'DL3007',
    level: 'warning',
    title: 'Using latest is prone to errors if the image will ever update',
    description: 'A `FROM` image tagged `latest` changes whenever upstream pushes, so builds are not reproducible. Pin ' +
        'the version explicitly to a release tag (and ideally a digest). `latest@sha256:…` is pinned by its ' +
        'digest and not reported.',
    check: context => fromsWithEarlierAliases(context).flatMap(({ stage, from, isEarlier }) => isLatestWithoutDigest(registryImage(stage, isEarlier))
        ? [
            imageViolation(from, 'Using latest is prone to errors if the image will ever update; pin the version')
        ]
        : [])
};
const DL3024 = {
    id: 'DL3024',
    level: 'error',
    title: 'FROM aliases (stage names) must be unique',
    description: 'Two stages with the same `AS name` make `COPY --from=name` and `--target name` ambiguous.',
    check: context => fromsWithEarlierAliases(context).flatMap(({ stage, from, isEarlier }) => stage.alias !== undefined && isEarlier(stage.alias)
        ? [
            (0,ast_helpers/* violationAt */.Bk)(aliasRange(from), `FROM aliases must be unique: "${stage.alias}" is already a stage name`)
        ]
        : [])
};
const DL3029 = {
    id: 'DL3029',
    level: 'warning',
    title: 'Do not use --platform flag with FROM',
    description: '`FROM --platform=linux/amd64` pins the build to one platform; let the builder choose it (`docker buildx ' +
        'build --platform`) so the same Dockerfile builds for every platform. The predefined build arguments ' +
        '`$BUILDPLATFORM` and `$TARGETPLATFORM` (in any spelling: quoted, braced, with a default) are not reported.',
    check: context => fromsWithEarlierAliases(context).flatMap(({ from }) => {
        const platform = (0,ast_helpers/* flagOf */.iP)(from, 'platform');
        const value = platform?.getValue() ?? '';
        // `$BUILDPLATFORM` / `$TARGETPLATFORM` (quoted, braced, with a default) let the builder decide.
        return platform !== undefined && value !== '' && !/BUILDPLATFORM|TARGETPLATFORM/.test(value)
            ? [(0,ast_helpers/* violationAt */.Bk)(platform.getRange(), 'Do not use --platform flag with FROM')]
            : [];
    })
};
const DL3065 = {
    id: 'DL3065',
    level: 'warning',
    title: 'Setting FROM --platform to predefined $TARGETPLATFORM is redundant',
    description: '`FROM --platform=$TARGETPLATFORM` is what the builder does anyway; drop the flag.',
    check: context => fromsWithEarlierAliases(context).flatMap(({ from }) => {
        const platform = (0,ast_helpers/* flagOf */.iP)(from, 'platform');
        const value = platform?.getValue();
        return platform !== undefined && (value === '$TARGETPLATFORM' || value === '${TARGETPLATFORM}')
            ? [
                (0,ast_helpers/* violationAt */.Bk)(platform.getRange(), 'Setting FROM --platform to $TARGETPLATFORM is redundant; remove it')
            ]
            : [];
    })
};
const RESERVED_STAGE_NAMES = new Set(['context', 'scratch']);
const DL3063 = {
    id: 'DL3063',
    level: 'warning',
    title: 'Stage name should not be a reserved word',
    description: '`scratch` and `context` have a meaning of their own in `FROM` and `COPY --from`; name the stage otherwise.',
    check: context => fromsWithEarlierAliases(context).flatMap(({ stage, from }) => stage.alias !== undefined && RESERVED_STAGE_NAMES.has(stage.alias)
        ? [
            (0,ast_helpers/* violationAt */.Bk)(aliasRange(from), `Stage name "${stage.alias}" is a reserved word; choose another name`)
        ]
        : [])
};
const DL3061 = {
    id: 'DL3061',
    level: 'error',
    title: 'Invalid instruction order. Dockerfile must begin with FROM, ARG or comment',
    description: 'Only `ARG` may come before the first `FROM`. A fragment with no `FROM` at all (a template or snippet) ' +
        'is linted as one stage and not reported.',
    check: context => {
        const instructions = context.ast.getInstructions();
        const firstFrom = instructions.findIndex(i => (0,ast_helpers/* keywordOf */.XL)(i) === 'FROM');
        if (firstFrom === -1)
            return [];
        return instructions
            .slice(0, firstFrom)
            .filter(i => (0,ast_helpers/* keywordOf */.XL)(i) !== 'ARG')
            .map(i => (0,ast_helpers/* violationOn */.Ln)(i, `Invalid instruction order: ${(0,ast_helpers/* keywordOf */.XL)(i)} before the first FROM`));
    }
};
/** The `AS name` part of a FROM, or the whole FROM when the parser has no range for it. */
function aliasRange(from) {
    return from.getBuildStageRange() ?? from.getRange();
}
const FROM_RULES = [DL3006, DL3007, DL3024, DL3029, DL3061, DL3063, DL3065];

// EXTERNAL MODULE: ./src/checks/lint/rules/dockerfile/instructions.ts
var dockerfile_instructions = __webpack_require__(64809);
;// CONCATENATED MODULE: ./src/checks/lint/rules/dockerfile/labels.ts



/** LABEL pairs of `instructions`; with `onbuild`, those of `ONBUILD LABEL` too. */
function labelsIn(instructions, { onbuild = false } = {}) {
    return instructions
        .map(i => (onbuild ? (0,ast_helpers/* unwrapOnbuild */.ls)(i) : i))
        .filter(i => (0,ast_helpers/* keywordOf */.XL)(i) === 'LABEL')
        .flatMap(instruction => (0,dockerfile_instructions/* propertiesOf */.P1)(instruction).map(p => ({
        instruction,
        name: (0,ast_helpers/* dropQuotes */.Ru)(p.getName()),
        value: (0,ast_helpers/* dropQuotes */.Ru)(p.getValue() ?? '')
    })));
}
const schemaLabels = (context, type) => Object.entries(context.labelSchema ?? {})
    .filter(([, t]) => type === undefined || t === type)
    .map(([name]) => name);
const LABEL_KEY_FIRST = /^[a-z]/;
const LABEL_KEY_LAST = /[a-z0-9]$/;
const LABEL_KEY_CHARS = /^[a-z0-9.-]+$/;
const RESERVED_NAMESPACES = ['com.docker.', 'io.docker.', 'org.dockerproject.'];
function isValidLabelKey(key) {
    return (LABEL_KEY_FIRST.test(key) &&
        LABEL_KEY_LAST.test(key) &&
        LABEL_KEY_CHARS.test(key) &&
        !RESERVED_NAMESPACES.some(ns => key.startsWith(ns)) &&
        !key.includes('..') &&
        !key.includes('--'));
}
const DL3048 = {
    id: 'DL3048',
    level: 'style',
    title: 'Invalid label key',
    description: "Label keys should follow Docker's guidelines: lowercase letters, digits, `.` and `-`, starting with a " +
        'letter and ending with a letter or digit, no `..` or `--`, and not in the reserved `com.docker.`, ' +
        '`io.docker.` or `org.dockerproject.` namespaces.',
    check: context => labelsIn(context.ast.getInstructions(), { onbuild: true })
        .filter(label => !isValidLabelKey(label.name))
        .map(label => (0,ast_helpers/* violationOn */.Ln)(label.instruction, `Invalid label key "${label.name}"`))
};
const DL3049 = {
    id: 'DL3049',
    level: 'info',
    title: 'Label is missing',
    description: 'With a `label-schema` in `.hadolint.yaml`, every stage must set each schema label, or build on a stage ' +
        'that does. Stages only used as a `COPY --from` source are not reported.',
    check: context => {
        const labels = schemaLabels(context);
        // Without a schema (the usual case) no label is required: skip reading the COPYs.
        if (labels.length === 0)
            return [];
        const copiedFrom = new Set(copiesFrom(context).map(c => c.from));
        return labels.flatMap(label => {
            const labelled = (0,ast_helpers/* stagesWhereInherited */.BY)(context.stages, stage => labelsIn(stage.instructions).some(l => l.name === label));
            return context.stages.flatMap(stage => stage.from === undefined ||
                labelled.has(stage) ||
                (stage.alias !== undefined && copiedFrom.has(stage.alias))
                ? []
                : [(0,ast_helpers/* violationOn */.Ln)(stage.from, `Label \`${label}\` is missing`)]);
        });
    }
};
const DL3050 = {
    id: 'DL3050',
    level: 'info',
    title: 'Superfluous label(s) present',
    description: 'With `strict-labels: true` in `.hadolint.yaml`, labels that the `label-schema` does not list are reported.',
    check: context => {
        if (context.strictLabels !== true)
            return [];
        const known = new Set(schemaLabels(context));
        return labelsIn(context.ast.getInstructions())
            .filter(label => !known.has(label.name))
            .map(label => (0,ast_helpers/* violationOn */.Ln)(label.instruction, `Superfluous label "${label.name}" present`));
    }
};
/** A schema rule: each LABEL whose key has `type` in the schema and whose value fails `valid`. */
function labelValueRule(spec) {
    return {
        id: spec.id,
        level: 'warning',
        title: spec.title,
        description: spec.description,
        check: context => {
            const names = new Set(schemaLabels(context, spec.type));
            // Without a schema (the usual case) no label can fail: skip reading them.
            if (names.size === 0)
                return [];
            return labelsIn(context.ast.getInstructions())
                .filter(label => names.has(label.name) && !spec.valid(label.value))
                .map(label => (0,ast_helpers/* violationOn */.Ln)(label.instruction, spec.message(label.name)));
        }
    };
}
function labels_isUrl(value) {
    if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value))
        return false;
    try {
        new URL(value);
        return true;
    }
    catch {
        return false;
    }
}
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
function isRfc3339(value) {
    const match = RFC3339.exec(value);
    if (match === null)
        return false;
    const [month, day, hour, minute, second] = match.slice(2, 7).map(Number);
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour < 24 && minute < 60 && second <= 60;
}
// semver.org's regular expression for a version (no `v` prefix).
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
/** Common SPDX license identifiers; `LicenseRef-…` is accepted too. Not the whole SPDX list. */
const SPDX_IDS = new Set(('0BSD AFL-3.0 AGPL-3.0 AGPL-3.0-only AGPL-3.0-or-later Apache-1.1 Apache-2.0 Artistic-2.0 BSD-1-Clause ' +
    'BSD-2-Clause BSD-3-Clause BSD-3-Clause-Clear BSD-4-Clause BSL-1.0 BUSL-1.1 CC-BY-4.0 CC-BY-SA-4.0 CC0-1.0 ' +
    'CDDL-1.0 CDDL-1.1 CECILL-2.1 ECL-2.0 EPL-1.0 EPL-2.0 EUPL-1.1 EUPL-1.2 GPL-2.0 GPL-2.0-only ' +
    'GPL-2.0-or-later GPL-3.0 GPL-3.0-only GPL-3.0-or-later ISC LGPL-2.0 LGPL-2.0-only LGPL-2.0-or-later ' +
    'LGPL-2.1 LGPL-2.1-only LGPL-2.1-or-later LGPL-3.0 LGPL-3.0-only LGPL-3.0-or-later LPPL-1.3c MIT MIT-0 ' +
    'MPL-1.1 MPL-2.0 MS-PL MS-RL MulanPSL-2.0 NCSA ODbL-1.0 OFL-1.1 OSL-3.0 PHP-3.01 PostgreSQL Python-2.0 ' +
    'SSPL-1.0 Unicode-DFS-2016 Unlicense UPL-1.0 Vim W3C WTFPL X11 Zlib ZPL-2.1').split(' '));
const LABEL_VALUE_RULES = [
    labelValueRule({
        id: 'DL3051',
        title: 'Label is empty',
        description: 'A label listed in the `.hadolint.yaml` `label-schema` is set to an empty value.',
        valid: value => value !== '',
        message: name => `Label \`${name}\` is empty`
    }),
    labelValueRule({
        id: 'DL3052',
        type: 'url',
        title: 'Label is not a valid URL',
        description: 'A label of type `url` in the `label-schema` is not an absolute URL.',
        valid: labels_isUrl,
        message: name => `Label \`${name}\` is not a valid URL`
    }),
    labelValueRule({
        id: 'DL3053',
        type: 'rfc3339',
        title: 'Label is not a valid time format - must conform to RFC3339',
        description: 'A label of type `rfc3339` is not a timestamp like `2024-05-01T12:00:00Z`.',
        valid: isRfc3339,
        message: name => `Label \`${name}\` is not a valid RFC3339 time`
    }),
    labelValueRule({
        id: 'DL3054',
        type: 'spdx',
        title: 'Label is not a valid SPDX license identifier',
        description: 'A label of type `spdx` is not an SPDX license identifier such as `MIT` or `Apache-2.0`. imagegate ' +
            'knows the common identifiers and `LicenseRef-…`; use an inline ignore for a rare one.',
        valid: value => SPDX_IDS.has(value) || /^LicenseRef-[A-Za-z0-9.-]+$/.test(value),
        message: name => `Label \`${name}\` is not a valid SPDX license identifier`
    }),
    labelValueRule({
        id: 'DL3055',
        type: 'hash',
        title: 'Label is not a valid git hash',
        description: 'A label of type `hash` is not a 7- or 40-character lowercase hexadecimal git commit hash.',
        valid: value => /^(?:[0-9a-f]{7}|[0-9a-f]{40})$/.test(value),
        message: name => `Label \`${name}\` is not a valid git hash`
    }),
    labelValueRule({
        id: 'DL3056',
        type: 'semver',
        title: 'Label does not conform to semantic versioning',
        description: 'A label of type `semver` is not a semantic version such as `1.4.2` or `2.0.0-rc.1`.',
        // Length first, as npm's semver does (256): the pattern must never meet a megabyte of input.
        valid: value => value.length <= 256 && SEMVER.test(value),
        message: name => `Label \`${name}\` does not conform to semantic versioning`
    }),
    labelValueRule({
        id: 'DL3058',
        type: 'email',
        title: 'Label is not a valid email format - must conform to RFC5322',
        description: 'A label of type `email` is not an email address.',
        // RFC 5321 caps an address at 254 characters.
        valid: value => value.length <= 254 && EMAIL.test(value),
        message: name => `Label \`${name}\` is not a valid email address`
    })
];
const LABEL_RULES = [DL3048, DL3049, DL3050, ...LABEL_VALUE_RULES];

;// CONCATENATED MODULE: ./src/checks/lint/rules/shell/run-flags.ts
/** The RUN's `--flag=value` options (for `ONBUILD RUN`, the context's instruction is the trigger). */
function runFlags(run) {
    const instruction = run.instruction;
    return instruction.getFlags?.() ?? [];
}
/** Each `--mount=…` of the RUN as its options: `type=cache,target=/x` → {type: cache, target: /x}. */
function runMounts(run) {
    return runFlags(run)
        .filter(flag => flag.getName() === 'mount')
        .map(flag => mountOptions(flag.getValue() ?? ''));
}
/**
 * hadolint's `hasCacheOrTmpfsMountWith`: a `type=cache` or `type=tmpfs` mount whose target contains
 * `fragment` (`.cache/pip` matches `/root/.cache/pip`). What lands there never reaches the layer.
 */
function hasCacheOrTmpfsMountWith(run, fragment) {
    return runMounts(run).some(options => {
        const type = options.get('type');
        const target = options.get('target') ?? options.get('dst') ?? options.get('destination') ?? '';
        return (type === 'cache' || type === 'tmpfs') && target.includes(fragment);
    });
}
function mountOptions(value) {
    return new Map(value.split(',').map(pair => {
        const at = pair.indexOf('=');
        return at === -1 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 1)];
    }));
}

;// CONCATENATED MODULE: ./src/checks/lint/rules/dockerfile/registries.ts





/** Whether `image` (a FROM image, `COPY --from` or `RUN --mount=from=` value) comes from a trusted registry. */
function trustedImage(image, allows) {
    if (image.registry !== reference/* DEFAULT_REGISTRY */.sx)
        return allows(image.registry);
    return allows('docker.io') || allows('hub.docker.com');
}
function untrustedMessage(image, what) {
    const where = image.registry === reference/* DEFAULT_REGISTRY */.sx ? 'Docker Hub' : image.registry;
    return `Use only an allowed registry in the ${what}: ${where} is not trusted`;
}
/** An image named by `COPY --from` or a RUN mount's `from=`, unless it names a stage (alias or index). */
function externalImage(value, stage, context) {
    const name = value.toLowerCase();
    if (name === 'scratch' || name === stage.alias || namesEarlierStage(context, stage, name))
        return undefined;
    const parsed = (0,reference/* tryParseImageReference */.tj)(value);
    return parsed.ok ? parsed.reference : undefined;
}
const DL3026 = {
    id: 'DL3026',
    level: 'error',
    title: 'Use only an allowed registry in the FROM image',
    description: 'When `dockerfile.trustedRegistries` (or `trustedRegistries` in `.hadolint.yaml`) is set, every image ' +
        'the build pulls must come from one of them: `FROM` images, `COPY --from=<image>` and ' +
        '`RUN --mount=…,from=<image>`. Docker Hub images (no registry) are allowed by `docker.io` or ' +
        '`hub.docker.com`; `*` in an entry matches any characters, e.g. `*.example.com`. Empty list: any registry. ' +
        'Unlike hadolint, `--from=0` (an earlier stage by index) is a stage, never an image to check.',
    check: context => {
        if (context.trustedRegistries.length === 0)
            return [];
        const allowed = context.trustedRegistries.map(globToRegExp);
        const allows = (registry) => allowed.some(pattern => pattern.test(registry));
        const violations = fromsWithEarlierAliases(context).flatMap(({ stage, from, isEarlier }) => {
            const image = registryImage(stage, isEarlier);
            return image === undefined || trustedImage(image, allows)
                ? []
                : [imageViolation(from, untrustedMessage(image, 'FROM image'))];
        });
        for (const { copy, from } of copiesFrom(context)) {
            const image = externalImage(from, copy.stage, context);
            if (image === undefined || trustedImage(image, allows))
                continue;
            const flag = (0,ast_helpers/* flagOf */.iP)(copy.instruction, 'from');
            const message = untrustedMessage(image, 'COPY --from image');
            violations.push(flag ? (0,ast_helpers/* violationAt */.Bk)(flag.getRange(), message) : (0,ast_helpers/* violationOn */.Ln)(copy.instruction, message));
        }
        for (const run of context.runs) {
            const images = runMounts(run).flatMap(mount => {
                const image = externalImage(mount.get('from') ?? 'scratch', run.stage, context);
                return image === undefined || trustedImage(image, allows) ? [] : [image];
            });
            if (images.length > 0)
                violations.push((0,ast_helpers/* violationOn */.Ln)(run.instruction, untrustedMessage(images[0], 'RUN --mount image')));
        }
        return violations.sort((a, b) => a.line - b.line);
    }
};
function globToRegExp(glob) {
    const source = glob
        .split('*')
        .map(part => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*');
    return new RegExp(`^${source}$`, 'i');
}

;// CONCATENATED MODULE: ./src/checks/lint/rules/dockerfile/sensitive-names.ts


/** hadolint's list of names known to hold credentials. */
const KNOWN_SENSITIVE_NAMES = new Set([
    'ACCESS_TOKEN',
    'APPLICATION_KEY',
    'APP_SECRET',
    'AUTH_TOKEN',
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'BITTREX_API_KEY',
    'BITTREX_API_SECRET',
    'CF_PASSWORD',
    'CF_USERNAME',
    'CIRCLE_TOKEN',
    'CI_DEPLOY_PASSWORD',
    'CI_DEPLOY_USER',
    'DOCKERHUB_PASSWORD',
    'DOCKER_EMAIL',
    'DOCKER_PASSWORD',
    'DOCKER_USERNAME',
    'FACEBOOK_ACCESS_TOKEN',
    'FACEBOOK_APP_ID',
    'FACEBOOK_APP_SECRET',
    'FIREBASE_API_TOKEN',
    'FIREBASE_TOKEN',
    'FOSSA_API_KEY',
    'GH_ENTERPRISE_TOKEN',
    'GH_TOKEN',
    'GITHUB_ENTERPRISE_TOKEN',
    'GITHUB_TOKEN',
    'HEROKU_API_KEY',
    'HEROKU_API_USER',
    'NPM_AUTH_TOKEN',
    'NPM_TOKEN',
    'OKTA_AUTHN_GROUPID',
    'OKTA_CLIENT_ORGURL',
    'OKTA_CLIENT_TOKEN',
    'OKTA_OAUTH2_CLIENTID',
    'OKTA_OAUTH2_CLIENTSECRET',
    'OPENAI_API_KEY',
    'OS_PASSWORD',
    'OS_USERNAME',
    'POSTGRES_PASSWORD',
    'SLACK_TOKEN',
    'STRIPE_API_KEY',
    'STRIPE_DEVICE_NAME',
    'TRAVIS_OS_NAME',
    'TRAVIS_SECURE_ENV_VARS',
    'TRAVIS_SUDO',
    'VAULT_CLIENT_KEY',
    'VAULT_TOKEN'
]);
const SUSPICIOUS_SUBSTRINGS = ['api_key', 'client_key', 'password', 'private', 'secret', 'token', 'username'];
/** hadolint DL3064's test: a known credential name, or a name containing a suspicious word. */
function isSensitiveName(name) {
    const lower = name.toLowerCase();
    return KNOWN_SENSITIVE_NAMES.has(name.toUpperCase()) || SUSPICIOUS_SUBSTRINGS.some(s => lower.includes(s));
}
/** Every ENV and ARG variable (`ONBUILD ENV` too, as hadolint's DL3064) with its instruction and name range. */
function envAndArgVariables(context) {
    return context.ast.getInstructions().flatMap(wrapper => {
        const instruction = (0,ast_helpers/* unwrapOnbuild */.ls)(wrapper);
        const keyword = (0,ast_helpers/* keywordOf */.XL)(instruction);
        if (keyword !== 'ENV' && keyword !== 'ARG')
            return [];
        return (0,dockerfile_instructions/* propertiesOf */.P1)(instruction).map(property => ({
            instruction,
            keyword,
            name: property.getName(),
            nameRange: property.getNameRange(),
            value: property.getValue()
        }));
    });
}
const DL3064 = {
    id: 'DL3064',
    level: 'warning',
    title: 'Potentially sensitive data should not be used in the ARG or ENV commands',
    description: '`ARG` and `ENV` values are stored in the image history and metadata, readable by anyone who pulls it. ' +
        'Names such as `GITHUB_TOKEN` or containing `password`, `secret`, `token`, `api_key`… are reported; ' +
        'pass secrets with `RUN --mount=type=secret` instead.',
    check: context => {
        const sensitive = envAndArgVariables(context).filter(v => isSensitiveName(v.name));
        // One finding per instruction, as hadolint reports it.
        const first = sensitive.filter((v, i) => sensitive.findIndex(o => o.instruction === v.instruction) === i);
        return first.map(v => (0,ast_helpers/* violationAt */.Bk)(v.nameRange, `Potentially sensitive data in ${v.keyword} ${v.name}`));
    }
};

// EXTERNAL MODULE: ./src/checks/lint/rules/dockerfile/syntax-errors.ts
var syntax_errors = __webpack_require__(36891);
;// CONCATENATED MODULE: ./src/checks/lint/variables.ts

function namesDeclared(instruction) {
    const withProperties = instruction;
    return (withProperties.getProperties?.() ?? []).map(property => property.getName());
}
const computed = new WeakMap();
/**
 * For each RUN instruction (an `ONBUILD RUN`'s trigger included), the variables visible to it. Like
 * hadolint, ARGs count for the rest of the file, not per stage: a version kept in an ARG is a pin.
 */
function visibleVariables(context) {
    let result = computed.get(context.stages);
    if (result !== undefined)
        return result;
    result = new Map();
    const args = new Set();
    const firstFrom = context.stages[0]?.from?.getRange().start.line;
    for (const instruction of context.ast.getInstructions()) {
        if (firstFrom === undefined || instruction.getRange().start.line >= firstFrom)
            break;
        if ((0,ast_helpers/* keywordOf */.XL)(instruction) === 'ARG')
            namesDeclared(instruction).forEach(name => args.add(name));
    }
    const envsAtEnd = new Map();
    for (const stage of context.stages) {
        const parent = (0,ast_helpers/* parentStage */.vp)(stage, context.stages);
        const envs = new Set(parent === undefined ? [] : envsAtEnd.get(parent));
        for (const instruction of stage.instructions.map(ast_helpers/* unwrapOnbuild */.ls)) {
            const keyword = (0,ast_helpers/* keywordOf */.XL)(instruction);
            if (keyword === 'ARG')
                namesDeclared(instruction).forEach(name => args.add(name));
            else if (keyword === 'ENV')
                namesDeclared(instruction).forEach(name => envs.add(name));
            else if (keyword === 'RUN')
                result.set(instruction, { envs: new Set(envs), args: new Set(args) });
        }
        envsAtEnd.set(stage, envs);
    }
    computed.set(context.stages, result);
    return result;
}
/** True when `text` expands one of `names`, as `$NAME` or `${NAME}`. */
function expandsOneOf(text, names) {
    for (const name of names) {
        if (text.includes(`\${${name}}`))
            return true;
        const at = text.indexOf(`$${name}`);
        if (at !== -1 && !/[A-Za-z0-9_]/.test(text[at + name.length + 1] ?? ''))
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/checks/lint/rules/dockerfile/user.ts


/** `USER root`, `USER 0`, `USER root:group`, `USER 0:0`, as hadolint reads it. */
function isRootUser(user) {
    return user === 'root' || user === '0' || user.startsWith('root:') || user.startsWith('0:');
}
function userOf(instruction) {
    return ((0,ast_helpers/* argumentsContentOf */.xE)(instruction) ?? '').trim();
}
/** The stage's last USER instruction, if any. */
function lastUser(stage) {
    return stage.instructions.filter(i => (0,ast_helpers/* keywordOf */.XL)(i) === 'USER').at(-1);
}
const DL3002 = {
    id: 'DL3002',
    level: 'warning',
    title: 'Last USER should not be root',
    description: 'A stage whose last `USER` is `root` (or `0`) runs its command as root. Switch to an unprivileged user ' +
        'after the steps that need root. Reported on that `USER` line, for every stage, as hadolint does.',
    check: context => context.stages.flatMap(stage => {
        const user = lastUser(stage);
        return user !== undefined && isRootUser(userOf(user))
            ? [(0,ast_helpers/* violationOn */.Ln)(user, `Last USER should not be root (USER ${userOf(user)})`)]
            : [];
    })
};
/** ARG names declared before each USER (any stage, or before the first FROM), as hadolint tracks them. */
function argsBeforeUsers(context) {
    const args = [];
    const result = new Map();
    for (const instruction of context.ast.getInstructions().map(ast_helpers/* unwrapOnbuild */.ls)) {
        const keyword = (0,ast_helpers/* keywordOf */.XL)(instruction);
        if (keyword === 'ARG')
            args.push(...(0,ast_helpers/* argumentValues */.Qp)(instruction).map(word => word.split('=')[0]));
        if (keyword === 'USER')
            result.set(instruction, [...args]);
    }
    return result;
}
const DL3066 = {
    id: 'DL3066',
    level: 'info',
    title: 'Non-numeric user-id may not be resolvable by host system',
    description: 'A user name is resolved inside the image; Kubernetes `runAsNonRoot` and host tools only see numbers. ' +
        'Prefer `USER 10001` (or `USER 10001:10001`). A user id from a declared build argument ' +
        '(`ARG APP_UID` … `USER ${APP_UID}`) is not reported: the builder passes the number.',
    check: context => {
        const users = (0,ast_helpers/* instructionsByKeyword */.eE)(context, 'USER');
        if (users.length === 0)
            return [];
        const args = argsBeforeUsers(context);
        return users.flatMap(({ instruction }) => {
            const uid = userOf(instruction).split(':')[0];
            if (/^\d*$/.test(uid) || expandsOneOf(uid, args.get(instruction) ?? []))
                return [];
            return [(0,ast_helpers/* violationOn */.Ln)(instruction, `Non-numeric user-id "${uid}" may not be resolvable by host system`)];
        });
    }
};
const USER_RULES = [DL3002, DL3066];

;// CONCATENATED MODULE: ./src/checks/lint/rules/imagegate/files.ts




const IG203 = {
    id: 'IG203',
    level: 'warning',
    title: 'ADD of a remote URL without --checksum',
    description: '`ADD https://…` downloads whatever the server returns at build time. Pin the content with ' +
        '`ADD --checksum=sha256:<hex> https://…` (BuildKit 1.6+), so a changed or compromised download fails the build.',
    check: context => (0,ast_helpers/* instructionsByKeyword */.eE)(context, 'ADD', { onbuild: true }).flatMap(({ instruction }) => {
        const url = (0,copy_arguments/* copyArguments */.K)(instruction).sources.find(isUrl);
        if (url === undefined || (0,ast_helpers/* flagOf */.iP)(instruction, 'checksum')?.getValue())
            return [];
        return [
            (0,ast_helpers/* violationOn */.Ln)(instruction, `ADD ${(0,ast_helpers/* dropQuotes */.Ru)(url)} has no --checksum; pin the download with --checksum=sha256:…`)
        ];
    })
};
/** File names that are credentials or repository internals, never image content. */
const SENSITIVE_FILES = [
    {
        what: 'an environment file',
        test: name => name === '.env' || /^\.env\.(?!example$|sample$|template$)/.test(name)
    },
    { what: 'an SSH private key', test: name => /^id_(?:rsa|dsa|ecdsa|ed25519)$/.test(name) },
    { what: 'a PEM key or certificate bundle', test: name => name.endsWith('.pem') },
    { what: 'the git directory', test: name => name === '.git' }
];
function sensitiveFile(source) {
    const name = (0,ast_helpers/* dropQuotes */.Ru)(source).replace(/\/+$/, '').split(/[\\/]/).at(-1) ?? '';
    return SENSITIVE_FILES.find(file => file.test(name))?.what;
}
const IG205 = {
    id: 'IG205',
    level: 'error',
    title: 'COPY or ADD of a secret file or .git',
    description: '`COPY`/`ADD` names `.env` (or `.env.*`, except `.example`, `.sample`, `.template`), an SSH private key ' +
        '(`id_rsa`, `id_ed25519`…), a `*.pem` file or `.git`. They end up in a layer that anyone with the image ' +
        'can extract, even if a later step deletes them. Use `RUN --mount=type=secret` (or `type=ssh`) and list ' +
        'such files in `.dockerignore`.',
    check: context => ['COPY', 'ADD'].flatMap(keyword => (0,ast_helpers/* instructionsByKeyword */.eE)(context, keyword, { onbuild: true }).flatMap(({ instruction }) => {
        if (keyword === 'COPY' && (0,ast_helpers/* flagOf */.iP)(instruction, 'from'))
            return [];
        for (const source of (0,copy_arguments/* copyArguments */.K)(instruction).sources) {
            const what = sensitiveFile(source);
            if (what)
                return [(0,ast_helpers/* violationOn */.Ln)(instruction, `${keyword} ${(0,ast_helpers/* dropQuotes */.Ru)(source)} puts ${what} into the image`)];
        }
        return [];
    }))
};
const IG207 = {
    id: 'IG207',
    level: 'warning',
    title: 'COPY --from an image with a floating tag',
    description: '`COPY --from=<image>` with `latest` or no tag copies from whatever that image is at build time. Pin ' +
        'a version tag and a digest, e.g. `COPY --from=ghcr.io/acme/tools:1.2@sha256:… /bin/tool /usr/local/bin/`. ' +
        'References to earlier stages (by name or index) are not reported.',
    check: context => copiesFrom(context).flatMap(({ copy, from }) => {
        // Stages (by name or any index) are DL3022's business; `$VAR` cannot be judged here.
        if (namesEarlierStage(context, copy.stage, from) || /^\d+$/.test(from) || from.includes('$'))
            return [];
        const written = (0,ast_helpers/* flagOf */.iP)(copy.instruction, 'from');
        const parsed = (0,reference/* tryParseImageReference */.tj)(written?.getValue() ?? from);
        if (!parsed.ok || parsed.reference.digest !== undefined)
            return [];
        const tag = parsed.reference.tag;
        if (tag !== undefined && tag !== 'latest')
            return [];
        const why = tag === undefined ? 'has no tag' : 'uses the tag "latest"';
        const message = `COPY --from=${parsed.reference.original} ${why}; pin a version tag and a digest`;
        return [written ? (0,ast_helpers/* violationAt */.Bk)(written.getRange(), message) : (0,ast_helpers/* violationOn */.Ln)(copy.instruction, message)];
    })
};
const FILE_RULES = [IG203, IG205, IG207];

// EXTERNAL MODULE: ./src/dockerfile/substitute.ts
var substitute = __webpack_require__(91424);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
;// CONCATENATED MODULE: ./src/checks/lint/rules/imagegate/limits.ts


const IG212 = {
    id: 'IG212',
    level: 'warning',
    title: 'ARG value over the expansion limit',
    description: 'A global `ARG` (before the first `FROM`) expands to more than 65,536 characters, e.g. `ARG A=${A}${A}` ' +
        'repeated, which doubles the value on every line. imagegate stops expanding it there, so `FROM` lines ' +
        'that use it are not resolved (pinning reports them as IG105). Reported once, on the `ARG` where the ' +
        'value went over.',
    check: context => (context.argsOverLimit ?? []).map(({ name, line, column }) => ({
        line,
        column,
        message: `ARG ${name} expands to more than ${(0,util_text/* formatCount */.B4)(substitute/* MAX_EXPANDED_LENGTH */.U)} characters, imagegate's limit; its value is not resolved`
    }))
};
const LIMIT_RULES = [IG212];

;// CONCATENATED MODULE: ./src/checks/lint/rules/imagegate/runtime.ts


/** The user a stage ends with: its own last USER, else the one of the earlier stage it builds on. */
function finalUser(stage, stages) {
    // A loop, not recursion: a chain of thousands of `FROM previous` stages would overflow the stack.
    for (let current = stage; current !== undefined; current = (0,ast_helpers/* parentStage */.vp)(current, stages)) {
        const own = lastUser(current);
        if (own !== undefined)
            return userOf(own);
    }
    return undefined;
}
const IG204 = {
    id: 'IG204',
    level: 'warning',
    title: 'Final stage runs as root',
    description: 'The image the Dockerfile produces (its last stage) has no `USER`, or ends with `USER root` / `USER 0`, ' +
        'so its process runs as root unless the base image sets a user. Add e.g. `USER 10001:10001` at the end. ' +
        'A `USER` in an earlier stage the final one builds on counts; fragments without `FROM` are not reported.',
    check: context => {
        const final = context.stages.at(-1);
        if (final?.from === undefined)
            return [];
        const user = finalUser(final, context.stages);
        if (user !== undefined && !isRootUser(user))
            return [];
        const at = lastUser(final) ?? final.from;
        const why = user === undefined ? 'has no USER' : `ends with USER ${user}`;
        return [(0,ast_helpers/* violationOn */.Ln)(at, `The final stage ${why}, so the container runs as root; add a non-root USER`)];
    }
};
const IG206 = {
    id: 'IG206',
    level: 'warning',
    title: 'EXPOSE 22 (SSH) in an image',
    description: 'Exposing port 22 means an SSH server in the container: a second way in, with its own keys to manage. ' +
        'Use `docker exec` / `kubectl exec` for access instead.',
    check: context => (0,ast_helpers/* instructionsByKeyword */.eE)(context, 'EXPOSE').flatMap(({ instruction }) => (0,ast_helpers/* argumentValues */.Qp)(instruction).some(port => /^22(?:\/(?:tcp|udp))?$/i.test(port))
        ? [(0,ast_helpers/* violationOn */.Ln)(instruction, 'EXPOSE 22 exposes SSH; use docker exec or kubectl exec for access')]
        : [])
};
const RUNTIME_RULES = [IG204, IG206];

;// CONCATENATED MODULE: ./src/checks/lint/rules/imagegate/secrets.ts



/** Names that say "this is a credential": `*_TOKEN`, `*_PASSWORD`, `*_SECRET`, `*_API_KEY`, `*_PRIVATE_KEY`. */
const SECRET_NAME = /(?:^|_)(?:TOKEN|PASSWORD|PASSWD|PASS|SECRET|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIALS?)$/i;
function isSecretName(name) {
    return SECRET_NAME.test(name);
}
/** Values with the shape of a real credential, whatever the variable is called. */
const CREDENTIAL_VALUES = [
    { kind: 'an AWS access key id', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
    { kind: 'a GitHub token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})\b/ },
    { kind: 'a private key', pattern: /-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----/ },
    { kind: 'a Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/ },
    { kind: 'a GitLab token', pattern: /\bglpat-[A-Za-z0-9_-]{20,}\b/ }
];
function credentialKind(value) {
    return CREDENTIAL_VALUES.find(c => c.pattern.test(value))?.kind;
}
/** A value written into the Dockerfile, not taken from a build argument or left empty. */
function isLiteralValue(value) {
    if (value === null)
        return false;
    const unquoted = (0,ast_helpers/* dropQuotes */.Ru)(value).trim();
    return unquoted !== '' && !/^\$\{?[A-Za-z_][A-Za-z0-9_]*(?::?[-+=?][^}]*)?\}?$/.test(unquoted);
}
const IG201 = {
    id: 'IG201',
    level: 'error',
    title: 'Secret-named ENV or ARG has a value in the Dockerfile',
    description: 'An `ENV` or `ARG` named like a credential (`*_TOKEN`, `*_PASSWORD`, `*_SECRET`, `*_API_KEY`, ' +
        '`*_PRIVATE_KEY`…) is given a literal value. The value is stored in the image config and history, so ' +
        'everyone who can pull the image can read it. Pass it at build time with `RUN --mount=type=secret`, ' +
        'and at run time through the orchestrator. A value that only references another variable is not reported.',
    check: context => envAndArgVariables(context)
        .filter(v => isSecretName(v.name) && isLiteralValue(v.value))
        .map(v => (0,ast_helpers/* violationAt */.Bk)(v.nameRange, `${v.keyword} ${v.name} sets a secret in the Dockerfile`))
};
const IG202 = {
    id: 'IG202',
    level: 'error',
    title: 'Credential in ENV, ARG or LABEL value',
    description: 'An `ENV`, `ARG` or `LABEL` value looks like a real credential: an AWS access key id (`AKIA…`), a GitHub ' +
        'token (`ghp_…`, `github_pat_…`), a GitLab or Slack token, or a PEM private key. Revoke it, then pass ' +
        'secrets with `RUN --mount=type=secret` instead.',
    check: context => context.ast.getInstructions().flatMap(wrapper => {
        const instruction = (0,ast_helpers/* unwrapOnbuild */.ls)(wrapper);
        if (!['ENV', 'ARG', 'LABEL'].includes((0,ast_helpers/* keywordOf */.XL)(instruction)))
            return [];
        return (0,dockerfile_instructions/* propertiesOf */.P1)(instruction).flatMap(property => {
            const kind = credentialKind(property.getValue() ?? '');
            // The message names the variable, never the value: reports must not spread the secret further.
            return kind
                ? [(0,ast_helpers/* violationAt */.Bk)(property.getNameRange(), `${property.getName()} holds what looks like ${kind}`)]
                : [];
        });
    })
};
const SECRET_RULES = [IG201, IG202];

;// CONCATENATED MODULE: ./src/checks/lint/shell/command.ts
const flagCache = new WeakMap();
function argValues(command) {
    return command.args.map(arg => arg.value);
}
function flagsOf(command) {
    let flags = flagCache.get(command);
    if (flags === undefined) {
        flags = command.args.flatMap(({ value }, index) => {
            if (value === '-' || value === '--' || !value.startsWith('-'))
                return [];
            if (value.startsWith('--'))
                return [{ name: value.slice(2).split('=')[0], index }];
            return [...value.slice(1)].map(name => ({ name, index }));
        });
        flagCache.set(command, flags);
    }
    return flags;
}
/** How often a flag is given: `-qq` and `-q -q` both count `q` twice. */
function countFlag(command, name) {
    return flagsOf(command).filter(flag => flag.name === name).length;
}
function hasFlag(command, ...names) {
    return flagsOf(command).some(flag => names.includes(flag.name));
}
/** `cmdHasArgs`: the command is `name` (or one of `names`) and one of its words is one of `args`. */
function isCommandWith(command, names, args) {
    if (!(typeof names === 'string' ? command.name === names : names.includes(command.name)))
        return false;
    return command.args.some(arg => args.includes(arg.value));
}
function hasArg(command, value) {
    return command.args.some(arg => arg.value === value);
}
/**
 * The words that are not flags, leaving out the value after each flag in `valueFlags` (`-t bookworm`).
 * A flag written `--target=x` carries its own value, so the next word stays.
 */
function argsWithoutFlags(command, valueFlags = []) {
    const skip = new Set();
    for (const flag of flagsOf(command)) {
        skip.add(flag.index);
        if (valueFlags.includes(flag.name) && !command.args[flag.index].value.includes('='))
            skip.add(flag.index + 1);
    }
    return command.args.filter((_, index) => !skip.has(index)).map(arg => arg.value);
}
/** The values given to a flag: `useradd -u 12345` → `['12345']` for `u`. */
function flagValues(command, name) {
    return flagsOf(command)
        .filter(flag => flag.name === name)
        .map(flag => {
        const word = command.args[flag.index].value;
        if (word.startsWith('--') && word.includes('='))
            return word.slice(word.indexOf('=') + 1);
        return command.args[flag.index + 1]?.value;
    })
        .filter((value) => value !== undefined);
}
/** The words after the first `subcommand` word (hadolint's `stripInstallPrefix`). */
function afterSubcommand(words, subcommand) {
    const at = words.indexOf(subcommand);
    if (at === -1)
        return [];
    let start = at;
    while (words[start] === subcommand)
        start++;
    return words.slice(start);
}
/**
 * `pip install`, `pip3 install`, `python -m pip install`, `python3.12 -m pip install`. As in hadolint,
 * `pipx install` counts (its packages are pinned the same way) and `pipenv install` does not.
 */
function isPipInstall(command) {
    if (command.name.startsWith('pip'))
        return !command.name.startsWith('pipenv') && hasArg(command, 'install');
    return command.name.startsWith('python') && containsRun(argValues(command), ['-m', 'pip', 'install']);
}
/** True when `run` appears in `words` as consecutive words. */
function containsRun(words, run) {
    for (let i = 0; i + run.length <= words.length; i++) {
        if (run.every((word, j) => words[i + j] === word))
            return true;
    }
    return false;
}
/** `/usr/bin/bash` → `bash`. */
function command_basename(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}

;// CONCATENATED MODULE: ./src/checks/lint/rules/shell/rule.ts

function parsedRuns(context) {
    return context.runs.filter((run) => run.shell !== undefined && run.shell.parseError === undefined);
}
/** A violation at the RUN instruction itself. */
function violationAtRun(run, message) {
    return { line: run.line, column: run.column, message };
}
/** A rule judged one RUN at a time, with no state carried between instructions. */
function runRule(spec) {
    return {
        id: spec.id,
        level: spec.level,
        title: spec.title,
        description: spec.description,
        check: context => parsedRuns(context)
            .filter(run => spec.fails(run.shell.commands, run, context))
            .map(run => violationAtRun(run, spec.message))
    };
}
/** hadolint's `usingProgram`: some command of the RUN is called exactly `name`. */
function uses(commands, name) {
    return commands.some(command => command.name === name);
}
/**
 * Whether what a RUN leaves behind ends up in an image: in the last stage, in a stage a later FROM builds
 * on, or in an ONBUILD trigger (which runs in the image built from this one). For cleanup rules.
 */
function shipsLayers(run, context) {
    const { stage } = run;
    if (run.onbuild || stage === context.stages[context.stages.length - 1])
        return true;
    return (0,ast_helpers/* isBuiltOn */.Kj)(stage, context.stages);
}

;// CONCATENATED MODULE: ./src/checks/lint/rules/shell/apk.ts



const isApkAdd = (command) => isCommandWith(command, 'apk', ['add']);
const DL3018 = runRule({
    id: 'DL3018',
    level: 'warning',
    title: 'Pin versions in `apk add`. Instead of `apk add <package>` use `apk add <package>=<version>`.',
    description: 'An unpinned `apk add` installs whatever the repository has at build time. Pin with `pkg=1.2.3-r0` or ' +
        '`pkg~1.2` (or a range: `pkg>=1.2`, `pkg<2`); a local `.apk` file counts as pinned. `--virtual NAME` and `--repository URL` are not packages.',
    message: 'Pin versions in apk add. Instead of `apk add <package>` use `apk add <package>=<version>`',
    fails: commands => commands
        .filter(isApkAdd)
        .flatMap(command => argsWithoutFlags(command, ['t', 'virtual', 'repository', 'X']))
        .filter(word => word !== 'add')
        .some(pkg => !(/[=~<>]/.test(pkg) || pkg.endsWith('.apk')))
});
const DL3019 = runRule({
    id: 'DL3019',
    level: 'info',
    title: 'Use the `--no-cache` switch to avoid the need to use `--update` and remove `/var/cache/apk/*` when done installing packages.',
    description: '`apk add --no-cache` fetches the index on the fly and leaves no package cache in the layer. A BuildKit ' +
        'cache or tmpfs mount on `/var/cache/apk` keeps the cache out of the layer too.',
    message: 'Use the `--no-cache` switch to avoid the need to use `--update` and remove `/var/cache/apk/*` when done installing packages',
    fails: (commands, run) => commands.some(command => isApkAdd(command) && !hasFlag(command, 'no-cache')) &&
        !hasCacheOrTmpfsMountWith(run, '/var/cache/apk')
});
const APK_RULES = [DL3018, DL3019];

;// CONCATENATED MODULE: ./src/checks/lint/rules/shell/apt.ts



const isAptGetInstall = (command) => isCommandWith(command, 'apt-get', ['install']);
/** `apt-get install` packages; `-t bookworm-backports` names a release, not a package. */
function aptGetPackages(commands) {
    return commands
        .filter(isAptGetInstall)
        .flatMap(command => argsWithoutFlags(command, ['t', 'target-release']))
        .filter(word => word !== 'install');
}
const DL3008 = runRule({
    id: 'DL3008',
    level: 'warning',
    title: 'Pin versions in `apt-get install`.',
    description: 'An unpinned `apt-get install curl` installs whatever the mirror has on the day of the build, so two builds ' +
        'of the same commit can differ. Write `curl=7.88.1-10+deb12u5`; a `.deb` file or a path counts as pinned.',
    message: 'Pin versions in apt get install. Instead of `apt-get install <package>` use `apt-get install <package>=<version>`',
    fails: commands => aptGetPackages(commands).some(pkg => !(pkg.includes('=') || pkg.includes('/') || pkg.endsWith('.deb')))
});
/** apt-get assumes yes at quiet level 2 (`-qq`, `-q -q`, `--quiet --quiet`, `-q=2`), not at level 1. */
function answersYes(command) {
    return (hasFlag(command, 'y', 'yes', 'assume-yes') ||
        countFlag(command, 'q') === 2 ||
        countFlag(command, 'quiet') === 2 ||
        hasArg(command, '-q=2'));
}
const DL3014 = runRule({
    id: 'DL3014',
    level: 'warning',
    title: 'Use the `-y` switch.',
    description: '`apt-get install` without `-y` (or `--yes`, `--assume-yes`, or quiet level 2: `-qq`, `-q -q`, ' +
        '`--quiet --quiet`, `-q=2`) waits for an answer no one can give in a build. A single `-q` does not ' +
        'answer the prompt.',
    message: 'Use the `-y` switch to avoid manual input `apt-get -y install <package>`',
    fails: commands => commands.some(command => isAptGetInstall(command) && !answersYes(command))
});
const DL3015 = runRule({
    id: 'DL3015',
    level: 'info',
    title: 'Avoid additional packages by specifying `--no-install-recommends`.',
    description: 'Recommended packages are pulled in by default and make the image larger and its attack surface wider. ' +
        'Pass `--no-install-recommends` (or `-o APT::Install-Recommends=false`).',
    message: 'Avoid additional packages by specifying `--no-install-recommends`',
    fails: commands => commands.some(command => isAptGetInstall(command) &&
        !hasFlag(command, 'no-install-recommends') &&
        !hasArg(command, 'APT::Install-Recommends=false'))
});
const DL3027 = runRule({
    id: 'DL3027',
    level: 'warning',
    title: 'Do not use `apt` as it is meant to be an end-user tool, use `apt-get` or `apt-cache` instead',
    description: '`apt` has no stable command-line interface and warns so in scripts; `apt-get` and `apt-cache` do.',
    message: 'Do not use apt as it is meant to be a end-user tool, use apt-get or apt-cache instead',
    fails: commands => uses(commands, 'apt')
});
const UPDATES_LISTS = ['apt-get', 'apt', 'aptitude'];
/** `apt-get update` (or `apt`/`aptitude update`) leaves the package lists in the layer unless the same RUN deletes them. */
function keepsAptLists(run) {
    const commands = run.shell.commands;
    const updates = commands.some(command => isCommandWith(command, UPDATES_LISTS, ['update']));
    const removes = commands.some(command => command.name === 'rm' && command.args.some(arg => arg.value.startsWith('/var/lib/apt/lists')));
    if (!updates || removes)
        return false;
    // A cache or tmpfs mount keeps the lists out of the layer.
    return !(hasCacheOrTmpfsMountWith(run, '/var/lib/apt/lists') ||
        (hasCacheOrTmpfsMountWith(run, '/var/lib/apt') && hasCacheOrTmpfsMountWith(run, '/var/cache/apt')));
}
const DL3009 = {
    id: 'DL3009',
    level: 'info',
    title: 'Delete the apt-get lists after installing something.',
    description: '`apt-get update` (or `apt update`, `aptitude update`) downloads package lists (tens of MB) into the ' +
        'layer. End the same `RUN` with `rm -rf /var/lib/apt/lists/*`, or use a BuildKit cache or tmpfs mount on ' +
        '`/var/lib/apt/lists` (or on both `/var/lib/apt` and `/var/cache/apt`). Unlike hadolint, an `rm -rf` of ' +
        'another path is not taken for the cleanup. Stages that no ' +
        'image is built from are not reported; `ONBUILD RUN` always is, as it runs in the image built from this one.',
    check: context => parsedRuns(context)
        .filter(run => keepsAptLists(run) && shipsLayers(run, context))
        .map(run => violationAtRun(run, 'Delete the apt-get lists after installing something.'))
};
const APT_RULES = [DL3008, DL3009, DL3014, DL3015, DL3027];

;// CONCATENATED MODULE: ./src/checks/lint/rules/shell/commands.ts


/** Commands that make no sense in a build: interactive, or about a running system. */
const POINTLESS_IN_BUILD = new Set([
    'free',
    'kill',
    'mount',
    'ps',
    'service',
    'shutdown',
    'ssh',
    'top',
    'vim'
]);
const DL3001 = runRule({
    id: 'DL3001',
    level: 'info',
    title: 'For some bash commands it makes no sense running them in a Docker container like ssh, vim, shutdown, service, ps, free, top, kill, mount, ifconfig.',
    description: 'A build step has no terminal, no running services and no other processes: `vim`, `ssh`, `service`, `ps`, ' +
        '`top` and the like either hang or do nothing useful.',
    message: 'For some bash commands it makes no sense running them in a Docker container like `ssh`, `vim`, `shutdown`, ' +
        '`service`, `ps`, `free`, `top`, `kill`, `mount`, `ifconfig`',
    fails: commands => commands.some(command => POINTLESS_IN_BUILD.has(command.name))
});
const DL3003 = runRule({
    id: 'DL3003',
    level: 'warning',
    title: 'Use WORKDIR to switch to a directory.',
    description: '`cd` lasts only until the end of its `RUN`; `WORKDIR` sets the directory for every later instruction and ' +
        'is visible to readers.',
    message: 'Use WORKDIR to switch to a directory.',
    fails: commands => uses(commands, 'cd')
});
const DL3004 = runRule({
    id: 'DL3004',
    level: 'error',
    title: 'Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root.',
    description: 'Build steps already run as the `USER` in effect; `sudo` needs a TTY and a sudoers setup, and leaves ' +
        'setuid tooling in the image. Switch with `USER`, or use `gosu` at run time.',
    message: 'Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root',
    fails: commands => uses(commands, 'sudo')
});
const DL3046 = runRule({
    id: 'DL3046',
    level: 'warning',
    title: '`useradd` without flag `-l` and high UID will result in excessively large Image.',
    description: 'Without `-l` (`--no-log-init`), `useradd -u 1000000` writes sparse `lastlog`/`faillog` entries that ' +
        'become gigabytes in a layer.',
    message: '`useradd` without flag `-l` and high UID will result in excessively large Image.',
    fails: commands => commands.some(command => command.name === 'useradd' &&
        !hasFlag(command, 'l', 'no-log-init') &&
        hasFlag(command, 'u', 'uid') &&
        [...flagValues(command, 'u'), ...flagValues(command, 'uid')].some(uid => uid.length > 5))
});
const DL3047 = runRule({
    id: 'DL3047',
    level: 'info',
    title: '`wget` without flag `--progress` will result in excessively bloated build logs when downloading larger files.',
    description: "wget's default progress bar writes a line per step to a non-terminal. Use `--progress=dot:giga`, or `-q`, " +
        '`-nv`, `-o FILE`, `-a FILE`.',
    message: 'Avoid use of wget without progress bar. Use `wget --progress=dot:giga <url>`. ' +
        'Or consider using `-q` or `-nv` (shorthands for `--quiet` or `--no-verbose`).',
    fails: commands => commands.some(command => command.name === 'wget' &&
        !hasFlag(command, 'progress', 'q', 'quiet', 'o', 'output-file', 'a', 'append-output', 'no-verbose') &&
        !hasArg(command, '-nv'))
});
const DL4005 = runRule({
    id: 'DL4005',
    level: 'warning',
    title: 'Use `SHELL` to change the default shell.',
    description: 'Relinking `/bin/sh` (`ln -sf /bin/bash /bin/sh`) changes the shell for every program in the image; ' +
        '`SHELL ["/bin/bash", "-c"]` changes it for the build only.',
    message: 'Use SHELL to change the default shell',
    fails: commands => commands.some(command => isCommandWith(command, 'ln', ['/bin/sh']))
});
/** Both download tools in one stage: two sets of TLS and proxy behaviour, and two packages in the image. */
const DL4001 = {
    id: 'DL4001',
    level: 'warning',
    title: 'Either use Wget or Curl but not both.',
    description: 'Using both `curl` and `wget` in one stage installs two tools with different TLS, proxy and retry ' +
        'behaviour. Pick one. Reported on each `RUN` that uses one of them once the stage has used both.',
    check: context => {
        const seen = new Map();
        const violations = [];
        for (const run of parsedRuns(context)) {
            // ONBUILD triggers run in another build, so they are counted apart from the stage's own RUNs.
            const key = `${run.stage.index}:${run.onbuild}`;
            const tools = seen.get(key) ?? new Set();
            seen.set(key, tools);
            const used = run.shell.commands.filter(command => command.name === 'curl' || command.name === 'wget');
            for (const command of used)
                tools.add(command.name);
            if (used.length > 0 && tools.size === 2) {
                violations.push(violationAtRun(run, 'Either use Wget or Curl but not both'));
            }
        }
        return violations;
    }
};
const commands_COMMAND_RULES = [DL3001, DL3003, DL3004, DL3046, DL3047, DL4001, DL4005];

;// CONCATENATED MODULE: ./src/checks/lint/rules/shell/gem-go.ts


/** gem options whose value is the next word (`--source URL`), so that word is not a gem. */
const GEM_VALUE_FLAGS = [
    'source',
    's',
    'install-dir',
    'bindir',
    'n',
    'platform',
    'document',
    'build-root',
    'P'
];
/** The subcommand, and the values of build switches written without `--` (`--use-system-libraries true`). */
const NOT_GEMS = new Set(['install', 'i', 'true', 'false']);
const DL3028 = runRule({
    id: 'DL3028',
    level: 'warning',
    title: 'Pin versions in gem install. Instead of `gem install <gem>` use `gem install <gem>:<version>`',
    description: '`gem install bundler` takes the newest release at build time. Write `bundler:2.5.22`, or pass ' +
        '`-v`/`--version`. Options after `--` go to the gem build and are not gems.',
    message: 'Pin versions in gem install. Instead of `gem install <gem>` use `gem install <gem>:<version>`',
    fails: commands => commands.some(command => {
        if (!isCommandWith(command, 'gem', ['install', 'i']))
            return false;
        const versioned = hasArg(command, '-v') ||
            hasArg(command, '--version') ||
            command.args.some(a => a.value.startsWith('--version='));
        if (versioned)
            return false;
        // Words after `--` are build options (`-- --use-system-libraries true`), not gems.
        const words = command.args.map(arg => arg.value);
        const end = words.indexOf('--');
        const options = { ...command, args: end === -1 ? command.args : command.args.slice(0, end) };
        return argsWithoutFlags(options, GEM_VALUE_FLAGS)
            .filter(word => !NOT_GEMS.has(word))
            .some(gem => !gem.includes(':'));
    })
});
/** go build flags whose value is the next word, so that word is not a package. */
const GO_VALUE_FLAGS = ['ldflags', 'tags', 'gcflags', 'o', 'C', 'mod'];
/** The words of a go command that are not flags; go flags are words (`-tool`, `-ldflags=…`), not letters. */
function goWords(command) {
    const words = [];
    const args = command.args.map(arg => arg.value);
    for (let i = 0; i < args.length; i++) {
        const word = args[i];
        if (!word.startsWith('-'))
            words.push(word);
        else if (!word.includes('=') && GO_VALUE_FLAGS.includes(word.replace(/^--?/, '')))
            i++;
    }
    return words;
}
/**
 * The packages a RUN's `go run`, `go install` or `go get` fetch. As in hadolint, `go run` takes one
 * package (the words after it are the program's arguments) and, when present, is the one looked at.
 */
function goPackages(commands) {
    const run = commands
        .filter(command => isCommandWith(command, 'go', ['run']))
        .flatMap(command => goWords(command)
        .slice(0, 2)
        .filter(word => word !== 'run'));
    if (run.length > 0)
        return run;
    return commands
        .filter(command => isCommandWith(command, 'go', ['install', 'get']))
        .flatMap(command => goWords(command).filter(word => !['install', 'get', 'tool'].includes(word)));
}
const isPinnedGoPackage = (pkg) => pkg.startsWith('.') || pkg.startsWith('/') || (pkg.includes('@') && !/@(latest|none)$/.test(pkg));
const DL3062 = runRule({
    id: 'DL3062',
    level: 'warning',
    title: 'Pin versions in go. Instead of `go install <package>` use `go install <package>@<version>`',
    description: '`go install example.com/tool` (or `go get`, `go get -tool`, `go run`) resolves against the current ' +
        'module, and `@latest` changes over time. Name a version: `go install example.com/tool@v1.2.3`. Local ' +
        'packages (`./cmd/tool`, `/src/tool`) are fine. Unlike hadolint, the value of a build flag ' +
        '(`-tags netgo`, `-ldflags …`) is not taken for a package.',
    message: 'Pin versions in go. Instead of `go install <package>` use `go install <package>@<version>`',
    fails: commands => !goPackages(commands).every(isPinnedGoPackage)
});
const GEM_GO_RULES = [DL3028, DL3062];

;// CONCATENATED MODULE: ./src/checks/lint/rules/shell/imagegate.ts


const DOWNLOADERS = new Set(['curl', 'wget']);
const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh', 'busybox']);
/** Prefixes that run the next word as the command: `sudo sh`, `env bash`. */
const WRAPPERS = new Set(['sudo', 'env', 'exec', 'command', 'nice', 'nohup', 'time']);
/** Wrapper options whose value is the next word (`sudo -u app …`), so that word is not the command. */
const WRAPPER_VALUE_FLAGS = new Set(['u', 'g', 'U', 'C', 'D', 'p', 'r', 't', 'h', 'n']);
/** The command a wrapper runs, as if written alone: `sudo -u app chmod 777 /srv` → `chmod 777 /srv`. */
function unwrapped(command) {
    // One pass over the words, and one copy at the end: `sudo sudo … sudo x` is as long as its RUN.
    let name = command.name;
    let start = 0;
    while (WRAPPERS.has(command_basename(name))) {
        let index = start;
        while (index < command.args.length) {
            const word = command.args[index].value;
            if (word.startsWith('-'))
                index += WRAPPER_VALUE_FLAGS.has(word.slice(1)) ? 2 : 1;
            else if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(word))
                index++;
            else
                break;
        }
        if (index >= command.args.length)
            break;
        name = command.args[index].value;
        start = index + 1;
    }
    return start === 0 ? command : { ...command, name, args: command.args.slice(start) };
}
/** The program a command really runs: `sudo -E bash -s` → `bash`. */
function program(command) {
    return command_basename(unwrapped(command).name);
}
/** `sh -c "$(curl …)"`, `bash <(wget -O- …)`: the downloaded text is the script. */
function runsDownloadedScript(command) {
    if (!SHELLS.has(program(command)))
        return false;
    return command.args.some(arg => !arg.literal && /(\$\(|`|<\()\s*(curl|wget)\b/.test(arg.value));
}
/** `curl … | sh`: a download piped into a later stage of the same pipeline that is a shell. */
function pipesDownloadIntoShell(commands) {
    // Commands come in source order: remember each pipeline's first download, then look for a shell after it.
    const firstDownload = new Map();
    for (const command of commands) {
        if (!command.inPipeline)
            continue;
        const download = firstDownload.get(command.pipeline);
        if (download !== undefined && command.offset > download && SHELLS.has(program(command)))
            return true;
        if (download === undefined && DOWNLOADERS.has(command_basename(command.name)))
            firstDownload.set(command.pipeline, command.offset);
    }
    return false;
}
const IG208 = runRule({
    id: 'IG208',
    level: 'error',
    title: 'Do not pipe a download into a shell (`curl … | sh`).',
    description: '`curl -fsSL https://… | sh` runs whatever the server sends at build time, unreviewed and unpinned; a ' +
        'compromised or changed script goes straight into the image. Download to a file, check its SHA-256 ' +
        '(`echo "<sum>  install.sh" | sha256sum -c -`), then run it. Also catches `sh -c "$(curl …)"` and ' +
        '`bash <(wget -O- …)`.',
    message: 'Do not pipe a download into a shell: download the script, verify its checksum, then run it.',
    fails: commands => pipesDownloadIntoShell(commands) || commands.some(runsDownloadedScript)
});
/** True when a chmod mode makes files writable by everyone, e.g. `777`, `0666`, `a+w`, `o=rwx`. */
function grantsWorldWrite(mode) {
    if (/^[0-7]{3,4}$/.test(mode)) {
        const others = Number(mode[mode.length - 1]);
        // The sticky bit (1777, as on /tmp) keeps users from deleting each other's files: not reported.
        const sticky = mode.length === 4 && (Number(mode[0]) & 1) === 1;
        return (others & 2) === 2 && !sticky;
    }
    const clauses = mode.split(',');
    if (clauses.some(clause => clause.includes('t')))
        return false;
    return clauses.some(clause => /^[ugoa]*[oa][ugoa]*[+=][rwxXst]*w/.test(clause));
}
const IG209 = runRule({
    id: 'IG209',
    level: 'warning',
    title: 'Do not make files world-writable (`chmod 777`).',
    description: '`chmod 777` (or any mode that lets others write, like `666` or `o+w`) lets every user and process in ' +
        'the container replace binaries, scripts and configuration. Grant the owner or a group what it needs ' +
        '(`chown app:app` and `chmod 755`/`750`). Sticky directories (`1777`, as `/tmp`) are not reported.',
    message: 'Do not make files world-writable (chmod 777): give the owner or a group only the access it needs.',
    fails: commands => commands.some(command => {
        const chmod = unwrapped(command);
        if (command_basename(chmod.name) !== 'chmod')
            return false;
        const mode = argsWithoutFlags(chmod).find(word => !word.startsWith('--'));
        return mode !== undefined && grantsWorldWrite(mode);
    })
});
const IG210 = runRule({
    id: 'IG210',
    level: 'warning',
    title: 'Do not run `apt-get upgrade` in an image.',
    description: '`apt-get upgrade` (and `dist-upgrade`, `full-upgrade`, `apt upgrade`) updates every package to whatever ' +
        'the mirror has on the day of the build, so the image differs from build to build and from its base. ' +
        'Rebuild on a newer, pinned base image to get updates, and install only what you need.',
    message: 'Do not run apt-get upgrade in an image: rebuild on a newer, pinned base image instead.',
    fails: commands => commands.some(command => isCommandWith(unwrapped(command), ['apt-get', 'apt'], ['upgrade', 'dist-upgrade', 'full-upgrade']))
});
const IMAGEGATE_SHELL_RULES = [IG208, IG209, IG210];

;// CONCATENATED MODULE: ./src/checks/lint/rules/shell/node.ts



/** npm options whose value is the next word (`--registry URL`), so that word is not a package. */
const NPM_VALUE_FLAGS = [
    'loglevel',
    'registry',
    'prefix',
    'cache',
    'userconfig',
    'globalconfig',
    'tag',
    'omit',
    'include',
    'install-strategy',
    'workspace',
    'w',
    'before',
    'otp',
    'scope'
];
const GIT_PREFIXES = ['git://', 'git+ssh://', 'git+http://', 'git+https://'];
const PATH_PREFIXES = ['/', './', '../', '~/'];
const TARBALL_SUFFIXES = ['.tar', '.tar.gz', '.tgz'];
function isPinnedNpmPackage(pkg) {
    if (GIT_PREFIXES.some(prefix => pkg.startsWith(prefix)))
        return pkg.includes('#');
    if (TARBALL_SUFFIXES.some(suffix => pkg.endsWith(suffix)))
        return true;
    if (PATH_PREFIXES.some(prefix => pkg.startsWith(prefix)))
        return true;
    // `@scope/name@1.2.3`: the version `@` is the one after the scope.
    const name = pkg.startsWith('@') ? pkg.slice(Math.max(pkg.indexOf('/'), 0)) : pkg;
    return name.includes('@');
}
const DL3016 = runRule({
    id: 'DL3016',
    level: 'warning',
    title: 'Pin versions in `npm`.',
    description: '`npm install -g typescript` takes the newest release at build time. Write `typescript@5.6.3`, a git URL ' +
        'with `#commit`, a tarball or a folder. A bare `npm install` uses the lock file and is fine.',
    message: 'Pin versions in npm. Instead of `npm install <package>` use `npm install <package>@<version>`',
    fails: commands => commands.some(command => {
        if (!isCommandWith(command, 'npm', ['install']))
            return false;
        const words = argsWithoutFlags(command, NPM_VALUE_FLAGS);
        return words[0] === 'install' && !afterSubcommand(words, 'install').every(isPinnedNpmPackage);
    })
});
const isYarnInstall = (command) => isCommandWith(command, 'yarn', ['install']);
const isYarnCacheClean = (command) => isCommandWith(command, 'yarn', ['cache', 'clean']);
/** No `yarn cache clean` after the install (hadolint: a clean before the first install does not count). */
function keepsYarnCache(commands) {
    const install = commands.findIndex(isYarnInstall);
    if (install === -1)
        return false;
    const clean = commands.findIndex(isYarnCacheClean);
    return clean === -1 || clean < install;
}
const DL3060 = runRule({
    id: 'DL3060',
    level: 'info',
    title: '`yarn cache clean` missing after `yarn install` was run.',
    description: 'yarn keeps every downloaded package in its cache; run `yarn cache clean` after `yarn install` in the ' +
        'same `RUN`, or mount a BuildKit cache or tmpfs on `~/.cache/yarn`. Stages that no image is built from ' +
        'are not reported.',
    message: '`yarn cache clean` missing after `yarn install` was run.',
    fails: (commands, run, context) => keepsYarnCache(commands) && !hasCacheOrTmpfsMountWith(run, '.cache/yarn') && shipsLayers(run, context)
});
const NODE_RULES = [DL3016, DL3060];

;// CONCATENATED MODULE: ./src/checks/lint/rules/shell/pipefail.ts


/** Windows shells have no `-o pipefail`, and their pipes pass objects, so the rule does not apply. */
const NON_POSIX_SHELLS = ['pwsh', 'powershell', 'cmd'];
/** Shells whose `-o pipefail` option hadolint accepts in `SHELL`; plain `sh` may not have it. */
const PIPEFAIL_SHELLS = new Set(['bash', 'zsh', 'ash']);
/** `SHELL ["/bin/bash", "-eo", "pipefail", "-c"]` (or `-o errexit -o pipefail`). */
function shellSetsPipefail(shellCommand) {
    const [program = '/bin/sh', ...args] = shellCommand;
    if (!PIPEFAIL_SHELLS.has(command_basename(program)))
        return false;
    return args.includes('pipefail') && args.some(arg => /^-[a-z]*o[a-z]*$/.test(arg));
}
function isNonPosix(shellCommand) {
    const program = command_basename(shellCommand[0] ?? '').toLowerCase();
    return NON_POSIX_SHELLS.some(shell => program.startsWith(shell));
}
const isSetPipefail = (command) => command.name === 'set' && hasFlag(command, 'o') && argValues(command).includes('pipefail');
const DL4006 = runRule({
    id: 'DL4006',
    level: 'warning',
    title: 'Set the `SHELL` option -o pipefail before `RUN` with a pipe in it',
    description: 'A pipeline fails only when its last command fails, so `curl … | tar x` builds even when the download ' +
        'failed. Set `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before the `RUN` (each stage starts with the ' +
        'default shell again). Unlike hadolint, a `set -o pipefail` in the same `RUN` before the first pipe also ' +
        'counts: either the shell has the option, or `set` fails and stops the build.',
    message: 'Set the SHELL option -o pipefail before RUN with a pipe in it. If you are using /bin/sh in an alpine ' +
        'image or if your shell is symlinked to busybox then consider explicitly setting your SHELL to /bin/ash, ' +
        'or disable this check',
    fails: (commands, run) => {
        const firstPipe = commands.find(command => command.inPipeline);
        if (firstPipe === undefined)
            return false;
        if (isNonPosix(run.shellCommand) || shellSetsPipefail(run.shellCommand))
            return false;
        return !commands.some(command => isSetPipefail(command) && command.offset < firstPipe.offset);
    }
});

;// CONCATENATED MODULE: ./src/checks/lint/rules/shell/pip.ts





/** pip options whose value is the next word, so that word is not a package. */
const PIP_VALUE_FLAGS = [
    'abi',
    'b',
    'build',
    'e',
    'editable',
    'extra-index-url',
    'f',
    'find-links',
    'i',
    'index-url',
    'implementation',
    'no-binary',
    'only-binary',
    'platform',
    'prefix',
    'progress-bar',
    'proxy',
    'python',
    'python-version',
    'root',
    'root-user-action',
    'src',
    't',
    'target',
    'trusted-host',
    'upgrade-strategy'
];
/** pip's VCS schemes (https://pip.pypa.io/en/stable/topics/vcs-support/): `git+https://…@v1` is pinned. */
const VCS_PREFIXES = ['git', 'hg', 'svn', 'bzr'];
const VERSION_OPERATORS = ['==', '>=', '<=', '>', '<', '!=', '~=', '==='];
function isPinnedRequirement(pkg) {
    const vcs = VCS_PREFIXES.some(prefix => pkg.startsWith(prefix));
    return (VERSION_OPERATORS.some(operator => pkg.includes(operator)) ||
        (vcs && pkg.includes('@')) ||
        pkg.endsWith('.whl') ||
        pkg.endsWith('.tar.gz') ||
        (!vcs && pkg.includes('/')));
}
/** Installs from a requirements file, a constraints file or the local project pin elsewhere. */
function pinsElsewhere(command) {
    const words = argValues(command);
    return (hasFlag(command, 'constraint', 'c') ||
        words.some(word => word === '-r' || word === '--requirement' || word.startsWith('--requirement=')) ||
        words.includes('.'));
}
const DL3013 = runRule({
    id: 'DL3013',
    level: 'warning',
    title: 'Pin versions in pip.',
    description: '`pip install flask` takes the newest release at build time. Pin with `flask==3.0.3` (or any version ' +
        'specifier), install from `-r requirements.txt` or a constraints file, or from a wheel, sdist or VCS tag. ' +
        '`pipx install` is checked the same way; `pipenv install` is not (it pins in its lock file).',
    message: 'Pin versions in pip. Instead of `pip install <package>` use `pip install <package>==<version>` or ' +
        '`pip install --requirement <requirements file>`',
    fails: commands => commands.some(command => isPipInstall(command) &&
        !pinsElsewhere(command) &&
        !afterSubcommand(argsWithoutFlags(command, PIP_VALUE_FLAGS), 'install').every(isPinnedRequirement))
});
const TRUTHY = new Set(['1', 'true', 'True', 'TRUE', 'on', 'On', 'ON', 'yes', 'Yes', 'YES']);
function isTruthy(value) {
    return value !== null && value !== undefined && TRUTHY.has(value.replace(/^["']|["']$/g, ''));
}
/** pipx and pipenv manage their own caches; `--no-cache-dir` is pip's option. */
function isPipWrapper(command) {
    const words = argValues(command);
    return ['pipx', 'pipenv'].some(wrapper => command.name.includes(wrapper) ||
        (command.name.startsWith('python') && containsRun(words, ['-m', wrapper])));
}
function disablesPipCache(instruction) {
    return ((0,ast_helpers/* keywordOf */.XL)(instruction) === 'ENV' &&
        (0,dockerfile_instructions/* propertiesOf */.P1)(instruction).some(property => property.getName() === 'PIP_NO_CACHE_DIR' && isTruthy(property.getValue())));
}
/**
 * Per stage, the 1-based line after which `ENV PIP_NO_CACHE_DIR=1` holds: 0 when a stage it is built `FROM`
 * sets it, infinity when none does. Worked out once per file, in stage order, so each RUN asks in O(1).
 */
const pipCacheOffAfter = new WeakMap();
function pipCacheOffAfterLine(stages) {
    let lines = pipCacheOffAfter.get(stages);
    if (lines === undefined) {
        lines = new Map();
        for (const stage of stages) {
            const parent = (0,ast_helpers/* parentStage */.vp)(stage, stages);
            const inherited = parent !== undefined && lines.get(parent) !== Number.POSITIVE_INFINITY;
            const own = inherited ? undefined : stage.instructions.find(disablesPipCache);
            lines.set(stage, inherited ? 0 : own ? own.getRange().start.line + 1 : Number.POSITIVE_INFINITY);
        }
        pipCacheOffAfter.set(stages, lines);
    }
    return lines;
}
/** `ENV PIP_NO_CACHE_DIR=1` earlier in this stage, or anywhere in a stage it is built `FROM`. */
function stageDisablesPipCache(stage, beforeLine, context) {
    return (pipCacheOffAfterLine(context.stages).get(stage) ?? Number.POSITIVE_INFINITY) < beforeLine;
}
const SCRIPT_DISABLES_CACHE = /PIP_NO_CACHE_DIR=["']?([A-Za-z0-9]+)/;
const DL3042 = {
    id: 'DL3042',
    level: 'warning',
    title: 'Avoid cache directory with `pip install --no-cache-dir <package>`.',
    description: 'pip keeps downloaded wheels in `~/.cache/pip`, which ends up in the layer. Pass `--no-cache-dir`, or set ' +
        '`PIP_NO_CACHE_DIR=1` with `ENV` (inherited by stages built from this one) or in the `RUN` itself, or ' +
        'mount a BuildKit cache or tmpfs on `~/.cache/pip`. pipx and pipenv manage their own caches.',
    check: context => parsedRuns(context)
        .filter(run => {
        const caching = run.shell.commands.some(command => isPipInstall(command) && !argValues(command).includes('--no-cache-dir') && !isPipWrapper(command));
        if (!caching || hasCacheOrTmpfsMountWith(run, '.cache/pip'))
            return false;
        const inScript = SCRIPT_DISABLES_CACHE.exec(run.script);
        if (inScript !== null && isTruthy(inScript[1]))
            return false;
        return !stageDisablesPipCache(run.stage, run.line, context);
    })
        .map(run => violationAtRun(run, 'Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`'))
};
const PIP_RULES = [DL3013, DL3042];

;// CONCATENATED MODULE: ./src/checks/lint/rules/shell/rpm.ts




/** yum and dnf/microdnf: the RPM package managers of RHEL, Fedora, Rocky, Alma and Amazon Linux. */
const DNF = ['dnf', 'microdnf'];
/** `yum install` / `dnf groupinstall` … without `-y`: waits for a yes. */
function asksToConfirm(command, tools) {
    return (isCommandWith(command, tools, ['install', 'groupinstall', 'localinstall']) &&
        !hasFlag(command, 'y', 'assumeyes'));
}
/** Packages (or modules) named by `<tool> [module] install …`. */
function installed(command, tools) {
    if (!isCommandWith(command, tools, ['install']))
        return [];
    return argsWithoutFlags(command).filter(word => word !== 'install' && word !== 'module');
}
const DL3030 = runRule({
    id: 'DL3030',
    level: 'warning',
    title: 'Use the `-y` switch to avoid manual input `yum install -y <package>`',
    description: '`yum install` without `-y` (`--assumeyes`) waits for an answer no one can give in a build.',
    message: 'Use the -y switch to avoid manual input `yum install -y <package`',
    fails: commands => commands.some(command => asksToConfirm(command, ['yum']))
});
/** True when a command matching `clean` comes after the first one matching `install` (or none installs). */
function cleansAfterInstall(commands, install, clean) {
    const first = commands.findIndex(install);
    return first === -1 || commands.slice(first + 1).some(clean);
}
/**
 * `rm` of a package manager cache (`/var/cache/yum/*`, `/var/cache/libdnf5*`, `/var/cache/dnf`). hadolint
 * takes any `rm -rf` for a clean; we want the removed path to be a package cache.
 */
const removesPackageCache = (command) => command.name === 'rm' && command.args.some(arg => /^\/var\/cache\/(yum|dnf|libdnf5)/.test(arg.value));
const DL3032 = runRule({
    id: 'DL3032',
    level: 'warning',
    title: '`yum clean all` missing after yum command.',
    description: 'yum keeps its metadata and package cache in the layer; end the `RUN` with `yum clean all` (or ' +
        '`rm -rf /var/cache/yum/*`). A clean before the install does not count. Unlike hadolint, an `rm -rf` of ' +
        'some other path is not taken for a clean.',
    message: '`yum clean all` missing after yum command.',
    fails: commands => !cleansAfterInstall(commands, command => isCommandWith(command, 'yum', ['install']), command => isCommandWith(command, 'yum', ['clean', 'all']) || removesPackageCache(command))
});
/** Whether an RPM package is pinned, as hadolint's `packageVersionFixed` decides it. */
function isVersionedRpm(pkg, run, context) {
    const parts = pkg.split('-');
    if (parts.length <= 1)
        return false;
    if (pkg.endsWith('.rpm'))
        return true;
    if (pkg.includes('$')) {
        // A version from a variable is a pin when an ENV of this stage or an earlier ARG declares it.
        const visible = visibleVariables(context).get(run.instruction);
        return visible !== undefined && (expandsOneOf(pkg, visible.envs) || expandsOneOf(pkg, visible.args));
    }
    const tail = parts.slice(1);
    return tail.every(part => /^[A-Za-z0-9.~^_:+]*$/.test(part)) && tail.some(part => /^[0-9]/.test(part));
}
/** Some package of `<tool> install` (or stream of `<tool> module install`) is not pinned; groups are not packages. */
function installsUnpinned(command, tools, run, context) {
    if (isCommandWith(command, tools, ['group']))
        return false;
    const isModule = isCommandWith(command, tools, ['module']);
    return installed(command, tools).some(pkg => isModule ? !pkg.includes(':') : !isVersionedRpm(pkg, run, context));
}
const VARIABLE_VERSIONS = 'A version in a variable (`git-core-${VERSION}`) counts when an `ENV` of the stage (or of the stage it ' +
    'is built from) or an earlier `ARG` in any stage declares it, as in hadolint.';
const DL3033 = runRule({
    id: 'DL3033',
    level: 'warning',
    title: 'Specify version with `yum install -y <package>-<version>`',
    description: 'An unpinned `yum install` takes whatever the repository has at build time. Write `tomcat-9.0.1` (an ' +
        '`.rpm` file counts as pinned); modules take a stream, `yum module install tomcat:9`. ' +
        VARIABLE_VERSIONS,
    message: 'Specify version with `yum install -y <package>-<version>`.',
    fails: (commands, run, context) => commands.some(command => installsUnpinned(command, ['yum'], run, context))
});
const DL3038 = runRule({
    id: 'DL3038',
    level: 'warning',
    title: 'Use the `-y` switch to avoid manual input `dnf install -y <package>`',
    description: '`dnf install` without `-y` (`--assumeyes`) waits for an answer no one can give in a build.',
    message: 'Use the -y switch to avoid manual input `dnf install -y <package>`.',
    fails: commands => commands.some(command => asksToConfirm(command, DNF))
});
/** dnf subcommands that download packages into its cache. */
const DNF_INSTALLS = ['install', 'in', 'upgrade', 'up', 'upgrade-minimal', 'up-min', 'reinstall', 'rei'];
const DL3040 = runRule({
    id: 'DL3040',
    level: 'warning',
    title: '`dnf clean all` missing after dnf command.',
    description: 'dnf keeps its metadata and package cache in the layer. After `dnf install` (or `upgrade`, `reinstall`), ' +
        'run `dnf clean all` (or `rm -rf /var/cache/libdnf5*`) in the same `RUN`, or mount a BuildKit cache or ' +
        'tmpfs on `/var/cache/libdnf5`; a clean before the install does not count. Unlike hadolint, an `rm -rf` ' +
        'of a path that is not a package cache is not taken for a clean.',
    message: '`dnf clean all` missing after dnf command.',
    fails: (commands, run) => !hasCacheOrTmpfsMountWith(run, '/var/cache/libdnf5') &&
        !hasCacheOrTmpfsMountWith(run, '.cache/libdnf5') &&
        DNF.some(tool => !cleansAfterInstall(commands, command => isCommandWith(command, tool, DNF_INSTALLS), command => isCommandWith(command, tool, ['clean', 'all']) || removesPackageCache(command)))
});
const DL3041 = runRule({
    id: 'DL3041',
    level: 'warning',
    title: 'Specify version with `dnf install -y <package>-<version>`',
    description: 'An unpinned `dnf install` takes whatever the repository has at build time. Write `tomcat-9.0.1` or ' +
        '`openssl-1:3.0.7`; modules take a stream: `tomcat:9`. ' +
        VARIABLE_VERSIONS,
    message: 'Specify version with `dnf install -y <package>-<version>`.',
    fails: (commands, run, context) => commands.some(command => installsUnpinned(command, DNF, run, context))
});
const RPM_RULES = [DL3030, DL3032, DL3033, DL3038, DL3040, DL3041];

;// CONCATENATED MODULE: ./src/checks/lint/rules/shell/zypper.ts



const isZypperInstall = (command) => isCommandWith(command, 'zypper', ['install', 'in']);
const DL3034 = runRule({
    id: 'DL3034',
    level: 'warning',
    title: 'Non-interactive switch missing from `zypper` command: `zypper install -y`',
    description: '`zypper install`, `remove`, `source-install` and `patch` ask for confirmation; pass `-y` ' +
        '(`--no-confirm`) or `-n` (`--non-interactive`) so the build does not wait for input.',
    message: 'Non-interactive switch missing from `zypper` command: `zypper install -y`',
    fails: commands => commands.some(command => isCommandWith(command, 'zypper', [
        'install',
        'in',
        'remove',
        'rm',
        'source-install',
        'si',
        'patch'
    ]) && !hasFlag(command, 'no-confirm', 'y', 'n', 'non-interactive'))
});
const DL3035 = runRule({
    id: 'DL3035',
    level: 'warning',
    title: 'Do not use `zypper dist-upgrade`.',
    description: '`zypper dist-upgrade` moves the whole distribution to new package versions during a build; pick a newer ' +
        'base image instead.',
    message: 'Do not use `zypper dist-upgrade`.',
    fails: commands => commands.some(command => isCommandWith(command, 'zypper', ['dist-upgrade', 'dup']))
});
const DL3036 = runRule({
    id: 'DL3036',
    level: 'warning',
    title: '`zypper clean` missing after zypper use.',
    description: 'zypper keeps its package cache in the layer; run `zypper clean` after `zypper install` (a clean before ' +
        'the install does not count), or mount a BuildKit cache or tmpfs on `/var/cache/zypp`.',
    message: '`zypper clean` missing after zypper use.',
    fails: (commands, run) => {
        const install = commands.findIndex(isZypperInstall);
        if (install === -1 || hasCacheOrTmpfsMountWith(run, '/var/cache/zypp'))
            return false;
        return !(commands.findIndex(command => isCommandWith(command, 'zypper', ['clean', 'cc'])) > install);
    }
});
const DL3037 = runRule({
    id: 'DL3037',
    level: 'warning',
    title: 'Specify version with `zypper install -y <package>[=]<version>`.',
    description: 'An unpinned `zypper install` takes whatever the repository has at build time. Write `curl=8.0.1` or a ' +
        'range (`curl>=8`); an `.rpm` file counts as pinned.',
    message: 'Specify version with `zypper install -y <package>=<version>`.',
    fails: commands => commands
        .filter(isZypperInstall)
        .flatMap(command => argsWithoutFlags(command))
        .filter(word => word !== 'install' && word !== 'in')
        .some(pkg => !(/[=<>]/.test(pkg) || pkg.endsWith('.rpm')))
});
const ZYPPER_RULES = [DL3034, DL3035, DL3036, DL3037];

;// CONCATENATED MODULE: ./src/checks/lint/rules/shell/index.ts










/** Rules that look inside RUN shell commands (also `ONBUILD RUN`), sorted by id. */
const SHELL_RULES = [
    ...APT_RULES,
    ...APK_RULES,
    ...PIP_RULES,
    ...NODE_RULES,
    ...GEM_GO_RULES,
    ...RPM_RULES,
    ...ZYPPER_RULES,
    ...commands_COMMAND_RULES,
    DL4006,
    ...IMAGEGATE_SHELL_RULES
].sort((a, b) => a.id.localeCompare(b.id));

;// CONCATENATED MODULE: ./src/checks/lint/rules/index.ts
















/** Reported by the linter itself, before any rule runs, for a file it cannot lint. */
const UNLINTABLE_FILE = {
    id: 'IG200',
    level: 'error',
    title: 'Dockerfile cannot be linted',
    description: 'The file is binary (it contains NUL bytes), larger than 1 MiB, not valid UTF-8 text, or could not be ' +
        'read (or imagegate itself failed on it), so none of its instructions were checked. Reported once, on ' +
        'line 1; other files are still linted.'
};
/** Reported by the linter itself for a file past one of imagegate's budgets (`src/dockerfile/budget.ts`). */
const OVER_BUDGET = {
    id: 'IG211',
    level: 'error',
    title: 'Dockerfile over the size budget',
    description: 'The file has more than 50,000 lines, 10,000 instructions or 1,000 stages (`FROM`), or a `RUN` (or ' +
        '`ONBUILD`) instruction longer than 64 KiB. No real Dockerfile comes near these; past one, imagegate ' +
        'reports where the file went over and checks nothing more in it (files over 1 MiB are IG200), so a ' +
        'generated or hostile file cannot exhaust the time or memory of the run. Split the file or the instruction.'
};
const OWN_RULES = [
    ...syntax_errors/* SYNTAX_RULES */.wM,
    ...FROM_RULES,
    DL3026,
    ...COPY_RULES,
    DL3010,
    ...dockerfile_instructions/* INSTRUCTION_RULES */.P6,
    ...COMMAND_RULES,
    ...USER_RULES,
    DL3064,
    ...LABEL_RULES,
    ...SECRET_RULES,
    ...FILE_RULES,
    ...RUNTIME_RULES,
    ...LIMIT_RULES
];
/**
 * Every rule the linter runs, sorted by id. Where the shell rules define an id this file also has, theirs
 * wins: they look inside RUN commands, which is where such a rule belongs.
 */
const LINT_RULES = [
    ...SHELL_RULES,
    ...OWN_RULES.filter(rule => !SHELL_RULES.some(shell => shell.id === rule.id))
].sort((a, b) => a.id.localeCompare(b.id));
/** What `imagegate rules` lists and the README documents: every rule plus those the linter reports itself. */
const LINT_RULE_DOCS = [...LINT_RULES, UNLINTABLE_FILE, OVER_BUDGET].sort((a, b) => a.id.localeCompare(b.id));
function lintRuleInfos() {
    return LINT_RULE_DOCS.map(rule => ({
        id: rule.id,
        severity: (0,levels/* lintLevelToSeverity */.c)(rule.level),
        level: rule.level,
        enabledByDefault: rule.enabledByDefault !== false,
        title: rule.title,
        description: rule.enabledByDefault === false
            ? rule.description
            : `${rule.description} Default level: \`${rule.level}\`.`
    }));
}


/***/ }),

/***/ 53876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ pinningRule),
/* harmony export */   y: () => (/* binding */ PINNING_RULES)
/* harmony export */ });
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
        description: 'A `FROM` has extra arguments or an invalid stage name, or the Dockerfile could not be parsed at all or ' +
            'is over the size budget of the lint rule IG211 (then none of its `FROM` lines were checked). ' +
            'The form is `FROM [--platform=…] image [AS name]`.'
    }
];
function pinningRule(id) {
    const rule = PINNING_RULES.find(r => r.id === id);
    if (rule === undefined)
        throw new Error(`unknown pinning rule ${id}`);
    return rule;
}


/***/ }),

/***/ 57094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ SIGNATURE_RULES)
/* harmony export */ });
/** The README's rule reference and `imagegate rules` are generated from this table. */
const SIGNATURE_RULES = [
    {
        id: 'IG300',
        severity: 'high',
        title: 'Image is not signed',
        description: 'No signature was found for the digest the image resolved to: no cosign `sha256-<hex>.sig` tag and no ' +
            'Sigstore bundle among its referrers (or under the `sha256-<hex>` fallback tag). It blocks when ' +
            '`signatures.required` is true. Sign the digest that was built (`cosign sign IMAGE@sha256:…`).'
    },
    {
        id: 'IG301',
        severity: 'high',
        title: 'Image signature not verified',
        description: "Signatures were found, but none verified under the policy's `signatures.authorities` (or fewer " +
            'authorities than `signatures.threshold`). The finding gives the reason per signature: `bad-signature` ' +
            '(another key), `digest-mismatch` (signed for another image), `identity-mismatch`, `tlog-missing`, … ' +
            'It blocks when `signatures.required` is true.'
    },
    {
        id: 'IG302',
        severity: 'high',
        title: 'Image signatures cannot be checked',
        description: 'The signatures of an image the policy covers could not be read or verified at all: the registry refused ' +
            'or failed while listing them, `cosign verify` could not run, or the image is a local layout or ' +
            'archive, whose signatures live in a registry. A required signature that cannot be checked blocks.'
    }
];


/***/ }),

/***/ 26892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/registry/digest.ts

const DIGEST = /^(sha256|sha384|sha512):([a-f0-9]+)$/;
const HEX_LENGTH = { sha256: 64, sha384: 96, sha512: 128 };
/** `sha256:<hex>` (or sha384/sha512) with the right hex length; anything else is not a digest. */
function digest_isDigest(text) {
    const match = DIGEST.exec(text);
    return match !== null && match[2].length === HEX_LENGTH[match[1]];
}
/** The digest of `bytes` in the algorithm of `like` (sha256 by default). */
function digest_digestOf(bytes, like = 'sha256:') {
    const algorithm = like.slice(0, like.indexOf(':'));
    const name = algorithm in HEX_LENGTH ? algorithm : 'sha256';
    return `${name}:${(0,external_node_crypto_.createHash)(name).update(bytes).digest('hex')}`;
}
/** `sha256:abc…` → `sha256-abc…`, the referrers fallback tag (and, with `.sig`, cosign's tag). */
function digestTag(digest, suffix = '') {
    return digest.replace(':', '-') + suffix;
}

;// CONCATENATED MODULE: ./src/registry/media-types.ts
/** Media types the client reads (OCI image spec and Docker's schema 2). */
const media_types_MediaType = {
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    ociConfig: 'application/vnd.oci.image.config.v1+json',
    dockerConfig: 'application/vnd.docker.container.image.v1+json',
    ociEmpty: 'application/vnd.oci.empty.v1+json',
    cosignSimpleSigning: 'application/vnd.dev.cosign.simplesigning.v1+json',
    sigstoreBundleV03: 'application/vnd.dev.sigstore.bundle.v0.3+json'
};
const MANIFEST_TYPES = [media_types_MediaType.ociManifest, media_types_MediaType.dockerManifest];
const INDEX_TYPES = [media_types_MediaType.ociIndex, media_types_MediaType.dockerManifestList];
/** Accept for a manifest GET/HEAD: every manifest and index type we can read. */
const ACCEPT_ANY_MANIFEST = [...MANIFEST_TYPES, ...INDEX_TYPES].join(', ');
/** Bundle media types: v0.3 has its own type, v0.1 and v0.2 a version parameter. */
function isSigstoreBundleType(mediaType) {
    if (!mediaType)
        return false;
    return (mediaType === media_types_MediaType.sigstoreBundleV03 ||
        /^application\/vnd\.dev\.sigstore\.bundle(?:\.v0\.\d+)?\+json(?:;\s*version=0\.\d+)?$/.test(mediaType));
}
/** Cosign's legacy layer annotations (signing.md §1a). */
const CosignAnnotation = {
    signature: 'dev.cosignproject.cosign/signature',
    certificate: 'dev.sigstore.cosign/certificate',
    chain: 'dev.sigstore.cosign/chain',
    bundle: 'dev.sigstore.cosign/bundle',
    rfc3161timestamp: 'dev.sigstore.cosign/rfc3161timestamp'
};

;// CONCATENATED MODULE: ./src/registry/manifest.ts


/** Registry content that is not what it claims to be; the client turns it into a RegistryError. */
class manifest_MalformedContent extends Error {
}
/** Parses untrusted JSON bytes; throws MalformedContent naming the bad field. */
function manifest_parseJsonObject(bytes, what) {
    let value;
    try {
        value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    }
    catch (error) {
        const detail = error instanceof SyntaxError ? error.message : 'it is not valid UTF-8';
        throw new manifest_MalformedContent(`the ${what} is not valid JSON (${detail.slice(0, 120)})`);
    }
    if (!manifest_isObject(value))
        throw new manifest_MalformedContent(`the ${what} is not a JSON object`);
    return value;
}
/**
 * A manifest or index from its bytes. The media type comes from the document, then the Content-Type,
 * then the shape (an image-spec manifest may omit `mediaType`).
 */
function manifest_parseManifest(bytes, contentType) {
    const json = manifest_parseJsonObject(bytes, 'manifest');
    if (json.schemaVersion !== 2) {
        throw new manifest_MalformedContent(`schemaVersion is ${JSON.stringify(json.schemaVersion) ?? 'missing'}, expected 2 (schema 1 manifests are not supported)`);
    }
    const declared = optionalString(json, 'mediaType', 'manifest');
    const header = contentType?.split(';')[0].trim().toLowerCase();
    const mediaType = declared ??
        ([...MANIFEST_TYPES, ...INDEX_TYPES].includes(header ?? '') ? header : undefined) ??
        (Array.isArray(json.manifests) ? media_types_MediaType.ociIndex : media_types_MediaType.ociManifest);
    const common = {
        mediaType,
        artifactType: optionalString(json, 'artifactType', 'manifest'),
        subject: json.subject === undefined ? undefined : parseDescriptor(json.subject, 'subject'),
        annotations: parseAnnotations(json.annotations, 'annotations')
    };
    if (INDEX_TYPES.includes(mediaType)) {
        if (!Array.isArray(json.manifests))
            throw new manifest_MalformedContent('the index has no "manifests" array');
        const manifests = json.manifests.map((d, i) => parseDescriptor(d, `manifests[${i}]`));
        return { kind: 'index', ...common, manifests };
    }
    if (!MANIFEST_TYPES.includes(mediaType)) {
        throw new manifest_MalformedContent(`unsupported manifest media type "${mediaType.slice(0, 100)}"`);
    }
    if (!Array.isArray(json.layers))
        throw new manifest_MalformedContent('the manifest has no "layers" array');
    return {
        kind: 'manifest',
        ...common,
        config: parseDescriptor(json.config, 'config'),
        layers: json.layers.map((d, i) => parseDescriptor(d, `layers[${i}]`))
    };
}
function parseDescriptor(value, field) {
    if (!manifest_isObject(value))
        throw new manifest_MalformedContent(`${field} is not a descriptor object`);
    const mediaType = value.mediaType;
    if (typeof mediaType !== 'string' || mediaType === '') {
        throw new manifest_MalformedContent(`${field}.mediaType is missing or not a string`);
    }
    if (typeof value.digest !== 'string' || !digest_isDigest(value.digest)) {
        throw new manifest_MalformedContent(`${field}.digest is not a valid digest`);
    }
    const size = value.size;
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
        throw new manifest_MalformedContent(`${field}.size is not a non-negative integer`);
    }
    return {
        mediaType,
        digest: value.digest,
        size,
        artifactType: optionalString(value, 'artifactType', field),
        annotations: parseAnnotations(value.annotations, `${field}.annotations`),
        platform: value.platform === undefined ? undefined : parsePlatform(value.platform, `${field}.platform`)
    };
}
function parsePlatform(value, field) {
    if (!manifest_isObject(value))
        throw new manifest_MalformedContent(`${field} is not an object`);
    const { os, architecture } = value;
    if (typeof os !== 'string' || typeof architecture !== 'string') {
        throw new manifest_MalformedContent(`${field} needs string "os" and "architecture"`);
    }
    return { os, architecture, variant: optionalString(value, 'variant', field) };
}
/** OCI annotations are string → string; anything else is a malformed document, not something to guess at. */
function parseAnnotations(value, field) {
    if (value === undefined || value === null)
        return undefined;
    if (!manifest_isObject(value))
        throw new manifest_MalformedContent(`${field} is not an object of strings`);
    const result = {};
    for (const [key, text] of Object.entries(value)) {
        if (typeof text !== 'string')
            throw new manifest_MalformedContent(`${field}["${key.slice(0, 80)}"] is not a string`);
        result[key] = text;
    }
    return result;
}
function optionalString(json, key, where) {
    const value = json[key];
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== 'string')
        throw new manifest_MalformedContent(`${where}.${key} is not a string`);
    return value;
}
function manifest_isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/registry/auth/credentials.ts





/** Docker Hub has had many names; credentials stored under any of them are for docker.io. */
const DOCKER_HUB_ALIASES = new Set([
    'docker.io',
    'index.docker.io',
    'registry-1.docker.io',
    'registry.hub.docker.com'
]);
/** `https://index.docker.io/v1/` → `docker.io`; `http://host:5000/v2/` → `host:5000`. */
function normalizeAuthHost(key) {
    const host = key
        .trim()
        .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
        .split('/')[0]
        .toLowerCase();
    return DOCKER_HUB_ALIASES.has(host) ? 'docker.io' : host;
}
/** `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`. */
function dockerConfigPath(env = process.env, home = external_node_os_.homedir()) {
    return external_node_path_.join(env.DOCKER_CONFIG || external_node_path_.join(home, '.docker'), 'config.json');
}
/** Reads the docker config; a missing file is no credentials, an unreadable one a problem note. */
function loadDockerConfig(file = dockerConfigPath()) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        const empty = emptyConfig(file);
        if (code !== 'ENOENT')
            empty.problems.push(`${file}: cannot be read (${(0,src_errors/* errorMessage */.gJ)(error)}); ignoring it`);
        return empty;
    }
    return parseDockerConfig(text, file);
}
function parseDockerConfig(text, file) {
    const result = emptyConfig(file);
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        result.problems.push(`${file}: is not valid JSON; ignoring it`);
        return result;
    }
    if (!manifest_isObject(json)) {
        result.problems.push(`${file}: is not a JSON object; ignoring it`);
        return result;
    }
    if (typeof json.credsStore === 'string' && json.credsStore !== '')
        result.credsStore = json.credsStore;
    if (manifest_isObject(json.credHelpers)) {
        for (const [host, helper] of Object.entries(json.credHelpers)) {
            if (typeof helper === 'string')
                result.credHelpers.set(normalizeAuthHost(host), helper);
        }
    }
    for (const [key, entry] of Object.entries(manifest_isObject(json.auths) ? json.auths : {})) {
        const host = normalizeAuthHost(key);
        const credential = manifest_isObject(entry) ? credentialOf(entry) : undefined;
        if (credential)
            result.auths.set(host, credential);
        else if (manifest_isObject(entry) && typeof entry.identitytoken === 'string') {
            result.problems.push(`${file}: auths["${host}"] holds an identity token, which is not supported; log in with a username and password or token`);
        }
        else if (manifest_isObject(entry) && Object.keys(entry).length > 0) {
            result.problems.push(`${file}: auths["${host}"] has no usable "auth" or "username"/"password"; ignoring it`);
        }
    }
    return result;
}
/** `auth` is base64 of `user:password` (the password may contain colons); else username/password fields. */
function credentialOf(entry) {
    if (typeof entry.auth === 'string' && entry.auth !== '') {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon > 0)
            return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
        return undefined;
    }
    if (typeof entry.username === 'string' && typeof entry.password === 'string' && entry.username !== '') {
        return { username: entry.username, password: entry.password };
    }
    return undefined;
}
function emptyConfig(file) {
    return { file, auths: new Map(), credHelpers: new Map(), problems: [] };
}

;// CONCATENATED MODULE: ./src/registry/body.ts
/** Thrown when a response body is larger than what the caller agreed to read. */
class BodyTooLarge extends Error {
    limit;
    offered;
    constructor(limit, offered) {
        super(`body exceeds ${limit} bytes`);
        this.limit = limit;
        this.offered = offered;
    }
}
/** Caps on what the client reads from the network, by kind of content. */
const body_Limits = {
    manifest: 4 * 1024 * 1024,
    config: 8 * 1024 * 1024,
    signatureLayer: 1024 * 1024,
    token: 1024 * 1024,
    errorBody: 64 * 1024
};
/**
 * Reads at most `limit` bytes of a response body as a stream. A declared Content-Length over the limit
 * fails before reading anything; a body that lies about its length (or has none) is cut as soon as it
 * passes the limit, and the connection is cancelled so the rest is never downloaded.
 */
async function readCapped(response, limit) {
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > limit) {
        await response.body?.cancel().catch(() => undefined);
        throw new BodyTooLarge(limit, declared);
    }
    if (!response.body)
        return new Uint8Array(0);
    const reader = response.body.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        total += value.byteLength;
        if (total > limit) {
            await reader.cancel().catch(() => undefined);
            throw new BodyTooLarge(limit, Number.isFinite(declared) ? declared : undefined);
        }
        chunks.push(value);
    }
    return concat(chunks, total);
}
/** Drains nothing: releases a body we do not want (keeps the connection pool healthy). */
async function discardBody(response) {
    await response.body?.cancel().catch(() => undefined);
}
function concat(chunks, total) {
    if (chunks.length === 1)
        return chunks[0];
    const out = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
        out.set(chunk, offset);
        offset += chunk.byteLength;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/registry/config.ts

/** Parses untrusted config bytes; a field of the wrong type is a MalformedContent naming it. */
function config_parseImageConfig(bytes) {
    const json = manifest_parseJsonObject(bytes, 'image config');
    const inner = json.config ?? {};
    if (!manifest_isObject(inner))
        throw new manifest_MalformedContent('config.config is not an object');
    const history = json.history ?? [];
    if (!Array.isArray(history))
        throw new manifest_MalformedContent('config.history is not an array');
    return {
        architecture: optionalString(json, 'architecture', 'config'),
        os: optionalString(json, 'os', 'config'),
        variant: optionalString(json, 'variant', 'config'),
        created: optionalString(json, 'created', 'config'),
        author: optionalString(json, 'author', 'config'),
        config: parseContainerConfig(inner),
        history: history.map((entry, i) => parseHistory(entry, `config.history[${i}]`))
    };
}
function parseContainerConfig(json) {
    const where = 'config.config';
    const ports = json.ExposedPorts ?? {};
    if (!manifest_isObject(ports))
        throw new manifest_MalformedContent(`${where}.ExposedPorts is not an object`);
    const healthcheck = json.Healthcheck;
    if (healthcheck !== undefined && healthcheck !== null && !manifest_isObject(healthcheck)) {
        throw new manifest_MalformedContent(`${where}.Healthcheck is not an object`);
    }
    return {
        User: optionalString(json, 'User', where),
        Env: stringArray(json.Env, `${where}.Env`) ?? [],
        ExposedPorts: Object.keys(ports),
        Labels: stringRecord(json.Labels, `${where}.Labels`),
        Entrypoint: stringArray(json.Entrypoint, `${where}.Entrypoint`),
        Cmd: stringArray(json.Cmd, `${where}.Cmd`),
        WorkingDir: optionalString(json, 'WorkingDir', where),
        Healthcheck: manifest_isObject(healthcheck)
            ? { Test: stringArray(healthcheck.Test, `${where}.Healthcheck.Test`) ?? [] }
            : undefined
    };
}
function parseHistory(value, where) {
    if (!manifest_isObject(value))
        throw new manifest_MalformedContent(`${where} is not an object`);
    const empty = value.empty_layer;
    if (empty !== undefined && typeof empty !== 'boolean')
        throw new manifest_MalformedContent(`${where}.empty_layer is not a boolean`);
    return {
        created: optionalString(value, 'created', where),
        created_by: optionalString(value, 'created_by', where),
        comment: optionalString(value, 'comment', where),
        empty_layer: empty
    };
}
function stringArray(value, where) {
    if (value === undefined || value === null)
        return undefined;
    if (!Array.isArray(value) || !value.every(v => typeof v === 'string')) {
        throw new manifest_MalformedContent(`${where} is not an array of strings`);
    }
    return value;
}
function stringRecord(value, where) {
    if (value === undefined || value === null)
        return {};
    if (!manifest_isObject(value) || !Object.values(value).every(v => typeof v === 'string')) {
        throw new manifest_MalformedContent(`${where} is not an object of strings`);
    }
    return value;
}

// EXTERNAL MODULE: ./src/util/untrusted.ts
var untrusted = __webpack_require__(19630);
;// CONCATENATED MODULE: ./src/registry/errors.ts

/**
 * A registry (or local image) problem the user can act on: an expected failure, reported as one line
 * naming the image, the operation and the reason, never with a stack trace. It never carries a secret:
 * messages are built from the reference, the status and sanitized registry text only.
 */
class errors_RegistryError extends Error {
    image;
    operation;
    status;
    reason;
    fix;
    kind;
    constructor(details) {
        const fix = details.fix ? `; ${details.fix}` : '';
        super(`${details.image}: cannot ${details.operation}: ${details.reason}${fix}`);
        this.name = 'RegistryError';
        this.image = details.image;
        this.operation = details.operation;
        this.status = details.status;
        this.reason = details.reason;
        this.fix = details.fix;
        this.kind = details.kind;
        // Expected failures: the message says it all, a stack would only add noise to logs.
        this.stack = `${this.name}: ${this.message}`;
    }
}
/**
 * Input images the gate could not resolve to a digest: an expected failure that stops the run (exit 2),
 * one message naming every such image and why, never a stack trace.
 */
class ImageResolutionError extends Error {
    failures;
    constructor(failures) {
        super(`cannot resolve ${failures.length === 1 ? '1 image' : `${failures.length} images`} to a digest: ${failures.join('; ')}`);
        this.failures = failures;
        this.name = 'ImageResolutionError';
        this.stack = `${this.name}: ${this.message}`;
    }
}
/** Registry-supplied text (error bodies, header values): one short line with no control characters. */
function sanitizeRemoteText(text, max = 200) {
    return (0,untrusted/* truncate */.xv)((0,untrusted/* oneLine */.TN)(text), max);
}
/** The user-facing reason and fix for an HTTP status, given the registry's own error text if any. */
function describeStatus(status, host, remote) {
    const said = remote ? ` (registry said: ${remote})` : '';
    switch (status) {
        case 401:
            return {
                reason: `authentication required or credentials rejected by ${host} (HTTP 401)${said}`,
                fix: `check the registry credentials for ${host} (docker login, or the registry credentials input)`
            };
        case 403:
            return {
                reason: `access denied by ${host} (HTTP 403)${said}`,
                fix: 'the credentials are valid but lack pull access to this repository'
            };
        case 404:
            return {
                reason: `not found on ${host} (HTTP 404)${said}`,
                fix: 'check the repository name and the tag or digest'
            };
        case 429:
            return {
                reason: `rate limited by ${host} (HTTP 429)${said}`,
                fix: 'authenticate to raise the limit, or retry later'
            };
        default:
            if (status >= 500) {
                return {
                    reason: `${host} failed with HTTP ${status}${said}`,
                    fix: 'the registry is having problems; retry later'
                };
            }
            return { reason: `${host} answered HTTP ${status}${said}` };
    }
}

;// CONCATENATED MODULE: ./src/registry/retry.ts
const DEFAULT_RETRY = {
    attempts: 4,
    baseDelayMs: 250,
    maxDelayMs: 4000,
    budgetMs: 20_000
};
/** 429 and 5xx may succeed later; 501 (not implemented) and 505 will not. */
function isRetryableStatus(status) {
    return status === 429 || (status >= 500 && status !== 501 && status !== 505);
}
/** Seconds or an HTTP date, as milliseconds from `now`; undefined when absent or unreadable. */
function parseRetryAfter(value, now = Date.now()) {
    if (value === null)
        return undefined;
    const text = value.trim();
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    const date = Date.parse(text);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/** Exponential backoff with full jitter (so clients that failed together do not retry together). */
function backoffDelay(attempt, policy, random = Math.random) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
    return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
/**
 * The wait before the next attempt, or undefined to stop: attempts used up, or the wait (a server's
 * Retry-After wins over our backoff) would overrun the remaining budget.
 */
function nextDelay(attempt, retryAfterMs, spentMs, policy) {
    if (attempt + 1 >= policy.attempts)
        return undefined;
    const delay = retryAfterMs ?? backoffDelay(attempt, policy);
    return spentMs + delay > policy.budgetMs ? undefined : delay;
}
function sleep(ms) {
    return new Promise(resolve => setTimeout(resolve, ms));
}

;// CONCATENATED MODULE: ./src/registry/network-errors.ts
/** What failed below HTTP (DNS, TCP, TLS), as a reason and a fix; never the raw stack. */
function describeNetworkError(error, host) {
    const code = errorCode(error);
    if (code === 'ECONNREFUSED') {
        return {
            reason: `registry at ${host} unreachable (connection refused)`,
            fix: 'check the registry host and port, and that the registry is running',
            retryable: true
        };
    }
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
        return {
            reason: `registry host ${host} not found (DNS lookup failed)`,
            fix: 'check the registry name',
            retryable: code === 'EAI_AGAIN'
        };
    }
    if (code && /CERT|TLS|SSL|EPROTO/.test(code)) {
        return {
            reason: `TLS connection to ${host} failed (${code})`,
            fix: `if ${host} serves plain HTTP, list it as an insecure registry (insecure-registries input, --insecure-registry ${host})`,
            retryable: false
        };
    }
    const detail = code ?? (error instanceof Error ? error.message.slice(0, 120) : 'unknown error');
    return {
        reason: `registry at ${host} unreachable (${detail})`,
        fix: 'check the network and the registry host',
        retryable: true
    };
}
/** fetch() rejects with a TypeError whose cause (sometimes nested) carries the system error code. */
function errorCode(error) {
    let current = error;
    for (let depth = 0; depth < 4 && current; depth++) {
        const code = current.code;
        if (typeof code === 'string' && code !== 'UND_ERR_SOCKET')
            return code;
        current = current.cause;
    }
    return undefined;
}
/** AbortSignal.timeout() aborts with a TimeoutError, whether during the headers or the body. */
function isTimeout(error) {
    return error?.name === 'TimeoutError';
}

;// CONCATENATED MODULE: ./src/registry/http.ts





const DEFAULT_HTTP = { timeoutMs: 30_000, retry: DEFAULT_RETRY, concurrency: 8 };
const MAX_REDIRECTS = 5;
/**
 * One HTTP exchange with the registry: bounded concurrency, a timeout per attempt, retries with
 * backoff on 429/5xx and network failures (Retry-After honoured, total wait bounded). `handle` reads
 * the response inside the concurrency slot and the timeout. A timeout is not retried: a registry that
 * hung once for the whole timeout would most likely make the user wait for it again.
 */
async function exchange(request, context, options, handle) {
    const started = Date.now();
    const host = new URL(request.url).host;
    for (let attempt = 0;; attempt++) {
        const outcome = await options.semaphore.run(async () => {
            try {
                const response = await fetchFollowing(request, context, options);
                if (!isRetryableStatus(response.status))
                    return { done: await handle(response) };
                await discardBody(response);
                return {
                    retry: statusError(response.status, host, context),
                    retryAfterMs: parseRetryAfter(response.headers.get('retry-after'))
                };
            }
            catch (error) {
                if (error instanceof errors_RegistryError || error instanceof BodyTooLarge)
                    throw error;
                if (isTimeout(error)) {
                    throw new errors_RegistryError({
                        ...context,
                        reason: `${host} did not answer within ${options.timeoutMs / 1000} s`,
                        fix: 'the registry is slow or hung; retry later or raise the timeout'
                    });
                }
                const { retryable, ...described } = describeNetworkError(error, host);
                const failure = new errors_RegistryError({ ...context, ...described });
                if (!retryable)
                    throw failure;
                return { retry: failure };
            }
        });
        if ('done' in outcome)
            return outcome.done;
        const delay = nextDelay(attempt, outcome.retryAfterMs, Date.now() - started, options.retry);
        if (delay === undefined)
            throw outcome.retry;
        await sleep(delay);
    }
}
/** Follows redirects by hand: credentials never go to another origin, and https never drops to http. */
async function fetchFollowing(request, context, options) {
    const signal = AbortSignal.timeout(options.timeoutMs);
    let url = new URL(request.url);
    const headers = { ...request.headers };
    for (let hop = 0;; hop++) {
        options.observe?.(request.method, url);
        const response = await fetch(url, { method: request.method, headers, redirect: 'manual', signal });
        const location = response.headers.get('location');
        if (response.status < 300 || response.status >= 400 || location === null)
            return response;
        await discardBody(response);
        const next = new URL(location, url);
        if (hop >= MAX_REDIRECTS) {
            throw new errors_RegistryError({
                ...context,
                reason: `${url.host} redirected more than ${MAX_REDIRECTS} times`
            });
        }
        if (next.protocol !== 'https:' && !(next.protocol === 'http:' && options.insecure.has(next.host))) {
            throw new errors_RegistryError({
                ...context,
                reason: `${url.host} redirected to a non-HTTPS location on ${next.host}`,
                fix: `list ${next.host} as an insecure registry if plain HTTP is intended`
            });
        }
        if (next.origin !== url.origin)
            delete headers.Authorization;
        url = next;
    }
}
function statusError(status, host, context, remote) {
    return new errors_RegistryError({ ...context, status, ...describeStatus(status, host, remote) });
}
/** `https://HOST` or, for a listed insecure registry, `http://HOST`. Docker Hub's API lives elsewhere. */
function registryBaseUrl(registry, insecure) {
    const host = registry === 'docker.io' ? 'registry-1.docker.io' : registry;
    return `${insecure.has(registry) ? 'http' : 'https'}://${host}`;
}

;// CONCATENATED MODULE: ./src/registry/responses.ts




/** The registry's own explanation from an error body (`{"errors":[{"code","message"}]}`), sanitized. */
async function remoteErrorText(response) {
    try {
        const json = JSON.parse(new TextDecoder().decode(await readCapped(response, body_Limits.errorBody)));
        const first = manifest_isObject(json) && Array.isArray(json.errors) ? json.errors[0] : undefined;
        if (!manifest_isObject(first))
            return undefined;
        const text = [first.code, first.message].filter(v => typeof v === 'string' && v !== '').join(': ');
        return text === '' ? undefined : sanitizeRemoteText(text);
    }
    catch {
        return undefined;
    }
}
/** Reads a body up to `limit`, turning an oversized one into a RegistryError that names the cap. */
async function responses_readBody(response, limit, context, what) {
    try {
        return await readCapped(response, limit);
    }
    catch (error) {
        if (!(error instanceof BodyTooLarge))
            throw error;
        throw oversized(context, what, limit, error.offered);
    }
}
function oversized(context, what, limit, offered) {
    const size = offered !== undefined ? ` (${offered} bytes offered)` : '';
    return new errors_RegistryError({
        ...context,
        kind: 'content',
        reason: `the ${what} is larger than the ${formatBytes(limit)} imagegate reads${size}`,
        fix: 'a registry should never serve this; check the registry and the reference'
    });
}
/** The bytes must hash to `expected`; a registry (or proxy) that serves other bytes is not trusted. */
function verifyDigest(bytes, expected, context, what) {
    const actual = digest_digestOf(bytes, expected);
    if (actual !== expected) {
        throw new errors_RegistryError({
            ...context,
            kind: 'content',
            reason: `digest mismatch: the ${what} received hashes to ${actual}, not ${expected}`,
            fix: 'the registry or a proxy altered the content; do not trust this image until it is resolved'
        });
    }
    return actual;
}
/** Parses registry content, naming the image and the problem when it is malformed. */
function parseOrFail(parse, context, what) {
    try {
        return parse();
    }
    catch (error) {
        if (!(error instanceof manifest_MalformedContent))
            throw error;
        throw new errors_RegistryError({
            ...context,
            kind: 'content',
            reason: `malformed ${what}: ${error.message}`,
            fix: 'the registry returned content that is not a valid OCI or Docker document'
        });
    }
}
function formatBytes(bytes) {
    return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}

;// CONCATENATED MODULE: ./src/registry/fetchers.ts







/**
 * GET a manifest (undefined on 404). The digest is computed over the bytes received: it must equal
 * the digest asked for, and the `Docker-Content-Digest` the registry announced.
 */
function fetchManifest(transport, image, reference, operation) {
    const context = { image: image.original, operation };
    const path = `manifests/${reference}`;
    return transport.request(image, path, 'GET', context, async (response) => {
        if (response.status === 404)
            return void (await discardBody(response));
        if (response.status !== 200)
            throw await transport.failure(response, image, context);
        const bytes = await responses_readBody(response, body_Limits.manifest, context, 'manifest');
        const digest = digest_isDigest(reference)
            ? verifyDigest(bytes, reference, context, 'manifest')
            : digest_digestOf(bytes);
        const announced = response.headers.get('docker-content-digest');
        if (announced?.startsWith('sha256:') && digest_isDigest(announced))
            verifyDigest(bytes, announced, context, 'manifest');
        const contentType = response.headers.get('content-type') ?? undefined;
        const manifest = parseOrFail(() => manifest_parseManifest(bytes, contentType), context, 'manifest');
        return { digest, bytes, manifest };
    }, ACCEPT_ANY_MANIFEST);
}
/** HEAD a manifest for its digest; undefined when the registry does not announce one. */
function headDigest(transport, image, reference) {
    const context = { image: image.original, operation: 'resolve digest' };
    return transport.request(image, `manifests/${reference}`, 'HEAD', context, async (response) => {
        await discardBody(response);
        if (response.status === 404)
            throw notFound(image, 'resolve digest', reference);
        if (response.status !== 200)
            throw statusError(response.status, image.registry, context);
        const digest = response.headers.get('docker-content-digest');
        return digest && digest_isDigest(digest) ? digest : undefined;
    }, ACCEPT_ANY_MANIFEST);
}
/** GET a blob, at most `limit` bytes (a larger declared size is refused unread), digest-verified. */
async function fetchBlob(transport, image, descriptor, limit, operation) {
    const context = { image: image.original, operation };
    const what = operation === 'fetch config' ? 'config blob' : 'blob';
    if (descriptor.size > limit)
        throw oversized(context, what, limit, descriptor.size);
    return transport.request(image, `blobs/${descriptor.digest}`, 'GET', context, async (response) => {
        if (response.status !== 200)
            throw await transport.failure(response, image, context);
        const bytes = await responses_readBody(response, limit, context, what);
        verifyDigest(bytes, descriptor.digest, context, what);
        return bytes;
    });
}
function notFound(image, operation, reference) {
    const what = digest_isDigest(reference) ? `digest ${reference}` : `tag "${reference}"`;
    return new errors_RegistryError({
        image: image.original,
        operation,
        status: 404,
        reason: `${image.registry}/${image.repository} has no manifest for ${what} (HTTP 404)`,
        fix: 'check the image name and tag, and that it was pushed'
    });
}

;// CONCATENATED MODULE: ./src/registry/platform.ts

const platform_DEFAULT_PLATFORM = { os: 'linux', architecture: 'amd64' };
const PART = /^[a-z0-9._-]+$/;
/** `os/arch[/variant]`, as docker and the policy write it; a bad value is a configuration error. */
function platform_parsePlatform(text) {
    const parts = text.trim().toLowerCase().split('/');
    if (parts.length < 2 || parts.length > 3 || !parts.every(p => PART.test(p))) {
        throw new src_errors/* ConfigError */.xL(`invalid platform "${text}": write os/architecture[/variant], e.g. linux/amd64 or linux/arm/v7`);
    }
    return { os: parts[0], architecture: parts[1], variant: parts[2] };
}
function platform_formatPlatform(platform) {
    return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}
// The variant an architecture implies when none is written (containerd's platforms.Normalize).
const DEFAULT_VARIANT = { arm64: 'v8', arm: 'v7' };
function variantOf(platform) {
    return platform.variant ?? DEFAULT_VARIANT[platform.architecture];
}
/** The index entry for `wanted`: same os and architecture, and the same variant once defaults are applied. */
function platform_selectPlatform(index, wanted) {
    return index.manifests.find(d => d.platform !== undefined &&
        d.platform.os === wanted.os &&
        d.platform.architecture === wanted.architecture &&
        variantOf(d.platform) === variantOf(wanted));
}
/** The platforms an index offers, for the "not available" message. */
function platform_availablePlatforms(index) {
    return index.manifests
        .flatMap(d => (d.platform && d.platform.os !== 'unknown' ? [platform_formatPlatform(d.platform)] : []))
        .filter((p, i, all) => all.indexOf(p) === i);
}

;// CONCATENATED MODULE: ./src/registry/referrers.ts






/** Registries without the referrers API answer 404 (the spec), some 400 or 405. */
const UNSUPPORTED = new Set([400, 404, 405, 406]);
/**
 * The artifacts that refer to `digest`: the referrers API, else the fallback tag index (distribution
 * 2.8, ghcr.io). With `artifactType`, the API's answer is filtered (by the registry or here); the
 * fallback index is not, because some writers put `application/vnd.oci.empty.v1+json` there instead of
 * the real type: callers must look at each referrer manifest's own artifactType.
 */
async function fetchReferrers(transport, findManifest, image, digest, artifactType, useApi) {
    const context = { image: image.original, operation: 'list referrers' };
    const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
    const fromApi = !useApi
        ? undefined
        : await transport.request(image, `referrers/${digest}${query}`, 'GET', context, async (response) => {
            if (UNSUPPORTED.has(response.status))
                return void (await discardBody(response));
            if (response.status !== 200)
                throw await transport.failure(response, image, context);
            const bytes = await responses_readBody(response, body_Limits.manifest, context, 'referrers index');
            const index = parseOrFail(() => manifest_parseManifest(bytes, media_types_MediaType.ociIndex), context, 'referrers index');
            if (index.kind !== 'index')
                throw notAnIndex(image, 'the referrers API');
            const filtered = (response.headers.get('oci-filters-applied') ?? '').includes('artifactType');
            const keep = (d) => !artifactType || filtered || d.artifactType === artifactType;
            return index.manifests.filter(keep);
        }, media_types_MediaType.ociIndex);
    if (fromApi)
        return { source: 'api', descriptors: fromApi };
    const fallback = await findManifest(digestTag(digest));
    if (!fallback)
        return { source: 'tag', descriptors: [] };
    if (fallback.manifest.kind !== 'index')
        throw notAnIndex(image, `the tag ${digestTag(digest)}`);
    return { source: 'tag', descriptors: fallback.manifest.manifests };
}
function notAnIndex(image, where) {
    return new errors_RegistryError({
        image: image.original,
        operation: 'list referrers',
        reason: `malformed referrers: ${where} holds an image manifest, not an index`
    });
}

;// CONCATENATED MODULE: ./src/registry/auth/challenge.ts
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+/;
/**
 * Parses every challenge in a header such as
 * `Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:x:pull"`.
 * Quoted values may contain commas and `\"`; unknown schemes are returned too, so the caller can
 * say what it got. Malformed text ends the parse with what was read so far, never an exception.
 */
function parseChallenges(header) {
    const challenges = [];
    let rest = header.trim();
    let current;
    while (rest.length > 0) {
        rest = rest.replace(/^[\s,]+/, '');
        const name = TOKEN.exec(rest)?.[0];
        if (!name)
            break;
        const afterName = rest.slice(name.length).replace(/^\s+/, '');
        if (afterName.startsWith('=') && current) {
            const parsed = readValue(afterName.slice(1).replace(/^\s+/, ''));
            if (!parsed)
                break;
            current.params[name.toLowerCase()] = parsed.value;
            rest = parsed.rest;
        }
        else {
            current = { scheme: name.toLowerCase(), params: {} };
            challenges.push(current);
            rest = afterName;
        }
    }
    return challenges;
}
function readValue(text) {
    if (!text.startsWith('"')) {
        const token = TOKEN.exec(text)?.[0];
        return token === undefined ? undefined : { value: token, rest: text.slice(token.length) };
    }
    let value = '';
    for (let i = 1; i < text.length; i++) {
        const c = text[i];
        if (c === '\\' && i + 1 < text.length)
            value += text[++i];
        else if (c === '"')
            return { value, rest: text.slice(i + 1) };
        else
            value += c;
    }
    return undefined; // an unterminated quote
}
/** The first challenge the client can answer: Bearer (token service) or Basic. */
function usableChallenge(challenges) {
    return (challenges.find(c => c.scheme === 'bearer' && c.params.realm) ??
        challenges.find(c => c.scheme === 'basic'));
}

;// CONCATENATED MODULE: ./src/registry/auth/lookup.ts

/** Finds the credential for a registry host, masking secrets the first time they are handed out. */
class CredentialLookup {
    options;
    explicit = new Map();
    masked = new Set();
    noted = new Set();
    constructor(options) {
        this.options = options;
        for (const [host, credential] of Object.entries(options.explicit ?? {})) {
            this.explicit.set(normalizeAuthHost(host), credential);
        }
        // Mask everything up front: a secret must be masked before anything could print it.
        for (const credential of [...this.explicit.values(), ...(options.dockerConfig?.auths.values() ?? [])]) {
            this.maskCredential(credential);
        }
        for (const problem of options.dockerConfig?.problems ?? [])
            options.note(problem);
    }
    forHost(registry) {
        const host = normalizeAuthHost(registry);
        const found = this.explicit.get(host) ?? this.options.dockerConfig?.auths.get(host);
        if (found)
            return found;
        const config = this.options.dockerConfig;
        const helper = config?.credHelpers.get(host) ?? config?.credsStore;
        if (config && helper && !this.noted.has(host)) {
            this.noted.add(host);
            this.options.note(`${config.file} delegates credentials for ${host} to the helper "docker-credential-${helper}", which imagegate cannot call; using anonymous access (pass credentials for ${host} explicitly if the image is private)`);
        }
        return undefined;
    }
    /** Masks a secret the registry gave us (a bearer token). */
    maskSecret(secret) {
        if (secret === '' || this.masked.has(secret))
            return;
        this.masked.add(secret);
        this.options.mask(secret);
    }
    maskCredential(credential) {
        this.maskSecret(credential.password);
        this.maskSecret(basicValue(credential));
    }
}
/** The value of a Basic Authorization header (without the scheme), itself a secret. */
function basicValue(credential) {
    return Buffer.from(`${credential.username}:${credential.password}`).toString('base64');
}

;// CONCATENATED MODULE: ./src/registry/auth/authenticator.ts






/** Tokens are reused until shortly before they expire (distribution's default lifetime is 60 s). */
const EXPIRY_MARGIN_MS = 5_000;
const DEFAULT_TOKEN_SECONDS = 60;
/**
 * Answers a registry's authentication: one `/v2/` probe per host learns its challenge, then each
 * repository scope gets a bearer token (fetched once, shared by concurrent requests, cached until it
 * expires) or Basic credentials. So a manifest request is sent once, already authorized.
 */
class Authenticator {
    http;
    credentials;
    challenges = new Map();
    tokens = new Map();
    constructor(http, credentials) {
        this.http = http;
        this.credentials = credentials;
    }
    /** The Authorization header for a repository on a registry, or undefined for anonymous access. */
    async authorization(registry, repository, context) {
        const challenge = await this.challengeFor(registry, context);
        return challenge ? this.answer(registry, repository, challenge, context) : undefined;
    }
    /** After a 401 despite our header: forget the token and answer the challenge the registry just sent. */
    async retryAuthorization(registry, repository, header, context) {
        const challenge = usableChallenge(parseChallenges(header ?? ''));
        if (!challenge)
            return undefined;
        // The host's challenge is kept without the scope: that one is for this repository only.
        const { scope, ...hostParams } = challenge.params;
        this.challenges.set(registry, Promise.resolve({ scheme: challenge.scheme, params: hostParams }));
        const wanted = scope?.startsWith(`repository:${repository}:`) ? scope : pullScope(repository);
        this.tokens.delete(tokenKey(registry, challenge, wanted));
        return this.answer(registry, repository, challenge, context, wanted);
    }
    hasCredential(registry) {
        return this.credentials.forHost(registry) !== undefined;
    }
    challengeFor(registry, context) {
        let probe = this.challenges.get(registry);
        if (!probe) {
            probe = this.probe(registry, context);
            this.challenges.set(registry, probe);
        }
        // One probe per registry, shared; when it failed, each asker is told in the words of its own image.
        return probe.catch(error => {
            throw error instanceof errors_RegistryError && error.image !== context.image
                ? new errors_RegistryError({
                    image: context.image,
                    operation: context.operation,
                    status: error.status,
                    reason: error.reason,
                    fix: error.fix,
                    kind: error.kind
                })
                : error;
        });
    }
    probe(registry, context) {
        const url = `${registryBaseUrl(registry, this.http.insecure)}/v2/`;
        return exchange({ url, method: 'GET', headers: {} }, context, this.http, async (response) => {
            await discardBody(response);
            if (response.status !== 401)
                return undefined;
            return usableChallenge(parseChallenges(response.headers.get('www-authenticate') ?? ''));
        });
    }
    async answer(registry, repository, challenge, context, scope = pullScope(repository)) {
        const credential = this.credentials.forHost(registry);
        if (challenge.scheme === 'basic')
            return credential ? `Basic ${basicValue(credential)}` : undefined;
        const key = tokenKey(registry, challenge, scope);
        const cached = this.tokens.get(key);
        if (cached) {
            const token = await cached;
            if (token.expiresAt > Date.now())
                return `Bearer ${token.value}`;
        }
        const pending = this.fetchToken(registry, challenge, scope, context);
        this.tokens.set(key, pending);
        pending.catch(() => this.tokens.delete(key));
        return `Bearer ${(await pending).value}`;
    }
    async fetchToken(registry, challenge, scope, context) {
        const realm = this.realmUrl(registry, challenge.params.realm, context);
        if (challenge.params.service)
            realm.searchParams.set('service', challenge.params.service);
        realm.searchParams.set('scope', scope);
        const credential = this.credentials.forHost(registry);
        const headers = credential
            ? { Authorization: `Basic ${basicValue(credential)}` }
            : {};
        const authContext = { ...context, operation: 'authenticate' };
        return exchange({ url: realm.href, method: 'GET', headers }, authContext, this.http, async (response) => {
            if (response.status !== 200) {
                await discardBody(response);
                if (response.status !== 401)
                    throw statusError(response.status, realm.host, authContext);
                throw new errors_RegistryError({
                    ...authContext,
                    status: 401,
                    reason: credential
                        ? `the token service at ${realm.host} rejected the credentials for ${registry} (HTTP 401)`
                        : `the token service at ${realm.host} requires credentials for ${registry} (HTTP 401)`,
                    fix: `check the registry credentials for ${registry}`
                });
            }
            const json = manifest_parseJsonObject(await readCapped(response, body_Limits.token), 'token response');
            const value = typeof json.token === 'string' ? json.token : json.access_token;
            if (typeof value !== 'string' || value === '') {
                throw new errors_RegistryError({
                    ...authContext,
                    reason: `the token service at ${realm.host} returned no token`
                });
            }
            this.credentials.maskSecret(value);
            const seconds = typeof json.expires_in === 'number' && json.expires_in > 0 ? json.expires_in : DEFAULT_TOKEN_SECONDS;
            return { value, expiresAt: Date.now() + seconds * 1000 - EXPIRY_MARGIN_MS };
        });
    }
    /** The realm must be https, unless its host is the insecure registry itself or listed as insecure. */
    realmUrl(registry, realm, context) {
        let url;
        try {
            url = new URL(realm ?? '');
        }
        catch {
            throw new errors_RegistryError({ ...context, reason: `${registry} sent an invalid token realm` });
        }
        const insecureOk = this.http.insecure.has(url.host) ||
            (this.http.insecure.has(registry) && url.hostname === new URL(`http://${registry}`).hostname);
        if (url.protocol === 'https:' || (url.protocol === 'http:' && insecureOk))
            return url;
        throw new errors_RegistryError({
            ...context,
            reason: `${registry} asks for a token from ${url.protocol}//${url.host}, which is not HTTPS`,
            fix: `list ${url.host} as an insecure registry if plain HTTP is intended`
        });
    }
}
function pullScope(repository) {
    return `repository:${repository}:pull`;
}
function tokenKey(registry, challenge, scope) {
    return [registry, challenge.params.realm, challenge.params.service, scope].join('\u0000');
}

;// CONCATENATED MODULE: ./src/registry/insecure.ts

const HOST_PORT = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:]+\])(?::\d{1,5})?$/;
/**
 * `insecure-registries` / `--insecure-registry` entries: HOST or HOST:PORT exactly as in the image
 * reference. A scheme or path is a mistake worth saying, not something to guess around.
 */
function parseInsecureRegistries(entries) {
    const hosts = new Set();
    for (const entry of entries) {
        const host = entry.trim().toLowerCase();
        if (host === '')
            continue;
        if (!HOST_PORT.test(host)) {
            throw new src_errors/* ConfigError */.xL(`invalid insecure registry "${entry}": write HOST or HOST:PORT (e.g. localhost:5000), without a scheme or path`);
        }
        hosts.add(host);
    }
    return hosts;
}

;// CONCATENATED MODULE: ./src/registry/semaphore.ts
/** At most `limit` tasks at once; the rest wait in FIFO order. */
class Semaphore {
    limit;
    active = 0;
    waiting = [];
    constructor(limit) {
        this.limit = limit;
    }
    async run(task) {
        if (this.active >= this.limit)
            await new Promise(resolve => this.waiting.push(resolve));
        else
            this.active++;
        try {
            return await task();
        }
        finally {
            const next = this.waiting.shift();
            if (next)
                next();
            else
                this.active--;
        }
    }
}

;// CONCATENATED MODULE: ./src/registry/stats.ts
/** Requests sent by one client, by kind: the bench and tests check "one manifest request per image". */
class RequestStats {
    /** `manifestGet` counts image manifests and indexes; `artifactGet` the `.sig` and referrer-fallback tags. */
    counts = {
        manifestGet: 0,
        manifestHead: 0,
        artifactGet: 0,
        blob: 0,
        referrers: 0,
        probe: 0,
        token: 0,
        other: 0
    };
    record(method, url) {
        const path = url.pathname;
        if (path === '/v2/' || path === '/v2')
            this.counts.probe++;
        else if (/\/manifests\/sha256-[a-f0-9]{64}(?:\.sig)?$/.test(path))
            this.counts.artifactGet++;
        else if (/\/manifests\/[^/]+$/.test(path)) {
            if (method === 'HEAD')
                this.counts.manifestHead++;
            else
                this.counts.manifestGet++;
        }
        else if (/\/blobs\/[^/]+$/.test(path))
            this.counts.blob++;
        else if (/\/referrers\/[^/]+$/.test(path))
            this.counts.referrers++;
        else if (url.searchParams.has('scope') || url.searchParams.has('service'))
            this.counts.token++;
        else
            this.counts.other++;
    }
    get total() {
        return Object.values(this.counts).reduce((a, b) => a + b, 0);
    }
}

;// CONCATENATED MODULE: ./src/registry/transport.ts










/** Authenticated requests under `/v2/<repository>/`, with the client's shared limits and statistics. */
class RegistryTransport {
    stats = new RequestStats();
    http;
    auth;
    constructor(options) {
        this.http = {
            timeoutMs: options.timeoutMs ?? DEFAULT_HTTP.timeoutMs,
            retry: { ...DEFAULT_RETRY, ...options.retry },
            semaphore: new Semaphore(options.concurrency ?? DEFAULT_HTTP.concurrency),
            insecure: parseInsecureRegistries(options.insecureRegistries ?? []),
            observe: (method, url) => this.stats.record(method, url)
        };
        const credentials = new CredentialLookup({
            explicit: options.credentials,
            dockerConfig: options.dockerConfig,
            mask: options.mask ?? (() => undefined),
            note: options.note ?? (() => undefined)
        });
        this.auth = new Authenticator(this.http, credentials);
    }
    /**
     * A GET/HEAD of `/v2/<repository>/<path>`. `handle` sees every status but 401 (answered by
     * re-authenticating once) and 429/5xx (retried); it runs inside the concurrency slot.
     */
    async request(image, path, method, context, handle, accept) {
        const url = `${registryBaseUrl(image.registry, this.http.insecure)}/v2/${image.repository}/${path}`;
        const headers = accept ? { Accept: accept } : {};
        let authorization = await this.auth.authorization(image.registry, image.repository, context);
        for (let round = 0;; round++) {
            if (authorization)
                headers.Authorization = authorization;
            const result = await exchange({ url, method, headers }, context, this.http, async (response) => {
                if (response.status !== 401)
                    return { value: await handle(response) };
                await discardBody(response);
                return { challenge: response.headers.get('www-authenticate') };
            });
            if ('value' in result)
                return result.value;
            const retry = round === 0
                ? await this.auth.retryAuthorization(image.registry, image.repository, result.challenge, context)
                : undefined;
            if (retry === undefined)
                throw this.unauthorized(image, context);
            authorization = retry;
        }
    }
    /** The error for an unexpected status, with the registry's own explanation when it gave one. */
    async failure(response, image, context) {
        return statusError(response.status, image.registry, context, await remoteErrorText(response));
    }
    unauthorized(image, context) {
        const host = image.registry;
        const has = this.auth.hasCredential(host);
        return new errors_RegistryError({
            ...context,
            status: 401,
            reason: has
                ? `${host} rejected the credentials (HTTP 401)`
                : `${host} requires authentication (HTTP 401)`,
            fix: has
                ? `check the username and password or token given for ${host}`
                : `log in to ${host} (docker login, or the registry credentials input)`
        });
    }
}

;// CONCATENATED MODULE: ./src/registry/client.ts









/**
 * An OCI distribution v2 client for one run, shared by every check. Each manifest (by name and
 * reference; the Accept list is always the same) and each blob is fetched once and shared: concurrent
 * callers get the same promise, failures included, so a dead registry is not asked again and again.
 */
class RegistryClient {
    transport;
    manifests = new Map();
    digests = new Map();
    blobs = new Map();
    referrers = new Map();
    referrersApi = new Map();
    constructor(options = {}) {
        this.transport = new RegistryTransport(options);
    }
    get stats() {
        return this.transport.stats;
    }
    /** The manifest or index at `reference` (default: the image's digest, else its tag, else latest). */
    async getManifest(image, reference = defaultReference(image)) {
        const found = await this.findManifest(image, reference);
        if (found)
            return found;
        throw notFound(image, 'fetch manifest', reference);
    }
    /**
     * Like getManifest, but a 404 is `undefined` (a missing `.sig` or fallback tag is not an error). A
     * tag already resolved by resolveDigest is fetched by that digest, so every check sees the same bytes.
     */
    async findManifest(image, reference, operation = 'fetch manifest') {
        const resolved = digest_isDigest(reference) ? reference : await this.digests.get(cacheKey(image, reference));
        const key = cacheKey(image, resolved ?? reference);
        const cached = this.manifests.get(key);
        if (cached)
            return cached;
        const pending = fetchManifest(this.transport, image, resolved ?? reference, operation);
        this.manifests.set(key, pending);
        if (!resolved) {
            // Once the tag's digest is known, a later lookup by that digest shares this fetch.
            pending.then(found => found && this.manifests.set(cacheKey(image, found.digest), pending), () => undefined);
        }
        return pending;
    }
    /** Tag → digest: from a manifest already fetched, else one HEAD (Docker Hub does not count it as a pull). */
    async resolveDigest(image) {
        if (image.digest)
            return image.digest;
        const reference = defaultReference(image);
        const key = cacheKey(image, reference);
        if (this.manifests.has(key))
            return (await this.getManifest(image, reference)).digest;
        let pending = this.digests.get(key);
        if (!pending) {
            pending = headDigest(this.transport, image, reference).then(async (digest) => digest ?? (await this.getManifest(image, reference)).digest);
            this.digests.set(key, pending);
        }
        return pending;
    }
    /** The image for one platform: an index is resolved to its platform's manifest (default linux/amd64). */
    async resolveImage(image, platform = platform_DEFAULT_PLATFORM) {
        const top = await this.getManifest(image);
        if (top.manifest.kind === 'manifest') {
            return { digest: top.digest, manifestDigest: top.digest, manifest: top.manifest };
        }
        const context = { image: image.original, operation: 'fetch manifest' };
        const entry = platform_selectPlatform(top.manifest, platform);
        if (!entry) {
            const offered = platform_availablePlatforms(top.manifest).join(', ') || 'none';
            throw new errors_RegistryError({
                ...context,
                reason: `the image has no ${platform_formatPlatform(platform)} variant (it has: ${offered})`,
                fix: 'set the platform to one the image is built for'
            });
        }
        const child = await this.getManifest(image, entry.digest);
        if (child.manifest.kind !== 'manifest') {
            throw new errors_RegistryError({
                ...context,
                reason: `malformed index: its ${platform_formatPlatform(platform)} entry is an index, not an image manifest`
            });
        }
        const resolved = { digest: top.digest, manifestDigest: entry.digest, manifest: child.manifest };
        return { ...resolved, index: top.manifest, platform };
    }
    /** The configuration blob a manifest names: at most 8 MiB, digest-verified, parsed. */
    async getConfig(image, manifest) {
        const bytes = await this.getBlob(image, manifest.config, body_Limits.config, 'fetch config');
        const context = { image: image.original, operation: 'fetch config' };
        const config = parseOrFail(() => config_parseImageConfig(bytes), context, 'image config');
        return { digest: manifest.config.digest, bytes, config };
    }
    /** A blob, at most `limit` bytes, verified against the descriptor's digest; shared by digest. */
    getBlob(image, descriptor, limit, operation = 'fetch blob') {
        const key = cacheKey(image, descriptor.digest);
        let pending = this.blobs.get(key);
        if (!pending) {
            pending = fetchBlob(this.transport, image, descriptor, limit, operation);
            this.blobs.set(key, pending);
        }
        return pending;
    }
    /** The artifacts referring to `digest` (referrers API, else the `sha256-<hex>` tag); shared per digest. */
    listReferrers(image, digest, artifactType) {
        const key = `${cacheKey(image, digest)} ${artifactType ?? ''}`;
        let pending = this.referrers.get(key);
        if (!pending) {
            pending = this.fetchReferrers(image, digest, artifactType);
            this.referrers.set(key, pending);
        }
        return pending;
    }
    /**
     * A registry that answered "no referrers API" once is not asked again: the first lookup per registry
     * decides, the others wait for it. Sound because digests are listed only once they resolved, and a
     * registry with the API answers 200 for a known digest even when nothing refers to it.
     */
    async fetchReferrers(image, digest, artifactType) {
        const find = (reference) => this.findManifest(image, reference, 'list referrers');
        const known = this.referrersApi.get(image.registry);
        if (known)
            return fetchReferrers(this.transport, find, image, digest, artifactType, await known);
        const first = fetchReferrers(this.transport, find, image, digest, artifactType, true);
        this.referrersApi.set(image.registry, first.then(r => r.source === 'api', () => true));
        return first;
    }
}
function defaultReference(image) {
    return image.digest ?? image.tag ?? 'latest';
}
function cacheKey(image, reference) {
    return `${image.registry}/${image.repository}@${reference}`;
}

// EXTERNAL MODULE: ./node_modules/p-map/index.js
var p_map = __webpack_require__(606);
;// CONCATENATED MODULE: ./src/registry/resolve-targets.ts


/** At most this many images are resolved at once; the client bounds requests in flight as well. */
const RESOLVE_CONCURRENCY = 8;
/**
 * Resolves every registry image once (tag → digest, index → `platform`'s manifest). Local layouts and
 * archives are the image itself and are not resolved. Failures are returned per image, so the caller
 * can name all of them at once.
 */
async function resolveImageTargets(client, targets, platform) {
    const wanted = platform_parsePlatform(platform);
    const references = targets.flatMap(t => (t.kind === 'reference' ? [t] : []));
    return (0,p_map["default"])(references, async ({ image, reference }) => {
        try {
            const resolved = await client.resolveImage(reference, wanted);
            const name = `${reference.registry}/${reference.repository}`;
            const target = {
                image,
                reference,
                digest: resolved.digest,
                manifestDigest: resolved.manifestDigest,
                platform: resolved.platform ? platform_formatPlatform(resolved.platform) : undefined,
                scanReference: `${name}@${resolved.manifestDigest}`
            };
            return { ok: true, target };
        }
        catch (error) {
            return { ok: false, image, error };
        }
    }, { concurrency: RESOLVE_CONCURRENCY });
}

;// CONCATENATED MODULE: ./src/registry/signatures.ts





/** At most this many signature layers or referrers are read per image; more is not a real image. */
const MAX_SIGNATURES = 32;
/** The legacy `.sig` tag's layers; an image without the tag has no legacy signatures. */
async function listLegacySignatures(client, image, digest) {
    const listing = { signatures: [], skipped: [] };
    const tag = digestTag(digest, '.sig');
    const found = await client.findManifest(image, tag, 'list signatures');
    if (!found)
        return listing;
    if (found.manifest.kind !== 'manifest') {
        throw new errors_RegistryError({
            image: image.original,
            operation: 'list signatures',
            reason: `malformed signature: the tag ${tag} holds an index, not a signature manifest`
        });
    }
    for (const [i, layer] of capped(found.manifest.layers, listing).entries()) {
        if (layer.mediaType !== media_types_MediaType.cosignSimpleSigning) {
            listing.skipped.push({
                digest: layer.digest,
                reason: `layer media type ${layer.mediaType} is not simple signing`
            });
            continue;
        }
        try {
            const payload = await client.getBlob(image, layer, body_Limits.signatureLayer, 'list signatures');
            const a = layer.annotations ?? {};
            listing.signatures.push({
                format: 'legacy',
                source: `${tag} layer ${i + 1}`,
                sigManifestDigest: found.digest,
                layer,
                payload,
                signature: a[CosignAnnotation.signature],
                certificate: a[CosignAnnotation.certificate],
                chain: a[CosignAnnotation.chain],
                rekorBundle: a[CosignAnnotation.bundle],
                rfc3161Timestamp: a[CosignAnnotation.rfc3161timestamp],
                annotations: a
            });
        }
        catch (error) {
            skipOrThrow(error, layer.digest, listing);
        }
    }
    return listing;
}
/** Sigstore bundles among the image's referrers; other referrers (SBOMs, attestations of other kinds) are skipped. */
async function listBundleSignatures(client, image, digest) {
    const listing = { signatures: [], skipped: [] };
    const referrers = await client.listReferrers(image, digest);
    for (const descriptor of capped(referrers.descriptors, listing)) {
        try {
            const { manifest } = await client.getManifest(image, descriptor.digest);
            const problem = manifest.kind === 'manifest' ? notABundle(manifest, digest) : 'it is an index';
            if (problem) {
                listing.skipped.push({ digest: descriptor.digest, reason: problem });
                continue;
            }
            const m = manifest;
            const layer = m.layers.find(l => isSigstoreBundleType(l.mediaType)) ?? m.layers[0];
            const bundle = await client.getBlob(image, layer, body_Limits.signatureLayer, 'list signatures');
            const signature = { referrerDigest: descriptor.digest, artifactType: m.artifactType, layer, bundle };
            const source = `referrer ${descriptor.digest}`;
            listing.signatures.push({ format: 'bundle', source, ...signature, annotations: m.annotations ?? {} });
        }
        catch (error) {
            skipOrThrow(error, descriptor.digest, listing);
        }
    }
    return listing;
}
/** Why a referrer manifest is not a bundle signature of this image, or undefined when it is. */
function notABundle(manifest, digest) {
    if (manifest.subject?.digest !== digest)
        return `its subject is ${manifest.subject?.digest ?? 'missing'}, not ${digest}`;
    const types = [manifest.artifactType, manifest.config.mediaType, ...manifest.layers.map(l => l.mediaType)];
    if (!types.some(isSigstoreBundleType))
        return `artifact type ${manifest.artifactType ?? 'none'} is not a Sigstore bundle`;
    if (manifest.layers.length === 0)
        return 'it has no layer';
    return undefined;
}
function capped(items, listing) {
    if (items.length > MAX_SIGNATURES) {
        listing.skipped.push({
            digest: '',
            reason: `${items.length - MAX_SIGNATURES} more beyond the first ${MAX_SIGNATURES} were not read`
        });
    }
    return items.slice(0, MAX_SIGNATURES);
}
/**
 * One unreadable signature (oversized, digest mismatch, malformed, gone) must not hide the others, so
 * content problems are skipped with their reason; the registry being unreachable or refusing access
 * stops the listing.
 */
function skipOrThrow(error, digest, listing) {
    if (!(error instanceof errors_RegistryError) || (error.kind !== 'content' && error.status !== 404))
        throw error;
    listing.skipped.push({ digest, reason: (0,src_errors/* errorMessage */.gJ)(error) });
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/registry/local/common.ts



function common_localError(source, reason, fix) {
    return new RegistryError({ image: source, operation: 'read local image', reason, fix, kind: 'content' });
}
/** Runs a parse of local bytes, turning MalformedContent into a RegistryError naming the file. */
function common_parseLocal(source, file, parse) {
    try {
        return parse();
    }
    catch (error) {
        if (error instanceof MalformedContent)
            throw common_localError(source, `${file}: ${error.message}`);
        throw error;
    }
}
function common_configOf(source, file, digest, bytes) {
    return { digest, bytes, config: common_parseLocal(source, file, () => parseImageConfig(bytes)) };
}

;// CONCATENATED MODULE: ./src/registry/local/docker-archive.ts







/**
 * An image from a `docker save` / `skopeo copy … docker-archive:` tarball: manifest.json → config.
 * Such archives have no registry manifest, so the digest is the config's (docker's image ID) and the
 * manifest is made up of the config descriptor alone.
 */
async function docker_archive_readDockerArchive(source, file, reference) {
    let handle;
    try {
        handle = await open(file, 'r');
    }
    catch {
        throw localError(source, `${file} does not exist or cannot be read`, 'check the path to the archive');
    }
    try {
        const entries = await listTar(handle).catch(error => {
            throw localError(source, `${file}: ${error instanceof Error ? error.message : String(error)}`);
        });
        const read = async (name, limit) => {
            const entry = resolveLink(entries, normalize(name));
            if (!entry)
                throw localError(source, `the archive has no ${name}`);
            if (entry.size > limit)
                throw localError(source, `${name} in the archive is larger than ${limit / (1024 * 1024)} MiB`);
            return readBody(handle, entry.offset, entry.size);
        };
        const manifestBytes = await read('manifest.json', Limits.manifest);
        const images = parseLocal(source, 'manifest.json', () => parseArchiveManifest(manifestBytes));
        const image = pickImage(source, images, reference);
        const configBytes = await read(image.Config, Limits.config);
        const digest = digestOf(configBytes);
        const manifest = {
            kind: 'manifest',
            mediaType: MediaType.dockerManifest,
            config: { mediaType: MediaType.dockerConfig, digest, size: configBytes.length },
            layers: []
        };
        const config = configOf(source, image.Config, digest, configBytes);
        return { source, digest, manifestDigest: digest, manifest, config };
    }
    finally {
        await handle.close();
    }
}
/** docker save ≥ 25 stores legacy paths as symlinks into blobs/; one hop is all it uses. */
function resolveLink(entries, name) {
    const entry = entries.get(name);
    if (entry?.type !== '2')
        return entry;
    const base = name.includes('/') ? name.slice(0, name.lastIndexOf('/') + 1) : '';
    const target = entry.linkname.startsWith('/') ? entry.linkname.slice(1) : base + entry.linkname;
    const resolved = entries.get(normalize(target.replace(/[^/]+\/\.\.\//g, '')));
    return resolved?.type === '2' ? undefined : resolved;
}
function parseArchiveManifest(bytes) {
    let json;
    try {
        json = JSON.parse(new TextDecoder().decode(bytes));
    }
    catch {
        parseJsonObject(bytes, 'manifest.json'); // throws the precise JSON error
    }
    if (!Array.isArray(json) || json.length === 0)
        throw new MalformedContent('is not a non-empty array of images');
    return json.map((entry, i) => {
        if (!isObject(entry) || typeof entry.Config !== 'string')
            throw new MalformedContent(`[${i}].Config is missing`);
        const tags = Array.isArray(entry.RepoTags)
            ? entry.RepoTags.filter((t) => typeof t === 'string')
            : [];
        return { Config: entry.Config, RepoTags: tags };
    });
}
function pickImage(source, images, reference) {
    const tags = images.flatMap(i => i.RepoTags);
    if (reference !== undefined) {
        const found = images.find(i => i.RepoTags.includes(reference));
        if (found)
            return found;
        throw localError(source, `the archive has no image "${reference}" (it has: ${tags.join(', ') || 'no tags'})`);
    }
    if (images.length === 1)
        return images[0];
    throw localError(source, `the archive holds ${images.length} images; name one with docker-archive:PATH:NAME:TAG (${tags.join(', ')})`);
}

;// CONCATENATED MODULE: ./src/registry/local/oci-layout.ts








const REF_NAME = 'org.opencontainers.image.ref.name';
/**
 * An image from an OCI image layout directory (umoci, `skopeo copy … oci:`, buildx `type=oci`):
 * index.json → (platform index →) manifest → config, each blob size-capped and digest-verified, as
 * from a registry.
 */
function oci_layout_readOciLayout(source, dir, tag, platform) {
    const indexBytes = readFileCapped(source, path.join(dir, 'index.json'), Limits.manifest);
    const top = parseLocal(source, 'index.json', () => parseManifest(indexBytes, MediaType.ociIndex));
    if (top.kind !== 'index')
        throw localError(source, 'index.json is not an image index');
    const entry = pickEntry(source, top.manifests, tag);
    const first = readManifest(source, dir, entry);
    let chosen = entry;
    if (first.kind === 'index') {
        const match = selectPlatform(first, platform);
        if (!match) {
            const offered = availablePlatforms(first).join(', ') || 'none';
            throw localError(source, `the image has no ${formatPlatform(platform)} variant (it has: ${offered})`);
        }
        chosen = match;
    }
    const manifest = chosen === entry ? first : readManifest(source, dir, chosen);
    if (manifest.kind !== 'manifest')
        throw localError(source, `${chosen.digest} is an index, not an image manifest`);
    const configBytes = readBlob(source, dir, manifest.config, Limits.config);
    const index = first.kind === 'index' ? first : undefined;
    return {
        source,
        digest: entry.digest,
        manifestDigest: chosen.digest,
        manifest,
        index,
        platform: index ? platform : undefined,
        config: configOf(source, `config ${manifest.config.digest}`, manifest.config.digest, configBytes)
    };
}
function pickEntry(source, entries, tag) {
    const tags = entries.flatMap(e => (e.annotations?.[REF_NAME] ? [e.annotations[REF_NAME]] : []));
    if (tag !== undefined) {
        const found = entries.find(e => e.annotations?.[REF_NAME] === tag);
        if (found)
            return found;
        throw localError(source, `the layout has no image tagged "${tag}" (it has: ${tags.join(', ') || 'no tags'})`);
    }
    if (entries.length === 1)
        return entries[0];
    const listed = tags.join(', ') || 'none';
    throw localError(source, `the layout holds ${entries.length} images; name one with oci-layout:PATH:TAG (tags: ${listed})`);
}
function readManifest(source, dir, descriptor) {
    const bytes = readBlob(source, dir, descriptor, Limits.manifest);
    return parseLocal(source, `manifest ${descriptor.digest}`, () => parseManifest(bytes, descriptor.mediaType));
}
/** `blobs/<alg>/<hex>`; the digest is validated first, so the path cannot leave the layout. */
function readBlob(source, dir, descriptor, limit) {
    if (!isDigest(descriptor.digest))
        throw localError(source, `invalid digest ${descriptor.digest}`);
    const [algorithm, hex] = descriptor.digest.split(':');
    const bytes = readFileCapped(source, path.join(dir, 'blobs', algorithm, hex), limit);
    if (digestOf(bytes, descriptor.digest) !== descriptor.digest) {
        throw localError(source, `digest mismatch: blob ${descriptor.digest} does not hash to its name`);
    }
    return bytes;
}
/** Reads a local file of at most `limit` bytes; a missing or larger file is a clear error. */
function readFileCapped(source, file, limit) {
    let size;
    try {
        size = statSync(file).size;
    }
    catch {
        throw localError(source, `${file} does not exist`, 'check the path to the image');
    }
    if (size > limit)
        throw localError(source, `${file} is larger than the ${limit / (1024 * 1024)} MiB imagegate reads`);
    return readFileSync(file);
}

;// CONCATENATED MODULE: ./src/registry/local/index.ts




/**
 * `oci-layout:PATH[:TAG]` or `docker-archive:PATH[:NAME:TAG]` (skopeo's transports), else undefined.
 * The path is the longest prefix before a colon that exists on disk, so paths with colons work and a
 * reference may hold colons and slashes (`docker-archive:a.tar:ghcr.io/org/app:1.0`).
 */
function parseLocalImageSource(text) {
    const match = /^(oci-layout|docker-archive):(.+)$/.exec(text);
    if (!match)
        return undefined;
    const kind = match[1];
    const rest = match[2];
    if (existsSync(rest))
        return { kind, path: rest, text };
    for (let colon = rest.lastIndexOf(':'); colon > 0; colon = rest.lastIndexOf(':', colon - 1)) {
        if (existsSync(rest.slice(0, colon)))
            return { kind, path: rest.slice(0, colon), reference: rest.slice(colon + 1), text };
    }
    // Nothing exists: keep the whole text as the path, so the error names what was written.
    return { kind, path: rest, text };
}
/** Reads a local image for one platform (an OCI layout's index may hold several). */
async function readLocalImage(source, platform = DEFAULT_PLATFORM) {
    return source.kind === 'oci-layout'
        ? readOciLayout(source.text, source.path, source.reference, platform)
        : readDockerArchive(source.text, source.path, source.reference);
}

;// CONCATENATED MODULE: ./src/registry/index.ts
/** The registry capability: checks and the gate import it from here. */










// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
;// CONCATENATED MODULE: ./src/dockerfile/budget.ts

/**
 * Real Dockerfiles stay far below every figure (large ones have a few hundred instructions and a dozen
 * stages); a file past one is generated or hostile, and is reported where it went over instead of
 * analysed, so its size can never cost the run minutes or gigabytes. Tests and the scaling benchmark pass
 * larger ones, to time the analysis itself.
 */
const DOCKERFILE_BUDGET = {
    bytes: 1024 * 1024,
    lines: 50_000,
    instructions: 10_000,
    stages: 1_000,
    runLength: 64 * 1024
};
const STOPPED = 'imagegate stopped analysing the file there; split the Dockerfile';
/** Why a file over the byte budget is not read: `it is 1.5 MiB, over the 1 MiB limit for a Dockerfile`. */
function tooLarge(bytes) {
    return `it is ${(bytes / 1024 / 1024).toFixed(1)} MiB, over the 1 MiB limit for a Dockerfile`;
}
/** Counted on the text, before parsing. */
function overLineBudget(content, budget) {
    let line = 1;
    for (let at = content.indexOf('\n'); at !== -1; at = content.indexOf('\n', at + 1)) {
        // A final line break does not start a line.
        if (++line > budget.lines && at + 1 < content.length) {
            const message = `has more than ${(0,util_text/* formatCount */.B4)(budget.lines)} lines, imagegate's budget; ${STOPPED}`;
            return { budget: 'lines', line, column: 1, message };
        }
    }
    return undefined;
}
/** Instructions, stages and RUN length, on the parsed file: the budget the file goes over first. */
function overParsedBudget(ast, content, budget) {
    const instructions = ast.getInstructions();
    const excesses = [];
    const extra = instructions[budget.instructions];
    if (extra !== undefined) {
        const limit = (0,util_text/* formatCount */.B4)(budget.instructions);
        const message = `has more than ${limit} instructions, imagegate's budget; ${STOPPED}`;
        excesses.push({ budget: 'instructions', ...startOf(extra), message });
    }
    const extraStage = ast.getFROMs()[budget.stages];
    if (extraStage !== undefined) {
        const limit = (0,util_text/* formatCount */.B4)(budget.stages);
        const message = `has more than ${limit} stages (FROM instructions), imagegate's budget; ${STOPPED}`;
        excesses.push({ budget: 'stages', ...startOf(extraStage), message });
    }
    const long = longInstruction(instructions.slice(0, budget.instructions), content, budget);
    if (long !== undefined)
        excesses.push(long);
    return excesses.sort((a, b) => a.line - b.line)[0];
}
/** The first RUN (or ONBUILD) longer than the budget. */
function longInstruction(instructions, content, budget) {
    const lineStarts = lineStartOffsets(content);
    for (const instruction of instructions) {
        const keyword = instruction.getKeyword().toUpperCase();
        if (keyword !== 'RUN' && keyword !== 'ONBUILD')
            continue;
        const { start, end } = instruction.getRange();
        const length = lineStarts[end.line] + end.character - (lineStarts[start.line] + start.character);
        if (length > budget.runLength) {
            const size = `${(0,util_text/* formatCount */.B4)(Math.ceil(length / 1024))} KiB`;
            const what = keyword === 'RUN' ? 'a RUN' : 'an ONBUILD';
            const limit = `${(0,util_text/* formatCount */.B4)(budget.runLength / 1024)} KiB`;
            const message = `has ${what} of ${size}, over imagegate's budget of ${limit} per instruction; imagegate stopped analysing the file there; put the script in a file and COPY it`;
            return { budget: 'runLength', ...startOf(instruction), message };
        }
    }
    return undefined;
}
function startOf(instruction) {
    const { start } = instruction.getRange();
    return { line: start.line + 1, column: start.character + 1 };
}
/** Offset of the first character of each 0-based line. */
function lineStartOffsets(content) {
    const starts = [0];
    for (let at = content.indexOf('\n'); at !== -1; at = content.indexOf('\n', at + 1))
        starts.push(at + 1);
    return starts;
}

// EXTERNAL MODULE: ./src/util/paths.ts
var paths = __webpack_require__(24964);
// EXTERNAL MODULE: ./src/dockerfile/substitute.ts
var substitute = __webpack_require__(91424);
;// CONCATENATED MODULE: ./src/dockerfile/parse.ts






const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;
/** Label for reports: relative to the working directory, forward slashes. */
function dockerfileLabel(file, workingDirectory) {
    return (0,paths/* posixRelative */.q)(workingDirectory, external_node_path_.resolve(workingDirectory, file));
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
                : `it cannot be read (${(0,src_errors/* errorMessage */.gJ)(error)})`;
        throw new src_errors/* ConfigError */.xL(`Dockerfile "${dockerfileLabel(file, workingDirectory)}": ${why}`);
    }
}
async function loadDockerfile(file, workingDirectory) {
    const label = dockerfileLabel(file, workingDirectory);
    // Checked before reading, so a huge file is never loaded; a missing one is readDockerfile's to report.
    const size = await (0,promises_.stat)(external_node_path_.resolve(workingDirectory, file)).then(stats => stats.size, () => 0);
    if (size > DOCKERFILE_BUDGET.bytes) {
        const problems = [{ line: 1, message: `was not checked: ${tooLarge(size)}` }];
        return { file: label, escapeChar: '\\', globalArgs: new Map(), froms: [], problems };
    }
    const text = await readDockerfile(file, workingDirectory);
    return { file: label, ...(await parseDockerfile(text)) };
}
let dockerfileAst;
/** Imported lazily (~40 ms to load, and the CLI may not need it), and once: the linter parses many files. */
function loadDockerfileAst() {
    dockerfileAst ??= __webpack_require__.e(/* import() */ 279).then(__webpack_require__.bind(__webpack_require__, 78390));
    return dockerfileAst;
}
/** Parses Dockerfile text. Never throws for bad content: problems come back as data with their line. */
async function parseDockerfile(text, budget = DOCKERFILE_BUDGET) {
    const { DockerfileParser } = await loadDockerfileAst();
    // A BOM would shift every column on line 1 and hide an `# escape=` directive.
    const content = text.startsWith('\uFEFF') ? text.slice(1) : text;
    const overLines = overLineBudget(content, budget);
    if (overLines !== undefined)
        return overBudgetResult(overLines, '\\');
    let ast;
    try {
        ast = DockerfileParser.parse(content);
    }
    catch (error) {
        const problems = [{ line: 1, message: `could not be parsed: ${(0,src_errors/* errorMessage */.gJ)(error)}` }];
        return { escapeChar: '\\', globalArgs: new Map(), froms: [], problems };
    }
    const escapeChar = ast.getEscapeCharacter();
    const overBudget = overParsedBudget(ast, content, budget);
    if (overBudget !== undefined)
        return overBudgetResult(overBudget, escapeChar, ast);
    const { args: globalArgs, overLimit } = collectGlobalArgs(ast, escapeChar);
    const stages = new Set();
    const froms = ast.getFROMs().map(from => describeFrom(from, globalArgs, stages, escapeChar));
    return { escapeChar, globalArgs, froms, problems: [], ast, argsOverLimit: overLimit };
}
function overBudgetResult(overBudget, escapeChar, ast) {
    const problems = [{ line: overBudget.line, message: overBudget.message }];
    return { escapeChar, globalArgs: new Map(), froms: [], problems, overBudget, ...(ast ? { ast } : {}) };
}
/** Later ARGs may use earlier ones (`ARG IMAGE=${BASE}:1`), as in BuildKit's meta-arg scope. */
function collectGlobalArgs(ast, escapeChar) {
    const args = new Map();
    const overLimit = [];
    // An ARG using one that went over the limit carries the same cause: reported once, where it happened.
    const reported = new Set();
    for (const arg of ast.getInitialARGs()) {
        for (const property of arg.getProperties()) {
            const raw = property.getValue();
            if (raw === null) {
                args.set(property.getName(), { kind: 'unset' });
                continue;
            }
            const expanded = (0,substitute/* expandWord */.V)(raw, args, escapeChar);
            if (!expanded.ok && expanded.cause.reason === 'too-long' && !reported.has(expanded.cause)) {
                reported.add(expanded.cause);
                const { start } = property.getNameRange();
                overLimit.push({ name: property.getName(), line: start.line + 1, column: start.character + 1 });
            }
            args.set(property.getName(), expanded.ok ? { kind: 'value', value: expanded.value } : { kind: 'unresolved', cause: expanded.cause });
        }
    }
    return { args, overLimit };
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
    const expanded = (0,substitute/* expandWord */.V)(rawImage, globalArgs, escapeChar);
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

// EXTERNAL MODULE: ./src/image/reference.ts
var image_reference = __webpack_require__(23564);
;// CONCATENATED MODULE: ./src/image/source.ts



const OCI_LAYOUT = 'oci-layout:';
const DOCKER_ARCHIVE = 'docker-archive:';
/**
 * Every input image as a target, paths resolved against the working directory. All invalid inputs are
 * reported together, as one ConfigError: `-q`, `dir:/` or `file:x` would otherwise reach a scanner as a
 * flag or as one of its own source schemes.
 */
function parseImageTargets(images, workingDirectory) {
    const parsed = images.map(image => parseOne(image, workingDirectory));
    (0,src_errors/* throwIfProblems */.W8)(parsed.flatMap(p => ('problem' in p ? [p.problem] : [])));
    return parsed.flatMap(p => ('target' in p ? [p.target] : []));
}
/** One input image; throws a ConfigError when it is invalid. */
function parseImageTarget(image, workingDirectory) {
    return parseImageTargets([image], workingDirectory)[0];
}
/** A `:tag` suffix is only split off a layout path's last segment. */
function parseOne(image, workingDirectory) {
    const local = image.startsWith(DOCKER_ARCHIVE)
        ? DOCKER_ARCHIVE
        : image.startsWith(OCI_LAYOUT)
            ? OCI_LAYOUT
            : '';
    if (local !== '' && image.length === local.length) {
        return { problem: { message: `image "${image}" names no path` } };
    }
    if (local === DOCKER_ARCHIVE) {
        return {
            target: {
                kind: 'docker-archive',
                image,
                path: external_node_path_.resolve(workingDirectory, image.slice(local.length))
            }
        };
    }
    if (local === OCI_LAYOUT) {
        const rest = image.slice(OCI_LAYOUT.length);
        const colon = rest.lastIndexOf(':');
        const hasTag = colon > rest.lastIndexOf('/') && colon > 0;
        const layout = external_node_path_.resolve(workingDirectory, hasTag ? rest.slice(0, colon) : rest);
        return {
            target: { kind: 'oci-layout', image, path: layout, tag: hasTag ? rest.slice(colon + 1) : undefined }
        };
    }
    const parsed = (0,image_reference/* tryParseImageReference */.tj)(image);
    if (!parsed.ok)
        return { problem: (0,image_reference/* invalidReference */.n3)(image, parsed)[0] };
    return { target: { kind: 'reference', image, reference: parsed.reference } };
}

;// CONCATENATED MODULE: ./src/model/check.ts

/** The target the scanners get: a registry image by the digest the gate resolved, when it did. */
function scanTarget(context, target) {
    const resolved = context.resolved?.get(target.image);
    return target.kind === 'reference' && resolved ? { ...target, pinned: resolved.scanReference } : target;
}
/** The gate's parsed targets; a check run on its own (tests) parses the images itself. */
function imageTargets(context) {
    return context.targets ?? parseImageTargets(context.images, context.workingDirectory);
}
/** A check whose `run` is its prepare step followed by the work. */
function preparedCheck(check) {
    return { ...check, run: async (context) => (await check.prepare(context))() };
}

;// CONCATENATED MODULE: ./src/util/concurrency.ts

/**
 * Files one stage opens at once. Far below the usual `ulimit -n` (256 on macOS, 1,024 on Linux runners)
 * even with every check reading side by side, and enough to keep the disk busy.
 */
const FILES_AT_ONCE = 16;
/** `Promise.all(items.map(work))` with at most FILES_AT_ONCE calls in flight; results keep their order. */
function mapFiles(items, work) {
    return (0,p_map["default"])(items, item => work(item), { concurrency: FILES_AT_ONCE });
}
/** EMFILE and ENFILE: the runner's open-file limit, never the fault of the file being read. */
function isOpenFileLimit(error) {
    const code = error?.code;
    return code === 'EMFILE' || code === 'ENFILE';
}
/** A runtime error (exit 2) that says what to do, instead of a finding against an innocent file. */
function openFileLimitError(file, error) {
    const code = error.code;
    return new Error(`the system ran out of open files (${code}) while reading ${file}; ` +
        'raise the limit (`ulimit -n 4096`) or match fewer Dockerfiles, then run again');
}

;// CONCATENATED MODULE: ./src/policy/types.ts
/** hadolint's levels, kept so people who know hadolint can write `DL3008: warning`. */
const LINT_LEVELS = ['error', 'warning', 'info', 'style'];

// EXTERNAL MODULE: ./src/util/yaml/positions.ts
var positions = __webpack_require__(88286);
;// CONCATENATED MODULE: ./src/checks/lint/hadolint-config.ts





const HADOLINT_CONFIG_NAMES = ['.hadolint.yaml', '.hadolint.yml'];
/** Reads `.hadolint.yaml` (or `.yml`) from the working directory; undefined when there is none. */
async function loadHadolintConfig(workingDirectory) {
    for (const name of HADOLINT_CONFIG_NAMES) {
        let text;
        try {
            text = await (0,promises_.readFile)(external_node_path_.join(workingDirectory, name), 'utf8');
        }
        catch (error) {
            if (error.code === 'ENOENT')
                continue;
            throw new src_errors/* ConfigError */.xL(`${name}: cannot be read (${(0,src_errors/* errorMessage */.gJ)(error)})`, [
                { message: `cannot be read (${(0,src_errors/* errorMessage */.gJ)(error)})`, position: { file: name } }
            ]);
        }
        return parseHadolintConfig(text, name);
    }
    return undefined;
}
/** Parses hadolint's config format; a mistake is a ConfigError naming the file and key. */
function parseHadolintConfig(text, file) {
    const config = {
        file,
        rules: {},
        trustedRegistries: [],
        labelSchema: {},
        strictLabels: false
    };
    // The YAML reader policies and ignore files use: a syntax error names line and column.
    const { value: data, index } = (0,positions/* parseYamlWithPositions */.$)(text, file, '.hadolint.yaml');
    const fail = (key, message) => failAt(file, index, key, message);
    if (data === undefined || data === null)
        return config;
    if (typeof data !== 'object' || Array.isArray(data))
        fail('', 'must be a mapping of keys to values');
    const record = data;
    for (const rule of stringList(record.ignored, 'ignored', fail))
        config.rules[rule.toUpperCase()] = 'off';
    const override = record.override ?? {};
    if (typeof override !== 'object' || override === null || Array.isArray(override)) {
        fail('override', 'must map levels (error, warning, info, style) to lists of rule ids');
    }
    for (const [level, rules] of Object.entries(override)) {
        if (!LINT_LEVELS.includes(level)) {
            fail(`override.${level}`, `is not a level; use one of ${LINT_LEVELS.join(', ')}`);
        }
        for (const rule of stringList(rules, `override.${level}`, fail)) {
            // hadolint's `ignored` wins over `override`, as it does in hadolint.
            if (config.rules[rule.toUpperCase()] !== 'off')
                config.rules[rule.toUpperCase()] = level;
        }
    }
    config.trustedRegistries = stringList(record.trustedRegistries, 'trustedRegistries', fail);
    const schema = record['label-schema'] ?? {};
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
        fail('label-schema', 'must map label names to types (text, url, semver, rfc3339, hash, spdx, email)');
    }
    for (const [label, type] of Object.entries(schema))
        config.labelSchema[label] = String(type);
    config.strictLabels = record['strict-labels'] === true;
    return config;
}
function stringList(value, key, fail) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value) || !value.every(item => typeof item === 'string')) {
        fail(key, 'must be a list of strings');
    }
    return value;
}
/** A ConfigError naming the file, the key and, where the YAML has it, the key's line and column. */
function failAt(file, index, key, message) {
    const text = key === '' ? message : `${key}: ${message}`;
    const point = key === '' ? undefined : index.keyAt(key.split('.'));
    const position = { file, ...point, ...(key ? { field: key } : {}) };
    throw new src_errors/* ConfigError */.xL(`${file}: ${text}`, [{ message, position }]);
}

// EXTERNAL MODULE: ./src/policy/levels.ts
var levels = __webpack_require__(25831);
// EXTERNAL MODULE: ./src/model/rule.ts
var model_rule = __webpack_require__(71799);
// EXTERNAL MODULE: ./src/model/rule-equivalents.ts
var rule_equivalents = __webpack_require__(93439);
;// CONCATENATED MODULE: ./src/checks/lint/shell/heredoc.ts
/** Interpreters whose heredoc script is shell, so its commands are linted like any other RUN command. */
const SHELL_INTERPRETERS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh', 'busybox']);
/**
 * The shell script a heredoc body holds, or undefined when its shebang names another language
 * (`#!/usr/bin/env python3`): BuildKit runs a `RUN <<EOF` body with its shebang when it has one.
 */
function heredocScript(body) {
    if (!body.startsWith('#!'))
        return body;
    const interpreter = shebangInterpreter(body.slice(2, body.indexOf('\n') === -1 ? undefined : body.indexOf('\n')));
    return SHELL_INTERPRETERS.has(interpreter) ? body : undefined;
}
/** `/usr/bin/env bash -e` → `bash`; `/bin/sh` → `sh`. */
function shebangInterpreter(line) {
    const words = line.trim().split(/\s+/);
    const program = words[0]?.split('/').pop() ?? '';
    if (program !== 'env')
        return program;
    return (words
        .slice(1)
        .find(word => !word.startsWith('-'))
        ?.split('/')
        .pop() ?? '');
}

;// CONCATENATED MODULE: ./src/checks/lint/shell/raw-ast.ts
/**
 * Fast access to the syntax tree mvdan-sh builds. Its public objects are reflection wrappers: every field
 * read costs about 0.3 ms, so walking one RUN took 10 ms. Each wrapper holds the GopherJS value it wraps in
 * `__internal_object__`, whose fields are plain properties (Go names) and whose slices are
 * `{$array, $offset, $length}`; reading those is as fast as any JavaScript object. mvdan-sh is pinned
 * (0.10.1, a frozen GopherJS build), and `__tests__/lint/shell/parse.test.ts` fails if this layout changes.
 */
const NODE_PREFIX = '*syntax.';
/** The wrapped GopherJS value of a public mvdan-sh object. */
function rawNode(wrapper) {
    const raw = wrapper?.__internal_object__;
    if (raw === undefined || typeOf(raw) === undefined)
        throw new Error('mvdan-sh returned a tree of an unknown shape');
    return raw;
}
/** `CallExpr` for a `*syntax.CallExpr`; undefined for nil pointers and anything that is not a node. */
function typeOf(value) {
    if (value === null || typeof value !== 'object')
        return undefined;
    const constructor = value.constructor;
    const type = nodeTypeOf(constructor);
    // A nil *T is T's shared `nil` object, whose fields throw when read.
    if (type === undefined || constructor.nil === value)
        return undefined;
    return type;
}
/** Node type names by GopherJS type: a walk asks for every value it meets, over a few dozen types. */
const nodeTypes = new Map();
function nodeTypeOf(constructor) {
    let type = nodeTypes.get(constructor);
    if (type === undefined && !nodeTypes.has(constructor)) {
        const name = constructor?.string;
        type = name !== undefined && name.startsWith(NODE_PREFIX) ? name.slice(NODE_PREFIX.length) : undefined;
        nodeTypes.set(constructor, type);
    }
    return type;
}
function isSlice(value) {
    return value !== null && typeof value === 'object' && '$array' in value;
}
/** The nodes of a Go slice field (`Args`, `Parts`, `Stmts`); empty for nil. */
function nodes(value) {
    if (!isSlice(value))
        return [];
    const out = [];
    for (let i = 0; i < value.$length; i++) {
        const item = value.$array[value.$offset + i];
        if (typeOf(item) !== undefined)
            out.push(item);
    }
    return out;
}
/** A pointer field (`Cmd`, `Hdoc`, `X`), or undefined when it is nil. */
function child(value) {
    return typeOf(value) === undefined ? undefined : value;
}
/** Nodes without nodes inside: most of a tree, so not looking into them saves a third of the walk. */
const LEAVES = new Set(['Lit', 'SglQuoted', 'Comment']);
/**
 * Depth-first, in field order (which is source order for the parts of a node). `visit` returning false
 * skips the node's children. An explicit stack, not recursion: `a && b && …` nests as deep as it is long,
 * and 3000 commands overflowed the call stack.
 */
function walk(node, visit) {
    const type = typeOf(node);
    if (type === undefined)
        return;
    // Parallel stacks of nodes still to visit and their types (known, so never worked out twice).
    const pending = [node];
    const types = [type];
    while (pending.length > 0) {
        const current = pending.pop();
        const currentType = types.pop();
        if (!visit(current, currentType) || LEAVES.has(currentType))
            continue;
        // Children pushed last field first, last item first, so they come off the stack in field order.
        const keys = Object.keys(current);
        for (let k = keys.length - 1; k >= 0; k--) {
            if (keys[k] === '$val')
                continue;
            const value = current[keys[k]];
            if (isSlice(value)) {
                for (let i = value.$length - 1; i >= 0; i--)
                    push(value.$array[value.$offset + i], pending, types);
            }
            else {
                push(value, pending, types);
            }
        }
    }
}
function push(value, pending, types) {
    const type = typeOf(value);
    if (type === undefined)
        return;
    pending.push(value);
    types.push(type);
}

;// CONCATENATED MODULE: ./src/checks/lint/shell/words.ts

/**
 * The script text with mvdan/sh's byte offsets (UTF-8) turned into string indexes. Only scripts with
 * non-ASCII characters pay for the table.
 */
class SourceText {
    text;
    charAt;
    constructor(text) {
        this.text = text;
        // eslint-disable-next-line no-control-regex
        this.charAt = /[^\x00-\x7f]/.test(text) ? byteToCharTable(text) : undefined;
    }
    charOffset(byteOffset) {
        if (this.charAt === undefined)
            return byteOffset;
        return this.charAt[Math.min(byteOffset, this.charAt.length - 1)] ?? this.text.length;
    }
    slice(node) {
        return this.text.slice(this.charOffset(node.Pos().Offset()), this.charOffset(node.End().Offset()));
    }
}
function byteToCharTable(text) {
    const table = [];
    let index = 0;
    for (const char of text) {
        const bytes = Buffer.byteLength(char, 'utf8');
        for (let i = 0; i < bytes; i++)
            table.push(index);
        index += char.length;
    }
    table.push(index);
    return table;
}
/**
 * A word as the command sees it: quotes removed, backslash escapes resolved. Expansions (`$FOO`, `$(…)`)
 * keep their source text and make the word non-literal, since their value is only known at build time.
 */
function wordOf(word, source) {
    return partsOf(word.Parts, source, false);
}
/** The parts of a word, or of a `"…"` inside it, joined. */
function partsOf(parts, source, quoted) {
    let value = '';
    let literal = true;
    for (const part of nodes(parts)) {
        const piece = partOf(part, source, quoted);
        value += piece.value;
        literal &&= piece.literal;
    }
    return { value, literal };
}
function partOf(part, source, quoted) {
    switch (typeOf(part)) {
        case 'Lit':
            return {
                value: quoted ? unescapeQuoted(part.Value) : words_unescape(part.Value),
                literal: true
            };
        case 'SglQuoted':
            return { value: part.Value, literal: true };
        case 'DblQuoted':
            return partsOf(part.Parts, source, true);
        default:
            return { value: source.slice(part), literal: false };
    }
}
/** Outside quotes a backslash quotes the next character; backslash-newline joins lines. */
function words_unescape(text) {
    return text.includes('\\') ? text.replace(/\\\n/g, '').replace(/\\(.)/gs, '$1') : text;
}
/** Inside double quotes a backslash only escapes `$`, backtick, `"`, `\` and newline. */
function unescapeQuoted(text) {
    return text.includes('\\') ? text.replace(/\\\n/g, '').replace(/\\([$`"\\])/g, '$1') : text;
}

;// CONCATENATED MODULE: ./src/checks/lint/shell/parse.ts



/** mvdan/sh BinaryCmd operators (syntax.Pipe, syntax.PipeAll) and heredoc redirects (Hdoc, DashHdoc). */
const PIPE_OPS = new Set([12, 13]);
const HEREDOC_OPS = new Set([61, 62]);
/** A heredoc fed to a shell holds a script of its own; deeper nesting than this is not worth following. */
const MAX_HEREDOC_DEPTH = 3;
const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh']);
let loading;
/**
 * mvdan-sh (a GopherJS build of mvdan/sh) rather than sh-syntax: sh-syntax's JSON AST carries only
 * positions, not words, and its WASM file is not found once ncc has bundled the action. Loaded lazily:
 * the parser is 1.5 MB of JavaScript that a run without RUN instructions never needs.
 */
function load() {
    loading ??= __webpack_require__.e(/* import() */ 914).then(__webpack_require__.t.bind(__webpack_require__, 62914, 23)).then(({ default: { syntax } }) => 
    // Bash, as hadolint parses: a superset of POSIX sh, so bash-only syntax under SHELL bash still parses.
    syntax.NewParser(syntax.KeepComments(false), syntax.Variant(syntax.LangBash)));
    return loading;
}
/**
 * Parses a RUN script into its simple commands, including those inside `$(…)`, subshells, control
 * structures and heredocs fed to a shell (`RUN <<EOF`, `RUN bash <<EOF`). Never throws: a script that does
 * not parse comes back with `parseError` set and no commands, so rules that need the AST stay silent.
 */
async function parseShell(script) {
    try {
        return { commands: collect(await load(), script, 0) };
    }
    catch (error) {
        return { commands: [], parseError: goErrorMessage(error) };
    }
}
function collect(parser, script, depth) {
    const source = new SourceText(script);
    // The tree is read before the next Parse: the parser reuses its node memory.
    const file = rawNode(parser.Parse(script, ''));
    const commands = [];
    const pipelineOf = new Map();
    const nestedPipes = new Set();
    const heredocs = [];
    let pipelines = 0;
    walk(file, (node, type) => {
        if (type === 'BinaryCmd' && PIPE_OPS.has(node.Op) && !nestedPipes.has(node.Pos().Offset())) {
            const pipeline = pipelines++;
            for (const stage of pipeStages(node, nestedPipes))
                pipelineOf.set(stage, pipeline);
        }
        else if (type === 'Stmt' && depth < MAX_HEREDOC_DEPTH) {
            heredocs.push(...shellHeredocs(node, source));
        }
        else if (type === 'CallExpr') {
            const args = nodes(node.Args).map(word => wordOf(word, source));
            const start = node.Pos().Offset();
            const pipeline = pipelineOf.get(start);
            commands.push({
                name: args[0]?.value ?? '',
                args: args.slice(1),
                inPipeline: pipeline !== undefined,
                pipeline: pipeline ?? pipelines++,
                offset: source.charOffset(start)
            });
        }
        return true;
    });
    for (const heredoc of heredocs) {
        const first = pipelines;
        for (const command of collect(parser, heredoc.body, depth + 1)) {
            const pipeline = first + command.pipeline;
            commands.push({ ...command, pipeline, offset: heredoc.offset + command.offset });
            pipelines = Math.max(pipelines, pipeline + 1);
        }
    }
    return commands.sort((a, b) => a.offset - b.offset);
}
/**
 * Byte offsets of the simple commands that are stages of this pipeline. `a | b | c` nests to the left:
 * the nested pipe goes into `nestedPipes`, so it is not taken for a pipeline of its own. An explicit stack,
 * not recursion: a pipeline nests as deep as it is long, and 10,000 stages overflowed the call stack.
 */
function pipeStages(pipe, nestedPipes) {
    const stages = [];
    // Y pushed before X, so that X's stages come off the stack first, in source order.
    const pending = [child(pipe.Y), child(pipe.X)];
    while (pending.length > 0) {
        const command = child(pending.pop()?.Cmd);
        if (command === undefined)
            continue;
        const type = typeOf(command);
        if (type === 'BinaryCmd' && PIPE_OPS.has(command.Op)) {
            nestedPipes.add(command.Pos().Offset());
            pending.push(child(command.Y), child(command.X));
        }
        else if (type === 'CallExpr') {
            stages.push(command.Pos().Offset());
        }
    }
    return stages;
}
/** Heredoc bodies this statement runs as shell: a bare `<<EOF` (BuildKit runs it) or `sh <<EOF`. */
function shellHeredocs(stmt, source) {
    // Most statements have no heredoc: look for one before reading the command's words.
    const redirects = nodes(stmt.Redirs).filter(redirect => HEREDOC_OPS.has(redirect.Op));
    if (redirects.length === 0)
        return [];
    const command = child(stmt.Cmd);
    if (command !== undefined && !isShellWithoutScriptArg(command, source))
        return [];
    const bodies = [];
    for (const redirect of redirects) {
        const body = child(redirect.Hdoc);
        const word = child(redirect.Word);
        if (body === undefined || word === undefined)
            continue;
        const text = heredocScript(withoutDelimiter(source.slice(body), wordOf(word, source).value));
        if (text !== undefined)
            bodies.push({ offset: source.charOffset(body.Pos().Offset()), body: text });
    }
    return bodies;
}
function isShellWithoutScriptArg(command, source) {
    if (typeOf(command) !== 'CallExpr')
        return false;
    const words = nodes(command.Args).map(word => wordOf(word, source).value);
    const name = words[0]?.split('/').pop() ?? '';
    // `bash -c 'cmd' <<EOF` feeds the heredoc to cmd's stdin, not to bash as a script.
    return SHELLS.has(name) && !words.slice(1).some(word => /^-[a-z]*c[a-z]*$/.test(word));
}
/** mvdan/sh's heredoc word runs to the end of the closing delimiter line. */
function withoutDelimiter(body, delimiter) {
    const lastLine = body.lastIndexOf('\n');
    return body.slice(lastLine + 1).trim() === delimiter ? body.slice(0, lastLine + 1) : body;
}
/** mvdan-sh throws Go error values: `Error()` gives `1:6: reached EOF without closing quote`. */
function goErrorMessage(error) {
    if (error !== null && typeof error === 'object') {
        const goError = error.Error;
        if (typeof goError === 'function')
            return String(goError.call(error));
        if (error instanceof Error)
            return error.message;
    }
    return String(error);
}

// EXTERNAL MODULE: ./src/checks/lint/ast-helpers.ts
var ast_helpers = __webpack_require__(56711);
;// CONCATENATED MODULE: ./src/checks/lint/run-script.ts

const HEREDOC_ONLY = /^(?:\s*<<-?(["']?)[A-Za-z0-9_]+\1)+$/;
/**
 * Rebuilds the script of a RUN (or `ONBUILD RUN`) from the file's lines: continuations joined and the
 * comment lines inside them dropped, as BuildKit does; a heredoc-only command (`RUN <<EOF … EOF`) becomes
 * the heredoc body, otherwise heredocs stay in place, since the shell reads them itself.
 */
function buildRunScript(run, lines, escapeChar) {
    const keyword = run.getRange().start;
    const fallback = { line: keyword.line + 1, column: keyword.character + 1 };
    const builder = new ScriptBuilder(fallback);
    const firstArgument = (0,ast_helpers/* argumentsOf */.aX)(run)[0];
    if (firstArgument === undefined)
        return builder.finish(false);
    const start = firstArgument.getRange().start;
    const end = run.getRange().end;
    const heredocs = (0,ast_helpers/* heredocsOf */.t6)(run);
    const bodyStart = heredocs[0]?.getContentRange()?.start.line ?? end.line + 1;
    let line = start.line;
    let column = start.character;
    // The command line, with its continuations.
    while (line <= end.line && line < bodyStart) {
        const text = lines[line] ?? '';
        const continued = continuation(text, escapeChar);
        const upTo = continued === undefined ? text.length : continued;
        if (column === 0 && line !== start.line && isCommentOrBlank(text)) {
            line++;
            continue;
        }
        builder.append(text.slice(column, upTo), line, column);
        line++;
        column = 0;
        if (continued === undefined)
            break;
    }
    const commandLine = builder.text();
    if (heredocs.length === 1 && HEREDOC_ONLY.test(commandLine.trimEnd())) {
        const body = new ScriptBuilder(fallback);
        const content = heredocs[0].getContentRange();
        if (content !== null) {
            for (let l = content.start.line; l <= content.end.line; l++) {
                if (l > content.start.line)
                    body.append('\n', l - 1, (lines[l - 1] ?? '').length);
                body.append((lines[l] ?? '').slice(0, l === content.end.line ? content.end.character : undefined), l, 0);
            }
        }
        return body.finish(false);
    }
    for (let l = Math.max(line, bodyStart); l <= end.line && heredocs.length > 0; l++) {
        builder.append('\n', l - 1, (lines[l - 1] ?? '').length);
        builder.append(lines[l] ?? '', l, 0);
    }
    const exec = heredocs.length === 0 ? (0,ast_helpers/* execFormArguments */.O9)(commandLine) : undefined;
    if (exec !== undefined) {
        const joined = new ScriptBuilder(fallback);
        joined.append(exec.join(' '), start.line, start.character);
        return joined.finish(true);
    }
    return builder.finish(false);
}
/** Index of the escape character that continues this line, or undefined when the line ends the command. */
function continuation(text, escapeChar) {
    // trimEnd, not a /\s+$/ regex: that backtracks quadratically on a long run of inner spaces.
    const trimmed = text.trimEnd();
    if (!trimmed.endsWith(escapeChar))
        return undefined;
    return trimmed.length - escapeChar.length;
}
function isCommentOrBlank(text) {
    const trimmed = text.trim();
    return trimmed === '' || trimmed.startsWith('#');
}
class ScriptBuilder {
    fallback;
    parts = [];
    /** Where each part starts in the file; expanded to one position per character only when asked. */
    starts = [];
    /** Where an empty script is: the RUN keyword. */
    constructor(fallback) {
        this.fallback = fallback;
    }
    append(text, line, column) {
        this.parts.push(text);
        this.starts.push({ length: text.length, line, column });
    }
    text() {
        return this.parts.join('');
    }
    finish(execForm) {
        const { starts, fallback } = this;
        const script = this.text();
        // Mapping offsets is rare (no rule does it yet): the per-character tables wait for the first call.
        let table;
        return {
            script,
            execForm,
            positionAt(offset) {
                table ??= positionTable(starts);
                const { lineOf, columnOf } = table;
                if (lineOf.length === 0)
                    return fallback;
                const i = Math.min(Math.max(0, Math.floor(offset)), lineOf.length - 1);
                return { line: lineOf[i] + 1, column: columnOf[i] + 1 };
            }
        };
    }
}
function positionTable(starts) {
    const lineOf = [];
    const columnOf = [];
    for (const { length, line, column } of starts) {
        for (let i = 0; i < length; i++) {
            lineOf.push(line);
            columnOf.push(column + i);
        }
    }
    return { lineOf, columnOf };
}

;// CONCATENATED MODULE: ./src/checks/lint/context.ts



const DEFAULT_SHELL = ['/bin/sh', '-c'];
/** Builds what rules look at, once per file: stages, RUNs with their scripts parsed, the options. */
async function buildLintContext(input, parse = parseShell) {
    const { ast, lines } = input;
    const escapeChar = ast.getEscapeCharacter();
    const { resolvedImages, ...rest } = input;
    const stages = splitStages(ast.getInstructions(), resolvedImages);
    const runs = collectRuns(stages, lines, escapeChar);
    await Promise.all(runs.map(async (run) => (run.shell = run.execForm ? undefined : await safeParse(parse, run.script))));
    return { ...rest, escapeChar, stages, runs };
}
/** Splits at each FROM. Instructions before the first FROM (global ARGs) belong to no stage; a file without FROM is one stage. */
function splitStages(instructions, resolvedImages = []) {
    const stages = [];
    if (!instructions.some(i => (0,ast_helpers/* keywordOf */.XL)(i) === 'FROM')) {
        return instructions.length === 0 ? [] : [{ index: 0, instructions }];
    }
    for (const instruction of instructions) {
        if ((0,ast_helpers/* keywordOf */.XL)(instruction) === 'FROM') {
            const [image, as, alias] = (0,ast_helpers/* argumentValues */.Qp)(instruction);
            stages.push({
                index: stages.length,
                from: instruction,
                image,
                alias: as?.toLowerCase() === 'as' && alias !== undefined ? alias.toLowerCase() : undefined,
                resolvedImage: resolvedImages[stages.length],
                instructions: [instruction]
            });
        }
        else {
            stages.at(-1)?.instructions.push(instruction);
        }
    }
    return stages;
}
function collectRuns(stages, lines, escapeChar) {
    const runs = [];
    const shellAtEnd = new Map();
    for (const stage of stages) {
        // A stage built FROM an earlier stage inherits the SHELL in effect at that stage's end.
        let shell = (stage.image !== undefined ? shellAtEnd.get(stage.image.toLowerCase()) : undefined) ?? DEFAULT_SHELL;
        for (const instruction of stage.instructions) {
            const keyword = (0,ast_helpers/* keywordOf */.XL)(instruction);
            if (keyword === 'SHELL')
                shell = (0,ast_helpers/* execFormArguments */.O9)((0,ast_helpers/* argumentsContentOf */.xE)(instruction) ?? '') ?? shell;
            const trigger = (0,ast_helpers/* onbuildTrigger */.wT)(instruction);
            const run = keyword === 'RUN' ? instruction : trigger && (0,ast_helpers/* keywordOf */.XL)(trigger) === 'RUN' ? trigger : undefined;
            if (run === undefined)
                continue;
            const { script, execForm, positionAt } = buildRunScript(run, lines, escapeChar);
            const keywordStart = run.getRange().start;
            runs.push({
                instruction: run,
                stage,
                onbuild: run !== instruction,
                execForm,
                script,
                line: keywordStart.line + 1,
                column: keywordStart.character + 1,
                shellCommand: shell,
                positionAt
            });
        }
        if (stage.alias !== undefined)
            shellAtEnd.set(stage.alias, shell);
    }
    return runs;
}
/** A shell parser bug must not take the file down: its rules then see a parse error and stay silent. */
async function safeParse(parse, script) {
    try {
        return await parse(script);
    }
    catch (error) {
        return { commands: [], parseError: error instanceof Error ? error.message : String(error) };
    }
}

// EXTERNAL MODULE: ./src/checks/lint/ignores.ts
var lint_ignores = __webpack_require__(5660);
// EXTERNAL MODULE: ./src/checks/lint/rules/dockerfile/syntax-errors.ts
var syntax_errors = __webpack_require__(36891);
// EXTERNAL MODULE: ./src/checks/lint/rules/index.ts + 27 modules
var lint_rules = __webpack_require__(44800);
;// CONCATENATED MODULE: ./src/checks/lint/lint-file.ts












/** Larger files are reported (IG200) instead of parsed: no real Dockerfile is that big. */
const MAX_DOCKERFILE_BYTES = DOCKERFILE_BUDGET.bytes;
/** The level a rule runs at, or `off`: the options' override, else its default. */
function effectiveLevel(rule, options) {
    return options.rules[rule.id] ?? (rule.enabledByDefault === false ? 'off' : rule.level);
}
/** Lints raw file bytes; never throws for anything in the file. `file` is the label used in findings. */
async function lintDockerfileBytes(bytes, file, options) {
    if (bytes.byteLength > MAX_DOCKERFILE_BYTES)
        return unlintable(file, tooLarge(bytes.byteLength), options);
    if (bytes.includes(0))
        return unlintable(file, 'it is a binary file (it contains NUL bytes), not a Dockerfile', options);
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        return unlintable(file, 'it is not valid UTF-8 text', options);
    }
    return lintDockerfileText(text, file, options);
}
/** The one finding for a file that cannot be linted at all. */
function unlintable(file, why, options) {
    const violation = { line: 1, column: 1, message: `${file} was not linted: ${why}` };
    return linterFinding(lint_rules/* UNLINTABLE_FILE */.EY, violation, file, options);
}
/** The only finding for a file the linter stopped on; a note instead when the policy turned its rule off. */
function linterFinding(rule, violation, file, options) {
    const level = effectiveLevel(rule, options);
    if (level === 'off')
        return { findings: [], ignored: 0, notes: [violation.message] };
    return { findings: [toFinding(rule.id, level, violation, file)], ignored: 0, notes: [] };
}
async function lintDockerfileText(text, file, options) {
    // CRLF and lone CR become LF, so every rule sees the same lines; columns do not change.
    const content = (text.startsWith('\uFEFF') ? text.slice(1) : text).replace(/\r\n?/g, '\n');
    if (content.trim() === '')
        return { findings: [], ignored: 0, notes: [`${file} is empty; nothing to lint`] };
    const parsed = await parseDockerfile(content, options.budget);
    if (parsed.overBudget !== undefined) {
        const { line, column, message } = parsed.overBudget;
        return linterFinding(lint_rules/* OVER_BUDGET */.Fo, { line, column, message: `${file} ${message}` }, file, options);
    }
    if (parsed.ast === undefined) {
        // The parser itself gave up: its problems are syntax errors, and no rule can run.
        const level = effectiveLevel(syntax_errors/* DL1000 */.q2, options);
        const findings = level === 'off'
            ? []
            : parsed.problems.map(p => toFinding(syntax_errors/* DL1000 */.q2.id, level, { line: p.line, column: 1, message: `${file} ${p.message}` }, file));
        return { findings, ignored: 0, notes: [] };
    }
    const lines = content.split('\n');
    const context = await buildLintContext({
        file,
        ast: parsed.ast,
        lines,
        resolvedImages: parsed.froms.map(from => from.image),
        argsOverLimit: parsed.argsOverLimit,
        trustedRegistries: options.trustedRegistries,
        labelSchema: options.labelSchema,
        strictLabels: options.strictLabels
    }, options.parseShell);
    const instructions = parsed.ast.getInstructions();
    const ignores = new lint_ignores/* IgnoreIndex */.V((0,lint_ignores/* findPragmas */.d)(lines, (0,ast_helpers/* heredocBodyLines */._R)(instructions)), instructions, lines);
    const input = { file, runs: context.runs, stages: context.stages };
    const result = { findings: [], ignored: 0, notes: [], shellcheck: { input, ignores } };
    for (const rule of options.lintRules ?? lint_rules/* LINT_RULES */.wT) {
        const level = effectiveLevel(rule, options);
        if (level === 'off')
            continue;
        for (const violation of runRule(rule, context, result.notes)) {
            const ignoredAs = ignores.ignoredAs(rule.id, violation.line);
            if (ignoredAs === undefined) {
                result.findings.push(toFinding(rule.id, level, violation, file));
                continue;
            }
            result.ignored++;
            // Kept, marked ignored, when another check reports the same problem: the verdict merges the two,
            // and the pragma then suppresses the merged finding (`RULE_EQUIVALENTS`).
            if ((0,rule_equivalents/* equivalentIds */.j)(rule.id).length > 0) {
                const ignoredBy = { id: ignoredAs, reason: `ignore pragma for ${ignoredAs} in ${file}` };
                result.findings.push({ ...toFinding(rule.id, level, violation, file), ignoredBy });
            }
        }
    }
    sortByPosition(result.findings);
    return result;
}
/**
 * Adds ShellCheck's findings for a file, as hadolint reports them: `SC…` ids at ShellCheck's level unless
 * `dockerfile.rules` sets one (or `off`), ignorable with the same pragmas as any rule.
 */
function addShellcheckFindings(result, violations, options) {
    if (result.shellcheck === undefined)
        return;
    const { input, ignores } = result.shellcheck;
    for (const violation of violations) {
        const level = options.rules[violation.rule] ?? violation.level;
        if (level === 'off')
            continue;
        if (ignores.ignores(violation.rule, violation.line))
            result.ignored++;
        else
            result.findings.push(toFinding(violation.rule, level, violation, input.file));
    }
    sortByPosition(result.findings);
}
function sortByPosition(findings) {
    findings.sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
        (a.location?.column ?? 0) - (b.location?.column ?? 0));
}
/** A rule that throws is a bug in imagegate, not in the file: say so in a note and lint on. */
function runRule(rule, context, notes) {
    try {
        return rule.check(context);
    }
    catch (error) {
        notes.push(`rule ${rule.id} failed on ${context.file} and was skipped: ${(0,src_errors/* errorMessage */.gJ)(error)}`);
        return [];
    }
}
const MAX_MESSAGE_LENGTH = 240;
function toFinding(rule, level, violation, file) {
    const { line, column, endLine, endColumn } = violation;
    return {
        check: 'lint',
        rule,
        severity: (0,levels/* lintLevelToSeverity */.c)(level),
        // Messages quote Dockerfile text: one short line keeps annotations readable.
        message: (0,untrusted/* truncate */.xv)((0,untrusted/* oneLine */.TN)(violation.message), MAX_MESSAGE_LENGTH),
        location: {
            file,
            line,
            column,
            ...(endLine !== undefined ? { endLine } : {}),
            ...(endColumn !== undefined ? { endColumn } : {})
        },
        // SC rules are documented by ShellCheck, every other rule in the README's rule reference.
        helpUri: rule.startsWith('SC') ? (0,model_rule/* defaultHelpUri */.te)(rule) : (0,model_rule/* ruleHelpUri */.S7)(rule)
    };
}

// EXTERNAL MODULE: ./src/checks/lint/rules/dockerfile/instructions.ts
var instructions = __webpack_require__(64809);
// EXTERNAL MODULE: ./src/util/children.ts
var children = __webpack_require__(60789);
// EXTERNAL MODULE: ./src/util/exec.ts + 1 modules
var exec = __webpack_require__(36598);
;// CONCATENATED MODULE: ./src/checks/lint/shell/shellcheck-process.ts








/**
 * As hadolint: SC2187 says ash is checked as dash, and SC1090 asks for a `# shellcheck source=` directive
 * that a RUN cannot carry.
 */
const EXCLUDED = ['SC2187', 'SC1090'];
/** ShellCheck takes ~5 ms per ordinary script; a process start ~10 ms more, so scripts go in batches. */
const BATCH_SCRIPTS = 50;
const BATCH_CHARS = 64 * 1024;
const DEFAULT_SCRIPT_TIMEOUT_MS = 20_000;
/**
 * Checks each script text once and says, per script, what ShellCheck found or why it could not check
 * it. Batches that time out or crash are checked again one script per process, so one hostile script
 * costs only its own result: the others still get theirs. `missing` is set when ShellCheck is not
 * installed (then nothing was checked).
 */
async function checkScripts(texts, options = {}) {
    const outcomes = new Array(texts.length);
    if (texts.length === 0)
        return { outcomes };
    const directory = await (0,children/* makeTempDir */.mk)('imagegate-shellcheck-');
    try {
        const names = texts.map((_, index) => `s${index}.sh`);
        await mapFiles(texts.keys(), index => (0,promises_.writeFile)(external_node_path_.join(directory, names[index]), texts[index]));
        const concurrency = options.concurrency ?? (0,external_node_os_.availableParallelism)();
        let missing;
        // Many hostile scripts would each cost a time-out: past the budget, the rest are not started.
        const timeoutMs = options.timeoutMs ?? DEFAULT_SCRIPT_TIMEOUT_MS;
        const budgetMs = options.budgetMs ?? 3 * timeoutMs + 50 * texts.length;
        const deadline = performance.now() + budgetMs;
        const run = async (batch) => {
            if (missing !== undefined)
                return [];
            const left = deadline - performance.now();
            if (left <= 0) {
                const failure = `not checked: ShellCheck used up its ${seconds(budgetMs)} s for this run on scripts it could not finish`;
                for (const index of batch)
                    outcomes[index] = { failure };
                return [];
            }
            const result = await shellcheck(batch.map(i => names[i]), directory, { ...options, timeoutMs: Math.min(timeoutMs, left) });
            if ('missing' in result) {
                missing = result.missing;
                return [];
            }
            if ('failure' in result) {
                if (batch.length > 1)
                    return batch; // checked again one by one
                outcomes[batch[0]] = { failure: result.failure };
                return [];
            }
            for (const index of batch)
                outcomes[index] = { comments: result.byFile.get(names[index]) ?? [] };
            return [];
        };
        const retry = (await (0,p_map["default"])(batchesOf(texts), run, { concurrency })).flat();
        await (0,p_map["default"])(retry.map(index => [index]), run, { concurrency });
        return missing !== undefined ? { outcomes: [], missing } : { outcomes };
    }
    finally {
        await (0,children/* removeTempDir */.CT)(directory);
    }
}
/** Consecutive indexes, at most BATCH_SCRIPTS scripts and about BATCH_CHARS characters each. */
function batchesOf(texts) {
    const batches = [];
    let current = [];
    let chars = 0;
    texts.forEach((text, index) => {
        if (current.length > 0 && (current.length >= BATCH_SCRIPTS || chars + text.length > BATCH_CHARS)) {
            batches.push(current);
            current = [];
            chars = 0;
        }
        current.push(index);
        chars += text.length;
    });
    if (current.length > 0)
        batches.push(current);
    return batches;
}
/** One ShellCheck process over `files` (names inside `directory`). */
async function shellcheck(files, directory, options) {
    const binary = options.binary ?? 'shellcheck';
    const timeoutMs = options.timeoutMs ?? DEFAULT_SCRIPT_TIMEOUT_MS;
    const args = ['--format=json1', `--exclude=${EXCLUDED.join(',')}`, ...files];
    const result = await (0,exec/* runProcess */.R)(binary, args, { timeoutMs, cwd: directory });
    if (result.spawnError !== undefined) {
        return /ENOENT/.test(result.spawnError)
            ? { missing: `ShellCheck is not installed (no ${binary} on PATH), so SC rules were not checked` }
            : { failure: `ShellCheck could not start: ${result.spawnError}` };
    }
    if (result.timedOut)
        return { failure: `ShellCheck did not finish within ${seconds(timeoutMs)} s` };
    // 0: no comments, 1: some comments; anything else is ShellCheck failing.
    if (result.exitCode !== 0 && result.exitCode !== 1) {
        const how = result.exitCode === null
            ? `was killed by ${result.signal ?? 'a signal'}`
            : `exited with ${result.exitCode}`;
        const said = result.stderrTail.length > 0 ? `: ${(0,untrusted/* truncate */.xv)((0,untrusted/* oneLine */.TN)(result.stderrTail.join(' ')), 200)}` : '';
        return { failure: `ShellCheck ${how}${said}` };
    }
    try {
        const parsed = JSON.parse(result.stdout);
        const byFile = new Map();
        for (const { file, line, level, code, message } of parsed.comments ?? []) {
            const list = byFile.get(file) ?? [];
            list.push({ line, level, code, message });
            byFile.set(file, list);
        }
        return { byFile };
    }
    catch {
        return { failure: 'ShellCheck printed no JSON report' };
    }
}
/** `20`, `1.5`: seconds for messages. */
function seconds(ms) {
    return Number((ms / 1000).toFixed(1));
}

;// CONCATENATED MODULE: ./src/checks/lint/shell/shellcheck.ts




/** Dialects ShellCheck checks; scripts for other shells (zsh, fish, pwsh, cmd) are not checked. */
const CHECKABLE_SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'ksh', 'busybox']);
/** hadolint's defaults: proxy variables Docker passes to every build without an ARG. */
const PREDEFINED_VARIABLES = [
    'HTTP_PROXY',
    'http_proxy',
    'HTTPS_PROXY',
    'https_proxy',
    'FTP_PROXY',
    'ftp_proxy'
];
/** Script line 1 of each file is `#!shell`, line 2 exports the Dockerfile's ARG/ENV names. */
const HEADER_LINES = 2;
const LEVELS = new Set(['error', 'warning', 'info', 'style']);
/**
 * Runs ShellCheck on the shell-form RUNs (and `ONBUILD RUN`s) of one Dockerfile, each as a script for the
 * SHELL in effect, and reports each finding on its RUN instruction's line with its SC code and level.
 * Never throws: when `shellcheck` is not installed the result says why in `skippedReason`; RUNs it
 * could not check are in `failures`.
 */
async function runShellcheck(runs, file, options = {}) {
    const [result] = await runShellcheckOnFiles([{ file, runs, stages: options.stages }], options);
    return result;
}
/**
 * The same for many Dockerfiles at once. A script (its text, its shell and the variable names in
 * scope, all in the script file) is checked once however many RUNs share it, and not at all when the
 * cache has it. Results are in the order of `inputs`.
 */
async function runShellcheckOnFiles(inputs, options = {}) {
    const results = inputs.map(() => ({ violations: [] }));
    const scripts = inputs.flatMap((input, owner) => input.runs.flatMap(run => {
        const text = scriptFile(run, input.stages ?? []);
        return text === undefined ? [] : [{ owner, run, text }];
    }));
    const distinct = [...new Set(scripts.map(script => script.text))];
    const known = new Map();
    for (const text of distinct) {
        const comments = options.cache?.get(text);
        if (comments !== undefined)
            known.set(text, { comments });
    }
    const unknown = distinct.filter(text => !known.has(text));
    if (options.stats)
        Object.assign(options.stats, {
            scripts: scripts.length,
            distinct: distinct.length,
            fromCache: known.size
        });
    const { outcomes, missing } = await checkScripts(unknown, options);
    if (missing !== undefined)
        return inputs.map(() => ({ violations: [], skippedReason: missing }));
    unknown.forEach((text, index) => {
        const outcome = outcomes[index];
        known.set(text, outcome);
        if ('comments' in outcome)
            options.cache?.set(text, outcome.comments);
    });
    for (const { owner, run, text } of scripts) {
        const outcome = known.get(text);
        const result = results[owner];
        if ('failure' in outcome) {
            ;
            (result.failures ??= []).push({ line: run.line, column: run.column, reason: outcome.failure });
            continue;
        }
        for (const comment of outcome.comments) {
            if (comment.line <= HEADER_LINES)
                continue;
            result.violations.push({
                rule: `SC${comment.code}`,
                level: LEVELS.has(comment.level) ? comment.level : 'warning',
                line: run.line,
                column: run.column,
                message: comment.message
            });
        }
    }
    return results;
}
/** The script file ShellCheck reads for one RUN, or undefined when ShellCheck cannot check its shell. */
function scriptFile(run, stages) {
    if (run.execForm)
        return undefined;
    const lines = run.script.split('\n');
    // A heredoc body may name its own interpreter (`#!/bin/bash`), which BuildKit then runs.
    const shebang = lines[0].startsWith('#!') ? lines[0].slice(2) : (run.shellCommand[0] ?? '/bin/sh');
    const shell = shebangInterpreter(shebang);
    if (!CHECKABLE_SHELLS.has(shell))
        return undefined;
    if (lines[0].startsWith('#!'))
        lines[0] = '';
    // Only names the script mentions: the others cannot change ShellCheck's answer, and leaving them out
    // lets the same RUN in files with different ARGs share one check.
    const body = lines.join('\n');
    const exports = `export ${variablesInScope(run, stages)
        .filter(name => body.includes(name))
        .map(name => `${name}=1`)
        .join(' ')}`;
    return [`#!/bin/${shell === 'busybox' ? 'sh' : shell}`, exports, ...lines].join('\n') + '\n';
}
/** ARG and ENV names set before this RUN in its stage and in the stages it is built from. */
function variablesInScope(run, stages) {
    const names = new Set(PREDEFINED_VARIABLES);
    const addFrom = (stage, beforeLine) => {
        for (const instruction of stage.instructions) {
            if (instruction.getRange().start.line + 1 >= beforeLine)
                break;
            const keyword = (0,ast_helpers/* keywordOf */.XL)(instruction);
            if (keyword !== 'ARG' && keyword !== 'ENV')
                continue;
            for (const property of (0,instructions/* propertiesOf */.P1)(instruction))
                names.add(property.getName());
        }
        // parentStage only looks at earlier stages, so this ends.
        const parent = (0,ast_helpers/* parentStage */.vp)(stage, stages);
        if (parent !== undefined)
            addFrom(parent, Number.POSITIVE_INFINITY);
    };
    addFrom(run.stage, run.line);
    return [...names].filter(name => /^[A-Za-z_][A-Za-z0-9_]*$/.test(name));
}

// EXTERNAL MODULE: ./src/util/actions-cache.ts
var actions_cache = __webpack_require__(64352);
;// CONCATENATED MODULE: ./src/checks/lint/shell/shellcheck-cache.ts






const FILE = 'shellcheck-results.json';
const FORMAT = 1;
/** Keeps the file (and each restore) small: 20,000 scripts are ~10 MB. */
const MAX_ENTRIES = 20_000;
const MAX_FILE_BYTES = 32 * 1024 * 1024;
const VERSION_TIMEOUT_MS = 10_000;
/** The cache, or undefined when there is none to use (not in Actions, ShellCheck missing). */
async function openShellcheckCache(options = {}) {
    try {
        const cache = await (options.load ?? actions_cache/* loadActionsCache */.g)();
        if (!cache.isFeatureAvailable())
            return undefined;
        const version = await shellcheckVersion(options.binary ?? 'shellcheck');
        if (version === undefined)
            return undefined;
        const folder = options.folder ?? external_node_path_.join(process.env.RUNNER_TEMP ?? external_node_os_.tmpdir(), 'imagegate-shellcheck-cache');
        await (0,promises_.mkdir)(folder, { recursive: true });
        const prefix = `imagegate-shellcheck-${process.platform}-${version}-`;
        const restoredFrom = await cache.restoreCache([folder], prefix, [prefix]).catch(() => undefined);
        const stored = restoredFrom
            ? await readEntries(external_node_path_.join(folder, FILE))
            : new Map();
        return openEntries(stored, async (entries) => {
            const key = `${prefix}${sha256([...entries.keys()].sort().join('\n')).slice(0, 16)}`;
            if (key === restoredFrom)
                return;
            await (0,promises_.writeFile)(external_node_path_.join(folder, FILE), JSON.stringify({ format: FORMAT, entries: Object.fromEntries(entries) }));
            await cache.saveCache([folder], key);
        });
    }
    catch {
        return undefined;
    }
}
function openEntries(stored, persist) {
    const added = new Map();
    const used = new Set();
    return {
        results: {
            get(text) {
                const key = sha256(text);
                const found = added.get(key) ?? stored.get(key);
                if (found !== undefined)
                    used.add(key);
                return found;
            },
            set(text, comments) {
                added.set(sha256(text), comments);
            }
        },
        async save() {
            if (added.size === 0)
                return;
            // This run's scripts first, then older ones, up to the cap.
            const entries = new Map(added);
            for (const key of used)
                entries.set(key, stored.get(key) ?? added.get(key));
            for (const [key, comments] of stored) {
                if (entries.size >= MAX_ENTRIES)
                    break;
                if (!entries.has(key))
                    entries.set(key, comments);
            }
            try {
                await persist(entries);
            }
            catch {
                // Saving is a speed-up for the next run; this run's result does not depend on it.
            }
        }
    };
}
/** `shellcheck --version` prints `version: 0.9.0`. */
async function shellcheckVersion(binary) {
    const result = await (0,exec/* runProcess */.R)(binary, ['--version'], { timeoutMs: VERSION_TIMEOUT_MS });
    return /^version:\s*([0-9A-Za-z.+-]{1,40})\s*$/m.exec(result.stdout)?.[1];
}
/** The entries of a restored file; nothing when it is too large or not what this version wrote. */
async function readEntries(file) {
    const entries = new Map();
    try {
        if ((await (0,promises_.stat)(file)).size > MAX_FILE_BYTES)
            return entries;
        const parsed = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
        if (parsed.format !== FORMAT || typeof parsed.entries !== 'object' || parsed.entries === null)
            return entries;
        for (const [key, comments] of Object.entries(parsed.entries)) {
            if (/^[0-9a-f]{64}$/.test(key) && Array.isArray(comments) && comments.every(isComment))
                entries.set(key, comments);
        }
    }
    catch {
        // A missing or broken file is an empty cache.
    }
    return entries;
}
function isComment(value) {
    const c = value;
    return (typeof c === 'object' &&
        c !== null &&
        Number.isInteger(c.line) &&
        Number.isInteger(c.code) &&
        typeof c.level === 'string' &&
        typeof c.message === 'string');
}
function sha256(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}

;// CONCATENATED MODULE: ./src/checks/lint/lint-shellcheck.ts




/**
 * Runs ShellCheck on every file's RUNs in one go and merges its findings; returns the note to report
 * and, when it gave up on some scripts, what to say about them.
 */
async function runShellcheckFor(results, options, settings) {
    const checked = results.flatMap(result => result.shellcheck ? [{ result, input: result.shellcheck.input }] : []);
    const stats = { scripts: 0, distinct: 0, fromCache: 0 };
    const cache = settings.useActionsCache ? await openShellcheckCache() : undefined;
    const outcomes = await runShellcheckOnFiles(checked.map(c => c.input), { ...settings.shellcheck, cache: cache?.results, stats });
    const skipped = outcomes.find(o => o.skippedReason !== undefined)?.skippedReason;
    if (skipped !== undefined)
        return { note: skipped };
    await cache?.save();
    checked.forEach(({ result }, i) => addShellcheckFindings(result, outcomes[i].violations, options));
    const cached = stats.fromCache > 0 ? `, ${stats.fromCache} of them from the Actions cache` : '';
    const note = `ShellCheck checked the RUN instructions of ${(0,util_text/* plural */.LS)(checked.length, 'Dockerfile')} ` +
        `(${(0,util_text/* plural */.LS)(stats.distinct, 'distinct script')}${cached})`;
    const failed = checked.flatMap(({ input }, i) => (outcomes[i].failures ?? []).map(f => ({ ...f, file: input.file })));
    return { note, gaveUp: failed.length > 0 ? gaveUpMessage(failed) : undefined };
}
const LISTED_FAILURES = 5;
/** Names where ShellCheck gave up and how to fix it. */
function gaveUpMessage(failed) {
    const listed = failed
        .slice(0, LISTED_FAILURES)
        .map(f => `${f.file}:${f.line} (${f.reason})`)
        .join(', ');
    const more = failed.length > LISTED_FAILURES ? ` and ${failed.length - LISTED_FAILURES} more` : '';
    return (`ShellCheck gave up on ${(0,util_text/* plural */.LS)(failed.length, 'RUN script')}: ${listed}${more}, so SC rules were not ` +
        'checked there (the other scripts were). Split such a RUN into smaller ones or move its script into a ' +
        'file you COPY and run; to accept unchecked scripts, set dockerfile.shellcheckRequired: false');
}

;// CONCATENATED MODULE: ./src/checks/lint/lint-check.ts












/** hadolint-compatible and imagegate lint rules on every Dockerfile, in-process (no binary to install). */
const lintCheck = createLintCheck();
function createLintCheck(settings = {}) {
    return preparedCheck({
        id: 'lint',
        title: 'Dockerfile lint',
        isRequired: context => context.dockerfiles.length > 0 && context.policy.dockerfile.failOn !== 'none',
        async prepare(context) {
            const wanted = context.dockerfiles.length > 0 && context.policy.dockerfile.hadolintConfig;
            // A broken .hadolint.yaml the policy asked for is the user's mistake: its ConfigError stops the run.
            const hadolint = wanted ? await loadHadolintConfig(context.workingDirectory) : undefined;
            return () => runLint(context, hadolint, settings);
        }
    });
}
async function runLint(context, hadolint, checkSettings) {
    const dockerfiles = [...new Set(context.dockerfiles)];
    if (dockerfiles.length === 0)
        return { findings: [], skippedReason: 'no Dockerfiles to lint' };
    const settings = context.policy.dockerfile;
    const options = lintOptions(settings, hadolint);
    const results = await mapFiles(dockerfiles, file => lintOne(file, context.workingDirectory, options));
    const sc = settings.shellcheck ? await runShellcheckFor(results, options, checkSettings) : undefined;
    const running = lint_rules/* LINT_RULES */.wT.filter(rule => effectiveLevel(rule, options) !== 'off').length;
    const notes = [`Linted ${(0,util_text/* plural */.LS)(dockerfiles.length, 'Dockerfile')} with ${(0,util_text/* plural */.LS)(running, 'rule')}`];
    if (sc !== undefined)
        notes.push(sc.note);
    const unknown = unknownRuleIds(options.rules);
    if (unknown.length > 0) {
        notes.push(`dockerfile.rules names ${unknown.join(', ')}, which imagegate does not have; check the id`);
    }
    if (settings.hadolintConfig) {
        notes.push(hadolint ? `Read ${hadolint.file}` : 'No .hadolint.yaml in the working directory');
    }
    // Counted after ShellCheck, whose findings the same pragmas ignore.
    const ignored = results.reduce((sum, r) => sum + r.ignored, 0);
    if (ignored > 0) {
        notes.push(`${(0,util_text/* plural */.LS)(ignored, 'finding')} ignored by inline pragmas (# hadolint/imagegate ignore=…)`);
    }
    notes.push(...results.flatMap(r => r.notes));
    const findings = results.flatMap(r => r.findings);
    // Fail closed: scripts ShellCheck gave up on were not checked, unless the policy makes that a warning.
    if (sc?.gaveUp === undefined)
        return { findings, notes };
    return settings.shellcheckRequired
        ? { findings, notes, error: sc.gaveUp }
        : { findings, notes, warning: sc.gaveUp };
}
/** Rule ids in the settings that match no rule; SC ids belong to ShellCheck and are not checked here. */
function unknownRuleIds(rules) {
    const known = new Set(lint_rules/* LINT_RULE_DOCS */.RZ.map(rule => rule.id));
    return Object.keys(rules).filter(id => !id.startsWith('SC') && !known.has(id));
}
/** The policy's settings over `.hadolint.yaml`'s, as the policy reference documents. */
function lintOptions(settings, hadolint) {
    return {
        rules: { ...hadolint?.rules, ...normalizeIds(settings.rules) },
        trustedRegistries: [...new Set([...settings.trustedRegistries, ...(hadolint?.trustedRegistries ?? [])])],
        labelSchema: hadolint?.labelSchema,
        strictLabels: hadolint?.strictLabels
    };
}
function normalizeIds(rules) {
    return Object.fromEntries(Object.entries(rules).map(([id, level]) => [id.toUpperCase(), level]));
}
/**
 * One file; whatever goes wrong with it becomes its finding or note, never another file's problem. Only
 * the runner's open-file limit is not the file's doing: that fails the check (exit 2) instead.
 */
async function lintOne(file, workingDirectory, options) {
    const label = dockerfileLabel(file, workingDirectory);
    const absolute = external_node_path_.resolve(workingDirectory, file);
    let bytes;
    try {
        const { size } = await (0,promises_.stat)(absolute);
        // Checked before reading, so a huge file is never loaded.
        if (size > MAX_DOCKERFILE_BYTES)
            return unlintable(label, tooLarge(size), options);
        bytes = await (0,promises_.readFile)(absolute);
    }
    catch (error) {
        if (isOpenFileLimit(error))
            throw openFileLimitError(label, error);
        const code = error.code;
        const why = code === 'ENOENT' ? 'it does not exist' : code === 'EISDIR' ? 'it is a directory' : undefined;
        return unlintable(label, why ?? `it could not be read (${(0,src_errors/* errorMessage */.gJ)(error)})`, options);
    }
    try {
        return await lintDockerfileBytes(bytes, label, options);
    }
    catch (error) {
        // A bug in imagegate, not in the file: still only this file's finding, so the other files are linted.
        return unlintable(label, `imagegate failed while linting it (${(0,src_errors/* errorMessage */.gJ)(error)}); please report this`, options);
    }
}

;// CONCATENATED MODULE: ./src/checks/pinning/digests.ts




/** FROM images looked up at once; the registry client bounds requests in flight as well. */
const LOOKUPS_AT_ONCE = 8;
/**
 * The digests to suggest in IG103 findings, by image as written: from the gate's one resolution when it
 * made one, else looked up here (only images without a digest, only when the policy requires digests),
 * input images and FROM images alike. A lookup that fails is an answer with the reason, never an
 * exception: pinning is a check on the text, which the registry only makes more precise.
 */
async function lookUpDigests(context, images, registry) {
    const answers = new Map();
    for (const [image, target] of context.resolved ?? [])
        answers.set(image, { digest: target.digest });
    if (!context.policy.images.tags.requireDigest || registry === undefined)
        return answers;
    const wanted = [...new Set(images)].flatMap(image => {
        const parsed = (0,image_reference/* tryParseImageReference */.tj)(image);
        return parsed.ok && parsed.reference.digest === undefined && !answers.has(image)
            ? [{ image, reference: parsed.reference }]
            : [];
    });
    const found = await (0,p_map["default"])(wanted, ({ reference }) => resolveTag(registry(), reference), {
        concurrency: LOOKUPS_AT_ONCE
    });
    wanted.forEach(({ image }, i) => answers.set(image, found[i]));
    return answers;
}
async function resolveTag(registry, reference) {
    try {
        return { digest: await registry.resolveDigest(reference) };
    }
    catch (error) {
        return { problem: (0,untrusted/* truncate */.xv)((0,src_errors/* errorMessage */.gJ)(error), 300) };
    }
}
/** The exact pin when the tag's digest is known, else an example and why the digest is not known. */
function pinSuggestion(ref, name, answer) {
    if (answer && 'digest' in answer) {
        const pinned = ref.tag === undefined ? `${name}@${answer.digest}` : `${name}:${ref.tag}@${answer.digest}`;
        return `it resolves to ${answer.digest} now: pin it as ${pinned}`;
    }
    const tag = ref.tag === undefined || ref.tag === 'latest' ? '<version>' : ref.tag;
    const unknown = answer ? ` (could not resolve it: ${answer.problem})` : '';
    return `pin it, e.g. ${name}:${tag}@sha256:<digest>${unknown}`;
}

;// CONCATENATED MODULE: ./src/image/patterns.ts



const FIELD = 'images.registries.allow';
/**
 * Normalizes a pattern like an image name, so `docker.io/library/*` and `alpine` mean what docker means.
 * A lone registry (`ghcr.io`, `localhost:5000`) stands for everything on it; a leading `**` is left alone.
 */
function normalizeAllowPattern(pattern) {
    const problem = allowPatternProblem(pattern);
    if (problem !== undefined)
        throw allowError(pattern, problem);
    const trimmed = pattern.trim();
    if (trimmed.startsWith('**'))
        return trimmed;
    const slash = trimmed.indexOf('/');
    if (slash === -1) {
        if ((0,image_reference/* looksLikeRegistry */.V7)(trimmed))
            return `${(0,image_reference/* normalizeRegistry */.l5)(trimmed)}/**`;
        return trimmed === '**' ? `${image_reference/* DEFAULT_REGISTRY */.sx}/**` : `${image_reference/* DEFAULT_REGISTRY */.sx}/library/${trimmed}`;
    }
    const first = trimmed.slice(0, slash);
    // A glob in the first of several components can only be meant as a registry (`*/acme/app`).
    if (!(0,image_reference/* looksLikeRegistry */.V7)(first) && !first.includes('*'))
        return `${image_reference/* DEFAULT_REGISTRY */.sx}/${trimmed}`;
    const registry = first.includes('*') ? first.toLowerCase() : (0,image_reference/* normalizeRegistry */.l5)(first);
    const path = trimmed.slice(slash + 1);
    if (registry === image_reference/* DEFAULT_REGISTRY */.sx && !path.includes('/') && path !== '**')
        return `${registry}/library/${path}`;
    return `${registry}/${path}`;
}
/**
 * Why `pattern` cannot be an allow pattern, or undefined when it can. Pure, so the policy loader reports
 * the same mistakes at their line that compiling the allow list would reject.
 */
function allowPatternProblem(pattern) {
    const trimmed = pattern.trim();
    if (trimmed === '')
        return 'it is empty';
    if (/\s/.test(trimmed))
        return 'it contains whitespace';
    if (trimmed.includes('@'))
        return 'patterns match registry/repository, not digests';
    if (trimmed.startsWith('**') || !trimmed.includes('/'))
        return undefined;
    if (trimmed.lastIndexOf(':') > trimmed.lastIndexOf('/'))
        return 'patterns match registry/repository, not tags';
    return undefined;
}
/**
 * Why an exception's `image` pattern could never match an image reference, or undefined. Its tag or
 * digest may be given; the name part must be a valid allow pattern.
 */
function imagePatternProblem(pattern) {
    return allowPatternProblem(splitPattern(pattern.trim()).name);
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
            const target = (0,image_reference/* describeRegistryPath */.iq)(reference);
            return regexps.some(re => re.test(target));
        }
    };
}
function isRegistryAllowed(reference, patterns) {
    return compileAllowList(patterns).allows(reference);
}
function allowError(pattern, why) {
    return new src_errors/* ConfigError */.xL(`${FIELD}: invalid pattern ${JSON.stringify((0,untrusted/* truncate */.xv)(pattern, 80))}: ${why}`);
}
const compiled = new Map();
/**
 * Whether an exception's `image` pattern covers a finding's image. Matches `registry/repository` like the
 * allow list; a tag or digest in the pattern (`alpine:3.*`, `alpine@sha256:…`) must match too. Images that
 * are not valid references (an unresolved `${BASE}`) are compared as written. Never throws.
 */
function matchesImagePattern(pattern, image) {
    const parsed = (0,image_reference/* tryParseImageReference */.tj)(image);
    if (!parsed.ok)
        return cachedRegExp(`raw:${pattern}`, () => globToRegExp(pattern.trim()))?.test(image) ?? false;
    const ref = parsed.reference;
    const { name, tag, digest } = splitPattern(pattern.trim());
    const nameRe = cachedRegExp(`name:${name}`, () => globToRegExp(normalizeAllowPattern(name)));
    if (!nameRe?.test((0,image_reference/* describeRegistryPath */.iq)(ref)))
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
    if (colon <= rest.lastIndexOf('/') || (!rest.includes('/') && (0,image_reference/* looksLikeRegistry */.V7)(rest.slice(0, colon)))) {
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

// EXTERNAL MODULE: ./src/checks/pinning/rules.ts
var rules = __webpack_require__(53876);
;// CONCATENATED MODULE: ./src/checks/pinning/pinning-check.ts











/**
 * Tag pinning and registry allow-list, on the given image references and every FROM of every
 * Dockerfile. With a registry client, a digest-less tag's finding names the digest it resolves to; it
 * never needs the registry (a lookup that fails leaves the finding as it is, with the reason).
 */
function createPinningCheck(services = {}) {
    return preparedCheck({
        id: 'pinning',
        title: 'Tag pinning',
        isRequired: context => context.images.length > 0 || context.dockerfiles.length > 0,
        async prepare(context) {
            // Input references and allow patterns are the user's configuration: a mistake is a ConfigError.
            const targets = imageTargets(context);
            const allowList = compileAllowList(context.policy.images.registries.allow);
            return () => runPinning(context, targets, allowList, services.registry);
        }
    });
}
/** Offline: pinning without digest look-ups (tests, and callers without a registry). */
const pinningCheck = createPinningCheck();
async function runPinning(context, targets, allowList, registry) {
    // Local layouts and archives are the image itself, not a reference that could float.
    const references = dedupe(targets.flatMap(t => (t.kind === 'reference' ? [t] : [])));
    const dockerfiles = [...new Set(context.dockerfiles)];
    if (references.length === 0 && dockerfiles.length === 0) {
        return { findings: [], skippedReason: 'no images or Dockerfiles to check' };
    }
    const options = context.policy.images;
    const loaded = await mapFiles(dockerfiles, file => loadDockerfile(file, context.workingDirectory));
    const fromImages = loaded.flatMap(d => d.froms.flatMap(f => (f.kind === 'image' && f.image !== undefined && !f.unresolved ? [f.image] : [])));
    const inputImages = references.map(r => r.image);
    const digests = await lookUpDigests(context, [...inputImages, ...fromImages], registry);
    const rules = { options, allowList, digests };
    const findings = [];
    for (const { image, reference } of references) {
        findings.push(...referenceFindings(reference, rules, { image }));
    }
    let baseImages = 0;
    for (const dockerfile of loaded) {
        findings.push(...dockerfileFindings(dockerfile, rules));
        baseImages += dockerfile.froms.filter(f => f.kind === 'image').length;
    }
    const notes = [
        `Checked ${references.length} image reference(s) and ${baseImages} base image(s) in ${loaded.length} Dockerfile(s)`,
        ...[...digests].map(([image, answer]) => 'digest' in answer
            ? `${image} resolves to ${answer.digest}`
            : `${image}: could not resolve: ${answer.problem}`)
    ];
    for (const dockerfile of loaded) {
        if (dockerfile.froms.length === 0 && dockerfile.problems.length === 0) {
            notes.push(`${dockerfile.file} has no FROM instruction`);
        }
    }
    return { findings, notes };
}
function dockerfileFindings(dockerfile, rules) {
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
            findings.push(...fromImageFindings(from, from.image, location, rules));
        }
    }
    return findings;
}
function fromImageFindings(from, image, location, rules) {
    const parsed = (0,image_reference/* tryParseImageReference */.tj)(image);
    if (parsed.ok)
        return referenceFindings(parsed.reference, rules, { image, location });
    const resolved = from.rawImage !== image ? ` (resolved to "${image}")` : '';
    const message = `FROM ${from.rawImage ?? image}${resolved} is not a valid image reference: ${parsed.reason}; fix the reference`;
    return [finding('IG106', message, { image, location })];
}
/** The pinning rules proper, shared by input images and FROM images. */
function referenceFindings(ref, rules, target) {
    const { options, allowList } = rules;
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
        const message = `${shown} has no digest, so the tag can be moved to different content; ${pinSuggestion(ref, name, rules.digests.get(shown))}`;
        findings.push(finding('IG103', message, target));
    }
    if (!allowList.allows(ref)) {
        const where = (0,image_reference/* describeRegistryPath */.iq)(ref);
        const patterns = allowList.patterns.slice(0, 3).join(', ') + (allowList.patterns.length > 3 ? ', …' : '');
        const message = `${shown} comes from ${where}, which images.registries.allow (${patterns}) does not allow; use an image from an allowed registry or add a pattern to the policy`;
        findings.push(finding('IG104', message, target));
    }
    return findings;
}
function dedupe(targets) {
    return targets.filter((target, i) => targets.findIndex(t => t.image === target.image) === i);
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
        case 'too-long':
            return `${prefix} $${cause.variable} expands to more than ${(0,util_text/* formatCount */.B4)(substitute/* MAX_EXPANDED_LENGTH */.U)} characters, imagegate's limit for a value; give it a shorter value`;
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
        severity: (0,rules/* pinningRule */.u)(rule).severity,
        message,
        ...(target.location ? { location: target.location } : {}),
        ...(target.image !== undefined ? { image: target.image } : {}),
        helpUri: (0,model_rule/* ruleHelpUri */.S7)(rule)
    };
}

// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/seeds.json
var seeds = __webpack_require__(8032);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
;// CONCATENATED MODULE: ./src/signing/trusted-root.ts


// The public-good TUF seed that @sigstore/tuf ships: it embeds the current trusted_root.json (base64)
// as a target. Importing it here makes ncc bundle it, so the action needs no network to verify.



const PUBLIC_GOOD_MIRROR = 'https://tuf-repo-cdn.sigstore.dev';
const TRUSTED_ROOT_MEDIA_TYPE = /^application\/vnd\.dev\.sigstore\.trustedroot(\.v0\.\d+)?\+json/;
/** Parses trusted_root.json text; throws a plain sentence when it is not one. */
function parseTrustedRoot(text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`it is not JSON (${(0,src_errors/* errorMessage */.gJ)(error)})`);
    }
    if (typeof json?.mediaType !== 'string' || !TRUSTED_ROOT_MEDIA_TYPE.test(json.mediaType)) {
        throw new Error('it is not a Sigstore trusted root (mediaType application/vnd.dev.sigstore.trustedroot+json)');
    }
    const root = dist.TrustedRoot.fromJSON(json);
    try {
        // Builds every key and certificate once, so a corrupt entry fails here and not mid-verification.
        (0,verify_dist/* toTrustMaterial */.jO)(root);
    }
    catch (error) {
        throw new Error(`it has an unreadable key or certificate (${(0,src_errors/* errorMessage */.gJ)(error)})`);
    }
    return root;
}
/** The public-good trusted root as shipped in @sigstore/tuf's seed: no network, no files. */
function bundledTrustedRoot() {
    const seed = seeds[PUBLIC_GOOD_MIRROR];
    const encoded = seed?.targets['trusted_root.json'];
    if (encoded === undefined)
        throw new Error('@sigstore/tuf no longer ships a public-good trusted_root.json seed');
    return {
        root: parseTrustedRoot(Buffer.from(encoded, 'base64').toString('utf8')),
        source: 'the public-good Sigstore trusted root bundled with imagegate',
        notes: []
    };
}
/**
 * The trusted root for a run: the policy's file when given; else, when refresh is on, the TUF
 * repository's current root within the time limit; else (or when that fails) the bundled root.
 */
async function loadTrustedRoot(options) {
    if (options.path !== undefined) {
        return { root: parseTrustedRoot((0,external_node_fs_.readFileSync)(options.path, 'utf8')), source: options.path, notes: [] };
    }
    if (options.refresh === undefined)
        return bundledTrustedRoot();
    const { cachePath, timeoutMs, mirrorURL = PUBLIC_GOOD_MIRROR } = options.refresh;
    let timer;
    const deadline = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
        // Loaded only here: the TUF client (tuf-js, make-fetch-happen) is most of @sigstore's weight.
        const { getTrustedRoot } = await Promise.all(/* import() */[__webpack_require__.e(878), __webpack_require__.e(694)]).then(__webpack_require__.bind(__webpack_require__, 84423));
        const root = await Promise.race([
            getTrustedRoot({ cachePath, mirrorURL, timeout: timeoutMs, retry: false }),
            deadline
        ]);
        return { root, source: `Sigstore TUF (${mirrorURL})`, notes: [] };
    }
    catch (error) {
        const fallback = bundledTrustedRoot();
        const note = `could not refresh the Sigstore trusted root over TUF (${(0,src_errors/* errorMessage */.gJ)(error)}); used the bundled one`;
        return { ...fallback, notes: [note] };
    }
    finally {
        clearTimeout(timer);
    }
}
/** Trust material for one authority: the root's CAs and logs, and the policy key when there is one. */
function trustMaterialFor(root, key) {
    // cosign's key hint is sha256(SPKI); the policy names exactly one key, so the hint is not needed.
    return key === undefined
        ? (0,verify_dist/* toTrustMaterial */.jO)(root)
        : (0,verify_dist/* toTrustMaterial */.jO)(root, () => ({ publicKey: key, validFor: () => true }));
}

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var bundle_dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(83917);
;// CONCATENATED MODULE: ./src/signing/keys.ts

const SUPPORTED_KEY_TYPES = new Set(['ec', 'ed25519', 'rsa', 'rsa-pss']);
/** Parses a PEM public key (SPKI, or an X.509 certificate whose key is meant); throws a plain sentence. */
function parsePublicKey(pem) {
    let publicKey;
    try {
        publicKey = (0,external_node_crypto_.createPublicKey)(pem);
    }
    catch {
        throw new Error('it is not a PEM public key (expected `-----BEGIN PUBLIC KEY-----`, as `cosign.pub`)');
    }
    const type = publicKey.asymmetricKeyType ?? 'unknown';
    if (!SUPPORTED_KEY_TYPES.has(type)) {
        throw new Error(`key type ${type} is not supported (use ECDSA P-256/P-384, Ed25519 or RSA)`);
    }
    return { publicKey, fingerprint: keyFingerprint(publicKey) };
}
function keyFingerprint(key) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256')
        .update(key.export({ type: 'spki', format: 'der' }))
        .digest('hex')}`;
}
/**
 * Whether `signature` is a valid signature of `data` under `key`, for every scheme cosign produces:
 * ECDSA (DER, SHA-256; SHA-384/512 also accepted for P-384/P-521 keys), Ed25519 (pure, no prehash),
 * and RSA with PKCS#1 v1.5 or PSS padding. Never throws.
 */
function verifyWithKey(data, key, signature) {
    const attempt = (algorithm, options = {}) => {
        try {
            return (0,external_node_crypto_.verify)(algorithm, data, { key, ...options }, signature);
        }
        catch {
            return false;
        }
    };
    switch (key.asymmetricKeyType) {
        case 'ed25519':
            return attempt(null);
        case 'ec':
            return ecHashes(key).some(hash => attempt(hash));
        case 'rsa':
            return (attempt('sha256') ||
                attempt('sha256', {
                    padding: external_node_crypto_.constants.RSA_PKCS1_PSS_PADDING,
                    saltLength: external_node_crypto_.constants.RSA_PSS_SALTLEN_AUTO
                }));
        case 'rsa-pss':
            return attempt('sha256', { saltLength: external_node_crypto_.constants.RSA_PSS_SALTLEN_AUTO });
        default:
            return false;
    }
}
function ecHashes(key) {
    const curve = key.asymmetricKeyDetails?.namedCurve;
    if (curve === 'secp384r1')
        return ['sha256', 'sha384'];
    if (curve === 'secp521r1')
        return ['sha256', 'sha512'];
    return ['sha256'];
}

;// CONCATENATED MODULE: ./src/signing/prepared.ts

/** A signed claim that is malformed or of the wrong kind; `reason` is its RejectReason. */
class ClaimError extends Error {
    reason;
    constructor(reason, message) {
        super(message);
        this.reason = reason;
    }
}
/**
 * The same entity, but with the signature checked by verifyWithKey over `signedBytes`: @sigstore/verify
 * hashes with SHA-256 and default padding, which rejects Ed25519 and RSA-PSS keys cosign can sign with.
 */
function withSignatureCheck(entity, signedBytes, signature) {
    const original = entity.signature;
    return {
        ...entity,
        signature: {
            signature,
            compareSignature: other => original.compareSignature(other),
            compareDigest: digest => original.compareDigest(digest),
            verifySignature: (key) => verifyWithKey(signedBytes, key, signature)
        }
    };
}

;// CONCATENATED MODULE: ./src/signing/bundle.ts






/** What cosign (v2.6+, v3 by default) signs for a container image. */
const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const MAX_BUNDLE_BYTES = 4 * 1024 * 1024;
/**
 * Parses a Sigstore bundle (v0.1–v0.3) with @sigstore/bundle and prepares it for @sigstore/verify.
 * @sigstore/verify checks the envelope and its log entries but not what was signed, so the claims
 * (the in-toto subject, or the message digest) are returned for the caller's digest check.
 * Throws a plain sentence for a malformed bundle.
 */
function prepareBundleSignature(bytes, options) {
    if (bytes.length > MAX_BUNDLE_BYTES)
        throw new Error(`the bundle is larger than ${MAX_BUNDLE_BYTES} bytes`);
    let bundle;
    try {
        bundle = (0,bundle_dist/* bundleFromJSON */.vw)(JSON.parse(Buffer.from(bytes).toString('utf8')));
    }
    catch (error) {
        throw new Error(`not a Sigstore bundle: ${(0,src_errors/* errorMessage */.gJ)(error)}`);
    }
    const content = bundle.content;
    if (content.$case === 'dsseEnvelope') {
        const envelope = content.dsseEnvelope;
        const signature = envelope.signatures[0]?.sig;
        if (envelope.signatures.length !== 1 || signature === undefined) {
            throw new Error(`the DSSE envelope has ${envelope.signatures.length} signatures; a Sigstore bundle has exactly one`);
        }
        const signed = core_dist.dsse.preAuthEncoding(envelope.payloadType, envelope.payload);
        return {
            entity: withSignatureCheck((0,verify_dist/* toSignedEntity */.DC)(bundle), signed, signature),
            claims: () => statementClaims(envelope.payloadType, envelope.payload, options.predicateTypes)
        };
    }
    const message = content.messageSignature;
    const manifest = options.manifest === undefined ? undefined : Buffer.from(options.manifest);
    return {
        // Without the manifest the signature check fails closed (bad-signature): there is nothing to verify over.
        entity: withSignatureCheck((0,verify_dist/* toSignedEntity */.DC)(bundle, manifest), manifest ?? Buffer.alloc(0), message.signature),
        claims: () => {
            if (message.messageDigest?.algorithm !== dist.HashAlgorithm.SHA2_256) {
                throw new ClaimError('malformed', 'the message signature is not over a SHA-256 digest');
            }
            return { digests: [`sha256:${Buffer.from(message.messageDigest.digest).toString('hex')}`] };
        }
    };
}
function statementClaims(payloadType, payload, predicateTypes) {
    if (payloadType !== IN_TOTO_PAYLOAD_TYPE) {
        throw new ClaimError('not-a-signature', `the envelope carries ${JSON.stringify(payloadType)}, not an in-toto statement`);
    }
    let statement;
    try {
        statement = JSON.parse(payload.toString('utf8'));
    }
    catch {
        throw new ClaimError('malformed', 'the in-toto statement is not JSON');
    }
    if (typeof statement?.predicateType !== 'string' || !predicateTypes.includes(statement.predicateType)) {
        throw new ClaimError('not-a-signature', `the statement's predicateType is ${JSON.stringify(statement?.predicateType)}, not ${predicateTypes.join(' or ')}`);
    }
    if (!Array.isArray(statement.subject))
        throw new ClaimError('malformed', 'the in-toto statement has no subject list');
    const digests = statement.subject
        .map(s => s?.digest?.sha256)
        .filter((d) => typeof d === 'string')
        .map(d => `sha256:${d}`);
    return { digests };
}

;// CONCATENATED MODULE: ./src/signing/legacy.ts






const SIGNATURE_ANNOTATION = 'dev.cosignproject.cosign/signature';
const CERTIFICATE_ANNOTATION = 'dev.sigstore.cosign/certificate';
const REKOR_BUNDLE_ANNOTATION = 'dev.sigstore.cosign/bundle';
const SIMPLE_SIGNING_TYPE = 'cosign container image signature';
/**
 * Turns one legacy `.sig` layer into what @sigstore/verify checks, the way sigstore-go's OCI example
 * does: a v0.1 message-signature bundle over the payload, with the Fulcio certificate (when keyless)
 * and the Rekor entry rebuilt from the old cosign bundle annotation. The chain annotation is not
 * used: trust comes from the trusted root's Fulcio CAs, not from what the signature brings along.
 * Throws a plain sentence for a malformed layer.
 */
function prepareLegacySignature(payloadBytes, annotations) {
    const payload = Buffer.from(payloadBytes);
    const signature = decodeBase64(annotations[SIGNATURE_ANNOTATION], SIGNATURE_ANNOTATION);
    const certificatePem = annotations[CERTIFICATE_ANNOTATION];
    const rekor = annotations[REKOR_BUNDLE_ANNOTATION];
    const bundleJson = {
        mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
        verificationMaterial: {
            ...(certificatePem
                ? { x509CertificateChain: { certificates: [{ rawBytes: certificateDer(certificatePem) }] } }
                : { publicKey: { hint: '' } }),
            tlogEntries: rekor === undefined ? [] : [tlogEntryFromRekorBundle(rekor)],
            timestampVerificationData: { rfc3161Timestamps: [] }
        },
        messageSignature: {
            messageDigest: { algorithm: 'SHA2_256', digest: (0,external_node_crypto_.createHash)('sha256').update(payload).digest('base64') },
            signature: signature.toString('base64')
        }
    };
    let entity;
    try {
        entity = (0,verify_dist/* toSignedEntity */.DC)((0,bundle_dist/* bundleFromJSON */.vw)(bundleJson), payload);
    }
    catch (error) {
        throw new Error(`the signature's verification material is malformed: ${(0,src_errors/* errorMessage */.gJ)(error)}`);
    }
    return {
        entity: withSignatureCheck(entity, payload, signature),
        claims: () => legacyClaims(payload)
    };
}
/** The digests a simple-signing payload claims; throws when it is not a container image signature. */
function legacyClaims(payload) {
    let claim;
    try {
        claim = JSON.parse(payload.toString('utf8'));
    }
    catch {
        throw new ClaimError('malformed', 'the payload is not JSON (expected a cosign simple-signing payload)');
    }
    const critical = claim?.critical;
    if (critical === undefined || critical === null || typeof critical !== 'object') {
        throw new ClaimError('malformed', 'the payload has no `critical` section');
    }
    if (critical.type !== SIMPLE_SIGNING_TYPE) {
        throw new ClaimError('not-a-signature', `the payload type is ${JSON.stringify(critical.type)}, not "${SIMPLE_SIGNING_TYPE}"`);
    }
    const digest = critical.image?.['docker-manifest-digest'];
    if (typeof digest !== 'string')
        throw new ClaimError('malformed', 'the payload names no docker-manifest-digest');
    return { digests: [digest] };
}
function tlogEntryFromRekorBundle(text) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw new Error(`the ${REKOR_BUNDLE_ANNOTATION} annotation is not JSON`);
    }
    const p = parsed?.Payload;
    if (typeof parsed?.SignedEntryTimestamp !== 'string' ||
        typeof p?.body !== 'string' ||
        typeof p.integratedTime !== 'number' ||
        typeof p.logIndex !== 'number' ||
        typeof p.logID !== 'string' ||
        !/^[0-9a-f]{64}$/.test(p.logID)) {
        throw new Error(`the ${REKOR_BUNDLE_ANNOTATION} annotation lacks SignedEntryTimestamp or Payload fields`);
    }
    const body = decodeBase64(p.body, `${REKOR_BUNDLE_ANNOTATION} body`);
    let kind;
    try {
        kind = JSON.parse(body.toString('utf8'));
    }
    catch {
        throw new Error(`the ${REKOR_BUNDLE_ANNOTATION} body is not a Rekor entry`);
    }
    return {
        logIndex: String(p.logIndex),
        logId: { keyId: Buffer.from(p.logID, 'hex').toString('base64') },
        kindVersion: { kind: String(kind?.kind), version: String(kind?.apiVersion) },
        integratedTime: String(p.integratedTime),
        inclusionPromise: { signedEntryTimestamp: parsed.SignedEntryTimestamp },
        canonicalizedBody: p.body
    };
}
function certificateDer(text) {
    if (!text.includes('-----BEGIN CERTIFICATE-----')) {
        throw new Error(`the ${CERTIFICATE_ANNOTATION} annotation is not a PEM certificate`);
    }
    return core_dist.pem.toDER(text).toString('base64');
}
function decodeBase64(text, what) {
    if (text === undefined)
        throw new Error(`the ${what} annotation is missing`);
    const compact = text.replace(/\s+/g, '');
    if (compact === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.length % 4 !== 0) {
        throw new Error(`the ${what} annotation is not base64`);
    }
    return Buffer.from(compact, 'base64');
}

;// CONCATENATED MODULE: ./src/signing/verify-signature.ts




/**
 * Verifies one prepared signature under one authority, in the order that gives the most useful
 * reason: the kind of key, the transparency-log requirement, the certificate's validity when no
 * log vouches for the signing time, then @sigstore/verify (chain, SCT, log entry, signature), then
 * the signed claims (the image digest), then the identity.
 */
function verifyUnderAuthority(prepared, authority, trust, digest, now = new Date()) {
    const reject = (reason, detail) => ({
        authority: authority.name,
        reason,
        detail: boundedDetail(detail)
    });
    let entity = prepared.entity;
    const certificate = entity.key.$case === 'certificate' ? entity.key.certificate : undefined;
    if (authority.keyless && certificate === undefined) {
        return reject('no-certificate', 'signed with a key, but this authority accepts keyless (Fulcio) signatures only');
    }
    if (authority.tlog === 'required' && entity.tlogEntries.length === 0) {
        return reject('tlog-missing', 'no transparency-log (Rekor) entry, and this authority requires one');
    }
    // A key authority verifies with its own key, whatever certificate the signature carries (as cosign --key).
    if (authority.key)
        entity = { ...entity, key: { $case: 'public-key', hint: '' } };
    else if (certificate !== undefined && signedTimes(entity) === 0) {
        // Nothing vouches for when it was signed, so the certificate must be valid now (Fulcio's last 10 minutes).
        if (!certificate.validForDate(now)) {
            return reject('certificate-expired-without-tlog', `the certificate expired ${certificate.notAfter.toISOString()} and no log entry or timestamp shows it was used in time`);
        }
        entity = { ...entity, timestamps: [{ $case: 'transparency-log', tlogEntry: nowEntry(now) }] };
    }
    const verifier = new verify_dist/* Verifier */.BL(trust, {
        tlogThreshold: authority.tlog === 'required' ? 1 : 0,
        ctlogThreshold: authority.keyless && authority.ctlog === 'required' ? 1 : 0,
        timestampThreshold: 0
    });
    let signer;
    try {
        signer = verifier.verify(entity);
    }
    catch (error) {
        const { reason, detail } = explain(error);
        return reject(reason, detail);
    }
    let claimed;
    try {
        claimed = prepared.claims().digests;
    }
    catch (error) {
        return error instanceof ClaimError
            ? reject(error.reason, error.message)
            : reject('malformed', (0,src_errors/* errorMessage */.gJ)(error));
    }
    if (!claimed.includes(digest)) {
        return reject('digest-mismatch', `signed for ${claimed.join(', ') || 'no digest'}, not ${digest}`);
    }
    const tlog = tlogInfo(entity.tlogEntries[0]);
    if (authority.key)
        return { authority: authority.name, signer: { keyFingerprint: authority.key.fingerprint }, tlog };
    const identity = {
        issuer: signer.identity?.extensions?.issuer ?? '',
        subject: signer.identity?.subjectAlternativeName ?? ''
    };
    if (!authority.keyless?.identities.some(m => m.matches(identity))) {
        return reject('identity-mismatch', `signed by issuer=${identity.issuer || '(none)'} subject=${identity.subject || '(none)'}, ` +
            `which is none of: ${authority.keyless?.identities.map(m => m.label).join('; ')}`);
    }
    return { authority: authority.name, signer: { identity }, tlog };
}
/**
 * Details quote what a signature carries (identities, predicate types, cosign's stderr): one line, and
 * short, so a hostile signature cannot flood a report. Reporters still escape it for their format.
 */
function boundedDetail(text) {
    return (0,untrusted/* truncate */.xv)((0,untrusted/* oneLine */.TN)(text), 400);
}
/** Timestamps @sigstore/verify can trust: log entries with a signed entry timestamp, and TSA stamps. */
function signedTimes(entity) {
    return entity.timestamps.filter(t => t.$case === 'timestamp-authority' || t.tlogEntry.inclusionPromise)
        .length;
}
/** A stand-in timestamp (now), so @sigstore/verify checks the chain at the current time. */
function nowEntry(now) {
    return {
        integratedTime: String(Math.floor(now.getTime() / 1000)),
        inclusionPromise: { signedEntryTimestamp: Buffer.alloc(0) },
        logId: { keyId: Buffer.alloc(0) }
    };
}
function tlogInfo(entry) {
    if (entry === undefined)
        return undefined;
    return {
        logIndex: entry.logIndex,
        integratedTime: new Date(Number(entry.integratedTime) * 1000).toISOString()
    };
}
/** Maps @sigstore/verify's error codes onto reasons a reader can act on. */
function explain(error) {
    const message = (0,src_errors/* errorMessage */.gJ)(error);
    if (error instanceof verify_dist/* PolicyError */.pn)
        return { reason: 'identity-mismatch', detail: message };
    if (!(error instanceof verify_dist/* VerificationError */.mk))
        return { reason: 'malformed', detail: message };
    switch (error.code) {
        case 'SIGNATURE_ERROR':
            return {
                reason: 'bad-signature',
                detail: 'the signature does not verify over the payload with the key'
            };
        case 'TLOG_BODY_ERROR':
            if (/digest mismatch/.test(message)) {
                return {
                    reason: 'payload-changed',
                    detail: 'the payload differs from the one recorded in the transparency log'
                };
            }
            if (/signature mismatch/.test(message)) {
                return {
                    reason: 'bad-signature',
                    detail: 'the signature differs from the one recorded in the transparency log'
                };
            }
            return { reason: 'tlog-invalid', detail: `the transparency-log entry does not match: ${message}` };
        case 'TLOG_INCLUSION_PROMISE_ERROR':
            return {
                reason: 'tlog-invalid',
                detail: `the Rekor signed entry timestamp (SET) does not verify: ${message}`
            };
        case 'TLOG_INCLUSION_PROOF_ERROR':
        case 'TLOG_MISSING_INCLUSION_ERROR':
            return { reason: 'tlog-invalid', detail: `the Rekor inclusion proof does not verify: ${message}` };
        case 'TLOG_ERROR':
            return { reason: 'tlog-missing', detail: message };
        case 'CERTIFICATE_ERROR':
            if (/SCT/.test(message))
                return { reason: 'sct-missing', detail: `no valid certificate-transparency timestamp: ${message}` };
            return {
                reason: 'untrusted-certificate',
                detail: `the certificate does not chain to a trusted Fulcio CA: ${message}`
            };
        case 'PUBLIC_KEY_ERROR':
            return { reason: 'key-invalid', detail: message };
        default:
            return { reason: 'tlog-invalid', detail: message };
    }
}

;// CONCATENATED MODULE: ./src/signing/cosign-cli.ts






/** Variables `cosign verify` may need (registry auth, KMS providers, proxies, Sigstore config); nothing else. */
const ENV_ALLOWED = /^(PATH|HOME|TMPDIR|DOCKER_CONFIG|SSL_CERT_(FILE|DIR)|(HTTPS?|NO)_PROXY|(https?|no)_proxy|TUF_ROOT|SIGSTORE_.*|COSIGN_(REPOSITORY|EXPERIMENTAL|DOCKER_MEDIA_TYPES)|AWS_.*|GOOGLE_.*|CLOUDSDK_.*|AZURE_.*|VAULT_.*)$/;
/**
 * `cosign verify` arguments for one authority (and, for keyless, one identity): the policy's
 * requirements as flags. cosign matches regular expressions as substrings; the policy's are
 * full-match, so they go in wrapped as `^(?:…)$`. `optional` log/SCT requirements become cosign's
 * `--insecure-ignore-*` flags, since cosign has no "check when present".
 */
function cosignArguments(reference, authority, policy, keyFile, identity) {
    const args = ['verify', '--output', 'json'];
    if (authority.kms !== undefined)
        args.push('--key', authority.kms);
    else if (keyFile !== undefined)
        args.push('--key', keyFile);
    if (identity !== undefined) {
        for (const field of ['issuer', 'subject']) {
            const flag = field === 'issuer' ? '--certificate-oidc-issuer' : '--certificate-identity';
            if (identity[field] !== undefined)
                args.push(flag, identity[field]);
            else
                args.push(`${flag}-regexp`, `^(?:${identity[`${field}RegExp`]})$`);
        }
        if (authority.ctlog === 'optional')
            args.push('--insecure-ignore-sct=true');
    }
    if (authority.tlog === 'optional')
        args.push('--insecure-ignore-tlog=true');
    const root = authority.trustedRootPath ?? policy.trustedRootPath;
    if (root !== undefined)
        args.push('--trusted-root', root);
    args.push(reference);
    return args;
}
/**
 * Verifies one image by running `cosign verify` once per authority (and keyless identity); an
 * authority passes when cosign exits 0 and every signature it prints names `digest`. Throws when
 * cosign cannot run at all (missing, timed out), so the caller fails closed with that message.
 */
async function verifyWithCosign(image, reference, digest, policy, options) {
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_.join(external_node_os_.tmpdir(), 'imagegate-cosign-'));
    const signatures = [];
    try {
        for (const authority of policy.authorities) {
            let keyFile = authority.keyPath;
            if (keyFile === undefined && authority.key !== undefined) {
                keyFile = external_node_path_.join(dir, `${signatures.length}.pub`);
                (0,external_node_fs_.writeFileSync)(keyFile, authority.key.publicKey.export({ type: 'spki', format: 'pem' }));
            }
            const identities = authority.keyless?.raw ?? [undefined];
            for (const identity of identities) {
                const args = cosignArguments(reference, authority, policy, keyFile, identity);
                const run = await (0,exec/* runProcess */.R)(options.cosign ?? 'cosign', args, {
                    timeoutMs: options.timeoutMs,
                    environment: allowedEnv(options.env ?? process.env)
                });
                signatures.push(outcomeOf(run, authority, digest, identity));
            }
        }
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
    const satisfied = policy.authorities.filter(a => signatures.some(s => s.accepted.some(x => x.authority === a.name)));
    const verified = policy.authorities.length > 0 && satisfied.length >= policy.threshold;
    return {
        image,
        digest,
        verified,
        threshold: policy.threshold,
        satisfiedAuthorities: satisfied.map(a => a.name),
        signatures,
        summary: verified
            ? `verified by ${satisfied.map(a => a.name).join(', ')} (cosign verify)`
            : 'cosign verify found no signature the policy accepts'
    };
}
function outcomeOf(run, authority, digest, identity) {
    const source = `cosign verify (${authority.name})`;
    if (run.spawnError !== undefined) {
        throw new Error(`cannot run cosign (${run.spawnError}); install it (sigstore/cosign-installer) or use verifier: native`);
    }
    if (run.timedOut)
        throw new Error(`cosign verify did not finish within the time limit (${authority.name})`);
    const reject = (reason, detail) => ({
        source,
        format: 'legacy',
        accepted: [],
        rejected: [{ authority: authority.name, reason, detail: boundedDetail(detail) }]
    });
    if (run.exitCode !== 0) {
        return reject('bad-signature', `cosign verify exited ${run.exitCode}: ${run.stderrTail.slice(-3).join(' ')}`);
    }
    let items;
    try {
        items = JSON.parse(run.stdout.trim());
        if (!Array.isArray(items) || items.length === 0)
            throw new Error('not a list of signatures');
    }
    catch (error) {
        return reject('malformed', `cannot read cosign's JSON output: ${error.message}`);
    }
    const digests = items.map(i => i?.critical?.image?.['docker-manifest-digest']);
    if (!digests.every(d => d === digest)) {
        return reject('digest-mismatch', `cosign verified signatures for ${digests.map(String).join(', ')}, not ${digest}`);
    }
    const legacy = items.every(i => i.critical?.type === SIMPLE_SIGNING_TYPE);
    const signer = identity === undefined
        ? { keyFingerprint: authority.key?.fingerprint, kms: authority.kms }
        : {
            identity: {
                issuer: identity.issuer ?? identity.issuerRegExp,
                subject: identity.subject ?? identity.subjectRegExp
            }
        };
    return {
        source,
        format: legacy ? 'legacy' : 'bundle',
        accepted: [{ authority: authority.name, signer }],
        rejected: []
    };
}
function allowedEnv(env) {
    return Object.fromEntries(Object.entries(env).filter(([name]) => ENV_ALLOWED.test(name)));
}

;// CONCATENATED MODULE: ./src/signing/identity.ts

/** Echoed policy values are cut like the rest of the policy's messages (problems.ts MAX_ECHO). */
const MAX_ECHO = 80;
const echo = (pattern) => JSON.stringify((0,untrusted/* truncate */.xv)(pattern, MAX_ECHO));
/**
 * Compiles one policy identity. Regular expressions are full-match: a pattern must be written with
 * `^` and `$` (so it means the same in cosign and policy-controller, which match substrings), and it
 * is compiled as `^(?:pattern)$` as well, so an alternation like `^a|b$` cannot match a substring
 * either. Throws a plain sentence naming the field.
 */
function compileIdentity(identity) {
    const issuer = fieldMatcher(identity, 'issuer');
    const subject = fieldMatcher(identity, 'subject');
    return {
        label: `${issuer.label} ${subject.label}`,
        matches: found => issuer.test(found.issuer) && subject.test(found.subject)
    };
}
function fieldMatcher(identity, field) {
    const exact = identity[field];
    const pattern = identity[`${field}RegExp`];
    if (exact !== undefined && pattern !== undefined) {
        throw new IdentityError(field, `give either \`${field}\` or \`${field}RegExp\`, not both`);
    }
    if (exact !== undefined)
        return { label: `${field}=${exact}`, test: value => value === exact };
    if (pattern === undefined) {
        throw new IdentityError(field, `missing \`${field}\` or \`${field}RegExp\` (an identity names both who and by whom)`);
    }
    return { label: `${field}~${pattern}`, test: fullMatch(pattern, `${field}RegExp`) };
}
function fullMatch(pattern, field) {
    if (!pattern.startsWith('^') || !/(?:^|[^\\])(?:\\\\)*\$$/.test(pattern)) {
        throw new IdentityError(field, `the regular expression ${echo(pattern)} must be anchored, written as ^…$ ` +
            '(it must match the whole value; unanchored, `.*@example.com` would also accept `x@example.com.evil`)');
    }
    let re;
    try {
        re = new RegExp(`^(?:${pattern})$`);
    }
    catch (error) {
        // V8 says `Invalid regular expression: /…/: Unterminated group`; the last part is the news.
        const why = error.message.split(': ').pop();
        throw new IdentityError(field, `invalid regular expression ${echo(pattern)}: ${(0,untrusted/* truncate */.xv)(why ?? '', MAX_ECHO)}`);
    }
    return value => re.test(value);
}
/** A mistake in one identity, with the key it is about so the caller can point at its line. */
class IdentityError extends Error {
    field;
    constructor(field, message) {
        super(message);
        this.field = field;
        this.name = 'IdentityError';
    }
}

;// CONCATENATED MODULE: ./src/signing/policy.ts






/**
 * Checks what the schema cannot (one kind of key, anchored regular expressions, readable key and
 * trusted-root files, thresholds that can be met) and compiles the `signatures` section into
 * matchers and parsed keys. Every mistake becomes a problem at `file:line`, all in one ConfigError.
 */
function compileSignaturePolicy(policy, context) {
    const problems = [];
    const report = (at, message) => {
        const field = ['signatures', ...at].join('.');
        problems.push({ message, position: { file: context.file, ...context.locate?.(at), field } });
    };
    const authorities = policy.authorities.map((authority, i) => compileAuthority(authority, i, context, policy.verifier, (at, message) => report(['authorities', String(i), ...at], message)));
    const names = new Set();
    authorities.forEach((a, i) => {
        if (names.has(a.name))
            report(['authorities', String(i), 'name'], `the name ${JSON.stringify(a.name)} is used twice`);
        names.add(a.name);
    });
    if (authorities.length > 0 && policy.threshold > authorities.length) {
        report(['threshold'], `asks for ${policy.threshold} authorities but only ${authorities.length} are listed`);
    }
    const trustedRootPath = policy.trustedRoot === undefined
        ? undefined
        : checkedTrustedRoot(policy.trustedRoot, context, m => report(['trustedRoot'], m));
    if (problems.length > 0) {
        problems.sort((a, b) => (a.position.line ?? 0) - (b.position.line ?? 0) || (a.position.column ?? 0) - (b.position.column ?? 0));
        throw new src_errors/* ConfigError */.xL(problems.map(src_errors/* formatProblem */.Vw).join('\n'), problems);
    }
    return {
        required: policy.required,
        authorities,
        threshold: policy.threshold,
        images: [...policy.images],
        trustedRootPath,
        verifier: policy.verifier
    };
}
function compileAuthority(authority, i, context, verifier, report) {
    const compiled = {
        name: authority.name ?? `authority-${i + 1}`,
        tlog: authority.tlog ?? (authority.keyless ? 'required' : 'optional'),
        ctlog: authority.ctlog ?? 'required',
        threshold: authority.threshold ?? 1
    };
    if ((authority.key === undefined) === (authority.keyless === undefined)) {
        report([], 'an authority needs exactly one of `key` or `keyless`');
        return compiled;
    }
    if (authority.key)
        compileKey(authority.key, compiled, context, verifier, report);
    if (authority.keyless) {
        const { identities, trustedRoot } = authority.keyless;
        if (identities.length === 0)
            report(['keyless', 'identities'], 'list at least one identity (issuer and subject)');
        const matchers = identities.map((identity, j) => {
            try {
                return compileIdentity(identity);
            }
            catch (error) {
                const at = error instanceof IdentityError ? [error.field] : [];
                report(['keyless', 'identities', String(j), ...at], error.message);
                return undefined;
            }
        });
        compiled.keyless = {
            identities: matchers.filter(m => m !== undefined),
            raw: identities.map(identity => ({ ...identity }))
        };
        if (trustedRoot !== undefined)
            compiled.trustedRootPath = checkedTrustedRoot(trustedRoot, context, m => report(['keyless', 'trustedRoot'], m));
    }
    else if (compiled.threshold > 1) {
        report(['threshold'], 'a key authority has one signer; a threshold above 1 needs keyless identities');
    }
    return compiled;
}
function compileKey(key, compiled, context, verifier, report) {
    const given = ['path', 'data', 'kms'].filter(k => key[k] !== undefined);
    if (given.length !== 1) {
        report(['key'], `give exactly one of \`key.path\`, \`key.data\` or \`key.kms\` (got ${given.length})`);
        return;
    }
    if (key.kms !== undefined) {
        if (verifier !== 'cosign')
            report(['key', 'kms'], 'KMS keys need `signatures.verifier: cosign` (and cosign on PATH)');
        compiled.kms = key.kms;
        return;
    }
    let pem = key.data;
    let source = 'key.data';
    if (key.path !== undefined) {
        const file = external_node_path_.resolve(context.policyDir, key.path);
        source = key.path;
        try {
            pem = (0,external_node_fs_.readFileSync)(file, 'utf8');
            compiled.keyPath = file;
        }
        catch (error) {
            report(['key', 'path'], `cannot read the key file ${file}: ${error.code ?? String(error)}`);
            return;
        }
    }
    try {
        compiled.key = { ...parsePublicKey(pem ?? ''), source };
    }
    catch (error) {
        report(['key', key.path !== undefined ? 'path' : 'data'], error.message);
    }
}
/** Resolves a trusted_root.json path and checks now that it parses, so a typo fails at load time. */
function checkedTrustedRoot(relative, context, report) {
    const file = external_node_path_.resolve(context.policyDir, relative);
    try {
        parseTrustedRoot((0,external_node_fs_.readFileSync)(file, 'utf8'));
        return file;
    }
    catch (error) {
        report(`cannot use the trusted root ${file}: ${error.message}`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/signing/verify-image.ts








// Building trust material parses every certificate and key of the root (~9 ms for the public-good
// one): once per root and authority for the run, not once per image.
const trustCache = new WeakMap();
function sharedTrustMaterial(root, authority) {
    let byAuthority = trustCache.get(root);
    if (byAuthority === undefined)
        trustCache.set(root, (byAuthority = new WeakMap()));
    let material = byAuthority.get(authority);
    if (material === undefined) {
        material = trustMaterialFor(root, authority.key?.publicKey);
        byAuthority.set(authority, material);
    }
    return material;
}
/** Whether the policy's `images` globs cover this image (no globs: every image). */
function policyAppliesTo(policy, image) {
    return policy.images.length === 0 || policy.images.some(glob => matchesImagePattern(glob, image));
}
/**
 * Verifies every signature of one image under every authority, and decides: at least `threshold`
 * distinct authorities must each have `authority.threshold` distinct signers. Never throws; every
 * signature that does not count says why, per authority.
 */
function verifyImageSignatures(target, policy, options) {
    const trustFor = (authority) => sharedTrustMaterial(options.rootFor(authority.trustedRootPath ?? policy.trustedRootPath), authority);
    const predicateTypes = options.predicateTypes ?? [COSIGN_SIGN_PREDICATE];
    const signatures = target.signatures.map(input => checkSignature(input, target, policy.authorities, trustFor, predicateTypes, options.now));
    const satisfied = policy.authorities
        .filter(a => distinctSigners(signatures, a.name) >= a.threshold)
        .map(a => a.name);
    const verified = policy.authorities.length > 0 && satisfied.length >= policy.threshold;
    return {
        image: target.image,
        digest: target.digest,
        verified,
        threshold: policy.threshold,
        satisfiedAuthorities: satisfied,
        signatures,
        summary: summarize(verified, satisfied, policy, signatures)
    };
}
function checkSignature(input, target, authorities, trustFor, predicateTypes, now) {
    const outcome = { source: input.source, format: input.format, accepted: [], rejected: [] };
    let prepared;
    try {
        prepared =
            input.format === 'legacy'
                ? prepareLegacySignature(input.payload, input.annotations)
                : prepareBundleSignature(input.bundle, { predicateTypes, manifest: manifestOf(target) });
    }
    catch (error) {
        outcome.rejected = authorities.map(a => ({
            authority: a.name,
            reason: 'malformed',
            detail: boundedDetail((0,src_errors/* errorMessage */.gJ)(error))
        }));
        return outcome;
    }
    for (const authority of authorities) {
        if (authority.kms !== undefined)
            continue; // only `verifier: cosign` can use a KMS key
        const result = verifyUnderAuthority(prepared, authority, trustFor(authority), target.digest, now);
        if ('signer' in result)
            outcome.accepted.push(result);
        else
            outcome.rejected.push(result);
    }
    return outcome;
}
/** The manifest bytes only when they are the image's (their sha256 is the digest); else none. */
function manifestOf(target) {
    const { manifest, digest } = target;
    if (manifest === undefined)
        return undefined;
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(manifest).digest('hex')}` === digest ? manifest : undefined;
}
/** Signers, not signatures: the same identity signing twice is still one signer. */
function distinctSigners(signatures, authority) {
    const signers = new Set();
    for (const s of signatures)
        for (const a of s.accepted.filter((x) => x.authority === authority)) {
            signers.add(a.signer.keyFingerprint ?? `${a.signer.identity?.issuer}\n${a.signer.identity?.subject}`);
        }
    return signers.size;
}
function summarize(verified, satisfied, policy, signatures) {
    if (policy.authorities.length === 0)
        return 'no signature authorities in the policy: add `signatures.authorities`';
    if (verified)
        return `verified by ${satisfied.join(', ')}`;
    if (signatures.length === 0)
        return 'no signatures found for this digest';
    const need = policy.threshold === 1
        ? 'no authority verified'
        : `${satisfied.length} of ${policy.threshold} authorities verified`;
    const reasons = [...new Set(signatures.flatMap(s => s.rejected.map(r => r.reason)))];
    return `${need} any of ${(0,util_text/* plural */.LS)(signatures.length, 'signature')} (${reasons.join(', ') || 'thresholds not met'})`;
}

;// CONCATENATED MODULE: ./src/signing/index.ts







/**
 * Loads, once per run, every trusted root the policy names (its own and per-authority paths) and the
 * default one (bundled, or refreshed over TUF when `refresh` is given).
 */
async function loadRunTrustedRoots(policy, refresh) {
    const paths = new Set([policy.trustedRootPath, ...policy.authorities.map(a => a.trustedRootPath)].filter(p => p !== undefined));
    const loaded = new Map();
    const needsDefault = policy.trustedRootPath === undefined && policy.authorities.some(a => a.trustedRootPath === undefined);
    if (needsDefault)
        loaded.set(undefined, await loadTrustedRoot({ refresh }));
    for (const path of paths)
        loaded.set(path, await loadTrustedRoot({ path }));
    return {
        rootFor: path => {
            const root = loaded.get(path);
            if (root === undefined)
                throw new Error(`no trusted root was loaded for ${path ?? 'the default'}`);
            return root.root;
        },
        sources: [...loaded.values()].map(l => l.source),
        notes: [...loaded.values()].flatMap(l => l.notes)
    };
}

;// CONCATENATED MODULE: ./src/checks/signatures/describe.ts

/** The report's view of one image's verification: which authority verified which signature. */
function signatureStatus(result) {
    const verifiedBy = result.signatures.flatMap(s => s.accepted.map(a => ({
        authority: a.authority,
        format: s.format,
        source: s.source,
        signer: describeSigner(a.signer),
        ...(a.tlog ? { tlog: `Rekor log index ${a.tlog.logIndex} at ${a.tlog.integratedTime}` } : {})
    })));
    return { status: result.verified ? 'verified' : 'not-verified', summary: result.summary, verifiedBy };
}
function describeSigner(signer) {
    if (signer.keyFingerprint !== undefined)
        return `key ${signer.keyFingerprint}`;
    if (signer.kms !== undefined)
        return `kms ${signer.kms}`;
    if (signer.identity !== undefined)
        return `issuer ${signer.identity.issuer} subject ${signer.identity.subject}`;
    return 'unknown signer';
}
/** One line per acceptance, for the check's notes. */
function describeAcceptance(image, a) {
    const tlog = a.tlog ? `, ${a.tlog}` : ', no transparency-log entry';
    return `${image}: ${a.format} signature (${a.source}) verified by ${a.authority}: ${a.signer}${tlog}`;
}
/** Why no signature counted: each signature's reasons per authority, bounded. */
function rejectionReasons(result, max = 5) {
    const lines = result.signatures.slice(0, max).map(s => {
        const reasons = s.rejected.map(r => `${r.authority}: ${r.reason} (${(0,untrusted/* truncate */.xv)(r.detail, 160)})`);
        return `${s.format} signature ${s.source}: ${reasons.join('; ') || 'verified, but thresholds not met'}`;
    });
    const more = result.signatures.length > max ? [`and ${result.signatures.length - max} more`] : [];
    return [...lines, ...more].join(' | ');
}

// EXTERNAL MODULE: ./src/checks/signatures/rules.ts
var signatures_rules = __webpack_require__(57094);
;// CONCATENATED MODULE: ./src/checks/signatures/signature-check.ts








/** Verifies the signatures of every image the policy's `signatures` section covers, on the resolved digest. */
function createSignatureCheck(services) {
    const compiled = (context) => services.policy ??
        compileSignaturePolicy(context.policy.signatures, {
            policyDir: context.workingDirectory,
            file: 'policy'
        });
    const covered = (context) => imageTargets(context).filter(t => policyAppliesTo(compiled(context), t.image));
    const wanted = (context) => context.policy.signatures.required || context.policy.signatures.authorities.length > 0;
    return {
        id: 'signatures',
        title: 'Image signatures',
        isRequired: context => context.images.length > 0 && context.policy.signatures.required,
        needsImageDigests: context => wanted(context) && covered(context).some(t => t.kind === 'reference'),
        async run(context) {
            if (!wanted(context)) {
                return { findings: [], skippedReason: 'the policy neither requires nor names signature authorities' };
            }
            const policy = compiled(context);
            const targets = covered(context);
            if (targets.length === 0)
                return { findings: [], skippedReason: 'no image the policy covers' };
            if (policy.authorities.length === 0) {
                throw new Error('signatures.required is true but signatures.authorities is empty, so no signature can be ' +
                    'accepted; add the key (key.path) or keyless identity that signs your images');
            }
            const roots = policy.verifier === 'native'
                ? await loadRunTrustedRoots(policy, services.settings?.refresh)
                : undefined;
            const verifier = new ImageVerifier(services.registry, policy, roots, services.settings);
            const results = await Promise.all(targets.map(t => verifier.check(context, t)));
            const notes = [...(roots?.sources.map(s => `Trusted root: ${s}`) ?? []), ...(roots?.notes ?? [])];
            return {
                findings: results.flatMap(r => r.findings),
                notes: [...notes, ...results.flatMap(r => r.notes)],
                imageFacts: results.map(r => r.facts)
            };
        }
    };
}
class ImageVerifier {
    registry;
    policy;
    roots;
    settings;
    constructor(registry, policy, roots, settings) {
        this.registry = registry;
        this.policy = policy;
        this.roots = roots;
        this.settings = settings;
    }
    async check(context, target) {
        const { image } = target;
        if (target.kind !== 'reference') {
            return cannotCheck(image, `${image} is a local image; its signatures live in a registry: verify the pushed image`);
        }
        try {
            const digest = context.resolved?.get(image)?.digest ?? (await this.registry().resolveDigest(target.reference));
            const result = await this.verify(image, target.reference, digest);
            return judged(image, digest, result);
        }
        catch (error) {
            return cannotCheck(image, `the signatures of ${image} cannot be checked: ${(0,src_errors/* errorMessage */.gJ)(error)}`);
        }
    }
    async verify(image, reference, digest) {
        if (this.policy.verifier === 'cosign') {
            const pinned = `${reference.registry}/${reference.repository}@${digest}`;
            return verifyWithCosign(image, pinned, digest, this.policy, {
                cosign: this.settings?.cosign,
                timeoutMs: this.settings?.cosignTimeoutMs ?? 120_000
            });
        }
        // Bundles (cosign 3) first, then legacy `.sig` layers; both are listed, whichever the signer used.
        const registry = this.registry();
        const [bundles, legacy, manifest] = await Promise.all([
            listBundleSignatures(registry, reference, digest),
            listLegacySignatures(registry, reference, digest),
            registry.getManifest(reference, digest)
        ]);
        const signatures = [
            ...bundles.signatures.map(s => ({ format: s.format, bundle: s.bundle, source: s.source })),
            ...legacy.signatures.map(s => ({
                format: s.format,
                payload: s.payload,
                annotations: s.annotations,
                source: s.source
            }))
        ];
        const roots = this.roots;
        return verifyImageSignatures({ image, digest, signatures, manifest: manifest.bytes }, this.policy, {
            rootFor: path => roots.rootFor(path)
        });
    }
}
function judged(image, digest, result) {
    const status = signatureStatus(result);
    const facts = { image, signature: status };
    if (result.verified) {
        const notes = status.verifiedBy.map(a => describeAcceptance(image, a));
        return { findings: [], notes, facts };
    }
    if (result.signatures.length === 0) {
        const message = `${image} (${digest}) has no signature: no cosign .sig tag and no Sigstore bundle refers to this digest; sign it (cosign sign IMAGE@${digest})`;
        return { findings: [signature_check_finding('IG300', message, image)], notes: [], facts };
    }
    const message = `${image} (${digest}): no signature verified under the policy's authorities: ${result.summary}; ${rejectionReasons(result)}`;
    return { findings: [signature_check_finding('IG301', message, image)], notes: [], facts };
}
function cannotCheck(image, message) {
    return {
        findings: [signature_check_finding('IG302', message, image)],
        notes: [],
        facts: { image, signature: { status: 'error', summary: message, verifiedBy: [] } }
    };
}
function signature_check_finding(rule, message, image) {
    const info = signatures_rules/* SIGNATURE_RULES */.D.find(r => r.id === rule);
    return {
        check: 'signatures',
        rule,
        severity: info?.severity ?? 'high',
        message,
        image,
        helpUri: (0,model_rule/* ruleHelpUri */.S7)(rule)
    };
}

;// CONCATENATED MODULE: ./src/scanners/reports/json-error-position.ts
// V8's JSON.parse messages, the forms that place the error (V8 json-parser.cc): "… in JSON at position N",
// "Unexpected end of JSON input", and "Unexpected token 'x', <context> is not valid JSON", whose context
// is the whole text when it is short (no position then), else 10 characters either side of the error.
const CONTEXT = 10;
const UNEXPECTED_TOKEN = /^Unexpected token .*?, (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/;
/** Where `JSON.parse(text)` failed, read from its error message; undefined when the message does not say. */
function jsonErrorOffset(text, message) {
    const position = /at position (\d+)/.exec(message);
    if (position)
        return Number(position[1]);
    if (message.startsWith('Unexpected end of JSON input'))
        return text.length;
    const token = UNEXPECTED_TOKEN.exec(message);
    if (!token)
        return undefined;
    const [, before, context, after] = token;
    if (!before && after)
        return context.length - CONTEXT;
    if (before && !after)
        return text.length - context.length + CONTEXT;
    if (before && after) {
        const start = text.indexOf(context);
        return start < 0 ? undefined : start + CONTEXT;
    }
    return undefined;
}
/** `line L column C` of a character offset, both from 1. */
function lineColumn(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            lineStart = i + 1;
        }
    }
    return `line ${line} column ${offset - lineStart + 1}`;
}

;// CONCATENATED MODULE: ./src/scanners/reports/json-reader.ts

/**
 * A malformed scanner report. The check turns it into an `error` result (fail closed), so the
 * message says which report and, where it can, the JSON path of the bad field.
 */
class ReportFormatError extends Error {
    /** e.g. `trivy report /tmp/x.json` */
    source;
    /** e.g. `Results[2].Vulnerabilities[0].PkgName`; undefined for whole-document problems. */
    path;
    constructor(source, problem, path) {
        super(path ? `${source}: ${path}: ${problem}` : `${source}: ${problem}`);
        this.name = 'ReportFormatError';
        this.source = source;
        this.path = path;
    }
}
/** `JSON.parse` with the source named and the failing position given as offset, line and column. */
function parseJson(text, source, expected) {
    if (text.trim() === '')
        throw new ReportFormatError(source, `empty output; expected ${expected}`);
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const offset = jsonErrorOffset(text, reason);
        const where = offset === undefined ? '' : ` at position ${offset} (${lineColumn(text, offset)})`;
        throw new ReportFormatError(source, `not valid JSON${where}: ${reason}`);
    }
}
function describeJson(value) {
    if (value === undefined)
        return 'nothing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
/** A top-level document, described for "expected …; got …": an object by its first keys. */
function describeDocument(doc) {
    if (!json_reader_isObject(doc))
        return describeJson(doc);
    return `an object with keys ${Object.keys(doc).slice(0, 5).join(', ') || '(none)'}`;
}
function json_reader_isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
class PathStep {
    parent;
    key;
    index;
    constructor(parent, key, index) {
        this.parent = parent;
        this.key = key;
        this.index = index;
    }
    toString() {
        const field = join(String(this.parent), this.key);
        return this.index === undefined ? field : `${field}[${this.index}]`;
    }
}
/** `path.key`, or `path.key[index]` for an element of the array at `key`. */
function at(path, key, index) {
    return new PathStep(path, key, index);
}
/**
 * Typed access to the fields a parser needs, failing with the field's JSON path. Fields a parser
 * does not read are never checked, so scanner additions and free-form blocks do not break us.
 */
class FieldReader {
    source;
    constructor(source) {
        this.source = source;
    }
    fail(path, problem) {
        throw new ReportFormatError(this.source, problem, String(path) || undefined);
    }
    object(value, path) {
        if (value === undefined)
            this.fail(path, 'expected an object, but it is missing');
        if (!json_reader_isObject(value))
            this.fail(path, `expected an object, got ${describeJson(value)}`);
        return value;
    }
    /** An array field; missing or null reads as empty (scanners write both for "none"). */
    array(parent, key, path) {
        const value = parent[key];
        if (value === undefined || value === null)
            return [];
        if (!Array.isArray(value))
            this.fail(at(path, key), `expected an array, got ${describeJson(value)}`);
        return value;
    }
    /** An array field whose elements must all be objects; element `i` is at `at(path, key, i)`. */
    objects(parent, key, path) {
        const items = this.array(parent, key, path);
        for (let i = 0; i < items.length; i++)
            if (!json_reader_isObject(items[i]))
                this.object(items[i], at(path, key, i));
        return items;
    }
    string(parent, key, path) {
        const value = this.optString(parent, key, path);
        if (value === undefined)
            this.fail(at(path, key), 'expected a string, but it is missing');
        return value;
    }
    optString(parent, key, path) {
        const value = parent[key];
        if (typeof value === 'string')
            return value;
        if (value === undefined || value === null)
            return undefined;
        return this.fail(at(path, key), `expected a string, got ${describeJson(value)}`);
    }
    optNumber(parent, key, path) {
        const value = parent[key];
        if (value === undefined || value === null)
            return undefined;
        if (typeof value !== 'number' || !Number.isFinite(value))
            this.fail(at(path, key), `expected a number, got ${describeJson(value)}`);
        return value;
    }
    optObject(parent, key, path) {
        const value = parent[key];
        if (value === undefined || value === null)
            return undefined;
        return this.object(value, at(path, key));
    }
    /** An array of strings; missing or null reads as empty. */
    strings(parent, key, path) {
        const items = this.array(parent, key, path);
        for (let i = 0; i < items.length; i++) {
            if (typeof items[i] !== 'string')
                this.fail(at(path, key, i), `expected a string, got ${describeJson(items[i])}`);
        }
        return items;
    }
}
function join(path, key) {
    return path === '' ? key : `${path}.${key}`;
}

// EXTERNAL MODULE: ./src/model/severity.ts
var model_severity = __webpack_require__(11502);
;// CONCATENATED MODULE: ./src/scanners/reports/combine.ts

/** Most specific wins: a known fix, then a decision not to fix, then "no fix yet", then no word. */
const FIX_STATE_RANK = { fixed: 3, 'wont-fix': 2, 'not-fixed': 1, unknown: 0 };
function strongerFixState(a, b) {
    return FIX_STATE_RANK[b] > FIX_STATE_RANK[a] ? b : a;
}
function higherSeverity(a, b) {
    return (0,model_severity/* severityRank */.qs)(b) > (0,model_severity/* severityRank */.qs)(a) ? b : a;
}
function maxDefined(a, b) {
    if (a === undefined)
        return b;
    if (b === undefined)
        return a;
    return Math.max(a, b);
}
/** KEV: listed by anyone wins; "checked and not listed" beats "not checked". */
function eitherKnownExploited(a, b) {
    if (a === true || b === true)
        return true;
    if (a === false || b === false)
        return false;
    return undefined;
}
/** Appends the items of `more` that `into` lacks, keeping first-seen order. */
function appendUnique(into, more) {
    for (const item of more)
        if (!into.includes(item))
            into.push(item);
}
/**
 * A copy to fold into, with its own arrays. Every field is set, even to undefined, so all copies
 * share one object shape and the fold over 40,000 of them stays fast.
 */
function copyFacts(match) {
    return {
        fixedVersions: match.fixedVersions.slice(),
        fixState: match.fixState,
        locations: match.locations.slice(),
        packageType: match.packageType,
        title: match.title,
        url: match.url,
        cvss: match.cvss,
        epss: match.epss,
        knownExploited: match.knownExploited
    };
}
/** Union of fixed versions and paths, the stronger fix state, the higher scores, the first text. */
function foldFacts(into, other) {
    appendUnique(into.fixedVersions, other.fixedVersions);
    appendUnique(into.locations, other.locations);
    into.fixState = strongerFixState(into.fixState, other.fixState);
    if (into.packageType === undefined && other.packageType !== undefined)
        into.packageType = other.packageType;
    if (into.title === undefined && other.title !== undefined)
        into.title = other.title;
    if (into.url === undefined && other.url !== undefined)
        into.url = other.url;
    const cvss = maxDefined(into.cvss, other.cvss);
    if (cvss !== undefined)
        into.cvss = cvss;
    const epss = maxDefined(into.epss, other.epss);
    if (epss !== undefined)
        into.epss = epss;
    const knownExploited = eitherKnownExploited(into.knownExploited, other.knownExploited);
    if (knownExploited !== undefined)
        into.knownExploited = knownExploited;
}
/** Leaves optional fields absent rather than present-and-undefined, so reports stay tidy. */
function setIfDefined(target, key, value) {
    if (value !== undefined)
        target[key] = value;
}

// EXTERNAL MODULE: ./src/scanners/reports/package-key.ts
var package_key = __webpack_require__(99853);
;// CONCATENATED MODULE: ./src/scanners/reports/match-collector.ts


/**
 * Folds one report's entries into distinct matches. The same vulnerability in the same package
 * version listed twice (two lock files, a library copied to two paths) is one match whose
 * `locations` holds both paths: one thing to fix, counted once, and no path lost.
 */
class MatchCollector {
    byKey = new Map();
    entryCount = 0;
    add(match) {
        this.entryCount++;
        const key = `${match.id.toUpperCase()}\u0000${(0,package_key/* packageKey */.MO)(match.packageName, match.installedVersion, match.packageType)}`;
        const seen = this.byKey.get(key);
        if (seen)
            foldMatch(seen, match);
        else
            this.byKey.set(key, match);
    }
    matches() {
        return [...this.byKey.values()];
    }
}
function foldMatch(into, other) {
    appendUnique(into.aliases, other.aliases);
    into.severity = higherSeverity(into.severity, other.severity);
    foldFacts(into, other);
}

;// CONCATENATED MODULE: ./src/scanners/reports/scanner-severity.ts

/**
 * Trivy (CRITICAL…LOW, UNKNOWN) and Grype (Critical…Low, Negligible, Unknown) on our scale.
 * UNKNOWN, Negligible and a missing severity become `info`: the scanner gives no rating to gate on,
 * and CVSS/KEV/EPSS gates still apply. Any other word is an error, so a new scanner level cannot
 * slip through as `info` unnoticed.
 */
const SCANNER_SEVERITIES = {
    critical: 'critical',
    high: 'high',
    medium: 'medium',
    moderate: 'medium',
    low: 'low',
    negligible: 'info',
    unknown: 'info',
    none: 'info',
    '': 'info'
};
/** The spellings scanners write (`HIGH`, `High`), looked up before any case folding, which allocates. */
const AS_WRITTEN = new Map(Object.entries(SCANNER_SEVERITIES).flatMap(([word, severity]) => [
    [word, severity],
    [word.toUpperCase(), severity],
    [word.charAt(0).toUpperCase() + word.slice(1), severity]
]));
function readSeverity(reader, parent, key, path) {
    const raw = reader.optString(parent, key, path);
    if (raw === undefined)
        return 'info';
    const severity = AS_WRITTEN.get(raw) ?? AS_WRITTEN.get(raw.trim().toLowerCase());
    if (severity === undefined)
        reader.fail(at(path, key), `unknown severity ${JSON.stringify(raw)}`);
    return severity;
}
/**
 * The highest base score over sources, taking each source's newest CVSS version (a v2 score is
 * not allowed to outbid the same source's v3 score). Undefined when there is none.
 */
function highestCvss(scores) {
    const newest = new Map();
    for (const s of scores) {
        const seen = newest.get(s.source);
        if (!seen || s.version > seen.version || (s.version === seen.version && s.score > seen.score))
            newest.set(s.source, s);
    }
    let best;
    for (const s of newest.values())
        if (best === undefined || s.score > best)
            best = s.score;
    return best;
}

;// CONCATENATED MODULE: ./src/scanners/reports/sniff.ts

/** What a parsed document most likely is, to say so when the wrong parser gets it. */
function sniff(doc) {
    if (Array.isArray(doc))
        return 'a Trivy JSON report'; // the legacy (≤0.19) top-level array
    if (!json_reader_isObject(doc))
        return undefined;
    const schema = typeof doc.$schema === 'string' ? doc.$schema.toLowerCase() : '';
    if (doc.bomFormat === 'CycloneDX' || schema.includes('cyclonedx'))
        return 'CycloneDX';
    if (Array.isArray(doc.runs) && (schema.includes('sarif') || doc.version === '2.1.0'))
        return 'SARIF';
    if (typeof doc.spdxVersion === 'string')
        return 'SPDX';
    if ('SchemaVersion' in doc || 'Results' in doc)
        return 'a Trivy JSON report';
    if ('matches' in doc)
        return 'a Grype JSON report';
    return undefined;
}
/** Throws "not a Trivy JSON report (looks like SARIF)" when the document is another known format. */
function rejectOtherFormats(doc, wanted, source) {
    const format = sniff(doc);
    if (format === undefined || format === `a ${wanted} JSON report`)
        return;
    const flag = wanted === 'Trivy' ? '--format json' : '-o json';
    throw new ReportFormatError(source, `not a ${wanted} JSON report (looks like ${format}); imagegate reads the scanner's ${flag} output`);
}

;// CONCATENATED MODULE: ./src/scanners/reports/trivy.ts






const EXPECTED = 'a Trivy JSON report (`trivy --format json`): an object with SchemaVersion 2 and Results, or a legacy (≤0.19) array of results';
/** Trivy's `Status` on our scale. `not_affected` and `under_investigation` say nothing about a fix. */
const STATUS = new Map([
    ['fixed', 'fixed'],
    ['affected', 'not-fixed'],
    ['fix_deferred', 'not-fixed'],
    ['will_not_fix', 'wont-fix'],
    ['end_of_life', 'wont-fix'],
    ['not_affected', 'unknown'],
    ['under_investigation', 'unknown'],
    ['unknown', 'unknown']
]);
/** OS-package targets read `image (debian 10.1)`; they name no file, so they are no location. */
const OS_TARGET = /\s\([^()]+\)$/;
/**
 * Parses `trivy image --format json` output: SchemaVersion 2 (v0.20 onwards; `Results` null or
 * missing reads as none) and the legacy top-level array (≤0.19). Reads Vulnerabilities and
 * Secrets; counts Misconfigurations that did not pass and Licenses. A vulnerability entry without a
 * `VulnerabilityID` (seen only in hand-edited files) is kept under the id `UNKNOWN` rather than
 * dropped. Secret `Match` and `Code` text is never read.
 */
function parseTrivyReport(text, source) {
    const reader = new FieldReader(source);
    const doc = parseJson(text, source, EXPECTED);
    rejectOtherFormats(doc, 'Trivy', source);
    const report = {
        scanner: 'trivy',
        matches: [],
        secrets: [],
        misconfigurationCount: 0,
        licenseCount: 0
    };
    let results;
    if (Array.isArray(doc)) {
        results = doc.map((item, i) => [reader.object(item, `[${i}]`), `[${i}]`]);
    }
    else if (json_reader_isObject(doc) && ('SchemaVersion' in doc || 'Results' in doc)) {
        const schema = reader.optNumber(doc, 'SchemaVersion', '');
        if (schema !== undefined && schema !== 2)
            reader.fail('SchemaVersion', `unsupported schema version ${schema}; imagegate reads SchemaVersion 2`);
        results = reader.objects(doc, 'Results', '').map((result, i) => [result, at('', 'Results', i)]);
        setIfDefined(report, 'artifact', reader.optString(doc, 'ArtifactName', '') || undefined);
        const trivy = reader.optObject(doc, 'Trivy', '');
        setIfDefined(report, 'scannerVersion', trivy && reader.optString(trivy, 'Version', 'Trivy'));
    }
    else {
        return reader.fail('', `expected ${EXPECTED}; got ${describeDocument(doc)}`);
    }
    // Image scans give paths relative to the image root; Grype writes them absolute. One spelling.
    const inImage = json_reader_isObject(doc) && doc.ArtifactType === 'container_image';
    const context = {
        reader,
        report,
        collector: new MatchCollector(),
        imagePath: inImage ? p => (p.startsWith('/') ? p : `/${p}`) : p => p
    };
    for (const [result, path] of results)
        readResult(context, result, path);
    report.matches = context.collector.matches();
    report.entryCount = context.collector.entryCount;
    return report;
}
function readResult({ reader, report, collector, imagePath }, result, path) {
    const target = reader.optString(result, 'Target', path) ?? '';
    const resultClass = reader.optString(result, 'Class', path);
    const type = reader.optString(result, 'Type', path);
    const isOs = resultClass === 'os-pkgs' || (resultClass === undefined && OS_TARGET.test(target));
    const targetLocation = isOs || target === '' ? [] : [target];
    const vulnerabilities = reader.objects(result, 'Vulnerabilities', path);
    for (let i = 0; i < vulnerabilities.length; i++) {
        const vulnPath = at(path, 'Vulnerabilities', i);
        const match = readVulnerability(reader, vulnerabilities[i], vulnPath, type, targetLocation);
        match.locations = match.locations.map(imagePath);
        collector.add(match);
    }
    const secrets = reader.objects(result, 'Secrets', path);
    const secretTarget = target === '' ? target : imagePath(target);
    for (let i = 0; i < secrets.length; i++)
        report.secrets.push(readSecret(reader, secrets[i], at(path, 'Secrets', i), secretTarget));
    const misconfigurations = reader.objects(result, 'Misconfigurations', path);
    for (let i = 0; i < misconfigurations.length; i++) {
        const status = reader.optString(misconfigurations[i], 'Status', at(path, 'Misconfigurations', i));
        if (status !== 'PASS')
            report.misconfigurationCount++;
    }
    report.licenseCount += reader.array(result, 'Licenses', path).length;
}
function readVulnerability(reader, vuln, path, resultType, targetLocation) {
    const fixedVersions = splitFixedVersions(reader.optString(vuln, 'FixedVersion', path));
    const status = reader.optString(vuln, 'Status', path);
    const identifier = reader.optObject(vuln, 'PkgIdentifier', path);
    const purl = identifier && reader.optString(identifier, 'PURL', at(path, 'PkgIdentifier'));
    const pkgPath = reader.optString(vuln, 'PkgPath', path);
    // Every field is set, even to undefined: one object shape for all matches keeps the merge fast.
    return {
        scanner: 'trivy',
        id: reader.optString(vuln, 'VulnerabilityID', path) || 'UNKNOWN',
        aliases: reader.strings(vuln, 'VendorIDs', path).slice(),
        packageName: reader.string(vuln, 'PkgName', path),
        installedVersion: reader.optString(vuln, 'InstalledVersion', path) ?? '',
        packageType: (0,package_key/* packageType */.R9)('trivy', resultType, purl),
        severity: readSeverity(reader, vuln, 'Severity', path),
        fixedVersions,
        fixState: status === undefined
            ? fixedVersions.length > 0
                ? 'fixed'
                : 'unknown'
            : (STATUS.get(status) ?? 'unknown'),
        cvss: highestCvss(readCvss(reader, vuln, path)),
        knownExploited: undefined,
        epss: undefined,
        locations: pkgPath ? [pkgPath] : targetLocation.slice(),
        title: reader.optString(vuln, 'Title', path) || undefined,
        url: reader.optString(vuln, 'PrimaryURL', path) || undefined
    };
}
/** `CVSS: { nvd: { V2Score, V3Score, V40Score }, ghsa: {…} }` as a list of scores. */
function readCvss(reader, vuln, path) {
    const cvss = reader.optObject(vuln, 'CVSS', path);
    if (!cvss)
        return [];
    const scores = [];
    const cvssPath = at(path, 'CVSS');
    for (const source in cvss) {
        const sourcePath = at(cvssPath, source);
        const entry = reader.object(cvss[source], sourcePath);
        for (const [key, version] of CVSS_VERSIONS) {
            const score = reader.optNumber(entry, key, sourcePath);
            if (score !== undefined)
                scores.push({ source, version, score });
        }
    }
    return scores;
}
const CVSS_VERSIONS = [
    ['V2Score', 2],
    ['V3Score', 3],
    ['V40Score', 4]
];
/** Trivy joins several fixed versions with commas: `11.0.14, 10.1.49, 9.0.112`. */
function splitFixedVersions(value) {
    if (!value)
        return [];
    const versions = [];
    for (const part of value.split(',')) {
        const version = part.trim();
        if (version !== '' && !versions.includes(version))
            versions.push(version);
    }
    return versions;
}
function readSecret(reader, secret, path, target) {
    const ruleId = reader.string(secret, 'RuleID', path);
    const found = {
        scanner: 'trivy',
        ruleId,
        severity: readSeverity(reader, secret, 'Severity', path),
        title: reader.optString(secret, 'Title', path) || ruleId,
        target
    };
    setIfDefined(found, 'category', reader.optString(secret, 'Category', path) || undefined);
    setIfDefined(found, 'line', reader.optNumber(secret, 'StartLine', path));
    return found;
}

;// CONCATENATED MODULE: ./src/scanners/reports/grype.ts






const grype_EXPECTED = 'a Grype JSON report (`grype -o json`): an object with a matches array';
/** Grype's `fix.state`; `""` (0.94+ and current snapshots) and anything new read as unknown. */
const FIX_STATES = new Map([
    ['fixed', 'fixed'],
    ['not-fixed', 'not-fixed'],
    ['wont-fix', 'wont-fix'],
    ['unknown', 'unknown']
]);
/**
 * Parses `grype -o json` output from 0.7 onwards: `fix{versions,state}` or the old
 * `fixedInVersion`, `cvss[]` or the old `cvssV2`/`cvssV3`, `epss[]`, `knownExploited[]`. The
 * `matchDetails` block (an object before ~0.24, an array since) is not read: nothing we gate on is
 * in it. `ignoredMatches` are what the user told Grype to ignore and are left out.
 */
function parseGrypeReport(text, source) {
    const reader = new FieldReader(source);
    const doc = parseJson(text, source, grype_EXPECTED);
    rejectOtherFormats(doc, 'Grype', source);
    if (!json_reader_isObject(doc) || !('matches' in doc)) {
        return reader.fail('', `expected ${grype_EXPECTED}; got ${describeDocument(doc)}`);
    }
    const report = {
        scanner: 'grype',
        matches: [],
        secrets: [],
        misconfigurationCount: 0,
        licenseCount: 0
    };
    const collector = new MatchCollector();
    const matches = reader.objects(doc, 'matches', '');
    for (let i = 0; i < matches.length; i++)
        collector.add(readMatch(reader, matches[i], at('', 'matches', i)));
    report.matches = collector.matches();
    report.entryCount = collector.entryCount;
    setIfDefined(report, 'artifact', readTarget(reader, doc));
    const descriptor = reader.optObject(doc, 'descriptor', '');
    setIfDefined(report, 'scannerVersion', descriptor && reader.optString(descriptor, 'version', 'descriptor'));
    return report;
}
function readMatch(reader, match, path) {
    const vulnPath = at(path, 'vulnerability');
    const vuln = reader.object(match.vulnerability, vulnPath);
    const artifactPath = at(path, 'artifact');
    const artifact = reader.object(match.artifact, artifactPath);
    const id = reader.string(vuln, 'id', vulnPath);
    const scores = [];
    readScores(reader, vuln, vulnPath, scores);
    const aliases = [];
    const related = reader.objects(match, 'relatedVulnerabilities', path);
    for (let i = 0; i < related.length; i++) {
        const relatedPath = at(path, 'relatedVulnerabilities', i);
        const relatedId = reader.string(related[i], 'id', relatedPath);
        if (relatedId !== id && !aliases.includes(relatedId))
            aliases.push(relatedId);
        readScores(reader, related[i], relatedPath, scores);
    }
    const fix = reader.optObject(vuln, 'fix', vulnPath);
    const fixedVersions = readFixedVersions(reader, vuln, fix, vulnPath);
    const locations = [];
    const found = reader.objects(artifact, 'locations', artifactPath);
    for (let i = 0; i < found.length; i++) {
        const where = reader.optString(found[i], 'path', at(artifactPath, 'locations', i));
        if (where && !locations.includes(where))
            locations.push(where);
    }
    const purl = reader.optString(artifact, 'purl', artifactPath);
    // Every field is set, even to undefined: one object shape for all matches keeps the merge fast.
    return {
        scanner: 'grype',
        id,
        aliases,
        packageName: reader.string(artifact, 'name', artifactPath),
        installedVersion: reader.optString(artifact, 'version', artifactPath) ?? '',
        packageType: (0,package_key/* packageType */.R9)('grype', reader.optString(artifact, 'type', artifactPath), purl),
        severity: readSeverity(reader, vuln, 'severity', vulnPath),
        fixedVersions,
        fixState: readFixState(reader, fix, vulnPath, fixedVersions),
        cvss: highestCvss(scores),
        knownExploited: vuln.knownExploited === undefined || vuln.knownExploited === null
            ? undefined
            : reader.array(vuln, 'knownExploited', vulnPath).length > 0,
        epss: highestEpss(reader, vuln, vulnPath),
        locations,
        title: undefined,
        url: readUrl(reader, vuln, vulnPath)
    };
}
/** `fix.versions` (deduplicated, blanks dropped) or, before Grype 0.11, `fixedInVersion`. */
function readFixedVersions(reader, vuln, fix, path) {
    if (fix) {
        const versions = [];
        for (const version of reader.strings(fix, 'versions', at(path, 'fix')))
            if (version !== '' && !versions.includes(version))
                versions.push(version);
        return versions;
    }
    const fixedIn = reader.optString(vuln, 'fixedInVersion', path); // Grype ≤0.10
    return fixedIn ? [fixedIn] : [];
}
function readFixState(reader, fix, path, fixedVersions) {
    if (!fix)
        return fixedVersions.length > 0 ? 'fixed' : 'unknown';
    const state = reader.optString(fix, 'state', at(path, 'fix')) ?? '';
    return FIX_STATES.get(state) ?? 'unknown';
}
/** `cvss[]` (`metrics.baseScore`, `version` "3.1") or the old `cvssV2`/`cvssV3` objects, into `scores`. */
function readScores(reader, vuln, path, scores) {
    const entries = reader.objects(vuln, 'cvss', path);
    for (let i = 0; i < entries.length; i++) {
        const entryPath = at(path, 'cvss', i);
        const metrics = reader.optObject(entries[i], 'metrics', entryPath);
        const score = metrics && reader.optNumber(metrics, 'baseScore', at(entryPath, 'metrics'));
        if (score === undefined)
            continue;
        const version = Number.parseFloat(reader.optString(entries[i], 'version', entryPath) ?? '');
        scores.push({
            source: reader.optString(entries[i], 'source', entryPath) ?? '',
            version: version || 0,
            score
        });
    }
    for (const [key, version] of LEGACY_CVSS) {
        const legacy = reader.optObject(vuln, key, path);
        const score = legacy && reader.optNumber(legacy, 'baseScore', at(path, key));
        if (score !== undefined)
            scores.push({ source: 'grype-legacy', version, score });
    }
}
const LEGACY_CVSS = [
    ['cvssV2', 2],
    ['cvssV3', 3]
];
function highestEpss(reader, vuln, path) {
    let best;
    const entries = reader.objects(vuln, 'epss', path);
    for (let i = 0; i < entries.length; i++) {
        const epss = reader.optNumber(entries[i], 'epss', at(path, 'epss', i));
        if (epss !== undefined && (best === undefined || epss > best))
            best = epss;
    }
    return best;
}
/** `dataSource` (the advisory page), else the first of `urls` or the old `links`. */
function readUrl(reader, vuln, path) {
    const dataSource = reader.optString(vuln, 'dataSource', path);
    if (dataSource)
        return dataSource;
    return reader.strings(vuln, 'urls', path)[0] ?? reader.strings(vuln, 'links', path)[0];
}
/** `source.target` is the image object (`userInput`) for images and a plain string for directories. */
function readTarget(reader, doc) {
    const source = reader.optObject(doc, 'source', '');
    if (!source)
        return undefined;
    const target = source.target;
    if (typeof target === 'string')
        return target || undefined;
    if (json_reader_isObject(target))
        return reader.optString(target, 'userInput', 'source.target') || undefined;
    return undefined;
}

;// CONCATENATED MODULE: ./src/scanners/reports/ids.ts
/**
 * Distro advisories (DSA, RHSA, USN, ALAS, ELSA…) each cover several CVEs: RHSA-2019:2304 fixes
 * both CVE-2019-1559 and CVE-2018-0734 in openssl-libs. Linking through them would fold distinct
 * CVEs into one finding, so they stay aliases but never join two vulnerabilities.
 */
const ADVISORY_BUNDLE = /^(DSA|DLA|DTSA|RHSA|RHBA|RHEA|CESA|USN|ALAS\d*|ALSA|ELSA|RLSA|SUSE-[A-Z]U|OPENSUSE-SU|FEDORA|MGASA|GLSA|PHSA|TSSA|OESA)-/;
function normalizeId(id) {
    return id.trim().toUpperCase();
}
/**
 * The ids that identify a match for grouping, from all of its ids normalized (its own first): its
 * own id and its aliases (CVE ↔ GHSA ↔ distro ids) except advisory bundles. A match whose aliases
 * name two or more CVEs is an advisory in its own right and links by its own id only.
 */
function linkIds(normalized) {
    const own = normalized[0];
    const ids = [own];
    let cves = own.startsWith('CVE-') ? 1 : 0;
    for (let i = 1; i < normalized.length; i++) {
        const id = normalized[i];
        if (ids.includes(id) || ADVISORY_BUNDLE.test(id))
            continue;
        if (id.startsWith('CVE-'))
            cves++;
        ids.push(id);
    }
    return cves > 1 ? [own] : ids;
}
/** The finding's `rule`: a CVE id if any, else the first GHSA, else the first scanner's id. */
function primaryId(linked) {
    let ghsa;
    for (const id of linked) {
        if (id.startsWith('CVE-'))
            return id;
        if (ghsa === undefined && id.startsWith('GHSA-'))
            ghsa = id;
    }
    return ghsa ?? linked[0];
}
/**
 * How an id is shown, given its normalized form: CVE ids upper case, GHSA ids as GitHub writes
 * them (`GHSA-xxxx-xxxx-xxxx`); others as the scanner did.
 */
function displayId(id, normalized) {
    if (normalized.startsWith('CVE-'))
        return normalized;
    const trimmed = id.trim();
    return normalized.startsWith('GHSA-') ? `GHSA-${trimmed.slice(5).toLowerCase()}` : trimmed;
}

;// CONCATENATED MODULE: ./src/scanners/reports/merge.ts





/**
 * One finding per (vulnerability, package, installed version) across every report, plus one per
 * Trivy secret. Matches are grouped with union-find over their ids within a package key (see
 * `linkIds` and `packageKey`), so CVE ↔ GHSA ↔ distro ids meet in one finding; the work is linear
 * in the number of matches. Findings come out in first-seen order with Grype's reports read first,
 * so the output does not depend on the order the scanners finished in.
 */
function mergeReports(reports, options) {
    const ordered = [...reports].sort((a, b) => (0,util_text/* compareText */.n6)(a.scanner, b.scanner));
    const matches = [];
    for (const report of ordered)
        for (const match of report.matches)
            matches.push(match);
    const ids = matches.map(matchIds);
    const groups = groupMatches(matches, ids);
    const findings = [];
    for (const root of groups.roots)
        findings.push(vulnerabilityFinding(root, groups.next, matches, ids, options));
    const seenSecrets = new Set();
    for (const report of ordered) {
        for (const secret of report.secrets) {
            const key = `${secret.ruleId}\u0000${secret.target}\u0000${secret.line ?? ''}`;
            if (seenSecrets.has(key))
                continue;
            seenSecrets.add(key);
            findings.push(secretFinding(secret, options.image));
        }
    }
    return findings;
}
function matchIds(match) {
    const all = [normalizeId(match.id)];
    for (const alias of match.aliases)
        all.push(normalizeId(alias));
    return { all, links: linkIds(all) };
}
function groupMatches(matches, ids) {
    const parent = new Int32Array(matches.length);
    const find = (i) => {
        while (parent[i] !== i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    };
    const firstWithId = new Map(); // package key + id → first match with it
    for (let i = 0; i < matches.length; i++) {
        parent[i] = i;
        const match = matches[i];
        const pkg = (0,package_key/* packageKey */.MO)(match.packageName, match.installedVersion, match.packageType);
        for (const id of ids[i].links) {
            const key = `${pkg}\u0000${id}`;
            const other = firstWithId.get(key);
            if (other === undefined) {
                firstWithId.set(key, i);
                continue;
            }
            const a = find(i);
            const b = find(other);
            if (a < b)
                parent[b] = a; // the earlier match stays the root, so groups keep first-seen order
            else if (b < a)
                parent[a] = b;
        }
    }
    const roots = [];
    const next = new Int32Array(matches.length).fill(-1);
    const last = new Int32Array(matches.length); // the current tail of each root's list
    for (let i = 0; i < matches.length; i++) {
        const root = find(i);
        if (root === i) {
            roots.push(i);
            last[i] = i;
        }
        else {
            next[last[root]] = i; // a root always comes before the rest of its group
            last[root] = i;
        }
    }
    return { roots, next };
}
function vulnerabilityFinding(root, next, matches, ids, options) {
    const first = matches[root];
    // A group of one (most findings) takes its match's arrays as they are: parsed reports are not reused.
    const facts = next[root] === -1 ? first : copyFacts(first);
    const idKeys = []; // every id, normalized, first-seen order
    const idShown = []; // the same ids as they are shown
    const links = [];
    const bySource = {};
    let name = first.packageName;
    for (let i = root; i !== -1; i = next[i]) {
        const match = matches[i];
        if (i !== root)
            foldFacts(facts, match);
        const { all, links: own } = ids[i];
        addId(idKeys, idShown, all[0], match.id);
        for (let a = 0; a < match.aliases.length; a++)
            addId(idKeys, idShown, all[a + 1], match.aliases[a]);
        appendUnique(links, own);
        const seen = bySource[match.scanner];
        bySource[match.scanner] = seen ? higherSeverity(seen, match.severity) : match.severity;
        // The most qualified name: Trivy's `group:artifact` for Maven over Grype's bare artifactId.
        if (match.packageName.length > name.length)
            name = match.packageName;
    }
    const severityBySource = sharedSeverities(bySource);
    const ruleIndex = idKeys.indexOf(primaryId(links));
    const rule = idShown[ruleIndex];
    const { fixedVersions, locations } = facts;
    const aliases = idShown.length === 1 ? NO_ALIASES : [];
    for (let i = 0; i < idShown.length; i++)
        if (i !== ruleIndex)
            aliases.push(idShown[i]);
    const detail = {
        kind: 'vulnerability',
        aliases,
        foundBy: foundByOf(severityBySource),
        severityBySource,
        fixedVersions,
        // A known fixed version is a fix, whatever state word came with it.
        fixState: fixedVersions.length > 0 ? 'fixed' : facts.fixState,
        locations
    };
    if (facts.cvss !== undefined)
        detail.cvss = facts.cvss;
    if (facts.knownExploited !== undefined)
        detail.knownExploited = facts.knownExploited;
    if (facts.epss !== undefined)
        detail.epss = facts.epss;
    if (facts.title !== undefined)
        detail.title = facts.title;
    const pkg = { name, version: first.installedVersion };
    if (fixedVersions.length > 0)
        pkg.fixedVersion = fixedVersions.join(', ');
    if (facts.packageType !== undefined)
        pkg.type = facts.packageType;
    const finding = {
        check: 'vulnerabilities',
        rule,
        severity: gatedSeverity(severityBySource, options.severitySource),
        message: message(rule, name, first.installedVersion, detail),
        image: options.image,
        package: pkg,
        vulnerability: detail
    };
    if (facts.url !== undefined)
        finding.helpUri = facts.url;
    return finding;
}
const SCANNERS = ['grype', 'trivy']; // sorted, as `foundBy` wants
/*
 * Findings share these small read-only values: 30,000 findings need only a handful of distinct
 * `foundBy` lists and severity pairs, and every object less is one the garbage collector need not
 * copy. They are frozen, so a consumer that tried to change one would fail loudly.
 */
const NO_ALIASES = Object.freeze([]);
const sharedBySource = [];
const sharedFoundBy = [];
/** A slot per (Grype severity or none) × (Trivy severity or none): no key string per finding. */
function slotOf(bySource) {
    const rank = (severity) => (severity === undefined ? 0 : (0,model_severity/* severityRank */.qs)(severity) + 1);
    return rank(bySource.grype) * (model_severity/* SEVERITIES */.oC.length + 1) + rank(bySource.trivy);
}
function sharedSeverities(bySource) {
    const slot = slotOf(bySource);
    return (sharedBySource[slot] ??= Object.freeze({ ...bySource }));
}
function foundByOf(bySource) {
    const slot = (bySource.grype === undefined ? 0 : 1) + (bySource.trivy === undefined ? 0 : 2);
    return (sharedFoundBy[slot] ??= Object.freeze(SCANNERS.filter(scanner => bySource[scanner] !== undefined)));
}
function addId(keys, shown, key, id) {
    if (keys.includes(key))
        return;
    keys.push(key);
    shown.push(displayId(id, key));
}
/** `highest`: the higher of the two. A named source: its severity where it reported the match. */
function gatedSeverity(bySource, source) {
    if (source !== 'highest' && bySource[source])
        return bySource[source];
    const { grype, trivy } = bySource;
    if (grype === undefined)
        return trivy ?? 'info';
    return trivy === undefined ? grype : higherSeverity(grype, trivy);
}
/** `CVE-2024-1 in openssl 3.0.1 (fixed in 3.0.2)`: ids and versions only, titles stay in `title`. */
function message(rule, name, version, detail) {
    const subject = version ? `${rule} in ${name} ${version}` : `${rule} in ${name}`;
    const fixed = detail.fixedVersions;
    if (fixed.length === 1)
        return `${subject} (fixed in ${fixed[0]})`;
    if (fixed.length > 0)
        return `${subject} (fixed in ${fixed.slice(0, 3).join(', ')}${fixed.length > 3 ? ', …' : ''})`;
    if (detail.fixState === 'wont-fix')
        return `${subject} (will not be fixed)`;
    if (detail.fixState === 'not-fixed')
        return `${subject} (no fix yet)`;
    return subject;
}
function secretFinding(secret, image) {
    const where = secret.line === undefined ? secret.target : `${secret.target} line ${secret.line}`;
    const detail = {
        kind: 'secret',
        aliases: [],
        foundBy: [secret.scanner],
        severityBySource: { [secret.scanner]: secret.severity },
        fixedVersions: [],
        fixState: 'unknown',
        locations: [secret.target],
        title: secret.title
    };
    return {
        check: 'vulnerabilities',
        rule: secret.ruleId,
        severity: secret.severity,
        message: `Secret ${secret.ruleId} in ${where}`,
        image,
        vulnerability: detail
    };
}

;// CONCATENATED MODULE: ./src/scanners/reports/index.ts
/** Trivy and Grype JSON reports: parse each, then merge into one finding per vulnerability. */





;// CONCATENATED MODULE: ./src/scanners/target.ts
/** The image argument(s) in each scanner's own syntax. */
function scannerTarget(scanner, target) {
    switch (target.kind) {
        case 'reference':
            // The digest the gate resolved, so the bytes scanned are the bytes checked, even if the tag moves.
            return [target.pinned ?? target.image];
        case 'docker-archive':
            return scanner === 'trivy' ? ['--input', target.path] : [`docker-archive:${target.path}`];
        case 'oci-layout':
            // Trivy reads `DIR:tag` for a tagged image in a layout; Grype's oci-dir takes the layout's only image.
            if (scanner === 'trivy')
                return ['--input', target.tag ? `${target.path}:${target.tag}` : target.path];
            return [`oci-dir:${target.path}`];
    }
}

;// CONCATENATED MODULE: ./src/scanners/run-scan.ts






/** A scan that did not produce a report: the check becomes `error` with this message. */
class ScanError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ScanError';
    }
}
/**
 * The scanner's JSON report text. Never a shell: the image text goes in as one argument.
 * The scanner runs in an empty directory with an empty ignore file / config, so `.trivyignore`,
 * `trivy.yaml` or `.grype.yaml` in the checkout never filter its report: imagegate applies those
 * files itself, to both scanners alike, with expiry, and only when the policy says so.
 */
async function runScan(tool, request) {
    const directory = await (0,children/* makeTempDir */.mk)(`imagegate-${tool.name}-`, process.env.RUNNER_TEMP ?? external_node_os_.tmpdir());
    const reportFile = external_node_path_.join(directory, 'report.json');
    const neutralConfig = external_node_path_.join(directory, tool.name === 'trivy' ? 'empty.trivyignore' : 'empty-grype.yaml');
    try {
        await (0,promises_.writeFile)(neutralConfig, '# imagegate applies ignore rules itself\n');
        const result = await (0,exec/* runProcess */.R)(tool.path, scanArguments(tool, request, neutralConfig), {
            timeoutMs: request.timeoutSeconds * 1000,
            env: tool.env,
            cwd: directory,
            stdoutFile: reportFile
        });
        const problem = failureOf(tool.name, request, result);
        if (problem)
            throw new ScanError(problem);
        return await (0,promises_.readFile)(reportFile, 'utf8');
    }
    finally {
        await (0,children/* removeTempDir */.CT)(directory);
    }
}
/** `neutralConfig`: an empty Trivy ignore file or Grype config that replaces any the user has. */
function scanArguments(tool, request, neutralConfig) {
    const target = scannerTarget(tool.name, request.source);
    if (tool.name === 'trivy') {
        // Trivy stops itself after 5 minutes by default; our timeout is the one the policy sets.
        const ownTimeout = ['--timeout', `${request.timeoutSeconds}s`];
        const base = ['image', '--format', 'json', '--quiet', '--scanners', 'vuln,secret', ...ownTimeout];
        return [...base, '--ignorefile', neutralConfig, ...tool.scanArgs, ...target];
    }
    return [...target, '--output', 'json', '--quiet', '--config', neutralConfig, ...tool.scanArgs];
}
function failureOf(scanner, request, result) {
    const on = `${scanner} on ${request.image}`;
    const tail = result.stderrTail.length > 0 ? `; its last output: ${result.stderrTail.slice(-5).join(' | ')}` : '';
    if (result.spawnError)
        return `${on} could not be started (${result.spawnError})`;
    if (result.timedOut) {
        return (`${on} did not finish within ${request.timeoutSeconds} s and was stopped${tail}; ` +
            'raise vulnerabilities.timeoutSeconds in the policy if the image is large');
    }
    if (result.exitCode !== 0) {
        const how = result.exitCode === null
            ? `was killed by ${result.signal ?? 'a signal'}`
            : `exited with ${result.exitCode}`;
        return `${on} ${how}${tail}`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/util/progress.ts
/**
 * Runs one long step (an install, a database download, a scan) and writes a line when it starts and
 * one when it ends, with the elapsed time, as they happen: a five-minute scan is not a silent log.
 */
async function timedStep(progress, step, fn, clock = () => performance.now()) {
    if (!progress)
        return fn();
    progress.info(`${step} started`);
    const started = clock();
    try {
        const result = await fn();
        progress.info(`${step} finished in ${elapsed(clock() - started)}`);
        return result;
    }
    catch (error) {
        progress.info(`${step} failed after ${elapsed(clock() - started)}`);
        throw error;
    }
}
function elapsed(ms) {
    return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

;// CONCATENATED MODULE: ./src/checks/vulnerabilities/default-deps.ts



/** The real scanners: install or find, prepare databases, run, parse, merge, ignore files. */
const defaultVulnerabilityDeps = {
    async prepareScanner(name, options) {
        // Loaded on first use: @actions/cache and tool-cache are large, and most CLI runs never install.
        const { defaultDbCacheDir, ensureScanner } = await __webpack_require__.e(/* import() */ 72).then(__webpack_require__.bind(__webpack_require__, 77072));
        const { prepareDatabase } = await __webpack_require__.e(/* import() */ 971).then(__webpack_require__.bind(__webpack_require__, 31971));
        const installed = await timedStep(options.progress, `${name}: install`, () => ensureScanner(name, { version: options.version, mirror: options.mirror, logger: options.logger }));
        const database = await timedStep(options.progress, `${name}: database`, () => prepareDatabase(installed, {
            cacheDir: defaultDbCacheDir(),
            useActionsCache: options.useActionsCache,
            logger: options.logger
        }));
        return { ...installed, env: database.env, scanArgs: database.scanArgs, save: database.save };
    },
    scan: (scanner, image, target, timeoutSeconds) => runScan(scanner, { image, source: target, timeoutSeconds }),
    parse: (scanner, text, source) => scanner === 'trivy' ? parseTrivyReport(text, source) : parseGrypeReport(text, source),
    merge: mergeReports,
    async loadIgnoreFiles(workingDirectory, now) {
        const { describeIgnoreRule, findIgnoreRule, loadIgnoreFiles, splitIgnoreRules } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(93)]).then(__webpack_require__.bind(__webpack_require__, 31093));
        const loaded = await loadIgnoreFiles(workingDirectory);
        const { active, expired } = splitIgnoreRules(loaded.rules, now);
        const files = {
            files: loaded.files,
            notes: loaded.notes,
            match: finding => {
                const rule = findIgnoreRule(finding, active, now);
                return (rule && {
                    id: describeIgnoreRule(rule),
                    reason: rule.reason ?? `ignored in ${rule.source.file}`,
                    expires: day(rule.expires)
                });
            },
            expired: expired.map(rule => expiredIgnoreFinding(rule, describeIgnoreRule(rule)))
        };
        return files;
    },
    now: () => new Date()
};
/** Reports show the day; a timestamp expiry keeps its exact instant in the ignore file itself. */
function day(expires) {
    return expires?.slice(0, 10);
}
/** Like an expired policy exception (IG001): reported where it is written, never blocking. */
function expiredIgnoreFinding(rule, description) {
    return {
        check: 'policy',
        rule: 'IG002',
        severity: 'medium',
        message: `Ignore rule ${description} expired on ${rule.expires} and no longer applies; ` +
            'fix the finding or renew the rule with a new date and reason',
        location: { file: rule.source.file, line: rule.source.line }
    };
}

;// CONCATENATED MODULE: ./src/checks/vulnerabilities/vulnerability-check.ts




/**
 * Trivy and Grype against every image: both scanners run at the same time on each image, their reports
 * are merged into one finding per (vulnerability, package, version), and scanner ignore files are applied
 * when the policy asks. Any scanner that cannot run makes the check `error` (fail closed), keeping what
 * the other scanner found.
 */
function createVulnerabilityCheck(deps, settings = { versions: {}, useActionsCache: false }) {
    return preparedCheck({
        id: 'vulnerabilities',
        title: 'Vulnerability scan',
        isRequired: c => c.images.length > 0 && c.policy.vulnerabilities.scanners.length > 0,
        async prepare(context) {
            const options = context.policy.vulnerabilities;
            if (context.images.length === 0)
                return async () => ({ findings: [], skippedReason: 'no images to scan' });
            if (options.scanners.length === 0) {
                return async () => ({
                    findings: [],
                    skippedReason: 'vulnerabilities.scanners is empty in the policy'
                });
            }
            const targets = imageTargets(context);
            // Read before scanning: a mistake in an ignore file stops the run before minutes of scans, not after.
            const ignores = options.ignoreFiles
                ? await deps.loadIgnoreFiles(context.workingDirectory, deps.now())
                : undefined;
            return () => runVulnerabilityCheck({ context, targets, ignores, deps, settings });
        }
    });
}
async function runVulnerabilityCheck(run) {
    const { context, targets, ignores, deps, settings } = run;
    const options = context.policy.vulnerabilities;
    const notes = [];
    const logger = notesLogger(notes);
    // Both scanners install and fetch their databases at the same time, as they scan at the same time.
    const prepared = await Promise.allSettled(options.scanners.map(name => deps.prepareScanner(name, {
        version: settings.versions[name],
        mirror: settings.mirror,
        useActionsCache: settings.useActionsCache,
        logger,
        progress: context.progress
    })));
    const scanners = prepared.flatMap(p => (p.status === 'fulfilled' ? [p.value] : []));
    const errors = prepared.flatMap(p => (p.status === 'rejected' ? [(0,src_errors/* errorMessage */.gJ)(p.reason)] : []));
    for (const s of scanners)
        notes.push(`${s.name} ${s.version} at ${s.path}`);
    const findings = [];
    try {
        for (const target of vulnerability_check_dedupe(targets)) {
            const { image } = target;
            const scanned = await scanImage(scanTarget(context, target), scanners, context, deps);
            errors.push(...scanned.errors);
            const merged = deps.merge(scanned.reports, { image, severitySource: options.severitySource });
            // A loop, not push(...spread): a spread of 100,000+ findings overflows the call stack.
            for (const finding of merged)
                findings.push(finding);
            notes.push(describeImage(image, scanned.reports, merged.length));
        }
    }
    finally {
        // Saved even when a scan failed: a fresh database is worth keeping either way.
        for (const s of scanners)
            await s.save().catch(error => logger.warning(`${s.name} database: ${(0,src_errors/* errorMessage */.gJ)(error)}`));
    }
    const withIgnores = ignores ? applyIgnoreFiles(findings, ignores, notes) : findings;
    const error = errors.length > 0 ? errors.join('; ') : undefined;
    return { findings: withIgnores, notes, error };
}
function vulnerability_check_dedupe(targets) {
    return targets.filter((target, i) => targets.findIndex(t => t.image === target.image) === i);
}
async function scanImage(target, scanners, context, deps) {
    const timeout = context.policy.vulnerabilities.timeoutSeconds;
    const { image } = target;
    const results = await Promise.allSettled(scanners.map(async (scanner) => {
        const scan = () => deps.scan(scanner, image, target, timeout);
        const text = await timedStep(context.progress, `${scanner.name} scan of ${image}`, scan);
        return deps.parse(scanner.name, text, `${scanner.name} report for ${image}`);
    }));
    return {
        reports: results.flatMap(r => (r.status === 'fulfilled' ? [r.value] : [])),
        errors: results.flatMap(r => (r.status === 'rejected' ? [(0,src_errors/* errorMessage */.gJ)(r.reason)] : []))
    };
}
function applyIgnoreFiles(findings, ignores, notes) {
    if (ignores.files.length === 0) {
        notes.push('vulnerabilities.ignoreFiles is on, but no .trivyignore, .trivyignore.yaml or .grype.yaml was found');
        return findings;
    }
    notes.push(`Ignore files read: ${ignores.files.join(', ')}`, ...ignores.notes);
    const marked = findings.map(finding => {
        const ignoredBy = ignores.match(finding);
        return ignoredBy ? { ...finding, ignoredBy } : finding;
    });
    return [...marked, ...ignores.expired];
}
function describeImage(image, reports, merged) {
    const perScanner = reports.map(r => `${r.scanner} ${(0,util_text/* plural */.LS)(r.matches.length + r.secrets.length, 'result')}`);
    return `${image}: ${perScanner.join(', ') || 'no report'} → ${(0,util_text/* plural */.LS)(merged, 'finding')} after merging`;
}
/** Checks run concurrently, so their log lines are collected and printed with the check's group. */
function notesLogger(notes) {
    return {
        group: (_title, fn) => fn(),
        info: message => notes.push(message),
        warning: message => notes.push(`warning: ${message}`),
        debug: () => undefined
    };
}

;// CONCATENATED MODULE: ./src/checks/all-checks.ts






const DEFAULT_SERVICES = { scanners: defaultVulnerabilityDeps };
/** Every check the gate runs, in report order. */
function createChecks(services = {}) {
    const { scanners, scannerSettings } = { ...DEFAULT_SERVICES, ...services };
    let registry = services.registry;
    const sharedRegistry = () => (registry ??= new RegistryClient());
    return [
        createLintCheck({ useActionsCache: scannerSettings?.useActionsCache }),
        createPinningCheck({ registry: sharedRegistry }),
        createVulnerabilityCheck(scanners, scannerSettings),
        createSignatureCheck({
            registry: sharedRegistry,
            policy: services.signaturePolicy,
            settings: services.signing
        })
    ];
}

;// CONCATENATED MODULE: ./src/checks/run-checks.ts

/**
 * Prepares every check, then runs them concurrently, timing each. A ConfigError from any check is the
 * user's mistake and aborts the run (exit code 2); as every check is prepared before any runs, that
 * happens before a download or scan starts. Any other exception makes that check `error` with its
 * message (fail closed is the verdict engine's job). `onFinished` sees each run as soon as it ends.
 */
async function runChecks(checks, context, clock = () => performance.now(), onFinished = () => undefined, 
/** Runs after every check is prepared and before any runs (the gate resolves images here); throwing stops the run. */
beforeRun = async () => undefined) {
    const prepared = await Promise.allSettled(checks.map(async (check) => {
        const started = clock();
        return { started, work: await prepareOne(check, context) };
    }));
    const configError = prepared.find(p => p.status === 'rejected' && p.reason instanceof src_errors/* ConfigError */.xL);
    if (configError?.status === 'rejected')
        throw configError.reason;
    await beforeRun();
    return Promise.all(checks.map(async (check, i) => {
        const preparation = prepared[i];
        const run = preparation.status === 'fulfilled'
            ? await runOne(check, context, preparation.value, clock)
            : failed(check, context, 0, preparation.reason);
        onFinished(run);
        return run;
    }));
}
async function prepareOne(check, context) {
    try {
        return check.prepare ? await check.prepare(context) : () => check.run(context);
    }
    catch (error) {
        if (error instanceof src_errors/* ConfigError */.xL)
            throw error;
        // Could not prepare: reported as the check's error once the runs are collected.
        return error instanceof Error ? error : new Error((0,src_errors/* errorMessage */.gJ)(error));
    }
}
async function runOne(check, context, prepared, clock) {
    const { started, work } = prepared;
    if (work instanceof Error)
        return failed(check, context, Math.round(clock() - started), work);
    let output;
    try {
        output = await work();
    }
    catch (error) {
        if (error instanceof src_errors/* ConfigError */.xL)
            throw error;
        return failed(check, context, Math.round(clock() - started), error);
    }
    const base = {
        id: check.id,
        title: check.title,
        required: check.isRequired(context),
        ...(output.imageFacts ? { imageFacts: output.imageFacts } : {})
    };
    const durationMs = Math.round(clock() - started);
    if (output.skippedReason !== undefined) {
        return { ...base, durationMs, findings: [], outcome: { kind: 'skipped', reason: output.skippedReason } };
    }
    if (output.error !== undefined) {
        return { ...base, durationMs, findings: output.findings, outcome: { kind: 'error', error: output.error } };
    }
    return {
        ...base,
        durationMs,
        findings: output.findings,
        outcome: { kind: 'ran', notes: output.notes ?? [], warning: output.warning }
    };
}
function failed(check, context, durationMs, error) {
    const base = { id: check.id, title: check.title, required: check.isRequired(context) };
    return { ...base, durationMs, findings: [], outcome: { kind: 'error', error: (0,src_errors/* errorMessage */.gJ)(error) } };
}

;// CONCATENATED MODULE: ./src/inputs/dockerfile-globs.ts







const GLOB_CHARS = /[*?[]/;
/**
 * Expands Dockerfile patterns (`Dockerfile`, `**\/Dockerfile*`, `!vendor/**`) into sorted, unique file paths
 * relative to `workingDirectory`, forward slashes. A plain path that does not exist is a ConfigError; a glob
 * matching nothing just contributes nothing (the caller decides whether that is a mistake). A match that
 * is a link to a file outside the working directory is skipped with a warning: a pull request could plant
 * `Dockerfile -> /etc/shadow`, and lint messages quote the lines they flag.
 */
async function expandDockerfileGlobs(patterns, workingDirectory, options = {}) {
    const matched = await matchDockerfiles(patterns, workingDirectory);
    // Patterns that start with `../` or `/` name their own folder; links may not leave that one either.
    const roots = [workingDirectory];
    for (const p of patterns.map(parsePattern)) {
        if (p && !p.negate)
            roots.push(patternFolder(p, workingDirectory));
    }
    return keepWithin(matched, roots, workingDirectory, options.warn ?? (() => undefined));
}
async function keepWithin(labels, roots, workingDirectory, warn) {
    const realRoots = await Promise.all([...new Set(roots)].map(root => (0,promises_.realpath)(root).catch(() => root)));
    const reals = await mapFiles(labels, label => (0,promises_.realpath)(external_node_path_.resolve(workingDirectory, label)).catch((error) => {
        if (isOpenFileLimit(error))
            throw openFileLimitError(label, error);
        return undefined;
    }));
    return labels.filter((label, i) => {
        const real = reals[i];
        if (real !== undefined && realRoots.some(root => (0,paths/* isInside */.F)(root, real)))
            return true;
        warn(`dockerfiles: skipped ${(0,untrusted/* shortLine */.tl)(label)}: it links to a file outside ${workingDirectory}, ` +
            'and imagegate does not follow links out of the working directory');
        return false;
    });
}
async function matchDockerfiles(patterns, workingDirectory) {
    const parsed = await Promise.all(patterns.map(parsePattern).flatMap(p => (p === undefined ? [] : [literalIfExists(p, workingDirectory)])));
    const plain = parsed.filter(p => !p.negate && !p.isGlob);
    const found = new Set();
    for (const p of plain)
        found.add(await requireFile(p.text, workingDirectory));
    if (!parsed.some(p => p.negate || p.isGlob))
        return [...found].sort();
    // Plain paths alone never load the glob library, which keeps the common case fast.
    const [{ glob, escapePath }, { default: picomatch }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(382)]).then(__webpack_require__.bind(__webpack_require__, 73382)),
        __webpack_require__.e(/* import() */ 6).then(__webpack_require__.t.bind(__webpack_require__, 14006, 23))
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
/** The folder a pattern names before its first glob character (its file's folder for a plain path). */
function patternFolder(pattern, workingDirectory) {
    if (!external_node_path_.isAbsolute(pattern.text))
        return splitBase(pattern.text, workingDirectory).base;
    const segments = pattern.text.split('/');
    const firstGlob = segments.findIndex(s => GLOB_CHARS.test(s));
    return firstGlob < 0 ? external_node_path_.dirname(pattern.text) : segments.slice(0, firstGlob).join('/') || '/';
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
        throw new src_errors/* ConfigError */.xL(`dockerfiles: "${file}" does not exist in ${workingDirectory}`);
    }
    if (!isFile) {
        throw new src_errors/* ConfigError */.xL(`dockerfiles: "${file}" is not a file; name the Dockerfile or use a glob like ${label}/**/Dockerfile`);
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

;// CONCATENATED MODULE: ./src/verdict/equivalent-findings.ts


/**
 * One problem, one finding: where two checks' equivalent rules (`RULE_EQUIVALENTS`) fired at the same
 * file, line and column, keeps the finding of the table's `rule` with the other id in `aliases`. Runs
 * after exceptions are applied, so either finding's suppression (a policy exception or an inline ignore
 * of either id) suppresses the merged one; otherwise it blocks when either would have. Pure; order kept.
 */
function mergeEquivalentFindings(findings) {
    if (findings.length < 2)
        return findings;
    const aliasRules = new Set(rule_equivalents/* RULE_EQUIVALENTS */.f.map(pair => pair.alias));
    const byPlace = new Map();
    for (const finding of findings) {
        if (!aliasRules.has(finding.rule))
            continue;
        const key = placeKey(finding);
        if (key !== undefined)
            byPlace.set(key, [...(byPlace.get(key) ?? []), finding]);
    }
    if (byPlace.size === 0)
        return findings;
    const merged = new Set();
    const result = findings.map(finding => {
        const key = placeKey(finding);
        const aliases = rule_equivalents/* RULE_EQUIVALENTS */.f.filter(pair => pair.rule === finding.rule).map(pair => pair.alias);
        if (key === undefined || aliases.length === 0)
            return finding;
        const same = (byPlace.get(key) ?? []).filter(other => aliases.includes(other.rule) && !merged.has(other));
        if (same.length === 0)
            return finding;
        same.forEach(other => merged.add(other));
        return same.reduce(mergeTwo, finding);
    });
    return result.filter(finding => !merged.has(finding));
}
function mergeTwo(kept, other) {
    const suppressedBy = kept.suppressedBy ?? other.suppressedBy;
    const merged = {
        ...kept,
        aliases: [...(kept.aliases ?? []), other.rule],
        severity: (0,model_severity/* severityRank */.qs)(other.severity) > (0,model_severity/* severityRank */.qs)(kept.severity) ? other.severity : kept.severity,
        blocking: suppressedBy === undefined && (kept.blocking || other.blocking)
    };
    if (suppressedBy !== undefined)
        merged.suppressedBy = suppressedBy;
    return merged;
}
/** Findings without a line and column are about an image or a whole file: never merged. */
function placeKey(finding) {
    const location = finding.location;
    if (location?.line === undefined || location.column === undefined)
        return undefined;
    return `${location.file}\u0000${location.line}\u0000${location.column}`;
}

// EXTERNAL MODULE: ./src/policy/date.ts
var date = __webpack_require__(99764);
;// CONCATENATED MODULE: ./src/verdict/exceptions.ts

/** An exception applies through the whole of its `expires` day (UTC), and not after. */
function isExpired(exception, now) {
    return exception.expires ? (0,date/* isPastExpiryDay */.E)(exception.expires, now) : false;
}
function splitExceptions(exceptions, now) {
    const active = [];
    const expired = [];
    for (const e of exceptions)
        (isExpired(e, now) ? expired : active).push(e);
    return { active, expired };
}
/**
 * The first active exception that covers a finding: same id (case-insensitive; a vulnerability's
 * aliases count, so `GHSA-…` covers the CVE both scanners merged it with), and where the
 * exception names a package or an image, the finding must match those too.
 */
function findException(finding, active, imageMatches) {
    if (active.length === 0)
        return undefined;
    const ids = idsOf(finding);
    return active.find(e => {
        if (!ids.includes(e.id.toUpperCase()))
            return false;
        if (e.package !== undefined && e.package !== finding.package?.name)
            return false;
        if (e.image !== undefined && (finding.image === undefined || !imageMatches(e.image, finding.image)))
            return false;
        return true;
    });
}
function idsOf(finding) {
    return [finding.rule, ...(finding.vulnerability?.aliases ?? [])].map(id => id.toUpperCase());
}

;// CONCATENATED MODULE: ./src/verdict/vulnerability-gate.ts
/**
 * Whether one vulnerability finding blocks on its own, given whether its severity reaches the threshold
 * (thresholds.ts: `failOn`, or `secretsFailOn` for secrets). `onlyFixed` comes first: a vulnerability
 * with no fix cannot block, whatever else it has. Then severity, or any of the CVSS, KEV and EPSS gates.
 * Secrets found in the image are gated on severity alone.
 */
function vulnerabilityBlocks(finding, options, reachesSeverity) {
    const detail = finding.vulnerability;
    if (detail?.kind === 'secret')
        return reachesSeverity;
    if (options.onlyFixed && !hasFix(finding))
        return false;
    if (reachesSeverity || detail === undefined)
        return reachesSeverity;
    const { cvssThreshold, epssThreshold } = options;
    return ((cvssThreshold !== undefined && detail.cvss !== undefined && detail.cvss >= cvssThreshold) ||
        (options.failOnKnownExploited && detail.knownExploited === true) ||
        (epssThreshold !== undefined && detail.epss !== undefined && detail.epss >= epssThreshold));
}
/**
 * `maxCount`: per image and severity, more unsuppressed (and, with onlyFixed, fixable) vulnerabilities
 * than allowed makes all of them block. Mutates `blocking` on the findings it covers.
 */
function applyMaxCounts(findings, options) {
    const groups = new Map();
    for (const f of findings) {
        if (options.maxCount[f.severity] === undefined)
            continue;
        if (f.check !== 'vulnerabilities' || f.suppressedBy || f.vulnerability?.kind === 'secret')
            continue;
        if (options.onlyFixed && !hasFix(f))
            continue;
        const key = `${f.severity}\u0000${f.image ?? ''}`;
        const group = groups.get(key);
        if (group)
            group.push(f);
        else
            groups.set(key, [f]);
    }
    for (const group of groups.values()) {
        if (group.length <= (options.maxCount[group[0].severity] ?? Infinity))
            continue;
        for (const f of group)
            f.blocking = true;
    }
}
function hasFix(finding) {
    const detail = finding.vulnerability;
    if (detail)
        return detail.fixedVersions.length > 0 || detail.fixState === 'fixed';
    return Boolean(finding.package?.fixedVersion);
}

;// CONCATENATED MODULE: ./src/verdict/thresholds.ts



/** The policy threshold that decides whether a finding from this check blocks. */
function thresholdFor(finding, policy) {
    switch (finding.check) {
        case 'pinning':
            return policy.images.failOn;
        case 'lint':
            return (0,levels/* thresholdFromLintLevel */.n)(policy.dockerfile.failOn);
        case 'vulnerabilities':
            // The severity part only: onlyFixed, CVSS, KEV and EPSS are in vulnerability-gate.ts.
            return finding.vulnerability?.kind === 'secret'
                ? policy.vulnerabilities.secretsFailOn
                : policy.vulnerabilities.failOn;
        case 'signatures':
            // An unsigned image fails only when signatures are required.
            return policy.signatures.required ? 'info' : 'none';
        case 'policy':
            return 'none';
    }
}
function violatesThreshold(finding, policy) {
    const threshold = thresholdFor(finding, policy);
    const reachesSeverity = threshold !== 'none' && (0,model_severity/* atOrAbove */.kU)(finding.severity, threshold);
    return finding.check === 'vulnerabilities'
        ? vulnerabilityBlocks(finding, policy.vulnerabilities, reachesSeverity)
        : reachesSeverity;
}

;// CONCATENATED MODULE: ./src/verdict/evaluate.ts






/** Applies the policy to what the checks found and decides pass, warn or fail. Pure. */
function evaluate(input) {
    const { policy, source } = input.policy;
    const { active, expired } = splitExceptions(policy.exceptions, input.now);
    const applied = [...input.runs.flatMap(r => r.findings), ...expired.map(expiredExceptionFinding)].map((finding) => {
        const exception = finding.check === 'policy' ? undefined : findException(finding, active, input.imageMatches);
        const suppressedBy = exception
            ? { id: exception.id, reason: exception.reason, expires: exception.expires }
            : finding.ignoredBy;
        if (suppressedBy)
            return withVerdict(finding, false, suppressedBy);
        return withVerdict(finding, violatesThreshold(finding, policy), undefined);
    });
    // One problem two checks flag at one place is one finding (IG101 with DL3007 as an alias).
    const evaluated = mergeEquivalentFindings(applied);
    applyMaxCounts(evaluated, policy.vulnerabilities);
    evaluated.sort(byImportance);
    const visible = evaluated.filter(f => !f.suppressedBy);
    const counts = (0,model_severity/* emptyCounts */.W1)();
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
        ...(input.policy.provenance ? { policyProvenance: input.policy.provenance } : {}),
        checks,
        findings: evaluated,
        counts,
        blockingCount: blocking.length,
        suppressedCount: evaluated.length - visible.length,
        images: input.images,
        imageSummaries: summarizeImages(input.images, evaluated),
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
    const belowThreshold = visible.filter(f => !f.blocking && f.check !== 'policy' && (0,model_severity/* atOrAbove */.kU)(f.severity, 'medium'));
    const reasons = broken.map(c => `${c.title} could not run: ${c.detail}`);
    if (blocking.length > 0) {
        const one = blocking.length === 1;
        const verb = mode === 'warn'
            ? 'would block (mode: warn reports without failing)'
            : one
                ? 'blocks the gate'
                : 'block the gate';
        reasons.push(`${(0,util_text/* plural */.LS)(blocking.length, 'finding')} ${verb}`);
    }
    if (belowThreshold.length > 0)
        reasons.push(`${(0,util_text/* plural */.LS)(belowThreshold.length, 'finding')} below the failure threshold`);
    if (expired.length > 0)
        reasons.push(`${(0,util_text/* plural */.LS)(expired.length, 'policy exception')} expired`);
    reasons.push(...optionalBroken.map(c => `${c.title} could not run: ${c.detail}`));
    // A check that ran carries a detail only as a warning (see CheckOutput.warning).
    const warned = checks.filter(c => (c.status === 'passed' || c.status === 'failed') && c.detail);
    reasons.push(...warned.map(c => `${c.title}: ${c.detail}`));
    if (broken.length > 0 || (blocking.length > 0 && mode === 'enforce'))
        return { verdict: 'fail', reasons };
    if (reasons.length > 0)
        return { verdict: 'warn', reasons };
    return { verdict: 'pass', reasons: ['no finding reaches the policy thresholds'] };
}
function summarizeImages(images, evaluated) {
    const byImage = new Map();
    for (const f of evaluated) {
        if (f.check !== 'vulnerabilities' || f.image === undefined)
            continue;
        let summary = byImage.get(f.image);
        if (!summary) {
            summary = { image: f.image, counts: (0,model_severity/* emptyCounts */.W1)(), blockingCount: 0, suppressedCount: 0 };
            byImage.set(f.image, summary);
        }
        if (f.suppressedBy)
            summary.suppressedCount++;
        else
            summary.counts[f.severity]++;
        if (f.blocking)
            summary.blockingCount++;
    }
    return images.flatMap(image => byImage.get(image) ?? []);
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
            return {
                ...base,
                status: blockingCount > 0 ? 'failed' : 'passed',
                ...(run.outcome.warning !== undefined ? { detail: run.outcome.warning } : {})
            };
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
/**
 * Every evaluated finding gets the same keys in the same order, whatever check made it: with 40,000
 * findings, one object shape keeps property access in the reporters fast (V8 inline caches).
 */
function withVerdict(f, blocking, suppressedBy) {
    return {
        check: f.check,
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        location: f.location,
        image: f.image,
        package: f.package,
        helpUri: f.helpUri,
        vulnerability: f.vulnerability,
        ignoredBy: f.ignoredBy,
        blocking,
        suppressedBy
    };
}
function byImportance(a, b) {
    return (Number(b.blocking) - Number(a.blocking) ||
        Number(Boolean(a.suppressedBy)) - Number(Boolean(b.suppressedBy)) ||
        (0,model_severity/* compareSeverityDesc */.qd)(a.severity, b.severity) ||
        (0,util_text/* compareText */.n6)(a.location?.file ?? '', b.location?.file ?? '') ||
        (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
        (0,util_text/* compareText */.n6)(a.image ?? '', b.image ?? '') ||
        (0,util_text/* compareText */.n6)(a.rule, b.rule));
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
    // Prepare: inputs validated and parsed once; each check then reads and validates its configuration
    // files before any check runs, so a mistake exits 2 before a download or scan starts.
    const dockerfiles = await findDockerfiles(request.dockerfilePatterns, request.workingDirectory, logger);
    const images = [...new Set(request.images)];
    const targets = parseImageTargets(images, request.workingDirectory);
    logger.info(`Targets: ${dockerfiles.length} Dockerfile(s), ${images.length} image(s)`);
    const context = {
        policy: request.policy.policy,
        workingDirectory: request.workingDirectory,
        dockerfiles,
        images,
        targets,
        progress: request.progress ?? logger
    };
    // One registry client for the run: the gate's resolution and every check share its manifest cache.
    const registry = request.services?.registry ?? new RegistryClient();
    const checks = request.checks ??
        createChecks({
            ...request.services,
            registry,
            signaturePolicy: request.services?.signaturePolicy ?? request.policy.signatures,
            scannerSettings: request.scanners ?? request.services?.scannerSettings
        });
    // Checks run concurrently; each one's log group is written as soon as it finishes, one group at a
    // time through one queue, so group markers never interleave.
    let groups = Promise.resolve();
    const resolveImages = async () => {
        if (!checks.some(c => c.needsImageDigests?.(context)))
            return;
        context.resolved = await resolveOnce(registry, targets, request.policy.policy.images.platform, logger);
    };
    const runs = await runChecks(checks, context, undefined, run => {
        groups = groups.then(() => logger.group(run.title, async () => logRun(run, logger)));
    }, resolveImages);
    await groups;
    const result = evaluate({
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
    const imageDetails = describeImages(images, context.resolved, runs);
    return imageDetails.length > 0 ? { ...result, imageDetails } : result;
}
/** Per image, the digest the gate resolved and the signature status the checks reported. */
function describeImages(images, resolved, runs) {
    const facts = runs.flatMap(r => r.imageFacts ?? []);
    if (resolved === undefined && facts.length === 0)
        return [];
    return images.map(image => {
        const target = resolved?.get(image);
        const signature = facts.find(f => f.image === image)?.signature;
        return {
            image,
            ...(target ? { digest: target.digest, manifestDigest: target.manifestDigest } : {}),
            ...(target?.platform ? { platform: target.platform } : {}),
            ...(signature ? { signature } : {})
        };
    });
}
/**
 * The prepare step's registry half: each registry image resolves to one digest, once, before any check
 * runs. An image that cannot be resolved stops the run (fail closed, exit 2), naming every such image
 * and why: credentials (401), access (403), not found (404), or which host is unreachable.
 */
async function resolveOnce(registry, targets, platform, logger) {
    const resolutions = await resolveImageTargets(registry, targets, platform);
    const failures = resolutions.flatMap(r => (r.ok ? [] : [(0,src_errors/* errorMessage */.gJ)(r.error)]));
    if (failures.length > 0)
        throw new ImageResolutionError(failures);
    const resolved = new Map();
    for (const r of resolutions) {
        if (!r.ok)
            continue;
        resolved.set(r.target.image, r.target);
        const platformNote = r.target.platform ? ` (${r.target.platform}: ${r.target.manifestDigest})` : '';
        logger.info(`Image ${r.target.image} → ${r.target.digest}${platformNote}`);
    }
    return resolved;
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
async function findDockerfiles(patterns, workingDirectory, logger) {
    if (patterns.length === 0)
        return [];
    const files = await expandDockerfileGlobs(patterns, workingDirectory, { warn: m => logger.warning(m) });
    if (files.length === 0) {
        throw new src_errors/* ConfigError */.xL(`dockerfiles: no file matches ${patterns.map(p => JSON.stringify(p)).join(', ')} in ${workingDirectory}; ` +
            'fix the patterns or the working-directory');
    }
    return files;
}

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
        throw new src_errors/* ConfigError */.xL(`working-directory: "${input}" is not a directory (resolved to ${resolved})`);
    }
    return resolved;
}

;// CONCATENATED MODULE: ./src/policy/extends/fetcher.ts
/** The most a base policy may weigh: policies are a few kB; anything near this is not one. */
const MAX_POLICY_BYTES = 1024 * 1024;

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(11758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
;// CONCATENATED MODULE: ./src/github/client.ts



/**
 * Octokit from @actions/github (proxy settings, user agent) with plugin-retry (5xx with backoff) and
 * plugin-throttling (primary and secondary rate limits, waiting as GitHub asks). The token never reaches
 * a log: the action masks it when it reads the input, and the client only sends it in a header.
 */
function createGitHubClient(options) {
    const retries = options.retries ?? 3;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const again = retryCount < retries;
        options.logger.warning(`GitHub API ${kind} rate limit hit on ${request.method} ${request.url}; ` +
            (again ? `retrying in ${retryAfter} s` : 'giving up'));
        return again;
    };
    return (0,github/* getOctokit */.Q)(options.token, {
        baseUrl: options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com',
        retry: { retries, retryAfterBaseValue: options.retryAfterBaseMs ?? 1000 },
        throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
        log: {
            debug: () => { },
            info: () => { },
            warn: message => options.logger.debug(message),
            error: message => options.logger.debug(message)
        }
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}
/** The HTTP status of a failed API call, when it was one. */
function apiStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}

;// CONCATENATED MODULE: ./src/util/capped-fetch.ts
/** A response body that grew past what the caller is willing to hold in memory. */
class ResponseTooLargeError extends Error {
    maxBytes;
    constructor(maxBytes) {
        super(`the response is larger than ${maxBytes} bytes`);
        this.maxBytes = maxBytes;
        this.name = 'ResponseTooLargeError';
    }
}
/**
 * `fetch` whose response bodies stop with ResponseTooLargeError once they pass `maxBytes`, so an
 * answer from outside (a base policy) cannot fill memory; what arrives below the cap is untouched.
 * Usable as octokit's per-request `request.fetch`, and directly.
 */
function cappedFetch(maxBytes, inner = fetch, 
/** Told when a body is cut: a library may swallow the stream's error (octokit reads text with a catch). */
onTooLarge = () => { }) {
    return async (input, init) => {
        const response = await inner(input, init);
        const declared = Number(response.headers.get('content-length') ?? NaN);
        if (declared > maxBytes) {
            await response.body?.cancel();
            onTooLarge();
            throw new ResponseTooLargeError(maxBytes);
        }
        if (!response.body)
            return response;
        let seen = 0;
        const limit = new TransformStream({
            transform(chunk, controller) {
                seen += chunk.byteLength;
                if (seen > maxBytes) {
                    onTooLarge();
                    controller.error(new ResponseTooLargeError(maxBytes));
                }
                else
                    controller.enqueue(chunk);
            }
        });
        return new Response(response.body.pipeThrough(limit), {
            status: response.status,
            statusText: response.statusText,
            headers: response.headers
        });
    };
}
/** The error itself, or the ResponseTooLargeError a library wrapped it in (octokit keeps `cause`). */
function tooLargeCause(error) {
    for (let e = error, depth = 0; e && depth < 5; e = e.cause, depth++) {
        if (e instanceof ResponseTooLargeError)
            return e;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/github/policy-contents.ts


/**
 * Reads one file at the commit its ref resolves to, through the contents API: first the ref to a commit
 * SHA (so the file and the SHA the report names cannot differ), then the file at that SHA, asked for as
 * raw bytes (base64 JSON is decoded too, for servers that ignore the media type). Failures are thrown
 * with a message that says which request failed and why.
 */
async function readRepositoryFile(octokit, file, options) {
    const repo = `${file.owner}/${file.repo}`;
    let tooLarge = false;
    const request = { fetch: cappedFetch(options.maxBytes, fetch, () => (tooLarge = true)) };
    let commitSha;
    try {
        const { data } = await octokit.rest.repos.getCommit({
            owner: file.owner,
            repo: file.repo,
            ref: file.ref,
            mediaType: { format: 'sha' },
            request
        });
        commitSha = typeof data === 'string' ? data.trim() : String(data.sha ?? '');
    }
    catch (error) {
        throw new Error(refFailure(error, repo, file.ref));
    }
    if (!/^[0-9a-f]{40}$/.test(commitSha))
        throw new Error(`GitHub answered no commit SHA for ref ${file.ref} of ${repo}`);
    let data;
    try {
        ;
        ({ data } = await octokit.rest.repos.getContent({
            owner: file.owner,
            repo: file.repo,
            path: file.path,
            ref: commitSha,
            mediaType: { format: 'raw' },
            request
        }));
    }
    catch (error) {
        throw new Error(fileFailure(error, repo, file, commitSha, options.maxBytes));
    }
    if (tooLarge)
        throw new Error(fileFailure(new ResponseTooLargeError(options.maxBytes), repo, file, commitSha, options.maxBytes));
    const server = (options.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
    return {
        text: decodeContent(data, file.path),
        commitSha,
        htmlUrl: `${server}/${repo}/blob/${commitSha}/${file.path.split('/').map(encodeURIComponent).join('/')}`
    };
}
function decodeContent(data, path) {
    if (typeof data === 'string')
        return data;
    if (data instanceof ArrayBuffer)
        return Buffer.from(data).toString('utf8');
    const entry = data;
    if (Array.isArray(data) || entry?.type === 'dir')
        throw new Error(`${path} is a directory, not a policy file`);
    if (entry?.encoding === 'base64' && typeof entry.content === 'string') {
        return Buffer.from(entry.content, 'base64').toString('utf8');
    }
    throw new Error(`GitHub answered ${path} with neither raw text nor base64 content`);
}
function refFailure(error, repo, ref) {
    const status = statusOf(error);
    if (status === 404) {
        return `HTTP 404 resolving ${ref}: ${repo} does not exist, or it is private and the token (policy-token) cannot read it`;
    }
    if (status === 422)
        return `HTTP 422: ${repo} has no branch, tag or commit named ${ref}`;
    return common(error, repo);
}
function fileFailure(error, repo, file, sha, maxBytes) {
    if (tooLargeCause(error))
        return `${file.path} is larger than ${maxBytes} bytes; a policy is a few kB`;
    if (statusOf(error) === 404)
        return `HTTP 404: ${repo} has no file ${file.path} at ${file.ref} (commit ${sha})`;
    return common(error, repo);
}
function common(error, repo) {
    const status = statusOf(error);
    if (status === 401)
        return 'HTTP 401: the token was rejected (expired or revoked?)';
    if (status === 403) {
        return `HTTP 403: access to ${repo} denied; give policy-token contents: read on it (or the API rate limit is exhausted)`;
    }
    if (status !== undefined)
        return `HTTP ${status}: ${oneLineMessage(error)}`;
    return `could not reach the GitHub API: ${oneLineMessage(error)}`;
}
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
function oneLineMessage(error) {
    const cause = error?.cause;
    const text = cause ? `${(0,src_errors/* errorMessage */.gJ)(error)} (${(0,src_errors/* errorMessage */.gJ)(cause)})` : (0,src_errors/* errorMessage */.gJ)(error);
    return text.replace(/\s+/g, ' ').slice(0, 300);
}

;// CONCATENATED MODULE: ./src/github/policy-fetcher.ts




/**
 * The fetcher `extends: OWNER/REPO/PATH@REF` uses: the one GitHub client (retries, rate limits,
 * `GITHUB_API_URL` for GHES) with `token`; links name `GITHUB_SERVER_URL`. Without a token a remote base
 * fails closed, naming what to set.
 */
function policyFetcher(token, env = process.env, logger = silentLogger) {
    if (!token) {
        throw new Error('no token is set to read it with: set the policy-token or github-token input (CLI: IMAGEGATE_POLICY_TOKEN or GITHUB_TOKEN)');
    }
    const client = createGitHubClient({ token, baseUrl: env.GITHUB_API_URL, logger });
    return {
        fetch: file => readRepositoryFile(client, file, { maxBytes: MAX_POLICY_BYTES, serverUrl: env.GITHUB_SERVER_URL })
    };
}

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
;// CONCATENATED MODULE: ./src/policy/extends/fields.ts
/** Top-level keys about the document itself, not settings that merge field by field. */
const GOVERNANCE_KEYS = new Set(['version', 'extends', 'locked', 'maxExceptionDays', 'exceptions']);
/**
 * The fields a document sets, as dotted paths to values: nested sections are walked, maps keyed by rule
 * id or severity give one field per key, lists are one field. This is the unit of merging, locking and
 * `explain`'s sources.
 */
function collectFields(schema, data) {
    const fields = new Map();
    const walk = (node, value, prefix) => {
        for (const [key, property] of Object.entries(node.properties ?? {})) {
            if (prefix === '' && GOVERNANCE_KEYS.has(key))
                continue;
            if (!Object.hasOwn(value, key))
                continue;
            const inner = value[key];
            const path = prefix ? `${prefix}.${key}` : key;
            if (isMapping(inner) && (property.properties || property.patternProperties)) {
                if (property.properties)
                    walk(property, inner, path);
                else
                    for (const [id, level] of Object.entries(inner))
                        fields.set(`${path}.${id}`, level);
            }
            else
                fields.set(path, inner);
        }
    };
    walk(schema, data, '');
    return fields;
}
/** Every lockable path: sections, fields, `exceptions`; maps of rule ids accept any id below them. */
function lockablePaths(schema) {
    const paths = ['exceptions'];
    const walk = (node, prefix) => {
        for (const [key, property] of Object.entries(node.properties ?? {})) {
            if (prefix === '' && GOVERNANCE_KEYS.has(key))
                continue;
            const path = prefix ? `${prefix}.${key}` : key;
            paths.push(path);
            if (property.type === 'object' && property.properties)
                walk(property, path);
        }
    };
    walk(schema, '');
    return paths;
}
/** The schema's default for a field path, or undefined (an unset field, or a key of a map). */
function defaultAt(schema, path) {
    let node = schema;
    for (const segment of path.split('.'))
        node = node?.properties?.[segment];
    return node?.default;
}
/** Writes `value` at a dotted path, creating the sections on the way. */
function setField(target, path, value) {
    const segments = path.split('.');
    let node = target;
    for (const segment of segments.slice(0, -1)) {
        if (!isMapping(node[segment]))
            node[segment] = {};
        node = node[segment];
    }
    node[segments[segments.length - 1]] = plainCopy(value);
}
/**
 * A deep copy of parsed YAML data (plain mappings, lists and scalars) made of this realm's plain objects,
 * so merging never aliases a document and js-yaml can dump it (structuredClone's may not be).
 */
function plainCopy(value) {
    if (Array.isArray(value))
        return value.map(plainCopy);
    if (isMapping(value))
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainCopy(v)]));
    return value;
}
function isMapping(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./policies/schema.json
const schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","title":"imagegate policy","description":"What imagegate checks in a container image and its Dockerfile, and which findings fail the build. Every section is optional; anything left out takes the default shown.","type":"object","additionalProperties":false,"required":["version"],"properties":{"version":{"description":"Policy format version. Always `1` for now; it lets a future imagegate read old policies safely.","type":"integer","const":1},"extends":{"description":"Base policies this one builds on, applied in order, then this file on top: a path in this repository (relative to this file, e.g. `org/base.yml`), a file in a GitHub repository pinned to a ref as `OWNER/REPO/PATH@REF` (e.g. `acme/security-policies/imagegate.yml@v3`, read with the `policy-token` input), or an `https://` URL pinned by its SHA-256, written `{url: https://HOST/PATH, sha256: HEX}` or `https://HOST/PATH#sha256=HEX`. This policy may tighten anything a base sets, and loosen only what the base does not `lock`.","anyOf":[{"type":"string","pattern":"^\\\\S+$"},{"type":"array","items":{"anyOf":[{"type":"string","pattern":"^\\\\S+$"},{"type":"object","additionalProperties":false,"required":["url","sha256"],"properties":{"url":{"description":"The base policy\'s https URL.","type":"string","pattern":"^https://\\\\S+$"},"sha256":{"description":"SHA-256 of the file\'s bytes, 64 lowercase hex digits (`sha256sum FILE`).","type":"string","pattern":"^[0-9a-f]{64}$"}}}]}}]},"locked":{"description":"Fields that policies extending this one may only tighten, as dotted paths (`vulnerabilities.failOn`, `images.tags`, `exceptions`), or `all`. Locking `exceptions` (or `all`) forbids exceptions in extending policies.","anyOf":[{"type":"array","items":{"type":"string","pattern":"^\\\\S+$"},"uniqueItems":true},{"type":"string","const":"all"}]},"maxExceptionDays":{"description":"Longest an exception written in a policy that extends this one may last: its `expires` must be at most this many days after the run\'s date.","type":"integer","minimum":1},"mode":{"description":"`enforce` fails the run when a finding crosses a `failOn` threshold. `warn` reports the same findings but never fails on them; use it while a repository adopts imagegate. In both modes a required check that cannot run (a missing scanner, an unreachable registry) fails the run: a gate never passes on a check it did not do.","type":"string","enum":["enforce","warn"],"default":"enforce"},"dockerfile":{"description":"Dockerfile lint (hadolint rules `DL…`, ShellCheck rules `SC…` and imagegate\'s own `IG…` rules).","type":"object","additionalProperties":false,"properties":{"failOn":{"description":"Lowest lint level that fails the run: `error` fails only on errors, `style` fails on everything, `none` never fails on lint findings.","type":"string","enum":["error","warning","info","style","none"],"default":"error"},"rules":{"description":"Change the level of single rules, keyed by rule id, e.g. `DL3008: warning`, or turn a rule off with `off`. Rules not listed keep their own level.","type":"object","additionalProperties":false,"patternProperties":{"^(DL|SC|IG)[0-9]+$":{"description":"Level for this rule, or `off` to skip it.","type":"string","enum":["error","warning","info","style","off"]}},"default":{}},"shellcheck":{"description":"Run ShellCheck on every `RUN` script when `shellcheck` is on PATH (it is on GitHub\'s Ubuntu runners). Its findings carry `SC…` ids on the RUN line. When it is not installed the report says it was skipped.","type":"boolean","default":true},"shellcheckRequired":{"description":"What happens when ShellCheck times out or crashes on a `RUN` script (a script built to keep it busy, a ShellCheck bug). `true`: the lint check is `error` and the run fails, naming the Dockerfile and `RUN` line; the SC findings of every other script are still reported. `false`: the run goes on with a visible warning in the summary, the reports and the verdict reasons. Each ShellCheck process may take 20 s.","type":"boolean","default":true},"hadolintConfig":{"description":"Also read `.hadolint.yaml` (or `.hadolint.yml`) from the working directory: its `ignored` rules, `override` levels and `trustedRegistries` apply as if written here. This policy\'s own `rules` win where both name a rule.","type":"boolean","default":false},"trustedRegistries":{"description":"Registries that `FROM` may pull from (hadolint DL3026), e.g. `docker.io` or `ghcr.io`. An empty list allows any registry.","type":"array","items":{"type":"string","pattern":"\\\\S"},"default":[]}}},"vulnerabilities":{"description":"Vulnerability scanning of the built image.","type":"object","additionalProperties":false,"properties":{"scanners":{"description":"Scanners to run. Their findings are merged, so a vulnerability both report counts once. An empty list turns vulnerability scanning off.","type":"array","items":{"type":"string","enum":["trivy","grype"]},"uniqueItems":true,"default":["trivy","grype"]},"failOn":{"description":"Lowest vulnerability severity that fails the run; `none` reports vulnerabilities without failing on them.","type":"string","enum":["critical","high","medium","low","info","none"],"default":"critical"},"onlyFixed":{"description":"When `true`, only vulnerabilities that have a fixed version available can fail the run; unfixed ones are still reported.","type":"boolean","default":true},"severitySource":{"description":"Which scanner\'s severity to gate on when Trivy and Grype disagree about a vulnerability: `highest` takes the higher of the two; `trivy` or `grype` prefers that scanner\'s rating (falling back to the other where it has none). Both ratings are shown in reports.","type":"string","enum":["highest","trivy","grype"],"default":"highest"},"maxCount":{"description":"Per image, the most vulnerabilities of a severity that may be present before they fail the run, e.g. `high: 5`; counted after `onlyFixed` and exceptions. Severities not listed are gated by `failOn` alone.","type":"object","additionalProperties":false,"properties":{"critical":{"description":"Most critical vulnerabilities allowed per image.","type":"integer","minimum":0},"high":{"description":"Most high vulnerabilities allowed per image.","type":"integer","minimum":0},"medium":{"description":"Most medium vulnerabilities allowed per image.","type":"integer","minimum":0},"low":{"description":"Most low vulnerabilities allowed per image.","type":"integer","minimum":0},"info":{"description":"Most info vulnerabilities allowed per image.","type":"integer","minimum":0}},"default":{}},"cvssThreshold":{"description":"Also fail on any vulnerability whose CVSS base score (the highest any source gives) is at least this, whatever its severity, e.g. `9.0`. Unset: CVSS is not gated.","type":"number","minimum":0,"maximum":10},"failOnKnownExploited":{"description":"Also fail on any vulnerability listed in CISA\'s Known Exploited Vulnerabilities catalogue, where the scanner report carries KEV data (Grype does).","type":"boolean","default":false},"epssThreshold":{"description":"Also fail on any vulnerability whose EPSS probability of exploitation is at least this (0 to 1, e.g. `0.5`), where the scanner report carries EPSS data. Unset: EPSS is not gated.","type":"number","minimum":0,"maximum":1},"secretsFailOn":{"description":"Lowest severity of a secret that Trivy finds inside the image (keys, tokens) that fails the run; `none` reports them without failing.","type":"string","enum":["critical","high","medium","low","info","none"],"default":"high"},"ignoreFiles":{"description":"Also honour the scanners\' own ignore files in the working directory: `.trivyignore`, `.trivyignore.yaml` and `.grype.yaml`. Their rules apply to both scanners\' findings alike, and expiry dates (`exp:`, `expired_at`) are honoured for all of them.","type":"boolean","default":false},"timeoutSeconds":{"description":"How long each scanner may run against one image before it is stopped and the check fails closed.","type":"integer","minimum":10,"maximum":21600,"default":600}}},"images":{"description":"Checks on image references: tags, digests and registries, in the Dockerfile (`FROM`) and the images given to scan.","type":"object","additionalProperties":false,"properties":{"failOn":{"description":"Lowest severity of a tag or registry finding that fails the run.","type":"string","enum":["critical","high","medium","low","info","none"],"default":"high"},"tags":{"description":"How image references must be pinned.","type":"object","additionalProperties":false,"properties":{"forbidLatest":{"description":"Flag references to the `latest` tag, which changes under you.","type":"boolean","default":true},"forbidUntagged":{"description":"Flag references with no tag and no digest, which silently mean `latest`.","type":"boolean","default":true},"requireDigest":{"description":"Require every reference to be pinned by digest (`image@sha256:…`), so a rebuild uses exactly the same bytes.","type":"boolean","default":false}}},"registries":{"description":"Where images may come from.","type":"object","additionalProperties":false,"properties":{"allow":{"description":"Globs over image references that are allowed, e.g. `ghcr.io/acme/*` or `docker.io/library/*`. An empty list allows any registry.","type":"array","items":{"type":"string","pattern":"\\\\S"},"default":[]}}},"platform":{"description":"Platform (`os/arch[/variant]`) whose manifest is checked and scanned when an image is a multi-platform index; pins and signatures still name the index digest.","type":"string","pattern":"^[a-z0-9._-]+/[a-z0-9._-]+(/[a-z0-9._-]+)?$","default":"linux/amd64"}}},"signatures":{"description":"Image signature verification.","type":"object","additionalProperties":false,"properties":{"required":{"description":"Fail the run when a scanned image has no valid signature.","type":"boolean","default":false},"authorities":{"description":"Who may sign, as in sigstore policy-controller: each authority is a public key or a list of keyless (Fulcio) identities. A signature counts when one authority verifies it; see `threshold`.","type":"array","default":[],"items":{"type":"object","additionalProperties":false,"properties":{"name":{"description":"Name shown in reports; defaults to `authority-N`.","type":"string","pattern":"\\\\S"},"key":{"description":"A public key: exactly one of `path`, `data` or `kms`.","type":"object","additionalProperties":false,"properties":{"path":{"description":"PEM public key file (`cosign.pub`), relative to the policy file.","type":"string","pattern":"\\\\S"},"data":{"description":"The PEM public key itself (`-----BEGIN PUBLIC KEY-----…`).","type":"string","pattern":"\\\\S"},"kms":{"description":"A KMS key reference (`awskms://…`, `gcpkms://…`, `hashivault://…`); needs `verifier: cosign`.","type":"string","pattern":"\\\\S"}}},"keyless":{"description":"Keyless signatures: a Fulcio certificate for one of these identities.","type":"object","additionalProperties":false,"required":["identities"],"properties":{"identities":{"description":"Accepted identities; any one suffices. Each has `issuer` or `issuerRegExp`, and `subject` or `subjectRegExp`. Regular expressions must match the whole value and must be written anchored, `^…$`.","type":"array","items":{"type":"object","additionalProperties":false,"properties":{"issuer":{"description":"OIDC issuer, exact, e.g. `https://token.actions.githubusercontent.com`.","type":"string","pattern":"\\\\S"},"issuerRegExp":{"description":"OIDC issuer as an anchored regular expression (`^…$`).","type":"string","pattern":"\\\\S"},"subject":{"description":"Certificate subject (SAN email or URI), exact, e.g. `https://github.com/ORG/REPO/.github/workflows/release.yml@refs/heads/main`.","type":"string","pattern":"\\\\S"},"subjectRegExp":{"description":"Certificate subject as an anchored regular expression (`^…$`).","type":"string","pattern":"\\\\S"}}}},"trustedRoot":{"description":"trusted_root.json for this authority (private Sigstore), relative to the policy file.","type":"string","pattern":"\\\\S"}}},"threshold":{"description":"Distinct keyless identities that must sign under this authority (default 1).","type":"integer","minimum":1},"tlog":{"description":"Transparency-log (Rekor) entry: `required`, or `optional` (checked when present). Default: `optional` for keys, `required` for keyless.","type":"string","enum":["required","optional"]},"ctlog":{"description":"Certificate-transparency timestamp (SCT) in keyless certificates: `required` (default), or `optional` for certificates issued without one (a private Fulcio); an SCT that is present must always verify.","type":"string","enum":["required","optional"]}}}},"images":{"description":"Globs over image references that need signatures, e.g. `ghcr.io/acme/**`. Empty: every image.","type":"array","default":[],"items":{"type":"string","pattern":"\\\\S"}},"threshold":{"description":"Distinct authorities that must each verify a signature of the image (1: any one).","type":"integer","minimum":1,"default":1},"trustedRoot":{"description":"Sigstore trusted_root.json, relative to the policy file, for offline or private Sigstore. Default: the public-good root bundled with imagegate.","type":"string","pattern":"\\\\S"},"verifier":{"description":"`native` verifies in imagegate; `cosign` runs `cosign verify` from PATH (for KMS keys).","type":"string","enum":["native","cosign"],"default":"native"}}},"exceptions":{"description":"Findings to accept on purpose, each with a reason and, ideally, an expiry date. One list covers every check: vulnerabilities, lint rules and image rules.","type":"array","default":[],"items":{"type":"object","additionalProperties":false,"required":["id","reason"],"properties":{"id":{"description":"The finding to accept: a vulnerability id (`CVE-2024-1234`, `GHSA-…`) or a rule id (`DL3008`, `IG101`).","type":"string","pattern":"^\\\\S+$"},"package":{"description":"Only accept the finding in this package (by name).","type":"string","pattern":"\\\\S"},"image":{"description":"Only accept the finding in images matching this glob, e.g. `ghcr.io/acme/*`.","type":"string","pattern":"\\\\S"},"reason":{"description":"Why accepting this finding is safe. Shown in reports next to the accepted finding.","type":"string","pattern":"\\\\S"},"expires":{"description":"Last day the exception applies, as `YYYY-MM-DD` (UTC). After it, the finding counts again.","type":"string","format":"date"}}}},"report":{"description":"How results are reported.","type":"object","additionalProperties":false,"properties":{"comment":{"description":"When to post (or update) the pull request comment: `always`, only `on-failure` (a comment that exists is still updated when the PR turns green), `update-only` (never create one, keep an existing one current), or `never`. The action\'s `comment` input overrides it.","type":"string","enum":["always","on-failure","update-only","never"],"default":"always"}}}}}');
;// CONCATENATED MODULE: ./src/policy/schema.ts

/** The policy schema, bundled into the build so the action needs no files on disk. */
const schema_POLICY_SCHEMA = schema_namespaceObject;

;// CONCATENATED MODULE: ./src/policy/explain.ts




/** Where `# file:line` comments start, so they line up in a terminal. */
const COMMENT_COLUMN = 44;
/**
 * The effective policy as YAML, every value followed by `# file:line` of the document that set it (or
 * `default`) and the lock that holds it, after a header listing the documents in the order they apply.
 * What `imagegate policy explain` prints and the action logs; the output is itself a valid policy.
 */
function renderExplain(loaded) {
    const provenance = loaded.provenance;
    const sources = provenance?.sources ?? {};
    const lines = [`# Effective policy: ${loaded.source}`];
    const documents = provenance?.documents ?? [{ name: loaded.source }];
    lines.push('# Documents, each applied over the ones before it:');
    documents.forEach((d, i) => lines.push(`#   ${i + 1}. ${d.name}${d.detail ? ` (${d.detail})` : ''}`));
    for (const loosened of provenance?.loosened ?? [])
        lines.push(`# Loosened (not locked): ${loosened}`);
    const policy = loaded.policy;
    renderMapping(schema_POLICY_SCHEMA, policy, '', 0, sources, lines);
    return (0,untrusted/* stripControl */.kU)(lines.join('\n')) + '\n';
}
function renderMapping(schema, value, prefix, depth, sources, lines) {
    const indent = '  '.repeat(depth);
    const keys = schema.patternProperties ? Object.keys(value) : Object.keys(schema.properties ?? {});
    for (const key of keys) {
        if (!Object.hasOwn(value, key))
            continue;
        const inner = value[key];
        const property = schema.properties?.[key] ?? Object.values(schema.patternProperties ?? {})[0] ?? {};
        const path = prefix ? `${prefix}.${key}` : key;
        if (key === 'exceptions' && depth === 0 && Array.isArray(inner) && inner.length > 0) {
            lines.push(`${indent}exceptions:`);
            inner.forEach((exception, i) => {
                // The position is where it is written; the comment already says so.
                const written = Object.fromEntries(Object.entries(exception).filter(([key]) => key !== 'position'));
                lines.push(withComment(`${indent}  - ${flow(written)}`, sources[`exceptions[${i}]`]));
            });
        }
        else if (isSection(property, inner)) {
            lines.push(`${indent}${key}:`);
            renderMapping(property, inner, path, depth + 1, sources, lines);
        }
        else {
            lines.push(withComment(`${indent}${key}: ${flow(inner)}`, sources[path] ?? { file: 'default' }));
        }
    }
}
/** A mapping written key by key: sections, and maps keyed by rule id or severity that are not empty. */
function isSection(schema, value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return false;
    if (schema.patternProperties || schema.properties?.critical)
        return Object.keys(value).length > 0;
    return schema.properties !== undefined;
}
function withComment(line, source) {
    const where = source
        ? source.line === undefined
            ? source.file
            : `${source.file}:${source.line}`
        : 'default';
    const locked = source?.lockedBy ? ` (locked by ${source.lockedBy})` : '';
    return `${line.padEnd(COMMENT_COLUMN - 1)} # ${where}${locked}`;
}
/** One line of YAML in flow style; strings quoted only where YAML needs it, line breaks escaped. */
function flow(value) {
    const options = { flowLevel: 0, lineWidth: -1, schema: js_yaml/* CORE_SCHEMA */.OU };
    if (value !== null && typeof value === 'object')
        return (0,js_yaml/* dump */.Bh)(plainCopy(value), options).trimEnd();
    // A scalar alone would become a block scalar over several lines; inside a flow list it stays on one.
    return (0,js_yaml/* dump */.Bh)([value], options).trimEnd().slice(1, -1);
}

;// CONCATENATED MODULE: ./src/policy/builtin.ts
// GENERATED from policies/default.yml by src/policy/generate-builtin.ts (`npm run generate`); do not edit.
// Embedded so the bundled action needs no policy file on disk.
const BUILTIN_POLICY_LABEL = 'built-in default';
const BUILTIN_POLICY_TEXT = `# yaml-language-server: $schema=https://raw.githubusercontent.com/imagegate/imagegate/v1/policies/schema.json
# imagegate built-in default policy: used when a repository has no .github/imagegate.yml.
# Copy it to .github/imagegate.yml to start your own; every key is optional except 'version'.
version: 1

# enforce: policy violations fail the run. Use 'warn' to report without failing while adopting.
mode: enforce

dockerfile:
  # Only lint errors fail; warnings and style findings are reported as annotations.
  failOn: error
  # Per-rule overrides, e.g. 'DL3008: warning' or 'DL3059: off'.
  rules: {}
  # ShellCheck on every RUN when shellcheck is installed (it is on GitHub's Ubuntu runners).
  shellcheck: true
  # A RUN script ShellCheck cannot finish (times out, crashes) fails the run; false makes it a warning.
  shellcheckRequired: true
  # Set true to also honour an existing .hadolint.yaml (ignored rules, overrides, trustedRegistries).
  hadolintConfig: false
  # Registries FROM may use (DL3026); empty allows any.
  trustedRegistries: []

vulnerabilities:
  # Two scanners catch more than one; findings both report are merged and count once.
  scanners: [trivy, grype]
  # Start strict only where it matters: critical vulnerabilities fail, the rest is reported.
  failOn: critical
  # A vulnerability with no fixed version is not actionable, so it is reported but cannot fail.
  onlyFixed: true
  # When Trivy and Grype rate a vulnerability differently, gate on the higher rating.
  severitySource: highest
  # Per image, how many of a severity may be present before they fail, e.g. '{ high: 10 }'.
  maxCount: {}
  # Also fail on CISA known-exploited vulnerabilities (where the report says so); strict.yml does.
  failOnKnownExploited: false
  # Keys, tokens and passwords Trivy finds inside the image fail from high up.
  secretsFailOn: high
  # Set true to also apply .trivyignore, .trivyignore.yaml and .grype.yaml (expiry honoured).
  ignoreFiles: false
  # Each scanner gets this long per image before it is stopped and the check fails closed.
  timeoutSeconds: 600

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
        throw new src_errors/* ConfigError */.xL(message, [{ message, position: { file: found[1] } }]);
    }
    if (found.length === 1)
        return { path: external_node_path_.join(workingDirectory, found[0]), source: found[0] };
    return { source: BUILTIN_POLICY_LABEL };
}

// EXTERNAL MODULE: ./src/policy/problems.ts
var policy_problems = __webpack_require__(9936);
;// CONCATENATED MODULE: ./src/policy/semantic-checks.ts


/**
 * Everything a later stage (compiling the allow list, matching exceptions) would reject or silently
 * ignore, checked at load time so `policy validate` and `check` report the same mistakes, each at its
 * line. Runs on unvalidated data, so every value is type-checked before use.
 */
const FIELD_CHECKS = [
    {
        path: ['images', 'registries', 'allow', '*'],
        problem: value => {
            const why = allowPatternProblem(value);
            return why && `not a registry/repository glob such as ghcr.io/acme/*: ${why}`;
        }
    },
    { path: ['exceptions', '*', 'image'], problem: imageGlobProblem },
    { path: ['signatures', 'images', '*'], problem: imageGlobProblem }
];
/** Globs matched with matchesImagePattern: one that cannot parse would silently match nothing. */
function imageGlobProblem(value) {
    const why = imagePatternProblem(value);
    return why && `not an image glob such as ghcr.io/acme/*, so it could never match: ${why}`;
}
function semanticProblems(data, index, file) {
    const problems = [];
    for (const check of FIELD_CHECKS) {
        for (const { path, value } of valuesAt(data, check.path)) {
            if (typeof value !== 'string')
                continue; // the schema reports wrong types
            const why = check.problem(value);
            if (why === undefined)
                continue;
            problems.push({
                message: `${why} (got ${(0,policy_problems/* show */.WU)(value)})`,
                position: { file, ...index.valueAt(path), field: (0,policy_problems/* fieldName */.w5)(path, data) }
            });
        }
    }
    return problems;
}
/** The values at `pattern` (with `*` over list items), each with its concrete path. */
function valuesAt(data, pattern) {
    let found = [{ path: [], value: data }];
    for (const segment of pattern) {
        found = found.flatMap(({ path, value }) => {
            if (segment === '*') {
                return Array.isArray(value)
                    ? value.map((item, i) => ({ path: [...path, String(i)], value: item }))
                    : [];
            }
            if (value === null || typeof value !== 'object' || Array.isArray(value))
                return [];
            if (!Object.hasOwn(value, segment))
                return [];
            return [{ path: [...path, segment], value: value[segment] }];
        });
    }
    return found;
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
        extends: {
            anyOf: [
                { type: 'string', pattern: '^\\S+$' },
                {
                    type: 'array',
                    items: {
                        anyOf: [
                            { type: 'string', pattern: '^\\S+$' },
                            {
                                type: 'object',
                                additionalProperties: false,
                                required: ['url', 'sha256'],
                                properties: {
                                    url: { type: 'string', pattern: '^https://\\S+$' },
                                    sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' }
                                }
                            }
                        ]
                    }
                }
            ]
        },
        locked: {
            anyOf: [
                { type: 'array', items: { type: 'string', pattern: '^\\S+$' }, uniqueItems: true },
                { type: 'string', const: 'all' }
            ]
        },
        maxExceptionDays: { type: 'integer', minimum: 1 },
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
                },
                shellcheck: { type: 'boolean' },
                shellcheckRequired: { type: 'boolean' },
                hadolintConfig: { type: 'boolean' },
                trustedRegistries: { type: 'array', items: { type: 'string', pattern: '\\S' } }
            }
        },
        vulnerabilities: {
            type: 'object',
            additionalProperties: false,
            properties: {
                scanners: { type: 'array', items: { type: 'string', enum: ['trivy', 'grype'] }, uniqueItems: true },
                failOn: { type: 'string', enum: ['critical', 'high', 'medium', 'low', 'info', 'none'] },
                onlyFixed: { type: 'boolean' },
                severitySource: { type: 'string', enum: ['highest', 'trivy', 'grype'] },
                maxCount: {
                    type: 'object',
                    additionalProperties: false,
                    properties: {
                        critical: { type: 'integer', minimum: 0 },
                        high: { type: 'integer', minimum: 0 },
                        medium: { type: 'integer', minimum: 0 },
                        low: { type: 'integer', minimum: 0 },
                        info: { type: 'integer', minimum: 0 }
                    }
                },
                cvssThreshold: { type: 'number', minimum: 0, maximum: 10 },
                failOnKnownExploited: { type: 'boolean' },
                epssThreshold: { type: 'number', minimum: 0, maximum: 1 },
                secretsFailOn: { type: 'string', enum: ['critical', 'high', 'medium', 'low', 'info', 'none'] },
                ignoreFiles: { type: 'boolean' },
                timeoutSeconds: { type: 'integer', minimum: 10, maximum: 21600 }
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
                },
                platform: { type: 'string', pattern: '^[a-z0-9._-]+/[a-z0-9._-]+(/[a-z0-9._-]+)?$' }
            }
        },
        signatures: {
            type: 'object',
            additionalProperties: false,
            properties: {
                required: { type: 'boolean' },
                authorities: {
                    type: 'array',
                    items: {
                        type: 'object',
                        additionalProperties: false,
                        properties: {
                            name: { type: 'string', pattern: '\\S' },
                            key: {
                                type: 'object',
                                additionalProperties: false,
                                properties: {
                                    path: { type: 'string', pattern: '\\S' },
                                    data: { type: 'string', pattern: '\\S' },
                                    kms: { type: 'string', pattern: '\\S' }
                                }
                            },
                            keyless: {
                                type: 'object',
                                additionalProperties: false,
                                required: ['identities'],
                                properties: {
                                    identities: {
                                        type: 'array',
                                        items: {
                                            type: 'object',
                                            additionalProperties: false,
                                            properties: {
                                                issuer: { type: 'string', pattern: '\\S' },
                                                issuerRegExp: { type: 'string', pattern: '\\S' },
                                                subject: { type: 'string', pattern: '\\S' },
                                                subjectRegExp: { type: 'string', pattern: '\\S' }
                                            }
                                        }
                                    },
                                    trustedRoot: { type: 'string', pattern: '\\S' }
                                }
                            },
                            threshold: { type: 'integer', minimum: 1 },
                            tlog: { type: 'string', enum: ['required', 'optional'] },
                            ctlog: { type: 'string', enum: ['required', 'optional'] }
                        }
                    }
                },
                images: { type: 'array', items: { type: 'string', pattern: '\\S' } },
                threshold: { type: 'integer', minimum: 1 },
                trustedRoot: { type: 'string', pattern: '\\S' },
                verifier: { type: 'string', enum: ['native', 'cosign'] }
            }
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
            properties: { comment: { type: 'string', enum: ['always', 'on-failure', 'update-only', 'never'] } }
        }
    }
};
const func2 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp('^\\S+$', 'u');
const pattern2 = new RegExp('^https://\\S+$', 'u');
const pattern3 = new RegExp('^[0-9a-f]{64}$', 'u');
const pattern5 = new RegExp('^(DL|SC|IG)[0-9]+$', 'u');
const pattern7 = new RegExp('\\S', 'u');
const pattern9 = new RegExp('^[a-z0-9._-]+/[a-z0-9._-]+(/[a-z0-9._-]+)?$', 'u');
const formats0 = { date: date/* isCalendarDate */.t }.date;
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
            if (!func2.call(schema11.properties, key0)) {
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
        if (data.extends !== undefined) {
            let data1 = data.extends;
            const _errs5 = errors;
            let valid1 = false;
            const _errs6 = errors;
            if (typeof data1 === 'string') {
                if (!pattern0.test(data1)) {
                    const err4 = {
                        instancePath: instancePath + '/extends',
                        schemaPath: '#/properties/extends/anyOf/0/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^\\S+$' },
                        message: 'must match pattern "' + '^\\S+$' + '"',
                        schema: '^\\S+$',
                        parentSchema: schema11.properties.extends.anyOf[0],
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
            }
            else {
                const err5 = {
                    instancePath: instancePath + '/extends',
                    schemaPath: '#/properties/extends/anyOf/0/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema11.properties.extends.anyOf[0].type,
                    parentSchema: schema11.properties.extends.anyOf[0],
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
            var _valid0 = _errs6 === errors;
            valid1 = valid1 || _valid0;
            if (!valid1) {
                const _errs8 = errors;
                if (Array.isArray(data1)) {
                    const len0 = data1.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                        let data2 = data1[i0];
                        const _errs11 = errors;
                        let valid4 = false;
                        const _errs12 = errors;
                        if (typeof data2 === 'string') {
                            if (!pattern0.test(data2)) {
                                const err6 = {
                                    instancePath: instancePath + '/extends/' + i0,
                                    schemaPath: '#/properties/extends/anyOf/1/items/anyOf/0/pattern',
                                    keyword: 'pattern',
                                    params: { pattern: '^\\S+$' },
                                    message: 'must match pattern "' + '^\\S+$' + '"',
                                    schema: '^\\S+$',
                                    parentSchema: schema11.properties.extends.anyOf[1].items.anyOf[0],
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
                        else {
                            const err7 = {
                                instancePath: instancePath + '/extends/' + i0,
                                schemaPath: '#/properties/extends/anyOf/1/items/anyOf/0/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                                schema: schema11.properties.extends.anyOf[1].items.anyOf[0].type,
                                parentSchema: schema11.properties.extends.anyOf[1].items.anyOf[0],
                                data: data2
                            };
                            if (vErrors === null) {
                                vErrors = [err7];
                            }
                            else {
                                vErrors.push(err7);
                            }
                            errors++;
                        }
                        var _valid1 = _errs12 === errors;
                        valid4 = valid4 || _valid1;
                        if (!valid4) {
                            const _errs14 = errors;
                            if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
                                if (data2.url === undefined) {
                                    const err8 = {
                                        instancePath: instancePath + '/extends/' + i0,
                                        schemaPath: '#/properties/extends/anyOf/1/items/anyOf/1/required',
                                        keyword: 'required',
                                        params: { missingProperty: 'url' },
                                        message: "must have required property '" + 'url' + "'",
                                        schema: schema11.properties.extends.anyOf[1].items.anyOf[1].required,
                                        parentSchema: schema11.properties.extends.anyOf[1].items.anyOf[1],
                                        data: data2
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err8];
                                    }
                                    else {
                                        vErrors.push(err8);
                                    }
                                    errors++;
                                }
                                if (data2.sha256 === undefined) {
                                    const err9 = {
                                        instancePath: instancePath + '/extends/' + i0,
                                        schemaPath: '#/properties/extends/anyOf/1/items/anyOf/1/required',
                                        keyword: 'required',
                                        params: { missingProperty: 'sha256' },
                                        message: "must have required property '" + 'sha256' + "'",
                                        schema: schema11.properties.extends.anyOf[1].items.anyOf[1].required,
                                        parentSchema: schema11.properties.extends.anyOf[1].items.anyOf[1],
                                        data: data2
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err9];
                                    }
                                    else {
                                        vErrors.push(err9);
                                    }
                                    errors++;
                                }
                                for (const key1 in data2) {
                                    if (!(key1 === 'url' || key1 === 'sha256')) {
                                        const err10 = {
                                            instancePath: instancePath + '/extends/' + i0,
                                            schemaPath: '#/properties/extends/anyOf/1/items/anyOf/1/additionalProperties',
                                            keyword: 'additionalProperties',
                                            params: { additionalProperty: key1 },
                                            message: 'must NOT have additional properties',
                                            schema: false,
                                            parentSchema: schema11.properties.extends.anyOf[1].items.anyOf[1],
                                            data: data2
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err10];
                                        }
                                        else {
                                            vErrors.push(err10);
                                        }
                                        errors++;
                                    }
                                }
                                if (data2.url !== undefined) {
                                    let data3 = data2.url;
                                    if (typeof data3 === 'string') {
                                        if (!pattern2.test(data3)) {
                                            const err11 = {
                                                instancePath: instancePath + '/extends/' + i0 + '/url',
                                                schemaPath: '#/properties/extends/anyOf/1/items/anyOf/1/properties/url/pattern',
                                                keyword: 'pattern',
                                                params: { pattern: '^https://\\S+$' },
                                                message: 'must match pattern "' + '^https://\\S+$' + '"',
                                                schema: '^https://\\S+$',
                                                parentSchema: schema11.properties.extends.anyOf[1].items.anyOf[1].properties.url,
                                                data: data3
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
                                    else {
                                        const err12 = {
                                            instancePath: instancePath + '/extends/' + i0 + '/url',
                                            schemaPath: '#/properties/extends/anyOf/1/items/anyOf/1/properties/url/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                            schema: schema11.properties.extends.anyOf[1].items.anyOf[1].properties.url.type,
                                            parentSchema: schema11.properties.extends.anyOf[1].items.anyOf[1].properties.url,
                                            data: data3
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
                                if (data2.sha256 !== undefined) {
                                    let data4 = data2.sha256;
                                    if (typeof data4 === 'string') {
                                        if (!pattern3.test(data4)) {
                                            const err13 = {
                                                instancePath: instancePath + '/extends/' + i0 + '/sha256',
                                                schemaPath: '#/properties/extends/anyOf/1/items/anyOf/1/properties/sha256/pattern',
                                                keyword: 'pattern',
                                                params: { pattern: '^[0-9a-f]{64}$' },
                                                message: 'must match pattern "' + '^[0-9a-f]{64}$' + '"',
                                                schema: '^[0-9a-f]{64}$',
                                                parentSchema: schema11.properties.extends.anyOf[1].items.anyOf[1].properties.sha256,
                                                data: data4
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
                                    else {
                                        const err14 = {
                                            instancePath: instancePath + '/extends/' + i0 + '/sha256',
                                            schemaPath: '#/properties/extends/anyOf/1/items/anyOf/1/properties/sha256/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                            schema: schema11.properties.extends.anyOf[1].items.anyOf[1].properties.sha256.type,
                                            parentSchema: schema11.properties.extends.anyOf[1].items.anyOf[1].properties.sha256,
                                            data: data4
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
                            }
                            else {
                                const err15 = {
                                    instancePath: instancePath + '/extends/' + i0,
                                    schemaPath: '#/properties/extends/anyOf/1/items/anyOf/1/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object',
                                    schema: schema11.properties.extends.anyOf[1].items.anyOf[1].type,
                                    parentSchema: schema11.properties.extends.anyOf[1].items.anyOf[1],
                                    data: data2
                                };
                                if (vErrors === null) {
                                    vErrors = [err15];
                                }
                                else {
                                    vErrors.push(err15);
                                }
                                errors++;
                            }
                            var _valid1 = _errs14 === errors;
                            valid4 = valid4 || _valid1;
                        }
                        if (!valid4) {
                            const err16 = {
                                instancePath: instancePath + '/extends/' + i0,
                                schemaPath: '#/properties/extends/anyOf/1/items/anyOf',
                                keyword: 'anyOf',
                                params: {},
                                message: 'must match a schema in anyOf',
                                schema: schema11.properties.extends.anyOf[1].items.anyOf,
                                parentSchema: schema11.properties.extends.anyOf[1].items,
                                data: data2
                            };
                            if (vErrors === null) {
                                vErrors = [err16];
                            }
                            else {
                                vErrors.push(err16);
                            }
                            errors++;
                        }
                        else {
                            errors = _errs11;
                            if (vErrors !== null) {
                                if (_errs11) {
                                    vErrors.length = _errs11;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                        }
                    }
                }
                else {
                    const err17 = {
                        instancePath: instancePath + '/extends',
                        schemaPath: '#/properties/extends/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema11.properties.extends.anyOf[1].type,
                        parentSchema: schema11.properties.extends.anyOf[1],
                        data: data1
                    };
                    if (vErrors === null) {
                        vErrors = [err17];
                    }
                    else {
                        vErrors.push(err17);
                    }
                    errors++;
                }
                var _valid0 = _errs8 === errors;
                valid1 = valid1 || _valid0;
            }
            if (!valid1) {
                const err18 = {
                    instancePath: instancePath + '/extends',
                    schemaPath: '#/properties/extends/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema11.properties.extends.anyOf,
                    parentSchema: schema11.properties.extends,
                    data: data1
                };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
            else {
                errors = _errs5;
                if (vErrors !== null) {
                    if (_errs5) {
                        vErrors.length = _errs5;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.locked !== undefined) {
            let data5 = data.locked;
            const _errs22 = errors;
            let valid6 = false;
            const _errs23 = errors;
            if (Array.isArray(data5)) {
                const len1 = data5.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    let data6 = data5[i1];
                    if (typeof data6 === 'string') {
                        if (!pattern0.test(data6)) {
                            const err19 = {
                                instancePath: instancePath + '/locked/' + i1,
                                schemaPath: '#/properties/locked/anyOf/0/items/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^\\S+$' },
                                message: 'must match pattern "' + '^\\S+$' + '"',
                                schema: '^\\S+$',
                                parentSchema: schema11.properties.locked.anyOf[0].items,
                                data: data6
                            };
                            if (vErrors === null) {
                                vErrors = [err19];
                            }
                            else {
                                vErrors.push(err19);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err20 = {
                            instancePath: instancePath + '/locked/' + i1,
                            schemaPath: '#/properties/locked/anyOf/0/items/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema11.properties.locked.anyOf[0].items.type,
                            parentSchema: schema11.properties.locked.anyOf[0].items,
                            data: data6
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
                let i2 = data5.length;
                let j0;
                if (i2 > 1) {
                    const indices0 = {};
                    for (; i2--;) {
                        let item0 = data5[i2];
                        if (typeof item0 !== 'string') {
                            continue;
                        }
                        if (typeof indices0[item0] == 'number') {
                            j0 = indices0[item0];
                            const err21 = {
                                instancePath: instancePath + '/locked',
                                schemaPath: '#/properties/locked/anyOf/0/uniqueItems',
                                keyword: 'uniqueItems',
                                params: { i: i2, j: j0 },
                                message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i2 + ' are identical)',
                                schema: true,
                                parentSchema: schema11.properties.locked.anyOf[0],
                                data: data5
                            };
                            if (vErrors === null) {
                                vErrors = [err21];
                            }
                            else {
                                vErrors.push(err21);
                            }
                            errors++;
                            break;
                        }
                        indices0[item0] = i2;
                    }
                }
            }
            else {
                const err22 = {
                    instancePath: instancePath + '/locked',
                    schemaPath: '#/properties/locked/anyOf/0/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                    schema: schema11.properties.locked.anyOf[0].type,
                    parentSchema: schema11.properties.locked.anyOf[0],
                    data: data5
                };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
            var _valid2 = _errs23 === errors;
            valid6 = valid6 || _valid2;
            if (!valid6) {
                const _errs27 = errors;
                if (typeof data5 !== 'string') {
                    const err23 = {
                        instancePath: instancePath + '/locked',
                        schemaPath: '#/properties/locked/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                        schema: schema11.properties.locked.anyOf[1].type,
                        parentSchema: schema11.properties.locked.anyOf[1],
                        data: data5
                    };
                    if (vErrors === null) {
                        vErrors = [err23];
                    }
                    else {
                        vErrors.push(err23);
                    }
                    errors++;
                }
                if ('all' !== data5) {
                    const err24 = {
                        instancePath: instancePath + '/locked',
                        schemaPath: '#/properties/locked/anyOf/1/const',
                        keyword: 'const',
                        params: { allowedValue: 'all' },
                        message: 'must be equal to constant',
                        schema: 'all',
                        parentSchema: schema11.properties.locked.anyOf[1],
                        data: data5
                    };
                    if (vErrors === null) {
                        vErrors = [err24];
                    }
                    else {
                        vErrors.push(err24);
                    }
                    errors++;
                }
                var _valid2 = _errs27 === errors;
                valid6 = valid6 || _valid2;
            }
            if (!valid6) {
                const err25 = {
                    instancePath: instancePath + '/locked',
                    schemaPath: '#/properties/locked/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema11.properties.locked.anyOf,
                    parentSchema: schema11.properties.locked,
                    data: data5
                };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
            else {
                errors = _errs22;
                if (vErrors !== null) {
                    if (_errs22) {
                        vErrors.length = _errs22;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.maxExceptionDays !== undefined) {
            let data7 = data.maxExceptionDays;
            if (!(typeof data7 == 'number' && !(data7 % 1) && !isNaN(data7) && isFinite(data7))) {
                const err26 = {
                    instancePath: instancePath + '/maxExceptionDays',
                    schemaPath: '#/properties/maxExceptionDays/type',
                    keyword: 'type',
                    params: { type: 'integer' },
                    message: 'must be integer',
                    schema: schema11.properties.maxExceptionDays.type,
                    parentSchema: schema11.properties.maxExceptionDays,
                    data: data7
                };
                if (vErrors === null) {
                    vErrors = [err26];
                }
                else {
                    vErrors.push(err26);
                }
                errors++;
            }
            if (typeof data7 == 'number' && isFinite(data7)) {
                if (data7 < 1 || isNaN(data7)) {
                    const err27 = {
                        instancePath: instancePath + '/maxExceptionDays',
                        schemaPath: '#/properties/maxExceptionDays/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 1 },
                        message: 'must be >= 1',
                        schema: 1,
                        parentSchema: schema11.properties.maxExceptionDays,
                        data: data7
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
        }
        if (data.mode !== undefined) {
            let data8 = data.mode;
            if (typeof data8 !== 'string') {
                const err28 = {
                    instancePath: instancePath + '/mode',
                    schemaPath: '#/properties/mode/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema11.properties.mode.type,
                    parentSchema: schema11.properties.mode,
                    data: data8
                };
                if (vErrors === null) {
                    vErrors = [err28];
                }
                else {
                    vErrors.push(err28);
                }
                errors++;
            }
            if (!(data8 === 'enforce' || data8 === 'warn')) {
                const err29 = {
                    instancePath: instancePath + '/mode',
                    schemaPath: '#/properties/mode/enum',
                    keyword: 'enum',
                    params: { allowedValues: schema11.properties.mode.enum },
                    message: 'must be equal to one of the allowed values',
                    schema: schema11.properties.mode.enum,
                    parentSchema: schema11.properties.mode,
                    data: data8
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
        if (data.dockerfile !== undefined) {
            let data9 = data.dockerfile;
            if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
                for (const key2 in data9) {
                    if (!(key2 === 'failOn' ||
                        key2 === 'rules' ||
                        key2 === 'shellcheck' ||
                        key2 === 'shellcheckRequired' ||
                        key2 === 'hadolintConfig' ||
                        key2 === 'trustedRegistries')) {
                        const err30 = {
                            instancePath: instancePath + '/dockerfile',
                            schemaPath: '#/properties/dockerfile/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key2 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema11.properties.dockerfile,
                            data: data9
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
                if (data9.failOn !== undefined) {
                    let data10 = data9.failOn;
                    if (typeof data10 !== 'string') {
                        const err31 = {
                            instancePath: instancePath + '/dockerfile/failOn',
                            schemaPath: '#/properties/dockerfile/properties/failOn/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema11.properties.dockerfile.properties.failOn.type,
                            parentSchema: schema11.properties.dockerfile.properties.failOn,
                            data: data10
                        };
                        if (vErrors === null) {
                            vErrors = [err31];
                        }
                        else {
                            vErrors.push(err31);
                        }
                        errors++;
                    }
                    if (!(data10 === 'error' ||
                        data10 === 'warning' ||
                        data10 === 'info' ||
                        data10 === 'style' ||
                        data10 === 'none')) {
                        const err32 = {
                            instancePath: instancePath + '/dockerfile/failOn',
                            schemaPath: '#/properties/dockerfile/properties/failOn/enum',
                            keyword: 'enum',
                            params: { allowedValues: schema11.properties.dockerfile.properties.failOn.enum },
                            message: 'must be equal to one of the allowed values',
                            schema: schema11.properties.dockerfile.properties.failOn.enum,
                            parentSchema: schema11.properties.dockerfile.properties.failOn,
                            data: data10
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
                if (data9.rules !== undefined) {
                    let data11 = data9.rules;
                    if (data11 && typeof data11 == 'object' && !Array.isArray(data11)) {
                        for (const key3 in data11) {
                            if (!pattern5.test(key3)) {
                                const err33 = {
                                    instancePath: instancePath + '/dockerfile/rules',
                                    schemaPath: '#/properties/dockerfile/properties/rules/additionalProperties',
                                    keyword: 'additionalProperties',
                                    params: { additionalProperty: key3 },
                                    message: 'must NOT have additional properties',
                                    schema: false,
                                    parentSchema: schema11.properties.dockerfile.properties.rules,
                                    data: data11
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
                        for (const key4 in data11) {
                            if (pattern5.test(key4)) {
                                let data12 = data11[key4];
                                if (typeof data12 !== 'string') {
                                    const err34 = {
                                        instancePath: instancePath + '/dockerfile/rules/' + key4.replace(/~/g, '~0').replace(/\//g, '~1'),
                                        schemaPath: '#/properties/dockerfile/properties/rules/patternProperties/%5E(DL%7CSC%7CIG)%5B0-9%5D%2B%24/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                        schema: schema11.properties.dockerfile.properties.rules.patternProperties['^(DL|SC|IG)[0-9]+$']
                                            .type,
                                        parentSchema: schema11.properties.dockerfile.properties.rules.patternProperties['^(DL|SC|IG)[0-9]+$'],
                                        data: data12
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err34];
                                    }
                                    else {
                                        vErrors.push(err34);
                                    }
                                    errors++;
                                }
                                if (!(data12 === 'error' ||
                                    data12 === 'warning' ||
                                    data12 === 'info' ||
                                    data12 === 'style' ||
                                    data12 === 'off')) {
                                    const err35 = {
                                        instancePath: instancePath + '/dockerfile/rules/' + key4.replace(/~/g, '~0').replace(/\//g, '~1'),
                                        schemaPath: '#/properties/dockerfile/properties/rules/patternProperties/%5E(DL%7CSC%7CIG)%5B0-9%5D%2B%24/enum',
                                        keyword: 'enum',
                                        params: {
                                            allowedValues: schema11.properties.dockerfile.properties.rules.patternProperties['^(DL|SC|IG)[0-9]+$'].enum
                                        },
                                        message: 'must be equal to one of the allowed values',
                                        schema: schema11.properties.dockerfile.properties.rules.patternProperties['^(DL|SC|IG)[0-9]+$']
                                            .enum,
                                        parentSchema: schema11.properties.dockerfile.properties.rules.patternProperties['^(DL|SC|IG)[0-9]+$'],
                                        data: data12
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
                    }
                    else {
                        const err36 = {
                            instancePath: instancePath + '/dockerfile/rules',
                            schemaPath: '#/properties/dockerfile/properties/rules/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object',
                            schema: schema11.properties.dockerfile.properties.rules.type,
                            parentSchema: schema11.properties.dockerfile.properties.rules,
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
                if (data9.shellcheck !== undefined) {
                    let data13 = data9.shellcheck;
                    if (typeof data13 !== 'boolean') {
                        const err37 = {
                            instancePath: instancePath + '/dockerfile/shellcheck',
                            schemaPath: '#/properties/dockerfile/properties/shellcheck/type',
                            keyword: 'type',
                            params: { type: 'boolean' },
                            message: 'must be boolean',
                            schema: schema11.properties.dockerfile.properties.shellcheck.type,
                            parentSchema: schema11.properties.dockerfile.properties.shellcheck,
                            data: data13
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
                if (data9.shellcheckRequired !== undefined) {
                    let data14 = data9.shellcheckRequired;
                    if (typeof data14 !== 'boolean') {
                        const err38 = {
                            instancePath: instancePath + '/dockerfile/shellcheckRequired',
                            schemaPath: '#/properties/dockerfile/properties/shellcheckRequired/type',
                            keyword: 'type',
                            params: { type: 'boolean' },
                            message: 'must be boolean',
                            schema: schema11.properties.dockerfile.properties.shellcheckRequired.type,
                            parentSchema: schema11.properties.dockerfile.properties.shellcheckRequired,
                            data: data14
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
                if (data9.hadolintConfig !== undefined) {
                    let data15 = data9.hadolintConfig;
                    if (typeof data15 !== 'boolean') {
                        const err39 = {
                            instancePath: instancePath + '/dockerfile/hadolintConfig',
                            schemaPath: '#/properties/dockerfile/properties/hadolintConfig/type',
                            keyword: 'type',
                            params: { type: 'boolean' },
                            message: 'must be boolean',
                            schema: schema11.properties.dockerfile.properties.hadolintConfig.type,
                            parentSchema: schema11.properties.dockerfile.properties.hadolintConfig,
                            data: data15
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
                if (data9.trustedRegistries !== undefined) {
                    let data16 = data9.trustedRegistries;
                    if (Array.isArray(data16)) {
                        const len2 = data16.length;
                        for (let i3 = 0; i3 < len2; i3++) {
                            let data17 = data16[i3];
                            if (typeof data17 === 'string') {
                                if (!pattern7.test(data17)) {
                                    const err40 = {
                                        instancePath: instancePath + '/dockerfile/trustedRegistries/' + i3,
                                        schemaPath: '#/properties/dockerfile/properties/trustedRegistries/items/pattern',
                                        keyword: 'pattern',
                                        params: { pattern: '\\S' },
                                        message: 'must match pattern "' + '\\S' + '"',
                                        schema: '\\S',
                                        parentSchema: schema11.properties.dockerfile.properties.trustedRegistries.items,
                                        data: data17
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err40];
                                    }
                                    else {
                                        vErrors.push(err40);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err41 = {
                                    instancePath: instancePath + '/dockerfile/trustedRegistries/' + i3,
                                    schemaPath: '#/properties/dockerfile/properties/trustedRegistries/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema11.properties.dockerfile.properties.trustedRegistries.items.type,
                                    parentSchema: schema11.properties.dockerfile.properties.trustedRegistries.items,
                                    data: data17
                                };
                                if (vErrors === null) {
                                    vErrors = [err41];
                                }
                                else {
                                    vErrors.push(err41);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err42 = {
                            instancePath: instancePath + '/dockerfile/trustedRegistries',
                            schemaPath: '#/properties/dockerfile/properties/trustedRegistries/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema11.properties.dockerfile.properties.trustedRegistries.type,
                            parentSchema: schema11.properties.dockerfile.properties.trustedRegistries,
                            data: data16
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
            }
            else {
                const err43 = {
                    instancePath: instancePath + '/dockerfile',
                    schemaPath: '#/properties/dockerfile/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema11.properties.dockerfile.type,
                    parentSchema: schema11.properties.dockerfile,
                    data: data9
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
        if (data.vulnerabilities !== undefined) {
            let data18 = data.vulnerabilities;
            if (data18 && typeof data18 == 'object' && !Array.isArray(data18)) {
                for (const key5 in data18) {
                    if (!func2.call(schema11.properties.vulnerabilities.properties, key5)) {
                        const err44 = {
                            instancePath: instancePath + '/vulnerabilities',
                            schemaPath: '#/properties/vulnerabilities/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key5 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema11.properties.vulnerabilities,
                            data: data18
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
                if (data18.scanners !== undefined) {
                    let data19 = data18.scanners;
                    if (Array.isArray(data19)) {
                        const len3 = data19.length;
                        for (let i4 = 0; i4 < len3; i4++) {
                            let data20 = data19[i4];
                            if (typeof data20 !== 'string') {
                                const err45 = {
                                    instancePath: instancePath + '/vulnerabilities/scanners/' + i4,
                                    schemaPath: '#/properties/vulnerabilities/properties/scanners/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema11.properties.vulnerabilities.properties.scanners.items.type,
                                    parentSchema: schema11.properties.vulnerabilities.properties.scanners.items,
                                    data: data20
                                };
                                if (vErrors === null) {
                                    vErrors = [err45];
                                }
                                else {
                                    vErrors.push(err45);
                                }
                                errors++;
                            }
                            if (!(data20 === 'trivy' || data20 === 'grype')) {
                                const err46 = {
                                    instancePath: instancePath + '/vulnerabilities/scanners/' + i4,
                                    schemaPath: '#/properties/vulnerabilities/properties/scanners/items/enum',
                                    keyword: 'enum',
                                    params: {
                                        allowedValues: schema11.properties.vulnerabilities.properties.scanners.items.enum
                                    },
                                    message: 'must be equal to one of the allowed values',
                                    schema: schema11.properties.vulnerabilities.properties.scanners.items.enum,
                                    parentSchema: schema11.properties.vulnerabilities.properties.scanners.items,
                                    data: data20
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
                        let i5 = data19.length;
                        let j1;
                        if (i5 > 1) {
                            const indices1 = {};
                            for (; i5--;) {
                                let item1 = data19[i5];
                                if (typeof item1 !== 'string') {
                                    continue;
                                }
                                if (typeof indices1[item1] == 'number') {
                                    j1 = indices1[item1];
                                    const err47 = {
                                        instancePath: instancePath + '/vulnerabilities/scanners',
                                        schemaPath: '#/properties/vulnerabilities/properties/scanners/uniqueItems',
                                        keyword: 'uniqueItems',
                                        params: { i: i5, j: j1 },
                                        message: 'must NOT have duplicate items (items ## ' + j1 + ' and ' + i5 + ' are identical)',
                                        schema: true,
                                        parentSchema: schema11.properties.vulnerabilities.properties.scanners,
                                        data: data19
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err47];
                                    }
                                    else {
                                        vErrors.push(err47);
                                    }
                                    errors++;
                                    break;
                                }
                                indices1[item1] = i5;
                            }
                        }
                    }
                    else {
                        const err48 = {
                            instancePath: instancePath + '/vulnerabilities/scanners',
                            schemaPath: '#/properties/vulnerabilities/properties/scanners/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema11.properties.vulnerabilities.properties.scanners.type,
                            parentSchema: schema11.properties.vulnerabilities.properties.scanners,
                            data: data19
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
                if (data18.failOn !== undefined) {
                    let data21 = data18.failOn;
                    if (typeof data21 !== 'string') {
                        const err49 = {
                            instancePath: instancePath + '/vulnerabilities/failOn',
                            schemaPath: '#/properties/vulnerabilities/properties/failOn/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema11.properties.vulnerabilities.properties.failOn.type,
                            parentSchema: schema11.properties.vulnerabilities.properties.failOn,
                            data: data21
                        };
                        if (vErrors === null) {
                            vErrors = [err49];
                        }
                        else {
                            vErrors.push(err49);
                        }
                        errors++;
                    }
                    if (!(data21 === 'critical' ||
                        data21 === 'high' ||
                        data21 === 'medium' ||
                        data21 === 'low' ||
                        data21 === 'info' ||
                        data21 === 'none')) {
                        const err50 = {
                            instancePath: instancePath + '/vulnerabilities/failOn',
                            schemaPath: '#/properties/vulnerabilities/properties/failOn/enum',
                            keyword: 'enum',
                            params: { allowedValues: schema11.properties.vulnerabilities.properties.failOn.enum },
                            message: 'must be equal to one of the allowed values',
                            schema: schema11.properties.vulnerabilities.properties.failOn.enum,
                            parentSchema: schema11.properties.vulnerabilities.properties.failOn,
                            data: data21
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
                if (data18.onlyFixed !== undefined) {
                    let data22 = data18.onlyFixed;
                    if (typeof data22 !== 'boolean') {
                        const err51 = {
                            instancePath: instancePath + '/vulnerabilities/onlyFixed',
                            schemaPath: '#/properties/vulnerabilities/properties/onlyFixed/type',
                            keyword: 'type',
                            params: { type: 'boolean' },
                            message: 'must be boolean',
                            schema: schema11.properties.vulnerabilities.properties.onlyFixed.type,
                            parentSchema: schema11.properties.vulnerabilities.properties.onlyFixed,
                            data: data22
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
                if (data18.severitySource !== undefined) {
                    let data23 = data18.severitySource;
                    if (typeof data23 !== 'string') {
                        const err52 = {
                            instancePath: instancePath + '/vulnerabilities/severitySource',
                            schemaPath: '#/properties/vulnerabilities/properties/severitySource/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema11.properties.vulnerabilities.properties.severitySource.type,
                            parentSchema: schema11.properties.vulnerabilities.properties.severitySource,
                            data: data23
                        };
                        if (vErrors === null) {
                            vErrors = [err52];
                        }
                        else {
                            vErrors.push(err52);
                        }
                        errors++;
                    }
                    if (!(data23 === 'highest' || data23 === 'trivy' || data23 === 'grype')) {
                        const err53 = {
                            instancePath: instancePath + '/vulnerabilities/severitySource',
                            schemaPath: '#/properties/vulnerabilities/properties/severitySource/enum',
                            keyword: 'enum',
                            params: { allowedValues: schema11.properties.vulnerabilities.properties.severitySource.enum },
                            message: 'must be equal to one of the allowed values',
                            schema: schema11.properties.vulnerabilities.properties.severitySource.enum,
                            parentSchema: schema11.properties.vulnerabilities.properties.severitySource,
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
                if (data18.maxCount !== undefined) {
                    let data24 = data18.maxCount;
                    if (data24 && typeof data24 == 'object' && !Array.isArray(data24)) {
                        for (const key6 in data24) {
                            if (!(key6 === 'critical' ||
                                key6 === 'high' ||
                                key6 === 'medium' ||
                                key6 === 'low' ||
                                key6 === 'info')) {
                                const err54 = {
                                    instancePath: instancePath + '/vulnerabilities/maxCount',
                                    schemaPath: '#/properties/vulnerabilities/properties/maxCount/additionalProperties',
                                    keyword: 'additionalProperties',
                                    params: { additionalProperty: key6 },
                                    message: 'must NOT have additional properties',
                                    schema: false,
                                    parentSchema: schema11.properties.vulnerabilities.properties.maxCount,
                                    data: data24
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
                        if (data24.critical !== undefined) {
                            let data25 = data24.critical;
                            if (!(typeof data25 == 'number' && !(data25 % 1) && !isNaN(data25) && isFinite(data25))) {
                                const err55 = {
                                    instancePath: instancePath + '/vulnerabilities/maxCount/critical',
                                    schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/critical/type',
                                    keyword: 'type',
                                    params: { type: 'integer' },
                                    message: 'must be integer',
                                    schema: schema11.properties.vulnerabilities.properties.maxCount.properties.critical.type,
                                    parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.critical,
                                    data: data25
                                };
                                if (vErrors === null) {
                                    vErrors = [err55];
                                }
                                else {
                                    vErrors.push(err55);
                                }
                                errors++;
                            }
                            if (typeof data25 == 'number' && isFinite(data25)) {
                                if (data25 < 0 || isNaN(data25)) {
                                    const err56 = {
                                        instancePath: instancePath + '/vulnerabilities/maxCount/critical',
                                        schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/critical/minimum',
                                        keyword: 'minimum',
                                        params: { comparison: '>=', limit: 0 },
                                        message: 'must be >= 0',
                                        schema: 0,
                                        parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.critical,
                                        data: data25
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err56];
                                    }
                                    else {
                                        vErrors.push(err56);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data24.high !== undefined) {
                            let data26 = data24.high;
                            if (!(typeof data26 == 'number' && !(data26 % 1) && !isNaN(data26) && isFinite(data26))) {
                                const err57 = {
                                    instancePath: instancePath + '/vulnerabilities/maxCount/high',
                                    schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/high/type',
                                    keyword: 'type',
                                    params: { type: 'integer' },
                                    message: 'must be integer',
                                    schema: schema11.properties.vulnerabilities.properties.maxCount.properties.high.type,
                                    parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.high,
                                    data: data26
                                };
                                if (vErrors === null) {
                                    vErrors = [err57];
                                }
                                else {
                                    vErrors.push(err57);
                                }
                                errors++;
                            }
                            if (typeof data26 == 'number' && isFinite(data26)) {
                                if (data26 < 0 || isNaN(data26)) {
                                    const err58 = {
                                        instancePath: instancePath + '/vulnerabilities/maxCount/high',
                                        schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/high/minimum',
                                        keyword: 'minimum',
                                        params: { comparison: '>=', limit: 0 },
                                        message: 'must be >= 0',
                                        schema: 0,
                                        parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.high,
                                        data: data26
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
                        if (data24.medium !== undefined) {
                            let data27 = data24.medium;
                            if (!(typeof data27 == 'number' && !(data27 % 1) && !isNaN(data27) && isFinite(data27))) {
                                const err59 = {
                                    instancePath: instancePath + '/vulnerabilities/maxCount/medium',
                                    schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/medium/type',
                                    keyword: 'type',
                                    params: { type: 'integer' },
                                    message: 'must be integer',
                                    schema: schema11.properties.vulnerabilities.properties.maxCount.properties.medium.type,
                                    parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.medium,
                                    data: data27
                                };
                                if (vErrors === null) {
                                    vErrors = [err59];
                                }
                                else {
                                    vErrors.push(err59);
                                }
                                errors++;
                            }
                            if (typeof data27 == 'number' && isFinite(data27)) {
                                if (data27 < 0 || isNaN(data27)) {
                                    const err60 = {
                                        instancePath: instancePath + '/vulnerabilities/maxCount/medium',
                                        schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/medium/minimum',
                                        keyword: 'minimum',
                                        params: { comparison: '>=', limit: 0 },
                                        message: 'must be >= 0',
                                        schema: 0,
                                        parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.medium,
                                        data: data27
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err60];
                                    }
                                    else {
                                        vErrors.push(err60);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data24.low !== undefined) {
                            let data28 = data24.low;
                            if (!(typeof data28 == 'number' && !(data28 % 1) && !isNaN(data28) && isFinite(data28))) {
                                const err61 = {
                                    instancePath: instancePath + '/vulnerabilities/maxCount/low',
                                    schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/low/type',
                                    keyword: 'type',
                                    params: { type: 'integer' },
                                    message: 'must be integer',
                                    schema: schema11.properties.vulnerabilities.properties.maxCount.properties.low.type,
                                    parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.low,
                                    data: data28
                                };
                                if (vErrors === null) {
                                    vErrors = [err61];
                                }
                                else {
                                    vErrors.push(err61);
                                }
                                errors++;
                            }
                            if (typeof data28 == 'number' && isFinite(data28)) {
                                if (data28 < 0 || isNaN(data28)) {
                                    const err62 = {
                                        instancePath: instancePath + '/vulnerabilities/maxCount/low',
                                        schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/low/minimum',
                                        keyword: 'minimum',
                                        params: { comparison: '>=', limit: 0 },
                                        message: 'must be >= 0',
                                        schema: 0,
                                        parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.low,
                                        data: data28
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err62];
                                    }
                                    else {
                                        vErrors.push(err62);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data24.info !== undefined) {
                            let data29 = data24.info;
                            if (!(typeof data29 == 'number' && !(data29 % 1) && !isNaN(data29) && isFinite(data29))) {
                                const err63 = {
                                    instancePath: instancePath + '/vulnerabilities/maxCount/info',
                                    schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/info/type',
                                    keyword: 'type',
                                    params: { type: 'integer' },
                                    message: 'must be integer',
                                    schema: schema11.properties.vulnerabilities.properties.maxCount.properties.info.type,
                                    parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.info,
                                    data: data29
                                };
                                if (vErrors === null) {
                                    vErrors = [err63];
                                }
                                else {
                                    vErrors.push(err63);
                                }
                                errors++;
                            }
                            if (typeof data29 == 'number' && isFinite(data29)) {
                                if (data29 < 0 || isNaN(data29)) {
                                    const err64 = {
                                        instancePath: instancePath + '/vulnerabilities/maxCount/info',
                                        schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/info/minimum',
                                        keyword: 'minimum',
                                        params: { comparison: '>=', limit: 0 },
                                        message: 'must be >= 0',
                                        schema: 0,
                                        parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.info,
                                        data: data29
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err64];
                                    }
                                    else {
                                        vErrors.push(err64);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    else {
                        const err65 = {
                            instancePath: instancePath + '/vulnerabilities/maxCount',
                            schemaPath: '#/properties/vulnerabilities/properties/maxCount/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object',
                            schema: schema11.properties.vulnerabilities.properties.maxCount.type,
                            parentSchema: schema11.properties.vulnerabilities.properties.maxCount,
                            data: data24
                        };
                        if (vErrors === null) {
                            vErrors = [err65];
                        }
                        else {
                            vErrors.push(err65);
                        }
                        errors++;
                    }
                }
                if (data18.cvssThreshold !== undefined) {
                    let data30 = data18.cvssThreshold;
                    if (typeof data30 == 'number' && isFinite(data30)) {
                        if (data30 > 10 || isNaN(data30)) {
                            const err66 = {
                                instancePath: instancePath + '/vulnerabilities/cvssThreshold',
                                schemaPath: '#/properties/vulnerabilities/properties/cvssThreshold/maximum',
                                keyword: 'maximum',
                                params: { comparison: '<=', limit: 10 },
                                message: 'must be <= 10',
                                schema: 10,
                                parentSchema: schema11.properties.vulnerabilities.properties.cvssThreshold,
                                data: data30
                            };
                            if (vErrors === null) {
                                vErrors = [err66];
                            }
                            else {
                                vErrors.push(err66);
                            }
                            errors++;
                        }
                        if (data30 < 0 || isNaN(data30)) {
                            const err67 = {
                                instancePath: instancePath + '/vulnerabilities/cvssThreshold',
                                schemaPath: '#/properties/vulnerabilities/properties/cvssThreshold/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 0 },
                                message: 'must be >= 0',
                                schema: 0,
                                parentSchema: schema11.properties.vulnerabilities.properties.cvssThreshold,
                                data: data30
                            };
                            if (vErrors === null) {
                                vErrors = [err67];
                            }
                            else {
                                vErrors.push(err67);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err68 = {
                            instancePath: instancePath + '/vulnerabilities/cvssThreshold',
                            schemaPath: '#/properties/vulnerabilities/properties/cvssThreshold/type',
                            keyword: 'type',
                            params: { type: 'number' },
                            message: 'must be number',
                            schema: schema11.properties.vulnerabilities.properties.cvssThreshold.type,
                            parentSchema: schema11.properties.vulnerabilities.properties.cvssThreshold,
                            data: data30
                        };
                        if (vErrors === null) {
                            vErrors = [err68];
                        }
                        else {
                            vErrors.push(err68);
                        }
                        errors++;
                    }
                }
                if (data18.failOnKnownExploited !== undefined) {
                    let data31 = data18.failOnKnownExploited;
                    if (typeof data31 !== 'boolean') {
                        const err69 = {
                            instancePath: instancePath + '/vulnerabilities/failOnKnownExploited',
                            schemaPath: '#/properties/vulnerabilities/properties/failOnKnownExploited/type',
                            keyword: 'type',
                            params: { type: 'boolean' },
                            message: 'must be boolean',
                            schema: schema11.properties.vulnerabilities.properties.failOnKnownExploited.type,
                            parentSchema: schema11.properties.vulnerabilities.properties.failOnKnownExploited,
                            data: data31
                        };
                        if (vErrors === null) {
                            vErrors = [err69];
                        }
                        else {
                            vErrors.push(err69);
                        }
                        errors++;
                    }
                }
                if (data18.epssThreshold !== undefined) {
                    let data32 = data18.epssThreshold;
                    if (typeof data32 == 'number' && isFinite(data32)) {
                        if (data32 > 1 || isNaN(data32)) {
                            const err70 = {
                                instancePath: instancePath + '/vulnerabilities/epssThreshold',
                                schemaPath: '#/properties/vulnerabilities/properties/epssThreshold/maximum',
                                keyword: 'maximum',
                                params: { comparison: '<=', limit: 1 },
                                message: 'must be <= 1',
                                schema: 1,
                                parentSchema: schema11.properties.vulnerabilities.properties.epssThreshold,
                                data: data32
                            };
                            if (vErrors === null) {
                                vErrors = [err70];
                            }
                            else {
                                vErrors.push(err70);
                            }
                            errors++;
                        }
                        if (data32 < 0 || isNaN(data32)) {
                            const err71 = {
                                instancePath: instancePath + '/vulnerabilities/epssThreshold',
                                schemaPath: '#/properties/vulnerabilities/properties/epssThreshold/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 0 },
                                message: 'must be >= 0',
                                schema: 0,
                                parentSchema: schema11.properties.vulnerabilities.properties.epssThreshold,
                                data: data32
                            };
                            if (vErrors === null) {
                                vErrors = [err71];
                            }
                            else {
                                vErrors.push(err71);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err72 = {
                            instancePath: instancePath + '/vulnerabilities/epssThreshold',
                            schemaPath: '#/properties/vulnerabilities/properties/epssThreshold/type',
                            keyword: 'type',
                            params: { type: 'number' },
                            message: 'must be number',
                            schema: schema11.properties.vulnerabilities.properties.epssThreshold.type,
                            parentSchema: schema11.properties.vulnerabilities.properties.epssThreshold,
                            data: data32
                        };
                        if (vErrors === null) {
                            vErrors = [err72];
                        }
                        else {
                            vErrors.push(err72);
                        }
                        errors++;
                    }
                }
                if (data18.secretsFailOn !== undefined) {
                    let data33 = data18.secretsFailOn;
                    if (typeof data33 !== 'string') {
                        const err73 = {
                            instancePath: instancePath + '/vulnerabilities/secretsFailOn',
                            schemaPath: '#/properties/vulnerabilities/properties/secretsFailOn/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema11.properties.vulnerabilities.properties.secretsFailOn.type,
                            parentSchema: schema11.properties.vulnerabilities.properties.secretsFailOn,
                            data: data33
                        };
                        if (vErrors === null) {
                            vErrors = [err73];
                        }
                        else {
                            vErrors.push(err73);
                        }
                        errors++;
                    }
                    if (!(data33 === 'critical' ||
                        data33 === 'high' ||
                        data33 === 'medium' ||
                        data33 === 'low' ||
                        data33 === 'info' ||
                        data33 === 'none')) {
                        const err74 = {
                            instancePath: instancePath + '/vulnerabilities/secretsFailOn',
                            schemaPath: '#/properties/vulnerabilities/properties/secretsFailOn/enum',
                            keyword: 'enum',
                            params: { allowedValues: schema11.properties.vulnerabilities.properties.secretsFailOn.enum },
                            message: 'must be equal to one of the allowed values',
                            schema: schema11.properties.vulnerabilities.properties.secretsFailOn.enum,
                            parentSchema: schema11.properties.vulnerabilities.properties.secretsFailOn,
                            data: data33
                        };
                        if (vErrors === null) {
                            vErrors = [err74];
                        }
                        else {
                            vErrors.push(err74);
                        }
                        errors++;
                    }
                }
                if (data18.ignoreFiles !== undefined) {
                    let data34 = data18.ignoreFiles;
                    if (typeof data34 !== 'boolean') {
                        const err75 = {
                            instancePath: instancePath + '/vulnerabilities/ignoreFiles',
                            schemaPath: '#/properties/vulnerabilities/properties/ignoreFiles/type',
                            keyword: 'type',
                            params: { type: 'boolean' },
                            message: 'must be boolean',
                            schema: schema11.properties.vulnerabilities.properties.ignoreFiles.type,
                            parentSchema: schema11.properties.vulnerabilities.properties.ignoreFiles,
                            data: data34
                        };
                        if (vErrors === null) {
                            vErrors = [err75];
                        }
                        else {
                            vErrors.push(err75);
                        }
                        errors++;
                    }
                }
                if (data18.timeoutSeconds !== undefined) {
                    let data35 = data18.timeoutSeconds;
                    if (!(typeof data35 == 'number' && !(data35 % 1) && !isNaN(data35) && isFinite(data35))) {
                        const err76 = {
                            instancePath: instancePath + '/vulnerabilities/timeoutSeconds',
                            schemaPath: '#/properties/vulnerabilities/properties/timeoutSeconds/type',
                            keyword: 'type',
                            params: { type: 'integer' },
                            message: 'must be integer',
                            schema: schema11.properties.vulnerabilities.properties.timeoutSeconds.type,
                            parentSchema: schema11.properties.vulnerabilities.properties.timeoutSeconds,
                            data: data35
                        };
                        if (vErrors === null) {
                            vErrors = [err76];
                        }
                        else {
                            vErrors.push(err76);
                        }
                        errors++;
                    }
                    if (typeof data35 == 'number' && isFinite(data35)) {
                        if (data35 > 21600 || isNaN(data35)) {
                            const err77 = {
                                instancePath: instancePath + '/vulnerabilities/timeoutSeconds',
                                schemaPath: '#/properties/vulnerabilities/properties/timeoutSeconds/maximum',
                                keyword: 'maximum',
                                params: { comparison: '<=', limit: 21600 },
                                message: 'must be <= 21600',
                                schema: 21600,
                                parentSchema: schema11.properties.vulnerabilities.properties.timeoutSeconds,
                                data: data35
                            };
                            if (vErrors === null) {
                                vErrors = [err77];
                            }
                            else {
                                vErrors.push(err77);
                            }
                            errors++;
                        }
                        if (data35 < 10 || isNaN(data35)) {
                            const err78 = {
                                instancePath: instancePath + '/vulnerabilities/timeoutSeconds',
                                schemaPath: '#/properties/vulnerabilities/properties/timeoutSeconds/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 10 },
                                message: 'must be >= 10',
                                schema: 10,
                                parentSchema: schema11.properties.vulnerabilities.properties.timeoutSeconds,
                                data: data35
                            };
                            if (vErrors === null) {
                                vErrors = [err78];
                            }
                            else {
                                vErrors.push(err78);
                            }
                            errors++;
                        }
                    }
                }
            }
            else {
                const err79 = {
                    instancePath: instancePath + '/vulnerabilities',
                    schemaPath: '#/properties/vulnerabilities/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema11.properties.vulnerabilities.type,
                    parentSchema: schema11.properties.vulnerabilities,
                    data: data18
                };
                if (vErrors === null) {
                    vErrors = [err79];
                }
                else {
                    vErrors.push(err79);
                }
                errors++;
            }
        }
        if (data.images !== undefined) {
            let data36 = data.images;
            if (data36 && typeof data36 == 'object' && !Array.isArray(data36)) {
                for (const key7 in data36) {
                    if (!(key7 === 'failOn' || key7 === 'tags' || key7 === 'registries' || key7 === 'platform')) {
                        const err80 = {
                            instancePath: instancePath + '/images',
                            schemaPath: '#/properties/images/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key7 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema11.properties.images,
                            data: data36
                        };
                        if (vErrors === null) {
                            vErrors = [err80];
                        }
                        else {
                            vErrors.push(err80);
                        }
                        errors++;
                    }
                }
                if (data36.failOn !== undefined) {
                    let data37 = data36.failOn;
                    if (typeof data37 !== 'string') {
                        const err81 = {
                            instancePath: instancePath + '/images/failOn',
                            schemaPath: '#/properties/images/properties/failOn/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema11.properties.images.properties.failOn.type,
                            parentSchema: schema11.properties.images.properties.failOn,
                            data: data37
                        };
                        if (vErrors === null) {
                            vErrors = [err81];
                        }
                        else {
                            vErrors.push(err81);
                        }
                        errors++;
                    }
                    if (!(data37 === 'critical' ||
                        data37 === 'high' ||
                        data37 === 'medium' ||
                        data37 === 'low' ||
                        data37 === 'info' ||
                        data37 === 'none')) {
                        const err82 = {
                            instancePath: instancePath + '/images/failOn',
                            schemaPath: '#/properties/images/properties/failOn/enum',
                            keyword: 'enum',
                            params: { allowedValues: schema11.properties.images.properties.failOn.enum },
                            message: 'must be equal to one of the allowed values',
                            schema: schema11.properties.images.properties.failOn.enum,
                            parentSchema: schema11.properties.images.properties.failOn,
                            data: data37
                        };
                        if (vErrors === null) {
                            vErrors = [err82];
                        }
                        else {
                            vErrors.push(err82);
                        }
                        errors++;
                    }
                }
                if (data36.tags !== undefined) {
                    let data38 = data36.tags;
                    if (data38 && typeof data38 == 'object' && !Array.isArray(data38)) {
                        for (const key8 in data38) {
                            if (!(key8 === 'forbidLatest' || key8 === 'forbidUntagged' || key8 === 'requireDigest')) {
                                const err83 = {
                                    instancePath: instancePath + '/images/tags',
                                    schemaPath: '#/properties/images/properties/tags/additionalProperties',
                                    keyword: 'additionalProperties',
                                    params: { additionalProperty: key8 },
                                    message: 'must NOT have additional properties',
                                    schema: false,
                                    parentSchema: schema11.properties.images.properties.tags,
                                    data: data38
                                };
                                if (vErrors === null) {
                                    vErrors = [err83];
                                }
                                else {
                                    vErrors.push(err83);
                                }
                                errors++;
                            }
                        }
                        if (data38.forbidLatest !== undefined) {
                            let data39 = data38.forbidLatest;
                            if (typeof data39 !== 'boolean') {
                                const err84 = {
                                    instancePath: instancePath + '/images/tags/forbidLatest',
                                    schemaPath: '#/properties/images/properties/tags/properties/forbidLatest/type',
                                    keyword: 'type',
                                    params: { type: 'boolean' },
                                    message: 'must be boolean',
                                    schema: schema11.properties.images.properties.tags.properties.forbidLatest.type,
                                    parentSchema: schema11.properties.images.properties.tags.properties.forbidLatest,
                                    data: data39
                                };
                                if (vErrors === null) {
                                    vErrors = [err84];
                                }
                                else {
                                    vErrors.push(err84);
                                }
                                errors++;
                            }
                        }
                        if (data38.forbidUntagged !== undefined) {
                            let data40 = data38.forbidUntagged;
                            if (typeof data40 !== 'boolean') {
                                const err85 = {
                                    instancePath: instancePath + '/images/tags/forbidUntagged',
                                    schemaPath: '#/properties/images/properties/tags/properties/forbidUntagged/type',
                                    keyword: 'type',
                                    params: { type: 'boolean' },
                                    message: 'must be boolean',
                                    schema: schema11.properties.images.properties.tags.properties.forbidUntagged.type,
                                    parentSchema: schema11.properties.images.properties.tags.properties.forbidUntagged,
                                    data: data40
                                };
                                if (vErrors === null) {
                                    vErrors = [err85];
                                }
                                else {
                                    vErrors.push(err85);
                                }
                                errors++;
                            }
                        }
                        if (data38.requireDigest !== undefined) {
                            let data41 = data38.requireDigest;
                            if (typeof data41 !== 'boolean') {
                                const err86 = {
                                    instancePath: instancePath + '/images/tags/requireDigest',
                                    schemaPath: '#/properties/images/properties/tags/properties/requireDigest/type',
                                    keyword: 'type',
                                    params: { type: 'boolean' },
                                    message: 'must be boolean',
                                    schema: schema11.properties.images.properties.tags.properties.requireDigest.type,
                                    parentSchema: schema11.properties.images.properties.tags.properties.requireDigest,
                                    data: data41
                                };
                                if (vErrors === null) {
                                    vErrors = [err86];
                                }
                                else {
                                    vErrors.push(err86);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err87 = {
                            instancePath: instancePath + '/images/tags',
                            schemaPath: '#/properties/images/properties/tags/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object',
                            schema: schema11.properties.images.properties.tags.type,
                            parentSchema: schema11.properties.images.properties.tags,
                            data: data38
                        };
                        if (vErrors === null) {
                            vErrors = [err87];
                        }
                        else {
                            vErrors.push(err87);
                        }
                        errors++;
                    }
                }
                if (data36.registries !== undefined) {
                    let data42 = data36.registries;
                    if (data42 && typeof data42 == 'object' && !Array.isArray(data42)) {
                        for (const key9 in data42) {
                            if (!(key9 === 'allow')) {
                                const err88 = {
                                    instancePath: instancePath + '/images/registries',
                                    schemaPath: '#/properties/images/properties/registries/additionalProperties',
                                    keyword: 'additionalProperties',
                                    params: { additionalProperty: key9 },
                                    message: 'must NOT have additional properties',
                                    schema: false,
                                    parentSchema: schema11.properties.images.properties.registries,
                                    data: data42
                                };
                                if (vErrors === null) {
                                    vErrors = [err88];
                                }
                                else {
                                    vErrors.push(err88);
                                }
                                errors++;
                            }
                        }
                        if (data42.allow !== undefined) {
                            let data43 = data42.allow;
                            if (Array.isArray(data43)) {
                                const len4 = data43.length;
                                for (let i6 = 0; i6 < len4; i6++) {
                                    let data44 = data43[i6];
                                    if (typeof data44 === 'string') {
                                        if (!pattern7.test(data44)) {
                                            const err89 = {
                                                instancePath: instancePath + '/images/registries/allow/' + i6,
                                                schemaPath: '#/properties/images/properties/registries/properties/allow/items/pattern',
                                                keyword: 'pattern',
                                                params: { pattern: '\\S' },
                                                message: 'must match pattern "' + '\\S' + '"',
                                                schema: '\\S',
                                                parentSchema: schema11.properties.images.properties.registries.properties.allow.items,
                                                data: data44
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err89];
                                            }
                                            else {
                                                vErrors.push(err89);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err90 = {
                                            instancePath: instancePath + '/images/registries/allow/' + i6,
                                            schemaPath: '#/properties/images/properties/registries/properties/allow/items/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                            schema: schema11.properties.images.properties.registries.properties.allow.items.type,
                                            parentSchema: schema11.properties.images.properties.registries.properties.allow.items,
                                            data: data44
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err90];
                                        }
                                        else {
                                            vErrors.push(err90);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err91 = {
                                    instancePath: instancePath + '/images/registries/allow',
                                    schemaPath: '#/properties/images/properties/registries/properties/allow/type',
                                    keyword: 'type',
                                    params: { type: 'array' },
                                    message: 'must be array',
                                    schema: schema11.properties.images.properties.registries.properties.allow.type,
                                    parentSchema: schema11.properties.images.properties.registries.properties.allow,
                                    data: data43
                                };
                                if (vErrors === null) {
                                    vErrors = [err91];
                                }
                                else {
                                    vErrors.push(err91);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err92 = {
                            instancePath: instancePath + '/images/registries',
                            schemaPath: '#/properties/images/properties/registries/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object',
                            schema: schema11.properties.images.properties.registries.type,
                            parentSchema: schema11.properties.images.properties.registries,
                            data: data42
                        };
                        if (vErrors === null) {
                            vErrors = [err92];
                        }
                        else {
                            vErrors.push(err92);
                        }
                        errors++;
                    }
                }
                if (data36.platform !== undefined) {
                    let data45 = data36.platform;
                    if (typeof data45 === 'string') {
                        if (!pattern9.test(data45)) {
                            const err93 = {
                                instancePath: instancePath + '/images/platform',
                                schemaPath: '#/properties/images/properties/platform/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^[a-z0-9._-]+/[a-z0-9._-]+(/[a-z0-9._-]+)?$' },
                                message: 'must match pattern "' + '^[a-z0-9._-]+/[a-z0-9._-]+(/[a-z0-9._-]+)?$' + '"',
                                schema: '^[a-z0-9._-]+/[a-z0-9._-]+(/[a-z0-9._-]+)?$',
                                parentSchema: schema11.properties.images.properties.platform,
                                data: data45
                            };
                            if (vErrors === null) {
                                vErrors = [err93];
                            }
                            else {
                                vErrors.push(err93);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err94 = {
                            instancePath: instancePath + '/images/platform',
                            schemaPath: '#/properties/images/properties/platform/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema11.properties.images.properties.platform.type,
                            parentSchema: schema11.properties.images.properties.platform,
                            data: data45
                        };
                        if (vErrors === null) {
                            vErrors = [err94];
                        }
                        else {
                            vErrors.push(err94);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err95 = {
                    instancePath: instancePath + '/images',
                    schemaPath: '#/properties/images/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema11.properties.images.type,
                    parentSchema: schema11.properties.images,
                    data: data36
                };
                if (vErrors === null) {
                    vErrors = [err95];
                }
                else {
                    vErrors.push(err95);
                }
                errors++;
            }
        }
        if (data.signatures !== undefined) {
            let data46 = data.signatures;
            if (data46 && typeof data46 == 'object' && !Array.isArray(data46)) {
                for (const key10 in data46) {
                    if (!(key10 === 'required' ||
                        key10 === 'authorities' ||
                        key10 === 'images' ||
                        key10 === 'threshold' ||
                        key10 === 'trustedRoot' ||
                        key10 === 'verifier')) {
                        const err96 = {
                            instancePath: instancePath + '/signatures',
                            schemaPath: '#/properties/signatures/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key10 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema11.properties.signatures,
                            data: data46
                        };
                        if (vErrors === null) {
                            vErrors = [err96];
                        }
                        else {
                            vErrors.push(err96);
                        }
                        errors++;
                    }
                }
                if (data46.required !== undefined) {
                    let data47 = data46.required;
                    if (typeof data47 !== 'boolean') {
                        const err97 = {
                            instancePath: instancePath + '/signatures/required',
                            schemaPath: '#/properties/signatures/properties/required/type',
                            keyword: 'type',
                            params: { type: 'boolean' },
                            message: 'must be boolean',
                            schema: schema11.properties.signatures.properties.required.type,
                            parentSchema: schema11.properties.signatures.properties.required,
                            data: data47
                        };
                        if (vErrors === null) {
                            vErrors = [err97];
                        }
                        else {
                            vErrors.push(err97);
                        }
                        errors++;
                    }
                }
                if (data46.authorities !== undefined) {
                    let data48 = data46.authorities;
                    if (Array.isArray(data48)) {
                        const len5 = data48.length;
                        for (let i7 = 0; i7 < len5; i7++) {
                            let data49 = data48[i7];
                            if (data49 && typeof data49 == 'object' && !Array.isArray(data49)) {
                                for (const key11 in data49) {
                                    if (!(key11 === 'name' ||
                                        key11 === 'key' ||
                                        key11 === 'keyless' ||
                                        key11 === 'threshold' ||
                                        key11 === 'tlog' ||
                                        key11 === 'ctlog')) {
                                        const err98 = {
                                            instancePath: instancePath + '/signatures/authorities/' + i7,
                                            schemaPath: '#/properties/signatures/properties/authorities/items/additionalProperties',
                                            keyword: 'additionalProperties',
                                            params: { additionalProperty: key11 },
                                            message: 'must NOT have additional properties',
                                            schema: false,
                                            parentSchema: schema11.properties.signatures.properties.authorities.items,
                                            data: data49
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err98];
                                        }
                                        else {
                                            vErrors.push(err98);
                                        }
                                        errors++;
                                    }
                                }
                                if (data49.name !== undefined) {
                                    let data50 = data49.name;
                                    if (typeof data50 === 'string') {
                                        if (!pattern7.test(data50)) {
                                            const err99 = {
                                                instancePath: instancePath + '/signatures/authorities/' + i7 + '/name',
                                                schemaPath: '#/properties/signatures/properties/authorities/items/properties/name/pattern',
                                                keyword: 'pattern',
                                                params: { pattern: '\\S' },
                                                message: 'must match pattern "' + '\\S' + '"',
                                                schema: '\\S',
                                                parentSchema: schema11.properties.signatures.properties.authorities.items.properties.name,
                                                data: data50
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err99];
                                            }
                                            else {
                                                vErrors.push(err99);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err100 = {
                                            instancePath: instancePath + '/signatures/authorities/' + i7 + '/name',
                                            schemaPath: '#/properties/signatures/properties/authorities/items/properties/name/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                            schema: schema11.properties.signatures.properties.authorities.items.properties.name.type,
                                            parentSchema: schema11.properties.signatures.properties.authorities.items.properties.name,
                                            data: data50
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err100];
                                        }
                                        else {
                                            vErrors.push(err100);
                                        }
                                        errors++;
                                    }
                                }
                                if (data49.key !== undefined) {
                                    let data51 = data49.key;
                                    if (data51 && typeof data51 == 'object' && !Array.isArray(data51)) {
                                        for (const key12 in data51) {
                                            if (!(key12 === 'path' || key12 === 'data' || key12 === 'kms')) {
                                                const err101 = {
                                                    instancePath: instancePath + '/signatures/authorities/' + i7 + '/key',
                                                    schemaPath: '#/properties/signatures/properties/authorities/items/properties/key/additionalProperties',
                                                    keyword: 'additionalProperties',
                                                    params: { additionalProperty: key12 },
                                                    message: 'must NOT have additional properties',
                                                    schema: false,
                                                    parentSchema: schema11.properties.signatures.properties.authorities.items.properties.key,
                                                    data: data51
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err101];
                                                }
                                                else {
                                                    vErrors.push(err101);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data51.path !== undefined) {
                                            let data52 = data51.path;
                                            if (typeof data52 === 'string') {
                                                if (!pattern7.test(data52)) {
                                                    const err102 = {
                                                        instancePath: instancePath + '/signatures/authorities/' + i7 + '/key/path',
                                                        schemaPath: '#/properties/signatures/properties/authorities/items/properties/key/properties/path/pattern',
                                                        keyword: 'pattern',
                                                        params: { pattern: '\\S' },
                                                        message: 'must match pattern "' + '\\S' + '"',
                                                        schema: '\\S',
                                                        parentSchema: schema11.properties.signatures.properties.authorities.items.properties.key
                                                            .properties.path,
                                                        data: data52
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err102];
                                                    }
                                                    else {
                                                        vErrors.push(err102);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            else {
                                                const err103 = {
                                                    instancePath: instancePath + '/signatures/authorities/' + i7 + '/key/path',
                                                    schemaPath: '#/properties/signatures/properties/authorities/items/properties/key/properties/path/type',
                                                    keyword: 'type',
                                                    params: { type: 'string' },
                                                    message: 'must be string',
                                                    schema: schema11.properties.signatures.properties.authorities.items.properties.key
                                                        .properties.path.type,
                                                    parentSchema: schema11.properties.signatures.properties.authorities.items.properties.key
                                                        .properties.path,
                                                    data: data52
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err103];
                                                }
                                                else {
                                                    vErrors.push(err103);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data51.data !== undefined) {
                                            let data53 = data51.data;
                                            if (typeof data53 === 'string') {
                                                if (!pattern7.test(data53)) {
                                                    const err104 = {
                                                        instancePath: instancePath + '/signatures/authorities/' + i7 + '/key/data',
                                                        schemaPath: '#/properties/signatures/properties/authorities/items/properties/key/properties/data/pattern',
                                                        keyword: 'pattern',
                                                        params: { pattern: '\\S' },
                                                        message: 'must match pattern "' + '\\S' + '"',
                                                        schema: '\\S',
                                                        parentSchema: schema11.properties.signatures.properties.authorities.items.properties.key
                                                            .properties.data,
                                                        data: data53
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err104];
                                                    }
                                                    else {
                                                        vErrors.push(err104);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            else {
                                                const err105 = {
                                                    instancePath: instancePath + '/signatures/authorities/' + i7 + '/key/data',
                                                    schemaPath: '#/properties/signatures/properties/authorities/items/properties/key/properties/data/type',
                                                    keyword: 'type',
                                                    params: { type: 'string' },
                                                    message: 'must be string',
                                                    schema: schema11.properties.signatures.properties.authorities.items.properties.key
                                                        .properties.data.type,
                                                    parentSchema: schema11.properties.signatures.properties.authorities.items.properties.key
                                                        .properties.data,
                                                    data: data53
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err105];
                                                }
                                                else {
                                                    vErrors.push(err105);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data51.kms !== undefined) {
                                            let data54 = data51.kms;
                                            if (typeof data54 === 'string') {
                                                if (!pattern7.test(data54)) {
                                                    const err106 = {
                                                        instancePath: instancePath + '/signatures/authorities/' + i7 + '/key/kms',
                                                        schemaPath: '#/properties/signatures/properties/authorities/items/properties/key/properties/kms/pattern',
                                                        keyword: 'pattern',
                                                        params: { pattern: '\\S' },
                                                        message: 'must match pattern "' + '\\S' + '"',
                                                        schema: '\\S',
                                                        parentSchema: schema11.properties.signatures.properties.authorities.items.properties.key
                                                            .properties.kms,
                                                        data: data54
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err106];
                                                    }
                                                    else {
                                                        vErrors.push(err106);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            else {
                                                const err107 = {
                                                    instancePath: instancePath + '/signatures/authorities/' + i7 + '/key/kms',
                                                    schemaPath: '#/properties/signatures/properties/authorities/items/properties/key/properties/kms/type',
                                                    keyword: 'type',
                                                    params: { type: 'string' },
                                                    message: 'must be string',
                                                    schema: schema11.properties.signatures.properties.authorities.items.properties.key
                                                        .properties.kms.type,
                                                    parentSchema: schema11.properties.signatures.properties.authorities.items.properties.key
                                                        .properties.kms,
                                                    data: data54
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err107];
                                                }
                                                else {
                                                    vErrors.push(err107);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err108 = {
                                            instancePath: instancePath + '/signatures/authorities/' + i7 + '/key',
                                            schemaPath: '#/properties/signatures/properties/authorities/items/properties/key/type',
                                            keyword: 'type',
                                            params: { type: 'object' },
                                            message: 'must be object',
                                            schema: schema11.properties.signatures.properties.authorities.items.properties.key.type,
                                            parentSchema: schema11.properties.signatures.properties.authorities.items.properties.key,
                                            data: data51
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err108];
                                        }
                                        else {
                                            vErrors.push(err108);
                                        }
                                        errors++;
                                    }
                                }
                                if (data49.keyless !== undefined) {
                                    let data55 = data49.keyless;
                                    if (data55 && typeof data55 == 'object' && !Array.isArray(data55)) {
                                        if (data55.identities === undefined) {
                                            const err109 = {
                                                instancePath: instancePath + '/signatures/authorities/' + i7 + '/keyless',
                                                schemaPath: '#/properties/signatures/properties/authorities/items/properties/keyless/required',
                                                keyword: 'required',
                                                params: { missingProperty: 'identities' },
                                                message: "must have required property '" + 'identities' + "'",
                                                schema: schema11.properties.signatures.properties.authorities.items.properties.keyless
                                                    .required,
                                                parentSchema: schema11.properties.signatures.properties.authorities.items.properties.keyless,
                                                data: data55
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err109];
                                            }
                                            else {
                                                vErrors.push(err109);
                                            }
                                            errors++;
                                        }
                                        for (const key13 in data55) {
                                            if (!(key13 === 'identities' || key13 === 'trustedRoot')) {
                                                const err110 = {
                                                    instancePath: instancePath + '/signatures/authorities/' + i7 + '/keyless',
                                                    schemaPath: '#/properties/signatures/properties/authorities/items/properties/keyless/additionalProperties',
                                                    keyword: 'additionalProperties',
                                                    params: { additionalProperty: key13 },
                                                    message: 'must NOT have additional properties',
                                                    schema: false,
                                                    parentSchema: schema11.properties.signatures.properties.authorities.items.properties.keyless,
                                                    data: data55
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err110];
                                                }
                                                else {
                                                    vErrors.push(err110);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data55.identities !== undefined) {
                                            let data56 = data55.identities;
                                            if (Array.isArray(data56)) {
                                                const len6 = data56.length;
                                                for (let i8 = 0; i8 < len6; i8++) {
                                                    let data57 = data56[i8];
                                                    if (data57 && typeof data57 == 'object' && !Array.isArray(data57)) {
                                                        for (const key14 in data57) {
                                                            if (!(key14 === 'issuer' ||
                                                                key14 === 'issuerRegExp' ||
                                                                key14 === 'subject' ||
                                                                key14 === 'subjectRegExp')) {
                                                                const err111 = {
                                                                    instancePath: instancePath +
                                                                        '/signatures/authorities/' +
                                                                        i7 +
                                                                        '/keyless/identities/' +
                                                                        i8,
                                                                    schemaPath: '#/properties/signatures/properties/authorities/items/properties/keyless/properties/identities/items/additionalProperties',
                                                                    keyword: 'additionalProperties',
                                                                    params: { additionalProperty: key14 },
                                                                    message: 'must NOT have additional properties',
                                                                    schema: false,
                                                                    parentSchema: schema11.properties.signatures.properties.authorities.items.properties
                                                                        .keyless.properties.identities.items,
                                                                    data: data57
                                                                };
                                                                if (vErrors === null) {
                                                                    vErrors = [err111];
                                                                }
                                                                else {
                                                                    vErrors.push(err111);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data57.issuer !== undefined) {
                                                            let data58 = data57.issuer;
                                                            if (typeof data58 === 'string') {
                                                                if (!pattern7.test(data58)) {
                                                                    const err112 = {
                                                                        instancePath: instancePath +
                                                                            '/signatures/authorities/' +
                                                                            i7 +
                                                                            '/keyless/identities/' +
                                                                            i8 +
                                                                            '/issuer',
                                                                        schemaPath: '#/properties/signatures/properties/authorities/items/properties/keyless/properties/identities/items/properties/issuer/pattern',
                                                                        keyword: 'pattern',
                                                                        params: { pattern: '\\S' },
                                                                        message: 'must match pattern "' + '\\S' + '"',
                                                                        schema: '\\S',
                                                                        parentSchema: schema11.properties.signatures.properties.authorities.items.properties
                                                                            .keyless.properties.identities.items.properties.issuer,
                                                                        data: data58
                                                                    };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err112];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err112);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            else {
                                                                const err113 = {
                                                                    instancePath: instancePath +
                                                                        '/signatures/authorities/' +
                                                                        i7 +
                                                                        '/keyless/identities/' +
                                                                        i8 +
                                                                        '/issuer',
                                                                    schemaPath: '#/properties/signatures/properties/authorities/items/properties/keyless/properties/identities/items/properties/issuer/type',
                                                                    keyword: 'type',
                                                                    params: { type: 'string' },
                                                                    message: 'must be string',
                                                                    schema: schema11.properties.signatures.properties.authorities.items.properties
                                                                        .keyless.properties.identities.items.properties.issuer.type,
                                                                    parentSchema: schema11.properties.signatures.properties.authorities.items.properties
                                                                        .keyless.properties.identities.items.properties.issuer,
                                                                    data: data58
                                                                };
                                                                if (vErrors === null) {
                                                                    vErrors = [err113];
                                                                }
                                                                else {
                                                                    vErrors.push(err113);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data57.issuerRegExp !== undefined) {
                                                            let data59 = data57.issuerRegExp;
                                                            if (typeof data59 === 'string') {
                                                                if (!pattern7.test(data59)) {
                                                                    const err114 = {
                                                                        instancePath: instancePath +
                                                                            '/signatures/authorities/' +
                                                                            i7 +
                                                                            '/keyless/identities/' +
                                                                            i8 +
                                                                            '/issuerRegExp',
                                                                        schemaPath: '#/properties/signatures/properties/authorities/items/properties/keyless/properties/identities/items/properties/issuerRegExp/pattern',
                                                                        keyword: 'pattern',
                                                                        params: { pattern: '\\S' },
                                                                        message: 'must match pattern "' + '\\S' + '"',
                                                                        schema: '\\S',
                                                                        parentSchema: schema11.properties.signatures.properties.authorities.items.properties
                                                                            .keyless.properties.identities.items.properties.issuerRegExp,
                                                                        data: data59
                                                                    };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err114];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err114);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            else {
                                                                const err115 = {
                                                                    instancePath: instancePath +
                                                                        '/signatures/authorities/' +
                                                                        i7 +
                                                                        '/keyless/identities/' +
                                                                        i8 +
                                                                        '/issuerRegExp',
                                                                    schemaPath: '#/properties/signatures/properties/authorities/items/properties/keyless/properties/identities/items/properties/issuerRegExp/type',
                                                                    keyword: 'type',
                                                                    params: { type: 'string' },
                                                                    message: 'must be string',
                                                                    schema: schema11.properties.signatures.properties.authorities.items.properties
                                                                        .keyless.properties.identities.items.properties.issuerRegExp.type,
                                                                    parentSchema: schema11.properties.signatures.properties.authorities.items.properties
                                                                        .keyless.properties.identities.items.properties.issuerRegExp,
                                                                    data: data59
                                                                };
                                                                if (vErrors === null) {
                                                                    vErrors = [err115];
                                                                }
                                                                else {
                                                                    vErrors.push(err115);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data57.subject !== undefined) {
                                                            let data60 = data57.subject;
                                                            if (typeof data60 === 'string') {
                                                                if (!pattern7.test(data60)) {
                                                                    const err116 = {
                                                                        instancePath: instancePath +
                                                                            '/signatures/authorities/' +
                                                                            i7 +
                                                                            '/keyless/identities/' +
                                                                            i8 +
                                                                            '/subject',
                                                                        schemaPath: '#/properties/signatures/properties/authorities/items/properties/keyless/properties/identities/items/properties/subject/pattern',
                                                                        keyword: 'pattern',
                                                                        params: { pattern: '\\S' },
                                                                        message: 'must match pattern "' + '\\S' + '"',
                                                                        schema: '\\S',
                                                                        parentSchema: schema11.properties.signatures.properties.authorities.items.properties
                                                                            .keyless.properties.identities.items.properties.subject,
                                                                        data: data60
                                                                    };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err116];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err116);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            else {
                                                                const err117 = {
                                                                    instancePath: instancePath +
                                                                        '/signatures/authorities/' +
                                                                        i7 +
                                                                        '/keyless/identities/' +
                                                                        i8 +
                                                                        '/subject',
                                                                    schemaPath: '#/properties/signatures/properties/authorities/items/properties/keyless/properties/identities/items/properties/subject/type',
                                                                    keyword: 'type',
                                                                    params: { type: 'string' },
                                                                    message: 'must be string',
                                                                    schema: schema11.properties.signatures.properties.authorities.items.properties
                                                                        .keyless.properties.identities.items.properties.subject.type,
                                                                    parentSchema: schema11.properties.signatures.properties.authorities.items.properties
                                                                        .keyless.properties.identities.items.properties.subject,
                                                                    data: data60
                                                                };
                                                                if (vErrors === null) {
                                                                    vErrors = [err117];
                                                                }
                                                                else {
                                                                    vErrors.push(err117);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data57.subjectRegExp !== undefined) {
                                                            let data61 = data57.subjectRegExp;
                                                            if (typeof data61 === 'string') {
                                                                if (!pattern7.test(data61)) {
                                                                    const err118 = {
                                                                        instancePath: instancePath +
                                                                            '/signatures/authorities/' +
                                                                            i7 +
                                                                            '/keyless/identities/' +
                                                                            i8 +
                                                                            '/subjectRegExp',
                                                                        schemaPath: '#/properties/signatures/properties/authorities/items/properties/keyless/properties/identities/items/properties/subjectRegExp/pattern',
                                                                        keyword: 'pattern',
                                                                        params: { pattern: '\\S' },
                                                                        message: 'must match pattern "' + '\\S' + '"',
                                                                        schema: '\\S',
                                                                        parentSchema: schema11.properties.signatures.properties.authorities.items.properties
                                                                            .keyless.properties.identities.items.properties.subjectRegExp,
                                                                        data: data61
                                                                    };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err118];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err118);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            else {
                                                                const err119 = {
                                                                    instancePath: instancePath +
                                                                        '/signatures/authorities/' +
                                                                        i7 +
                                                                        '/keyless/identities/' +
                                                                        i8 +
                                                                        '/subjectRegExp',
                                                                    schemaPath: '#/properties/signatures/properties/authorities/items/properties/keyless/properties/identities/items/properties/subjectRegExp/type',
                                                                    keyword: 'type',
                                                                    params: { type: 'string' },
                                                                    message: 'must be string',
                                                                    schema: schema11.properties.signatures.properties.authorities.items.properties
                                                                        .keyless.properties.identities.items.properties.subjectRegExp.type,
                                                                    parentSchema: schema11.properties.signatures.properties.authorities.items.properties
                                                                        .keyless.properties.identities.items.properties.subjectRegExp,
                                                                    data: data61
                                                                };
                                                                if (vErrors === null) {
                                                                    vErrors = [err119];
                                                                }
                                                                else {
                                                                    vErrors.push(err119);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                    }
                                                    else {
                                                        const err120 = {
                                                            instancePath: instancePath + '/signatures/authorities/' + i7 + '/keyless/identities/' + i8,
                                                            schemaPath: '#/properties/signatures/properties/authorities/items/properties/keyless/properties/identities/items/type',
                                                            keyword: 'type',
                                                            params: { type: 'object' },
                                                            message: 'must be object',
                                                            schema: schema11.properties.signatures.properties.authorities.items.properties.keyless
                                                                .properties.identities.items.type,
                                                            parentSchema: schema11.properties.signatures.properties.authorities.items.properties.keyless
                                                                .properties.identities.items,
                                                            data: data57
                                                        };
                                                        if (vErrors === null) {
                                                            vErrors = [err120];
                                                        }
                                                        else {
                                                            vErrors.push(err120);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                            }
                                            else {
                                                const err121 = {
                                                    instancePath: instancePath + '/signatures/authorities/' + i7 + '/keyless/identities',
                                                    schemaPath: '#/properties/signatures/properties/authorities/items/properties/keyless/properties/identities/type',
                                                    keyword: 'type',
                                                    params: { type: 'array' },
                                                    message: 'must be array',
                                                    schema: schema11.properties.signatures.properties.authorities.items.properties.keyless
                                                        .properties.identities.type,
                                                    parentSchema: schema11.properties.signatures.properties.authorities.items.properties.keyless
                                                        .properties.identities,
                                                    data: data56
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err121];
                                                }
                                                else {
                                                    vErrors.push(err121);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data55.trustedRoot !== undefined) {
                                            let data62 = data55.trustedRoot;
                                            if (typeof data62 === 'string') {
                                                if (!pattern7.test(data62)) {
                                                    const err122 = {
                                                        instancePath: instancePath + '/signatures/authorities/' + i7 + '/keyless/trustedRoot',
                                                        schemaPath: '#/properties/signatures/properties/authorities/items/properties/keyless/properties/trustedRoot/pattern',
                                                        keyword: 'pattern',
                                                        params: { pattern: '\\S' },
                                                        message: 'must match pattern "' + '\\S' + '"',
                                                        schema: '\\S',
                                                        parentSchema: schema11.properties.signatures.properties.authorities.items.properties.keyless
                                                            .properties.trustedRoot,
                                                        data: data62
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err122];
                                                    }
                                                    else {
                                                        vErrors.push(err122);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            else {
                                                const err123 = {
                                                    instancePath: instancePath + '/signatures/authorities/' + i7 + '/keyless/trustedRoot',
                                                    schemaPath: '#/properties/signatures/properties/authorities/items/properties/keyless/properties/trustedRoot/type',
                                                    keyword: 'type',
                                                    params: { type: 'string' },
                                                    message: 'must be string',
                                                    schema: schema11.properties.signatures.properties.authorities.items.properties.keyless
                                                        .properties.trustedRoot.type,
                                                    parentSchema: schema11.properties.signatures.properties.authorities.items.properties.keyless
                                                        .properties.trustedRoot,
                                                    data: data62
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err123];
                                                }
                                                else {
                                                    vErrors.push(err123);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err124 = {
                                            instancePath: instancePath + '/signatures/authorities/' + i7 + '/keyless',
                                            schemaPath: '#/properties/signatures/properties/authorities/items/properties/keyless/type',
                                            keyword: 'type',
                                            params: { type: 'object' },
                                            message: 'must be object',
                                            schema: schema11.properties.signatures.properties.authorities.items.properties.keyless.type,
                                            parentSchema: schema11.properties.signatures.properties.authorities.items.properties.keyless,
                                            data: data55
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err124];
                                        }
                                        else {
                                            vErrors.push(err124);
                                        }
                                        errors++;
                                    }
                                }
                                if (data49.threshold !== undefined) {
                                    let data63 = data49.threshold;
                                    if (!(typeof data63 == 'number' && !(data63 % 1) && !isNaN(data63) && isFinite(data63))) {
                                        const err125 = {
                                            instancePath: instancePath + '/signatures/authorities/' + i7 + '/threshold',
                                            schemaPath: '#/properties/signatures/properties/authorities/items/properties/threshold/type',
                                            keyword: 'type',
                                            params: { type: 'integer' },
                                            message: 'must be integer',
                                            schema: schema11.properties.signatures.properties.authorities.items.properties.threshold.type,
                                            parentSchema: schema11.properties.signatures.properties.authorities.items.properties.threshold,
                                            data: data63
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err125];
                                        }
                                        else {
                                            vErrors.push(err125);
                                        }
                                        errors++;
                                    }
                                    if (typeof data63 == 'number' && isFinite(data63)) {
                                        if (data63 < 1 || isNaN(data63)) {
                                            const err126 = {
                                                instancePath: instancePath + '/signatures/authorities/' + i7 + '/threshold',
                                                schemaPath: '#/properties/signatures/properties/authorities/items/properties/threshold/minimum',
                                                keyword: 'minimum',
                                                params: { comparison: '>=', limit: 1 },
                                                message: 'must be >= 1',
                                                schema: 1,
                                                parentSchema: schema11.properties.signatures.properties.authorities.items.properties.threshold,
                                                data: data63
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err126];
                                            }
                                            else {
                                                vErrors.push(err126);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                if (data49.tlog !== undefined) {
                                    let data64 = data49.tlog;
                                    if (typeof data64 !== 'string') {
                                        const err127 = {
                                            instancePath: instancePath + '/signatures/authorities/' + i7 + '/tlog',
                                            schemaPath: '#/properties/signatures/properties/authorities/items/properties/tlog/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                            schema: schema11.properties.signatures.properties.authorities.items.properties.tlog.type,
                                            parentSchema: schema11.properties.signatures.properties.authorities.items.properties.tlog,
                                            data: data64
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err127];
                                        }
                                        else {
                                            vErrors.push(err127);
                                        }
                                        errors++;
                                    }
                                    if (!(data64 === 'required' || data64 === 'optional')) {
                                        const err128 = {
                                            instancePath: instancePath + '/signatures/authorities/' + i7 + '/tlog',
                                            schemaPath: '#/properties/signatures/properties/authorities/items/properties/tlog/enum',
                                            keyword: 'enum',
                                            params: {
                                                allowedValues: schema11.properties.signatures.properties.authorities.items.properties.tlog.enum
                                            },
                                            message: 'must be equal to one of the allowed values',
                                            schema: schema11.properties.signatures.properties.authorities.items.properties.tlog.enum,
                                            parentSchema: schema11.properties.signatures.properties.authorities.items.properties.tlog,
                                            data: data64
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err128];
                                        }
                                        else {
                                            vErrors.push(err128);
                                        }
                                        errors++;
                                    }
                                }
                                if (data49.ctlog !== undefined) {
                                    let data65 = data49.ctlog;
                                    if (typeof data65 !== 'string') {
                                        const err129 = {
                                            instancePath: instancePath + '/signatures/authorities/' + i7 + '/ctlog',
                                            schemaPath: '#/properties/signatures/properties/authorities/items/properties/ctlog/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                            schema: schema11.properties.signatures.properties.authorities.items.properties.ctlog.type,
                                            parentSchema: schema11.properties.signatures.properties.authorities.items.properties.ctlog,
                                            data: data65
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err129];
                                        }
                                        else {
                                            vErrors.push(err129);
                                        }
                                        errors++;
                                    }
                                    if (!(data65 === 'required' || data65 === 'optional')) {
                                        const err130 = {
                                            instancePath: instancePath + '/signatures/authorities/' + i7 + '/ctlog',
                                            schemaPath: '#/properties/signatures/properties/authorities/items/properties/ctlog/enum',
                                            keyword: 'enum',
                                            params: {
                                                allowedValues: schema11.properties.signatures.properties.authorities.items.properties.ctlog.enum
                                            },
                                            message: 'must be equal to one of the allowed values',
                                            schema: schema11.properties.signatures.properties.authorities.items.properties.ctlog.enum,
                                            parentSchema: schema11.properties.signatures.properties.authorities.items.properties.ctlog,
                                            data: data65
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err130];
                                        }
                                        else {
                                            vErrors.push(err130);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err131 = {
                                    instancePath: instancePath + '/signatures/authorities/' + i7,
                                    schemaPath: '#/properties/signatures/properties/authorities/items/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object',
                                    schema: schema11.properties.signatures.properties.authorities.items.type,
                                    parentSchema: schema11.properties.signatures.properties.authorities.items,
                                    data: data49
                                };
                                if (vErrors === null) {
                                    vErrors = [err131];
                                }
                                else {
                                    vErrors.push(err131);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err132 = {
                            instancePath: instancePath + '/signatures/authorities',
                            schemaPath: '#/properties/signatures/properties/authorities/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema11.properties.signatures.properties.authorities.type,
                            parentSchema: schema11.properties.signatures.properties.authorities,
                            data: data48
                        };
                        if (vErrors === null) {
                            vErrors = [err132];
                        }
                        else {
                            vErrors.push(err132);
                        }
                        errors++;
                    }
                }
                if (data46.images !== undefined) {
                    let data66 = data46.images;
                    if (Array.isArray(data66)) {
                        const len7 = data66.length;
                        for (let i9 = 0; i9 < len7; i9++) {
                            let data67 = data66[i9];
                            if (typeof data67 === 'string') {
                                if (!pattern7.test(data67)) {
                                    const err133 = {
                                        instancePath: instancePath + '/signatures/images/' + i9,
                                        schemaPath: '#/properties/signatures/properties/images/items/pattern',
                                        keyword: 'pattern',
                                        params: { pattern: '\\S' },
                                        message: 'must match pattern "' + '\\S' + '"',
                                        schema: '\\S',
                                        parentSchema: schema11.properties.signatures.properties.images.items,
                                        data: data67
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err133];
                                    }
                                    else {
                                        vErrors.push(err133);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err134 = {
                                    instancePath: instancePath + '/signatures/images/' + i9,
                                    schemaPath: '#/properties/signatures/properties/images/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema11.properties.signatures.properties.images.items.type,
                                    parentSchema: schema11.properties.signatures.properties.images.items,
                                    data: data67
                                };
                                if (vErrors === null) {
                                    vErrors = [err134];
                                }
                                else {
                                    vErrors.push(err134);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err135 = {
                            instancePath: instancePath + '/signatures/images',
                            schemaPath: '#/properties/signatures/properties/images/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema11.properties.signatures.properties.images.type,
                            parentSchema: schema11.properties.signatures.properties.images,
                            data: data66
                        };
                        if (vErrors === null) {
                            vErrors = [err135];
                        }
                        else {
                            vErrors.push(err135);
                        }
                        errors++;
                    }
                }
                if (data46.threshold !== undefined) {
                    let data68 = data46.threshold;
                    if (!(typeof data68 == 'number' && !(data68 % 1) && !isNaN(data68) && isFinite(data68))) {
                        const err136 = {
                            instancePath: instancePath + '/signatures/threshold',
                            schemaPath: '#/properties/signatures/properties/threshold/type',
                            keyword: 'type',
                            params: { type: 'integer' },
                            message: 'must be integer',
                            schema: schema11.properties.signatures.properties.threshold.type,
                            parentSchema: schema11.properties.signatures.properties.threshold,
                            data: data68
                        };
                        if (vErrors === null) {
                            vErrors = [err136];
                        }
                        else {
                            vErrors.push(err136);
                        }
                        errors++;
                    }
                    if (typeof data68 == 'number' && isFinite(data68)) {
                        if (data68 < 1 || isNaN(data68)) {
                            const err137 = {
                                instancePath: instancePath + '/signatures/threshold',
                                schemaPath: '#/properties/signatures/properties/threshold/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 1 },
                                message: 'must be >= 1',
                                schema: 1,
                                parentSchema: schema11.properties.signatures.properties.threshold,
                                data: data68
                            };
                            if (vErrors === null) {
                                vErrors = [err137];
                            }
                            else {
                                vErrors.push(err137);
                            }
                            errors++;
                        }
                    }
                }
                if (data46.trustedRoot !== undefined) {
                    let data69 = data46.trustedRoot;
                    if (typeof data69 === 'string') {
                        if (!pattern7.test(data69)) {
                            const err138 = {
                                instancePath: instancePath + '/signatures/trustedRoot',
                                schemaPath: '#/properties/signatures/properties/trustedRoot/pattern',
                                keyword: 'pattern',
                                params: { pattern: '\\S' },
                                message: 'must match pattern "' + '\\S' + '"',
                                schema: '\\S',
                                parentSchema: schema11.properties.signatures.properties.trustedRoot,
                                data: data69
                            };
                            if (vErrors === null) {
                                vErrors = [err138];
                            }
                            else {
                                vErrors.push(err138);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err139 = {
                            instancePath: instancePath + '/signatures/trustedRoot',
                            schemaPath: '#/properties/signatures/properties/trustedRoot/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema11.properties.signatures.properties.trustedRoot.type,
                            parentSchema: schema11.properties.signatures.properties.trustedRoot,
                            data: data69
                        };
                        if (vErrors === null) {
                            vErrors = [err139];
                        }
                        else {
                            vErrors.push(err139);
                        }
                        errors++;
                    }
                }
                if (data46.verifier !== undefined) {
                    let data70 = data46.verifier;
                    if (typeof data70 !== 'string') {
                        const err140 = {
                            instancePath: instancePath + '/signatures/verifier',
                            schemaPath: '#/properties/signatures/properties/verifier/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema11.properties.signatures.properties.verifier.type,
                            parentSchema: schema11.properties.signatures.properties.verifier,
                            data: data70
                        };
                        if (vErrors === null) {
                            vErrors = [err140];
                        }
                        else {
                            vErrors.push(err140);
                        }
                        errors++;
                    }
                    if (!(data70 === 'native' || data70 === 'cosign')) {
                        const err141 = {
                            instancePath: instancePath + '/signatures/verifier',
                            schemaPath: '#/properties/signatures/properties/verifier/enum',
                            keyword: 'enum',
                            params: { allowedValues: schema11.properties.signatures.properties.verifier.enum },
                            message: 'must be equal to one of the allowed values',
                            schema: schema11.properties.signatures.properties.verifier.enum,
                            parentSchema: schema11.properties.signatures.properties.verifier,
                            data: data70
                        };
                        if (vErrors === null) {
                            vErrors = [err141];
                        }
                        else {
                            vErrors.push(err141);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err142 = {
                    instancePath: instancePath + '/signatures',
                    schemaPath: '#/properties/signatures/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema11.properties.signatures.type,
                    parentSchema: schema11.properties.signatures,
                    data: data46
                };
                if (vErrors === null) {
                    vErrors = [err142];
                }
                else {
                    vErrors.push(err142);
                }
                errors++;
            }
        }
        if (data.exceptions !== undefined) {
            let data71 = data.exceptions;
            if (Array.isArray(data71)) {
                const len8 = data71.length;
                for (let i10 = 0; i10 < len8; i10++) {
                    let data72 = data71[i10];
                    if (data72 && typeof data72 == 'object' && !Array.isArray(data72)) {
                        if (data72.id === undefined) {
                            const err143 = {
                                instancePath: instancePath + '/exceptions/' + i10,
                                schemaPath: '#/properties/exceptions/items/required',
                                keyword: 'required',
                                params: { missingProperty: 'id' },
                                message: "must have required property '" + 'id' + "'",
                                schema: schema11.properties.exceptions.items.required,
                                parentSchema: schema11.properties.exceptions.items,
                                data: data72
                            };
                            if (vErrors === null) {
                                vErrors = [err143];
                            }
                            else {
                                vErrors.push(err143);
                            }
                            errors++;
                        }
                        if (data72.reason === undefined) {
                            const err144 = {
                                instancePath: instancePath + '/exceptions/' + i10,
                                schemaPath: '#/properties/exceptions/items/required',
                                keyword: 'required',
                                params: { missingProperty: 'reason' },
                                message: "must have required property '" + 'reason' + "'",
                                schema: schema11.properties.exceptions.items.required,
                                parentSchema: schema11.properties.exceptions.items,
                                data: data72
                            };
                            if (vErrors === null) {
                                vErrors = [err144];
                            }
                            else {
                                vErrors.push(err144);
                            }
                            errors++;
                        }
                        for (const key15 in data72) {
                            if (!(key15 === 'id' ||
                                key15 === 'package' ||
                                key15 === 'image' ||
                                key15 === 'reason' ||
                                key15 === 'expires')) {
                                const err145 = {
                                    instancePath: instancePath + '/exceptions/' + i10,
                                    schemaPath: '#/properties/exceptions/items/additionalProperties',
                                    keyword: 'additionalProperties',
                                    params: { additionalProperty: key15 },
                                    message: 'must NOT have additional properties',
                                    schema: false,
                                    parentSchema: schema11.properties.exceptions.items,
                                    data: data72
                                };
                                if (vErrors === null) {
                                    vErrors = [err145];
                                }
                                else {
                                    vErrors.push(err145);
                                }
                                errors++;
                            }
                        }
                        if (data72.id !== undefined) {
                            let data73 = data72.id;
                            if (typeof data73 === 'string') {
                                if (!pattern0.test(data73)) {
                                    const err146 = {
                                        instancePath: instancePath + '/exceptions/' + i10 + '/id',
                                        schemaPath: '#/properties/exceptions/items/properties/id/pattern',
                                        keyword: 'pattern',
                                        params: { pattern: '^\\S+$' },
                                        message: 'must match pattern "' + '^\\S+$' + '"',
                                        schema: '^\\S+$',
                                        parentSchema: schema11.properties.exceptions.items.properties.id,
                                        data: data73
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err146];
                                    }
                                    else {
                                        vErrors.push(err146);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err147 = {
                                    instancePath: instancePath + '/exceptions/' + i10 + '/id',
                                    schemaPath: '#/properties/exceptions/items/properties/id/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema11.properties.exceptions.items.properties.id.type,
                                    parentSchema: schema11.properties.exceptions.items.properties.id,
                                    data: data73
                                };
                                if (vErrors === null) {
                                    vErrors = [err147];
                                }
                                else {
                                    vErrors.push(err147);
                                }
                                errors++;
                            }
                        }
                        if (data72.package !== undefined) {
                            let data74 = data72.package;
                            if (typeof data74 === 'string') {
                                if (!pattern7.test(data74)) {
                                    const err148 = {
                                        instancePath: instancePath + '/exceptions/' + i10 + '/package',
                                        schemaPath: '#/properties/exceptions/items/properties/package/pattern',
                                        keyword: 'pattern',
                                        params: { pattern: '\\S' },
                                        message: 'must match pattern "' + '\\S' + '"',
                                        schema: '\\S',
                                        parentSchema: schema11.properties.exceptions.items.properties.package,
                                        data: data74
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err148];
                                    }
                                    else {
                                        vErrors.push(err148);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err149 = {
                                    instancePath: instancePath + '/exceptions/' + i10 + '/package',
                                    schemaPath: '#/properties/exceptions/items/properties/package/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema11.properties.exceptions.items.properties.package.type,
                                    parentSchema: schema11.properties.exceptions.items.properties.package,
                                    data: data74
                                };
                                if (vErrors === null) {
                                    vErrors = [err149];
                                }
                                else {
                                    vErrors.push(err149);
                                }
                                errors++;
                            }
                        }
                        if (data72.image !== undefined) {
                            let data75 = data72.image;
                            if (typeof data75 === 'string') {
                                if (!pattern7.test(data75)) {
                                    const err150 = {
                                        instancePath: instancePath + '/exceptions/' + i10 + '/image',
                                        schemaPath: '#/properties/exceptions/items/properties/image/pattern',
                                        keyword: 'pattern',
                                        params: { pattern: '\\S' },
                                        message: 'must match pattern "' + '\\S' + '"',
                                        schema: '\\S',
                                        parentSchema: schema11.properties.exceptions.items.properties.image,
                                        data: data75
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err150];
                                    }
                                    else {
                                        vErrors.push(err150);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err151 = {
                                    instancePath: instancePath + '/exceptions/' + i10 + '/image',
                                    schemaPath: '#/properties/exceptions/items/properties/image/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema11.properties.exceptions.items.properties.image.type,
                                    parentSchema: schema11.properties.exceptions.items.properties.image,
                                    data: data75
                                };
                                if (vErrors === null) {
                                    vErrors = [err151];
                                }
                                else {
                                    vErrors.push(err151);
                                }
                                errors++;
                            }
                        }
                        if (data72.reason !== undefined) {
                            let data76 = data72.reason;
                            if (typeof data76 === 'string') {
                                if (!pattern7.test(data76)) {
                                    const err152 = {
                                        instancePath: instancePath + '/exceptions/' + i10 + '/reason',
                                        schemaPath: '#/properties/exceptions/items/properties/reason/pattern',
                                        keyword: 'pattern',
                                        params: { pattern: '\\S' },
                                        message: 'must match pattern "' + '\\S' + '"',
                                        schema: '\\S',
                                        parentSchema: schema11.properties.exceptions.items.properties.reason,
                                        data: data76
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err152];
                                    }
                                    else {
                                        vErrors.push(err152);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err153 = {
                                    instancePath: instancePath + '/exceptions/' + i10 + '/reason',
                                    schemaPath: '#/properties/exceptions/items/properties/reason/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema11.properties.exceptions.items.properties.reason.type,
                                    parentSchema: schema11.properties.exceptions.items.properties.reason,
                                    data: data76
                                };
                                if (vErrors === null) {
                                    vErrors = [err153];
                                }
                                else {
                                    vErrors.push(err153);
                                }
                                errors++;
                            }
                        }
                        if (data72.expires !== undefined) {
                            let data77 = data72.expires;
                            if (typeof data77 === 'string') {
                                if (!formats0(data77)) {
                                    const err154 = {
                                        instancePath: instancePath + '/exceptions/' + i10 + '/expires',
                                        schemaPath: '#/properties/exceptions/items/properties/expires/format',
                                        keyword: 'format',
                                        params: { format: 'date' },
                                        message: 'must match format "' + 'date' + '"',
                                        schema: 'date',
                                        parentSchema: schema11.properties.exceptions.items.properties.expires,
                                        data: data77
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err154];
                                    }
                                    else {
                                        vErrors.push(err154);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err155 = {
                                    instancePath: instancePath + '/exceptions/' + i10 + '/expires',
                                    schemaPath: '#/properties/exceptions/items/properties/expires/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema11.properties.exceptions.items.properties.expires.type,
                                    parentSchema: schema11.properties.exceptions.items.properties.expires,
                                    data: data77
                                };
                                if (vErrors === null) {
                                    vErrors = [err155];
                                }
                                else {
                                    vErrors.push(err155);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err156 = {
                            instancePath: instancePath + '/exceptions/' + i10,
                            schemaPath: '#/properties/exceptions/items/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object',
                            schema: schema11.properties.exceptions.items.type,
                            parentSchema: schema11.properties.exceptions.items,
                            data: data72
                        };
                        if (vErrors === null) {
                            vErrors = [err156];
                        }
                        else {
                            vErrors.push(err156);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err157 = {
                    instancePath: instancePath + '/exceptions',
                    schemaPath: '#/properties/exceptions/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                    schema: schema11.properties.exceptions.type,
                    parentSchema: schema11.properties.exceptions,
                    data: data71
                };
                if (vErrors === null) {
                    vErrors = [err157];
                }
                else {
                    vErrors.push(err157);
                }
                errors++;
            }
        }
        if (data.report !== undefined) {
            let data78 = data.report;
            if (data78 && typeof data78 == 'object' && !Array.isArray(data78)) {
                for (const key16 in data78) {
                    if (!(key16 === 'comment')) {
                        const err158 = {
                            instancePath: instancePath + '/report',
                            schemaPath: '#/properties/report/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key16 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema11.properties.report,
                            data: data78
                        };
                        if (vErrors === null) {
                            vErrors = [err158];
                        }
                        else {
                            vErrors.push(err158);
                        }
                        errors++;
                    }
                }
                if (data78.comment !== undefined) {
                    let data79 = data78.comment;
                    if (typeof data79 !== 'string') {
                        const err159 = {
                            instancePath: instancePath + '/report/comment',
                            schemaPath: '#/properties/report/properties/comment/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema11.properties.report.properties.comment.type,
                            parentSchema: schema11.properties.report.properties.comment,
                            data: data79
                        };
                        if (vErrors === null) {
                            vErrors = [err159];
                        }
                        else {
                            vErrors.push(err159);
                        }
                        errors++;
                    }
                    if (!(data79 === 'always' ||
                        data79 === 'on-failure' ||
                        data79 === 'update-only' ||
                        data79 === 'never')) {
                        const err160 = {
                            instancePath: instancePath + '/report/comment',
                            schemaPath: '#/properties/report/properties/comment/enum',
                            keyword: 'enum',
                            params: { allowedValues: schema11.properties.report.properties.comment.enum },
                            message: 'must be equal to one of the allowed values',
                            schema: schema11.properties.report.properties.comment.enum,
                            parentSchema: schema11.properties.report.properties.comment,
                            data: data79
                        };
                        if (vErrors === null) {
                            vErrors = [err160];
                        }
                        else {
                            vErrors.push(err160);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err161 = {
                    instancePath: instancePath + '/report',
                    schemaPath: '#/properties/report/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema11.properties.report.type,
                    parentSchema: schema11.properties.report,
                    data: data78
                };
                if (vErrors === null) {
                    vErrors = [err161];
                }
                else {
                    vErrors.push(err161);
                }
                errors++;
            }
        }
    }
    else {
        const err162 = {
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
            vErrors = [err162];
        }
        else {
            vErrors.push(err162);
        }
        errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
}

;// CONCATENATED MODULE: ./src/policy/defaults.ts
/**
 * Fills every missing key that has a schema `default`, creating missing sections on the way, so
 * the schema stays the one place defaults are written (the README reference shows the same values).
 * Keys come out in schema order. Expects data that already passed validation.
 */
function defaults_withDefaults(schema, data) {
    const result = {};
    for (const [key, property] of Object.entries(schema.properties ?? {})) {
        const value = data[key];
        const nested = property.type === 'object' && property.properties !== undefined;
        if (nested && (value === undefined || defaults_isMapping(value)))
            result[key] = defaults_withDefaults(property, value ?? {});
        else if (value !== undefined)
            result[key] = value;
        else if (property.default !== undefined)
            result[key] = structuredClone(property.default);
    }
    return result;
}
function defaults_isMapping(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/policy/extends/source.ts

/**
 * How messages and `explain` name a document: the workspace path as written, `built-in default`, or a
 * remote document in full (`acme/policies/imagegate.yml@v3`, the URL without its pin).
 */
function sourceLabel(source) {
    switch (source.kind) {
        case 'builtin':
            return BUILTIN_POLICY_LABEL;
        case 'workspace':
            return source.label;
        case 'github':
            return `${source.owner}/${source.repo}/${source.path}@${source.ref}`;
        case 'url':
            return source.url;
    }
}
/** A longer description for the document list: the commit a ref resolved to, the pinned hash. */
function sourceDetail(source) {
    if (source.kind === 'github')
        return `commit ${source.commitSha}, ${source.htmlUrl}`;
    if (source.kind === 'url')
        return `sha256 ${source.sha256}`;
    return undefined;
}
/** Only workspace files can carry annotations; everything else is named in full in the message. */
function isExternal(source) {
    return source.kind !== 'workspace';
}
/** Identity for cycle detection and the run's cache: the same bytes have the same key. */
function sourceKey(source) {
    switch (source.kind) {
        case 'builtin':
            return 'builtin';
        case 'workspace':
            return `file:${source.path}`;
        case 'github':
            return `github:${source.owner.toLowerCase()}/${source.repo.toLowerCase()}/${source.path}@${source.commitSha}`;
        case 'url':
            return `url:${source.url}`;
    }
}

;// CONCATENATED MODULE: ./src/policy/extends/layers.ts



/** The path `all` locks everything, `exceptions` too. */
const LOCK_ALL = 'all';
function originAt(document, path) {
    const point = document.index.valueAt(path);
    return { source: document.source, line: point?.line, column: point?.column, index: document.index };
}
/** `file:line`, how messages and `explain` name an origin. */
function describeOrigin(origin) {
    const label = sourceLabel(origin.source);
    return origin.line === undefined ? label : `${label}:${origin.line}`;
}
/** An error position at the origin; remote and built-in documents are never annotated. */
function positionOf(origin, field) {
    return {
        file: sourceLabel(origin.source),
        line: origin.line,
        column: origin.column,
        field,
        ...(isExternal(origin.source) ? { external: true } : {})
    };
}
/** One document on its own, as the top layer of its own stack. */
function layerOf(document) {
    const fields = new Map();
    for (const [path, value] of collectFields(schema_POLICY_SCHEMA, document.data)) {
        fields.set(path, { value, origin: originAt(document, path.split('.')) });
    }
    const locks = new Map();
    const locked = document.data.locked;
    if (locked === LOCK_ALL)
        locks.set(LOCK_ALL, originAt(document, ['locked']));
    else if (Array.isArray(locked)) {
        locked.forEach((path, i) => locks.set(String(path), originAt(document, ['locked', String(i)])));
    }
    const days = document.data.maxExceptionDays;
    const exceptions = Array.isArray(document.data.exceptions) ? document.data.exceptions : [];
    return {
        fields,
        locks,
        maxExceptionDays: typeof days === 'number' ? { days, origin: originAt(document, ['maxExceptionDays']) } : undefined,
        exceptions: exceptions.map((exception, i) => ({
            exception: exception,
            origin: originAt(document, ['exceptions', String(i)])
        })),
        documents: [document.source],
        loosened: []
    };
}
/** The lock on `path` (itself, a section above it, or `all`), if any. */
function lockOn(locks, path) {
    for (const [locked, origin] of locks) {
        if (locked === LOCK_ALL || locked === path || path.startsWith(`${locked}.`))
            return { path: locked, origin };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/policy/extends/effective.ts





/**
 * The policy checks read, from the merged layers: the fields the documents set, then every default
 * for what none of them set (so a repository's omitted keys never overwrite a base's values), then
 * the exceptions of all documents. Also where each value comes from.
 */
function effectivePolicy(layered) {
    const data = { version: 1 };
    for (const [path, { value }] of layered.fields)
        setField(data, path, value);
    const exceptions = layered.exceptions.map(({ exception, origin }) => withOrigin(exception, origin));
    const policy = { ...defaults_withDefaults(schema_POLICY_SCHEMA, data), exceptions };
    const top = layered.documents[layered.documents.length - 1];
    const sources = { version: { file: top ? sourceLabel(top) : 'default' } };
    for (const path of collectFields(schema_POLICY_SCHEMA, policy).keys()) {
        const origin = layered.fields.get(path)?.origin;
        const lock = lockOn(layered.locks, path);
        sources[path] = {
            ...(origin ? originSource(origin) : { file: 'default' }),
            ...(lock ? { lockedBy: describeOrigin(lock.origin) } : {})
        };
    }
    layered.exceptions.forEach(({ origin }, i) => (sources[`exceptions[${i}]`] = originSource(origin)));
    const documents = layered.documents.map(source => {
        const detail = sourceDetail(source);
        return detail ? { name: sourceLabel(source), detail } : { name: sourceLabel(source) };
    });
    const loosened = layered.loosened.map(({ path, origin }) => `${path} (${describeOrigin(origin)})`);
    return { policy, provenance: { documents, sources, loosened } };
}
function originSource(origin) {
    const file = sourceLabel(origin.source);
    return origin.line === undefined ? { file } : { file, line: origin.line };
}
/** Reports point at an exception only where it is a file in the workspace (annotations need one). */
function withOrigin(exception, origin) {
    if (origin.source.kind !== 'workspace')
        return { ...exception };
    const file = origin.source.label;
    return { ...exception, position: origin.line === undefined ? { file } : { file, line: origin.line } };
}

// EXTERNAL MODULE: ./src/policy/suggest.ts
var suggest = __webpack_require__(65016);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/policy/extends/strictness.ts

/** Lower fails on more: `info` is the strictest threshold, `none` the loosest. */
const SEVERITY_THRESHOLD = ['info', 'low', 'medium', 'high', 'critical', 'none'];
const LINT_THRESHOLD = ['style', 'info', 'warning', 'error', 'none'];
/** A rule's own level: higher is stricter, `off` loosest. */
const RULE_LEVEL = ['off', 'style', 'info', 'warning', 'error'];
const lowerIn = (order) => (value, base) => order.indexOf(String(value)) <= order.indexOf(String(base));
const requires = (strict) => (value, base) => value === strict || value === base;
/** A number where lower is stricter and unset means no limit. */
const lowerLimit = (value, base) => base === undefined || Number(value) <= Number(base);
const higherNumber = (value, base) => Number(value) >= Number(base ?? 0);
/** Not about security: a repository keeps the base's value unless the base leaves it open. */
const sameOnly = (value, base) => (0,external_node_util_.isDeepStrictEqual)(value, base);
const list = (value) => (Array.isArray(value) ? value : []);
const contains = (items, item) => items.some(i => (0,external_node_util_.isDeepStrictEqual)(i, item));
const subset = (value, of) => value.every(v => contains(of, v));
/** An allow list where empty allows everything: a non-empty subset of the base's entries. */
const allowList = (value, base) => {
    const [mine, theirs] = [list(value), list(base)];
    if (theirs.length === 0)
        return true;
    return mine.length > 0 && subset(mine, theirs);
};
/** A list of things that must run or be covered: every entry of the base, and any more. */
const superset = (value, base) => subset(list(base), list(value));
/**
 * The one table of what "tighter" means for every policy field. A repository may always set a field
 * to a value at least as strict as its base's; a looser value only where no base locks the field.
 * A field missing here cannot be loosened or changed under a lock (see `strictnessRule`).
 */
const STRICTNESS = [
    { path: 'mode', tighter: '`enforce` over `warn`', atLeastAsStrict: requires('enforce') },
    {
        path: 'dockerfile.failOn',
        tighter: 'a lower level (`style` strictest, `none` loosest)',
        atLeastAsStrict: lowerIn(LINT_THRESHOLD)
    },
    {
        path: 'dockerfile.rules.*',
        tighter: 'a higher level (`error` strictest, `off` loosest); a rule the base does not list only to `error`',
        atLeastAsStrict: (value, base) => base === undefined
            ? value === 'error'
            : RULE_LEVEL.indexOf(String(value)) >= RULE_LEVEL.indexOf(String(base))
    },
    { path: 'dockerfile.shellcheck', tighter: '`true`', atLeastAsStrict: requires(true) },
    {
        path: 'dockerfile.shellcheckRequired',
        tighter: '`true` (ShellCheck that times out or crashes fails the check)',
        atLeastAsStrict: requires(true)
    },
    {
        path: 'dockerfile.hadolintConfig',
        tighter: '`false` (a repository `.hadolint.yaml` can ignore rules)',
        atLeastAsStrict: requires(false)
    },
    {
        path: 'dockerfile.trustedRegistries',
        tighter: 'a non-empty subset of the base list (empty allows any)',
        atLeastAsStrict: allowList
    },
    {
        path: 'vulnerabilities.scanners',
        tighter: 'a superset: every scanner of the base, and more',
        atLeastAsStrict: superset
    },
    {
        path: 'vulnerabilities.failOn',
        tighter: 'a lower severity (`info` strictest, `none` loosest)',
        atLeastAsStrict: lowerIn(SEVERITY_THRESHOLD)
    },
    {
        path: 'vulnerabilities.onlyFixed',
        tighter: '`false` (unfixed vulnerabilities fail too)',
        atLeastAsStrict: requires(false)
    },
    {
        path: 'vulnerabilities.severitySource',
        tighter: '`highest`; `trivy` and `grype` only as the base has it',
        atLeastAsStrict: (value, base) => value === 'highest' || value === base
    },
    {
        path: 'vulnerabilities.maxCount.*',
        tighter: 'a lower count (unset: no limit)',
        atLeastAsStrict: lowerLimit
    },
    {
        path: 'vulnerabilities.cvssThreshold',
        tighter: 'a lower score (unset: not gated)',
        atLeastAsStrict: lowerLimit
    },
    { path: 'vulnerabilities.failOnKnownExploited', tighter: '`true`', atLeastAsStrict: requires(true) },
    {
        path: 'vulnerabilities.epssThreshold',
        tighter: 'a lower probability (unset: not gated)',
        atLeastAsStrict: lowerLimit
    },
    {
        path: 'vulnerabilities.secretsFailOn',
        tighter: 'a lower severity',
        atLeastAsStrict: lowerIn(SEVERITY_THRESHOLD)
    },
    {
        path: 'vulnerabilities.ignoreFiles',
        tighter: '`false` (ignore files suppress findings)',
        atLeastAsStrict: requires(false)
    },
    { path: 'vulnerabilities.timeoutSeconds', tighter: 'none: the base value only', atLeastAsStrict: sameOnly },
    { path: 'images.platform', tighter: 'none: the base value only', atLeastAsStrict: sameOnly },
    { path: 'images.failOn', tighter: 'a lower severity', atLeastAsStrict: lowerIn(SEVERITY_THRESHOLD) },
    { path: 'images.tags.forbidLatest', tighter: '`true`', atLeastAsStrict: requires(true) },
    { path: 'images.tags.forbidUntagged', tighter: '`true`', atLeastAsStrict: requires(true) },
    { path: 'images.tags.requireDigest', tighter: '`true`', atLeastAsStrict: requires(true) },
    {
        path: 'images.registries.allow',
        tighter: 'a non-empty subset of the base list (empty allows any)',
        atLeastAsStrict: allowList
    },
    { path: 'signatures.required', tighter: '`true`', atLeastAsStrict: requires(true) },
    {
        path: 'signatures.authorities',
        tighter: 'a non-empty subset of the base authorities',
        atLeastAsStrict: allowList
    },
    {
        path: 'signatures.images',
        tighter: 'a superset of the base globs, or empty (every image)',
        atLeastAsStrict: (value, base) => list(value).length === 0 || (list(base).length > 0 && superset(value, base))
    },
    { path: 'signatures.threshold', tighter: 'a higher number', atLeastAsStrict: higherNumber },
    { path: 'signatures.trustedRoot', tighter: 'none: the base value only', atLeastAsStrict: sameOnly },
    { path: 'signatures.verifier', tighter: 'none: the base value only', atLeastAsStrict: sameOnly },
    { path: 'report.comment', tighter: 'none: the base value only', atLeastAsStrict: sameOnly }
];
const BY_PATH = new Map(STRICTNESS.map(rule => [rule.path, rule]));
/** The rule for a concrete field path (`dockerfile.rules.DL3008` finds `dockerfile.rules.*`). */
function strictnessRule(path) {
    const exact = BY_PATH.get(path);
    if (exact)
        return exact;
    const wildcard = BY_PATH.get(path.replace(/\.[^.]+$/, '.*'));
    return wildcard ?? { path, tighter: 'none: the base value only', atLeastAsStrict: sameOnly };
}

;// CONCATENATED MODULE: ./src/policy/extends/merge.ts






const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * `upper` applied on top of `lower` (its base): each field `upper` sets replaces the base's, when it is at
 * least as strict, or when no document below locks it. Locks and exception caps accumulate, so a lock
 * holds for every document above the one that wrote it. Exceptions above a base need an expiry within
 * the base's cap, and none at all where `exceptions` is locked. Every violation is a problem naming
 * both places; the caller reports them all at once.
 */
function overlay(lower, upper, now) {
    const problems = [];
    const fields = new Map(lower.fields);
    const loosened = [...lower.loosened, ...upper.loosened];
    for (const [path, field] of upper.fields) {
        const base = lower.fields.get(path);
        const baseValue = base ? base.value : defaultAt(schema_POLICY_SCHEMA, path);
        if (!strictnessRule(path).atLeastAsStrict(field.value, baseValue)) {
            const lock = lockOn(lower.locks, path);
            if (lock) {
                const was = base
                    ? `${(0,policy_problems/* show */.WU)(baseValue)} set at ${describeOrigin(base.origin)}`
                    : describeDefault(baseValue);
                problems.push({
                    message: `${(0,policy_problems/* show */.WU)(field.value)} is looser than ${was}, and ${describeOrigin(lock.origin)} locks ` +
                        `\`${lock.path}\`; only a stricter value may be set here (stricter: ${strictnessRule(path).tighter})`,
                    position: positionOf(field.origin, path)
                });
                continue;
            }
            loosened.push({ path, origin: field.origin });
        }
        fields.set(path, field);
    }
    for (const entry of upper.exceptions)
        problems.push(...exceptionProblems(lower, entry, now));
    const locks = new Map(lower.locks);
    for (const [path, origin] of upper.locks)
        if (!locks.has(path))
            locks.set(path, origin);
    const caps = [lower.maxExceptionDays, upper.maxExceptionDays].filter(c => c !== undefined);
    return {
        layered: {
            fields,
            locks,
            maxExceptionDays: caps.sort((a, b) => a.days - b.days)[0],
            exceptions: [...lower.exceptions, ...upper.exceptions],
            documents: [...lower.documents, ...upper.documents],
            loosened
        },
        problems: (0,policy_problems/* sortByPosition */.Jr)(problems)
    };
}
function describeDefault(value) {
    return value === undefined ? 'leaving it unset (the default)' : `${(0,policy_problems/* show */.WU)(value)} (the default)`;
}
function exceptionProblems(lower, { exception, origin }, now) {
    const field = `exceptions (${exception.id})`;
    const lock = lockOn(lower.locks, 'exceptions');
    if (lock) {
        const message = `${describeOrigin(lock.origin)} locks \`${lock.path}\`, so a policy extending ${sourceLabel(lock.origin.source)} cannot add exceptions; ask its owners to add this one there`;
        return [{ message, position: positionOf(origin, field) }];
    }
    const cap = lower.maxExceptionDays;
    if (exception.expires === undefined) {
        const limit = cap
            ? `, at most ${cap.days} days ahead (maxExceptionDays at ${describeOrigin(cap.origin)})`
            : '';
        const message = `an exception in a policy that extends a base needs \`expires: YYYY-MM-DD\`${limit}`;
        return [{ message, position: positionOf(origin, field) }];
    }
    if (cap) {
        const latest = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + cap.days * DAY_MS);
        const latestDay = latest.toISOString().slice(0, 10);
        if (exception.expires > latestDay) {
            const message = `expires ${exception.expires}, later than ${latestDay}: ${describeOrigin(cap.origin)} caps exceptions at ${cap.days} days (maxExceptionDays)`;
            return [{ message, position: positionOf(origin, field) }];
        }
    }
    return [];
}

;// CONCATENATED MODULE: ./src/policy/extends/reference.ts

/** `OWNER/REPO/PATH@REF`, as GitHub names owners and repositories. */
const GITHUB_FILE = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})\/([^@]+)@([^@\s]+)$/;
const URL_PIN = /^sha256=([0-9a-f]{64})$/;
/**
 * What one `extends` entry refers to, seen from the document that contains it; a string is a mistake
 * to report at the entry. A relative path is relative to that document: inside the workspace for a
 * workspace file, in the same repository and commit for a file fetched from GitHub.
 */
function parseBaseReference(entry, from, workingDirectory) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(entry))
        return parseUrl(entry);
    const remote = GITHUB_FILE.exec(entry);
    if (remote) {
        const [, owner, repo, file, ref] = remote;
        const problem = repoPathProblem(file);
        if (problem)
            return problem;
        return { kind: 'github', owner, repo, path: file, ref };
    }
    if (entry.includes('@')) {
        return 'not OWNER/REPO/PATH@REF (e.g. acme/security-policies/imagegate.yml@v3), nor a path in this repository';
    }
    return relativeReference(entry, from, workingDirectory);
}
function parseUrl(entry) {
    let url;
    try {
        url = new URL(entry);
    }
    catch {
        return 'not a valid URL';
    }
    if (url.protocol !== 'https:')
        return 'a base policy URL must use https://';
    if (url.username || url.password)
        return 'a base policy URL must not contain credentials';
    const pin = URL_PIN.exec(url.hash.slice(1));
    // An unpinned URL could change under every repository that extends it, without review.
    if (!pin)
        return 'pin the URL to its content: append #sha256=<64 lowercase hex digits> (sha256sum FILE)';
    url.hash = '';
    return { kind: 'url', url: url.href, sha256: pin[1] };
}
function relativeReference(entry, from, workingDirectory) {
    if (from.kind === 'workspace') {
        if (external_node_path_.isAbsolute(entry))
            return 'write the path relative to this policy file, not absolute';
        const absolute = external_node_path_.resolve(external_node_path_.dirname(from.path), entry);
        const label = external_node_path_.relative(workingDirectory, absolute);
        if (label.startsWith('..') || external_node_path_.isAbsolute(label))
            return 'the path leaves the working directory';
        return { kind: 'workspace', path: absolute, label: label.split(external_node_path_.sep).join('/') };
    }
    if (from.kind === 'github') {
        // A relative base of a fetched file is read from the same commit, so the pair cannot drift apart.
        const file = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(from.path), entry));
        const problem = repoPathProblem(file);
        if (problem)
            return problem;
        return { kind: 'github', owner: from.owner, repo: from.repo, path: file, ref: from.commitSha };
    }
    return 'a policy fetched from a URL can only extend OWNER/REPO/PATH@REF or pinned URLs, not relative paths';
}
function repoPathProblem(file) {
    if (file.startsWith('/') || file.split('/').some(segment => segment === '..' || segment === '')) {
        return 'the path inside the repository must be relative, without `..` or empty segments';
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/policy/extends/remote-files.ts

/**
 * Fields that name a file relative to the policy file. A base read from another repository or a URL has
 * no files next to it in this workspace, so such a path would read whatever the repository being gated
 * put there: refused, so a repository cannot swap the org's signing key for its own.
 */
function remoteFileProblems(document) {
    if (document.source.kind === 'workspace' || document.source.kind === 'builtin')
        return [];
    const signatures = document.data.signatures;
    const paths = [];
    if (signatures?.trustedRoot !== undefined)
        paths.push(['signatures', 'trustedRoot']);
    signatures?.authorities?.forEach((authority, i) => {
        if (authority.key?.path !== undefined)
            paths.push(['signatures', 'authorities', String(i), 'key', 'path']);
        if (authority.keyless?.trustedRoot !== undefined) {
            paths.push(['signatures', 'authorities', String(i), 'keyless', 'trustedRoot']);
        }
    });
    return paths.map(path => ({
        message: 'a base policy from another repository or a URL cannot name a file (it would be read from the repository being gated); ' +
            'write the key inline with key.data, or keep the file-based setting in the repository policy',
        position: positionOf(originAt(document, path), path.join('.'))
    }));
}

;// CONCATENATED MODULE: ./src/policy/extends/resolve.ts











const DEFAULT_MAX_DEPTH = 5;
const LOCKABLE = lockablePaths(schema_POLICY_SCHEMA);
/**
 * Resolves a document's `extends` chain and merges it: bases in order, each one's own bases first, then
 * the document. Cycles and chains deeper than the limit are errors, and so is every base that cannot be
 * read: nothing falls back to a weaker policy. Each base is fetched once per run (the cache lives in
 * this resolver).
 */
class PolicyResolver {
    options;
    cache = new Map();
    github;
    constructor(options) {
        this.options = options;
    }
    async resolve(document) {
        return this.resolveAt(document, [sourceKey(document.source)]);
    }
    async resolveAt(document, chain) {
        const problems = [...lockProblems(document), ...remoteFileProblems(document)];
        const entries = extendsEntries(document);
        let lower;
        for (const { entry, path } of entries) {
            const at = positionOf(originAt(document, path), 'extends');
            const maxDepth = this.options.maxDepth ?? DEFAULT_MAX_DEPTH;
            if (chain.length > maxDepth) {
                problems.push({ message: `more than ${maxDepth} levels of extends; flatten the chain`, position: at });
                break;
            }
            const reference = parseBaseReference(entry, document.source, this.options.workingDirectory);
            if (typeof reference === 'string') {
                problems.push({ message: `${reference} (got ${JSON.stringify(entry)})`, position: at });
                continue;
            }
            const base = await this.read(reference, entry, at);
            const key = sourceKey(base.source);
            if (chain.includes(key)) {
                const names = [...chain.slice(chain.indexOf(key)), key].map(k => k.replace(/^[a-z]+:/, ''));
                problems.push({ message: `extends cycle: ${names.join(' → ')}`, position: at });
                continue;
            }
            const resolved = await this.resolveAt(base, [...chain, key]);
            const merged = lower ? overlay(lower, resolved, this.options.now) : { layered: resolved, problems: [] };
            problems.push(...merged.problems);
            lower = merged.layered;
        }
        fail(problems);
        if (!lower)
            return layerOf(document);
        const merged = overlay(lower, layerOf(document), this.options.now);
        fail(merged.problems);
        return merged.layered;
    }
    /** The base document, fetched and parsed once per run; a failure names the entry and the reason. */
    read(reference, entry, at) {
        const key = JSON.stringify(reference);
        let pending = this.cache.get(key);
        if (!pending) {
            pending = this.fetch(reference).then(({ text, source }) => this.options.parse(text, source), (error) => {
                if (error instanceof src_errors/* ConfigError */.xL)
                    throw error;
                const message = `cannot read the base policy ${entry}: ${(0,src_errors/* errorMessage */.gJ)(error)}`;
                throw new src_errors/* ConfigError */.xL((0,src_errors/* formatProblem */.Vw)({ message, position: at }), [{ message, position: at }]);
            });
            this.cache.set(key, pending);
        }
        return pending;
    }
    async fetch(reference) {
        switch (reference.kind) {
            case 'workspace': {
                const text = await (0,promises_.readFile)(reference.path, 'utf8').catch((error) => {
                    throw new Error(error.code === 'ENOENT' ? `no such file ${reference.label}` : (0,src_errors/* errorMessage */.gJ)(error));
                });
                return { text, source: { kind: 'workspace', path: reference.path, label: reference.label } };
            }
            case 'github': {
                const fetcher = (this.github ??= this.options.github?.());
                if (!fetcher)
                    throw new Error('no GitHub token to read it with; set policy-token (or GITHUB_TOKEN)');
                const file = await fetcher.fetch(reference);
                return { text: file.text, source: { ...reference, commitSha: file.commitSha, htmlUrl: file.htmlUrl } };
            }
            case 'url': {
                if (!this.options.fetchUrl)
                    throw new Error('fetching URLs is not available here');
                const body = await this.options.fetchUrl(reference.url);
                const actual = (0,external_node_crypto_.createHash)('sha256').update(body).digest('hex');
                if (actual !== reference.sha256) {
                    throw new Error(`its SHA-256 is ${actual}, not the pinned ${reference.sha256}; review the change, then update the pin`);
                }
                return { text: body.toString('utf8'), source: { kind: 'url', url: reference.url, sha256: actual } };
            }
        }
    }
}
/**
 * The `extends` entries as strings; `{url, sha256}` is the same entry as `url#sha256=HEX`, so both
 * forms go through one parser.
 */
function extendsEntries(document) {
    const value = document.data.extends;
    if (typeof value === 'string')
        return [{ entry: value, path: ['extends'] }];
    if (!Array.isArray(value))
        return [];
    return value.map((entry, i) => {
        const pinned = entry;
        const text = typeof entry === 'string' ? entry : `${String(pinned.url)}#sha256=${String(pinned.sha256)}`;
        return { entry: text, path: ['extends', String(i)] };
    });
}
/** A locked path that names no field would lock nothing, silently. */
function lockProblems(document) {
    const locked = document.data.locked;
    if (!Array.isArray(locked))
        return [];
    const problems = [];
    locked.forEach((item, i) => {
        const path = String(item);
        if (path === LOCK_ALL || LOCKABLE.includes(path) || /^dockerfile\.rules\.[A-Z]+[0-9]+$/.test(path))
            return;
        const suggestion = (0,suggest/* closestMatch */.h)(path, LOCKABLE);
        const hint = suggestion
            ? `did you mean \`${suggestion}\`?`
            : 'write a dotted path such as vulnerabilities.failOn, or `all`';
        problems.push({
            message: `\`${path}\` names no policy field; ${hint}`,
            position: positionOf(originAt(document, ['locked', String(i)]), 'locked')
        });
    });
    return problems;
}
function fail(problems) {
    if (problems.length > 0)
        throw new src_errors/* ConfigError */.xL(problems.map(src_errors/* formatProblem */.Vw).join('\n'), problems);
}

;// CONCATENATED MODULE: ./src/policy/extends/url-fetch.ts



/**
 * GET with a time limit and a size cap. Redirects are followed: the pinned SHA-256, checked by the
 * loader, is what is trusted, not the host.
 */
function createUrlFetcher(options = {}) {
    const maxBytes = options.maxBytes ?? MAX_POLICY_BYTES;
    const timeoutMs = options.timeoutMs ?? 15_000;
    const get = cappedFetch(maxBytes, options.fetch);
    return async (url) => {
        let response;
        try {
            response = await get(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: '*/*' } });
            if (!response.ok) {
                await response.body?.cancel();
                throw new Error(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
            }
            return Buffer.from(await response.arrayBuffer());
        }
        catch (error) {
            if (tooLargeCause(error))
                throw new Error(`the file is larger than ${maxBytes} bytes; a policy is a few kB`);
            if (error?.name === 'TimeoutError')
                throw new Error(`no complete answer within ${timeoutMs / 1000} s`);
            const cause = error?.cause;
            throw new Error(cause ? `${(0,src_errors/* errorMessage */.gJ)(error)} (${(0,src_errors/* errorMessage */.gJ)(cause)})` : (0,src_errors/* errorMessage */.gJ)(error));
        }
    };
}

;// CONCATENATED MODULE: ./src/policy/load.ts

















/** The precompiled ajv validator (see generate-validator.ts), typed. */
const validatePolicy = validate;
/**
 * The policy a run uses: `explicit` (relative to the working directory), else
 * `.github/imagegate.yml`/`.yaml`, else the built-in default, with its `extends` chain resolved and
 * merged. Throws ConfigError on any mistake, including a base that cannot be read.
 */
async function loadPolicy(explicit, workingDirectory, options = {}) {
    const resolved = resolvePolicyPath(explicit, workingDirectory);
    if (resolved.path === undefined)
        return loadBuiltinPolicy();
    return loadPolicyFile(resolved.path, resolved.source, { ...options, workingDirectory });
}
/**
 * Reads one policy file and everything it extends; `label` is how messages name it (default: the path).
 * Relative bases must stay inside `workingDirectory` (default: the file's directory).
 */
async function loadPolicyFile(file, label = file, options = {}) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        const message = `cannot read the policy file: ${readFailure(error)}`;
        throw new src_errors/* ConfigError */.xL(`${label}: ${message}`, [{ message, position: { file: label } }]);
    }
    const root = parsePolicyDocument(text, { kind: 'workspace', path: file, label });
    const resolver = new PolicyResolver({
        workingDirectory: options.workingDirectory ?? external_node_path_.dirname(file),
        parse: parsePolicyDocument,
        github: options.github,
        fetchUrl: options.fetchUrl ?? createUrlFetcher(),
        now: options.now ?? new Date(),
        maxDepth: options.maxDepth
    });
    const layered = await resolver.resolve(root);
    const { policy, provenance } = effectivePolicy(layered);
    return { policy, source: label, provenance, signatures: compileSignatures(policy, layered, file, label) };
}
function loadBuiltinPolicy() {
    const document = parsePolicyDocument(BUILTIN_POLICY_TEXT, { kind: 'builtin' });
    const { policy, provenance } = effectivePolicy(layerOf(document));
    const signatures = compileSignaturePolicy(policy.signatures, {
        policyDir: process.cwd(),
        file: BUILTIN_POLICY_LABEL
    });
    return { policy, source: BUILTIN_POLICY_LABEL, provenance, signatures };
}
/**
 * Compiles `signatures` of the merged policy (key files, trusted roots, regular expressions), so
 * `policy validate` and the gate report those mistakes too. Paths are relative to the workspace
 * document that set `signatures.authorities` (remote bases cannot name files), else the policy file;
 * mistakes point at the field in the document that set it.
 */
function compileSignatures(policy, layered, file, label) {
    const origin = (layered.fields.get('signatures.authorities') ?? layered.fields.get('signatures.trustedRoot'))?.origin;
    const source = origin?.source;
    return compileSignaturePolicy(policy.signatures, {
        policyDir: external_node_path_.dirname(source?.kind === 'workspace' ? source.path : file),
        file: source ? sourceLabel(source) : label,
        locate: at => layered.fields.get(`signatures.${at[0]}`)?.origin.index?.valueAt(['signatures', ...at])
    });
}
/** One document of a chain; mistakes in a remote or built-in one are named in full, never annotated. */
function parsePolicyDocument(text, source) {
    try {
        return { source, ...parsePolicyData(text, sourceLabel(source)) };
    }
    catch (error) {
        if (!(error instanceof src_errors/* ConfigError */.xL) || !isExternal(source))
            throw error;
        const problems = error.problems.map(p => ({
            ...p,
            position: p.position && { ...p.position, external: true }
        }));
        throw new src_errors/* ConfigError */.xL(error.message, problems);
    }
}
/**
 * Parses and validates policy YAML and fills in every default. Every mistake becomes a problem at
 * `fileLabel:line:column` in one ConfigError, so a user fixes them all in one pass.
 */
function parsePolicy(text, fileLabel) {
    const { data, index } = parsePolicyData(text, fileLabel);
    // One document alone: a base would be silently ignored here, so extends needs loadPolicy.
    if (data.extends !== undefined) {
        const message = 'extends needs the bases read too: load the policy with loadPolicy, not parsePolicy';
        load_fail([{ message, position: { file: fileLabel, ...index.valueAt(['extends']), field: 'extends' } }]);
    }
    const policy = withDefaults(POLICY_SCHEMA, data);
    return { ...policy, exceptions: policy.exceptions.map((e, i) => withPosition(e, i, index, fileLabel)) };
}
/** Parses and validates one policy document, without defaults (they are filled in after merging). */
function parsePolicyData(text, fileLabel) {
    const { value, index } = (0,positions/* parseYamlWithPositions */.$)(text, fileLabel, 'the policy');
    if (value === undefined || value === null) {
        load_fail([{ message: 'the policy is empty; it needs at least `version: 1`', position: { file: fileLabel } }]);
    }
    if (typeof value !== 'object' || Array.isArray(value)) {
        const message = `the policy must be a mapping of keys to values, starting with \`version: 1\` (got ${(0,policy_problems/* show */.WU)(value)})`;
        load_fail([{ message, position: { file: fileLabel, ...index.valueAt([]) } }]);
    }
    const data = value;
    // A different version means a different format: report that alone, not a cascade of unknown keys.
    if (data.version !== undefined && data.version !== 1) {
        const message = `unsupported policy version ${(0,policy_problems/* show */.WU)(data.version)}; this imagegate reads \`version: 1\``;
        load_fail([{ message, position: { file: fileLabel, ...index.valueAt(['version']), field: 'version' } }]);
    }
    const schemaProblems = validatePolicy(data)
        ? []
        : (0,policy_problems/* describeSchemaErrors */.cz)(validatePolicy.errors ?? [], data, index, fileLabel);
    // A value the schema already rejects (a blank pattern) is reported once, by the schema.
    const rejected = new Set(schemaProblems.map(p => p.position.field));
    const later = semanticProblems(data, index, fileLabel).filter(p => !rejected.has(p.position.field));
    const problems = [...schemaProblems, ...later];
    if (problems.length > 0)
        load_fail((0,policy_problems/* sortByPosition */.Jr)(problems));
    return { data, index };
}
function withPosition(exception, i, index, file) {
    const line = index.valueAt(['exceptions', String(i)])?.line;
    return { ...exception, position: line === undefined ? { file } : { file, line } };
}
function load_fail(problems) {
    throw new src_errors/* ConfigError */.xL(problems.map(src_errors/* formatProblem */.Vw).join('\n'), problems);
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

;// CONCATENATED MODULE: ./src/inputs/registry.ts



/**
 * Pure: validates the insecure-registry list and turns one username/password pair into credentials for
 * one host. Like docker/login-action, `registry` names the host; left empty it is the registry the
 * images come from, which must then be one registry, or the credentials would go to a host nobody chose.
 */
function registrySettings(insecure, login, images, names) {
    const insecureRegistries = [...parseInsecureRegistries(insecure)];
    const { username, password } = login;
    if (username === undefined && password === undefined) {
        if (login.registry !== undefined) {
            throw new src_errors/* ConfigError */.xL(`${names.registry} is set but ${names.username} and ${names.password} are not`);
        }
        return { insecureRegistries, credentials: {} };
    }
    if (username === undefined || password === undefined) {
        const missing = username === undefined ? names.username : names.password;
        throw new src_errors/* ConfigError */.xL(`${missing} is missing: give both ${names.username} and ${names.password}`);
    }
    const host = login.registry?.trim().toLowerCase() || imagesRegistry(images, names.registry);
    return { insecureRegistries, credentials: { [host]: { username, password } } };
}
function imagesRegistry(images, registryName) {
    const hosts = new Set(images.flatMap(image => {
        const parsed = (0,image_reference/* tryParseImageReference */.tj)(image);
        return parsed.ok ? [parsed.reference.registry] : [];
    }));
    if (hosts.size === 1)
        return [...hosts][0];
    const why = hosts.size === 0 ? 'no image names a registry' : `the images come from ${[...hosts].join(', ')}`;
    throw new src_errors/* ConfigError */.xL(`set ${registryName} to the host the credentials are for: ${why}`);
}

// EXTERNAL MODULE: ./src/util/redact.ts
var redact = __webpack_require__(50767);
;// CONCATENATED MODULE: ./src/inputs/registry-client.ts


/**
 * The run's one registry client, from the inputs: explicit credentials first, then the docker
 * config.json `docker login` or docker/login-action wrote. `mask` sees every secret before anything
 * could print it; `note` gets one line per unusable config entry or credential helper.
 */
function createRegistryClient(settings, mask, note) {
    return new RegistryClient({
        credentials: settings.credentials,
        dockerConfig: loadDockerConfig(),
        insecureRegistries: settings.insecureRegistries,
        // Masked in the runner's log, and redacted from any child's output (cosign, scanners) we report.
        mask: secret => {
            mask(secret);
            (0,redact/* registerSecret */.cl)(secret);
        },
        note
    });
}

// EXTERNAL MODULE: ./src/scanners/ignore/load.ts + 4 modules
var ignore_load = __webpack_require__(647);
;// CONCATENATED MODULE: ./src/docs/generic-rules.ts
/**
 * Rules whose ids come from other tools, documented once per kind: ShellCheck's `SC…` codes, the
 * vulnerability ids of Trivy and Grype (CVE, GHSA, distribution advisories) and Trivy's secret rules.
 */
const SHELLCHECK_RULE = {
    id: 'SC',
    severity: 'low',
    title: 'ShellCheck finding in a RUN script',
    description: 'ShellCheck found a problem in the shell script of a `RUN` instruction: quoting that splits words, a ' +
        'command that fails silently, a construct the shell does not support. Such scripts build images that ' +
        'differ from what the author meant, or break on the next base image update. The finding names the ' +
        "ShellCheck code; its page explains the problem and the fix. The level is ShellCheck's unless " +
        '`dockerfile.rules` sets one.',
    example: {
        language: 'dockerfile',
        flagged: 'FROM debian:12\nRUN cp $SRC /opt/app',
        fixed: 'FROM debian:12\nRUN cp "$SRC" /opt/app'
    }
};
const VULNERABILITY_RULE = {
    id: 'CVE',
    severity: 'high',
    title: 'Known vulnerability in a package of the image',
    description: 'Trivy or Grype found a package in the image with a published vulnerability (a CVE, a GitHub advisory ' +
        'or a distribution advisory). Code with known vulnerabilities is what attackers scan for. The finding ' +
        'names the package, the installed version and the fixed version when one exists: rebuild on a patched ' +
        'base image or upgrade the package. If no fix exists and the risk is accepted, add a policy exception ' +
        'with a reason and an expiry date.',
    example: {
        language: 'dockerfile',
        flagged: 'FROM node:18.0.0\n# openssl 3.0.2 in the image: CVE-2022-3602',
        fixed: 'FROM node:18.20.4\n# openssl 3.0.13 in the image: fixed'
    }
};
const SECRET_RULE = {
    id: 'secret',
    severity: 'high',
    title: 'Secret found inside the image',
    description: 'Trivy found what looks like a credential (a private key, a cloud access key, a token) in a file of the ' +
        'image. Anyone who can pull the image can read it. Remove the file from every layer (a later `RUN rm` ' +
        'does not remove it from the layer that added it), pass build secrets with `RUN --mount=type=secret`, ' +
        'and rotate the credential.',
    example: {
        language: 'dockerfile',
        flagged: 'FROM alpine:3.20\nCOPY id_rsa /root/.ssh/id_rsa\nRUN git clone git@example.com:acme/app.git',
        fixed: 'FROM alpine:3.20\nRUN --mount=type=ssh git clone git@example.com:acme/app.git'
    }
};
/** The generic entry for a finding whose rule id belongs to another tool, if it is one. */
function genericRuleFor(finding) {
    if (finding.check === 'lint' && /^SC\d+$/.test(finding.rule))
        return SHELLCHECK_RULE;
    if (finding.vulnerability?.kind === 'secret')
        return SECRET_RULE;
    if (finding.check === 'vulnerabilities')
        return VULNERABILITY_RULE;
    return undefined;
}

// EXTERNAL MODULE: ./src/docs/rule-catalog.ts + 2 modules
var rule_catalog = __webpack_require__(14777);
;// CONCATENATED MODULE: ./src/docs/rule-help.ts



/** The docs of a finding's rule: its catalogue entry, or the generic one of its kind (SC, CVE, secret). */
function findingRuleDocs(finding) {
    const known = (0,rule_catalog/* ruleInfo */.P)(finding.rule);
    if (known !== undefined)
        return ruleDocs(known);
    const generic = genericRuleFor(finding);
    if (generic === undefined)
        return undefined;
    // A scan has thousands of vulnerability ids, each a rule of its own: their help stays short (no
    // example), and the advisory's title, when the scanner gives one, leads the description.
    const compact = finding.check === 'vulnerabilities' ? { ...generic, example: undefined } : generic;
    const docs = { ...ruleDocs(compact, finding.rule), helpUri: (0,model_rule/* ruleHelpUri */.S7)(generic.id) };
    const title = finding.vulnerability?.title;
    if (title)
        docs.fullDescription = `${finding.rule}: ${title}. ${docs.fullDescription}`;
    return docs;
}
/** `id` is the finding's own rule id (`SC2086`, `CVE-2024-1234`) where `info` is a generic entry. */
function ruleDocs(info, id = info.id) {
    const suppress = /^(DL|SC|IG2)/.test(id)
        ? `an inline \`# hadolint ignore=${id}\` comment above the instruction or a policy exception`
        : 'a policy exception';
    const howToFix = `Change the code as the fixed example shows. If the finding is understood and accepted, suppress it ` +
        `with ${suppress} (\`exceptions: [{id: ${id}, reason: …, expires: …}]\`), which keeps a reason and an expiry.`;
    const example = info.example;
    const text = [
        `${info.title}.`,
        plain(info.description),
        `How to fix: ${plain(howToFix)}`,
        ...(example ? [`Example, flagged:\n${example.flagged}`, `Fixed:\n${example.fixed}`] : [])
    ].join('\n\n');
    const markdown = [
        `**${info.title}**`,
        info.description,
        `**How to fix.** ${howToFix}`,
        ...(example
            ? [
                'Flagged:',
                fence(example.flagged, example.language),
                'Fixed:',
                fence(example.fixed, example.language)
            ]
            : [])
    ].join('\n\n');
    return { name: pascalName(info.title), fullDescription: plain(info.description), help: { text, markdown } };
}
/** Markdown to text for plain-text fields: code spans and emphasis lose their markers. */
function plain(markdown) {
    return markdown.replace(/`([^`]*)`/g, '$1').replace(/\*\*([^*]*)\*\*/g, '$1');
}
function fence(code, language) {
    const ticks = '`'.repeat(Math.max(3, ...[...code.matchAll(/`+/g)].map(m => m[0].length + 1)));
    return `${ticks}${language}\n${code}\n${ticks}`;
}
/**
 * `Pin versions in apt-get install.` → `PinVersionsInAptGetInstall`: each word capitalised, the rest
 * lower case (SARIF's friendly-name pattern: `^(\p{Lu}[\p{Ll}\p{Nd}]+)*$`); a number joins the word
 * before it and a one-letter word is left out.
 */
function pascalName(title) {
    let name = '';
    for (const word of title.split(/[^A-Za-z0-9]+/).filter(Boolean)) {
        const lower = word.toLowerCase();
        if (/^[a-z]/.test(lower) && lower.length > 1)
            name += lower[0].toUpperCase() + lower.slice(1);
        else if (/^\d/.test(lower) && name !== '')
            name += lower;
    }
    return name;
}

// EXTERNAL MODULE: ./src/report/common.ts
var report_common = __webpack_require__(84069);
;// CONCATENATED MODULE: ./src/util/hash.ts
/**
 * A 64-bit string hash (two multiply-xorshift lanes, after bryc's cyrb53). Not cryptographic: it only
 * has to be deterministic and tell results apart, and it is ten times cheaper than sha256 at 25,000.
 */
function hash64(text) {
    return hash64Fields([text]);
}
/** `hash64(fields.join('\u0000'))`, without building the joined string. */
function hash64Fields(fields) {
    let h1 = 0xdeadbeef;
    let h2 = 0x41c6ce57;
    for (let f = 0; f < fields.length; f++) {
        if (f > 0) {
            h1 = Math.imul(h1, 2654435761); // the separator: a NUL, c = 0
            h2 = Math.imul(h2, 1597334677);
        }
        const text = fields[f];
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            h1 = Math.imul(h1 ^ c, 2654435761);
            h2 = Math.imul(h2 ^ c, 1597334677);
        }
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

;// CONCATENATED MODULE: ./src/model/identity.ts

/**
 * A finding's stable identity across runs, the key that SARIF fingerprints, JSON reports, base
 * comparison and aggregation share. It leaves out what changes on every build or scanner update: the
 * image's tag and digest (`repositoryOf` reduces a reference to its repository), the package version and
 * the message text. Two findings with the same rule, place, image repository and package are one.
 */
function findingFingerprint(finding, repositoryOf) {
    const line = finding.location?.line;
    return hash64Fields([
        finding.rule,
        finding.location?.file ?? '',
        line === undefined ? '' : String(line),
        finding.image ? repositoryOf(finding.image) : '',
        finding.package?.name ?? '',
        finding.package?.type ?? ''
    ]);
}

;// CONCATENATED MODULE: ./src/image/repository.ts

/**
 * The repository part of an image reference: `ghcr.io/acme/app:1.2@sha256:…` → `ghcr.io/acme/app`,
 * normalized as docker does (`alpine` → `docker.io/library/alpine`). Tags and digests change every
 * build; the repository names what a finding is about over time. Unparseable text is kept as is.
 */
function repository_imageRepository(ref) {
    const parsed = (0,image_reference/* tryParseImageReference */.tj)(ref.trim());
    return parsed.ok ? (0,image_reference/* describeRegistryPath */.iq)(parsed.reference) : ref.trim();
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
    const uriOf = memo((file) => fileUri((0,report_common/* isWorkspacePath */.P9)(file) ? prefix + file : file));
    const imageUriOf = memo((image) => fileUri(`image/${repoOf(image)}`));
    const atLineOne = (file) => ({
        physicalLocation: { artifactLocation: { uri: uriOf(file) }, region: { startLine: 1 } }
    });
    const policy = policyFile(result);
    const [dockerfile] = result.dockerfiles.filter(report_common/* isWorkspacePath */.P9);
    const builtFrom = result.dockerfiles.length === 1 && result.images.length <= 1 ? dockerfile : undefined;
    // Neither file nor image: the policy that judged it, any Dockerfile, or a name for the tool itself.
    const fallback = policy ?? dockerfile ?? model_rule/* TOOL_NAME */.lH;
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
                artifactLocation: { uri: imageUriOf(image) },
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
    return source !== BUILTIN_POLICY_LABEL && (0,report_common/* isWorkspacePath */.P9)(source) ? source : undefined;
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

;// CONCATENATED MODULE: ./src/report/json-report.ts





/** Bump when a field is removed or changes meaning; schemas/report.schema.json follows it. */
const REPORT_SCHEMA_VERSION = 1;
/** The machine-readable report: every finding, suppressed ones included, in the result's order. */
function buildJsonReport(result) {
    const toJson = jsonFinding();
    return { ...reportHead(result), findings: result.findings.map(f => toJson(f)) };
}
/** Everything but the findings, in the report's field order (findings come last). */
function reportHead(result) {
    return {
        schemaVersion: REPORT_SCHEMA_VERSION,
        tool: { name: model_rule/* TOOL_NAME */.lH, version: result.toolVersion },
        verdict: result.verdict,
        reasons: [...result.reasons],
        mode: result.mode,
        policy: {
            source: result.policySource,
            ...(result.policyProvenance
                ? { documents: result.policyProvenance.documents, sources: result.policyProvenance.sources }
                : {})
        },
        startedAt: result.startedAt,
        durationMs: result.durationMs,
        counts: { ...result.counts },
        blockingCount: result.blockingCount,
        suppressedCount: result.suppressedCount,
        images: [...result.images],
        imageSummaries: result.imageSummaries.map(s => ({ ...s, counts: { ...s.counts } })),
        ...(result.imageDetails ? { imageDetails: result.imageDetails.map(copyImageDetail) } : {}),
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
        })
    };
}
function copyImageDetail(d) {
    const out = { image: d.image };
    if (d.digest !== undefined)
        out.digest = d.digest;
    if (d.manifestDigest !== undefined)
        out.manifestDigest = d.manifestDigest;
    if (d.platform !== undefined)
        out.platform = d.platform;
    if (d.signature) {
        const { status, summary, verifiedBy } = d.signature;
        out.signature = {
            status,
            summary,
            verifiedBy: verifiedBy.map(a => ({
                authority: a.authority,
                format: a.format,
                source: a.source,
                signer: a.signer,
                ...(a.tlog !== undefined ? { tlog: a.tlog } : {})
            }))
        };
    }
    return out;
}
/** A converter for one report: image repositories are parsed once per image, not once per finding. */
function jsonFinding() {
    const repoOf = memo(repository_imageRepository);
    return f => toJsonFinding(f, findingFingerprint(f, repoOf));
}
// Fields are copied one by one so that whatever else a finding object carries never leaks into the report.
function toJsonFinding(f, fingerprint) {
    const out = {
        fingerprint,
        check: f.check,
        rule: f.rule,
        severity: f.severity,
        blocking: f.blocking,
        message: f.message
    };
    if (f.location)
        out.location = (0,report_common/* copyLocation */.NB)(f.location);
    if (f.image !== undefined)
        out.image = f.image;
    if (f.package)
        out.package = (0,report_common/* copyPackage */.Wo)(f.package);
    if (f.helpUri !== undefined)
        out.helpUri = f.helpUri;
    if (f.aliases?.length)
        out.aliases = [...f.aliases];
    if (f.suppressedBy)
        out.suppressedBy = (0,report_common/* copySuppression */.re)(f.suppressedBy);
    if (f.vulnerability) {
        if (f.package?.version !== undefined)
            out.installedVersion = f.package.version;
        if (f.package?.fixedVersion !== undefined)
            out.fixedVersion = f.package.fixedVersion;
        out.foundBy = [...f.vulnerability.foundBy];
        out.vulnerability = (0,report_common/* copyVulnerability */.IO)(f.vulnerability);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/report/sarif-limits.ts

/**
 * GitHub code scanning rejects the whole upload past these, and of an accepted run it stores only
 * `storedResultsPerRun` results, picked by its own rules (docs: "SARIF results exceed limit").
 */
const SARIF_LIMITS = {
    runs: 20,
    resultsPerRun: 25_000,
    storedResultsPerRun: 5_000,
    locationsPerResult: 1_000
};
/** The cap actually applied: the asked one, within 1 and GitHub's hard limit. */
function sarifResultCap(maxResults) {
    if (maxResults === undefined || Number.isNaN(maxResults))
        return SARIF_LIMITS.storedResultsPerRun;
    return Math.max(1, Math.min(SARIF_LIMITS.resultsPerRun, Math.floor(maxResults)));
}
/** What the SARIF log leaves out of `findings` under the cap, in words; undefined when it has them all. */
function sarifCapNote(findings, maxResults) {
    const cap = sarifResultCap(maxResults);
    if (findings <= cap)
        return undefined;
    const why = cap === SARIF_LIMITS.resultsPerRun
        ? `GitHub code scanning rejects a run of more than ${(0,util_text/* formatCount */.B4)(cap)} results`
        : cap === SARIF_LIMITS.storedResultsPerRun
            ? `GitHub code scanning stores at most ${(0,util_text/* formatCount */.B4)(cap)} results per run (sarif-max-results)`
            : `sarif-max-results is ${(0,util_text/* formatCount */.B4)(cap)}`;
    return (`The SARIF log has the ${(0,util_text/* formatCount */.B4)(cap)} most severe of ${(0,util_text/* formatCount */.B4)(findings)} findings, blocking ` +
        `ones first, as ${why}; ${(0,util_text/* formatCount */.B4)(findings - cap)} were left out. The JSON report has all of them.`);
}

;// CONCATENATED MODULE: ./src/report/sarif-rules.ts



/** The `tool.driver.rules` of a SARIF log: one per rule id, with its level, severity and help. */
/** GitHub maps these to its critical/high/medium/low bands (>= 9.0, 7.0-8.9, 4.0-6.9, 0.1-3.9). */
const SECURITY_SEVERITY = {
    critical: '9.5',
    high: '8.0',
    medium: '5.5',
    low: '3.0',
    info: '0.0'
};
const MAX_TEXT = 1024;
/**
 * One rule per rule id, in first-seen order, finished from all of its findings; `indexOf[i]` is the
 * rule index of `findings[i]`.
 */
function collectRules(findings, describe) {
    const rules = new Map();
    const indexOf = new Int32Array(findings.length);
    for (let i = 0; i < findings.length; i++) {
        const finding = findings[i];
        let entry = rules.get(finding.rule);
        if (!entry) {
            entry = {
                index: rules.size,
                rule: newRule(finding, describe(finding)),
                check: finding.check,
                severity: finding.severity,
                message: finding.message,
                messagesDiffer: false
            };
            rules.set(finding.rule, entry);
        }
        if ((0,model_severity/* severityRank */.qs)(finding.severity) > (0,model_severity/* severityRank */.qs)(entry.severity))
            entry.severity = finding.severity;
        // One differing message is enough to know the first one does not describe the rule.
        if (finding.message !== entry.message)
            entry.messagesDiffer = true;
        indexOf[i] = entry.index;
    }
    const entries = [...rules.values()];
    for (const entry of entries)
        finishRule(entry);
    return { entries, indexOf };
}
function newRule(finding, docs) {
    // Every rule gets a name, a full description and help: code scanning's rule panel shows them, and
    // rules without them fail the SARIF validator's rule-properties check.
    const fallback = `${finding.rule} is reported by the ${finding.check} check; see the rule's documentation.`;
    const rule = {
        id: finding.rule,
        name: docs?.name ?? fallbackName(finding.check),
        shortDescription: { text: '' },
        fullDescription: { text: clip(docs?.fullDescription ?? fallback) },
        help: docs ? { text: docs.help.text, markdown: docs.help.markdown } : fallbackHelp(fallback),
        defaultConfiguration: { level: 'note' },
        properties: { 'security-severity': '0.0', tags: ['security', finding.check] }
    };
    const helpUri = httpUri(finding.helpUri) ?? (0,model_rule/* defaultHelpUri */.te)(finding.rule) ?? docs?.helpUri;
    if (helpUri)
        rule.helpUri = helpUri;
    return rule;
}
function fallbackHelp(what) {
    const fix = "follow the rule's documentation (its link), or add a policy exception with a reason if the finding is accepted.";
    return {
        text: `${what} How to fix: ${fix}`,
        markdown: `${what}\n\n**How to fix.** ${fix[0].toUpperCase()}${fix.slice(1)}`
    };
}
/** `vulnerabilities` → `VulnerabilitiesFinding`: a PascalCase name when the catalogue has none. */
function fallbackName(check) {
    return `${check.charAt(0).toUpperCase()}${check
        .slice(1)
        .toLowerCase()
        .replace(/[^a-z0-9]/g, '')}Finding`;
}
function finishRule({ rule, check, severity, message, messagesDiffer }) {
    // A scanner's message usually is the rule's description; when findings differ, name rule and check.
    rule.shortDescription.text = clip(!messagesDiffer && message ? message : `${rule.id} (${check})`);
    rule.defaultConfiguration.level =
        (0,model_severity/* severityRank */.qs)(severity) >= (0,model_severity/* severityRank */.qs)('high') ? 'error' : levelFor(severity);
    rule.properties['security-severity'] = SECURITY_SEVERITY[severity];
}
function levelFor(severity) {
    return (0,model_severity/* severityRank */.qs)(severity) >= (0,model_severity/* severityRank */.qs)('medium') ? 'warning' : 'note';
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
function clip(text) {
    return (0,untrusted/* truncate */.xv)(text, MAX_TEXT);
}

;// CONCATENATED MODULE: ./src/report/sarif.ts








const FINGERPRINT_KEY = 'imagegateFinding/v1';
/**
 * One SARIF 2.1.0 run for GitHub code scanning. Over the result cap the most severe results are kept
 * (blocking, then unsuppressed, then suppressed; severity within each) and a notification says so.
 * A cap above GitHub's hard limit is lowered to it: past that, the whole upload would be rejected.
 */
function buildSarif(result, options = {}) {
    const max = sarifResultCap(options.maxResults);
    const ranked = (0,report_common/* rankFindings */.JM)(result.findings);
    const kept = ranked.length > max ? ranked.slice(0, max) : ranked;
    const rules = collectRules(kept, options.describeRule ?? (() => undefined));
    const repoOf = memo(repository_imageRepository);
    const locate = makeLocator(result, options.pathPrefix ?? '', repoOf);
    const invocation = {
        executionSuccessful: !result.checks.some(c => c.status === 'error'),
        toolExecutionNotifications: notifications(result, ranked.length, max)
    };
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: model_rule/* TOOL_NAME */.lH,
                        version: result.toolVersion,
                        informationUri: model_rule/* TOOL_HOME */.tN,
                        rules: rules.entries.map(e => e.rule)
                    }
                },
                invocations: [invocation],
                results: kept.map((finding, i) => toResult(finding, rules.indexOf[i], locate, repoOf)),
                // Per-image totals, for tools that read the log rather than the JSON report.
                properties: { imageSummaries: result.imageSummaries }
            }
        ]
    };
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
        partialFingerprints: { [FINGERPRINT_KEY]: findingFingerprint(finding, repoOf) },
        properties: { check: finding.check, severity: finding.severity, blocking: finding.blocking }
    };
    if (finding.image)
        out.properties.image = finding.image;
    if (finding.aliases?.length)
        out.properties.aliases = [...finding.aliases];
    if (finding.package)
        out.properties.package = (0,report_common/* copyPackage */.Wo)(finding.package);
    if (finding.vulnerability) {
        out.properties.foundBy = finding.vulnerability.foundBy;
        if (finding.vulnerability.cvss !== undefined)
            out.properties.cvss = finding.vulnerability.cvss;
    }
    if (finding.suppressedBy) {
        const { id, reason, expires } = finding.suppressedBy;
        const until = expires ? `, expires ${expires}` : '';
        out.suppressions = [{ kind: 'external', justification: clip(`${reason} (exception ${id}${until})`) }];
    }
    return out;
}
function notifications(result, total, maxResults) {
    const out = [];
    const capNote = sarifCapNote(total, maxResults);
    if (capNote)
        out.push({ level: 'warning', message: { text: capNote } });
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
/** SARIF reads `[text](target)` in a plain-text message as an embedded link, so brackets are escaped. */
function messageText(text) {
    const short = clip(text);
    return short.includes('[') || short.includes(']') ? short.replace(/[[\]]/g, '\\$&') : short;
}

;// CONCATENATED MODULE: ./src/publish/safe-write.ts





// O_NOFOLLOW is absent on Windows, where a link needs privileges to create; 0 keeps open() working there.
const CREATE_NEW = external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | (external_node_fs_.constants.O_NOFOLLOW ?? 0);
/**
 * Writes `pieces` to `given` (resolved against `baseDirectory`) through a temporary file in the same folder and a rename, so a reader never
 * sees half a report and a link planted at `file` is refused rather than followed. Every folder between
 * the root and the file is checked with lstat. Problems are the user's to fix: a ConfigError naming
 * the input (`report-json`, `sarif`) and the reason.
 */
function writeReportSafely(input, given, baseDirectory, pieces, rules) {
    const file = external_node_path_.resolve(baseDirectory, given);
    const fail = (reason) => {
        throw new src_errors/* ConfigError */.xL(`${input}: cannot write ${file}: ${reason}`);
    };
    // The outermost root holding the file, so every folder a pull request could have planted is checked.
    const root = [...rules.roots].sort((a, b) => a.length - b.length).find(r => (0,paths/* isInside */.F)(r, file));
    if (root === undefined && !(rules.absoluteAnywhere && external_node_path_.isAbsolute(given))) {
        fail(`it is outside the working directory and the runner's temp folder (${rules.roots.join(', ')}); ` +
            'choose a path inside one of them');
    }
    makeFolders(root, external_node_path_.dirname(file), fail);
    refuseLink(file, fail);
    refuseInput(file, rules.inputs, fail);
    const temp = external_node_path_.join(external_node_path_.dirname(file), `.${external_node_path_.basename(file)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(temp, CREATE_NEW, 0o644);
        for (const piece of pieces)
            writeAll(fd, piece);
        writeAll(fd, '\n');
        (0,external_node_fs_.closeSync)(fd);
        fd = undefined;
        // Checked again just before the rename: a link planted while we wrote is still refused.
        refuseLink(file, fail);
        (0,external_node_fs_.renameSync)(temp, file);
    }
    catch (error) {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
        (0,external_node_fs_.rmSync)(temp, { force: true });
        if (error instanceof src_errors/* ConfigError */.xL)
            throw error;
        fail((0,src_errors/* errorMessage */.gJ)(error));
    }
    return file;
}
/** Creates the folders below `root` one at a time, refusing any that is a link (or not a folder). */
function makeFolders(root, folder, fail) {
    if (root === undefined) {
        // An absolute path the user typed: the folders above it are theirs to vouch for.
        try {
            (0,external_node_fs_.mkdirSync)(folder, { recursive: true });
        }
        catch (error) {
            fail((0,src_errors/* errorMessage */.gJ)(error));
        }
        return;
    }
    let current = root;
    for (const segment of external_node_path_.relative(root, folder).split(external_node_path_.sep).filter(Boolean)) {
        current = external_node_path_.join(current, segment);
        const kind = kindOf(current, fail);
        if (kind === 'link')
            fail(`${current} is a symbolic link; reports are never written through links`);
        if (kind === 'other')
            fail(`${current} is not a folder`);
        if (kind === 'missing') {
            try {
                (0,external_node_fs_.mkdirSync)(current);
            }
            catch (error) {
                fail((0,src_errors/* errorMessage */.gJ)(error));
            }
        }
    }
}
function refuseLink(file, fail) {
    if (kindOf(file, fail) === 'link')
        fail('it is a symbolic link; reports are never written through links');
}
/** Compared by real path, so `./Dockerfile`, `sub/../Dockerfile` and a linked parent all count. */
function refuseInput(file, inputs, fail) {
    const target = external_node_path_.join((0,external_node_fs_.realpathSync)(external_node_path_.dirname(file)), external_node_path_.basename(file));
    for (const input of inputs) {
        if (realOrSelf(input) === target) {
            fail(`it is an input of this run (${input}); choose another path for the report`);
        }
    }
}
function realOrSelf(file) {
    try {
        return (0,external_node_fs_.realpathSync)(file);
    }
    catch {
        return external_node_path_.resolve(file);
    }
}
function kindOf(file, fail) {
    try {
        const stats = (0,external_node_fs_.lstatSync)(file);
        return stats.isSymbolicLink() ? 'link' : stats.isDirectory() ? 'folder' : 'other';
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return 'missing';
        return fail((0,src_errors/* errorMessage */.gJ)(error));
    }
}
function writeAll(fd, text) {
    // One write of the whole piece, encoded on the way; a short write (full disk, signal) goes on
    // from a Buffer of the same text.
    let written = (0,external_node_fs_.writeSync)(fd, text);
    const length = Buffer.byteLength(text);
    if (written < length) {
        const bytes = Buffer.from(text);
        while (written < length)
            written += (0,external_node_fs_.writeSync)(fd, bytes, written);
    }
}

;// CONCATENATED MODULE: ./src/publish/files.ts










/** Writes the JSON report and SARIF where asked, under `rules`; returns the absolute paths written. */
function writeReportFiles(result, paths, baseDirectory, rules, sarif = {}) {
    const written = {};
    // Compact JSON: these files are for machines (code scanning, jq), and with 40,000 findings indentation
    // nearly doubles their size, which counts against GitHub's SARIF limit.
    const write = (input, given, value) => writeReportSafely(input, given, baseDirectory, [JSON.stringify(value)], rules);
    if (paths.reportJson)
        written.reportJson = write('report-json', paths.reportJson, buildJsonReport(result));
    if (paths.sarif) {
        const log = buildSarif(result, { describeRule: findingRuleDocs, ...sarif });
        written.sarif = write('sarif', paths.sarif, log);
        written.sarifNote = sarifCapNote(result.findings.length, sarif.maxResults);
    }
    return written;
}
/** The files a run reads, which a report path must never name: Dockerfiles, the policy, ignore files. */
function inputFiles(result, workingDirectory) {
    const relative = [...result.dockerfiles, ...ignore_load/* IGNORE_FILES */.h, ...HADOLINT_CONFIG_NAMES];
    if (result.policySource !== BUILTIN_POLICY_LABEL)
        relative.push(result.policySource);
    return relative.map(file => external_node_path_.resolve(workingDirectory, file));
}
/** `sub/dir/` for a working directory below `root`, '' for the root itself. */
function relativePrefix(root, workingDirectory) {
    const relative = (0,paths/* posixRelative */.q)(root, workingDirectory);
    return relative === '' ? '' : `${relative}/`;
}

;// CONCATENATED MODULE: ./src/report/image-details.ts

const SIGNATURE_LABEL = {
    verified: '✅ verified',
    'not-verified': '❌ not verified',
    error: '⚠️ not checkable'
};
/** Which digest each image was checked and scanned at, and whether its signature verified (and by whom). */
function renderImageDetails(details) {
    if (details.length === 0)
        return [];
    const header = '| Image | Digest | Signature |\n| :-- | :-- | :-- |';
    const rows = details.slice(0, 20).map(d => {
        const digest = d.digest ? (0,untrusted/* codeSpan */.SS)(d.digest, { table: true }) : 'not resolved';
        const platform = d.platform ? ` (${(0,untrusted/* escapeMarkdownInline */.E4)(d.platform, 40)})` : '';
        const signature = d.signature
            ? `${SIGNATURE_LABEL[d.signature.status]}: ${(0,untrusted/* escapeMarkdownInline */.E4)(signatureText(d.signature), 200)}`
            : 'not checked';
        return `| ${(0,untrusted/* codeSpan */.SS)(d.image, { table: true, maxLength: 120 })} | ${digest}${platform} | ${signature} |`;
    });
    const more = details.length > 20 ? `\n\n${details.length - 20} more images in the JSON report.` : '';
    return [`### Images\n\n${header}\n${rows.join('\n')}${more}`];
}
function signatureText(signature) {
    const by = signature.verifiedBy[0];
    if (signature.status !== 'verified' || by === undefined)
        return signature.summary;
    const tlog = by.tlog ? `, ${by.tlog}` : '';
    return `${by.format} signature, ${by.authority} (${by.signer}${tlog})`;
}

;// CONCATENATED MODULE: ./src/report/annotations.ts




const MAX_ANNOTATIONS_PER_LEVEL = 10;
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
    const title = `${TOOL_NAME} ${shortLine(ruleLabel(finding))} (${finding.severity})`;
    // Cut before the image and place are added, so a huge message never pushes them out.
    let message = shortLine(finding.message, MAX_LOG_MESSAGE_LENGTH);
    const image = finding.image === undefined ? '' : shortLine(finding.image);
    if (image && !message.includes(image))
        message += ` (image: ${image})`;
    const location = finding.location;
    // Only files inside the workspace can carry an annotation; others keep their place in the text.
    if (!location || !isWorkspacePath(location.file)) {
        if (location)
            message += ` (at ${locationLabel({ ...location, file: shortLine(location.file) })})`;
        return { level, title, message };
    }
    const annotation = {
        level,
        title,
        message,
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

;// CONCATENATED MODULE: ./src/report/markdown-parts.ts



const VERDICT_ICON = { pass: '✅', warn: '⚠️', fail: '❌' };
const STATUS_LABEL = {
    passed: '✅ passed',
    failed: '❌ failed',
    skipped: '⏭️ skipped',
    error: '💥 error'
};
const markdown_parts_SEVERITY_ICON = {
    critical: '🔴',
    high: '🟠',
    medium: '🟡',
    low: '🔵',
    info: '⚪'
};
const markdown_parts_FINDINGS_HEADER = '| Severity | Rule | What | Where |\n| :-- | :-- | :-- | :-- |';
const SUPPRESSED_HEADER = '| Rule | Where | Exception | Reason | Expires |\n| :-- | :-- | :-- | :-- | :-- |';
function markdown_parts_findingRow(f, links) {
    const severity = `${markdown_parts_SEVERITY_ICON[f.severity]} ${f.blocking ? `**${f.severity}** · blocking` : f.severity}`;
    return `| ${severity} | ${ruleCell(f)} | ${(0,untrusted/* escapeMarkdownInline */.E4)(f.message, 200)} | ${whereCell(f, links)} |`;
}
function suppressedRow(f, links) {
    const by = f.suppressedBy;
    const expires = by?.expires ? (0,untrusted/* escapeMarkdownInline */.E4)(by.expires, 40) : '—';
    return (`| ${ruleCell(f)} | ${whereCell(f, links)} | ${(0,untrusted/* codeSpan */.SS)(by?.id ?? '', { table: true, maxLength: 80 })} | ` +
        `${(0,untrusted/* escapeMarkdownInline */.E4)(by?.reason ?? '', 200)} | ${expires} |`);
}
function ruleCell(f) {
    const text = (0,untrusted/* escapeMarkdownInline */.E4)((0,report_common/* ruleLabel */.Do)(f), 120);
    const uri = f.helpUri ?? (0,model_rule/* defaultHelpUri */.te)(f.rule);
    const href = uri === undefined ? undefined : safeHref(uri);
    return href ? `[${text}](${href})` : text;
}
function whereCell(f, links) {
    const parts = [];
    if (f.location)
        parts.push(locationCell(f.location, links));
    else if (f.image)
        parts.push((0,untrusted/* codeSpan */.SS)(f.image, { table: true, maxLength: 160 }));
    if (f.package) {
        const { name, version, fixedVersion } = f.package;
        const pkg = (0,untrusted/* codeSpan */.SS)(version ? `${name}@${version}` : name, { table: true, maxLength: 120 });
        parts.push(fixedVersion ? `${pkg} → ${(0,untrusted/* codeSpan */.SS)(fixedVersion, { table: true, maxLength: 60 })}` : pkg);
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
/** The file and line as a code span, linked to those lines at the checked commit when it can be. */
function locationCell(location, links) {
    const label = (0,untrusted/* codeSpan */.SS)((0,report_common/* locationLabel */.GE)(location), { table: true, maxLength: 160 });
    if (!links || !(0,report_common/* isWorkspacePath */.P9)(location.file))
        return label;
    const file = (links.pathPrefix + location.file).split('/').map(encodeURIComponent).join('/');
    const lines = location.line === undefined
        ? ''
        : location.endLine !== undefined && location.endLine > location.line
            ? `#L${location.line}-L${location.endLine}`
            : `#L${location.line}`;
    const href = safeHref(`${links.repositoryUrl}/blob/${encodeURIComponent(links.sha)}/${file}${lines}`);
    return href ? `[${label}](${href})` : label;
}
/** Counts UTF-8 bytes: never less than the UTF-16 length, so it bounds the comment cap in characters too. */
class markdown_parts_Budget {
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
function markdown_parts_fillRows(budget, findings, max, row) {
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
function markdown_parts_capLength(markdown, limit, marker = '\n\n_… summary truncated; the JSON report has everything._\n') {
    if (Buffer.byteLength(markdown, 'utf8') <= limit)
        return markdown;
    const room = limit - Buffer.byteLength(marker, 'utf8');
    let cut = markdown.slice(0, Math.max(0, room));
    // Shrink in proportion to the byte overshoot: a few rounds even for multi-byte text.
    for (let bytes = Buffer.byteLength(cut, 'utf8'); bytes > room && cut; bytes = Buffer.byteLength(cut, 'utf8')) {
        cut = cut.slice(0, Math.max(0, Math.floor((cut.length * room) / bytes) - 1));
    }
    const lineEnd = cut.lastIndexOf('\n');
    return `${lineEnd > 0 ? cut.slice(0, lineEnd) : cut}${marker}`;
}

;// CONCATENATED MODULE: ./src/report/comment-parts.ts





const SNIPPET_MAX_ENTRIES = 10;
const EXPIRY_DAYS = 30;
const comment_parts_DAY_MS = (/* unused pure expression or super */ null && (24 * 60 * 60 * 1000));
/**
 * An image's findings and the ones about no gated image, which every image comment shows: Dockerfile lint,
 * the policy, and pinning findings on `FROM` lines (those name their base image, which is not a gated one).
 */
function comment_parts_scopeToImage(findings, image, gatedImages) {
    const others = new Set(gatedImages.filter(gated => gated !== image));
    return findings.filter(f => f.image === undefined || !others.has(f.image));
}
/** One row for the image: digest, signature, pinning and vulnerability counts, read in one glance. */
function comment_parts_imageStatusTable(result, image) {
    const summary = result.imageSummaries.find(s => s.image === image);
    const severities = SEVERITIES.map(s => `${SEVERITY_ICON[s]} ${s}`).join(' | ');
    const header = `| Image | Digest | Signature | Pinning | ${severities} | Blocking |\n` +
        `| :-- | :-- | :-- | :-- | ${SEVERITIES.map(() => '--:').join(' | ')} | --: |`;
    const counts = SEVERITIES.map(s => (summary ? String(summary.counts[s]) : '—')).join(' | ');
    const blocking = summary ? String(summary.blockingCount) : '—';
    const cells = [
        codeSpan(image, { table: true, maxLength: 120 }),
        digestCell(result, image),
        checkCell(result, image, 'signatures', '✅ verified'),
        checkCell(result, image, 'pinning', '✅ pinned')
    ];
    return `${header}\n| ${cells.join(' | ')} | ${counts} | ${blocking} |`;
}
function digestCell(result, image) {
    const parsed = tryParseImageReference(image);
    const pinned = parsed.ok ? parsed.reference.digest : undefined;
    const resolved = result.imageDetails?.find(d => d.image === image)?.digest;
    const digest = pinned ?? resolved;
    if (!digest)
        return 'not pinned';
    // The first 12 hex digits name an image the way `docker images` does; the full one is in the reports.
    const short = codeSpan(digest.slice(0, 'sha256:'.length + 12), { table: true });
    return pinned ? short : `${short} (tag, not pinned)`;
}
/** `not checked` until a check about this image ran; signatures say per image whether they verified. */
function checkCell(result, image, check, ok) {
    const summary = result.checks.find(c => c.id === check);
    if (!summary || summary.status === 'skipped')
        return 'not checked';
    const signature = check === 'signatures' ? result.imageDetails?.find(d => d.image === image)?.signature : undefined;
    if (signature?.status === 'error' || summary.status === 'error')
        return '💥 could not check';
    if (check === 'signatures' && result.imageDetails !== undefined && signature === undefined)
        return 'not checked';
    if (signature?.status === 'verified')
        return ok;
    const rules = new Set(result.findings.filter(f => f.check === check && f.image === image && !f.suppressedBy).map(f => f.rule));
    if (rules.size === 0)
        return signature?.status === 'not-verified' ? '⚠️ not verified' : ok;
    return `⚠️ ${[...rules].map(rule => codeSpan(rule, { table: true, maxLength: 40 })).join(', ')}`;
}
/**
 * A policy `exceptions:` block excusing the blocking findings, ready to paste: id, package, the image's
 * repository (so the entry survives new tags), a reason to fill in and an expiry 30 days out. Values are
 * YAML double-quoted strings, and the fence is longer than any backtick run, so nothing escapes the block.
 */
function comment_parts_exceptionSnippet(blocking, now) {
    const seen = new Set();
    const entries = [];
    const expires = new Date(now.getTime() + EXPIRY_DAYS * comment_parts_DAY_MS).toISOString().slice(0, 10);
    for (const f of blocking) {
        if (f.check === 'policy')
            continue; // an expired exception is renewed in place, not added again
        const key = `${f.rule}\u0000${f.package?.name ?? ''}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        if (entries.length >= SNIPPET_MAX_ENTRIES)
            break;
        const lines = [`  - id: ${yamlString(f.rule)}`];
        if (f.package)
            lines.push(`    package: ${yamlString(f.package.name)}`);
        if (f.image !== undefined)
            lines.push(`    image: ${yamlString(imageRepository(f.image))}`);
        lines.push(`    reason: "TODO: why this is acceptable, and who decided"`, `    expires: ${expires}`);
        entries.push(lines.join('\n'));
    }
    if (entries.length === 0)
        return '';
    const yaml = `exceptions:\n${entries.join('\n')}`;
    let longest = 2;
    for (const run of yaml.match(/`+/g) ?? [])
        longest = Math.max(longest, run.length);
    const fence = '`'.repeat(longest + 1);
    const more = seen.size > entries.length ? ` (the first ${entries.length})` : '';
    return (`<details><summary>Excuse a blocking finding${more}: add to the policy's <code>exceptions:</code></summary>\n\n` +
        `${fence}yaml\n${yaml}\n${fence}\n\n</details>`);
}

;// CONCATENATED MODULE: ./src/report/markdown.ts









/** GitHub rejects a step summary over 1 MiB; stay below it with room for other writers. */
const SUMMARY_MAX_BYTES = 1024 * 1024 - 16 * 1024;
const COMMENT_MAX_CHARS = 65_536;
const DEFAULT_MAX_FINDINGS = 50;
const CHECKS_HEADER = '| Check | Status | Required | Findings | Blocking | Duration |\n| :-- | :-- | :-: | --: | --: | --: |';
// Room kept for the notes written after the tables are filled.
const NOTES_RESERVE = 2048;
/** The job summary: verdict and reasons, checks, counts, top findings, exceptions. All text escaped. */
function renderSummaryMarkdown(result, options = {}) {
    const maxRows = options.maxFindings ?? DEFAULT_MAX_FINDINGS;
    const limit = Math.min(options.maxChars ?? Infinity, SUMMARY_MAX_BYTES);
    const budget = new markdown_parts_Budget(limit - NOTES_RESERVE);
    const ranked = (0,report_common/* rankFindings */.JM)(result.findings);
    const unsuppressed = ranked.filter(f => !f.suppressedBy);
    const suppressed = ranked.filter(f => f.suppressedBy);
    const expired = unsuppressed.filter(f => f.check === 'policy');
    const head = [
        ...renderHead(result),
        ...renderChecks(result.checks),
        renderCounts(result),
        ...renderImageDetails(result.imageDetails ?? []),
        ...renderImages(result.imageSummaries)
    ].join('\n\n');
    budget.take(head);
    const top = markdown_parts_fillRows(budget, unsuppressed, maxRows, f => markdown_parts_findingRow(f, options.links));
    const expiredRows = markdown_parts_fillRows(budget, expired, maxRows, f => markdown_parts_findingRow(f, options.links));
    const suppressedRows = markdown_parts_fillRows(budget, suppressed, maxRows, f => suppressedRow(f, options.links));
    const blocks = [head];
    if (unsuppressed.length > 0) {
        blocks.push(tableBlock('### Top findings', markdown_parts_FINDINGS_HEADER, top));
        const blocking = unsuppressed.filter(f => f.blocking).length;
        const notes = notShownNotes(unsuppressed.length, blocking, top.length, options.omittedAnnotations);
        if (notes.length > 0)
            blocks.push(notes.join('\n'));
    }
    if (expired.length > 0 || suppressed.length > 0)
        blocks.push('### Exceptions');
    if (expired.length > 0) {
        blocks.push(tableBlock('**Expired exceptions** (no longer suppress anything):', markdown_parts_FINDINGS_HEADER, expiredRows));
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
    return markdown_parts_capLength(`${blocks.join('\n\n')}\n`, limit);
}
/**
 * One pull request comment: the same head and finding rows as the summary, scoped to one image, with
 * blocking findings first, the rest collapsed, an exception snippet and a link to the run. The least
 * severe rows are dropped first when the body would pass GitHub's 65,536-character limit.
 */
function renderCommentMarkdown(result, options) {
    const limit = Math.min(options.maxChars ?? COMMENT_MAX_CHARS, COMMENT_MAX_CHARS);
    const scoped = options.image === undefined
        ? result.findings
        : scopeToImage(result.findings, options.image, result.images);
    const ranked = rankFindings(scoped).filter(f => !f.suppressedBy);
    const blocking = ranked.filter(f => f.blocking);
    const others = ranked.filter(f => !f.blocking);
    const runLink = options.runUrl ? `[the run's summary](${options.runUrl})` : "the run's summary";
    const title = options.image === undefined ? '' : ` · ${codeSpan(options.image, { maxLength: 120 })}`;
    const [heading, ...rest] = renderHead(result);
    const head = [
        options.marker,
        `${heading}${title}`,
        ...rest.slice(0, 1),
        ...(options.image === undefined ? [] : [imageStatusTable(result, options.image)])
    ].join('\n\n');
    const snippet = exceptionSnippet(blocking, options.now);
    const footer = `_${escapeMarkdownInline(`${TOOL_NAME} ${result.toolVersion}`)} · full results in ${runLink}._`;
    const budget = new Budget(limit - NOTES_RESERVE);
    budget.take(head);
    budget.take(snippet);
    budget.take(footer);
    const row = (f) => findingRow(f, options.links);
    const blockingRows = fillRows(budget, blocking, Infinity, row);
    const otherRows = fillRows(budget, others, Infinity, row);
    const blocks = [head];
    if (blocking.length === 0)
        blocks.push('No blocking findings.');
    else
        blocks.push(`### Blocking (${blocking.length})\n\n${FINDINGS_HEADER}\n${blockingRows.join('\n')}`);
    if (otherRows.length > 0) {
        const summary = `<summary>Other findings (${others.length})</summary>`;
        blocks.push(`<details>${summary}\n\n${FINDINGS_HEADER}\n${otherRows.join('\n')}\n\n</details>`);
    }
    const missing = blocking.length - blockingRows.length + others.length - otherRows.length;
    if (missing > 0)
        blocks.push(`_${plural(missing, 'more finding')} not shown here; see ${runLink}._`);
    if (snippet)
        blocks.push(snippet);
    blocks.push(footer);
    return capLength(`${blocks.join('\n\n')}\n`, limit, `\n\n_… comment truncated; see ${runLink}._\n`);
}
function renderHead(result) {
    const heading = `## ${VERDICT_ICON[result.verdict]} ${model_rule/* TOOL_NAME */.lH}: ${result.verdict}`;
    const reasons = result.reasons.map(r => `- ${(0,untrusted/* escapeMarkdownInline */.E4)(r, 500)}`).join('\n');
    const meta = [
        `**Mode:** ${result.mode}`,
        `**Policy:** ${(0,untrusted/* codeSpan */.SS)(result.policySource)}`,
        result.images.length > 0 ? `**Images:** ${spanList(result.images)}` : '',
        result.dockerfiles.length > 0 ? `**Dockerfiles:** ${spanList(result.dockerfiles)}` : '',
        `${(0,report_common/* formatDuration */.a3)(result.durationMs)} · ${(0,untrusted/* escapeMarkdownInline */.E4)(`${model_rule/* TOOL_NAME */.lH} ${result.toolVersion}`)}`
    ];
    return [heading, reasons, meta.filter(Boolean).join(' · ')].filter(Boolean);
}
function spanList(items, max = 5) {
    const shown = items.slice(0, max).map(item => (0,untrusted/* codeSpan */.SS)(item, { maxLength: 120 }));
    return items.length > max ? `${shown.join(', ')} and ${items.length - max} more` : shown.join(', ');
}
function renderChecks(checks) {
    if (checks.length === 0)
        return [];
    const rows = checks.map(c => `| ${(0,untrusted/* escapeMarkdownInline */.E4)(c.title, 80)} | ${STATUS_LABEL[c.status]} | ${c.required ? 'yes' : 'no'} | ` +
        `${c.findingCount} | ${c.blockingCount} | ${(0,report_common/* formatDuration */.a3)(c.durationMs)} |`);
    const table = `${CHECKS_HEADER}\n${rows.join('\n')}`;
    const details = checks
        .filter(c => c.detail)
        .map(c => `- **${(0,untrusted/* escapeMarkdownInline */.E4)(c.title, 80)}** (${c.status}): ` +
        (0,untrusted/* escapeMarkdownInline */.E4)(c.detail ?? '', 500));
    return details.length > 0 ? [table, details.join('\n')] : [table];
}
function renderCounts(result) {
    const counts = model_severity/* SEVERITIES */.oC.map(s => `${markdown_parts_SEVERITY_ICON[s]} ${result.counts[s]} ${s}`).join(' · ');
    return `**Findings:** ${counts} — ${result.blockingCount} blocking, ${result.suppressedCount} suppressed`;
}
/** One row per scanned image: reviewers see which image is in trouble before reading any finding. */
function renderImages(summaries) {
    if (summaries.length === 0)
        return [];
    const header = `| Image | ${model_severity/* SEVERITIES */.oC.map(s => `${markdown_parts_SEVERITY_ICON[s]} ${s}`).join(' | ')} | Blocking | Suppressed |\n` +
        `| :-- | ${model_severity/* SEVERITIES */.oC.map(() => '--:').join(' | ')} | --: | --: |`;
    const rows = summaries.map(s => `| ${(0,untrusted/* codeSpan */.SS)(s.image, { table: true, maxLength: 120 })} | ${model_severity/* SEVERITIES */.oC.map(sev => s.counts[sev]).join(' | ')} | ` +
        `${s.blockingCount} | ${s.suppressedCount} |`);
    return [`### Vulnerabilities by image\n\n${header}\n${rows.join('\n')}`];
}
function notShownNotes(total, blocking, shown, omitted) {
    const notes = [];
    if (shown < total) {
        notes.push(`_${(0,util_text/* plural */.LS)(total - shown, 'more finding')} not shown here; the JSON report lists them all._`);
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
        const more = (0,util_text/* plural */.LS)(missing, 'more finding');
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
    return `_${(0,util_text/* plural */.LS)(count, 'more')} not shown; the JSON report lists them all._`;
}

;// CONCATENATED MODULE: ./src/report/text.ts





const DEFAULT_TEXT_MAX_FINDINGS = 200;
const ANSI = {
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
const text_STATUS = {
    passed: ['✔ passed ', 'green'],
    failed: ['✖ failed ', 'red'],
    skipped: ['- skipped', 'dim'],
    error: ['✖ error  ', 'boldRed']
};
/** The CLI report: verdict, reasons, checks, findings grouped by file or image, counts. */
function renderText(result, options) {
    const paint = (style, text) => options.color ? `${ANSI[style][0]}${text}${ANSI[style][1]}` : text;
    const max = options.maxFindings ?? DEFAULT_TEXT_MAX_FINDINGS;
    const lines = [];
    const verdict = paint(VERDICT_STYLE[result.verdict], result.verdict.toUpperCase());
    const source = (0,untrusted/* shortLine */.tl)(result.policySource);
    lines.push(`${paint('bold', `${model_rule/* TOOL_NAME */.lH} ${(0,untrusted/* shortLine */.tl)(result.toolVersion)}`)}: ${verdict} ` +
        paint('dim', `(mode ${result.mode}, policy ${source}, ${(0,report_common/* formatDuration */.a3)(result.durationMs)})`));
    for (const reason of result.reasons)
        lines.push(`  - ${(0,untrusted/* shortLine */.tl)(reason, untrusted/* MAX_LOG_MESSAGE_LENGTH */.$X)}`);
    if (result.checks.length > 0) {
        lines.push('', paint('bold', 'Checks'));
        const width = widest(result.checks.map(c => (0,untrusted/* shortLine */.tl)(c.title)));
        for (const c of result.checks) {
            const [label, style] = text_STATUS[c.status];
            const counts = c.status === 'passed' || c.status === 'failed'
                ? `${(0,util_text/* plural */.LS)(c.findingCount, 'finding')}, ${(0,util_text/* formatCount */.B4)(c.blockingCount)} blocking`
                : (0,untrusted/* shortLine */.tl)(c.detail ?? '', untrusted/* MAX_LOG_MESSAGE_LENGTH */.$X);
            const required = c.required ? 'required' : 'optional';
            lines.push(`  ${paint(style, label)}  ${(0,untrusted/* shortLine */.tl)(c.title).padEnd(width)}  ${required}  ${counts}  ` +
                paint('dim', (0,report_common/* formatDuration */.a3)(c.durationMs)));
            if ((c.status === 'passed' || c.status === 'failed') && c.detail)
                lines.push(`      ${(0,untrusted/* shortLine */.tl)(c.detail, untrusted/* MAX_LOG_MESSAGE_LENGTH */.$X)}`);
        }
    }
    if (result.imageDetails && result.imageDetails.length > 0) {
        lines.push('', paint('bold', 'Images'));
        for (const d of result.imageDetails) {
            const digest = d.digest
                ? ` @ ${d.digest}${d.platform ? ` (${d.platform}: ${d.manifestDigest})` : ''}`
                : '';
            lines.push(`  ${(0,untrusted/* shortLine */.tl)(d.image)}${digest}`);
            if (d.signature) {
                lines.push(`      signature: ${d.signature.status}: ${(0,untrusted/* shortLine */.tl)(d.signature.summary, untrusted/* MAX_LOG_MESSAGE_LENGTH */.$X)}`);
                for (const a of d.signature.verifiedBy) {
                    const tlog = a.tlog ? `, ${a.tlog}` : '';
                    lines.push(`      ${a.format} ${(0,untrusted/* shortLine */.tl)(a.source)} by ${(0,untrusted/* shortLine */.tl)(a.authority)}: ${(0,untrusted/* shortLine */.tl)(a.signer)}${tlog}`);
                }
            }
        }
    }
    const ranked = (0,report_common/* rankFindings */.JM)(result.findings);
    const active = ranked.filter(f => !f.suppressedBy);
    const suppressed = ranked.filter(f => f.suppressedBy);
    if (active.length > 0) {
        lines.push('', paint('bold', 'Findings'));
        lines.push(...renderGroups(active.slice(0, max), paint));
        if (active.length > max) {
            lines.push(paint('dim', `  … ${(0,util_text/* plural */.LS)(active.length - max, 'more finding')}; the JSON report lists all.`));
        }
    }
    if (suppressed.length > 0) {
        lines.push('', paint('bold', `Suppressed by exceptions (${suppressed.length})`));
        for (const f of suppressed.slice(0, max)) {
            const by = f.suppressedBy;
            const expires = by.expires ? `, expires ${(0,untrusted/* shortLine */.tl)(by.expires)}` : '';
            const subject = [f.location ? where(f) : f.image && (0,untrusted/* shortLine */.tl)(f.image), packageLabel(f)]
                .filter(Boolean)
                .join(' ');
            lines.push(`  ${(0,untrusted/* shortLine */.tl)((0,report_common/* ruleLabel */.Do)(f))}  ${subject}  ` +
                paint('dim', `${(0,untrusted/* shortLine */.tl)(by.id)}: ${(0,untrusted/* shortLine */.tl)(by.reason, untrusted/* MAX_LOG_MESSAGE_LENGTH */.$X)}${expires}`));
        }
        if (suppressed.length > max)
            lines.push(paint('dim', `  … ${(0,util_text/* plural */.LS)(suppressed.length - max, 'more')}`));
    }
    const counts = model_severity/* SEVERITIES */.oC.map(s => paint(SEVERITY_STYLE[s], `${(0,util_text/* formatCount */.B4)(result.counts[s])} ${s}`)).join(', ');
    const totals = `${(0,util_text/* formatCount */.B4)(result.blockingCount)} blocking · ${(0,util_text/* formatCount */.B4)(result.suppressedCount)} suppressed`;
    lines.push('', `${counts} · ${totals}`);
    // The CLI may run inside a workflow step, where untrusted text could otherwise issue commands.
    return (0,untrusted/* neutralizeWorkflowCommands */.tW)(`${lines.join('\n')}\n`);
}
/** Groups in order of their most severe finding; one Map pass keeps it linear. */
function renderGroups(findings, paint) {
    // Keyed by the whole name (two long paths that share their first 200 characters stay apart), shown cut.
    const groups = new Map();
    for (const f of findings) {
        const key = f.location ? `file ${f.location.file}` : f.image ? `image ${f.image}` : 'other';
        const group = groups.get(key);
        if (group)
            group.findings.push(f);
        else
            groups.set(key, { title: groupTitle(f), findings: [f] });
    }
    const lines = [];
    for (const { title, findings: group } of groups.values()) {
        lines.push(`  ${paint('bold', title)}`);
        const cells = group.map(f => ({ f, at: where(f), rule: (0,untrusted/* shortLine */.tl)((0,report_common/* ruleLabel */.Do)(f)) }));
        const atWidth = widest(cells.map(c => c.at));
        const ruleWidth = widest(cells.map(c => c.rule));
        for (const { f, at, rule } of cells) {
            const severity = paint(SEVERITY_STYLE[f.severity], f.severity.toUpperCase().padEnd(8));
            const blocking = f.blocking ? `  ${paint('red', '[blocking]')}` : '';
            lines.push(`    ${at.padEnd(atWidth)}  ${severity}  ${rule.padEnd(ruleWidth)}  ${(0,untrusted/* shortLine */.tl)(f.message, untrusted/* MAX_LOG_MESSAGE_LENGTH */.$X)}${blocking}`);
        }
    }
    return lines;
}
function groupTitle(f) {
    if (f.location)
        return (0,untrusted/* shortLine */.tl)(f.location.file);
    return f.image ? `image ${(0,untrusted/* shortLine */.tl)(f.image)}` : 'other';
}
/** `file:line:col`, or for image findings (grouped under their image) the package, or `-`. */
function where(f) {
    if (f.location)
        return (0,report_common/* locationLabel */.GE)({ ...f.location, file: (0,untrusted/* shortLine */.tl)(f.location.file) });
    return packageLabel(f) || '-';
}
/** `name@version → fixed`, each part cut, or '' without a package. */
function packageLabel(f) {
    if (!f.package)
        return '';
    const [name, version, fixed] = [f.package.name, f.package.version, f.package.fixedVersion].map(part => part === undefined ? '' : (0,untrusted/* shortLine */.tl)(part));
    const pkg = version ? `${name}@${version}` : name;
    return fixed ? `${pkg} → ${fixed}` : pkg;
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

;// CONCATENATED MODULE: ./src/inputs/sarif-max-results.ts



/**
 * `sarif-max-results` as a number: a whole number from 1 to GitHub's hard limit, where code scanning
 * would reject the whole upload. `option` names it as the user wrote it (input or CLI flag).
 */
function parseSarifMaxResults(text, option) {
    const trimmed = text.trim();
    const value = /^\d+$/.test(trimmed) ? Number(trimmed) : NaN;
    if (value >= 1 && value <= SARIF_LIMITS.resultsPerRun)
        return value;
    throw new src_errors/* ConfigError */.xL(`${option} must be a whole number from 1 to ${(0,util_text/* formatCount */.B4)(SARIF_LIMITS.resultsPerRun)}, ` +
        `the most results GitHub code scanning accepts per run (got "${text}")`);
}

;// CONCATENATED MODULE: ./src/cli/usage.ts
const EXIT_CODES = 'Exit codes: 0 pass or warn, 1 policy failure, 2 configuration or runtime error.';
const SYNOPSIS = {
    check: `  imagegate check [--policy FILE] [--dockerfile PATH]... [--image REF]...
                  [--report-json FILE] [--sarif FILE] [--sarif-max-results N]
                  [--format text|json|markdown] [--working-directory DIR]
                  [--trivy-version V] [--grype-version V] [--scanner-mirror URL]
                  [--insecure-registry HOST:PORT]... [--refresh-trusted-root]`,
    aggregate: '  imagegate aggregate [--report-json FILE] [--sarif FILE] [--format text|json|markdown] REPORT...',
    policy: `  imagegate policy validate FILE
  imagegate policy explain [FILE]
  imagegate policy schema`,
    'policy validate': '  imagegate policy validate FILE',
    'policy explain': '  imagegate policy explain [FILE]',
    'policy schema': '  imagegate policy schema',
    rules: '  imagegate rules [--format text|json]'
};
const DETAILS = {
    check: `Runs the gate: lint and pin-check Dockerfiles, scan and check images, one verdict.

Options:
  --policy FILE             policy file (default: .github/imagegate.yml or .yaml, else the built-in one)
  --dockerfile PATH         a Dockerfile or glob (repeatable); links out of the working directory are skipped
  --image REF               an image reference to check (repeatable)
  --report-json FILE        write the JSON report; relative paths stay inside the working directory
  --sarif FILE              write the SARIF 2.1.0 log; same rules as --report-json
  --sarif-max-results N     most results in the SARIF log (1 to 25,000)
  --format FORMAT           what stdout gets: text (default), json or markdown
  --working-directory DIR   folder the other paths are relative to (default: .)
  --trivy-version V, --grype-version V, --scanner-mirror URL
                            which scanner to install when none is on PATH, and from where
  --insecure-registry HOST:PORT
                            a registry spoken to over plain HTTP (repeatable); others need TLS
  --refresh-trusted-root    fetch the current Sigstore trusted root over TUF (default: the bundled one)
  -h, --help                this help

Registry credentials come from $DOCKER_CONFIG/config.json or ~/.docker/config.json (docker login),
or IMAGEGATE_REGISTRY_USERNAME and IMAGEGATE_REGISTRY_PASSWORD for the host IMAGEGATE_REGISTRY
(default: the images' registry).
Reports are never written through a symbolic link or over a file the run reads.
${EXIT_CODES}`,
    aggregate: `Merges the JSON reports of several runs (matrix legs, monorepo folders) into one verdict.
REPORT is a path or a glob. A missing or malformed report, or a glob that matches none, fails the
verdict closed (exit 2) and names the file and JSON path; the readable reports are still merged.

Options:
  --report-json FILE        write the merged JSON report (never over a report it reads)
  --sarif FILE              write the merged SARIF 2.1.0 log
  --format FORMAT           what stdout gets: text (default), json or markdown
  -h, --help                this help

${EXIT_CODES}`,
    policy: 'Validates a policy file, explains where each value of the effective policy comes from, or prints the JSON schema.',
    'policy validate': 'Checks FILE as `check` would and names FILE:LINE:COL of every problem.\n' +
        'Exit codes: 0 valid, 2 invalid or unreadable.',
    'policy explain': 'Prints the effective policy after `extends` is merged, each value with the FILE:LINE that sets it\n' +
        '(or `default`) and the lock that holds it. FILE defaults to .github/imagegate.yml or .yaml.\n' +
        'Bases in GitHub repositories are read with IMAGEGATE_POLICY_TOKEN, else GITHUB_TOKEN\n' +
        '(GITHUB_API_URL for GHES). Exit codes: 0 valid, 2 invalid, unreadable or a base that cannot be read.',
    'policy schema': 'Prints the JSON schema of the policy file (for editors).',
    rules: 'Lists every rule: id, severity, title and documentation link; --format json for tools.'
};
const USAGE = `Usage:
${[SYNOPSIS.check, SYNOPSIS.aggregate, SYNOPSIS.policy, SYNOPSIS.rules].join('\n')}
  imagegate --version | --help
  imagegate COMMAND --help

${EXIT_CODES}`;
function usageOf(topic) {
    return `Usage:\n${SYNOPSIS[topic]}\n\n${DETAILS[topic]}`;
}
/** `-h`/`--help` anywhere before `--` asks for help, whatever else is on the line. */
function asksForHelp(args) {
    const end = args.indexOf('--');
    return (end < 0 ? args : args.slice(0, end)).some(arg => arg === '--help' || arg === '-h');
}

;// CONCATENATED MODULE: ./src/cli/args.ts




const FORMATS = ['text', 'json', 'markdown'];
/** Pure: argv → command, or a ConfigError that says what was wrong. */
function parseCli(argv) {
    const [command, ...rest] = argv;
    if (command === undefined || command === 'help' || command === '--help' || command === '-h')
        return { kind: 'help' };
    if (command === '--version' || command === '-v' || command === 'version')
        return { kind: 'version' };
    if (command === 'check')
        return asksForHelp(rest) ? { kind: 'help', topic: 'check' } : parseCheck(rest);
    if (command === 'aggregate') {
        return asksForHelp(rest) ? { kind: 'help', topic: 'aggregate' } : parseAggregate(rest);
    }
    if (command === 'policy')
        return args_parsePolicy(rest);
    if (command === 'rules')
        return asksForHelp(rest) ? { kind: 'help', topic: 'rules' } : parseRules(rest);
    throw new src_errors/* ConfigError */.xL(`unknown command "${command}"\n${USAGE}`);
}
function parseCheck(args) {
    const { values } = parseStrict('check', args, {
        policy: { type: 'string' },
        dockerfile: { type: 'string', multiple: true },
        image: { type: 'string', multiple: true },
        'report-json': { type: 'string' },
        sarif: { type: 'string' },
        'sarif-max-results': { type: 'string' },
        format: { type: 'string', default: 'text' },
        'working-directory': { type: 'string', default: '.' },
        'trivy-version': { type: 'string' },
        'grype-version': { type: 'string' },
        'scanner-mirror': { type: 'string' },
        'insecure-registry': { type: 'string', multiple: true },
        'refresh-trusted-root': { type: 'boolean' }
    });
    const format = values.format;
    if (!FORMATS.includes(format)) {
        throw new src_errors/* ConfigError */.xL(`--format must be one of ${FORMATS.join(', ')} (got "${format}")`);
    }
    return {
        kind: 'check',
        policy: values.policy,
        dockerfiles: values.dockerfile ?? [],
        images: values.image ?? [],
        reportJson: values['report-json'],
        sarif: values.sarif,
        sarifMaxResults: values['sarif-max-results'] === undefined
            ? undefined
            : parseSarifMaxResults(values['sarif-max-results'], '--sarif-max-results'),
        format: format,
        workingDirectory: values['working-directory'],
        // The Actions cache exists only inside a workflow; on a laptop the databases stay in ~/.cache.
        scanners: {
            versions: {
                trivy: values['trivy-version'],
                grype: values['grype-version']
            },
            mirror: values['scanner-mirror'],
            useActionsCache: false
        },
        insecureRegistries: values['insecure-registry'] ?? [],
        refreshTrustedRoot: values['refresh-trusted-root'] === true
    };
}
/** `aggregate REPORT...`: JSON reports or globs of them, merged into one verdict. */
function parseAggregate(args) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args,
            options: {
                'report-json': { type: 'string' },
                sarif: { type: 'string' },
                format: { type: 'string', default: 'text' }
            },
            strict: true,
            allowPositionals: true
        });
    }
    catch (error) {
        throw new src_errors/* ConfigError */.xL(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    }
    const { values, positionals } = parsed;
    const format = values.format;
    if (!FORMATS.includes(format)) {
        throw new src_errors/* ConfigError */.xL(`--format must be one of ${FORMATS.join(', ')} (got "${format}")`);
    }
    if (positionals.length === 0)
        throw new src_errors/* ConfigError */.xL(`aggregate needs at least one REPORT\n${USAGE}`);
    return {
        kind: 'aggregate',
        reports: positionals,
        reportJson: values['report-json'],
        sarif: values.sarif,
        format: format
    };
}
function parseRules(args) {
    const { values } = parseStrict('rules', args, { format: { type: 'string', default: 'text' } });
    const format = values.format;
    if (format !== 'text' && format !== 'json') {
        throw new src_errors/* ConfigError */.xL(`--format for rules must be text or json (got "${format}")`);
    }
    return { kind: 'rules', format };
}
function args_parsePolicy(args) {
    const [sub, ...rest] = args;
    if (asksForHelp(args)) {
        const topic = sub === 'validate' || sub === 'schema' || sub === 'explain' ? `policy ${sub}` : 'policy';
        return { kind: 'help', topic };
    }
    if (sub === 'schema' && rest.length === 0)
        return { kind: 'policy-schema' };
    if (sub === 'validate' && rest.length === 1 && !rest[0].startsWith('-')) {
        return { kind: 'policy-validate', file: rest[0] };
    }
    if (sub === 'explain' && rest.length <= 1 && !rest[0]?.startsWith('-')) {
        return { kind: 'policy-explain', file: rest[0] };
    }
    throw new src_errors/* ConfigError */.xL(`expected "policy validate FILE", "policy explain [FILE]" or "policy schema"\n${USAGE}`);
}
function parseStrict(topic, args, options) {
    try {
        const { values } = (0,external_node_util_.parseArgs)({ args, options, strict: true, allowPositionals: false });
        return { values };
    }
    catch (error) {
        // node's messages name the option, e.g. "Unknown option '--polcy'".
        throw new src_errors/* ConfigError */.xL(`${(0,src_errors/* errorMessage */.gJ)(error)}\n${usageOf(topic)}`);
    }
}

;// CONCATENATED MODULE: ./src/cli/main.ts





















/** Runs one CLI command and returns the exit code; never throws. */
async function runCli(argv, io) {
    try {
        return await execute(parseCli(argv), io);
    }
    catch (error) {
        const lines = error instanceof src_errors/* ConfigError */.xL
            ? error.problems.map(problem => `error: ${(0,src_errors/* formatProblem */.Vw)(problem)}`)
            : [`error: imagegate could not finish: ${(0,src_errors/* errorMessage */.gJ)(error)}`];
        lines.push(`hint: ${(0,src_errors/* howToFix */.Nv)(error)}`);
        io.stderr(lines.map(safeForLog).join(''));
        return 2;
    }
}
/** Bases in GitHub repositories are read with IMAGEGATE_POLICY_TOKEN, else GITHUB_TOKEN. */
function policyOptions(io) {
    const token = process.env.IMAGEGATE_POLICY_TOKEN || process.env.GITHUB_TOKEN || undefined;
    return { workingDirectory: io.cwd, github: () => policyFetcher(token) };
}
/** Messages quote policies, paths and Dockerfiles, and stderr may be a workflow log: safe, cut lines. */
function safeForLog(text) {
    return text
        .split(/\r\n?|\n/)
        .map(line => `${(0,untrusted/* neutralizeWorkflowCommands */.tW)((0,untrusted/* truncate */.xv)((0,untrusted/* stripControl */.kU)(line), untrusted/* MAX_LOG_MESSAGE_LENGTH */.$X))}\n`)
        .join('');
}
async function execute(command, io) {
    switch (command.kind) {
        case 'help':
            if (command.topic)
                io.stdout(`${usageOf(command.topic)}\n`);
            else
                io.stdout(`imagegate ${VERSION}: gate container images and Dockerfiles on one policy.\n\n${USAGE}\n`);
            return 0;
        case 'version':
            io.stdout(`${VERSION}\n`);
            return 0;
        case 'policy-schema':
            io.stdout(`${JSON.stringify(schema_POLICY_SCHEMA, null, 2)}\n`);
            return 0;
        case 'policy-validate': {
            const loaded = await loadPolicyFile(external_node_path_.resolve(io.cwd, command.file), command.file, policyOptions(io));
            io.stdout(`${command.file}: valid policy (mode: ${loaded.policy.mode})\n`);
            return 0;
        }
        case 'policy-explain': {
            const loaded = await loadPolicy(command.file, io.cwd, policyOptions(io));
            io.stdout(renderExplain(loaded));
            return 0;
        }
        case 'rules': {
            // Loaded on demand: the rule modules are not needed by any other command.
            const { renderRuleList } = await __webpack_require__.e(/* import() */ 293).then(__webpack_require__.bind(__webpack_require__, 96293));
            io.stdout(renderRuleList(command.format));
            return 0;
        }
        case 'check':
            return check(command, io);
        case 'aggregate': {
            const { aggregateReports } = await Promise.all(/* import() */[__webpack_require__.e(511), __webpack_require__.e(688)]).then(__webpack_require__.bind(__webpack_require__, 66688));
            const { result, readFiles } = await aggregateReports(command.reports, io.cwd, VERSION);
            const roots = [io.cwd, ...(process.env.RUNNER_TEMP ? [process.env.RUNNER_TEMP] : [])];
            const rules = { roots, absoluteAnywhere: true, inputs: readFiles };
            return report(result, command, io.cwd, rules, { pathPrefix: '' }, io);
        }
    }
}
function env(name) {
    return process.env[name] || undefined;
}
async function check(command, io) {
    const workingDirectory = resolveWorkingDirectory(command.workingDirectory, io.cwd);
    const policy = await loadPolicy(command.policy, workingDirectory, policyOptions(io));
    const registry = registrySettings(command.insecureRegistries, {
        registry: env('IMAGEGATE_REGISTRY'),
        username: env('IMAGEGATE_REGISTRY_USERNAME'),
        password: env('IMAGEGATE_REGISTRY_PASSWORD')
    }, command.images, {
        registry: 'IMAGEGATE_REGISTRY',
        username: 'IMAGEGATE_REGISTRY_USERNAME',
        password: 'IMAGEGATE_REGISTRY_PASSWORD'
    });
    // Notes (a credential helper imagegate cannot call) go to stderr; secrets are never printed.
    const note = (message) => io.stderr(safeForLog(`note: ${message}`));
    const refresh = command.refreshTrustedRoot
        ? { cachePath: external_node_path_.join(external_node_os_.homedir(), '.cache', 'imagegate', 'sigstore-tuf'), timeoutMs: 10_000 }
        : undefined;
    const result = await runGate({
        policy,
        workingDirectory,
        dockerfilePatterns: command.dockerfiles,
        images: command.images,
        scanners: command.scanners,
        // Only the live progress of long steps goes to stderr; the report is the output.
        progress: { ...silentLogger, info: line => io.stderr(safeForLog(line)) },
        // Warnings (a skipped Dockerfile) go to stderr too.
        logger: { ...silentLogger, warning: message => io.stderr(safeForLog(`warning: ${message}`)) },
        services: { registry: createRegistryClient(registry, () => undefined, note), signing: { refresh } }
    });
    const sarif = { pathPrefix: relativePrefix(io.cwd, workingDirectory), maxResults: command.sarifMaxResults };
    // Relative paths stay inside the working directory, the current one or the runner's temp folder;
    // an absolute path the user typed is theirs. Never through a link, never over an input.
    const rules = {
        roots: [workingDirectory, io.cwd, ...(process.env.RUNNER_TEMP ? [process.env.RUNNER_TEMP] : [])],
        absoluteAnywhere: true,
        inputs: inputFiles(result, workingDirectory)
    };
    return report(result, command, workingDirectory, rules, sarif, io);
}
/** Report files, then the result on stdout in the asked format; the exit code from the verdict. */
function report(result, command, workingDirectory, rules, sarif, io) {
    const paths = { reportJson: command.reportJson, sarif: command.sarif };
    const { sarifNote } = writeReportFiles(result, paths, workingDirectory, rules, sarif);
    if (sarifNote)
        io.stderr(`note: ${sarifNote}\n`);
    if (command.format === 'json')
        io.stdout(`${JSON.stringify(buildJsonReport(result), null, 2)}\n`);
    else if (command.format === 'markdown')
        io.stdout(`${renderSummaryMarkdown(result)}\n`);
    else
        io.stdout(renderText(result, { color: io.color }));
    return exitCodeFor(result);
}


/***/ }),

/***/ 91424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ MAX_EXPANDED_LENGTH),
/* harmony export */   V: () => (/* binding */ expandWord)
/* harmony export */ });
/* harmony import */ var _util_untrusted_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19630);

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
/**
 * Longest value an expansion may produce, in characters. `ARG A=${A}${A}` doubles A on each line: 30 lines
 * would need a gigabyte. No image name or real build argument comes near; past it the value is unresolved.
 */
const MAX_EXPANDED_LENGTH = 64 * 1024;
/** `${A:-${B:-…}}` nested deeper than this is unresolved: each level rescans the rest of the word. */
const MAX_NESTING = 16;
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
        return { ok: true, value: expand(word, args, escapeChar, 0) };
    }
    catch (error) {
        if (error instanceof Unresolvable)
            return { ok: false, cause: error.cause };
        throw error;
    }
}
function expand(word, args, escapeChar, depth) {
    if (depth > MAX_NESTING) {
        const expression = (0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(word, 80);
        throw new Unresolvable({ variable: expression, reason: 'unsupported', expression });
    }
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
            const [text, next, name] = variable(word, i, args, escapeChar, depth);
            out += text;
            i = next - 1;
            if (out.length > MAX_EXPANDED_LENGTH)
                throw new Unresolvable({ variable: name, reason: 'too-long' });
        }
        else {
            out += ch;
        }
    }
    return out;
}
/** Expands the variable starting at `word[start] === '$'`; returns its text, the index after it and its name. */
function variable(word, start, args, escapeChar, depth) {
    let i = start + 1;
    if (word[i] !== '{') {
        if (i >= word.length || !NAME_START.test(word[i]))
            return ['$', i, ''];
        while (i < word.length && NAME_CHAR.test(word[i]))
            i++;
        const name = word.slice(start + 1, i);
        return [required(name, args), i, name];
    }
    const end = closingBrace(word, i);
    const expression = word.slice(start, end + 1);
    const body = word.slice(i + 1, end);
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(body)?.[0];
    if (name === undefined)
        throw new Unresolvable({ variable: body, reason: 'unsupported', expression });
    const rest = body.slice(name.length);
    if (rest === '')
        return [required(name, args), end + 1, name];
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
    const text = useOperand ? expand(operand, args, escapeChar, depth + 1) : own;
    return [text, end + 1, name];
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


/***/ }),

/***/ 14777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ allRuleInfos),
  P: () => (/* binding */ ruleInfo)
});

// EXTERNAL MODULE: ./src/checks/lint/rules/index.ts + 27 modules
var rules = __webpack_require__(44800);
// EXTERNAL MODULE: ./src/checks/pinning/rules.ts
var pinning_rules = __webpack_require__(53876);
// EXTERNAL MODULE: ./src/checks/signatures/rules.ts
var signatures_rules = __webpack_require__(57094);
// EXTERNAL MODULE: ./src/model/rule-equivalents.ts
var rule_equivalents = __webpack_require__(93439);
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

;// CONCATENATED MODULE: ./src/docs/rule-examples.ts
const D = '@sha256:4d1a3cf5a3b9e7c9d6f5f1e0b2a8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0';
const df = (flagged, fixed) => ({
    language: 'dockerfile',
    flagged: flagged.join('\n'),
    fixed: fixed.join('\n')
});
/**
 * A small case that breaks each rule, and the same case fixed: shown in the README rule reference and
 * in the SARIF rule help. `__tests__/docs/rule-examples.test.ts` lints every Dockerfile example, so a
 * flagged one really fires its rule and a fixed one really does not.
 */
const RULE_EXAMPLES = {
    IG001: {
        language: 'yaml',
        flagged: 'exceptions:\n  - id: CVE-2024-0001\n    reason: no fix yet\n    expires: 2024-01-31',
        fixed: 'exceptions:\n  - id: CVE-2024-0001\n    reason: no fix upstream yet, re-checked 2025-03-01\n    expires: 2025-06-30'
    },
    IG002: {
        language: 'text',
        flagged: '# .trivyignore\nCVE-2024-0001 exp:2024-01-31',
        fixed: '# .trivyignore (entry removed, or renewed with a new date)\nCVE-2024-0001 exp:2025-06-30'
    },
    IG100: df(['FROM'], [`FROM alpine:3.20${D}`]),
    IG101: df(['FROM debian:latest'], [`FROM debian:12.8${D}`]),
    IG102: df(['FROM debian'], [`FROM debian:12.8${D}`]),
    IG103: df(['FROM debian:12.8'], [`FROM debian:12.8${D}`]),
    IG104: df(['# images.registries.allow: [ghcr.io/acme/**]', 'FROM quay.io/someone/base:1.0'], ['# images.registries.allow: [ghcr.io/acme/**]', `FROM ghcr.io/acme/base:1.0${D}`]),
    IG105: df(['ARG BASE', 'FROM ${BASE}'], ['ARG BASE=alpine:3.20', 'FROM ${BASE}']),
    IG106: df(['FROM Alpine:3.20'], ['FROM alpine:3.20']),
    IG107: df(['FROM alpine:3.20 builder'], ['FROM alpine:3.20 AS builder']),
    DL1000: df(['FROM alpine:3.20', 'RUN'], ['FROM alpine:3.20', 'RUN make']),
    DL1001: df(['FROM debian:12', '# hadolint ignore=DL3008', 'RUN apt-get install -y --no-install-recommends curl'], ['FROM debian:12', 'RUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8']),
    DL3000: df(['FROM alpine:3.20', 'WORKDIR app'], ['FROM alpine:3.20', 'WORKDIR /app']),
    DL3001: df(['FROM nginx:1.27', 'RUN service nginx start'], ['FROM nginx:1.27', 'CMD ["nginx", "-g", "daemon off;"]']),
    DL3002: df(['FROM alpine:3.20', 'USER root'], ['FROM alpine:3.20', 'USER 10001']),
    DL3003: df(['FROM alpine:3.20', 'RUN cd /src && make'], ['FROM alpine:3.20', 'WORKDIR /src', 'RUN make']),
    DL3004: df(['FROM alpine:3.20', 'RUN sudo make install'], ['FROM alpine:3.20', 'RUN make install']),
    DL3006: df(['FROM debian'], ['FROM debian:12.8']),
    DL3007: df(['FROM debian:latest'], ['FROM debian:12.8']),
    DL3008: df(['FROM debian:12', 'RUN apt-get install -y --no-install-recommends curl'], ['FROM debian:12', 'RUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8']),
    DL3009: df([
        'FROM debian:12',
        'RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8'
    ], [
        'FROM debian:12',
        'RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \\',
        ' && rm -rf /var/lib/apt/lists/*'
    ]),
    DL3010: df(['FROM alpine:3.20', 'COPY app.tar.gz /tmp/', 'RUN tar -xzf /tmp/app.tar.gz -C /opt'], ['FROM alpine:3.20', 'ADD app.tar.gz /opt/']),
    DL3011: df(['FROM alpine:3.20', 'EXPOSE 80000'], ['FROM alpine:3.20', 'EXPOSE 8080']),
    DL3012: df(['FROM nginx:1.27', 'HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]', 'HEALTHCHECK CMD ["true"]'], ['FROM nginx:1.27', 'HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]']),
    DL3013: df(['FROM python:3.12', 'RUN pip install --no-cache-dir flask'], ['FROM python:3.12', 'RUN pip install --no-cache-dir flask==3.0.3']),
    DL3014: df(['FROM debian:12', 'RUN apt-get install --no-install-recommends curl=7.88.1-10+deb12u8'], ['FROM debian:12', 'RUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8']),
    DL3015: df(['FROM debian:12', 'RUN apt-get install -y curl=7.88.1-10+deb12u8'], ['FROM debian:12', 'RUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8']),
    DL3016: df(['FROM node:22', 'RUN npm install -g typescript'], ['FROM node:22', 'RUN npm install -g typescript@5.6.3']),
    DL3018: df(['FROM alpine:3.20', 'RUN apk add --no-cache curl'], ['FROM alpine:3.20', 'RUN apk add --no-cache curl=8.11.1-r0']),
    DL3019: df(['FROM alpine:3.20', 'RUN apk add curl=8.11.1-r0'], ['FROM alpine:3.20', 'RUN apk add --no-cache curl=8.11.1-r0']),
    DL3020: df(['FROM alpine:3.20', 'ADD app.py /app/'], ['FROM alpine:3.20', 'COPY app.py /app/']),
    DL3021: df(['FROM alpine:3.20', 'COPY a.txt b.txt /app'], ['FROM alpine:3.20', 'COPY a.txt b.txt /app/']),
    DL3022: df(['FROM alpine:3.20', 'COPY --from=build /out/app /app'], ['FROM golang:1.23 AS build', 'FROM alpine:3.20', 'COPY --from=build /out/app /app']),
    DL3023: df(['FROM alpine:3.20 AS app', 'COPY --from=app /a /b'], ['FROM golang:1.23 AS build', 'FROM alpine:3.20 AS app', 'COPY --from=build /a /b']),
    DL3024: df(['FROM golang:1.23 AS build', 'FROM node:22 AS build'], ['FROM golang:1.23 AS build-api', 'FROM node:22 AS build-web']),
    DL3025: df(['FROM node:22', 'CMD node server.js'], ['FROM node:22', 'CMD ["node", "server.js"]']),
    DL3026: df(['# dockerfile.trustedRegistries: [registry.example.com]', 'FROM quay.io/someone/base:1.0'], ['# dockerfile.trustedRegistries: [registry.example.com]', 'FROM registry.example.com/base:1.0']),
    DL3027: df(['FROM debian:12', 'RUN apt install -y curl'], ['FROM debian:12', 'RUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8']),
    DL3028: df(['FROM ruby:3.3', 'RUN gem install bundler'], ['FROM ruby:3.3', 'RUN gem install bundler:2.5.22']),
    DL3029: df(['FROM --platform=linux/amd64 debian:12'], ['FROM debian:12']),
    DL3030: df(['FROM centos:7', 'RUN yum install httpd-2.4.6 && yum clean all'], ['FROM centos:7', 'RUN yum install -y httpd-2.4.6 && yum clean all']),
    DL3032: df(['FROM centos:7', 'RUN yum install -y httpd-2.4.6'], ['FROM centos:7', 'RUN yum install -y httpd-2.4.6 && yum clean all']),
    DL3033: df(['FROM centos:7', 'RUN yum install -y httpd && yum clean all'], ['FROM centos:7', 'RUN yum install -y httpd-2.4.6 && yum clean all']),
    DL3034: df(['FROM opensuse/leap:15.6', 'RUN zypper install curl=8.0.1 && zypper clean'], ['FROM opensuse/leap:15.6', 'RUN zypper install -y curl=8.0.1 && zypper clean']),
    DL3035: df(['FROM opensuse/leap:15.5', 'RUN zypper dist-upgrade -y'], ['FROM opensuse/leap:15.6']),
    DL3036: df(['FROM opensuse/leap:15.6', 'RUN zypper install -y curl=8.0.1'], ['FROM opensuse/leap:15.6', 'RUN zypper install -y curl=8.0.1 && zypper clean']),
    DL3037: df(['FROM opensuse/leap:15.6', 'RUN zypper install -y curl && zypper clean'], ['FROM opensuse/leap:15.6', 'RUN zypper install -y curl=8.0.1 && zypper clean']),
    DL3038: df(['FROM fedora:41', 'RUN dnf install httpd-2.4.62 && dnf clean all'], ['FROM fedora:41', 'RUN dnf install -y httpd-2.4.62 && dnf clean all']),
    DL3040: df(['FROM fedora:41', 'RUN dnf install -y httpd-2.4.62'], ['FROM fedora:41', 'RUN dnf install -y httpd-2.4.62 && dnf clean all']),
    DL3041: df(['FROM fedora:41', 'RUN dnf install -y httpd && dnf clean all'], ['FROM fedora:41', 'RUN dnf install -y httpd-2.4.62 && dnf clean all']),
    DL3042: df(['FROM python:3.12', 'RUN pip install flask==3.0.3'], ['FROM python:3.12', 'RUN pip install --no-cache-dir flask==3.0.3']),
    DL3043: df(['FROM alpine:3.20', 'ONBUILD ONBUILD RUN make'], ['FROM alpine:3.20', 'ONBUILD RUN make']),
    DL3044: df(['FROM alpine:3.20', 'ENV APP_HOME=/app APP_BIN=$APP_HOME/bin'], ['FROM alpine:3.20', 'ENV APP_HOME=/app', 'ENV APP_BIN=$APP_HOME/bin']),
    DL3045: df(['FROM alpine:3.20', 'COPY app.sh app.sh'], ['FROM alpine:3.20', 'WORKDIR /app', 'COPY app.sh app.sh']),
    DL3046: df(['FROM debian:12', 'RUN useradd -u 123456 app'], ['FROM debian:12', 'RUN useradd -l -u 123456 app']),
    DL3047: df(['FROM debian:12', 'RUN wget https://example.com/tool.tgz'], ['FROM debian:12', 'RUN wget --progress=dot:giga https://example.com/tool.tgz']),
    DL3048: df(['FROM alpine:3.20', 'LABEL Maintainer=jane'], ['FROM alpine:3.20', 'LABEL maintainer=jane']),
    DL3049: df(['# .hadolint.yaml label-schema: {version: text}', 'FROM alpine:3.20'], ['# .hadolint.yaml label-schema: {version: text}', 'FROM alpine:3.20', 'LABEL version="1.4.2"']),
    DL3050: df([
        '# .hadolint.yaml label-schema: {version: text}, strict-labels: true',
        'FROM alpine:3.20',
        'LABEL version="1.4.2" team=web'
    ], [
        '# .hadolint.yaml label-schema: {version: text}, strict-labels: true',
        'FROM alpine:3.20',
        'LABEL version="1.4.2"'
    ]),
    DL3051: df(['# .hadolint.yaml label-schema: {version: text}', 'FROM alpine:3.20', 'LABEL version=""'], ['# .hadolint.yaml label-schema: {version: text}', 'FROM alpine:3.20', 'LABEL version="1.4.2"']),
    DL3052: df(['# .hadolint.yaml label-schema: {homepage: url}', 'FROM alpine:3.20', 'LABEL homepage="example"'], [
        '# .hadolint.yaml label-schema: {homepage: url}',
        'FROM alpine:3.20',
        'LABEL homepage="https://example.com"'
    ]),
    DL3053: df(['# .hadolint.yaml label-schema: {created: rfc3339}', 'FROM alpine:3.20', 'LABEL created="yesterday"'], [
        '# .hadolint.yaml label-schema: {created: rfc3339}',
        'FROM alpine:3.20',
        'LABEL created="2024-11-05T10:00:00Z"'
    ]),
    DL3054: df(['# .hadolint.yaml label-schema: {license: spdx}', 'FROM alpine:3.20', 'LABEL license="Apache 2"'], ['# .hadolint.yaml label-schema: {license: spdx}', 'FROM alpine:3.20', 'LABEL license="Apache-2.0"']),
    DL3055: df(['# .hadolint.yaml label-schema: {revision: hash}', 'FROM alpine:3.20', 'LABEL revision="main"'], [
        '# .hadolint.yaml label-schema: {revision: hash}',
        'FROM alpine:3.20',
        'LABEL revision="0f3c7a9d2b1e4c5f6a7b8c9d0e1f2a3b4c5d6e7f"'
    ]),
    DL3056: df(['# .hadolint.yaml label-schema: {version: semver}', 'FROM alpine:3.20', 'LABEL version="v1"'], ['# .hadolint.yaml label-schema: {version: semver}', 'FROM alpine:3.20', 'LABEL version="1.4.2"']),
    DL3057: df(['FROM nginx:1.27'], ['FROM nginx:1.27', 'HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]']),
    DL3058: df(['# .hadolint.yaml label-schema: {maintainer: email}', 'FROM alpine:3.20', 'LABEL maintainer="Jane"'], [
        '# .hadolint.yaml label-schema: {maintainer: email}',
        'FROM alpine:3.20',
        'LABEL maintainer="jane@example.com"'
    ]),
    DL3059: df(['FROM alpine:3.20', 'RUN mkdir /data', 'RUN chown 10001 /data'], ['FROM alpine:3.20', 'RUN mkdir /data && chown 10001 /data']),
    DL3060: df(['FROM node:22', 'RUN yarn install'], ['FROM node:22', 'RUN yarn install && yarn cache clean']),
    DL3061: df(['LABEL team=web', 'FROM alpine:3.20'], ['FROM alpine:3.20', 'LABEL team=web']),
    DL3062: df(['FROM golang:1.23', 'RUN go install example.com/tool@latest'], ['FROM golang:1.23', 'RUN go install example.com/tool@v1.2.3']),
    DL3063: df(['FROM alpine:3.20 AS scratch'], ['FROM alpine:3.20 AS base']),
    DL3064: df(['FROM node:22', 'ARG NPM_TOKEN'], ['FROM node:22', 'RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci']),
    DL3065: df(['FROM --platform=$TARGETPLATFORM alpine:3.20'], ['FROM alpine:3.20']),
    DL3066: df(['FROM alpine:3.20', 'USER app'], ['FROM alpine:3.20', 'USER 10001']),
    DL3067: df(['FROM golang:1.23 AS build', 'FROM alpine:3.20', 'COPY --from=build / /'], ['FROM golang:1.23 AS build', 'FROM alpine:3.20', 'COPY --from=build /out/app /usr/local/bin/app']),
    DL4000: df(['FROM alpine:3.20', 'MAINTAINER jane@example.com'], ['FROM alpine:3.20', 'LABEL maintainer="jane@example.com"']),
    DL4001: df(['FROM debian:12', 'RUN wget -q https://example.com/a && curl -fsSO https://example.com/b'], ['FROM debian:12', 'RUN curl -fsSO https://example.com/a && curl -fsSO https://example.com/b']),
    DL4003: df(['FROM node:22', 'CMD ["node", "a.js"]', 'CMD ["node", "b.js"]'], ['FROM node:22', 'CMD ["node", "b.js"]']),
    DL4004: df(['FROM node:22', 'ENTRYPOINT ["node"]', 'ENTRYPOINT ["npm"]'], ['FROM node:22', 'ENTRYPOINT ["npm"]']),
    DL4005: df(['FROM debian:12', 'RUN ln -sf /bin/bash /bin/sh'], ['FROM debian:12', 'SHELL ["/bin/bash", "-c"]']),
    DL4006: df(['FROM debian:12', 'RUN wget -qO- https://example.com/app.tgz | tar -xz -C /opt'], [
        'FROM debian:12',
        'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
        'RUN wget -qO- https://example.com/app.tgz | tar -xz -C /opt'
    ]),
    IG300: {
        language: 'text',
        flagged: 'cosign tree ghcr.io/acme/app@sha256:…  # no signatures, no attestations',
        fixed: 'cosign sign --key cosign.key ghcr.io/acme/app@sha256:…  # the digest that was built, not the tag'
    },
    IG301: {
        language: 'yaml',
        flagged: '# signed with release.key, but the policy names another key\nsignatures:\n  required: true\n  authorities:\n    - key: { path: old.pub }',
        fixed: '# the public half of the key the release workflow signs with\nsignatures:\n  required: true\n  authorities:\n    - key: { path: release.pub }'
    },
    IG302: {
        language: 'text',
        flagged: 'images: oci-layout:build/app   # a local layout: its signatures live in a registry',
        fixed: 'images: ghcr.io/acme/app:1.4.2@sha256:…   # the pushed, signed image'
    },
    IG200: {
        language: 'text',
        flagged: 'Dockerfile: 3.2 MiB of binary data (a build artefact saved under that name)',
        fixed: 'Dockerfile: the text of the build, under 1 MiB, UTF-8'
    },
    IG201: df(['FROM node:22', 'ENV NPM_TOKEN=npm_0123456789abcdef'], ['FROM node:22', 'RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci']),
    IG202: df(['FROM alpine:3.20', 'LABEL signing="-----BEGIN OPENSSH PRIVATE KEY-----b3BlbnNzaC1rZXktdjEAAAA…"'], ['FROM alpine:3.20', 'RUN --mount=type=secret,id=signing_key ./sign.sh']),
    IG203: df(['FROM alpine:3.20', 'ADD https://example.com/tool.tgz /opt/'], [
        'FROM alpine:3.20',
        'ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d \\',
        '    https://example.com/tool.tgz /opt/'
    ]),
    IG204: df(['FROM alpine:3.20', 'COPY app /app'], ['FROM alpine:3.20', 'COPY app /app', 'USER 10001']),
    IG205: df(['FROM alpine:3.20', 'COPY .env /app/.env'], ['FROM alpine:3.20', 'COPY config/app.toml /app/']),
    IG206: df(['FROM alpine:3.20', 'EXPOSE 22'], ['FROM alpine:3.20', 'EXPOSE 8080']),
    IG207: df(['FROM alpine:3.20', 'COPY --from=nginx:latest /etc/nginx /etc/nginx'], ['FROM alpine:3.20', `COPY --from=nginx:1.27.3${D} /etc/nginx /etc/nginx`]),
    IG208: df(['FROM debian:12', 'RUN curl -fsSL https://example.com/install.sh | sh'], ['FROM debian:12', 'COPY install.sh /tmp/install.sh', 'RUN sh /tmp/install.sh']),
    IG209: df(['FROM alpine:3.20', 'RUN chmod 777 /app'], ['FROM alpine:3.20', 'RUN chmod 755 /app']),
    IG210: df(['FROM debian:12.1', 'RUN apt-get upgrade -y'], ['FROM debian:12.8']),
    IG211: {
        language: 'text',
        flagged: 'Dockerfile: a generated file of 60,000 lines, or a RUN of 100 KiB',
        fixed: 'Dockerfile: split into several files, the long RUN moved into a script that is COPYed and run'
    },
    IG212: df(['ARG A=0123456789abcdef', ...Array.from({ length: 13 }, () => 'ARG A=${A}${A}'), 'FROM alpine:3.20'], ['ARG A=0123456789abcdef', 'FROM alpine:3.20'])
};

;// CONCATENATED MODULE: ./src/docs/rule-catalog.ts






/**
 * One source for the README rule reference, `imagegate rules` and the SARIF rule help: every rule
 * imagegate can report, with its example and the rule of another check it is merged with.
 */
function allRuleInfos() {
    return [...POLICY_RULES, ...pinning_rules/* PINNING_RULES */.y, ...signatures_rules/* SIGNATURE_RULES */.D, ...(0,rules/* lintRuleInfos */.ZX)()].map(rule => ({
        ...rule,
        description: rule.description + equivalenceNote(rule.id),
        example: RULE_EXAMPLES[rule.id]
    }));
}
let byId;
/** The catalogue entry of a rule id, if imagegate documents it. */
function ruleInfo(id) {
    byId ??= new Map(allRuleInfos().map(rule => [rule.id, rule]));
    return byId.get(id);
}
function equivalenceNote(id) {
    const pair = rule_equivalents/* RULE_EQUIVALENTS */.f.find(p => p.rule === id || p.alias === id);
    if (pair === undefined)
        return '';
    return (` Where \`${pair.rule}\` and \`${pair.alias}\` flag the same place, the problem is reported once, as ` +
        `\`${pair.rule}\` with \`${pair.alias}\` as its alias; an exception or ignore pragma for either id suppresses it.`);
}


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nv: () => (/* binding */ howToFix),
/* harmony export */   Vw: () => (/* binding */ formatProblem),
/* harmony export */   W8: () => (/* binding */ throwIfProblems),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/**
 * A mistake in what the user gave us (policy, inputs, paths, references). Exit code 2, one clear
 * message, never a stack trace. Anything else that escapes is an internal failure.
 */
class ConfigError extends Error {
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
/** One ConfigError listing every problem, messages joined; returns when there are none. */
function throwIfProblems(problems) {
    if (problems.length > 0)
        throw new ConfigError(problems.map(p => p.message).join('; '), problems);
}
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    // An Error from another realm (a vm context, a worker) fails instanceof but still has a message.
    const message = error?.message;
    return typeof message === 'string' ? message : String(error);
}
/** The line a person needs after an error (exit 2): what to change, or what to try. */
function howToFix(error) {
    return error instanceof ConfigError
        ? 'Fix what the message above names (input, option, file, line or field), then run again ' +
            '(`imagegate policy validate FILE` checks a policy on its own).'
        : 'This is not a policy failure: imagegate could not finish. Fix the cause named above ' +
            '(network, disk space, open-file limit, a missing tool) and run again; if it persists, ' +
            'report it with this log.';
}


/***/ }),

/***/ 23564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V7: () => (/* binding */ looksLikeRegistry),
/* harmony export */   iq: () => (/* binding */ describeRegistryPath),
/* harmony export */   l5: () => (/* binding */ normalizeRegistry),
/* harmony export */   n3: () => (/* binding */ invalidReference),
/* harmony export */   sx: () => (/* binding */ DEFAULT_REGISTRY),
/* harmony export */   tj: () => (/* binding */ tryParseImageReference)
/* harmony export */ });
/* unused harmony exports parseImageReference, familiarName */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

const DEFAULT_REGISTRY = 'docker.io';
/** An input image (`images`, `--image`) that is not a valid reference, as a configuration problem. */
function invalidReference(image, parsed) {
    return parsed.ok ? [] : [{ message: invalidReferenceMessage(image, parsed.reason) }];
}
function invalidReferenceMessage(image, reason) {
    return `invalid image reference "${image}": ${reason}`;
}
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
        throw new ConfigError(invalidReferenceMessage(text, result.reason));
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


/***/ }),

/***/ 93439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ RULE_EQUIVALENTS),
/* harmony export */   j: () => (/* binding */ equivalentIds)
/* harmony export */ });
const RULE_EQUIVALENTS = [
    // `FROM debian:latest`: tag pinning's IG101 and hadolint's DL3007, on the image of the FROM.
    { rule: 'IG101', alias: 'DL3007' },
    // `FROM debian`: tag pinning's IG102 and hadolint's DL3006.
    { rule: 'IG102', alias: 'DL3006' }
];
/** The ids that name the same problem as `id` (without `id` itself); empty for most rules. */
function equivalentIds(id) {
    const upper = id.toUpperCase();
    return RULE_EQUIVALENTS.flatMap(pair => pair.rule === upper ? [pair.alias] : pair.alias === upper ? [pair.rule] : []);
}


/***/ }),

/***/ 71799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S7: () => (/* binding */ ruleHelpUri),
/* harmony export */   lH: () => (/* binding */ TOOL_NAME),
/* harmony export */   tN: () => (/* binding */ TOOL_HOME),
/* harmony export */   te: () => (/* binding */ defaultHelpUri)
/* harmony export */ });
const TOOL_NAME = 'imagegate';
const TOOL_HOME = 'https://github.com/imagegate/imagegate';
/** The README anchor for a rule imagegate documents, e.g. `https://github.com/imagegate/imagegate#ig101`. */
function ruleHelpUri(id) {
    return `${TOOL_HOME}#${id.toLowerCase()}`;
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
        return ruleHelpUri(rule);
    return undefined;
}


/***/ }),

/***/ 11502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W1: () => (/* binding */ emptyCounts),
/* harmony export */   kU: () => (/* binding */ atOrAbove),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qd: () => (/* binding */ compareSeverityDesc),
/* harmony export */   qs: () => (/* binding */ severityRank)
/* harmony export */ });
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


/***/ }),

/***/ 99764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ isPastExpiryDay),
/* harmony export */   t: () => (/* binding */ isCalendarDate)
/* harmony export */ });
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
/** An expiry date applies through the whole of that UTC day, and not after. */
function isPastExpiryDay(expires, now) {
    return now.getTime() > Date.parse(`${expires}T23:59:59.999Z`);
}


/***/ }),

/***/ 25831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ lintLevelToSeverity),
/* harmony export */   n: () => (/* binding */ thresholdFromLintLevel)
/* harmony export */ });
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


/***/ }),

/***/ 9936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jr: () => (/* binding */ sortByPosition),
/* harmony export */   WU: () => (/* binding */ show),
/* harmony export */   cz: () => (/* binding */ describeSchemaErrors),
/* harmony export */   w5: () => (/* binding */ fieldName)
/* harmony export */ });
/* unused harmony export MAX_ECHO */
/* harmony import */ var _util_untrusted_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19630);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65016);


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
    for (const error of collapseAlternatives(errors)) {
        if (error.keyword === 'type' && explained.has(error.instancePath))
            continue;
        const problem = describe(error, data, index, file);
        const key = `${problem.position.line}:${problem.position.column}:${problem.position.field}:${problem.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        problems.push(problem);
    }
    return sortByPosition(problems);
}
/**
 * A value that may take one of several shapes (`anyOf`: a string or a list) fails every branch; one
 * sentence is enough. A mistake inside the branch that fits (an item of the list) is reported alone,
 * otherwise one "must be a string or a list".
 */
function collapseAlternatives(errors) {
    const alternatives = errors.filter(e => e.keyword === 'anyOf');
    if (alternatives.length === 0)
        return [...errors];
    const paths = new Set(alternatives.map(e => e.instancePath));
    const shapeKeywords = new Set(['type', 'const', 'enum']);
    const kept = errors.filter(e => e.keyword !== 'anyOf' && !(paths.has(e.instancePath) && shapeKeywords.has(e.keyword)));
    const within = (path, e) => e.instancePath === path || e.instancePath.startsWith(`${path}/`);
    // Deepest first: an item's "must be a string or a mapping" stands in for its list's as well.
    const deepestFirst = [...alternatives].sort((a, b) => b.instancePath.length - a.instancePath.length);
    for (const alternative of deepestFirst) {
        if (!kept.some(e => within(alternative.instancePath, e)))
            kept.push(alternative);
    }
    return kept;
}
/** In file order, so the list reads top to bottom like the policy. Sorts in place. */
function sortByPosition(problems) {
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
        case 'anyOf': {
            const shapes = (parentSchema.anyOf ?? []).map(branch => branch.const !== undefined
                ? show(branch.const)
                : (TYPE_NAMES[String(branch.type)] ?? String(branch.type)));
            return {
                message: `must be ${shapes.join(' or ')} (got ${show(error.data)})`,
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
        const hint = patterns.some(p => p.test(upper)) ? `; did you mean \`${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(upper, MAX_ECHO)}\`?` : '';
        return `not a rule id; rule ids look like DL3008, SC2086 or IG101${hint}`;
    }
    const suggestion = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .closestMatch */ .h)(key, allowed);
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
/**
 * `exceptions[0].reason`: list indexes in brackets, keys joined by dots (each cut to MAX_ECHO); undefined
 * for the root.
 */
function fieldName(path, data) {
    let name = '';
    let current = data;
    for (const segment of path) {
        if (Array.isArray(current)) {
            name += `[${segment}]`;
            current = current[Number(segment)];
        }
        else {
            const key = (0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(segment, MAX_ECHO);
            name += name ? `.${key}` : key;
            current =
                current !== null && typeof current === 'object'
                    ? current[segment]
                    : undefined;
        }
    }
    return name || undefined;
}
/** How much of a value or key a message echoes: enough to find it, never a 10 MB line. */
const MAX_ECHO = 80;
/** A value as the user wrote it, for "(got …)"; long text is cut and NaN or infinities are named. */
function show(value) {
    if (value === null || value === undefined)
        return 'an empty value';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'number' && !Number.isFinite(value)) {
        if (Number.isNaN(value))
            return '.nan, not a number';
        return value > 0 ? '.inf, infinity' : '-.inf, minus infinity';
    }
    if (typeof value === 'string')
        return JSON.stringify((0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(value, MAX_ECHO));
    return (0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(JSON.stringify(value) ?? String(value), MAX_ECHO);
}


/***/ }),

/***/ 65016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ closestMatch)
/* harmony export */ });
/* unused harmony export levenshtein */
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
        // The distance is at least the difference in length: skip the quadratic work (a 10 MB key) early.
        if (Math.abs(word.length - candidate.length) > limit)
            continue;
        const distance = levenshtein(word.toLowerCase(), candidate.toLowerCase());
        if (distance <= limit && (!best || distance < best.distance))
            best = { candidate, distance };
    }
    return best?.candidate;
}


/***/ }),

/***/ 84069:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* binding */ ruleLabel),
/* harmony export */   GE: () => (/* binding */ locationLabel),
/* harmony export */   IO: () => (/* binding */ copyVulnerability),
/* harmony export */   JM: () => (/* binding */ rankFindings),
/* harmony export */   NB: () => (/* binding */ copyLocation),
/* harmony export */   P9: () => (/* binding */ isWorkspacePath),
/* harmony export */   Wo: () => (/* binding */ copyPackage),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   re: () => (/* binding */ copySuppression)
/* harmony export */ });
/* harmony import */ var _model_severity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11502);

/**
 * The order every reporter shows findings in: blocking first, then other unsuppressed findings, then
 * suppressed ones; each group most severe first, ties kept in input order. A bucket sort, so linear.
 */
function rankFindings(findings) {
    const buckets = Array.from({ length: 3 * _model_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.length }, () => []);
    const top = _model_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.length - 1;
    for (const finding of findings) {
        const group = finding.suppressedBy ? 2 : finding.blocking ? 0 : 1;
        buckets[group * _model_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.length + top - (0,_model_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(finding.severity)].push(finding);
    }
    return buckets.flat();
}
/** The rule id as reports show it: `IG101 (also DL3007)` when equivalent rules were merged into it. */
function ruleLabel(finding) {
    return finding.aliases?.length ? `${finding.rule} (also ${finding.aliases.join(', ')})` : finding.rule;
}
function copyLocation(from) {
    const out = { file: from.file };
    if (from.line !== undefined)
        out.line = from.line;
    if (from.column !== undefined)
        out.column = from.column;
    if (from.endLine !== undefined)
        out.endLine = from.endLine;
    if (from.endColumn !== undefined)
        out.endColumn = from.endColumn;
    return out;
}
function copyPackage(from) {
    const out = { name: from.name };
    if (from.version !== undefined)
        out.version = from.version;
    if (from.fixedVersion !== undefined)
        out.fixedVersion = from.fixedVersion;
    if (from.type !== undefined)
        out.type = from.type;
    return out;
}
function copySuppression(from) {
    const out = { id: from.id, reason: from.reason };
    if (from.expires !== undefined)
        out.expires = from.expires;
    return out;
}
function copyVulnerability(from) {
    const out = {
        kind: from.kind,
        aliases: from.aliases,
        foundBy: from.foundBy,
        severityBySource: from.severityBySource,
        fixedVersions: from.fixedVersions,
        fixState: from.fixState,
        locations: from.locations
    };
    if (from.cvss !== undefined)
        out.cvss = from.cvss;
    if (from.knownExploited !== undefined)
        out.knownExploited = from.knownExploited;
    if (from.epss !== undefined)
        out.epss = from.epss;
    if (from.title !== undefined)
        out.title = from.title;
    return out;
}
/** `file:line:col`, or just `file` / `file:line` when that is all there is. */
function locationLabel(location) {
    if (location.line === undefined)
        return location.file;
    return location.column === undefined
        ? `${location.file}:${location.line}`
        : `${location.file}:${location.line}:${location.column}`;
}
/** A workspace-relative path with forward slashes; absolute paths and `..` escapes are not. */
function isWorkspacePath(file) {
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


/***/ }),

/***/ 89413:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ describeSource),
/* harmony export */   S: () => (/* binding */ describeIgnoreRule)
/* harmony export */ });
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


/***/ }),

/***/ 77907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $u: () => (/* binding */ normalizeExpiry),
/* harmony export */   Al: () => (/* binding */ splitIgnoreRules),
/* harmony export */   YA: () => (/* binding */ isIgnoreRuleExpired)
/* harmony export */ });
/* harmony import */ var _policy_date_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99764);

// What Go's yaml.v3 decodes into time.Time (Trivy's `expired_at`), minus the zone-less forms.
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|z|[+-]\d{2}:\d{2})$/;
/**
 * An expiry as imagegate stores it: a `YYYY-MM-DD` date stays as it is, a timestamp becomes UTC ISO.
 * Returns an error message for anything else.
 */
function normalizeExpiry(text) {
    if ((0,_policy_date_js__WEBPACK_IMPORTED_MODULE_0__/* .isCalendarDate */ .t)(text))
        return { expires: text };
    const match = TIMESTAMP.exec(text);
    if (match && (0,_policy_date_js__WEBPACK_IMPORTED_MODULE_0__/* .isCalendarDate */ .t)(match[1])) {
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
    // One day rule for policy exceptions and ignore files.
    if ((0,_policy_date_js__WEBPACK_IMPORTED_MODULE_0__/* .isCalendarDate */ .t)(expires))
        return (0,_policy_date_js__WEBPACK_IMPORTED_MODULE_0__/* .isPastExpiryDay */ .E)(expires, now);
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


/***/ }),

/***/ 647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ IGNORE_FILES),
  k: () => (/* binding */ loadIgnoreFiles)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/scanners/ignore/describe.ts
var describe = __webpack_require__(89413);
// EXTERNAL MODULE: ./src/policy/problems.ts
var problems = __webpack_require__(9936);
// EXTERNAL MODULE: ./src/policy/suggest.ts
var suggest = __webpack_require__(65016);
// EXTERNAL MODULE: ./src/util/yaml/positions.ts
var positions = __webpack_require__(88286);
// EXTERNAL MODULE: ./src/scanners/ignore/expiry.ts
var expiry = __webpack_require__(77907);
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
        const parsed = (0,positions/* parseYamlWithPositions */.$)(text, file);
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
        this.problem(path, `must be ${what} (got ${(0,problems/* show */.WU)(value)})`);
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
        this.problem(path, `must be a list (got ${(0,problems/* show */.WU)(value)})`);
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
        this.problem([...path, key], `must be a non-empty string (got ${(0,problems/* show */.WU)(value)})${quote}`);
        return undefined;
    }
    boolean(map, key, path) {
        const value = map[key];
        if (value === undefined || value === null)
            return undefined;
        if (typeof value === 'boolean')
            return value;
        this.problem([...path, key], `must be true or false (got ${(0,problems/* show */.WU)(value)})`);
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
                this.problem([...path, key, i], `must be a non-empty string (got ${(0,problems/* show */.WU)(item)})`);
        });
        return strings;
    }
    /** A `YYYY-MM-DD` date or a zoned timestamp, normalized (see `normalizeExpiry`). */
    expiry(map, key, path) {
        const text = this.string(map, key, path);
        if (text === undefined)
            return undefined;
        const result = (0,expiry/* normalizeExpiry */.$u)(text);
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
                notes.push(`${(0,describe/* describeIgnoreRule */.S)(rule)}: ${note}`);
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

// EXTERNAL MODULE: ./src/scanners/ignore/purl.ts
var ignore_purl = __webpack_require__(68845);
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
                    notes.push(`${(0,describe/* describeSource */.B)(rule)}: \`purls\` has no effect on a secret entry (as in Trivy)`);
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
        const parsed = (0,ignore_purl/* parsePurl */.$)(purl);
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

// EXTERNAL MODULE: ./src/policy/date.ts
var policy_date = __webpack_require__(99764);
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
/** Every ignore file imagegate reads, relative to the working directory. */
const IGNORE_FILES = ['.trivyignore', '.trivyignore.yaml', ...GRYPE_CONFIGS];
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
    const [trivyText, trivyYamlText, ...grypeTexts] = await Promise.all(IGNORE_FILES.map(read));
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


/***/ }),

/***/ 68845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ parsePurl),
/* harmony export */   l: () => (/* binding */ purlMatchesPackage)
/* harmony export */ });
/* harmony import */ var _reports_package_key_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99853);

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
    return (0,_reports_package_key_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizePackageName */ .NX)(expected, purl.type) === (0,_reports_package_key_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizePackageName */ .NX)(pkg.name, purl.type);
}


/***/ }),

/***/ 99853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MO: () => (/* binding */ packageKey),
/* harmony export */   NX: () => (/* binding */ normalizePackageName),
/* harmony export */   R9: () => (/* binding */ packageType)
/* harmony export */ });
/**
 * Package identity across scanners. Trivy and Grype name ecosystems differently (`alpine` vs
 * `apk`, `jar` vs `java-archive`), so both are mapped to purl types. Names are compared after the
 * ecosystem's own normalization: lower case everywhere, PEP 503 for Python (`Django`, `django`),
 * and the artifactId for Maven (Trivy `org.apache:tomcat` vs Grype `tomcat`). When the two scanners
 * still disagree on a name, the match stays two findings: over-reporting is the safe side for a gate.
 */
const TRIVY_TYPES = {
    alpine: 'apk',
    wolfi: 'apk',
    chainguard: 'apk',
    debian: 'deb',
    ubuntu: 'deb',
    redhat: 'rpm',
    centos: 'rpm',
    rocky: 'rpm',
    alma: 'rpm',
    oracle: 'rpm',
    amazon: 'rpm',
    fedora: 'rpm',
    photon: 'rpm',
    suse: 'rpm',
    'opensuse.leap': 'rpm',
    'opensuse.tumbleweed': 'rpm',
    'suse linux enterprise server': 'rpm',
    'suse linux enterprise micro': 'rpm',
    slem: 'rpm',
    'cbl-mariner': 'rpm',
    azurelinux: 'rpm',
    npm: 'npm',
    yarn: 'npm',
    pnpm: 'npm',
    bun: 'npm',
    'node-pkg': 'npm',
    jar: 'maven',
    pom: 'maven',
    gradle: 'maven',
    sbt: 'maven',
    gomod: 'golang',
    gobinary: 'golang',
    pip: 'pypi',
    pipenv: 'pypi',
    poetry: 'pypi',
    uv: 'pypi',
    'python-pkg': 'pypi',
    gemspec: 'gem',
    bundler: 'gem',
    cargo: 'cargo',
    'rust-binary': 'cargo',
    composer: 'composer',
    'composer-vendor': 'composer',
    nuget: 'nuget',
    'dotnet-core': 'nuget',
    'packages-props': 'nuget',
    conan: 'conan',
    hex: 'hex',
    pub: 'pub',
    swift: 'swift',
    cocoapods: 'cocoapods',
    'conda-pkg': 'conda',
    'conda-environment': 'conda'
};
const GRYPE_TYPES = {
    apk: 'apk',
    deb: 'deb',
    rpm: 'rpm',
    npm: 'npm',
    'java-archive': 'maven',
    'jenkins-plugin': 'maven',
    'go-module': 'golang',
    python: 'pypi',
    gem: 'gem',
    'rust-crate': 'cargo',
    'php-composer': 'composer',
    'php-pecl': 'pecl',
    dotnet: 'nuget',
    conan: 'conan',
    hex: 'hex',
    'dart-pub': 'pub',
    swift: 'swift',
    pod: 'cocoapods',
    conda: 'conda',
    'github-action': 'github',
    'github-action-workflow': 'github'
};
/** The purl type when the purl says it, else a mapped scanner type, else the scanner's own word. */
function packageType(scanner, scannerType, purl) {
    const fromPurl = purl ? /^pkg:([a-z0-9.+-]+)\//i.exec(purl)?.[1]?.toLowerCase() : undefined;
    if (fromPurl)
        return fromPurl;
    if (!scannerType)
        return undefined;
    const table = scanner === 'trivy' ? TRIVY_TYPES : GRYPE_TYPES;
    return table[scannerType.toLowerCase()] ?? scannerType;
}
/** The key a (package, installed version) is grouped under; see the module comment. */
function packageKey(name, version, type) {
    return `${normalizePackageName(name, type)}@${version.trim()}`;
}
function normalizePackageName(name, type) {
    const lower = name.trim().toLowerCase();
    if (type === 'pypi')
        return lower.replace(/[-_.]+/g, '-');
    if (type === 'maven')
        return lower.slice(lower.lastIndexOf(':') + 1);
    return lower;
}


/***/ }),

/***/ 64352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ loadActionsCache)
/* harmony export */ });
/** @actions/cache is large and only Actions runs use it, so it loads on first use. */
const loadActionsCache = () => Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(878), __webpack_require__.e(641)]).then(__webpack_require__.bind(__webpack_require__, 82641));


/***/ }),

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


/***/ }),

/***/ 36598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ runProcess)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/util/child-env.ts
/**
 * The environment every program imagegate runs (scanners, ShellCheck) gets: an allow-list, so the
 * GitHub token, action inputs (`INPUT_*`) and the runner's own tokens (`ACTIONS_RUNTIME_TOKEN`,
 * `ACTIONS_ID_TOKEN_REQUEST_TOKEN`, …) never reach a program that has no use for them.
 */
/** Exact names, each with the reason a child needs it. */
const ALLOWED_NAMES = [
    ['PATH', 'finding the program and the tools it calls'],
    ['HOME', 'scanner caches and ~/.docker/config.json registry credentials'],
    ['USER', 'tools that look up the user'],
    ['LOGNAME', 'tools that look up the user'],
    ['TMPDIR', 'where scanners unpack image layers'],
    ['TMP', 'the temporary folder on some systems'],
    ['TEMP', 'the temporary folder on some systems'],
    ['LANG', 'the locale ShellCheck and scanners decode text with'],
    ['TZ', 'timestamps in scanner output'],
    ['HTTP_PROXY', 'scanners download databases and pull images through the runner proxy'],
    ['HTTPS_PROXY', 'as HTTP_PROXY'],
    ['NO_PROXY', 'as HTTP_PROXY'],
    ['ALL_PROXY', 'as HTTP_PROXY'],
    ['http_proxy', 'as HTTP_PROXY'],
    ['https_proxy', 'as HTTP_PROXY'],
    ['no_proxy', 'as HTTP_PROXY'],
    ['all_proxy', 'as HTTP_PROXY'],
    ['SSL_CERT_FILE', 'a company CA bundle for registry and database downloads'],
    ['SSL_CERT_DIR', 'as SSL_CERT_FILE'],
    ['DOCKER_CONFIG', 'registry credentials for pulling the image'],
    ['DOCKER_HOST', 'scanning an image from the Docker daemon'],
    ['DOCKER_CERT_PATH', 'as DOCKER_HOST'],
    ['DOCKER_TLS_VERIFY', 'as DOCKER_HOST'],
    ['CONTAINERD_ADDRESS', 'scanning an image from containerd'],
    ['CONTAINERD_NAMESPACE', 'as CONTAINERD_ADDRESS'],
    ['REGISTRY_AUTH_FILE', 'podman-style registry credentials'],
    ['GOOGLE_APPLICATION_CREDENTIALS', 'pulling from GCR / Artifact Registry'],
    ['XDG_CACHE_HOME', 'default scanner database folders'],
    ['XDG_CONFIG_HOME', 'default scanner configuration folders'],
    ['XDG_DATA_HOME', 'default scanner data folders']
];
/** Prefixes, each with the reason. */
const ALLOWED_PREFIXES = [
    ['LC_', 'the locale'],
    ['TRIVY_', "Trivy's own settings, registry credentials (TRIVY_USERNAME/PASSWORD) and database mirrors"],
    ['GRYPE_', "Grype's own settings, registry credentials (GRYPE_REGISTRY_AUTH_*) and database URL"],
    ['AWS_', 'pulling from Amazon ECR'],
    ['AZURE_', 'pulling from Azure Container Registry']
];
/** Never passed, even when named in IMAGEGATE_CHILD_ENV. */
const DENIED = /^(?:INPUT_|ACTIONS_)|^GITHUB_TOKEN$|^GH_TOKEN$/;
/**
 * A user whose scanner needs another variable names it here, comma-separated (e.g. a custom CA
 * variable); tests pass their stand-in scanners' settings the same way.
 */
const EXTRA_NAMES_VARIABLE = 'IMAGEGATE_CHILD_ENV';
const allowedNames = new Set(ALLOWED_NAMES.map(([name]) => name));
/** The variables of `env` a child may see, plus `extra` (what imagegate itself sets for the program). */
function childEnvironment(env, extra = {}) {
    const named = new Set((env[EXTRA_NAMES_VARIABLE] ?? '')
        .split(',')
        .map(name => name.trim())
        .filter(Boolean));
    const kept = {};
    for (const [name, value] of Object.entries(env)) {
        if (value === undefined || DENIED.test(name))
            continue;
        if (allowedNames.has(name) || named.has(name) || ALLOWED_PREFIXES.some(([p]) => name.startsWith(p))) {
            kept[name] = value;
        }
    }
    return { ...kept, ...withoutDenied(extra) };
}
/** `env` without the names that are never passed (tokens, action inputs). */
function withoutDenied(env) {
    return Object.fromEntries(Object.entries(env).filter(([name]) => !DENIED.test(name)));
}

// EXTERNAL MODULE: ./src/util/children.ts
var children = __webpack_require__(60789);
// EXTERNAL MODULE: ./src/util/redact.ts
var redact = __webpack_require__(50767);
;// CONCATENATED MODULE: ./src/util/exec.ts






const NOT_STARTED = { exitCode: null, timedOut: false, stdout: '', stderrTail: [], durationMs: 0 };
const STDERR_TAIL_LINES = 20;
const STDERR_TAIL_CHARS = 4096;
const KILL_GRACE_MS = 5000;
/**
 * The one way imagegate runs another program: an argument array (never a shell string), a timeout,
 * and a result that never throws, so every caller decides what an exit code means.
 * Why not @actions/exec: it gives no handle on the child, so a hung scanner could not be stopped
 * and would keep the job alive until GitHub's 6-hour limit.
 */
function runProcess(file, args, options = {}) {
    const started = performance.now();
    return new Promise(resolve => {
        let stdoutFd;
        try {
            stdoutFd = options.stdoutFile ? (0,external_node_fs_.openSync)(options.stdoutFile, 'w') : undefined;
        }
        catch (error) {
            return resolve({ ...NOT_STARTED, spawnError: `cannot write its output: ${(0,errors/* errorMessage */.gJ)(error)}` });
        }
        const child = (0,external_node_child_process_.spawn)(file, args, {
            cwd: options.cwd,
            env: options.environment
                ? withoutDenied(options.environment)
                : childEnvironment(process.env, options.env),
            stdio: ['ignore', stdoutFd ?? 'pipe', 'pipe'],
            shell: false,
            // Its own process group, so a timeout stops whatever it started too (a wrapper script's children
            // would otherwise keep the pipes, and so this promise, open).
            detached: process.platform !== 'win32'
        });
        const stop = (signal) => {
            try {
                if (child.pid !== undefined && process.platform !== 'win32')
                    process.kill(-child.pid, signal);
                else
                    child.kill(signal);
            }
            catch {
                // Already gone.
            }
        };
        const untrack = child.pid !== undefined ? (0,children/* trackProcessGroup */.uU)(child.pid) : () => false;
        // The child has its own copy of the descriptor now.
        if (stdoutFd !== undefined)
            (0,external_node_fs_.closeSync)(stdoutFd);
        const stdoutChunks = [];
        child.stdout?.on('data', (chunk) => stdoutChunks.push(chunk));
        const stderr = new TailBuffer(STDERR_TAIL_LINES, STDERR_TAIL_CHARS);
        child.stderr?.on('data', (chunk) => stderr.push(chunk.toString('utf8')));
        let timedOut = false;
        let killTimer;
        const timer = options.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                stop('SIGTERM');
                killTimer = setTimeout(() => stop('SIGKILL'), KILL_GRACE_MS);
            }, options.timeoutMs);
        let spawnError;
        child.on('error', error => {
            spawnError = error.message;
        });
        child.on('close', (code, signal) => {
            untrack();
            clearTimeout(timer);
            clearTimeout(killTimer);
            resolve({
                exitCode: spawnError ? null : code,
                signal: signal ?? undefined,
                timedOut,
                stdout: Buffer.concat(stdoutChunks).toString('utf8'),
                stderrTail: stderr.lines(),
                durationMs: Math.round(performance.now() - started),
                spawnError
            });
        });
    });
}
/** Keeps only the end of a stream (lines and characters), so a chatty process cannot fill memory. */
class TailBuffer {
    maxLines;
    maxChars;
    text = '';
    constructor(maxLines, maxChars) {
        this.maxLines = maxLines;
        this.maxChars = maxChars;
    }
    push(chunk) {
        // Twice the cap, so the final cut can still start at a line boundary.
        this.text = (this.text + chunk).slice(-2 * this.maxChars);
    }
    /** The last lines, cut at `maxChars` and redacted. */
    lines() {
        return (0,redact/* redactSecrets */.fp)((0,redact/* tailOf */.Cj)(this.text, this.maxChars))
            .split(/\r?\n/)
            .filter(line => line.trim() !== '')
            .slice(-this.maxLines);
    }
}


/***/ }),

/***/ 24964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ isInside),
/* harmony export */   q: () => (/* binding */ posixRelative)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** `path.relative` with forward slashes, the form reports and GitHub use on every platform. */
function posixRelative(from, to) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.relative(from, to).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
}
/** True when `file` is `folder` itself or below it (by path, not following links). */
function isInside(folder, file) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(folder), node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(file));
    return relative === '' || (!node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(relative) && relative.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep)[0] !== '..');
}


/***/ }),

/***/ 50767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cj: () => (/* binding */ tailOf),
/* harmony export */   cl: () => (/* binding */ registerSecret),
/* harmony export */   fp: () => (/* binding */ redactSecrets)
/* harmony export */ });
/**
 * Secret redaction for text from other programs (scanner and ShellCheck stderr) before it reaches a
 * report or a log. Known values are masked wherever they appear; common token shapes are masked even
 * when imagegate was never told about them.
 */
const MASK = '***';
/** Shorter values would mask ordinary words. */
const MIN_SECRET_LENGTH = 6;
const knownSecrets = new Set();
/** Registers a value that must never be printed (the GitHub token, a registry password). */
function registerSecret(value) {
    if (value !== undefined && value.length >= MIN_SECRET_LENGTH)
        knownSecrets.add(value);
}
/** Variables whose values are credentials, e.g. TRIVY_PASSWORD, GRYPE_REGISTRY_AUTH_TOKEN. */
const SECRET_VARIABLE = /TOKEN|PASSWORD|PASSWD|SECRET|CREDENTIAL|_KEY$|_AUTH/i;
const TOKEN_SHAPES = [
    // GitHub tokens: classic and app (ghp_, gho_, ghu_, ghs_, ghr_), fine-grained (github_pat_).
    /\bgh[pousr]_[A-Za-z0-9]{20,}/g,
    /\bgithub_pat_[A-Za-z0-9_]{20,}/g,
    // JSON Web Tokens (Actions OIDC tokens, registry bearer tokens).
    /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+/g,
    // AWS access key ids.
    /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g
];
// `Authorization: Bearer x`, `Basic x`; the scheme stays so the message still reads.
const AUTH_HEADER = /\b(Bearer|Basic|token)\s+[A-Za-z0-9._~+/=-]{8,}/gi;
// `https://user:password@host`: the user stays, the password goes.
const URL_PASSWORD = /\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*):[^\s/@]+@/gi;
// `password=x`, `"token": "x"`.
const ASSIGNMENT = /\b((?:password|passwd|secret|token|api[_-]?key)["']?\s*[:=]\s*["']?)[^\s"'&,;]+/gi;
/** `text` with every known secret and token-shaped string masked. */
function redactSecrets(text, env = process.env) {
    let out = text;
    for (const secret of secretValues(env))
        out = out.split(secret).join(MASK);
    for (const shape of TOKEN_SHAPES)
        out = out.replace(shape, MASK);
    return out
        .replace(AUTH_HEADER, `$1 ${MASK}`)
        .replace(URL_PASSWORD, `$1:${MASK}@`)
        .replace(ASSIGNMENT, `$1${MASK}`);
}
/** Registered values and the values of credential-named variables, longest first (a prefix never wins). */
function secretValues(env) {
    const values = new Set(knownSecrets);
    for (const [name, value] of Object.entries(env)) {
        if (value !== undefined && value.length >= MIN_SECRET_LENGTH && SECRET_VARIABLE.test(name))
            values.add(value);
    }
    return [...values].sort((a, b) => b.length - a.length);
}
/**
 * The end of a long text, at most `max` characters, starting at a line (or word) boundary so no
 * secret is cut in half and left unrecognisable; `[…]` marks the cut.
 */
function tailOf(text, max) {
    if (text.length <= max)
        return text;
    const window = text.slice(-max);
    const lineStart = window.indexOf('\n');
    if (lineStart !== -1)
        return `[…]${window.slice(lineStart)}`;
    const wordStart = window.search(/\s/);
    return wordStart === -1 ? '[…]' : `[…]${window.slice(wordStart)}`;
}


/***/ }),

/***/ 49997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   n6: () => (/* binding */ compareText)
/* harmony export */ });
/** `25,000`: thousands separators without toLocaleString, whose first call loads ICU data (~30 ms). */
function formatCount(count) {
    return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/** `3 findings`, `1 finding`. */
function plural(count, noun) {
    return `${formatCount(count)} ${noun}${count === 1 ? '' : 's'}`;
}
/** Code-unit order: stable across machines, and far cheaper than localeCompare on 40,000 items. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 19630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $X: () => (/* binding */ MAX_LOG_MESSAGE_LENGTH),
/* harmony export */   E4: () => (/* binding */ escapeMarkdownInline),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   kU: () => (/* binding */ stripControl),
/* harmony export */   tW: () => (/* binding */ neutralizeWorkflowCommands),
/* harmony export */   tl: () => (/* binding */ shortLine),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/* unused harmony exports MAX_NAME_LENGTH, yamlString */
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
function oneLine(text) {
    return stripControl(text).replace(/\s+/g, ' ').trim();
}
/** Cuts to at most `max` UTF-16 units, ending in `…`, without splitting a surrogate pair. */
function truncate(text, max) {
    if (text.length <= max)
        return text;
    let end = Math.max(0, max - 1);
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end -= 1;
    return `${text.slice(0, end)}…`;
}
/** Longest untrusted name (package, title, path, image) a log line or an annotation shows. */
const MAX_NAME_LENGTH = 200;
/** Longest untrusted message (a finding's text, a reason) a log line shows; the JSON report has it all. */
const MAX_LOG_MESSAGE_LENGTH = 1000;
/**
 * Untrusted text for a log line or an annotation: one line, cut to `max` characters with `…`. A scanner
 * can report a 400,000-character package name; one place decides how much of it people are shown.
 */
function shortLine(text, max = MAX_NAME_LENGTH) {
    return truncate(oneLine(text), max);
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
    const short = truncate(oneLine(text), maxLength);
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
    let body = truncate(oneLine(text), options.maxLength ?? 300);
    if (options.table)
        body = body.replace(/\|/g, '\\|');
    // A code span shows `##[` literally, and the runner reads it anywhere in a line when the markdown is
    // printed (the CLI's --format markdown): break it the way neutralizeWorkflowCommands does.
    body = body.replace(LEGACY_COMMAND, `#${ZWSP}#[`);
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
/**
 * A YAML double-quoted scalar for a snippet people paste into a policy: JSON's string syntax is valid
 * YAML, and it escapes quotes, backslashes and every control character (CR/LF too), so the text stays
 * one value on one line. Non-ASCII is escaped as well, so no bidi override or lookalike survives.
 */
function yamlString(text, maxLength = 200) {
    return JSON.stringify(truncate(text, maxLength)).replace(/[\u007f-\uffff]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}


/***/ }),

/***/ 88286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ parseYamlWithPositions)
/* harmony export */ });
/* unused harmony export PositionIndex */
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33243);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _untrusted_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19630);



/** js-yaml's own sentence is rarely longer; past it is an echoed name. */
const MAX_REASON = 160;
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
function parseYamlWithPositions(text, file, what = 'the file') {
    let events;
    let documents;
    try {
        events = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseEvents */ .PH)(text, { filename: file });
        documents = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .constructFromEvents */ .fw)(events, { source: text, filename: file, schema: js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .CORE_SCHEMA */ .OU });
    }
    catch (error) {
        if (!(error instanceof js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .YAMLException */ .tB))
            throw error;
        const mark = error.mark;
        // js-yaml's reason quotes what it could not read (a tag, an alias name), which may be huge.
        const reason = (0,_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)(error.reason, MAX_REASON);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${file}: invalid YAML: ${reason}`, [
            {
                message: `invalid YAML: ${reason}`,
                position: mark ? { file, line: mark.line + 1, column: mark.column + 1 } : { file }
            }
        ]);
    }
    if (documents.length > 1) {
        const message = `${what} must be a single YAML document; remove the extra \`---\` documents`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${file}: ${message}`, [{ message, position: { file } }]);
    }
    return { value: documents[0], index: new PositionIndex(text, spanOfFirstDocument(events, text)) };
}
function spanOfFirstDocument(events, text) {
    if (events.length < 2 || events[0].type !== js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.DOCUMENT)
        return undefined;
    let cursor = 1;
    const read = () => {
        const event = events[cursor++];
        switch (event.type) {
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SCALAR: {
                const quoted = event.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK.SINGLE_QUOTED || event.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK.DOUBLE_QUOTED;
                // Quoted scalars point at their opening quote, the way editors underline them.
                const start = event.valueStart < 0 ? -1 : quoted ? event.valueStart - 1 : event.valueStart;
                return { kind: 'scalar', start };
            }
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.ALIAS:
                return { kind: 'scalar', start: event.anchorStart - 1 };
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.MAPPING: {
                const entries = new Map();
                while (events[cursor].type !== js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.POP) {
                    const keyEvent = events[cursor];
                    const key = read();
                    const value = read();
                    // Complex (non-scalar) keys can't be named by a path, so they are not indexed.
                    if (keyEvent.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SCALAR)
                        entries.set((0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .getScalarValue */ .KE)(text, keyEvent), { keyStart: key.start, value });
                }
                cursor++;
                return { kind: 'mapping', start: event.start, entries };
            }
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SEQUENCE: {
                const items = [];
                while (events[cursor].type !== js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.POP)
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


/***/ })

};
