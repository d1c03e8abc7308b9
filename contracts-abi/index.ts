/** ABIs of the contracts the indexer reads. The one barrel in the project: import ABIs from here. */

export { type EnsRegistryFunctionName, ensRegistryAbi } from './ensRegistry.ts'
export { type EnsResolverRecordsFunctionName, ensResolverRecordsAbi } from './ensResolverRecords.ts'
export { type Erc20FunctionName, erc20Abi } from './erc20.ts'
export { type Erc20Bytes32FunctionName, erc20Bytes32Abi } from './erc20Bytes32.ts'
export { type Erc165FunctionName, erc165Abi } from './erc165.ts'
export { type Erc721FunctionName, erc721Abi, erc721InterfaceId } from './erc721.ts'
export { MULTICALL3_ADDRESS, type Multicall3FunctionName, multicall3Abi } from './multicall3.ts'
export { type OwnableFunctionName, ownableAbi } from './ownable.ts'
export {
  contenthashInterfaceId,
  type PublicResolverFunctionName,
  publicResolverAbi,
} from './publicResolver.ts'
export { type SafeFunctionName, safeAbi } from './safe.ts'
export { type TimelockControllerFunctionName, timelockControllerAbi } from './timelockController.ts'
export { type UpgradeableBeaconFunctionName, upgradeableBeaconAbi } from './upgradeableBeacon.ts'
