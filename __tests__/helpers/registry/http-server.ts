import * as http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface TestServer {
  /** `127.0.0.1:PORT`, the form image references and insecureRegistries use. */
  host: string
  url: string
  /** Every request seen, in order: method and path (with query). */
  requests: Array<{ method: string; path: string; headers: http.IncomingHttpHeaders }>
  stop(): Promise<void>
}

/**
 * A tiny local HTTP server for unit tests of the registry client (SYNTHETIC registry answers). Open
 * connections (hung responses, endless bodies) are destroyed on stop.
 */
export async function startHttpServer(
  handler: (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>
): Promise<TestServer> {
  const requests: TestServer['requests'] = []
  const sockets = new Set<import('node:net').Socket>()
  const server = http.createServer((req, res) => {
    requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers })
    Promise.resolve(handler(req, res)).catch(error => {
      res.statusCode = 599
      res.end(String(error))
    })
  })
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    host,
    url: `http://${host}`,
    requests,
    stop: () =>
      new Promise(resolve => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}

/** Sends JSON with a status and headers. */
export function sendJson(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  const bytes = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body))
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': String(bytes.length),
    ...headers
  })
  res.end(bytes)
}
