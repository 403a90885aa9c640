/** A network's name and the address that shares a page on it. */
export interface ShareLink {
  network: 'telegram' | 'whatsapp' | 'vk' | 'facebook' | 'x' | 'linkedin' | 'email';
  label: string;
  href: string;
}

/**
 * Plain share links, one per network: each is an ordinary address that the
 * network opens with the page filled in, so sharing needs no script of theirs
 * or ours. `url` is the article's absolute address.
 */
export function shareLinks(url: string, title: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const text = encodeURIComponent(title);
  return [
    {
      network: 'telegram',
      label: 'Telegram',
      href: `https://t.me/share/url?url=${u}&text=${text}`,
    },
    { network: 'whatsapp', label: 'WhatsApp', href: `https://wa.me/?text=${text}%20${u}` },
    { network: 'vk', label: 'VK', href: `https://vk.com/share.php?url=${u}&title=${text}` },
    {
      network: 'facebook',
      label: 'Facebook',
      href: `https://www.facebook.com/sharer/sharer.php?u=${u}`,
    },
    { network: 'x', label: 'X', href: `https://x.com/intent/post?url=${u}&text=${text}` },
    {
      network: 'linkedin',
      label: 'LinkedIn',
      href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}`,
    },
    { network: 'email', label: 'Email', href: `mailto:?subject=${text}&body=${u}` },
  ];
}
