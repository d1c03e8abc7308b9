import { describe, expect, it } from 'vitest'
import { authorizationSecrets, redact, redactUrl } from './redact.ts'

describe(redact.name, () => {
  it('masks every secret and the user info of URLs, longest secret first', () => {
    expect(
      redact('POST https://u:pass@h.example/x says fake-token and fake-token-2', [
        'fake-token',
        'fake-token-2',
      ]),
    ).toBe('POST https://[redacted]@h.example/x says [redacted] and [redacted]')
  })

  it('leaves very short values alone, since masking them would garble the text', () => {
    expect(redact('a b c', ['a', ''])).toBe('a b c')
  })
})

describe(redactUrl.name, () => {
  it('shows only the origin and path', () => {
    expect(redactUrl('https://u:p@h.example:8443/psa/pins?key=k#frag')).toBe(
      'https://h.example:8443/psa/pins',
    )
  })
})

describe(authorizationSecrets.name, () => {
  it('includes the decoded user, password and pair of Basic credentials', () => {
    const header = `Basic ${Buffer.from('atlas:fake-pw').toString('base64')}`
    expect(authorizationSecrets(header)).toEqual([
      header,
      header.slice(6),
      'atlas:fake-pw',
      'fake-pw',
      'atlas',
    ])
    expect(authorizationSecrets('Bearer fake-token')).toEqual(['Bearer fake-token', 'fake-token'])
  })
})
