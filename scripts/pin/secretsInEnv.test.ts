import { describe, expect, it } from 'vitest'
import { secretsInEnv } from './secretsInEnv.ts'

describe(secretsInEnv.name, () => {
  it('finds secret-named values, their parts, and credentials inside URLs', () => {
    const secrets = secretsInEnv({
      PINNING_SERVICE_TOKEN: 'fake-token',
      KUBO_RPC_AUTH: 'atlas:fake-pw',
      KUBO_RPC_URL: 'https://u:fake-url-pw@kubo.example.org/?key=fake-key',
      HOME: '/root',
      EMPTY_TOKEN: '',
    })
    for (const secret of ['fake-token', 'atlas:fake-pw', 'fake-pw', 'fake-url-pw', 'fake-key'])
      expect(secrets).toContain(secret)
    expect(secrets).not.toContain('/root')
  })
})
