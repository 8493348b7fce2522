/** @actions/cache is large and only Actions runs use it, so it loads on first use. */
export const loadActionsCache = () => import('@actions/cache')

export type ActionsCache = Awaited<ReturnType<typeof loadActionsCache>>
