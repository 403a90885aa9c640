/**
 * The editing page's own words beyond the form's fields: the body's label,
 * the toolbar's body components, and the page's title, in each language of
 * its interface.
 */
import type { BodyComponent } from '../components/mdx/bodyParts';
import type { UiLang } from './cmsFields';

export const bodyTexts: Record<UiLang, { label: string; hint: string }> = {
  en: {
    label: 'Text',
    hint: 'Paragraphs, **bold**, _italic_, links and headings. Photos, pull quotes and "see also" links: the buttons of the toolbar (+).',
  },
  ru: {
    label: 'Текст',
    hint: 'Абзацы, **жирный**, _курсив_, ссылки и подзаголовки. Фото, цитаты и «См. также» — кнопками панели (+).',
  },
};

/** Each body component's button and its one field, by language. */
export const componentTexts: Record<
  BodyComponent,
  Record<UiLang, { label: string; id: string; hint: string }>
> = {
  Photo: {
    en: { label: 'Photo', id: 'Photo id', hint: 'An id from Photos above.' },
    ru: { label: 'Фото', id: 'Код фото', hint: 'Код из списка «Фотографии» выше.' },
  },
  PullQuote: {
    en: { label: 'Pull quote', id: 'Quote id', hint: 'An id from Quotes above.' },
    ru: { label: 'Цитата', id: 'Код цитаты', hint: 'Код из списка «Цитаты» выше.' },
  },
  SeeAlso: {
    en: { label: 'See also', id: 'Article', hint: 'A file name from See also above.' },
    ru: { label: 'См. также', id: 'Статья', hint: 'Имя файла из списка «См. также» выше.' },
  },
};

export const pageTitle: Record<UiLang, string> = {
  en: 'Steppe Bulletin: editing',
  ru: 'Степной вестник: редактирование',
};
