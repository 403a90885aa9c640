// Filler vocabulary for the benchmark corpus: clearly synthetic text, Latin
// for the English edition and Russian words for the Russian one, so that each
// edition exercises its own typography rules (Russian short words get
// non-breaking spaces, for one) at realistic lengths.

/** Latin words for the English edition; lower-case ASCII so they also make slugs. */
export const latinWords = Object.freeze(
  `lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut
  labore et dolore magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris
  nisi aliquip ex ea commodo consequat duis aute irure in reprehenderit voluptate velit esse
  cillum fugiat nulla pariatur excepteur sint occaecat cupidatat non proident sunt culpa qui
  officia deserunt mollit anim id est laborum praesent tristique senectus netus malesuada fames
  ac turpis egestas integer feugiat scelerisque varius morbi tincidunt ornare massa eget aliquam
  vestibulum mattis ullamcorper nunc faucibus interdum posuere pellentesque habitant diam quam
  vulputate dignissim suspendisse viverra justo nec ultrices dui sapien volutpat lacus laoreet
  urna condimentum mi cursus risus at euismod lectus vitae congue mauris rhoncus aenean sagittis
  purus semper quisque cras fermentum odio pretium nibh tellus molestie nunc blandit libero
  pharetra convallis gravida arcu cum sociis natoque penatibus magnis dis parturient montes
  nascetur ridiculus mus donec facilisis porttitor leo vel orci dapibus ultricies tortor
  consequat imperdiet proin nisl rutrum placerat eros bibendum hendrerit auctor augue neque
  sodales ligula porta lobortis iaculis accumsan tempus egestas fringilla phasellus vivamus
  curabitur vehicula maecenas pulvinar elementum luctus etiam dictum venenatis commodo nam`
    .split(/\s+/)
    .filter(Boolean),
);

/** Russian words for the Russian edition, including the short ones typography binds. */
export const cyrillicWords = Object.freeze(
  `в и на по о не с к за от до из у же ли бы то он мы вы их его её год город страна власть
  выборы жители закон право суд суток область район столица регион совет депутат министр
  президент правительство решение вопрос ответ мнение позиция протест митинг акция письмо
  молодёжь студент активист эксперт аналитик журналист редакция газета сообщение заявление
  обращение интервью встреча доклад отчёт проект программа бюджет налог рынок цена работа
  зарплата пенсия школа университет больница дорога транспорт граница соседи партнёры
  экономика политика общество культура история память будущее прошлое настоящее время весна
  лето осень зима утро вечер неделя месяц сегодня вчера завтра снова однако поэтому также
  впрочем конечно особенно почти очень быстро медленно тихо громко открыто публично
  говорит считает отмечает напоминает добавляет подчёркивает уточняет сообщает пишет ждёт
  новый старый большой малый важный главный местный городской сельский общественный
  гражданский независимый открытый честный свободный спокойный трудный долгий короткий
  степь река гора озеро поле ветер снег дождь солнце небо земля вода хлеб дом улица площадь
  мост парк рынок вокзал аэропорт библиотека музей театр книга газета карта список таблица`
    .split(/\s+/)
    .filter(Boolean),
);

/** Roles for quote speakers, paired by index across the two editions. */
export const speakerRoles = Object.freeze({
  en: ['political analyst', 'civil activist', 'economist', 'student', 'lawyer', 'local resident'],
  ru: ['политолог', 'гражданский активист', 'экономист', 'студент', 'юрист', 'местный житель'],
});

/** Photo credits, paired by index across the two editions. */
export const photoCredits = Object.freeze({
  en: ['Benchmark stand-in', 'Steppe Bulletin', 'Reader photo', 'Archive'],
  ru: ['Заглушка для замеров', '«Степной вестник»', 'Фото читателя', 'Архив'],
});

/** Fixed phrases of each edition, for texts that are not word salad. */
export const phrases = Object.freeze({
  en: {
    alt: 'Stand-in image for a benchmark article: a flat panel of colour and shapes.',
    disclaimer: 'This article is synthetic filler text generated for a build benchmark.',
    sourceName: 'Benchmark Wire',
  },
  ru: {
    alt: 'Изображение-заглушка для замеров сборки: панель из цветных фигур.',
    disclaimer: 'Эта статья - синтетический текст, созданный для замеров скорости сборки.',
    sourceName: 'Benchmark Wire',
  },
});
