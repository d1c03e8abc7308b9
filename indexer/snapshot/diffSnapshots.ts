import { formatUnits } from 'ethers'
import { describeController, shortAddress } from './describeController.ts'
import type { Change } from './historySchema.ts'
import type { TargetLabels } from './labelTargets.ts'
import type {
  ChainSnapshot,
  ContractFacts,
  Controller,
  EnsFacts,
  Erc721Facts,
  ProxyFacts,
  TokenFacts,
} from './snapshotSchema.ts'

const PROXY_NAMES: Record<ProxyFacts['kind'], string> = {
  eip1967: 'an EIP-1967 proxy',
  'eip1967-beacon': 'an EIP-1967 beacon proxy',
  eip1167: 'an EIP-1167 minimal proxy',
  eip7702: 'an EIP-7702 delegated account',
  safe: 'a Safe proxy',
}

type Subject = Change['subject']
type Emit = (
  field: string,
  values: { before?: string | undefined; after?: string | undefined },
  message: string,
) => void

/**
 * What changed on a chain between two of its snapshots, as history entries with a message each. Pure.
 *
 * An entry only in `after` was `added` by the registry (tag `registry`), or, when the registry is the same,
 * read for the first time after failing before (`firstRead`, tag `onchain`); an entry only in `before` was
 * `removed` by the registry. Entries in both are compared field by field (tag `onchain`): code, proxy and
 * implementation, owner and upgrade admin, token metadata and supply, ENS records. Stale marks are not
 * changes. When `before` is a version 1 snapshot only what version 1 recorded is compared, so the upgrade
 * to version 2 does not flood the history.
 *
 * @returns changes in snapshot order (contracts, tokens, erc721, ens; keys sorted); none without `before`.
 * @example diffSnapshots({ before, after, labels: labelTargets(registry, 'ethereum') })
 */
export function diffSnapshots({
  before,
  after,
  labels,
}: {
  before: ChainSnapshot | undefined
  after: ChainSnapshot
  labels: TargetLabels
}): Change[] {
  if (!before || before.chain !== after.chain || before.chainId !== after.chainId) return []
  const block = after.block.number
  const upgraded = before.version === 1
  const registryChanged = before.registryHash !== after.registryHash
  const changes: Change[] = []

  const compare = <T>(
    subject: Subject,
    old: Record<string, T>,
    now: Record<string, T>,
    fields: (emit: Emit, who: string, b: T, a: T) => void,
  ) => {
    const keys = [...new Set([...Object.keys(old), ...Object.keys(now)])].sort(compareStrings)
    for (const key of keys) {
      const names = subject === 'contract' ? labels.contracts : subject === 'ens' ? labels.ens : labels.tokens
      const label = names[key]
      const who = subject === 'ens' || !label ? (label ?? key) : `${label} (${shortAddress(key)})`
      const emit: Emit = (field, values, message) =>
        changes.push({
          tag: field === 'added' || field === 'removed' ? 'registry' : 'onchain',
          subject,
          key,
          field,
          ...(values.before !== undefined ? { before: values.before } : {}),
          ...(values.after !== undefined ? { after: values.after } : {}),
          message,
        })
      const b = old[key]
      const a = now[key]
      if (b === undefined) {
        if (registryChanged) emit('added', {}, `${who}: added to the registry`)
        else emit('firstRead', {}, `${who}: read for the first time`)
      } else if (a === undefined) emit('removed', {}, `${who}: removed from the registry`)
      else fields(emit, who, b, a)
    }
  }

  compare<ContractFacts>('contract', before.contracts, after.contracts, (emit, who, b, a) => {
    if (b.hasCode !== a.hasCode) {
      emit(
        'code',
        { before: b.codeHash, after: a.codeHash },
        a.hasCode
          ? `${who}: has contract code since block ${block}`
          : `${who}: has no code any more at block ${block}`,
      )
      return
    }
    if (b.codeHash !== a.codeHash) {
      emit('code', { before: b.codeHash, after: a.codeHash }, `${who}: code changed at block ${block}`)
    }
    if (upgraded) return
    compareProxy(emit, who, block, b.proxy, a.proxy)
    if (b.control && a.control) {
      compareController(emit, who, 'owner', 'owner', b.control.owner, a.control.owner)
      compareController(emit, who, 'admin', 'upgrade admin', b.control.admin, a.control.admin)
    }
  })
  compare<TokenFacts>('token', before.tokens, after.tokens, (emit, who, b, a) => {
    compareText(emit, who, 'name', b.name, a.name)
    compareText(emit, who, 'symbol', b.symbol, a.symbol)
    compareText(emit, who, 'decimals', String(b.decimals), String(a.decimals))
    if (b.totalSupply !== a.totalSupply) {
      const amount = (raw: string, decimals: number) => `${formatUnits(raw, decimals)} ${a.symbol}`
      emit(
        'totalSupply',
        { before: b.totalSupply, after: a.totalSupply },
        `${who}: total supply changed from ${amount(b.totalSupply, b.decimals)} to ${amount(a.totalSupply, a.decimals)}`,
      )
    }
  })
  if (before.erc721 && !upgraded) {
    compare<Erc721Facts>('erc721', before.erc721, after.erc721 ?? {}, (emit, who, b, a) => {
      compareText(emit, who, 'name', b.name, a.name)
      compareText(emit, who, 'symbol', b.symbol, a.symbol)
      compareText(emit, who, 'totalSupply', b.totalSupply, a.totalSupply, 'total supply')
    })
  }
  if (before.ens && !upgraded) compare<EnsFacts>('ens', before.ens, after.ens ?? {}, compareEns)
  return changes
}

