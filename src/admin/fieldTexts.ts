/**
 * What the editing page (/admin/) says of each frontmatter field, in each
 * language of its interface, and how the field is edited. Keyed by the
 * field's path in the article schema ('photos.alt'); cmsFields.ts walks the
 * schema and refuses a field that has no entry here, so a field added to the
 * schema fails the build (and its unit test) until it is described.
 */

/** A label and a hint, in one language of the editing page. */
export interface FieldText {
  /** The field's name on the form. */
  label: string;
  /** What goes there, in the words of the content check where it has some. */
  hint?: string;
}

/** How one field is edited. */
export interface FieldSpec {
  /** By language of the editing page. */
  en: FieldText;
  ru: FieldText;
  /**
   * A fact both editions must give alike (the integrity check refuses
   * editions that disagree): entered once, in English, and written to both.
   */
  shared?: boolean;
  /** A text of a sentence or more: a box of several lines. */
  multiline?: boolean;
}

/** Fields the editing page leaves out, and why: each is set or refused elsewhere. */
export const fieldsNotEdited: Record<string, string> = {
  slug: 'refused by the schema: the address is the file name',
  lang: 'written by the editing page from the folder of each edition',
};

export const fieldTexts: Record<string, FieldSpec> = {
  headline: {
    en: { label: 'Headline', hint: "The page's heading and the text of every link to it." },
    ru: { label: 'Заголовок', hint: 'Заголовок страницы и текст каждой ссылки на статью.' },
  },
  standfirst: {
    en: { label: 'Standfirst', hint: 'One or two sentences that say what the story is.' },
    ru: { label: 'Подзаголовок', hint: 'Одно-два предложения о том, что произошло.' },
    multiline: true,
  },
  published: {
    en: {
      label: 'Published',
      hint: 'YYYY-MM-DD, or YYYY-MM when the day is not known. A later day holds the article back until then. For a brief: the day it was written.',
    },
    ru: {
      label: 'Опубликовано',
      hint: 'ГГГГ-ММ-ДД или ГГГГ-ММ, если день неизвестен. Будущая дата откладывает публикацию до этого дня. Для заметки — день, когда она написана.',
    },
    shared: true,
  },
  republished: {
    en: {
      label: 'On this site since',
      hint: 'For an article first published elsewhere, or a translation of one: the day this site publishes it, YYYY-MM-DD. Published is then the original’s date.',
    },
    ru: {
      label: 'На сайте с',
      hint: 'Для материала, впервые опубликованного в другом издании, или его перевода: день публикации на этом сайте, ГГГГ-ММ-ДД. Тогда «Опубликовано» — дата оригинала.',
    },
  },
  events: {
    en: {
      label: 'Events',
      hint: 'When the reported events happened, where that is not when the text was published. Same forms as Published.',
    },
    ru: {
      label: 'События',
      hint: 'Когда произошли события, если не тогда, когда опубликован текст. В том же виде, что и дата публикации.',
    },
    shared: true,
  },
  updated: {
    en: { label: 'Updated', hint: 'The last substantive update, if any. Same forms as Published.' },
    ru: { label: 'Обновлено', hint: 'Последнее существенное обновление, если было.' },
  },
  authors: {
    en: {
      label: 'Authors',
      hint: 'From content/authors.json. A newsroom is an author too; on a translation, the original’s authors.',
    },
    ru: {
      label: 'Авторы',
      hint: 'Из content/authors.json. Редакция тоже автор; у перевода — авторы оригинала.',
    },
    shared: true,
  },
  translation: {
    en: { label: 'Translation', hint: 'Only on an edition translated from the other.' },
    ru: { label: 'Перевод', hint: 'Только у издания, переведённого с другого языка.' },
  },
  'translation.from': {
    en: { label: 'Translated from' },
    ru: { label: 'Переведено с' },
  },
  'translation.by': {
    en: { label: 'Translated by', hint: 'From content/authors.json.' },
    ru: { label: 'Переводчики', hint: 'Из content/authors.json.' },
  },
  topics: {
    en: { label: 'Topics', hint: 'From content/topics.json.' },
    ru: { label: 'Темы', hint: 'Из content/topics.json.' },
    shared: true,
  },
  photos: {
    en: { label: 'Photos', hint: 'Placed in the text with the Photo button of the toolbar.' },
    ru: { label: 'Фотографии', hint: 'Ставятся в текст кнопкой «Фото» на панели.' },
  },
  'photos.id': {
    en: { label: 'Id', hint: 'How the text refers to the photo: lower-case words and hyphens.' },
    ru: { label: 'Код', hint: 'Как текст ссылается на фото: латиница в нижнем регистре и дефисы.' },
    shared: true,
  },
  'photos.src': {
    en: {
      label: 'File',
      hint: 'JPEG (or PNG for graphics), at least 1,600 px wide, under 2 MB; saved in content/photos/.',
    },
    ru: {
      label: 'Файл',
      hint: 'JPEG (или PNG для графики), не уже 1600 пикселей, до 2 МБ; сохраняется в content/photos/.',
    },
    shared: true,
  },
  'photos.alt': {
    en: {
      label: 'Alt text',
      hint: 'What the image shows, for readers who cannot see it. Leave empty only for a photo marked unavailable.',
    },
    ru: {
      label: 'Описание',
      hint: 'Что на снимке — для читателей, которые его не видят. Пусто только у недоступной фотографии.',
    },
  },
  'photos.unavailable': {
    en: {
      label: 'Photograph not available',
      hint: 'The page gives the caption and credit and says the photograph is not available.',
    },
    ru: {
      label: 'Снимок недоступен',
      hint: 'Страница покажет подпись и автора и скажет, что снимка нет.',
    },
    shared: true,
  },
  'photos.caption': {
    en: { label: 'Caption', hint: 'What the photo is of (optional).' },
    ru: { label: 'Подпись', hint: 'Что на фото (необязательно).' },
  },
  'photos.credit': {
    en: {
      label: 'Credit',
      hint: 'Who took or supplied it. The newsroom’s own: Steppe Bulletin.',
    },
    ru: {
      label: 'Автор снимка',
      hint: 'Кто снял или предоставил. Свои снимки редакции: «Степной вестник».',
    },
  },
  quotes: {
    en: {
      label: 'Quotes',
      hint: 'Words of the text, verbatim; placed with the Pull quote button of the toolbar.',
    },
    ru: {
      label: 'Цитаты',
      hint: 'Слова из текста, дословно; ставятся кнопкой «Цитата» на панели.',
    },
  },
  'quotes.id': {
    en: { label: 'Id', hint: 'How the text refers to the quote: lower-case words and hyphens.' },
    ru: { label: 'Код', hint: 'Как текст ссылается на цитату: латиница и дефисы.' },
    shared: true,
  },
  'quotes.text': {
    en: { label: 'Words', hint: "The speaker's words exactly as in the text." },
    ru: { label: 'Слова', hint: 'Слова говорящего точно как в тексте.' },
    multiline: true,
  },
  'quotes.speaker': {
    en: { label: 'Speaker', hint: 'Who said it, spelled as in content/names.json (en).' },
    ru: { label: 'Кто сказал', hint: 'Как в content/names.json (ru).' },
  },
  'quotes.role': {
    en: { label: 'Role', hint: 'What the speaker is, as the article states it (optional).' },
    ru: { label: 'Кто это', hint: 'Кто говорящий, как в статье (необязательно).' },
  },
  seeAlso: {
    en: { label: 'See also', hint: 'Related articles; placed with the See also button.' },
    ru: { label: 'См. также', hint: 'Связанные статьи; ставятся кнопкой «См. также».' },
    shared: true,
  },
  source: {
    en: { label: 'Source', hint: 'Where a republished article first appeared.' },
    ru: { label: 'Источник', hint: 'Где статья впервые опубликована.' },
  },
  'source.name': {
    en: { label: 'Publisher' },
    ru: { label: 'Издание' },
  },
  'source.url': {
    en: { label: 'Address', hint: 'A full address (https://...).' },
    ru: { label: 'Адрес', hint: 'Полный адрес (https://...).' },
  },
  basedOn: {
    en: {
      label: 'Based on',
      hint: "A brief written from another article's facts: that article's file name.",
    },
    ru: { label: 'Написано по', hint: 'Имя файла статьи, по фактам которой написана заметка.' },
    shared: true,
  },
  headlineFrom: {
    en: {
      label: 'Headline from',
      hint: 'On such a brief: the publisher whose article title the headline is.',
    },
    ru: { label: 'Заголовок издания', hint: 'Издание, чей заголовок взят для заметки.' },
  },
  lead: {
    en: { label: 'Lead story', hint: 'The front page leads with the newest lead story.' },
    ru: { label: 'Главная статья', hint: 'Первая полоса открывается самой новой главной статьёй.' },
    shared: true,
  },
  disclaimer: {
    en: { label: 'Disclaimer', hint: 'A donor or project note for the foot of the article.' },
    ru: { label: 'Оговорка', hint: 'Примечание донора или проекта внизу статьи.' },
    multiline: true,
  },
  draft: {
    en: {
      label: 'Draft',
      hint: 'On: npm run dev shows it, the site does not publish it. Turn it off to publish.',
    },
    ru: {
      label: 'Черновик',
      hint: 'Включено: видно в npm run dev, на сайт не попадает. Выключите, чтобы опубликовать.',
    },
  },
  corrections: {
    en: { label: 'Corrections', hint: 'Corrections since publication, oldest first.' },
    ru: { label: 'Исправления', hint: 'Исправления после публикации, от старых к новым.' },
  },
  'corrections.date': {
    en: { label: 'Date', hint: 'YYYY-MM-DD' },
    ru: { label: 'Дата', hint: 'ГГГГ-ММ-ДД' },
  },
  'corrections.text': {
    en: {
      label: 'Correction',
      hint: 'What was wrong and what is right, as readers are to read it.',
    },
    ru: { label: 'Исправление', hint: 'Что было неверно и как верно — для читателей.' },
    multiline: true,
  },
  renamedFrom: {
    en: { label: 'Earlier file names', hint: 'Their addresses lead here (see Renaming).' },
    ru: { label: 'Прежние имена файла', hint: 'Их адреса ведут сюда.' },
  },
  withdrawn: {
    en: { label: 'Withdrawn', hint: 'Withdraw both editions together; never delete an article.' },
    ru: { label: 'Отозвана', hint: 'Отзывайте оба издания вместе; статьи не удаляют.' },
  },
  'withdrawn.date': {
    en: { label: 'Date', hint: 'YYYY-MM-DD' },
    ru: { label: 'Дата', hint: 'ГГГГ-ММ-ДД' },
    shared: true,
  },
  'withdrawn.reason': {
    en: { label: 'Reason', hint: 'Why, as readers are to read it.' },
    ru: { label: 'Причина', hint: 'Почему — для читателей.' },
    multiline: true,
  },
};
