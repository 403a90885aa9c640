/**
 * The site's name and settings, in one place. The site republishes
 * reporting with credit to its original publishers; it is none of them.
 */
export const site = {
  /**
   * The newsroom's time zone: an article dated a day is published by the
   * first build on or after that day here (BUILD_DATE=YYYY-MM-DD builds the
   * site as it will be on another day).
   */
  timeZone: 'Asia/Almaty',
  /** The newsroom's byline (an id in content/authors.json): new articles start with it. */
  newsroomAuthor: 'bulletin-newsroom',
  /**
   * Where readers' error reports go. By default an e-mail (a `mailto:` link
   * needs no server); set `endpoint` to an HTTP address that accepts a JSON
   * POST to receive them there instead (or CORRECTIONS_ENDPOINT at build
   * time), with e-mail as the fallback.
   */
  corrections: {
    email: 'corrections@steppe-bulletin.example',
    endpoint: process.env.CORRECTIONS_ENDPOINT as string | undefined,
  },
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
