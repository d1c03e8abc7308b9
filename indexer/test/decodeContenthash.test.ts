import { encode } from '@ensdomains/content-hash'
import { CID } from 'multiformats/cid'
import { describe, expect, it } from 'vitest'
import { decodeContenthash } from '../probes/decodeContenthash.ts'

const V0 = 'QmWATWQ7fVPP2EFGu71UkfnqhYXDYH566qy47CnJDgvs8u'

describe('decodeContenthash', () => {
  it('gives an ipfs contenthash as CIDv1 base32, whether it was set from a v0 or a v1 CID', () => {
    const v1 = CID.parse(V0).toV1().toString()
    expect(decodeContenthash(`0x${encode('ipfs', V0)}`)).toEqual({ codec: 'ipfs', value: v1 })
    expect(decodeContenthash(`0x${encode('ipfs', v1)}`)).toEqual({ codec: 'ipfs', value: v1 })
    expect(v1).toMatch(/^bafy/)
  })

  it('decodes ipns and swarm too', () => {
    const key = 'k51qzi5uqu5dlvj2baxnqndepeb86cbk3ng7n3i46uzyxzyqj2xjonzllnv0v8'
    expect(decodeContenthash(`0x${encode('ipns', key)}`)).toEqual({ codec: 'ipns', value: key })
    const swarm = 'd1de9994b4d039f6548d191eb26786769f580809256b4685ef316805265ea162'
    expect(decodeContenthash(`0x${encode('swarm', swarm)}`)).toEqual({ codec: 'swarm', value: swarm })
  })

  it('gives nothing for an empty record and the raw hex for bytes it cannot decode', () => {
    expect(decodeContenthash('0x')).toBeUndefined()
    expect(decodeContenthash('0xDEADBEEF')).toEqual({ codec: 'unknown', value: '0xdeadbeef' })
  })
})
