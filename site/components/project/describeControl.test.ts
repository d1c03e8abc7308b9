import { describe, expect, it } from 'vitest'
import { PROJECT_MESSAGES } from '../../i18n/project.ts'
import { describeControl } from './describeControl.ts'

const A = '0x1111111111111111111111111111111111111111'
const B = '0x2222222222222222222222222222222222222222'
const ZERO = '0x0000000000000000000000000000000000000000'

describe(describeControl.name, () => {
  it('says who owns and who can upgrade, in words a reader understands', () => {
    const lines = describeControl(PROJECT_MESSAGES.en, {
      kind: 'safe',
      owner: { address: A, kind: 'timelock', minDelay: 172_800 },
      admin: { address: B, kind: 'safe', threshold: 3, owners: 5, via: A },
    })
    expect(lines).toEqual([
      { label: 'Owner', text: 'a timelock, 2 days delay', address: A },
      { label: 'Can upgrade', text: 'a Safe multisig, 3 of 5 signatures', address: B, via: A },
    ])
  })

  it('says it in French too, and hides the zero address of a renounced owner', () => {
    const lines = describeControl(PROJECT_MESSAGES.fr, {
      kind: 'renounced',
      owner: { address: ZERO, kind: 'renounced' },
      admin: { address: A, kind: 'timelock', minDelay: 3600 },
    })
    expect(lines).toEqual([
      { label: 'Propriétaire', text: 'personne (renoncé)' },
      { label: 'Peut le mettre à jour', text: 'un timelock, délai de 1 heure', address: A },
    ])
    expect(
      describeControl(PROJECT_MESSAGES.en, { kind: 'eoa', owner: { address: A, kind: 'eoa' } })[0]?.text,
    ).toBe('a single key (EOA)')
  })

  it('gives no line for immutable code with no owner', () => {
    expect(describeControl(PROJECT_MESSAGES.en, { kind: 'none' })).toEqual([])
  })
})
