import * as core from '@actions/core'
import { neutralizeWorkflowCommands } from '../util/untrusted.js'
import type { Logger } from '../util/logger.js'

/** Every line goes through neutralizeWorkflowCommands: log text may quote Dockerfiles and image metadata. */
export const coreLogger: Logger = {
  group: (title, fn) => core.group(neutralizeWorkflowCommands(title), fn),
  info: message => core.info(neutralizeWorkflowCommands(message)),
  warning: message => core.warning(message),
  debug: message => core.debug(message)
}
