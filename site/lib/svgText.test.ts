import { describe, expect, it } from 'vitest'
import { escapeXml, shortenText, xmlText } from './svgText.ts'

describe('escapeXml', () => {
  it('escapes the five XML specials and nothing else', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a> é`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt; é',
    )
  })
})

describe('xmlText', () => {
  it('drops characters XML cannot hold and keeps tabs, newlines and emoji', () => {
    expect(xmlText('a\u0000b\u0007c\t\n🦄\uD800d')).toBe('abc\t\n🦄d')
  })
})

describe('shortenText', () => {
  it('keeps short text and cuts long text at a code point, trimmed, with an ellipsis', () => {
    expect(shortenText('Uniswap', 7)).toBe('Uniswap')
    expect(shortenText('Trader Joe', 8)).toBe('Trader…')
    expect(shortenText('🦄🦄🦄🦄', 3)).toBe('🦄🦄…')
  })
})
