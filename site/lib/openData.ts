import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { buildTokenList, type TokenList } from '../../indexer/export/buildTokenList.ts'
import { buildEcosystemExport, type EcosystemExport } from '../../indexer/export/ecosystemExport.ts'
import { projectsCsv } from '../../indexer/export/projectsCsv.ts'
import { assertValidTokenList } from '../../indexer/export/validateTokenList.ts'
import type { Registry } from '../../indexer/model/schema.ts'
import { loadReferenceData } from '../../indexer/registry/reference/loadReferenceData.ts'
import type { ChainSnapshot } from '../../indexer/snapshot/snapshotSchema.ts'
import { atlasRoot, loadAtlas } from './loadAtlas.ts'

/** Everything the open-data API publishes, built once per build from the registry and snapshots. */
export interface OpenData {
  registry: Registry
  ecosystem: EcosystemExport
  csv: string
  tokenList: TokenList
}

let cached: Promise<OpenData> | undefined

/**
 * Builds the open-data exports (`api/…`) that ship with every release. The token list's timestamp is the
 * newest snapshot's block time (the epoch when there is none) and its version the package version, so
 * the files depend only on the commit. The token list is checked against the Uniswap schema here, so a
 * build never publishes one wallets would reject.
 *
 * @throws {TokenListInvalidError} when the token list breaks the schema.
 */
export function loadOpenData(rootDir = atlasRoot()): Promise<OpenData> {
  cached ??= (async () => {
    const atlas = await loadAtlas({ rootDir })
    const { registry } = atlas
    // The version is the code's, so it comes from the repository even when ATLAS_ROOT points elsewhere.
    const packageJson = JSON.parse(await readFile(join(process.cwd(), 'package.json'), 'utf8')) as {
      version: string
    }
    const reference = await loadReferenceData()
    const { list } = buildTokenList(registry, {
      version: packageJson.version,
      timestamp: newestBlockTime(Object.values(atlas.snapshots)),
      knownDecimals: knownDecimals(Object.values(atlas.snapshots), reference.tokens.entries),
    })
    assertValidTokenList(list)
    return {
      registry,
      ecosystem: buildEcosystemExport(registry),
      csv: projectsCsv(registry),
      tokenList: list,
    }
  })()
  return cached
}

/** A JSON response body: two-space indented, newline-terminated, like every committed JSON file. */
export function jsonBody(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}

function newestBlockTime(snapshots: readonly ChainSnapshot[]): string {
  const newest = Math.max(0, ...snapshots.map((snapshot) => snapshot.block.timestamp))
  return new Date(newest * 1000).toISOString()
}

/** Decimals read on chain win over the public token list's. */
function knownDecimals(
  snapshots: readonly ChainSnapshot[],
  referenceTokens: ReadonlyArray<{ chainId: number; address: string; decimals: number }>,
): Map<string, number> {
  const known = new Map<string, number>()
  for (const token of referenceTokens)
    known.set(`${token.chainId}:${token.address.toLowerCase()}`, token.decimals)
  for (const snapshot of snapshots) {
    for (const [address, facts] of Object.entries(snapshot.tokens)) {
      known.set(`${snapshot.chainId}:${address.toLowerCase()}`, facts.decimals)
    }
  }
  return known
}
