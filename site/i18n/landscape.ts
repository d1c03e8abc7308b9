import type { Lang } from './lang.ts'

/** Strings of the landscape (the home page), its filters, and the embed page. */
export const LANDSCAPE_MESSAGES: Record<
  Lang,
  {
    title: string
    heading: string
    description: (projects: number, categories: number) => string
    intro: (projects: number, categories: number, relations: number) => string
    introMore: string
    searchLabel: string
    searchPlaceholder: string
    searchHint: string
    filters: string
    category: string
    chain: string
    status: string
    control: string
    controlNone: string
    other: string
    hasToken: (count: number) => string
    ipfsFrontEnd: (count: number) => string
    ipfsNone: string
    metric: string
    metricNone: string
    metrics: Record<'relations' | 'chains' | 'contracts' | 'tokens', string>
    clear: string
    /** Template the script fills in: {shown} and {total}. */
    shownTemplate: string
    total: (count: number) => string
    noMatch: string
    otherGroup: string
    statuses: Record<string, string>
    controlTypes: Record<string, string>
    embed: string
    embedIntro: string
    embedCode: string
    copy: string
    copied: string
    copyFailed: string
    iframeTitle: string
    embedTitle: string
    embedDescription: string
    embedHeading: string
    opensInNewTab: string
    landscapeRegion: string
    exportGroup: string
    exportSvg: string
    exportPng: string
    /** The exported file's name, without extension. */
    exportFileName: string
  }
> = {
  en: {
    title: 'Web3 Atlas',
    heading: 'The Web3 landscape',
    description: (projects, categories) =>
      `A landscape of ${projects} Web3 projects in ${categories} categories, searchable and filterable, built from open data.`,
    intro: (projects, categories, relations) =>
      `${projects} projects in ${categories} categories, with ${relations} relations between them.`,
    introMore:
      'Each card leads to the project’s page: its contracts, tokens, relations and sources. The graph shows how they connect.',
    searchLabel: 'Search projects',
    searchPlaceholder: 'Name, tag, ENS name or 0x address',
    searchHint: 'Press / to search, Esc to clear.',
    filters: 'Filters',
    category: 'Category',
    chain: 'Chain',
    status: 'Status',
    control: 'Who controls the contracts',
    controlNone:
      'No snapshot holds on-chain control facts yet, so there is nothing to filter by. This filter fills in once the indexer has run.',
    other: 'Other',
    hasToken: (count) => `Has a token (${count})`,
    ipfsFrontEnd: (count) => `Front end on IPFS (${count})`,
    ipfsNone: 'No snapshot shows an ENS name pointing at IPFS yet.',
    metric: 'Size cards by',
    metricNone: 'Nothing',
    metrics: { relations: 'Relations', chains: 'Chains', contracts: 'Contracts', tokens: 'Tokens' },
    clear: 'Clear all',
    shownTemplate: '{shown} of {total} projects',
    total: (count) => `${count} projects`,
    noMatch: 'No project matches. Clear a filter or change the search.',
    otherGroup: 'Other',
    statuses: { active: 'Active', deprecated: 'Deprecated', sunset: 'Sunset', exploited: 'Exploited' },
    controlTypes: {
      eoa: 'A single key (EOA)',
      safe: 'A multisig (Safe)',
      timelock: 'A timelock',
      contract: 'Another contract',
      renounced: 'Renounced',
      none: 'No owner or admin',
    },
    embed: 'Embed this view',
    embedIntro:
      'Paste this into any web page to show the projects of this view. It follows your search and filters.',
    embedCode: 'HTML to embed',
    copy: 'Copy',
    copied: 'Copied.',
    copyFailed: 'Copy failed: the code is selected, press Ctrl+C (⌘C on a Mac).',
    iframeTitle: 'Web3 Atlas: projects',
    embedTitle: 'Web3 Atlas (embed)',
    embedDescription: 'A compact view of Web3 Atlas projects, for embedding in other pages.',
    embedHeading: 'Web3 Atlas',
    opensInNewTab: '(opens in a new tab)',
    landscapeRegion: 'Projects by category',
    exportGroup: 'Download this view',
    exportSvg: 'Download SVG',
    exportPng: 'Download PNG',
    exportFileName: 'web3-atlas-landscape',
  },
  fr: {
    title: 'Web3 Atlas',
    heading: 'Le paysage du Web3',
    description: (projects, categories) =>
      `Un paysage de ${projects} projets Web3 en ${categories} catégories, avec recherche et filtres, construit à partir de données ouvertes.`,
    intro: (projects, categories, relations) =>
      `${projects} projets en ${categories} catégories, reliés par ${relations} relations.`,
    introMore:
      'Chaque carte mène à la page du projet : ses contrats, ses jetons, ses relations et ses sources. Le graphe montre comment ils sont liés.',
    searchLabel: 'Rechercher un projet',
    searchPlaceholder: 'Nom, étiquette, nom ENS ou adresse 0x',
    searchHint: 'Appuyez sur / pour chercher, sur Échap pour effacer.',
    filters: 'Filtres',
    category: 'Catégorie',
    chain: 'Chaîne',
    status: 'Statut',
    control: 'Qui contrôle les contrats',
    controlNone:
      'Aucun instantané ne contient encore de faits de contrôle on-chain : il n’y a rien à filtrer. Ce filtre se remplira après le passage de l’indexeur.',
    other: 'Autres',
    hasToken: (count) => `A un jeton (${count})`,
    ipfsFrontEnd: (count) => `Interface sur IPFS (${count})`,
    ipfsNone: 'Aucun instantané ne montre encore de nom ENS pointant vers IPFS.',
    metric: 'Taille des cartes selon',
    metricNone: 'Rien',
    metrics: { relations: 'Relations', chains: 'Chaînes', contracts: 'Contrats', tokens: 'Jetons' },
    clear: 'Tout effacer',
    shownTemplate: '{shown} projets affichés sur {total}',
    total: (count) => `${count} projets`,
    noMatch: 'Aucun projet ne correspond. Retirez un filtre ou modifiez la recherche.',
    otherGroup: 'Autres',
    statuses: { active: 'Actif', deprecated: 'Obsolète', sunset: 'Arrêté', exploited: 'Piraté' },
    controlTypes: {
      eoa: 'Une seule clé (EOA)',
      safe: 'Un multisig (Safe)',
      timelock: 'Un timelock',
      contract: 'Un autre contrat',
      renounced: 'Renoncé',
      none: 'Ni propriétaire ni administrateur',
    },
    embed: 'Intégrer cette vue',
    embedIntro:
      'Collez ce code dans n’importe quelle page web pour y montrer les projets de cette vue. Il suit votre recherche et vos filtres.',
    embedCode: 'Code HTML à intégrer',
    copy: 'Copier',
    copied: 'Copié.',
    copyFailed: 'La copie a échoué : le code est sélectionné, appuyez sur Ctrl+C (⌘C sur Mac).',
    iframeTitle: 'Web3 Atlas : projets',
    embedTitle: 'Web3 Atlas (intégration)',
    embedDescription: 'Une vue compacte des projets du Web3 Atlas, à intégrer dans d’autres pages.',
    embedHeading: 'Web3 Atlas',
    opensInNewTab: '(s’ouvre dans un nouvel onglet)',
    landscapeRegion: 'Projets par catégorie',
    exportGroup: 'Télécharger cette vue',
    exportSvg: 'Télécharger en SVG',
    exportPng: 'Télécharger en PNG',
    exportFileName: 'web3-atlas-paysage',
  },
}
