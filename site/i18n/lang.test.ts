import { describe, expect, it } from 'vitest'
import { langPrefix, pageUrls } from './lang.ts'

describe(pageUrls.name, () => {
  it('leads from each page to the site root, its language home and the same page in the other language', () => {
    expect(pageUrls('en', '')).toEqual({ root: './', home: './', alternate: './fr/' })
    expect(pageUrls('fr', '')).toEqual({ root: '../', home: './', alternate: '../' })
    expect(pageUrls('en', 'projects/uniswap/')).toEqual({
      root: '../../',
      home: '../../',
      alternate: '../../fr/projects/uniswap/',
    })
    expect(pageUrls('fr', 'projects/uniswap/')).toEqual({
      root: '../../../',
      home: '../../',
      alternate: '../../../projects/uniswap/',
    })
    expect(langPrefix('fr')).toBe('fr/')
  })
})
