/** Requests sent by one client, by kind: the bench and tests check "one manifest request per image". */
export class RequestStats {
  /** `manifestGet` counts image manifests and indexes; `artifactGet` the `.sig` and referrer-fallback tags. */
  readonly counts = {
    manifestGet: 0,
    manifestHead: 0,
    artifactGet: 0,
    blob: 0,
    referrers: 0,
    probe: 0,
    token: 0,
    other: 0
  }

  record(method: string, url: URL): void {
    const path = url.pathname
    if (path === '/v2/' || path === '/v2') this.counts.probe++
    else if (/\/manifests\/sha256-[a-f0-9]{64}(?:\.sig)?$/.test(path)) this.counts.artifactGet++
    else if (/\/manifests\/[^/]+$/.test(path)) {
      if (method === 'HEAD') this.counts.manifestHead++
      else this.counts.manifestGet++
    } else if (/\/blobs\/[^/]+$/.test(path)) this.counts.blob++
    else if (/\/referrers\/[^/]+$/.test(path)) this.counts.referrers++
    else if (url.searchParams.has('scope') || url.searchParams.has('service')) this.counts.token++
    else this.counts.other++
  }

  get total(): number {
    return Object.values(this.counts).reduce((a, b) => a + b, 0)
  }
}
