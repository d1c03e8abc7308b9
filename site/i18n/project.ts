import type { ContractRole, RelationType } from '../../indexer/model/schema.ts'
import type { ControllerKind, ProxyKind } from '../../indexer/snapshot/snapshotSchema.ts'
import type { Lang } from './lang.ts'
import { RELATION_VERBS } from './relations.ts'

type Status = 'active' | 'deprecated' | 'sunset' | 'exploited'
type LinkKind =
  | 'source'
  | 'docs'
  | 'x'
  | 'discord'
  | 'telegram'
  | 'farcaster'
  | 'forum'
  | 'blog'
  | 'whitepaper'

/** Strings of the project page, its ego graph and its "report a problem" issue. */
export interface ProjectMessages {
  breadcrumb: string
  atlas: string
  status: Record<Status, string>
  category: string
  tags: string
  website: string
  links: string
  linkLabels: Record<LinkKind, string>
  launched: string
  chains: string
  noneListed: string
  relations: string
  outgoingHeading: (name: string) => string
  incomingHeading: (name: string) => string
  noRelations: (name: string) => string
  noOutgoing: string
  noIncoming: (name: string) => string
  verbs: Record<RelationType, string>
  graphHeading: string
  graphTitle: (name: string) => string
  graphDescription: (name: string, out: number, incoming: number) => string
  graphMore: (count: number) => string
  graphLegend: string
  contracts: string
  noContracts: string
  contract: string
  role: string
  roles: Record<ContractRole, string>
  chain: string
  address: string
  onChain: string
  control: string
  source: string
  sourceLink: string
  unconfirmed: string
  confirmedAt: (block: string, date: string) => string
  noCodeAt: (block: string, date: string) => string
  stale: (sinceBlock: string, reason: string) => string
  proxy: (kind: string) => string
  proxyKinds: Record<ProxyKind, string>
  implementation: string
  beacon: string
  owner: string
  admin: string
  via: string
  controller: (kind: ControllerKind, facts: { threshold?: number; owners?: number; delay?: string }) => string
  nobodyControls: string
  controlUnknown: string
  duration: (seconds: number) => string
  tokens: string
  noTokens: string
  token: string
  tokenName: string
  decimals: string
  totalSupply: string
  symbolMismatch: (reported: string, listed: string) => string
  ens: string
  ensOwner: string
  ensResolver: string
  ensAddress: string
  ensReverse: string
  ensPrimary: string
  ensNotPrimary: string
  ensContenthash: string
  ensNone: string
  sources: string
  improve: string
  edit: string
  report: string
  issueTitle: (name: string) => string
  issueBody: (name: string, slug: string, page: string) => string
  ogAlt: (name: string) => string
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

export const PROJECT_MESSAGES: Record<Lang, ProjectMessages> = {
  en: {
    breadcrumb: 'Breadcrumb',
    atlas: 'Atlas',
    status: { active: 'active', deprecated: 'deprecated', sunset: 'sunset', exploited: 'exploited' },
    category: 'Category',
    tags: 'Tags',
    website: 'Website',
    links: 'Links',
    linkLabels: {
      source: 'Source code',
      docs: 'Documentation',
      x: 'X',
      discord: 'Discord',
      telegram: 'Telegram',
      farcaster: 'Farcaster',
      forum: 'Forum',
      blog: 'Blog',
      whitepaper: 'Whitepaper',
    },
    launched: 'Launched',
    chains: 'Chains',
    noneListed: 'None listed',
    relations: 'Relations',
    outgoingHeading: (name) => `${name} …`,
    incomingHeading: (name) => `… ${name}`,
    noRelations: (name) => `No relations are recorded for ${name} yet.`,
    noOutgoing: 'No outgoing relations.',
    noIncoming: (name) => `No project lists a relation to ${name}.`,
    verbs: RELATION_VERBS.en,
    graphHeading: 'Neighbourhood',
    graphTitle: (name) => `${name} and its related projects`,
    graphDescription: (name, out, incoming) =>
      `${name} in the middle, with ${plural(out, 'relation', 'relations')} from it and ${plural(incoming, 'relation', 'relations')} to it; arrows point to the target. The Relations list gives every one.`,
    graphMore: (count) => `and ${count} more in the list`,
    graphLegend: 'Relation types (the arrow points to the target)',
    contracts: 'Contracts',
    noContracts: 'No contracts are listed.',
    contract: 'Contract',
    role: 'Role',
    roles: {
      core: 'core',
      factory: 'factory',
      router: 'router',
      token: 'token',
      governance: 'governance',
      timelock: 'timelock',
      treasury: 'treasury',
      bridge: 'bridge',
      oracle: 'oracle',
      registry: 'registry',
      resolver: 'resolver',
      vault: 'vault',
      'proxy-admin': 'proxy admin',
      other: 'other',
    },
    chain: 'Chain',
    address: 'Address',
    onChain: 'On chain',
    control: 'Who controls it',
    source: 'Source',
    sourceLink: 'source',
    unconfirmed: 'Not yet confirmed on chain',
    confirmedAt: (block, date) => `Confirmed on chain at block ${block} (${date})`,
    noCodeAt: (block, date) => `No contract code at this address at block ${block} (${date})`,
    stale: (sinceBlock, reason) =>
      `The last read failed since block ${sinceBlock} (${reason}); the value shown is the last good one.`,
    proxy: (kind) => `Upgradeable proxy (${kind})`,
    proxyKinds: {
      eip1967: 'EIP-1967',
      'eip1967-beacon': 'EIP-1967 beacon',
      eip1167: 'EIP-1167 minimal clone',
      eip7702: 'EIP-7702 delegation',
      safe: 'Safe',
    },
    implementation: 'implementation',
    beacon: 'beacon',
    owner: 'Owner',
    admin: 'Can upgrade',
    via: 'through',
    controller: (kind, facts) => {
      switch (kind) {
        case 'eoa':
          return 'a single key (EOA)'
        case 'safe':
          return facts.threshold && facts.owners
            ? `a Safe multisig, ${facts.threshold} of ${facts.owners} signatures`
            : 'a Safe multisig'
        case 'timelock':
          return facts.delay ? `a timelock, ${facts.delay} delay` : 'a timelock'
        case 'contract':
          return 'another contract'
        case 'renounced':
          return 'nobody (renounced)'
      }
    },
    nobodyControls: 'No owner and no upgrade admin found: nobody can change it this way.',
    controlUnknown: 'Not read yet',
    duration: (seconds) =>
      seconds % 86400 === 0
        ? plural(seconds / 86400, 'day', 'days')
        : seconds % 3600 === 0
          ? plural(seconds / 3600, 'hour', 'hours')
          : seconds % 60 === 0
            ? plural(seconds / 60, 'minute', 'minutes')
            : plural(seconds, 'second', 'seconds'),
    tokens: 'Tokens',
    noTokens: 'No tokens are listed.',
    token: 'Token',
    tokenName: 'Name',
    decimals: 'Decimals',
    totalSupply: 'Total supply',
    symbolMismatch: (reported, listed) => `The contract reports the symbol ${reported}, not ${listed}.`,
    ens: 'ENS name',
    ensOwner: 'Owner',
    ensResolver: 'Resolver',
    ensAddress: 'Address',
    ensReverse: 'Reverse record',
    ensPrimary: 'the address claims this name back (primary name)',
    ensNotPrimary: 'the address does not claim this name back',
    ensContenthash: 'Content hash',
    ensNone: 'not set',
    sources: 'Sources',
    improve: 'Improve this page',
    edit: 'Edit this on GitHub',
    report: 'Report a problem',
    issueTitle: (name) => `Problem with ${name}`,
    issueBody: (name, slug, page) =>
      [
        `Project: ${name} (registry/projects/${slug}.yaml)`,
        `Page: ${page}`,
        '',
        'What is wrong?',
        '- [ ] The description, category or tags',
        '- [ ] A link, the website or a source',
        '- [ ] A contract or token address',
        '- [ ] A relation to another project',
        '- [ ] Something else',
        '',
        'What should it say, and where can we check it (a link)?',
        '',
      ].join('\n'),
    ogAlt: (name) => `${name} on the Web3 Atlas`,
  },
  fr: {
    breadcrumb: 'Fil d’Ariane',
    atlas: 'Atlas',
    status: { active: 'actif', deprecated: 'obsolète', sunset: 'arrêté', exploited: 'piraté' },
    category: 'Catégorie',
    tags: 'Étiquettes',
    website: 'Site web',
    links: 'Liens',
    linkLabels: {
      source: 'Code source',
      docs: 'Documentation',
      x: 'X',
      discord: 'Discord',
      telegram: 'Telegram',
      farcaster: 'Farcaster',
      forum: 'Forum',
      blog: 'Blog',
      whitepaper: 'Livre blanc',
    },
    launched: 'Lancement',
    chains: 'Chaînes',
    noneListed: 'Aucune indiquée',
    relations: 'Relations',
    outgoingHeading: (name) => `${name} …`,
    incomingHeading: (name) => `… ${name}`,
    noRelations: (name) => `Aucune relation n’est encore enregistrée pour ${name}.`,
    noOutgoing: 'Aucune relation sortante.',
    noIncoming: (name) => `Aucun projet n’indique de relation vers ${name}.`,
    verbs: RELATION_VERBS.fr,
    graphHeading: 'Voisinage',
    graphTitle: (name) => `${name} et les projets liés`,
    graphDescription: (name, out, incoming) =>
      `${name} au centre, avec ${out} relation${out > 1 ? 's' : ''} sortante${out > 1 ? 's' : ''} et ${incoming} relation${incoming > 1 ? 's' : ''} entrante${incoming > 1 ? 's' : ''} ; les flèches pointent vers la cible. La liste des relations les donne toutes.`,
    graphMore: (count) => `et ${count} de plus dans la liste`,
    graphLegend: 'Types de relation (la flèche pointe vers la cible)',
    contracts: 'Contrats',
    noContracts: 'Aucun contrat n’est indiqué.',
    contract: 'Contrat',
    role: 'Rôle',
    roles: {
      core: 'cœur',
      factory: 'fabrique',
      router: 'routeur',
      token: 'jeton',
      governance: 'gouvernance',
      timelock: 'timelock',
      treasury: 'trésorerie',
      bridge: 'pont',
      oracle: 'oracle',
      registry: 'registre',
      resolver: 'résolveur',
      vault: 'coffre',
      'proxy-admin': 'admin de proxy',
      other: 'autre',
    },
    chain: 'Chaîne',
    address: 'Adresse',
    onChain: 'Sur la chaîne',
    control: 'Qui le contrôle',
    source: 'Source',
    sourceLink: 'source',
    unconfirmed: 'Pas encore confirmé sur la chaîne',
    confirmedAt: (block, date) => `Confirmé sur la chaîne au bloc ${block} (${date})`,
    noCodeAt: (block, date) => `Aucun code de contrat à cette adresse au bloc ${block} (${date})`,
    stale: (sinceBlock, reason) =>
      `La dernière lecture échoue depuis le bloc ${sinceBlock} (${reason}) ; la valeur affichée est la dernière valide.`,
    proxy: (kind) => `Proxy évolutif (${kind})`,
    proxyKinds: {
      eip1967: 'EIP-1967',
      'eip1967-beacon': 'balise EIP-1967',
      eip1167: 'clone minimal EIP-1167',
      eip7702: 'délégation EIP-7702',
      safe: 'Safe',
    },
    implementation: 'implémentation',
    beacon: 'balise',
    owner: 'Propriétaire',
    admin: 'Peut le mettre à jour',
    via: 'via',
    controller: (kind, facts) => {
      switch (kind) {
        case 'eoa':
          return 'une seule clé (EOA)'
        case 'safe':
          return facts.threshold && facts.owners
            ? `un multisig Safe, ${facts.threshold} signatures sur ${facts.owners}`
            : 'un multisig Safe'
        case 'timelock':
          return facts.delay ? `un timelock, délai de ${facts.delay}` : 'un timelock'
        case 'contract':
          return 'un autre contrat'
        case 'renounced':
          return 'personne (renoncé)'
      }
    },
    nobodyControls: 'Ni propriétaire ni administrateur de mise à jour : personne ne peut le modifier ainsi.',
    controlUnknown: 'Pas encore lu',
    duration: (seconds) => {
      const unit = (count: number, one: string) => `${count} ${one}${count > 1 ? 's' : ''}`
      return seconds % 86400 === 0
        ? unit(seconds / 86400, 'jour')
        : seconds % 3600 === 0
          ? unit(seconds / 3600, 'heure')
          : seconds % 60 === 0
            ? unit(seconds / 60, 'minute')
            : unit(seconds, 'seconde')
    },
    tokens: 'Jetons',
    noTokens: 'Aucun jeton n’est indiqué.',
    token: 'Jeton',
    tokenName: 'Nom',
    decimals: 'Décimales',
    totalSupply: 'Offre totale',
    symbolMismatch: (reported, listed) => `Le contrat indique le symbole ${reported}, et non ${listed}.`,
    ens: 'Nom ENS',
    ensOwner: 'Propriétaire',
    ensResolver: 'Résolveur',
    ensAddress: 'Adresse',
    ensReverse: 'Enregistrement inverse',
    ensPrimary: 'l’adresse revendique ce nom en retour (nom principal)',
    ensNotPrimary: 'l’adresse ne revendique pas ce nom en retour',
    ensContenthash: 'Contenthash',
    ensNone: 'non défini',
    sources: 'Sources',
    improve: 'Améliorer cette page',
    edit: 'Modifier sur GitHub',
    report: 'Signaler un problème',
    issueTitle: (name) => `Problème avec ${name}`,
    issueBody: (name, slug, page) =>
      [
        `Projet : ${name} (registry/projects/${slug}.yaml)`,
        `Page : ${page}`,
        '',
        'Qu’est-ce qui ne va pas ?',
        '- [ ] La description, la catégorie ou les étiquettes',
        '- [ ] Un lien, le site web ou une source',
        '- [ ] Une adresse de contrat ou de jeton',
        '- [ ] Une relation avec un autre projet',
        '- [ ] Autre chose',
        '',
        'Que faudrait-il écrire, et où peut-on le vérifier (un lien) ?',
        '',
      ].join('\n'),
    ogAlt: (name) => `${name} sur le Web3 Atlas`,
  },
}
