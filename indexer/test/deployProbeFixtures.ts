import { createRequire } from 'node:module'
import { encode } from '@ensdomains/content-hash'
import {
  type BaseContract,
  Contract,
  ContractFactory,
  getAddress,
  Interface,
  type InterfaceAbi,
  id,
  JsonRpcProvider,
  NonceManager,
  namehash,
  type Signer,
  ZeroAddress,
  ZeroHash,
} from 'ethers'
import { CID } from 'multiformats/cid'
import { EIP1967_SLOTS } from '../probes/eip1967Slots.ts'
import { anvilAccount } from './anvilAccount.ts'
import { type CompiledContract, compileTestToken } from './compile.ts'
import { compileSolidity } from './compileSolidity.ts'
import { PROBE_FIXTURE_SOURCES } from './probeFixtureSources.ts'

const require = createRequire(import.meta.url)
type TruffleArtifact = { abi: InterfaceAbi; bytecode: string }
const ENS_REGISTRY = require('@ensdomains/ens/build/contracts/ENSRegistry.json') as TruffleArtifact
const REVERSE_REGISTRAR = require('@ensdomains/ens/build/contracts/ReverseRegistrar.json') as TruffleArtifact
const PUBLIC_RESOLVER = require('@ensdomains/resolver/build/contracts/PublicResolver.json') as TruffleArtifact

/** The CIDv0 the fixture name's contenthash points at, and what the indexer should read back. */
const CONTENT_CID = 'QmWATWQ7fVPP2EFGu71UkfnqhYXDYH566qy47CnJDgvs8u'
/** Seconds the fixture timelock makes every operation wait. */
export const TIMELOCK_DELAY = 3600

/** Every contract the probe tests index, deployed on one anvil node. */
export interface ProbeFixtures {
  accounts: {
    deployer: string
    /** Owns `ownedByEoa`; the clone's owner. */
    eoaOwner: string
    /** `atlas.eth` resolves to it and its reverse record names `atlas.eth`. */
    ensTarget: string
    /** An EOA with an EIP-7702 delegation to `logicV1`. */
    delegated: string
    safeOwners: string[]
  }
  token: string
  collection: string
  bytes32Token: string
  logicV1: string
  logicV2: string
  safeSingleton: string
  /** 2 of 3 MinimalSafe proxy. */
  safe: string
  timelock: string
  /** TransparentUpgradeableProxy over logicV1; its ProxyAdmin is owned by the timelock. */
  transparentProxy: string
  proxyAdmin: string
  /** UpgradeableBeacon (owned by the Safe) and a BeaconProxy using it. */
  beacon: string
  beaconProxy: string
  /** EIP-1167 clone of logicV1, initialized with `eoaOwner`. */
  clone: string
  ownedBySafe: string
  ownedByEoa: string
  renounced: string
  ens: { registry: string; resolver: string; name: string; contenthash: { codec: string; value: string } }
  /** `ownedByEoa.transferOwnership(safe)`, sent by `eoaOwner`; then makes it final. */
  transferOwnedByEoaToSafe(): Promise<void>
  /** Upgrades `transparentProxy` to logicV2 through the timelock (schedule, wait, execute); then makes it final. */
  upgradeTransparentProxy(): Promise<void>
  /** Mines two blocks so everything sent so far is in anvil's `finalized` block (see startAnvil). */
  finalize(): Promise<void>
  /** The number of the newest `finalized` block. */
  finalizedBlock(): Promise<number>
  /** Destroys the fixture's provider. */
  close(): void
}

/**
 * Compiles (solc-js) and deploys the probe fixtures on an anvil node started with `--slots-in-an-epoch 1`,
 * then mines two blocks so they are final. See {@link PROBE_FIXTURE_SOURCES} for what is hand-written.
 */
