/** A base policy file read from a repository, at the commit its ref resolved to. */
export interface FetchedPolicyFile {
  text: string
  /** Full 40-hex commit SHA the ref resolved to when the file was read. */
  commitSha: string
  /** Where a person can read exactly this file (the blob at that commit). */
  htmlUrl: string
}

/**
 * Reads `owner/repo/path@ref`. Any failure (404, 403, network, too large) is thrown as an Error whose
 * message says which and why; the loader names the `extends` entry and fails the run. No fallback.
 */
export interface PolicySourceFetcher {
  fetch(file: { owner: string; repo: string; path: string; ref: string }): Promise<FetchedPolicyFile>
}

/** Reads an https URL's body, capped; the loader checks the pinned SHA-256. */
export type UrlFetcher = (url: string) => Promise<Buffer>

/** The most a base policy may weigh: policies are a few kB; anything near this is not one. */
export const MAX_POLICY_BYTES = 1024 * 1024
