import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MemoryBlockstore } from 'blockstore-core'
import { describe, expect, it } from 'vitest'
import { importDirectory } from '../ipfs/importDirectory.ts'
import { RebuildFailedError, rebuildAtRef } from './rebuildAtRef.ts'
import { createFixtureRepo } from './test/createFixtureRepo.ts'

async function cidOfSite(page: string) {
  const dist = join(await mkdtemp(join(tmpdir(), 'atlas-expected-')), 'dist')
  await mkdir(join(dist, 'about'), { recursive: true })
  await writeFile(join(dist, 'index.html'), page)
  await writeFile(join(dist, 'about', 'index.html'), page)
  return (await importDirectory(dist, { blockstore: new MemoryBlockstore() })).toString()
}

describe(rebuildAtRef.name, () => {
  it('rebuilds each tag in a clean clone and returns the CID of its dist/', async () => {
    const repo = await createFixtureRepo('<h1>v1</h1>\n')
    await repo.commit('<h1>v2</h1>\n', 'v2.0.0')
    const steps: string[] = []
    const v1 = await rebuildAtRef({ repository: repo.dir, ref: 'v1.0.0', onStep: (step) => steps.push(step) })
    const v2 = await rebuildAtRef({ repository: repo.dir, ref: 'v2.0.0' })
    expect(v1.cid.toString()).toBe(await cidOfSite('<h1>v1</h1>\n'))
    expect(v2.cid.toString()).toBe(await cidOfSite('<h1>v2</h1>\n'))
    expect(steps).toEqual(['clone', 'checkout', 'install', 'build', 'cid'])
  })

  it('names the step that failed', async () => {
    const repo = await createFixtureRepo()
    const error = await rebuildAtRef({ repository: repo.dir, ref: 'v9.9.9' }).catch((e) => e)
    expect(error).toBeInstanceOf(RebuildFailedError)
    expect(error.shortMessage).toBe('Rebuilding v9.9.9 failed at "checkout".')
  })
})
