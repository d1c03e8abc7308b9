import type { RelationType } from '../../indexer/model/schema.ts'
import type { ContractStatus, ControlKind, ProjectStatus } from '../lib/stats.ts'
import type { Lang } from './lang.ts'
import { RELATION_VERBS } from './relations.ts'

/** One chart's heading and its table's column headers. */
interface ChartText {
  heading: string
  /** Header of the first column (what is counted by). */
  key: string
  /** Header of the count column. */
  count: string
}

export interface StatsMessages {
  title: string
  description: (projects: number) => string
  heading: string
  intro: (projects: number, categories: number, relations: number) => string
  /** Writes a count with the language's digit grouping. */
  number: (value: number) => string
  total: string
  categories: ChartText
  chains: ChartText & { note: string; withoutChain: (count: number) => string }
  contracts: ChartText & { noSnapshot: (count: number) => string; noContracts: string }
  control: ChartText & { note: string; nothingConfirmed: string }
  relations: ChartText & { note: string }
  statuses: ChartText
  launches: ChartText & { undated: (count: number) => string; none: string }
  tokens: ChartText & { none: string }
  statusNames: Record<ProjectStatus, string>
  relationNames: Record<RelationType, string>
  contractStatusNames: Record<ContractStatus, string>
  controlNames: Record<ControlKind, string>
  /** The bar chart's text alternative: what it shows and its largest bars. */
  barSummary: (heading: string, top: ReadonlyArray<readonly [string, string]>) => string
  /** The launch chart's text alternative. */
  lineSummary: (first: number, last: number, peakYear: number, peak: string) => string
}

const en = new Intl.NumberFormat('en-US')
const fr = new Intl.NumberFormat('fr-FR')

