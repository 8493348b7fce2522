import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { ConfigError } from '../../src/errors.js'
import { writeReportSafely, type WriteRules } from '../../src/publish/safe-write.js'

describe('writeReportSafely', () => {
  let work: string
  let outside: string
  let secret: string
  beforeEach(() => {
    work = mkdtempSync(path.join(tmpdir(), 'imagegate-safe-work-'))
    outside = mkdtempSync(path.join(tmpdir(), 'imagegate-safe-outside-'))
    secret = path.join(outside, 'secret.txt')
    writeFileSync(secret, 'untouched\n')
  })
  afterEach(() => {
    rmSync(work, { recursive: true, force: true })
    rmSync(outside, { recursive: true, force: true })
  })
  const rules = (extra: Partial<WriteRules> = {}): WriteRules => ({ roots: [work], inputs: [], ...extra })
  const write = (given: string, r: WriteRules = rules()) =>
    writeReportSafely('report-json', given, work, ['{"a":', '1}'], r)

  it('writes through a temporary file and leaves nothing else behind', () => {
    const file = write('out/r.json')
    expect(readFileSync(file, 'utf8')).toBe('{"a":1}\n')
    expect(readdirSync(path.join(work, 'out'))).toEqual(['r.json'])
  })

  it('replaces an earlier report', () => {
    write('r.json')
    writeFileSync(path.join(work, 'r.json'), 'old')
    expect(readFileSync(write('r.json'), 'utf8')).toBe('{"a":1}\n')
  })

  it('refuses a report path that is a link to a file outside, leaving the target untouched', () => {
    symlinkSync(secret, path.join(work, 'out.json'))
    expect(() => write('out.json')).toThrow(ConfigError)
    expect(() => write('out.json')).toThrow(/^report-json: cannot write .*out\.json: it is a symbolic link/)
    expect(readFileSync(secret, 'utf8')).toBe('untouched\n')
    expect(lstatSync(path.join(work, 'out.json')).isSymbolicLink()).toBe(true)
  })

  it('refuses a dangling link, which would otherwise create the file it points at', () => {
    symlinkSync(path.join(outside, 'new.txt'), path.join(work, 'out.json'))
    expect(() => write('out.json')).toThrow(/symbolic link/)
    expect(readdirSync(outside)).toEqual(['secret.txt'])
  })

  it('refuses a linked folder on the way to the report', () => {
    symlinkSync(outside, path.join(work, 'reports'))
    expect(() => write('reports/secret.txt')).toThrow(/reports is a symbolic link/)
    expect(() => write('reports/deeper/r.json')).toThrow(/reports is a symbolic link/)
    expect(readdirSync(outside)).toEqual(['secret.txt'])
  })

  it('refuses paths outside the roots, naming the roots and what to do', () => {
    expect(() => write('../elsewhere.json')).toThrow(
      /outside the working directory and the runner's temp folder .*choose a path inside one of them/
    )
    expect(() => write(path.join(outside, 'r.json'))).toThrow(ConfigError)
    expect(readdirSync(outside)).toEqual(['secret.txt'])
  })

  it('accepts an absolute path outside the roots when the command line allows it, but not a link', () => {
    const cli = rules({ absoluteAnywhere: true })
    expect(readFileSync(write(path.join(outside, 'r.json'), cli), 'utf8')).toBe('{"a":1}\n')
    // Relative paths stay inside the roots even then.
    expect(() => write('../elsewhere.json', cli)).toThrow(/outside the working directory/)
    symlinkSync(secret, path.join(outside, 'link.json'))
    expect(() => write(path.join(outside, 'link.json'), cli)).toThrow(/symbolic link/)
    expect(readFileSync(secret, 'utf8')).toBe('untouched\n')
  })

  it('never replaces an input of the run, however the path is spelled', () => {
    const dockerfile = path.join(work, 'Dockerfile')
    writeFileSync(dockerfile, 'FROM alpine:3.20\n')
    mkdirSync(path.join(work, 'sub'))
    const r = rules({ inputs: [dockerfile] })
    for (const given of ['Dockerfile', './sub/../Dockerfile', dockerfile]) {
      expect(() => write(given, r)).toThrow(/it is an input of this run .*Dockerfile.*choose another path/)
    }
    expect(readFileSync(dockerfile, 'utf8')).toBe('FROM alpine:3.20\n')
  })

  it('names the reason when a folder on the way is a file', () => {
    writeFileSync(path.join(work, 'blocker'), '')
    expect(() => write('blocker/r.json')).toThrow(/blocker is not a folder/)
  })
})
