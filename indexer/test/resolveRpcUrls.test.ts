import { describe, expect, it } from 'vitest'
import { RpcArgumentInvalidError } from '../chain/RpcArgumentInvalidError.ts'
import { resolveRpcUrls } from '../chain/resolveRpcUrls.ts'
import type { Chain } from '../model/schema.ts'

const chains = [
  { id: 'ethereum', chainId: 1, rpcEnv: 'RPC_URL_ETHEREUM' },
  { id: 'base', chainId: 8453, rpcEnv: 'RPC_URL_BASE' },
  { id: 'polygon', chainId: 137, rpcEnv: 'RPC_URL_POLYGON' },
] as Chain[]
const SECRET = 'https://eth.example/v2/secret-key'

describe('resolveRpcUrls', () => {
  it('takes --rpc over the env variable, the env variable otherwise, and leaves the rest out', () => {
    const endpoints = resolveRpcUrls({
      chains,
      rpcArgs: ['1=http://127.0.0.1:8545'],
      env: { RPC_URL_ETHEREUM: SECRET, RPC_URL_BASE: ` ${SECRET} `, RPC_URL_POLYGON: '' },
    })
    expect([...endpoints]).toEqual([
      ['ethereum', { urls: ['http://127.0.0.1:8545'], source: '--rpc 1' }],
      ['base', { urls: [SECRET], source: 'RPC_URL_BASE' }],
    ])
  })

  it('keeps everything after the first "=" as the URL', () => {
    const endpoints = resolveRpcUrls({ chains, rpcArgs: ['1=https://rpc.example/?key=a=b'] })
    expect(endpoints.get('ethereum')?.urls).toEqual(['https://rpc.example/?key=a=b'])
  })

  it('takes several URLs for one chain as fallbacks, in order, from repeated --rpc or the env variable', () => {
    const fromArgs = resolveRpcUrls({ chains, rpcArgs: ['1=https://a.example', '1=https://b.example'] })
    expect(fromArgs.get('ethereum')?.urls).toEqual(['https://a.example', 'https://b.example'])
    const fromEnv = resolveRpcUrls({ chains, env: { RPC_URL_BASE: 'https://a.example, https://b.example' } })
    expect(fromEnv.get('base')?.urls).toEqual(['https://a.example', 'https://b.example'])
  })

  it.each([
    [['https://rpc.example'], '--rpc argument 1: is not of the form <chainId>=<url>.'],
    [['ethereum=https://rpc.example'], '--rpc argument 1: is not of the form <chainId>=<url>.'],
    [['5=https://rpc.example'], '--rpc 5: no chain in the registry has chain id 5.'],
    [['1=ws://rpc.example'], '--rpc 1: is not an http(s) URL.'],
    [['1=not a url'], '--rpc 1: is not an http(s) URL.'],
  ])('rejects %j', (rpcArgs, message) => {
    expect(() => resolveRpcUrls({ chains, rpcArgs })).toThrow(RpcArgumentInvalidError)
    expect(() => resolveRpcUrls({ chains, rpcArgs })).toThrow(message)
  })

  it('rejects a bad env variable without printing its value', () => {
    const call = () => resolveRpcUrls({ chains, env: { RPC_URL_BASE: 'file:///secret-key' } })
    expect(call).toThrow('RPC_URL_BASE: is not an http(s) URL.')
    try {
      call()
    } catch (error) {
      expect((error as Error).message).not.toContain('secret-key')
    }
  })

  it('lists the known chain ids for an unknown one', () => {
    expect(() => resolveRpcUrls({ chains, rpcArgs: ['5=https://x.example'] })).toThrow(
      'use one of: 1 (ethereum), 8453 (base), 137 (polygon)',
    )
  })
})
