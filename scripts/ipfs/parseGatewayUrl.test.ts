import { base36 } from 'multiformats/bases/base36'
import { CID } from 'multiformats/cid'
import { describe, expect, it } from 'vitest'
import { parseGatewayUrl } from './parseGatewayUrl.ts'

const v1 = 'bafybeiczsscdsbs7ffqz55asqdf3smv6klcw3gofszvwlyarci47bgf354'
const v0 = 'QmUNLLsPACCz1vLxQVkXqqLX5R1X345qqfHbsf67hvA3Nn'

describe('parseGatewayUrl: path mode', () => {
  it('reads the root CID and the decoded path inside it', () => {
    const target = parseGatewayUrl({ host: '127.0.0.1:8080', path: `/ipfs/${v1}/docs/caf%C3%A9/` })
    expect(target).toMatchObject({
      kind: 'content',
      segments: ['docs', 'café'],
      trailingSlash: true,
      base: `/ipfs/${v1}`,
      mode: 'path',
    })
    expect(target.kind === 'content' && target.root.toString()).toBe(v1)
  })

  it('accepts CIDv0 and keeps it as written in the base', () => {
    expect(parseGatewayUrl({ host: 'localhost', path: `/ipfs/${v0}` })).toMatchObject({
      kind: 'content',
      base: `/ipfs/${v0}`,
      segments: [],
      trailingSlash: false,
    })
  })

  it('rejects an invalid CID with 400 and other namespaces with 404', () => {
    expect(parseGatewayUrl({ host: 'localhost', path: '/ipfs/not-a-cid/' })).toMatchObject({
      kind: 'error',
      status: 400,
    })
    expect(parseGatewayUrl({ host: 'localhost', path: '/ipns/example.com/' })).toMatchObject({
      kind: 'error',
      status: 404,
    })
    expect(parseGatewayUrl({ host: 'localhost', path: '/' })).toMatchObject({ kind: 'error', status: 404 })
  })

  it('refuses dot segments, even encoded', () => {
    expect(parseGatewayUrl({ host: 'localhost', path: `/ipfs/${v1}/%2e%2e/x` })).toMatchObject({
      kind: 'error',
      status: 400,
    })
  })
})

describe('parseGatewayUrl: subdomain mode', () => {
  it('takes the root from the host and the whole URL path as the path inside it', () => {
    const target = parseGatewayUrl({ host: `${v1}.ipfs.localhost:4321`, path: '/ipfs/docs' })
    expect(target).toMatchObject({ kind: 'content', segments: ['ipfs', 'docs'], base: '', mode: 'subdomain' })
  })

  it('is case-insensitive on the host', () => {
    expect(parseGatewayUrl({ host: `${v1}.IPFS.LOCALHOST`, path: '/' })).toMatchObject({ kind: 'content' })
  })

  it('moves base36 CIDs to base32, keeping port and path', () => {
    const k = CID.parse(v1).toString(base36)
    expect(parseGatewayUrl({ host: `${k}.ipfs.localhost:4321`, path: '/a/b' })).toEqual({
      kind: 'redirect',
      location: `http://${v1}.ipfs.localhost:4321/a/b`,
    })
  })

  it('explains that a CIDv0 cannot be a subdomain (hosts are lower-cased)', () => {
    const target = parseGatewayUrl({ host: `${v0.toLowerCase()}.ipfs.localhost`, path: '/' })
    expect(target).toMatchObject({ kind: 'error', status: 400 })
    expect(target.kind === 'error' && target.message).toMatch(/base32/)
  })

  it('does not serve IPNS names', () => {
    expect(parseGatewayUrl({ host: 'example-com.ipns.localhost', path: '/' })).toMatchObject({
      kind: 'error',
      status: 404,
    })
  })
})
