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
    'Steppe Bulletin republishes and translates reporting from Central Asia, with credit to its original publishers, and writes short briefs of its own from the facts reported.',
  'article.byline': 'By {authors}',
  'article.bylineOriginal': 'By {authors}',
  'translation.fromEn': 'Translated from English by {translators}.',
  'translation.fromRu': 'Translated from Russian by {translators}.',
  'translation.quotesFromEn': 'Quotations have also been translated from English.',
  'translation.quotesFromRu': 'Quotations have also been translated from Russian.',
  'article.published': 'Published {date}',
  'article.publishedOriginal': 'Originally published {date}',
  'article.firstPublished': 'First published {date}',
  'article.republished': 'Republished {date}',
  'article.translationPublished': 'Translation published {date}',
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
    'Our newsroom wrote this brief only from the facts reported in “{article}” ({date}).',
  'article.headlineFrom':
    'The headline is the title of another {publisher} article, recommended to readers in that piece. We do not have its text.',
  'article.typoInvitation': 'Spotted a typo? Select it and press {keys} to tell us.',
  'article.seeAlso': 'See also:',
  'article.inEn': 'in English',
  'article.inRu': 'in Russian',
  'article.corrections': 'Corrections',
  'article.correctedOn': 'Corrected on {date}:',
  'article.outdatedFromEn':
    'The English original of this article has a later update ({date}) that this translation does not include yet.',
  'article.outdatedFromRu':
    'The Russian original of this article has a later update ({date}) that this translation does not include yet.',
  // After a link to a withdrawn article (see also).
  'article.withdrawnMark': 'withdrawn',
  'article.withdrawn': 'This article was withdrawn on {date}.',
  'article.draft':
    'Draft: this article is not published. Only npm run dev shows it; remove draft: true to publish it.',
  'article.scheduled':
    'Scheduled: this article will be published by the first build on or after {date}. Until then only npm run dev shows it.',
  'photo.caption': 'Caption:',
  'photo.credit': 'Photo:',
  'photo.unavailable': 'Photograph not available',
  // Words the body's Markdown makes: the footnotes' hidden heading, their links
  // back to the text ({reference}: "1", or "1-2" for a note's second reference)
  // and the name of the box a wide table scrolls in.
  'body.footnotes': 'Footnotes',
  'body.backToReference': 'Back to reference {reference}',
  'body.table': 'Table',
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
  'typo.sent': 'Thank you! Your report has been sent.',
  'typo.failed': 'The report could not be sent. Please send it by email:',
  'typo.subject': 'Error report: {title}',
  'typo.mail.page': 'Page',
  'typo.mail.context': 'Context',
  'offline.title': 'You are offline',
  'offline.text':
    'This page has not been saved for offline reading. The articles you have opened on this device are saved: open them again from your history.',
  'offline.saved': 'Available offline',
  'pagination.label': 'Pages',
  'pagination.newer': 'Newer articles',
  'pagination.older': 'Older articles',
  'pagination.position': 'Page {page} of {pages}',
  'home.allTopics': 'All stories, by topic',
  // What `npm run new` writes where the editor's words go, in [[ ]] (never typeset).
  // The editing page's toolbar button for each body component, its one field and hint.
  'editor.Photo': 'Photo',
  'editor.Photo.id': 'Photo id',
  'editor.Photo.hint': 'An id from Photos above.',
  'editor.PullQuote': 'Pull quote',
  'editor.PullQuote.id': 'Quote id',
  'editor.PullQuote.hint': 'An id from Quotes above.',
  'editor.SeeAlso': 'See also',
  'editor.SeeAlso.id': 'Article',
  'editor.SeeAlso.hint': 'A file name from See also above.',
  'template.headline': '[[the headline in English]]',
  'template.standfirst': '[[one or two sentences that say what the story is]]',
  'template.body':
    '[[Write the article here: paragraphs separated by an empty line; **bold**, _italic_, [a link](https://...), ## a section heading.]]',
  // The article as one file, to pass on (layouts/OneFileLayout.astro, components/ShareLinks.astro).
  'oneFile.download': 'Download as one file',
  'oneFile.send': 'Send as a file',
  'oneFile.size': '({size})',
  'oneFile.saved': 'Saved from {host}, {date}; the article lives at {address}',
  'oneFile.editionEn': 'In English: {address}',
  'oneFile.editionRu': 'In Russian: {address}',
} as const satisfies Record<PerLanguageKey, string> & Record<string, unknown>;
