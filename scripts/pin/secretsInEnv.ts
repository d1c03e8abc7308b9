import type { Env } from './providersFromEnv.ts'
import { authorizationSecrets } from './redact.ts'

// Variables whose whole value is secret, by name: tokens, auth headers, keys, proofs, passwords.
const secretName = /TOKEN|AUTH|PRINCIPAL|PROOF|PASSWORD|SECRET|KEY/i

/**
 * Every value in the environment that must never be printed: values of variables named like secrets, and
 * the user info and query values of URL-valued variables. A safety net over what providersFromEnv
 * collects, so even a config error cannot leak one.
 *
 * @param env The environment.
 * @returns The secret values (possibly empty).
 * @example
 * secretsInEnv({ PINNING_SERVICE_TOKEN: 'fake' }) // ['fake']
 */
export function secretsInEnv(env: Env): string[] {
  const secrets: string[] = []
  for (const [name, value] of Object.entries(env)) {
    if (!value?.trim()) continue
    if (secretName.test(name)) {
      const secret = value.trim()
      const colon = secret.indexOf(':')
      // `user:password` and `Bearer <token>` forms: their parts are secret on their own too.
      secrets.push(secret, ...authorizationSecrets(secret), ...(colon > 0 ? [secret.slice(colon + 1)] : []))
    }
    if (!/^https?:\/\//i.test(value.trim())) continue
    try {
      const url = new URL(value.trim())
      for (const part of [url.username, url.password, ...url.searchParams.values()])
        if (part) secrets.push(decodeURIComponent(part))
    } catch {
      // Not a URL after all: nothing in it is known to be secret.
    }
  }
  return secrets
}
