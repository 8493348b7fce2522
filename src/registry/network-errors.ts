/** What failed below HTTP (DNS, TCP, TLS), as a reason and a fix; never the raw stack. */
export function describeNetworkError(
  error: unknown,
  host: string
): { reason: string; fix?: string; retryable: boolean } {
  const code = errorCode(error)
  if (code === 'ECONNREFUSED') {
    return {
      reason: `registry at ${host} unreachable (connection refused)`,
      fix: 'check the registry host and port, and that the registry is running',
      retryable: true
    }
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return {
      reason: `registry host ${host} not found (DNS lookup failed)`,
      fix: 'check the registry name',
      retryable: code === 'EAI_AGAIN'
    }
  }
  if (code && /CERT|TLS|SSL|EPROTO/.test(code)) {
    return {
      reason: `TLS connection to ${host} failed (${code})`,
      fix: `if ${host} serves plain HTTP, list it as an insecure registry (insecure-registries input, --insecure-registry ${host})`,
      retryable: false
    }
  }
  const detail = code ?? (error instanceof Error ? error.message.slice(0, 120) : 'unknown error')
  return {
    reason: `registry at ${host} unreachable (${detail})`,
    fix: 'check the network and the registry host',
    retryable: true
  }
}

/** fetch() rejects with a TypeError whose cause (sometimes nested) carries the system error code. */
function errorCode(error: unknown): string | undefined {
  let current: unknown = error
  for (let depth = 0; depth < 4 && current; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string' && code !== 'UND_ERR_SOCKET') return code
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}

/** AbortSignal.timeout() aborts with a TimeoutError, whether during the headers or the body. */
export function isTimeout(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'TimeoutError'
}
