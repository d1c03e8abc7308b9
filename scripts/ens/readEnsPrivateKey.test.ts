import { describe, expect, it } from 'vitest'
import {
  EnsPrivateKeyInvalidError,
  EnsPrivateKeyMissingError,
  readEnsPrivateKey,
} from './readEnsPrivateKey.ts'

// Obviously fake keys: never a real account's.
const FAKE_KEY = `0x${'ab'.repeat(32)}`

describe(readEnsPrivateKey.name, () => {
  it('accepts 64 hex digits with or without 0x', () => {
    expect(readEnsPrivateKey(FAKE_KEY)).toBe(FAKE_KEY)
    expect(readEnsPrivateKey(` ${FAKE_KEY.slice(2)}\n`)).toBe(FAKE_KEY)
  })

  it('says what to do when the key is missing', () => {
    expect(() => readEnsPrivateKey(undefined)).toThrow(EnsPrivateKeyMissingError)
    expect(() => readEnsPrivateKey('')).toThrow(/--dry-run[\s\S]*--safe/)
  })

  it('refuses a malformed key without ever quoting it', () => {
    const notAKey = 'correct horse battery staple'
    let message = ''
    try {
      readEnsPrivateKey(notAKey)
    } catch (error) {
      expect(error).toBeInstanceOf(EnsPrivateKeyInvalidError)
      message = String(error)
    }
    expect(message).toMatch(/not a private key/)
    expect(message).not.toContain('horse')
    expect(() => readEnsPrivateKey(FAKE_KEY.slice(0, -1))).toThrow(EnsPrivateKeyInvalidError)
  })
})
