#!/usr/bin/env node
/**
 * `npm run release:fetch-back`: retrieves a release from a trustless gateway and proves it complete and
 * correct, block by block (every block hashed against its CID, the DAG walked from the root), before
 * anything (ENS) is pointed at it. See docs/pinning.md.
 *
 * Usage:  node scripts/fetch-back.ts --cid <cid> --gateway <url> [--mode car|raw]
 * Reads:  `GET <gateway>/ipfs/<cid>?format=car` (Accept: application/vnd.ipld.car), and
 *         `GET <gateway>/ipfs/<block>?format=raw` for any block the CAR lacked (every block with --mode raw).
 * Writes: progress on stderr; on stdout one line: `verified<TAB><cid><TAB><blocks> blocks<TAB><bytes> bytes`.
 * Env:    none (PIN_RETRIES and PIN_TIMEOUT_SECONDS are not read: 4 retries, 10 minutes per request).
 * Exit:   0 every block verified; 1 bad input (missing or invalid --cid or --gateway, unknown option);
 *         2 the gateway served a wrong block, lacks a block, or cannot be reached.
 */
import { parseArgs } from 'node:util'
import { CID } from 'multiformats/cid'
import { reportCliFailure, UsageError } from './ipfs/cliExitCode.ts'
import { redactUrl } from './pin/redact.ts'
import { fetchAndVerify } from './retrieve/fetchAndVerify.ts'

const usage = 'Usage: node scripts/fetch-back.ts --cid <cid> --gateway <url> [--mode car|raw]'
const aborter = new AbortController()
process.once('SIGINT', () => aborter.abort(new Error('Interrupted.')))

try {
  const { values, positionals } = parseArgs({
    options: {
      cid: { type: 'string' },
      gateway: { type: 'string' },
      mode: { type: 'string', default: 'car' },
    },
  })
  if (positionals.length > 0) throw new UsageError('Give the CID with --cid and the gateway with --gateway.')
  const cid = parseCid(values.cid)
  const gateway = parseGateway(values.gateway)
  const mode = values.mode
  if (mode !== 'car' && mode !== 'raw') throw new UsageError(`--mode must be car or raw, not "${mode}".`)
  console.error(`Fetching ${cid} from ${redactUrl(gateway)} (${mode})…`)
  let reported = 0
  const result = await fetchAndVerify({
    gateway,
    cid,
    mode,
    signal: aborter.signal,
    onProgress: ({ blocks, bytes }) => {
      if (blocks - reported < 100) return
      reported = blocks
      console.error(`verified ${blocks} blocks (${bytes} bytes)`)
    },
  })
  if (result.carProblem)
    console.error(`The CAR stopped early (${result.carProblem}); the rest came block by block.`)
  console.error(`Verified all ${result.blocks} blocks (${result.rawRequests} fetched one by one).`)
  console.log(`verified\t${cid}\t${result.blocks} blocks\t${result.bytes} bytes`)
} catch (error) {
  reportCliFailure(error, usage)
}

function parseCid(text: string | undefined): CID {
  if (!text) throw new UsageError('--cid is required.')
  try {
    return CID.parse(text)
  } catch {
    throw new UsageError(`--cid "${text}" is not a CID.`)
  }
}

function parseGateway(text: string | undefined): URL {
  if (!text) throw new UsageError('--gateway is required, e.g. --gateway https://trustless-gateway.example.')
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new UsageError('--gateway is not a URL.')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UsageError('--gateway must be an http(s) URL.')
  if (url.username || url.password)
    throw new UsageError('--gateway must not hold credentials (user:password@).')
  return url
}
