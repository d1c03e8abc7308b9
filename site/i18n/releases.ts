import type { Lang } from './lang.ts'

export interface ReleasesMessages {
  title: string
  description: string
  heading: string
  /** The paragraph on content addressing, split around the command and the VERIFY.md link. */
  explain: { before: string; between: string; after: string }
  listHeading: string
  empty: string
  /** Heading of one release. */
  release: (version: string) => string
  version: string
  date: string
  noDate: string
  tag: string
  cid: string
  cidHint: string
  open: string
  pathGateway: string
  subdomainGateway: string
  localNode: string
  source: (tag: string) => string
  /** Formats a `YYYY-MM-DD` day in the language (UTC, so every build writes the same text). */
  formatDate: (day: string) => string
}

const dateFormat = (locale: string) => {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })
  return (day: string) => format.format(new Date(`${day}T00:00:00Z`))
}

/** Strings of the release history page. */
export const RELEASES_MESSAGES: Record<Lang, ReleasesMessages> = {
  en: {
    title: 'Releases',
    description:
      'Every published release of the Web3 Atlas, newest first, with its CID and links to open it exactly as it was.',
    heading: 'Release history',
    explain: {
      before:
        'Every release is content-addressed: its CID is computed from the bytes of every file of the site, so each link below opens the map exactly as it was published, whichever gateway serves it, and no one can change a release without changing its CID. To check that a CID is what the tagged source code builds, run ',
      between: ' in a clone of the repository; ',
      after: ' explains each step, including how to check with stock tools only.',
    },
    listHeading: 'Published releases',
    empty:
      'No release has been published yet. The first one will appear here with its CID once the release job has pinned it and fetched it back intact.',
    release: (version) => `Version ${version}`,
    version: 'Version',
    date: 'Date',
    noDate: 'not recorded',
    tag: 'Git tag',
    cid: 'CID',
    cidHint: 'One click selects the whole CID, ready to copy.',
    open: 'Open this release',
    pathGateway: 'through ipfs.io (path gateway)',
    subdomainGateway: 'through dweb.link (subdomain gateway)',
    localNode: 'through your own IPFS node (localhost:8080)',
    source: (tag) => `Source code at ${tag}`,
    formatDate: dateFormat('en-GB'),
  },
  fr: {
    title: 'Versions',
    description:
      'Chaque version publiée du Web3 Atlas, de la plus récente à la plus ancienne, avec son CID et des liens pour l’ouvrir telle qu’elle était.',
    heading: 'Historique des versions',
    explain: {
      before:
        'Chaque version est adressée par son contenu : son CID est calculé à partir des octets de tous les fichiers du site. Chaque lien ci-dessous ouvre donc la carte exactement telle qu’elle a été publiée, quelle que soit la passerelle qui la sert, et personne ne peut modifier une version sans changer son CID. Pour vérifier qu’un CID correspond bien à ce que produit le code source étiqueté, lancez ',
      between: ' dans un clone du dépôt ; ',
      after: ' détaille chaque étape, y compris la vérification avec les seuls outils standard.',
    },
    listHeading: 'Versions publiées',
    empty:
      'Aucune version n’a encore été publiée. La première apparaîtra ici avec son CID dès que la chaîne de publication l’aura épinglée puis récupérée intacte.',
    release: (version) => `Version ${version}`,
    version: 'Version',
    date: 'Date',
    noDate: 'non indiquée',
    tag: 'Étiquette git',
    cid: 'CID',
    cidHint: 'Un clic sélectionne le CID entier, prêt à copier.',
    open: 'Ouvrir cette version',
    pathGateway: 'via ipfs.io (passerelle par chemin)',
    subdomainGateway: 'via dweb.link (passerelle par sous-domaine)',
    localNode: 'via votre propre nœud IPFS (localhost:8080)',
    source: (tag) => `Code source à l’étiquette ${tag}`,
    formatDate: dateFormat('fr-FR'),
  },
}
