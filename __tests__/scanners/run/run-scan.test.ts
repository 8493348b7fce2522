import * as path from 'node:path'
import { readFileSync, writeFileSync } from 'node:fs'
import { parseImageTarget, type ImageTarget } from '../../../src/image/source.js'
import { runScan, scanArguments, ScanError, type ScanTool } from '../../../src/scanners/run-scan.js'
import { stubBin } from '../../helpers/stub-bin.js'

// Built by hand for a reference: runScan must pass even an image text the gate would refuse as one argument.
const target = (image: string): ImageTarget =>
  image.includes(':/') || image.startsWith('oci-layout:') || image.startsWith('docker-archive:')
    ? parseImageTarget(image, '/work')
    : ({ kind: 'reference', image } as ImageTarget)

const request = (image = 'alpine:3.20', timeoutSeconds = 30) => ({
  image,
  source: target(image),
  timeoutSeconds
})

function tool(name: 'trivy' | 'grype', body: string, extra: Partial<ScanTool> = {}): ScanTool {
  const dir = stubBin({ [name]: body })
  return { name, path: path.join(dir, name), env: {}, scanArgs: [], ...extra }
}

describe('scanArguments', () => {
  it('asks Trivy for JSON with vulnerabilities and secrets, its own timeout, then the image', () => {
    const t: ScanTool = { name: 'trivy', path: 'trivy', env: {}, scanArgs: ['--skip-db-update'] }
    expect(scanArguments(t, request('ghcr.io/a/b:1', 120), '/tmp/x/empty.trivyignore')).toEqual([
      'image',
      '--format',
      'json',
      '--quiet',
      '--scanners',
      'vuln,secret',
      '--timeout',
      '120s',
      '--ignorefile',
      '/tmp/x/empty.trivyignore',
      '--skip-db-update',
      'ghcr.io/a/b:1'
    ])
  })

  it('maps local sources to each scanner syntax', () => {
    const trivy: ScanTool = { name: 'trivy', path: 'trivy', env: {}, scanArgs: [] }
    const grype: ScanTool = { name: 'grype', path: 'grype', env: {}, scanArgs: [] }
    const oci = request('oci-layout:build/oci:v1')
    expect(scanArguments(trivy, oci, 'none').slice(-2)).toEqual(['--input', '/work/build/oci:v1'])
    expect(scanArguments(grype, oci, 'none')[0]).toBe('oci-dir:/work/build/oci')
    const archive = request('docker-archive:image.tar')
    expect(scanArguments(trivy, archive, 'none').slice(-2)).toEqual(['--input', '/work/image.tar'])
    expect(scanArguments(grype, archive, 'none')[0]).toBe('docker-archive:/work/image.tar')
  })
})

