/**
 * The editing page's own words beyond the form's fields: the body's label,
 * the toolbar's body components, and the page's title, in each language of
 * its interface.
 */
import { useTranslations } from '../i18n/t';
import type { BodyComponent } from '../schemas/bodyComponents';
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

/**
 * Each body component's toolbar button and its one field, in the interface's
 * language: from the UI strings (`editor.<Name>`), so that a body component
 * added to the table without them fails the type check here.
 */
export function componentTexts(
  name: BodyComponent,
  lang: UiLang,
): { label: string; id: string; hint: string } {
  const t = useTranslations(lang);
  return {
    label: t(`editor.${name}`),
    id: t(`editor.${name}.id`),
    hint: t(`editor.${name}.hint`),
  };
}

export const pageTitle: Record<UiLang, string> = {
  en: 'Steppe Bulletin: editing',
  ru: 'Степной вестник: редактирование',
};
