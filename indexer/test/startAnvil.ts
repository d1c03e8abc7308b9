import { type ChildProcess, spawn } from 'node:child_process'
import { connect } from 'node:net'
import { fileURLToPath } from 'node:url'

const ANVIL_BIN = fileURLToPath(new URL('../../node_modules/.bin/anvil', import.meta.url))

/** A running local anvil node. */
export interface Anvil {
  /** `http://127.0.0.1:<port>` */
  url: string
  port: number
  /** Stops the node and waits for it to exit. */
  stop(): Promise<void>
}

/**
 * Starts `node_modules/.bin/anvil` on 127.0.0.1 with a port the OS picks (`--port 0`), reading the port
 * from its "Listening on" line. `--slots-in-an-epoch 1` makes its `finalized` block `latest - 2`
 * instead of `latest - 64`, so tests mine two blocks after a deployment to make it final.
 *
 * @param args extra anvil arguments, e.g. `['--chain-id', '1337']`.
 */
export async function startAnvil(args: readonly string[] = []): Promise<Anvil> {
  // The bin is a Node wrapper that forwards SIGTERM to the real binary; run it with this Node.
  const child = spawn(
    process.execPath,
    [ANVIL_BIN, '--host', '127.0.0.1', '--port', '0', '--slots-in-an-epoch', '1', ...args],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  let output = ''
  try {
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`anvil did not start within 30 s:\n${output}`)), 30_000)
      const onData = (chunk: Buffer) => {
        output += chunk.toString()
        const match = /Listening on 127\.0\.0\.1:(\d+)/.exec(output)
        if (match?.[1]) {
          clearTimeout(timer)
          resolve(Number(match[1]))
        }
      }
      child.stdout?.on('data', onData)
      child.stderr?.on('data', onData)
      child.once('error', (error) => {
        clearTimeout(timer)
        reject(error)
      })
      child.once('exit', (code) => {
        clearTimeout(timer)
        reject(new Error(`anvil exited with code ${code}:\n${output}`))
      })
    })
    // Keep draining its output so the pipe never fills.
    child.stdout?.resume()
    child.stderr?.resume()
    return {
      url: `http://127.0.0.1:${port}`,
      port,
      stop: async () => {
        await stop(child, exited)
        await waitUntilClosed(port)
      },
    }
  } catch (error) {
    await stop(child, exited)
    throw error
  }
}

async function stop(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
  await exited
}

/** The wrapper exits as soon as it has forwarded SIGTERM; wait for the real node to let go of its port. */
async function waitUntilClosed(port: number): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1')
      socket.once('connect', () => {
        socket.destroy()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (!open) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`anvil still listens on port ${port}`)
}
