#!/usr/bin/env node
/**
 * `npm run ens`: points an ENS name's contenthash at a release CID (ENSIP-7), safely. It plans at one
 * pinned block and does nothing when the name already points there. See docs/ens.md.
 *
 * Usage:  node scripts/ens.ts --name <name> (--cid <cid> | --rollback [--releases releases.json])
 *           [--rpc <url>] [--registry <address>] [--chain-id <id>]
 *           [--dry-run | --safe <address> [--out safe-batch.json]]
 * Modes:  --dry-run   prints the plan (contenthash, resolver, calldata) and sends nothing;
 *         --safe      checks the Safe may make the change, writes a Safe{Wallet} Transaction Builder
 *                     batch to --out, prints the calldata, sends nothing;
 *         (default)   sends setContenthash from ENS_PRIVATE_KEY, waits, reads back and compares.
 *         --rollback  targets the release before the newest in --releases instead of --cid.
 * Reads:  the chain through the RPC URL; --releases with --rollback.
 * Writes: the plan and outcome on stdout, errors on stderr; the batch file with --safe. Never the key,
 *         never the RPC URL (only its host: URLs often carry an API key).
 * Env:    ENS_PRIVATE_KEY (send mode: the owner's key or a resolver delegate's); ENS_RPC_URL (used when
 *         --rpc is absent; prefer it in CI so the URL stays out of the process list).
 * Exit:   0 done, or nothing to do; 1 bad input or a state to fix first (invalid name or CID, no or
 *         unsupported resolver, key or Safe not allowed to change the name, bad releases.json, wrong
 *         chain, missing key); 2 any other failure (RPC down, transaction failed, read-back mismatch).
 */
import { writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { isAddress, Wallet } from 'ethers'
import { EnsNotAuthorisedError } from './ens/checkAuthorised.ts'
import {
  ChainIdMismatchError,
  connectEns,
  EnsRegistryInvalidError,
  EnsRegistryUnknownError,
} from './ens/connectEns.ts'
import { ContenthashInvalidError } from './ens/encodeContenthash.ts'
import { formatEnsUpdate } from './ens/formatEnsUpdate.ts'
import { CidInvalidError, parseCid } from './ens/parseCid.ts'
import { EnsNameInvalidError, parseEnsName } from './ens/parseEnsName.ts'
import { EnsResolverMissingError, EnsResolverUnsupportedError } from './ens/planContenthashUpdate.ts'
import {
  EnsPrivateKeyInvalidError,
  EnsPrivateKeyMissingError,
  readEnsPrivateKey,
} from './ens/readEnsPrivateKey.ts'
import {
  type ReleaseHistory,
  ReleaseHistoryInvalidError,
  ReleaseHistoryTooShortError,
  readReleaseHistory,
  rollbackTarget,
} from './ens/releaseHistory.ts'
import { type EnsUpdateMode, updateEnsContenthash } from './ens/updateEnsContenthash.ts'
import { reportCliFailure, UsageError } from './ipfs/cliExitCode.ts'

const usage =
  'Usage: node scripts/ens.ts --name <name> (--cid <cid> | --rollback [--releases <file>]) [--rpc <url>]' +
  ' [--registry <address>] [--chain-id <id>] [--dry-run | --safe <address> [--out <file>]]'

// Mistyped arguments: exit 1 with the usage line.
const badArguments = [CidInvalidError, EnsNameInvalidError, EnsRegistryInvalidError]
// A state to fix first (the chain, the key, releases.json): exit 1, the message says what to do.
const fixFirst = [
  EnsResolverMissingError,
  EnsResolverUnsupportedError,
  EnsNotAuthorisedError,
  EnsPrivateKeyMissingError,
  EnsPrivateKeyInvalidError,
  ReleaseHistoryInvalidError,
  ReleaseHistoryTooShortError,
  EnsRegistryUnknownError,
  ChainIdMismatchError,
  ContenthashInvalidError,
]

let destroy = () => {}
try {
  const { values } = parseArgs({
    options: {
      name: { type: 'string' },
      cid: { type: 'string' },
      rollback: { type: 'boolean', default: false },
      releases: { type: 'string', default: 'releases.json' },
      rpc: { type: 'string' },
      registry: { type: 'string' },
      'chain-id': { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      safe: { type: 'string' },
      out: { type: 'string', default: 'safe-batch.json' },
    },
    allowPositionals: false,
  })
  if (!values.name) throw new UsageError('Give the ENS name with --name.')
  if ((values.cid === undefined) === !values.rollback)
    throw new UsageError('Give either --cid <cid> or --rollback.')
  if (values['dry-run'] && values.safe !== undefined)
    throw new UsageError('Give --dry-run or --safe, not both.')
  if (values.safe !== undefined && !isAddress(values.safe)) {
    throw new UsageError(`--safe "${values.safe}" is not an address: give the Safe's 0x address.`)
  }
  const rpc = values.rpc ?? process.env.ENS_RPC_URL
  if (!rpc) throw new UsageError('Give the chain with --rpc <url> or ENS_RPC_URL.')
  const chainIdText = values['chain-id']
  if (chainIdText !== undefined && !/^\d+$/.test(chainIdText))
    throw new UsageError('--chain-id takes a number.')

  // Check everything the user typed before touching the network.
  const name = parseEnsName(values.name)
  let history: ReleaseHistory | undefined
  let target = values.cid === undefined ? undefined : parseCid(values.cid)
  if (values.rollback) {
    history = await readReleaseHistory(values.releases)
    target = parseCid(rollbackTarget(history, values.releases).cid)
  }
  if (!target) throw new UsageError('Give either --cid <cid> or --rollback.')
  const sendKey =
    values['dry-run'] || values.safe !== undefined
      ? undefined
      : readEnsPrivateKey(process.env.ENS_PRIVATE_KEY)

  const { provider, registry } = await connectEns({
    rpc,
    ...(values.registry === undefined ? {} : { registry: values.registry }),
    ...(chainIdText === undefined ? {} : { chainId: BigInt(chainIdText) }),
  })
  destroy = () => provider.destroy()
  const mode: EnsUpdateMode = values['dry-run']
    ? { kind: 'dry-run' }
    : values.safe !== undefined
      ? { kind: 'safe', safe: values.safe }
      : { kind: 'send', signer: new Wallet(sendKey ?? '', provider) }
  const result = await updateEnsContenthash(name, target, mode, { provider, registry })
  if (result.kind === 'safe') await writeFile(values.out, `${JSON.stringify(result.batch, null, 2)}\n`)
  console.log(formatEnsUpdate(result, { ...(history ? { history } : {}), batchPath: values.out }).join('\n'))
} catch (error) {
  if (fixFirst.some((errorClass) => error instanceof errorClass)) {
    console.error((error as Error).message)
    process.exitCode = 1
  } else reportCliFailure(error, usage, badArguments)
} finally {
  destroy()
}
