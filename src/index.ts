import * as core from '@actions/core'
import { run } from './main.js'
import { exitWithChildrenOnSignals } from './util/children.js'

// A cancelled job sends SIGINT, then SIGTERM: scanners and ShellCheck stop with imagegate.
exitWithChildrenOnSignals(message => core.setFailed(message))

await run()
