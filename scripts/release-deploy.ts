#!/usr/bin/env node
/**
 * `npm run release:deploy`: deploys a built release: pin → fetch back and verify → ENS → releases.json.
 * ENS moves only after every configured gateway served the CID with every block verified.
 *
 * Usage:  node scripts/release-deploy.ts --car dist.car --cid <cid>
 *           [--version <x.y.z> --tag <tag> [--date YYYY-MM-DD]] [--releases releases.json]
 * Reads:  the CAR; releases.json (with --version); the chain through ENS_RPC_URL.
 * Writes: progress on stderr, a summary on stdout; releases.json (with --version, atomically);
 *         safe-batch.json in Safe mode.
 * Env:    pinning providers (docs/pinning.md: KUBO_RPC_URL, IPFS_CLUSTER_URL, PINNING_SERVICE_URL…);
 *         RELEASE_GATEWAYS (comma-separated trustless gateways, at least one);
 *         ENS_NAME + ENS_RPC_URL (+ ENS_REGISTRY on chains ethers does not know) and one mode:
 *         ENS_SAFE_ADDRESS (propose: writes a Safe batch), ENS_PRIVATE_KEY (send), or ENS_DRY_RUN=true.
 *         Without ENS_NAME, ENS is skipped (a CID-only deploy, e.g. a preview). Secrets are never printed.
 * Exit:   0 deployed (or already deployed); 1 bad input or configuration; 2 a step failed (ENS unchanged).
 */
import { writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { Wallet } from 'ethers'
import { writeFileAtomic } from '../indexer/snapshot/writeFileAtomic.ts'
import { connectEns } from './ens/connectEns.ts'
import { CidInvalidError, parseCid } from './ens/parseCid.ts'
import { EnsNameInvalidError, parseEnsName } from './ens/parseEnsName.ts'
import {
  EnsPrivateKeyInvalidError,
  EnsPrivateKeyMissingError,
  readEnsPrivateKey,
} from './ens/readEnsPrivateKey.ts'
import { readReleaseHistory } from './ens/releaseHistory.ts'
import { type EnsUpdateMode, updateEnsContenthash } from './ens/updateEnsContenthash.ts'
import { cliExitCode, UsageError } from './ipfs/cliExitCode.ts'
import { NoPinProviderError } from './pin/pinEverywhere.ts'
import { pinRelease } from './pin/pinRelease.ts'
import { progressPrinter } from './pin/progressPrinter.ts'
import { PinConfigError } from './pin/providersFromEnv.ts'
import { redact } from './pin/redact.ts'
import { secretsInEnv } from './pin/secretsInEnv.ts'
import { addRelease } from './release/addRelease.ts'
import {
  type DeployReleaseSteps,
  deployRelease,
  RetrievalGatewayMissingError,
} from './release/deployRelease.ts'
import { fetchAndVerify } from './retrieve/fetchAndVerify.ts'

// Wrong arguments or configuration: exit 1 (nothing was attempted). Everything else is a failed step: 2.
const configErrors = [
  UsageError,
  CidInvalidError,
  EnsNameInvalidError,
  EnsPrivateKeyMissingError,
  EnsPrivateKeyInvalidError,
  PinConfigError,
  NoPinProviderError,
  RetrievalGatewayMissingError,
]
const secrets = secretsInEnv(process.env)
const log = (line: string) => console.error(redact(line, secrets))
const env = process.env

try {
  const { values } = parseArgs({
    options: {
      car: { type: 'string', default: 'dist.car' },
      cid: { type: 'string' },
      version: { type: 'string' },
      tag: { type: 'string' },
      date: { type: 'string' },
      releases: { type: 'string', default: 'releases.json' },
    },
  })
  if (!values.cid) throw new UsageError('--cid <cid> is required: the CID the build job computed.')
  if (Boolean(values.version) !== Boolean(values.tag))
    throw new UsageError('--version and --tag go together.')
  const cid = parseCid(values.cid)
  const gateways = (env.RELEASE_GATEWAYS ?? '')
    .split(',')
    .map((text) => text.trim())
    .filter(Boolean)
    .map((text) => {
      try {
        return new URL(text)
      } catch {
        throw new UsageError(`RELEASE_GATEWAYS has "${text}", which is not a URL.`)
      }
    })

  const steps: DeployReleaseSteps = {
    log,
    pin: () =>
      pinRelease(
        { car: values.car, root: cid.toString(), env },
        { onProgress: progressPrinter(log, secrets) },
      ),
    verifyRetrieval: (gateway) => fetchAndVerify({ gateway, cid }),
  }
  if (env.ENS_NAME) {
    if (!env.ENS_RPC_URL)
      throw new UsageError('ENS_NAME is set but not ENS_RPC_URL: the chain to change it on.')
    const name = parseEnsName(env.ENS_NAME)
    const rpc = env.ENS_RPC_URL
    steps.updateEns = async () => {
      const { provider, registry } = await connectEns({
        rpc,
        ...(env.ENS_REGISTRY ? { registry: env.ENS_REGISTRY } : {}),
      })
      try {
        const mode: EnsUpdateMode = env.ENS_SAFE_ADDRESS
          ? { kind: 'safe', safe: env.ENS_SAFE_ADDRESS }
          : env.ENS_DRY_RUN === 'true'
            ? { kind: 'dry-run' }
            : { kind: 'send', signer: new Wallet(readEnsPrivateKey(env.ENS_PRIVATE_KEY), provider) }
        const result = await updateEnsContenthash(name, cid, mode, { provider, registry })
        if (result.kind === 'safe')
          await writeFile('safe-batch.json', `${JSON.stringify(result.batch, null, 2)}\n`)
        return result
      } finally {
        provider.destroy()
      }
    }
  }
  if (values.version && values.tag) {
    const release = {
      version: values.version,
      tag: values.tag,
      cid: cid.toV1().toString(),
      ...(values.date ? { date: values.date } : {}),
    }
    const path = values.releases
    steps.recordRelease = async () => {
      const { history, added } = addRelease(await readReleaseHistory(path), release, path)
      if (added) await writeFileAtomic(path, `${JSON.stringify(history, null, 2)}\n`)
      return { added }
    }
  }

  const result = await deployRelease(gateways, steps)
  console.log(
    [
      `cid\t${result.root.toV1()}`,
      `pinned\t${result.pinnedBy.join(',')}`,
      `verified\t${result.verifiedThrough.join(',')}`,
      `ens\t${result.ens}`,
      `releases\t${result.recorded}`,
    ].join('\n'),
  )
} catch (error) {
  const exitCode = cliExitCode(error, configErrors)
  const message = error instanceof Error ? error.message : String(error)
  console.error(redact(`✗ deploy stopped: ${message}`, secrets))
  if (exitCode === 1)
    console.error(
      'Usage: node scripts/release-deploy.ts --car dist.car --cid <cid> [--version x.y.z --tag vx.y.z]',
    )
  process.exitCode = exitCode
}
