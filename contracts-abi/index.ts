/** ABIs of the contracts the indexer reads. The one barrel in the project: import ABIs from here. */

export { type EnsRegistryFunctionName, ensRegistryAbi } from './ensRegistry.ts'
export { type Erc20FunctionName, erc20Abi } from './erc20.ts'
export {
  contenthashInterfaceId,
  type PublicResolverFunctionName,
  publicResolverAbi,
} from './publicResolver.ts'
