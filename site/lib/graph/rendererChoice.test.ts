import { describe, expect, it } from 'vitest'
import { formatViewState, parseViewState } from '../viewState.ts'
import { CANVAS_THRESHOLD, chooseRenderer, serverRendersSvg, withRenderer } from './rendererChoice.ts'

describe(chooseRenderer.name, () => {
  it('draws SVG for the registry today and a canvas above the threshold', () => {
    expect(chooseRenderer(352, '')).toBe('svg')
    expect(chooseRenderer(CANVAS_THRESHOLD + 1, '#q=uni')).toBe('canvas')
  })
  it('lets the hash force either renderer, and ignores other values', () => {
    expect(chooseRenderer(352, '#q=a&renderer=canvas')).toBe('canvas')
    expect(chooseRenderer(5000, '#renderer=svg')).toBe('svg')
    expect(chooseRenderer(352, '#renderer=webgl')).toBe('svg')
  })
})

describe(withRenderer.name, () => {
  it('keeps the override when the view state rewrites the hash', () => {
    const hash = '#focus=uniswap&renderer=canvas'
    const next = withRenderer(formatViewState({ ...parseViewState(hash), q: 'dex' }), hash)
    expect(next).toBe('#q=dex&focus=uniswap&renderer=canvas')
    expect(withRenderer('', hash)).toBe('#renderer=canvas')
    expect(withRenderer('#q=a', '#q=b')).toBe('#q=a')
  })
})

describe('serverRendersSvg', () => {
  it('puts the SVG in the page only where the SVG renderer is the default', () => {
    expect(serverRendersSvg(352)).toBe(true)
    expect(serverRendersSvg(CANVAS_THRESHOLD)).toBe(true)
    expect(serverRendersSvg(CANVAS_THRESHOLD + 1)).toBe(false)
    expect(chooseRenderer(CANVAS_THRESHOLD + 1, '')).toBe('canvas')
  })
})
