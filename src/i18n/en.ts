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
  'home.title': 'Latest',
  'root.choose': 'Read in English',
  'lang.name': 'English',
  'lang.switch': 'Language',
  'lang.untranslated': 'This article has not been translated into English yet',
  'home.lead': 'Lead story',
  'home.more': 'More stories',
  'related.title': 'Read next',
  'topics.title': 'Topics',
  'topics.description': 'Every topic Steppe Bulletin covers',
  'topic.description': 'Articles on {topic}',
  'topic.count': {
    one: '{count} article',
    other: '{count} articles',
  },
  'author.description': 'Articles by {author}',
  'nav.footer': 'Site',
  'nav.about': 'About',
  'nav.topics': 'Topics',
  'nav.feed': 'RSS feed',
  'notFound.title': 'Page not found',
  'notFound.text':
    'There is no page at this address. It may have moved, or the link may have been mistyped.',
  'notFound.home': 'Go to the front page',
  'notFound.search': 'Search the site',
  'feed.title': '{site}: latest stories',
} as const;
