import type { PerLanguageKey } from './dictionary';

/**
 * The English UI strings: the source of truth for every key. Other languages
 * must provide the same keys (checked by the type system and a unit test).
 * `{name}` placeholders are filled by t(); plural entries hold one text per
 * Intl.PluralRules category the language uses.
 */
export const en = {
  'site.name': 'Steppe Bulletin',
  'site.tagline': 'News from Central Asia in English and Russian',
  skipLink: 'Skip to content',
  'footer.followUs': 'Follow us',
  'footer.social': 'Social media',
  'footer.about':
    'Steppe Bulletin republishes reporting from Central Asia, with credit to its original publishers.',
  'article.byline': 'By {authors}',
  'article.bylineOriginal': 'By {authors}',
  'translation.fromEn': 'Translated from English by {translators}.',
  'translation.fromRu': 'Translated from Russian by {translators}.',
  'translation.quotesFromEn': 'Its quotations are translated from the English as well.',
  'translation.quotesFromRu': 'Its quotations are translated from the Russian as well.',
  'article.published': 'Published: {date}',
  'article.publishedOriginal': 'Original published: {date}',
  'article.updated': 'Updated {date}',
  'article.events': 'Events of {date}',
  'article.written': 'Written {date}',
  'article.readingTime': {
    one: '{count} minute read',
    other: '{count} minute read',
  },
  'article.topics': 'Topics',
  'article.source': 'First published by {publisher}:',
  'article.sourceFromEn': 'First published in English by {publisher}:',
  'article.sourceFromRu': 'First published in Russian by {publisher}:',
  'article.disclaimer': 'Disclaimer',
  'article.basedOn':
    'This brief was written by our newsroom only from facts reported in “{article}” ({date}).',
  'article.headlineFrom':
    'The headline of this brief is the title of a {publisher} article published no later than that report, which recommended it to readers. The text of that article is not available to us.',
  'article.typoInvitation':
    'If you have found a spelling error, please, notify us by selecting that text and pressing {keys}.',
  'article.seeAlso': 'See also:',
  'article.inEn': 'in English',
  'article.inRu': 'in Russian',
  'article.corrections': 'Corrections',
  'article.correctedOn': 'Corrected on {date}:',
  'article.outdatedFromEn':
    'The English original of this article was updated on {date}; this translation does not include that change yet.',
  'article.outdatedFromRu':
    'The Russian original of this article was updated on {date}; this translation does not include that change yet.',
  'article.withdrawn': 'This article was withdrawn on {date}.',
  'article.draft':
    'Draft: this article is not published. Only npm run dev shows it; remove draft: true to publish it.',
  'article.scheduled':
    'Scheduled: this article is published by the first build on or after {date}. Until then only npm run dev shows it.',
  'photo.caption': 'Caption:',
  'photo.credit': 'Photo:',
  'photo.unavailable': 'Photograph not available',
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
  'root.choose': 'Read in English',
  'lang.switch': 'Language',
  'lang.untranslated': 'This article has not been translated into English yet',
  'home.lead': 'Lead story',
  'home.more': 'More stories',
  'related.title': 'Read next',
  'topics.title': 'Topics',
  'topics.description': 'Every topic Steppe Bulletin covers',
  'topic.description': 'Articles on {topic}',
  'list.articleCount': {
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
  'share.title': 'Share',
  'share.label': 'Share this article',
  'share.email': 'Email',
  'share.copy': 'Copy link',
  'share.copied': 'Link copied',
  'theme.dark': 'Dark theme',
  'typo.button': 'Report an error',
  'typo.title': 'Report an error',
  'typo.selected': 'Selected text',
  'typo.comment': 'Comment (optional)',
  'typo.send': 'Send',
  'typo.cancel': 'Cancel',
  'typo.sent': 'Thank you: your report has been sent.',
  'typo.failed': 'The report could not be sent. Please send it by email:',
  'typo.subject': 'Error report: {title}',
  'typo.mail.page': 'Page',
  'typo.mail.context': 'Context',
  'offline.title': 'You are offline',
  'offline.text':
    'This page has not been saved for reading without a network. The articles you have opened on this device are saved: open them again from your history.',
  'offline.saved': 'Available offline',
  'pagination.label': 'Pages',
  'pagination.newer': 'Newer articles',
  'pagination.older': 'Older articles',
  'pagination.position': 'Page {page} of {pages}',
  'home.allTopics': 'All stories, by topic',
  // What `npm run new` writes where the editor's words go, in [[ ]] (never typeset).
  'template.headline': '[[the headline in English]]',
  'template.standfirst': '[[one or two sentences that say what the story is]]',
  'template.body':
    '[[Write the article here: paragraphs separated by an empty line; **bold**, _italic_, [a link](https://...), ## a section heading.]]',
} as const satisfies Record<PerLanguageKey, string> & Record<string, unknown>;
