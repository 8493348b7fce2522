import type { FileHandle } from 'node:fs/promises'

// Why not a library: tar-stream and tar read archives as a stream, front to back, so finding
// manifest.json in a 2 GB `docker save` archive would read every layer. Image archives need two small
// files, so this reader walks the 512-byte headers and seeks past every body unread.

export interface TarEntry {
  name: string
  /** Where the body starts in the file. */
  offset: number
  size: number
  /** `0` file, `2` symlink, `5` directory, … (the ustar typeflag). */
  type: string
  linkname: string
}

const BLOCK = 512
/** More entries than any image archive has; a bound so a hostile file cannot keep us walking. */
const MAX_ENTRIES = 100_000

/** The entries of a ustar/pax/GNU tar file by normalized name (`./a` → `a`), bodies left unread. */
export async function listTar(file: FileHandle): Promise<Map<string, TarEntry>> {
  const entries = new Map<string, TarEntry>()
  const { size: fileSize } = await file.stat()
  const header = Buffer.alloc(BLOCK)
  let position = 0
  let longName: string | undefined
  for (let count = 0; count < MAX_ENTRIES && position + BLOCK <= fileSize; count++) {
    const { bytesRead } = await file.read(header, 0, BLOCK, position)
    if (bytesRead < BLOCK || header.every(b => b === 0)) break
    if (!checksumOk(header)) throw new Error(`not a tar archive (bad header checksum at byte ${position})`)
    const size = readSize(header)
    const type = String.fromCharCode(header[156] || 0x30)
    const body = position + BLOCK
    if (body + size > fileSize) throw new Error('the tar archive is truncated')
    position = body + Math.ceil(size / BLOCK) * BLOCK
    if (type === 'x' || type === 'L') {
      // A pax extended header or GNU long name: the next entry's real name. Bounded: names are short.
      const text = (await readBody(file, body, Math.min(size, 64 * 1024))).toString('utf8')
      longName =
        type === 'L'
          ? text.replace(/\0.*$/s, '')
          : (/(?:^|\n)\d+ path=([^\n]*)\n/.exec(text)?.[1] ?? longName)
      continue
    }
    if (type === 'g') continue
    const prefix = field(header, 345, 155)
    const name = normalize(
      longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100))
    )
    longName = undefined
    entries.set(name, { name, offset: body, size, type, linkname: field(header, 157, 100) })
  }
  return entries
}

/** Reads `length` bytes at `offset`. */
export async function readBody(file: FileHandle, offset: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length)
  const { bytesRead } = await file.read(buffer, 0, length, offset)
  return buffer.subarray(0, bytesRead)
}

function field(header: Buffer, start: number, length: number): string {
  const raw = header.subarray(start, start + length)
  const end = raw.indexOf(0)
  return raw.subarray(0, end === -1 ? length : end).toString('utf8')
}

/** Octal, or GNU base-256 (high bit set) for sizes of 8 GiB and more. */
function readSize(header: Buffer): number {
  const raw = header.subarray(124, 136)
  if (raw[0] & 0x80) {
    let value = 0
    for (let i = 1; i < raw.length; i++) value = value * 256 + raw[i]
    return value
  }
  const text = field(header, 124, 12).trim()
  return text === '' ? 0 : parseInt(text, 8)
}

function checksumOk(header: Buffer): boolean {
  let sum = 0
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : header[i]
  return parseInt(field(header, 148, 8).trim(), 8) === sum
}

export function normalize(name: string): string {
  return name.replace(/^(\.\/)+/, '').replace(/\/+$/, '')
}