function compareProxy(
  emit: Emit,
  who: string,
  block: number,
  b: ProxyFacts | undefined,
  a: ProxyFacts | undefined,
): void {
  const value = (proxy: ProxyFacts | undefined) =>
    proxy ? `${proxy.kind} ${proxy.implementation}` : undefined
  if (!b && !a) return
  if (!a) {
    emit('proxy', { before: value(b) }, `${who}: is no longer a proxy at block ${block}`)
  } else if (!b || b.kind !== a.kind) {
    emit(
      'proxy',
      { before: value(b), after: value(a) },
      `${who}: is now ${PROXY_NAMES[a.kind]} to ${shortAddress(a.implementation)} at block ${block}`,
    )
  } else if (b.implementation !== a.implementation) {
    emit(
      'implementation',
      { before: b.implementation, after: a.implementation },
      `${who}: implementation changed at block ${block} (${shortAddress(b.implementation)} → ${shortAddress(a.implementation)})`,
    )
  } else if (b.implementationCodeHash !== a.implementationCodeHash) {
    emit(
      'implementation',
      { before: b.implementationCodeHash, after: a.implementationCodeHash },
      `${who}: implementation code changed at block ${block} (same address ${shortAddress(a.implementation)})`,
    )
  } else if (b.beacon !== a.beacon) {
    emit('proxy', { before: b.beacon, after: a.beacon }, `${who}: beacon changed at block ${block}`)
  }
}

function compareController(
  emit: Emit,
  who: string,
  field: string,
  role: string,
  b: Controller | undefined,
  a: Controller | undefined,
): void {
  const before = controllerValue(b)
  const after = controllerValue(a)
  if (before === after) return
  const was = b ? ` (was ${describeController(b)})` : ''
  emit(
    field,
    { before, after },
    a ? `${who}: ${role} is now ${describeController(a)}${was}` : `${who}: has no ${role} any more${was}`,
  )
}

function compareEns(emit: Emit, who: string, b: EnsFacts, a: EnsFacts): void {
  compareController(emit, who, 'owner', 'owner', b.owner, a.owner)
  if (b.resolver !== a.resolver) {
    emit(
      'resolver',
      { before: b.resolver, after: a.resolver },
      a.resolver ? `${who}: resolver is now ${shortAddress(a.resolver)}` : `${who}: has no resolver any more`,
    )
  }
  if (b.address !== a.address) {
    emit(
      'address',
      { before: b.address, after: a.address },
      a.address ? `${who}: now resolves to ${a.address}` : `${who}: no longer resolves to an address`,
    )
  }
  if (b.primary !== a.primary || b.reverseName !== a.reverseName) {
    const message = a.primary
      ? `${who}: is now the primary name of ${a.address}`
      : `${who}: is not the primary name of its address (its reverse record says ${a.reverseName ? `"${a.reverseName}"` : 'nothing'})`
    emit('reverseName', { before: b.reverseName, after: a.reverseName }, message)
  }
  const hash = (facts: EnsFacts) =>
    facts.contenthash ? `${facts.contenthash.codec}://${facts.contenthash.value}` : undefined
  if (hash(b) !== hash(a)) {
    emit(
      'contenthash',
      { before: hash(b), after: hash(a) },
      hash(a) ? `${who}: contenthash is now ${hash(a)}` : `${who}: has no contenthash any more`,
    )
  }
}

function compareText(
  emit: Emit,
  who: string,
  field: string,
  b: string | undefined,
  a: string | undefined,
  words = field,
): void {
  if (b === a) return
  emit(field, { before: b, after: a }, `${who}: ${words} changed from ${b ?? 'nothing'} to ${a ?? 'nothing'}`)
}

/** A controller as one comparable line: kind, Safe threshold or timelock delay, address, and `via`. */
function controllerValue(controller: Controller | undefined): string | undefined {
  if (!controller) return undefined
  const detail =
    controller.kind === 'safe'
      ? `${controller.threshold}/${controller.owners}`
      : controller.kind === 'timelock'
        ? `${controller.minDelay}s`
        : undefined
  return [controller.kind, detail, controller.address, controller.via ? `via ${controller.via}` : undefined]
    .filter((part) => part !== undefined)
    .join(' ')
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
