/**
 * The site's name and settings, in one place. The site republishes
 * reporting with credit to its original publishers; it is none of them.
 */
export const site = {
  /** The site's name in each language. */
  name: { en: 'Steppe Bulletin', ru: 'Степной вестник' },
  /**
   * Where "Follow us" leads. The newsroom's own accounts; a new network is
   * one more line here.
   */
  social: [
    { label: 'LinkedIn', url: 'https://www.linkedin.com/company/steppe-bulletin/' },
    { label: 'Telegram', url: 'https://t.me/steppebulletin' },
    { label: 'Facebook', url: 'https://www.facebook.com/steppebulletin' },
  ],
} as const;
