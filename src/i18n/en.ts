/**
 * The English UI strings: the source of truth for every key. Other languages
 * must provide the same keys (checked by the type system and a unit test).
 * `{name}` placeholders are filled by t(); plural entries hold one text per
 * Intl.PluralRules category the language uses.
 */
export const en = {
  'site.tagline': 'News from Central Asia in English and Russian',
  skipLink: 'Skip to content',
  'nav.home': 'Front page',
  'nav.primary': 'Main',
  'footer.followUs': 'Follow us',
  'footer.social': 'Social media',
  'footer.about':
    'Steppe Bulletin republishes reporting from Central Asia, with credit to its original publishers.',
  'article.byline': 'By {authors}',
  'article.published': 'Published',
  'article.updated': 'Updated',
  'article.readingTime': {
    one: '{count} minute read',
    other: '{count} minute read',
  },
  'article.topics': 'Topics',
  'article.source': 'First published by {publisher}:',
  'article.disclaimer': 'Disclaimer',
  'article.basedOn':
    'This brief is built only from facts reported in {article}. The text of the original article is not available.',
  'article.typoInvitation':
    'If you have found a spelling error, please, notify us by selecting that text and pressing {keys}.',
  'article.seeAlso': 'See also:',
  'photo.caption': 'Caption:',
  'photo.credit': 'Photo:',
  'quote.label': 'Quote',
  'search.link': 'Search',
  'search.title': 'Search',
  'search.description': 'Search every article of the English edition.',
  'search.label': 'Search the articles',
  'search.submit': 'Search',
  'search.noScript':
    'Search needs JavaScript, which is off in this browser. Every article is listed below.',
  'search.all': 'All articles',
  'search.resultsLabel': 'Search results',
  'search.searching': 'Searching…',
  'search.results': {
    one: '{count} result for “{query}”',
    other: '{count} results for “{query}”',
  },
  'search.noResults': 'No results for “{query}”',
  'search.firstOnly': 'Showing the first {count}.',
  'search.failed': 'Search is not available right now. Every article is listed below.',
  'home.title': 'Latest',
  'root.choose': 'Read in English',
  'lang.name': 'English',
  'lang.switch': 'Language',
  'lang.untranslated': 'This article has not been translated into English yet',
  'home.lead': 'Lead story',
} as const;
