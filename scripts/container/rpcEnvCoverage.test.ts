import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

// A chain added to registry/chains.yaml is indexed only where its RPC_URL_* reaches the indexer: the
// scheduled workflow (from the `indexer` environment's secrets) and the compose stack (from the shell).
const read = async (path: string) => parse(await readFile(new URL(`../../${path}`, import.meta.url), 'utf8'))

describe('RPC URL variables', () => {
  it('reach the indexer in index.yml and compose.yaml for every chain of the registry', async () => {
    const { chains } = (await read('registry/chains.yaml')) as { chains: Array<{ rpcEnv: string }> }
    const workflow = await read('.github/workflows/index.yml')
    const compose = await read('compose.yaml')
    const indexStep = workflow.jobs.index.steps.find((step: { id?: string }) => step.id === 'index')
    const expected = chains.map((chain) => chain.rpcEnv).sort()
    expect(Object.keys(indexStep.env).sort()).toEqual(expected)
    expect(Object.keys(compose.services.indexer.environment).sort()).toEqual(expected)
    for (const name of expected) expect(indexStep.env[name]).toBe(`\${{ secrets.${name} }}`)
  })
})
