import type { RelationType } from '../../indexer/model/schema.ts'
import type { Lang } from './lang.ts'

/** How each relation type reads in a sentence, "<source> <verb> <target>", in every language. */
export const RELATION_VERBS: Record<Lang, Record<RelationType, string>> = {
  en: {
    'built-on': 'built on',
    integrates: 'integrates',
    'fork-of': 'fork of',
    bridges: 'bridges',
    'oracle-for': 'oracle for',
    indexes: 'indexes',
    governs: 'governs',
    'audited-by': 'audited by',
  },
  fr: {
    'built-on': 'construit sur',
    integrates: 'intègre',
    'fork-of': 'fork de',
    bridges: 'fait le pont avec',
    'oracle-for': 'oracle pour',
    indexes: 'indexe',
    governs: 'gouverne',
    'audited-by': 'audité par',
  },
}
