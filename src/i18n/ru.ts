import type { Dictionary } from './dictionary';

/** The Russian UI strings: the same keys as en.ts, checked by `satisfies`. */
export const ru = {
  'site.tagline': 'Новости Центральной Азии на английском и русском языках',
  skipLink: 'Перейти к содержанию',
  'nav.home': 'Главная',
  'nav.primary': 'Основное меню',
  'footer.followUs': 'Мы в соцсетях',
  'footer.social': 'Социальные сети',
  'footer.about':
    '«Степной вестник» публикует материалы о Центральной Азии со ссылкой на их первоисточники.',
  'article.byline': 'Автор: {authors}',
  'article.published': 'Опубликовано',
  'article.updated': 'Обновлено',
  'article.readingTime': {
    one: '{count} минута чтения',
    few: '{count} минуты чтения',
    many: '{count} минут чтения',
    other: '{count} минуты чтения',
  },
  'article.topics': 'Темы',
  'article.source': 'Впервые опубликовано на {publisher}:',
  'article.disclaimer': 'Оговорка',
  'article.basedOn':
    'Эта заметка основана только на фактах из материала {article}. Текст оригинальной статьи недоступен.',
  'article.typoInvitation':
    'Если вы нашли опечатку, выделите этот фрагмент текста и нажмите {keys}, чтобы сообщить нам.',
  'article.seeAlso': 'Читайте также:',
  'photo.caption': 'Подпись:',
  'photo.credit': 'Фото:',
  'quote.label': 'Цитата',
  'search.link': 'Поиск',
  'search.title': 'Поиск',
  'search.description': 'Поиск по всем материалам на русском языке.',
  'search.label': 'Поиск по материалам',
  'search.submit': 'Найти',
  'search.noScript':
    'Для поиска нужен JavaScript, а в этом браузере он выключен. Все материалы перечислены ниже.',
  'search.all': 'Все материалы',
  'search.resultsLabel': 'Результаты поиска',
  'search.searching': 'Идёт поиск…',
  'search.results': {
    one: 'По запросу «{query}» найден {count} материал',
    few: 'По запросу «{query}» найдено {count} материала',
    many: 'По запросу «{query}» найдено {count} материалов',
    other: 'По запросу «{query}» найдено {count} материала',
  },
  'search.noResults': 'По запросу «{query}» ничего не найдено',
  'search.firstOnly': 'Показаны первые {count}.',
  'search.failed': 'Поиск сейчас недоступен. Все материалы перечислены ниже.',
  'home.title': 'Последние материалы',
  'home.lead': 'Главная тема',
  'root.choose': 'Читать по-русски',
  'lang.name': 'Русский',
  'lang.switch': 'Язык',
  'lang.untranslated': 'Эта статья ещё не переведена на русский язык',
} satisfies Dictionary;
