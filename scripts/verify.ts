#!/usr/bin/env node
/**
 * `npm run verify`: proves a deployment is exactly what a tagged release builds. Resolves the ENS
 * name's contenthash (or takes a CID), finds the release for that CID in releases.json, rebuilds its tag
 * in a clean temporary clone, recomputes the CID and compares; then, with --gateway, fetches the CID and
 * checks every block against its hash. See VERIFY.md to do the same with stock tools.
 *
 * Usage:  node scripts/verify.ts (--ens <name> [--rpc <url>] [--registry <address>] | --cid <cid>)
 *           [--gateway <url>] [--tag <tag>] [--repo <path or URL>=.] [--releases <file>=<repo>/releases.json]
 * Reads:  the chain (ENS), releases.json, the repository (cloned into a temp folder), the gateway.
 * Writes: progress on stderr, the verdict on stdout; the temp clone is removed.
 * Env:    ENS_RPC_URL when --rpc is absent.
 * Exit:   0 verified (same CID, and every block verified when --gateway is given); 1 bad input;
 *         2 NOT verified (another CID, unknown CID, a gateway serving a wrong or missing block) or a failure.
 */
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { CidInvalidError, parseCid } from './ens/parseCid.ts'
import { EnsNameInvalidError } from './ens/parseEnsName.ts'
import { readReleaseHistory } from './ens/releaseHistory.ts'
import { reportCliFailure, UsageError } from './ipfs/cliExitCode.ts'
import { fetchAndVerify } from './retrieve/fetchAndVerify.ts'
import { readEnsCid } from './verify/readEnsCid.ts'
import { rebuildAtRef } from './verify/rebuildAtRef.ts'
import { type DeploymentSource, verifyDeployment } from './verify/verifyDeployment.ts'

const usage =
  'Usage: node scripts/verify.ts (--ens <name> [--rpc <url>] [--registry <address>] | --cid <cid>)' +
  ' [--gateway <url>] [--tag <tag>] [--repo <path>] [--releases <file>]'

try {
  const { values } = parseArgs({
    options: {
      ens: { type: 'string' },
      rpc: { type: 'string' },
      registry: { type: 'string' },
      cid: { type: 'string' },
      gateway: { type: 'string' },
      tag: { type: 'string' },
      repo: { type: 'string', default: '.' },
      releases: { type: 'string' },
    },
  })
  if (Boolean(values.ens) === Boolean(values.cid))
    throw new UsageError('Give exactly one of --ens <name> or --cid <cid>.')
  const rpc = values.rpc ?? process.env.ENS_RPC_URL
  if (values.ens && !rpc) throw new UsageError('--ens needs --rpc <url> (or ENS_RPC_URL) to read the name.')
  let gateway: URL | undefined
  if (values.gateway) {
    try {
      gateway = new URL(values.gateway)
    } catch {
      throw new UsageError(`--gateway ${values.gateway} is not a URL, e.g. http://127.0.0.1:8080`)
    }
  }
  const source: DeploymentSource = values.ens
    ? { kind: 'ens', name: values.ens }
    : { kind: 'cid', cid: parseCid(values.cid ?? '') }
  const log = (line: string) => console.error(`  ${line}`)
  const verdict = await verifyDeployment(source, values.tag ? { tag: values.tag } : {}, {
    readEnsCid: (name) =>
      readEnsCid(name, { rpc: rpc ?? '', ...(values.registry ? { registry: values.registry } : {}) }),
    rebuild: async (ref) =>
      (
        await rebuildAtRef({
          repository: values.repo,
          ref,
          onStep: (step) => log(`rebuild ${ref}: ${step}…`),
        })
      ).cid,
    ...(gateway ? { retrieve: (cid) => fetchAndVerify({ gateway, cid }) } : {}),
    releases: await readReleaseHistory(values.releases ?? join(values.repo, 'releases.json')),
    log,
  })
  console.log(
    `✓ VERIFIED: ${verdict.cid} is exactly what ${verdict.tag} builds${verdict.retrieval ? ', and the gateway serves it intact' : ''}.`,
  )
  if (!gateway) console.log('  (no --gateway given: retrieval was not checked)')
} catch (error) {
  console.log('✗ NOT VERIFIED')
  reportCliFailure(error, usage, [UsageError, CidInvalidError, EnsNameInvalidError])
}