export async function deployProbeFixtures(url: string): Promise<ProbeFixtures> {
  const provider = new JsonRpcProvider(url, 31337, { staticNetwork: true, cacheTimeout: -1 })
  provider.pollingInterval = 50
  const compiled: Record<string, CompiledContract> = {
    ...compileSolidity(PROBE_FIXTURE_SOURCES),
    AtlasTestToken: compileTestToken(),
  }
  const deployer = new NonceManager(anvilAccount(0, provider))
  const eoaOwner = anvilAccount(1, provider)
  const ensTarget = anvilAccount(2, provider)
  const delegated = anvilAccount(3, provider)
  const safeOwners = [4, 5, 6].map((index) => anvilAccount(index, provider).address)

  const artifact = (name: string): CompiledContract => {
    const contract = compiled[name]
    if (!contract) throw new Error(`solc produced no ${name}`)
    return contract
  }
  const deploy = async ({ abi, bytecode }: TruffleArtifact | CompiledContract, ...args: unknown[]) => {
    const contract = await new ContractFactory(abi, bytecode, deployer).deploy(...args)
    await contract.waitForDeployment()
    return contract.getAddress()
  }
  const at = (address: string, { abi }: TruffleArtifact | CompiledContract, signer: Signer = deployer) =>
    new Contract(address, abi, signer)
  const send = async (contract: BaseContract | Contract, fn: string, ...args: unknown[]) => {
    const tx = await (contract as Contract).getFunction(fn)(...args)
    await tx.wait()
  }
  const mine = (blocks: number) => provider.send('anvil_mine', [`0x${blocks.toString(16)}`])
  const logic = new Interface(artifact('AtlasLogicV1').abi)

  const token = await deploy(artifact('AtlasTestToken'))
  const collection = await deploy(artifact('AtlasCollection'))
  const bytes32Token = await deploy(artifact('AtlasBytes32Token'))
  const logicV1 = await deploy(artifact('AtlasLogicV1'))
  const logicV2 = await deploy(artifact('AtlasLogicV2'))

  const safeSingleton = await deploy(artifact('MinimalSafeSingleton'))
  const setup = new Interface(artifact('MinimalSafeSingleton').abi).encodeFunctionData('setup', [
    safeOwners,
    2,
  ])
  const safe = await deploy(artifact('MinimalSafeProxy'), safeSingleton, setup)

  const deployerAddress = await deployer.getAddress()
  const timelock = await deploy(
    artifact('TimelockController'),
    TIMELOCK_DELAY,
    [deployerAddress],
    [deployerAddress],
    ZeroAddress,
  )
  const initialize = logic.encodeFunctionData('initialize', [deployerAddress])
  const transparentProxy = await deploy(
    artifact('TransparentUpgradeableProxy'),
    logicV1,
    timelock,
    initialize,
  )
  const proxyAdmin = getAddress(
    `0x${(await provider.getStorage(transparentProxy, EIP1967_SLOTS.admin)).slice(-40)}`,
  )
  const beacon = await deploy(artifact('UpgradeableBeacon'), logicV1, safe)
  const beaconProxy = await deploy(artifact('BeaconProxy'), beacon, initialize)

  // EIP-1167: the creation code copies the 45-byte runtime that delegates every call to logicV1.
  const cloneTx = await deployer.sendTransaction({
    data: `0x3d602d80600a3d3981f3363d3d373d3d3d363d73${logicV1.slice(2).toLowerCase()}5af43d82803e903d91602b57fd5bf3`,
  })
  const cloneReceipt = await cloneTx.wait()
  if (!cloneReceipt?.contractAddress) throw new Error('the clone was not created')
  const clone = getAddress(cloneReceipt.contractAddress)
  await send(at(clone, artifact('AtlasLogicV1')), 'initialize', eoaOwner.address)

  const ownedBySafe = await deploy(artifact('AtlasOwned'), safe)
  const ownedByEoa = await deploy(artifact('AtlasOwned'), eoaOwner.address)
  const renounced = await deploy(artifact('AtlasOwned'), deployerAddress)
  await send(at(renounced, artifact('AtlasOwned')), 'renounceOwnership')

  // EIP-7702: `delegated` signs an authorization; the deployer sponsors the type-4 transaction.
  const authorization = await delegated.authorize({ address: logicV1 })
  await (
    await deployer.sendTransaction({ type: 4, to: ZeroAddress, authorizationList: [authorization] })
  ).wait()

  const ens = await deployEns()

  const finalize = async () => {
    await mine(2)
  }
  await finalize()

  async function deployEns(): Promise<ProbeFixtures['ens']> {
    const registry = await deploy(ENS_REGISTRY)
    const resolver = await deploy(PUBLIC_RESOLVER, registry)
    const reverseRegistrar = await deploy(REVERSE_REGISTRAR, registry, resolver)
    const ensRegistry = at(registry, ENS_REGISTRY)
    const publicResolver = at(resolver, PUBLIC_RESOLVER)
    const name = 'atlas.eth'
    const node = namehash(name)
    await send(ensRegistry, 'setSubnodeOwner', ZeroHash, id('eth'), deployerAddress)
    await send(ensRegistry, 'setSubnodeOwner', namehash('eth'), id('atlas'), deployerAddress)
    await send(ensRegistry, 'setResolver', node, resolver)
    await send(publicResolver, 'setAddr(bytes32,address)', node, ensTarget.address)
    await send(publicResolver, 'setContenthash', node, `0x${encode('ipfs', CONTENT_CID)}`)
    await send(ensRegistry, 'setOwner', node, safe)
    await send(ensRegistry, 'setSubnodeOwner', ZeroHash, id('reverse'), deployerAddress)
    await send(ensRegistry, 'setSubnodeOwner', namehash('reverse'), id('addr'), reverseRegistrar)
    await send(at(reverseRegistrar, REVERSE_REGISTRAR, ensTarget), 'setName', name)
    return {
      registry,
      resolver,
      name,
      contenthash: { codec: 'ipfs', value: CID.parse(CONTENT_CID).toV1().toString() },
    }
  }

  return {
    accounts: {
      deployer: deployerAddress,
      eoaOwner: eoaOwner.address,
      ensTarget: ensTarget.address,
      delegated: delegated.address,
      safeOwners,
    },
    token,
    collection,
    bytes32Token,
    logicV1,
    logicV2,
    safeSingleton,
    safe,
    timelock,
    transparentProxy,
    proxyAdmin,
    beacon,
    beaconProxy,
    clone,
    ownedBySafe,
    ownedByEoa,
    renounced,
    ens,
    async transferOwnedByEoaToSafe() {
      await send(at(ownedByEoa, artifact('AtlasOwned'), eoaOwner), 'transferOwnership', safe)
      await finalize()
    },
    async upgradeTransparentProxy() {
      const upgrade = new Interface(artifact('ProxyAdmin').abi).encodeFunctionData('upgradeAndCall', [
        transparentProxy,
        logicV2,
        '0x',
      ])
      const operation = [proxyAdmin, 0, upgrade, ZeroHash, ZeroHash] as const
      const timelockContract = at(timelock, artifact('TimelockController'))
      await send(timelockContract, 'schedule', ...operation, TIMELOCK_DELAY)
      await provider.send('evm_increaseTime', [TIMELOCK_DELAY + 1])
      await send(timelockContract, 'execute', ...operation)
      await finalize()
    },
    finalize,
    async finalizedBlock() {
      const block = (await provider.send('eth_getBlockByNumber', ['finalized', false])) as { number: string }
      return Number(block.number)
    },
    close: () => provider.destroy(),
  }
}
