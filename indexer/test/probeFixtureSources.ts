/**
 * Solidity for the probe fixtures, compiled by solc-js in the tests. OpenZeppelin supplies what npm ships
 * concretely (TimelockController, the proxies, ProxyAdmin, UpgradeableBeacon) or abstractly (ERC721,
 * Ownable: a tiny concrete subclass here). The rest is written here because nothing deployable is on npm:
 * a bytes32-name token, proxy logic, and a MINIMAL Safe-style multisig — not a Safe, it only has the
 * singleton in slot 0 and answers `getThreshold()`/`getOwners()`, which is all the indexer looks at.
 */
export const PROBE_FIXTURE_SOURCES = {
  'AtlasFixtures.sol': `// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {TransparentUpgradeableProxy} from "@openzeppelin/contracts/proxy/transparent/TransparentUpgradeableProxy.sol";
import {UpgradeableBeacon} from "@openzeppelin/contracts/proxy/beacon/UpgradeableBeacon.sol";
import {BeaconProxy} from "@openzeppelin/contracts/proxy/beacon/BeaconProxy.sol";

contract AtlasCollection is ERC721 {
    constructor() ERC721("Atlas Collection", "ATLC") {
        _mint(msg.sender, 1);
    }
}

/// Name and symbol as bytes32, the way MKR declared them before ERC-20 settled on string.
contract AtlasBytes32Token {
    bytes32 public constant name = "Atlas Maker";
    bytes32 public constant symbol = "AMKR";
    uint8 public constant decimals = 18;
    uint256 public constant totalSupply = 1000 ether;
}

contract AtlasOwned is Ownable {
    constructor(address initialOwner) Ownable(initialOwner) {}
}

/// Logic behind the proxies and the clone; its state lives in the proxy.
contract AtlasLogicV1 {
    address public owner;

    function initialize(address initialOwner) external {
        require(owner == address(0), "initialized");
        owner = initialOwner;
    }

    function version() external pure virtual returns (uint256) {
        return 1;
    }
}

contract AtlasLogicV2 is AtlasLogicV1 {
    function version() external pure override returns (uint256) {
        return 2;
    }
}

/// MINIMAL Safe-style singleton (not a Safe): slot 0 is the singleton, as in Safe's proxy; then owners, threshold.
contract MinimalSafeSingleton {
    address internal singleton;
    address[] internal owners;
    uint256 internal threshold;

    function setup(address[] calldata newOwners, uint256 newThreshold) external {
        require(threshold == 0 && newThreshold > 0 && newThreshold <= newOwners.length, "setup");
        owners = newOwners;
        threshold = newThreshold;
    }

    function getThreshold() external view returns (uint256) {
        return threshold;
    }

    function getOwners() external view returns (address[] memory) {
        return owners;
    }
}

/// MINIMAL Safe-style proxy: the singleton in slot 0, every call delegated to it.
contract MinimalSafeProxy {
    address internal singleton;

    constructor(address singletonAddress, bytes memory setupCall) {
        singleton = singletonAddress;
        (bool ok, ) = singletonAddress.delegatecall(setupCall);
        require(ok, "setup failed");
    }

    fallback() external payable {
        address target = singleton;
        assembly {
            calldatacopy(0, 0, calldatasize())
            let ok := delegatecall(gas(), target, 0, calldatasize(), 0, 0)
            returndatacopy(0, 0, returndatasize())
            if iszero(ok) {
                revert(0, returndatasize())
            }
            return(0, returndatasize())
        }
    }
}
`,
} as const
