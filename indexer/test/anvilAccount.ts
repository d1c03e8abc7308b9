import { HDNodeWallet, Mnemonic, type Provider } from 'ethers'

/**
 * anvil's PUBLIC test mnemonic: every account derived from it is known to everyone and holds value only on
 * local dev chains. Never use these keys anywhere else.
 */
const ANVIL_MNEMONIC = Mnemonic.fromPhrase('test test test test test test test test test test test junk')

/** The `index`th default anvil account (`m/44'/60'/0'/0/index`), connected to `provider`. */
export function anvilAccount(index: number, provider?: Provider): HDNodeWallet {
  const wallet = HDNodeWallet.fromMnemonic(ANVIL_MNEMONIC, `m/44'/60'/0'/0/${index}`)
  return provider ? wallet.connect(provider) : wallet
}
