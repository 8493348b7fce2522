/** One challenge from a `WWW-Authenticate` header (RFC 7235): a scheme and its parameters. */
export interface Challenge {
  /** Lowercased: `bearer`, `basic`, … */
  scheme: string
  params: Record<string, string>
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+/

/**
 * Parses every challenge in a header such as
 * `Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:x:pull"`.
 * Quoted values may contain commas and `\"`; unknown schemes are returned too, so the caller can
 * say what it got. Malformed text ends the parse with what was read so far, never an exception.
 */
export function parseChallenges(header: string): Challenge[] {
  const challenges: Challenge[] = []
  let rest = header.trim()
  let current: Challenge | undefined
  while (rest.length > 0) {
    rest = rest.replace(/^[\s,]+/, '')
    const name = TOKEN.exec(rest)?.[0]
    if (!name) break
    const afterName = rest.slice(name.length).replace(/^\s+/, '')
    if (afterName.startsWith('=') && current) {
      const parsed = readValue(afterName.slice(1).replace(/^\s+/, ''))
      if (!parsed) break
      current.params[name.toLowerCase()] = parsed.value
      rest = parsed.rest
    } else {
      current = { scheme: name.toLowerCase(), params: {} }
      challenges.push(current)
      rest = afterName
    }
  }
  return challenges
}

function readValue(text: string): { value: string; rest: string } | undefined {
  if (!text.startsWith('"')) {
    const token = TOKEN.exec(text)?.[0]
    return token === undefined ? undefined : { value: token, rest: text.slice(token.length) }
  }
  let value = ''
  for (let i = 1; i < text.length; i++) {
    const c = text[i]
    if (c === '\\' && i + 1 < text.length) value += text[++i]
    else if (c === '"') return { value, rest: text.slice(i + 1) }
    else value += c
  }
  return undefined // an unterminated quote
}

/** The first challenge the client can answer: Bearer (token service) or Basic. */
export function usableChallenge(challenges: Challenge[]): Challenge | undefined {
  return (
    challenges.find(c => c.scheme === 'bearer' && c.params.realm) ??
    challenges.find(c => c.scheme === 'basic')
  )
}
