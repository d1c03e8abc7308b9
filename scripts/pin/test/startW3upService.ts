import assert from 'node:assert'
import http from 'node:http'
import { create } from '@storacha/client'
import * as Signer from '@storacha/client/principal/ed25519'
import { StoreMemory } from '@storacha/client/stores/memory'
import type { ConnectionView } from '@storacha/client/types'
import { Message } from '@ucanto/core'
import * as CAR from '@ucanto/transport/car'
import { base64 } from 'multiformats/bases/base64'
import { CID } from 'multiformats/cid'
import { identity } from 'multiformats/hashes/identity'
import { type RunningServer, startHttpServer } from '../../serve/startHttpServer.ts'

/** The parts of upload-api's test context used here (see {@link loadUploadApi}). */
interface UploadApiContext {
  id: { did(): `did:${string}:${string}` }
  connection: unknown
  agentStore: { receipts: { get(task: CID): Promise<{ ok: Receipt } | { error: unknown }> } }
  uploadTable: { exists(space: `did:key:${string}`, root: CID): Promise<{ ok?: boolean }> }
  provisionsStorage: {
    put(provision: { provider: string; customer: string; consumer: string }): Promise<unknown>
  }
}
type Receipt = Parameters<typeof Message.build>[0] extends { receipts?: (infer R)[] } ? R : never

/**
 * Loads `@storacha/upload-api/test/context` by a specifier tsc does not follow: its type declarations
 * import `@storacha/indexing-service-client/api`, whose package.json lists the `import` condition (a .js
 * beside its .ts source) before `types`, so tsc would type-check that package's TypeScript source under
 * this project's settings and fail. At run time it is the same module.
 */
async function loadUploadApi(): Promise<{
  createContext(options: { http: typeof http; assert: typeof assert }): Promise<UploadApiContext>
  cleanupContext(context: UploadApiContext): Promise<unknown>
}> {
  const specifier: string = '@storacha/upload-api/test/context'
  return import(specifier)
}

/** A running w3up upload service (the real upload-api implementation) and what a release job needs. */
export interface W3upServiceStandIn {
  /** The service's in-process UCAN connection. */
  connection: ConnectionView<never>
  /** The service's DID. */
  did: `did:${string}:${string}`
  /** The receipts endpoint on 127.0.0.1 (`<url>/receipt/<task>`). */
  receiptsUrl: URL
  /** Whether the upload service has registered `root` in `space`. */
  hasUpload: (space: string, root: CID) => Promise<boolean>
  /**
   * What a maintainer does once with the CLI: creates a space, provisions it on this service (unless
   * `provision` is false), creates an agent key and delegates the upload abilities to it.
   */
  issueCredentials: (options?: {
    provision?: boolean
  }) => Promise<{ principal: string; proof: string; space: string }>
  close: () => Promise<void>
}

// upload-api's test storage servers call listen() with no host (all interfaces); keep them on loopback.
const loopbackHttp = {
  ...http,
  createServer: (...args: Parameters<typeof http.createServer>) => {
    const server = http.createServer(...args)
    const listen = server.listen.bind(server)
    server.listen = ((callback?: () => void) => listen(0, '127.0.0.1', callback)) as typeof server.listen
    return server
  },
}

const uploadAbilities = ['space/blob/add', 'space/index/add', 'filecoin/offer', 'upload/add'] as const

/**
 * Starts the w3up upload service's own in-process implementation (`createContext` from
 * `@storacha/upload-api/test/context`, with its blob storage nodes on 127.0.0.1), plus the receipts
 * endpoint a deployment serves at `/receipt/<task-cid>` (read from the service's agent store, as the
 * client's own compatibility tests do), so the real `@storacha/client` can upload to it.
 *
 * @returns The connection, DID, receipts URL, a way to issue credentials, and `close()`.
 * @example
 * const service = await startW3upService()
 * const { principal, proof } = await service.issueCredentials()
 */
export async function startW3upService(): Promise<W3upServiceStandIn> {
  const { createContext, cleanupContext } = await loadUploadApi()
  const context = await createContext({ http: loopbackHttp as unknown as typeof http, assert })
  const receipts: RunningServer = await startHttpServer(
    async (request, response) => {
      const task = CID.parse(
        new URL(request.url ?? '/', 'http://receipts.invalid').pathname.split('/').pop() ?? '',
      )
      const found = await context.agentStore.receipts.get(task)
      if (!('ok' in found)) {
        response.writeHead(404)
        return void response.end()
      }
      const message = await Message.build({ receipts: [found.ok] })
      response.writeHead(200, { 'content-type': 'application/vnd.ipld.car' })
      response.end(CAR.request.encode(message).body)
    },
    { host: '127.0.0.1', port: 0 },
  )
  const connection = context.connection as unknown as ConnectionView<never>
  const serviceConf = { access: connection, upload: connection, filecoin: connection, gateway: connection }

  return {
    connection,
    did: context.id.did(),
    receiptsUrl: new URL(`${receipts.url}/receipt/`),
    hasUpload: async (space, root) =>
      (await context.uploadTable.exists(space as `did:key:${string}`, root)).ok === true,
    async issueCredentials({ provision = true } = {}) {
      const owner = await create({ store: new StoreMemory(), serviceConf })
      const space = await owner.createSpace('atlas-releases', { skipGatewayAuthorization: true })
      await owner.addSpace(await space.createAuthorization(owner))
      if (provision) {
        // As the client's own tests provision: the in-memory store ignores `cause` (the provider/add invocation).
        await context.provisionsStorage.put({
          provider: context.id.did(),
          customer: 'did:mailto:example.org:maintainer',
          consumer: space.did(),
        })
      }
      const agent = await Signer.generate()
      await owner.setCurrentSpace(space.did())
      const delegation = await owner.createDelegation(agent, [...uploadAbilities], { expiration: Infinity })
      const archive = await delegation.archive()
      if (!archive.ok) throw archive.error
      // `storacha delegation create --base64` prints the archive as a CID with an identity multihash (0x0202 = CAR).
      const proof = CID.create(1, 0x0202, identity.digest(archive.ok)).toString(base64)
      return { principal: Signer.format(agent), proof, space: space.did() }
    },
    close: async () => {
      await receipts.close()
      await cleanupContext(context)
    },
  }
}
