// Writes the image that link previews show for pages without a photo of
// their own: the site's name in both languages, 1200x630 as Open Graph wants.
//
// Usage: node scripts/makeSocialCard.mjs
import sharp from 'sharp';
import { fileURLToPath } from 'node:url';

const out = fileURLToPath(new URL('../src/assets/social-card.jpg', import.meta.url));
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630">
  <rect width="100%" height="100%" fill="#fffdf9"/>
  <rect x="0" y="600" width="1200" height="30" fill="#8c1d18"/>
  <g font-family="DejaVu Serif, serif" fill="#1b1a17" text-anchor="middle">
    <text x="600" y="270" font-size="104" font-weight="bold">Steppe Bulletin</text>
    <text x="600" y="380" font-size="72">Степной вестник</text>
  </g>
  <text x="600" y="480" font-family="DejaVu Sans, sans-serif" font-size="34" fill="#5a554c"
        text-anchor="middle">News from Central Asia · Новости Центральной Азии</text>
</svg>`;

await sharp(Buffer.from(svg)).jpeg({ quality: 80, mozjpeg: true }).toFile(out);
console.log('wrote src/assets/social-card.jpg (1200x630)');