describe('runScan with stub scanners', () => {
  it('returns what the scanner printed, passing the image as one argument', async () => {
    const dir = stubBin({})
    const argsFile = path.join(dir, 'args')
    const t = tool('grype', `printf '%s\\n' "$@" > '${argsFile}'; echo '{"matches":[]}'`)
    const hostile = 'alpine:3.20;touch /tmp/pwned'
    expect(await runScan(t, request(hostile))).toBe('{"matches":[]}\n')
    expect(readFileSync(argsFile, 'utf8').split('\n')[0]).toBe(hostile)
  })

  it('runs the scanner away from the checkout, with its own ignore files replaced by an empty one', async () => {
    const dir = stubBin({})
    const seen = path.join(dir, 'seen')
    const t = tool('grype', `{ pwd; ls -A; printf '%s\\n' "$@"; } > '${seen}'; echo '{}'`)
    await runScan(t, request())
    const lines = readFileSync(seen, 'utf8').split('\n')
    expect(lines[0]).not.toBe(process.cwd())
    expect(lines).not.toContain('.grype.yaml')
    const config = lines[lines.indexOf('--config') + 1]
    expect(path.dirname(config!)).toBe(lines[0])
  })

  it('passes the database environment to the scanner', async () => {
    const t = tool('grype', 'echo "{\\"db\\":\\"$GRYPE_DB_CACHE_DIR\\"}"', {
      env: { GRYPE_DB_CACHE_DIR: '/cache/x' }
    })
    expect(JSON.parse(await runScan(t, request()))).toEqual({ db: '/cache/x' })
  })

  it('a non-zero exit is an error that quotes the last stderr lines', async () => {
    const t = tool('trivy', 'echo "FATAL unable to find the specified image" >&2; exit 1')
    await expect(runScan(t, request())).rejects.toThrow(
      'trivy on alpine:3.20 exited with 1; its last output: FATAL unable to find the specified image'
    )
  })

  it('the scanner sees no GitHub token, action input or runner token', async () => {
    const saved = { ...process.env }
    Object.assign(process.env, {
      GITHUB_TOKEN: 'ghs_from_env_0123456789abcdef',
      'INPUT_GITHUB-TOKEN': 'ghs_from_input_0123456789abc',
      ACTIONS_RUNTIME_TOKEN: 'runtime-token-value',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token',
      TRIVY_USERNAME: 'registry-user'
    })
    try {
      // The stand-in reports its whole environment as JSON.
      const t = tool('trivy', 'node -e "process.stdout.write(JSON.stringify(process.env))"')
      const env = JSON.parse(await runScan(t, request())) as Record<string, string>
      expect(Object.keys(env).filter(name => /^(GITHUB_TOKEN|INPUT_|ACTIONS_)/.test(name))).toEqual([])
      expect(JSON.stringify(env)).not.toMatch(/ghs_|runtime-token|oidc-request/)
      expect(env.TRIVY_USERNAME).toBe('registry-user')
    } finally {
      process.env = saved
    }
  })

  it('a failing scanner’s stderr reaches the error cut and without the token it printed', async () => {
    const saved = { ...process.env }
    process.env.GRYPE_REGISTRY_AUTH_PASSWORD = 'registry-pass-4321'
    try {
      const t = tool(
        'grype',
        'head -c 1048576 /dev/zero | tr "\\0" z >&2; echo >&2; ' +
          'echo "pull failed: Bearer abc.def.ghi token ghp_0123456789abcdefghijABCDEFGHIJ pass registry-pass-4321" >&2; exit 1'
      )
      const error = (await runScan(t, request()).catch(e => e)) as Error
      expect(error).toBeInstanceOf(ScanError)
      expect(error.message).toContain('pull failed: Bearer *** token *** pass ***')
      expect(error.message).not.toMatch(/ghp_|registry-pass|abc\.def/)
      expect(error.message.length).toBeLessThan(4096 + 200)
    } finally {
      process.env = saved
    }
  })

  it('a hung scanner is stopped at the timeout and says which setting to raise', async () => {
    const t = tool('grype', 'sleep 30')
    const started = Date.now()
    await expect(runScan(t, request('alpine:3.20', 0.5))).rejects.toThrow(
      /grype on alpine:3.20 did not finish within 0.5 s.*vulnerabilities.timeoutSeconds/
    )
    expect(Date.now() - started).toBeLessThan(10_000)
  })

  it('a missing executable is an error, never an empty report', async () => {
    const t: ScanTool = { name: 'trivy', path: '/nonexistent/trivy', env: {}, scanArgs: [] }
    const error = await runScan(t, request()).catch(e => e)
    expect(error).toBeInstanceOf(ScanError)
    expect(String(error.message)).toMatch(/trivy on alpine:3.20 could not be started/)
  })

  it('keeps large reports intact (streamed to a file)', async () => {
    const dir = stubBin({})
    const big = path.join(dir, 'big.json')
    writeFileSync(big, JSON.stringify({ matches: Array.from({ length: 20000 }, (_, i) => ({ i })) }))
    const t = tool('grype', `cat '${big}'`)
    expect(JSON.parse(await runScan(t, request())).matches).toHaveLength(20000)
  })
})
