/** What shownPhotos needs of a photo: whether it is available, and its alt text. */
interface PhotoEntry {
  alt?: string | undefined;
  unavailable?: true | undefined;
}

/**
 * The photos a page may show as images, in frontmatter order: not those
 * marked unavailable, whose files are stand-ins. Cards, the front page's
 * lead, link previews and structured data take their image from here, so no
 * stand-in ever passes for the photograph.
 */
export function shownPhotos<Photo extends PhotoEntry>(
  photos: readonly Photo[],
): (Photo & { alt: string })[] {
  return photos.filter(
    (photo): photo is Photo & { alt: string } => !photo.unavailable && photo.alt !== undefined,
  );
}