/** Strings of the stats page. Category and chain names are registry data and stay as written. */
export const STATS_MESSAGES: Record<Lang, StatsMessages> = {
  en: {
    title: 'Stats',
    description: (projects) =>
      `The Web3 Atlas in numbers: its ${projects} projects by category, chain, status and launch year, their relations, tokens and contracts.`,
    heading: 'The atlas in numbers',
    intro: (projects, categories, relations) =>
      `${projects} projects in ${categories} categories, linked by ${relations} relations. Every chart is drawn when the site is built, from the table beside it, which holds the exact numbers.`,
    number: (value) => en.format(value),
    total: 'Total',
    categories: { heading: 'Projects per category', key: 'Category', count: 'Projects' },
    chains: {
      heading: 'Projects per chain',
      key: 'Chain',
      count: 'Projects',
      note: 'A project on several chains counts once on each, so these numbers add up to more than the number of projects.',
      withoutChain: (count) =>
        count === 1 ? '1 project lists no chain.' : `${count} projects list no chain.`,
    },
    contracts: {
      heading: 'Contracts read on chain',
      key: 'On-chain status',
      count: 'Contracts',
      noSnapshot: (count) =>
        `No on-chain snapshot is committed yet, so none of the ${count} contracts in the registry is confirmed: all are shown as not yet read. The indexer reads each one at a stated block and records who controls it.`,
      noContracts: 'The registry lists no contract yet.',
    },
    control: {
      heading: 'Who controls the confirmed contracts',
      key: 'Controlled by',
      count: 'Contracts',
      note: 'The account that can upgrade or administer each confirmed contract, as the snapshot read it.',
      nothingConfirmed:
        'No contract is confirmed on chain yet, so who controls them is not known. This chart appears once a snapshot is committed.',
    },
    relations: {
      heading: 'Relations per type',
      key: 'Relation',
      count: 'Relations',
      note: 'Each relation reads “project — relation — other project”, e.g. “Uniswap is built on Ethereum”.',
    },
    statuses: { heading: 'Projects per status', key: 'Status', count: 'Projects' },
    launches: {
      heading: 'Launches per year',
      key: 'Year',
      count: 'Launches',
      undated: (count) =>
        count === 1
          ? '1 project has no launch date in the registry and is not counted.'
          : `${count} projects have no launch date in the registry and are not counted.`,
      none: 'No project has a launch date yet.',
    },
    tokens: {
      heading: 'Tokens per chain',
      key: 'Chain',
      count: 'Tokens',
      none: 'The registry lists no token yet.',
    },
    statusNames: { active: 'Active', deprecated: 'Deprecated', sunset: 'Sunset', exploited: 'Exploited' },
    relationNames: RELATION_VERBS.en,
    contractStatusNames: {
      confirmed: 'Confirmed: code found',
      'no-code': 'No code at the address',
      unconfirmed: 'Not yet read',
    },
    controlNames: {
      eoa: 'A single key (EOA)',
      safe: 'A Safe multisig',
      timelock: 'A timelock',
      contract: 'Another contract',
      renounced: 'Nobody (renounced)',
      none: 'No owner or admin',
      unread: 'Not recorded',
    },
    barSummary: (heading, top) =>
      top.length === 0
        ? `Bar chart: ${heading}. No data.`
        : `Bar chart: ${heading}. Largest: ${top.map(([label, count]) => `${label} (${count})`).join(', ')}. The table that follows lists every value.`,
    lineSummary: (first, last, peakYear, peak) =>
      `Area chart: launches per year from ${first} to ${last}, peaking in ${peakYear} with ${peak}. The table that follows lists every year.`,
  },
  fr: {
    title: 'Statistiques',
    description: (projects) =>
      `Le Web3 Atlas en chiffres : ses ${projects} projets par catégorie, chaîne, statut et année de lancement, leurs relations, jetons et contrats.`,
    heading: 'L’atlas en chiffres',
    intro: (projects, categories, relations) =>
      `${projects} projets dans ${categories} catégories, reliés par ${relations} relations. Chaque graphique est dessiné à la construction du site, à partir du tableau qui l’accompagne et qui donne les chiffres exacts.`,
    number: (value) => fr.format(value),
    total: 'Total',
    categories: { heading: 'Projets par catégorie', key: 'Catégorie', count: 'Projets' },
    chains: {
      heading: 'Projets par chaîne',
      key: 'Chaîne',
      count: 'Projets',
      note: 'Un projet présent sur plusieurs chaînes compte une fois pour chacune : le total dépasse donc le nombre de projets.',
      withoutChain: (count) =>
        count <= 1
          ? `${count} projet n’indique aucune chaîne.`
          : `${count} projets n’indiquent aucune chaîne.`,
    },
    contracts: {
      heading: 'Contrats lus sur la chaîne',
      key: 'État on-chain',
      count: 'Contrats',
      noSnapshot: (count) =>
        `Aucun instantané on-chain n’est encore publié : aucun des ${count} contrats du registre n’est donc confirmé, tous apparaissent comme « pas encore lus ». L’indexeur lit chacun d’eux à un bloc indiqué et note qui le contrôle.`,
      noContracts: 'Le registre ne liste encore aucun contrat.',
    },
    control: {
      heading: 'Qui contrôle les contrats confirmés',
      key: 'Contrôlé par',
      count: 'Contrats',
      note: 'Le compte qui peut mettre à jour ou administrer chaque contrat confirmé, tel que l’instantané l’a lu.',
      nothingConfirmed:
        'Aucun contrat n’est encore confirmé sur la chaîne : on ne sait donc pas encore qui les contrôle. Ce graphique apparaîtra avec le premier instantané.',
    },
    relations: {
      heading: 'Relations par type',
      key: 'Relation',
      count: 'Relations',
      note: 'Chaque relation se lit « projet — relation — autre projet », par exemple « Uniswap est construit sur Ethereum ».',
    },
    statuses: { heading: 'Projets par statut', key: 'Statut', count: 'Projets' },
    launches: {
      heading: 'Lancements par année',
      key: 'Année',
      count: 'Lancements',
      undated: (count) =>
        count <= 1
          ? `${count} projet n’a pas de date de lancement dans le registre et n’est pas compté.`
          : `${count} projets n’ont pas de date de lancement dans le registre et ne sont pas comptés.`,
      none: 'Aucun projet n’a encore de date de lancement.',
    },
    tokens: {
      heading: 'Jetons par chaîne',
      key: 'Chaîne',
      count: 'Jetons',
      none: 'Le registre ne liste encore aucun jeton.',
    },
    statusNames: { active: 'Actif', deprecated: 'Obsolète', sunset: 'Arrêté', exploited: 'Piraté' },
    relationNames: RELATION_VERBS.fr,
    contractStatusNames: {
      confirmed: 'Confirmé : code trouvé',
      'no-code': 'Aucun code à l’adresse',
      unconfirmed: 'Pas encore lu',
    },
    controlNames: {
      eoa: 'Une seule clé (EOA)',
      safe: 'Un multisig Safe',
      timelock: 'Un timelock',
      contract: 'Un autre contrat',
      renounced: 'Personne (renoncé)',
      none: 'Ni propriétaire ni admin',
      unread: 'Non relevé',
    },
    barSummary: (heading, top) =>
      top.length === 0
        ? `Graphique en barres : ${heading}. Aucune donnée.`
        : `Graphique en barres : ${heading}. En tête : ${top.map(([label, count]) => `${label} (${count})`).join(', ')}. Le tableau qui suit donne toutes les valeurs.`,
    lineSummary: (first, last, peakYear, peak) =>
      `Graphique en aires : lancements par année de ${first} à ${last}, avec un pic en ${peakYear} (${peak}). Le tableau qui suit donne chaque année.`,
  },
}
