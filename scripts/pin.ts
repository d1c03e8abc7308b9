#!/usr/bin/env node
/**
 * `npm run release:pin`: pins the release (the site's DAG) with every pinning provider configured in the
 * environment and succeeds when at least one pinned it. See docs/pinning.md.
 *
 * Usage:  node scripts/pin.ts [--car dist.car] [--root <cid>] [--name web3-atlas] [--dry-run]
 *                             [--profile unixfs-v1-2025|unixfs-v0-2015] [dist=dist]
 * Reads:  the CAR given with --car (its header names the root), or else the built site folder, which it
 *         imports and exports as a CAR in memory (the same bytes `npm run car` writes).
 * Writes: progress on stderr; on stdout the root CID on the first line, then one line per provider:
 *         `pinned<TAB>name<TAB>detail`, `failed<TAB>name<TAB>reason` or, with --dry-run, `would pin<TAB>name`.
 * Env:    PIN_RETRIES, PIN_TIMEOUT_SECONDS; KUBO_RPC_URL, KUBO_RPC_AUTH; IPFS_CLUSTER_URL, IPFS_CLUSTER_AUTH;
 *         PINNING_SERVICE_URL, PINNING_SERVICE_TOKEN, PINNING_SERVICE_ORIGINS; W3UP_SERVICE_URL,
 *         W3UP_SERVICE_DID, W3UP_PRINCIPAL, W3UP_PROOF, W3UP_RECEIPTS_URL. Secrets never appear in output.
 * Exit:   0 pinned by at least one provider (or a dry run found everything in order); 1 bad input (no
 *         provider configured, a missing or malformed variable, a bad CAR, --root or option); 2 every
 *         provider failed, or any other failure.
 */
import { parseArgs } from 'node:util'
import { cliExitCode, UsageError } from './ipfs/cliExitCode.ts'
import { importInputErrors } from './ipfs/importDirectory.ts'
import { parseProfile, UnknownProfileError } from './ipfs/profileOptions.ts'
import { NoPinProviderError } from './pin/pinEverywhere.ts'
import { pinRelease, ReleaseCarError, ReleaseRootMismatchError } from './pin/pinRelease.ts'
import { progressPrinter } from './pin/progressPrinter.ts'
import { PinConfigError } from './pin/providersFromEnv.ts'
import { redact } from './pin/redact.ts'
import { secretsInEnv } from './pin/secretsInEnv.ts'

const usage =
  'Usage: node scripts/pin.ts [--car dist.car] [--root <cid>] [--name web3-atlas] [--dry-run] [--profile unixfs-v1-2025|unixfs-v0-2015] [dist=dist]'
const badInput = [
  PinConfigError,
  NoPinProviderError,
  ReleaseCarError,
  ReleaseRootMismatchError,
  UnknownProfileError,
  ...importInputErrors,
]
const secrets = secretsInEnv(process.env)
const aborter = new AbortController()
process.once('SIGINT', () => aborter.abort(new Error('Interrupted.')))

try {
  const { values, positionals } = parseArgs({
    options: {
      car: { type: 'string' },
      root: { type: 'string' },
      name: { type: 'string', default: 'web3-atlas' },
      profile: { type: 'string', default: 'unixfs-v1-2025' },
      'dry-run': { type: 'boolean', default: false },
    },
    allowPositionals: true,
  })
  if (positionals.length > 1) throw new UsageError('Give at most one dist folder.')
  if (values.car && positionals.length > 0)
    throw new UsageError('Give either --car or a dist folder, not both.')
  const result = await pinRelease(
    {
      car: values.car,
      root: values.root,
      dist: positionals[0],
      profile: parseProfile(values.profile),
      name: values.name,
      dryRun: values['dry-run'],
      env: process.env,
    },
    { signal: aborter.signal, onProgress: progressPrinter((line) => console.error(line), secrets) },
  )
  const lines = [result.root.toString()]
  if (values['dry-run']) {
    console.error(
      `Dry run: the ${result.carBytes}-byte CAR of ${result.root} would go to ${result.providers.join(', ')}.`,
    )
    lines.push(...result.providers.map((provider) => `would pin\t${provider}`))
  }
  for (const outcome of result.outcomes) {
    if (outcome.ok) lines.push(`pinned\t${outcome.provider}\t${outcome.result.detail}`)
    else
      lines.push(
        `failed\t${outcome.provider}\t${(outcome.error.message.split('\n')[0] ?? '').replace(`${outcome.provider}: `, '')}`,
      )
  }
  console.log(redact(lines.join('\n'), secrets))
} catch (error) {
  const exitCode = cliExitCode(error, badInput)
  console.error(redact(error instanceof Error ? error.message : String(error), secrets))
  if (exitCode === 1 && !(error instanceof PinConfigError || error instanceof NoPinProviderError))
    console.error(usage)
  process.exitCode = exitCode
}
