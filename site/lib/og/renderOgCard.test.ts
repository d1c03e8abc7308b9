import { inflateSync } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import { monogramSvg } from '../../../indexer/logos/monogramSvg.ts'
import { createOgRenderer, type OgProject, type OgRenderer } from './createOgRenderer.ts'
import { encodePng } from './encodePng.ts'
import { OG_HEIGHT, OG_WIDTH } from './renderOgCard.ts'

// The real resvg wasm and the real DejaVu fonts from node_modules: no mock.
let og: OgRenderer
beforeAll(async () => {
  og = await createOgRenderer()
}, 60_000)

const uniswap: OgProject = {
  slug: 'uniswap',
  name: 'Uniswap',
  description: 'An automated market maker where anyone can swap ERC-20 tokens or provide liquidity to pools.',
  category: 'Decentralized exchanges',
  categoryColor: '#60a5fa',
  logo: { kind: 'monogram', svg: monogramSvg('Uniswap', 'uniswap') },
}

/** Width, height and the decoded RGB pixels (every row of a card uses filter 0 or 2). */
function decode(png: Uint8Array) {
  const buffer = Buffer.from(png)
  const width = buffer.readUInt32BE(16)
  const height = buffer.readUInt32BE(20)
  const idat: Buffer[] = []
  for (let at = 8; at < buffer.length; ) {
    const length = buffer.readUInt32BE(at)
    if (buffer.toString('latin1', at + 4, at + 8) === 'IDAT')
      idat.push(buffer.subarray(at + 8, at + 8 + length))
    at += 12 + length
  }
  const raw = inflateSync(Buffer.concat(idat))
  const stride = width * 3 + 1
  const rgb = new Uint8Array(width * height * 3)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * stride]
    for (let x = 0; x < width * 3; x++) {
      const value = raw[y * stride + 1 + x] ?? 0
      rgb[y * width * 3 + x] = filter === 2 ? (value + (rgb[(y - 1) * width * 3 + x] ?? 0)) & 255 : value
    }
  }
  return { width, height, rgb }
}

describe(createOgRenderer.name, () => {
  it('renders a PNG of the card size, the same bytes every time', async () => {
    const first = og.render(uniswap)
    const again = (await createOgRenderer()).render(uniswap)
    expect(Buffer.from(first.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a')
    expect(decode(first)).toMatchObject({ width: OG_WIDTH, height: OG_HEIGHT })
    expect(OG_WIDTH / OG_HEIGHT).toBeCloseTo(1200 / 630, 2)
    expect(Buffer.compare(first, again)).toBe(0)
    expect(Buffer.compare(first, og.render(uniswap))).toBe(0)
  })

  it('draws the text: another name gives other pixels, and text pixels differ from the background', () => {
    const a = decode(og.render(uniswap)).rgb
    const b = decode(og.render({ ...uniswap, name: 'Sushiswap' })).rgb
    let differing = 0
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differing++
    expect(differing).toBeGreaterThan(500)
    const light = a.filter((value, i) => i % 3 === 0 && value > 200).length
    expect(light).toBeGreaterThan(1000)
  })

  it('draws hostile and non-Latin names without throwing, and a file logo instead of a monogram', () => {
    const hostile = og.render({ ...uniswap, name: '<script>alert(1)</script> 東京 Ωμέγα 🦄'.repeat(3) })
    expect(decode(hostile).width).toBe(OG_WIDTH)
    const logo =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#ff0000"/></svg>'
    const { rgb, width } = decode(og.render({ ...uniswap, logo: { kind: 'file', svg: logo } }))
    // The logo box's centre (at 1200×630: x 80–208, y 140–268) is the logo's red.
    const x = Math.round((144 * OG_WIDTH) / 1200)
    const y = Math.round((204 * OG_WIDTH) / 1200)
    expect([...rgb.subarray((y * width + x) * 3, (y * width + x) * 3 + 3)]).toEqual([255, 0, 0])
  })
})

describe(encodePng.name, () => {
  it('round-trips pixels', () => {
    const pixels = Uint8Array.from({ length: 2 * 2 * 3 }, (_, i) => i * 10)
    expect(decode(encodePng(pixels, 2, 2)).rgb).toEqual(pixels)
    expect(() => encodePng(pixels, 3, 3)).toThrow(RangeError)
  })
})
