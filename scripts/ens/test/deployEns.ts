import { createRequire } from 'node:module'
import {
  Contract,
  ContractFactory,
  type InterfaceAbi,
  id,
  JsonRpcProvider,
  Network,
  NonceManager,
  namehash,
  ZeroHash,
} from 'ethers'
import { anvilAccount } from './anvilAccounts.ts'

const require = createRequire(import.meta.url)

interface TruffleArtifact {
  abi: InterfaceAbi
  bytecode: string
}

/** ENSRegistry (solc 0.5.0) from @ensdomains/ens 0.6.2: no constructor arguments, the deployer owns the root. */
export const ensRegistryArtifact =
  require('@ensdomains/ens/build/contracts/ENSRegistry.json') as TruffleArtifact
/** PublicResolver (solc 0.7.4) from @ensdomains/resolver 0.3.1: `constructor(ENS _ens)`. */
export const publicResolverArtifact =
  require('@ensdomains/resolver/build/contracts/PublicResolver.json') as TruffleArtifact

/** A fresh ENS deployment on a local node. */
export interface EnsFixture {
  /** A provider for the test itself (call `destroy()` in `afterAll`). */
  provider: JsonRpcProvider
  registry: string
  resolver: string
  /** Registers `name` (`<label>.eth`) to `owner`, with the resolver unless `resolver` is null. */
  registerName(name: string, owner: string, resolver?: string | null): Promise<void>
  /** The registry and resolver, connected to the deployer (account 0). */
  registryContract: Contract
  resolverContract: Contract
}

/**
 * Deploys ENSRegistry and PublicResolver from the @ensdomains artifacts with anvil account 0, and gives
 * it `eth` (`setSubnodeOwner(root, labelhash("eth"), deployer)`), the way mainnet's root hands out TLDs.
 *
 * @param url The anvil node's URL.
 */
export async function deployEns(url: string): Promise<EnsFixture> {
  const provider = new JsonRpcProvider(url, Network.from(31337), { staticNetwork: true, cacheTimeout: -1 })
  provider.pollingInterval = 50
  // One nonce counter for every deployer transaction, sent back to back.
  const deployer = new NonceManager(anvilAccount(0, provider))
  const deploy = async ({ abi, bytecode }: TruffleArtifact, ...args: unknown[]) => {
    const contract = await new ContractFactory(abi, bytecode, deployer).deploy(...args)
    await contract.waitForDeployment()
    return contract.getAddress()
  }
  const registry = await deploy(ensRegistryArtifact)
  const resolver = await deploy(publicResolverArtifact, registry)
  const registryContract = new Contract(registry, ensRegistryArtifact.abi, deployer)
  const resolverContract = new Contract(resolver, publicResolverArtifact.abi, deployer)
  const send = async (promise: Promise<{ wait(): Promise<unknown> }>) => (await promise).wait()
  const deployerAddress = await deployer.getAddress()
  await send(registryContract.getFunction('setSubnodeOwner')(ZeroHash, id('eth'), deployerAddress))

  const registerName = async (name: string, owner: string, nameResolver: string | null = resolver) => {
    const [label, tld, ...rest] = name.split('.')
    if (!label || tld !== 'eth' || rest.length > 0)
      throw new Error(`registerName takes <label>.eth, not ${name}`)
    const node = namehash(name)
    await send(registryContract.getFunction('setSubnodeOwner')(namehash('eth'), id(label), deployerAddress))
    if (nameResolver) await send(registryContract.getFunction('setResolver')(node, nameResolver))
    await send(registryContract.getFunction('setOwner')(node, owner))
  }
  return { provider, registry, resolver, registerName, registryContract, resolverContract }
}
