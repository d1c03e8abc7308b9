import { create } from '@storacha/client'
import {
  accessServiceConnection,
  filecoinServiceConnection,
  gatewayServiceConnection,
  uploadServiceConnection,
} from '@storacha/client/service'
import { StoreMemory } from '@storacha/client/stores/memory'
import type { ConnectionView, ServiceConf } from '@storacha/client/types'
import { carSource } from './carSource.ts'
import type { PinProvider, PinRequest, PinResult } from './PinProvider.ts'
import { PinProviderError } from './PinProviderError.ts'
import type { W3upCredentials } from './parseW3upCredentials.ts'
import { sameCid } from './sameCid.ts'
import { toReadableStream } from './toReadableStream.ts'

/** Where a w3up-compatible upload service is and who uploads to it. */
export interface W3upOptions {
  /** The agent key and its space delegation (see parseW3upCredentials). */
  credentials: W3upCredentials
  /** The service's DID, e.g. `did:web:up.example.org`; invocations are addressed to it. */
  serviceDid: `did:${string}:${string}`
  /** The service's UCAN HTTP endpoint, e.g. `https://up.example.org`. */
  serviceUrl: URL
  /** Where the service serves receipts (`GET <url><task-cid>`), e.g. `https://up.example.org/receipt/`. */
  receiptsUrl: URL
  /** Shown in progress and errors; defaults to `w3up`. */
  name?: string
}

/** What the w3up provider takes from outside: a ready connection (tests), the client's retry count. */
export interface W3upDeps {
  /** Used instead of HTTP connections to `serviceUrl` (a test's in-process service). */
  connection?: ConnectionView<never>
  /** Retries of each step inside the client (it backs off by itself); defaults to 4. */
  retries?: number
}

/**
 * A provider that uploads the CAR with the w3up protocol through `@storacha/client` (the maintained
 * w3up client): `space/blob/add` of each shard, `space/index/add`, then `upload/add` of the root, all
 * signed by the agent with the space's delegation. Only for self-hosted w3up-compatible services:
 * Storacha's hosted service (formerly web3.storage) stopped accepting uploads on 2026-04-15.
 *
 * @param options Credentials, service DID and URLs.
 * @param deps An in-process connection for tests, and the client's retry count.
 * @returns The provider.
 * @example
 * const w3up = createW3upProvider({ credentials, serviceDid: 'did:web:up.example.org', serviceUrl, receiptsUrl })
 */
export function createW3upProvider(options: W3upOptions, deps: W3upDeps = {}): PinProvider {
  const name = options.name ?? 'w3up'

  function serviceConf(): ServiceConf {
    if (deps.connection) {
      const connection = deps.connection as ConnectionView<never>
      return { access: connection, upload: connection, filecoin: connection, gateway: connection }
    }
    // The client only needs the service principal's DID to address invocations.
    const id = { did: () => options.serviceDid }
    const url = options.serviceUrl
    return {
      access: accessServiceConnection({ id, url }),
      upload: uploadServiceConnection({ id, url }),
      filecoin: filecoinServiceConnection({ id, url }),
      gateway: gatewayServiceConnection({ id, url }),
    }
  }

  async function pin(request: PinRequest): Promise<PinResult> {
    const { root, signal, onProgress } = request
    const car = await carSource(request.car)
    const client = await create({
      principal: options.credentials.agent,
      store: new StoreMemory(),
      serviceConf: serviceConf(),
      receiptsEndpoint: options.receiptsUrl,
    })
    const space = await client.addSpace(options.credentials.proof)
    await client.setCurrentSpace(space.did())
    let stored = 0
    let shards = 0
    let uploaded: { toString(): string }
    try {
      uploaded = await client.uploadCAR(
        { size: car.size, stream: () => toReadableStream(car.open()) as ReturnType<Blob['stream']> },
        {
          signal,
          retries: deps.retries ?? 4,
          onShardStored: (meta) => {
            shards++
            stored += meta.size
          },
          onUploadProgress: ({ loaded }) =>
            onProgress?.({
              provider: name,
              phase: 'upload',
              loaded: Math.min(car.size, stored + loaded),
              total: car.size,
            }),
        },
      )
    } catch (error) {
      signal?.throwIfAborted()
      throw new PinProviderError({
        provider: name,
        problem: `the upload to ${space.did()} failed: ${explain(error)}`,
        hint: 'Check that the space is provisioned on the service and W3UP_PROOF grants space/blob/add, space/index/add and upload/add.',
        cause: error,
      })
    }
    if (!sameCid(uploaded.toString(), root)) {
      throw new PinProviderError({
        provider: name,
        problem: `the service registered ${uploaded}, not ${root}.`,
      })
    }
    return { provider: name, root, detail: `uploaded in ${shards} shard(s) to space ${space.did()}` }
  }

  return { name, transfer: 'upload', pin }
}

/** The client nests the service's answer in `cause`; its name and message say what went wrong. */
function explain(error: unknown): string {
  const parts: string[] = []
  for (let current = error; current && parts.length < 4; current = (current as Error).cause) {
    const { name, message } = current as Error
    parts.push(message ? `${message}${name && name !== 'Error' ? ` (${name})` : ''}` : String(name))
  }
  return parts.join(': ')
}
