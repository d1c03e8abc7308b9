import * as Signer from '@storacha/client/principal/ed25519'
import * as Proof from '@storacha/client/proof'
import type { Signer as AgentSigner, Delegation } from '@storacha/client/types'

/** The agent key and space delegation a w3up upload is signed with. */
export interface W3upCredentials {
  /** The agent that signs the invocations (an Ed25519 signer, did:key). */
  agent: AgentSigner<`did:key:${string}`>
  /** The delegation from the space (or its owner) to `agent`: upload/add, space/blob/add… */
  proof: Delegation
}

/** Which of the two values failed to parse, and why (never the value itself). */
export type W3upCredentialsProblem = { variable: 'W3UP_PRINCIPAL' | 'W3UP_PROOF'; problem: string }

/**
 * Reads a w3up agent key (as `storacha key create` prints it: base64 multibase, `Mg…`) and a delegation
 * (as `storacha delegation create <agent-did> --base64` prints it: a CID whose identity multihash holds
 * the delegation CAR), and checks that the delegation is addressed to that agent.
 *
 * @param principal The agent's private key text.
 * @param proof The delegation text.
 * @returns The signer and delegation, or the problems found (naming the variable, never its value).
 * @example
 * const parsed = await parseW3upCredentials(env.W3UP_PRINCIPAL, env.W3UP_PROOF)
 */
export async function parseW3upCredentials(
  principal: string,
  proof: string,
): Promise<{ ok: W3upCredentials } | { problems: W3upCredentialsProblem[] }> {
  const problems: W3upCredentialsProblem[] = []
  let agent: W3upCredentials['agent'] | undefined
  let delegation: Delegation | undefined
  try {
    agent = Signer.parse(principal.trim())
  } catch {
    problems.push({
      variable: 'W3UP_PRINCIPAL',
      problem:
        'is not an Ed25519 private key in base64 multibase (the `Mg…` text `storacha key create` prints)',
    })
  }
  try {
    delegation = await Proof.parse(proof.trim())
  } catch {
    problems.push({
      variable: 'W3UP_PROOF',
      problem: 'is not a delegation (the text `storacha delegation create <agent-did> --base64` prints)',
    })
  }
  if (agent && delegation && delegation.audience.did() !== agent.did()) {
    problems.push({
      variable: 'W3UP_PROOF',
      problem: `is delegated to ${delegation.audience.did()}, not to the agent of W3UP_PRINCIPAL (${agent.did()})`,
    })
  }
  if (problems.length > 0 || !agent || !delegation) return { problems }
  return { ok: { agent, proof: delegation } }
}
