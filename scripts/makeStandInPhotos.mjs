// Writes the stand-in images that take the place of photographs the newsroom
// does not have. Each one says plainly what it stands in for, so no reader
// mistakes it for the real photo. Replacing a stand-in means overwriting its
// file with the real photograph (and updating the alt text in frontmatter).
//
// Usage: npm run photos
import sharp from 'sharp';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const outDir = fileURLToPath(new URL('../content/photos/', import.meta.url));
const width = 1600;
const height = 1067; // 3:2, the proportions of a news photograph

/** What each stand-in replaces: the file name and the credit line it carries. */
const standIns = [
  { file: 'alimzhan-izbasarov.jpg', subject: 'Alimzhan Izbasarov', credit: 'Photo: RFE/RL' },
  {
    file: 'asem-zhapsheva-facebook.jpg',
    subject: 'Photo courtesy of Asem Zhapsheva',
    credit: 'Facebook',
  },
  { file: 'andrei-chebotarev.jpg', subject: 'Andrei Chebotarev', credit: 'Photo: sputniknews.kz' },
];

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function svg({ subject, credit }) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <rect width="100%" height="100%" fill="#d9d6cf"/>
  <rect x="40" y="40" width="${width - 80}" height="${height - 80}" fill="none"
        stroke="#8a857a" stroke-width="6" stroke-dasharray="24 16"/>
  <g font-family="DejaVu Sans, Liberation Sans, sans-serif" fill="#3b3832" text-anchor="middle">
    <text x="50%" y="440" font-size="96" font-weight="bold">Photo not available</text>
    <text x="50%" y="540" font-size="52">Фотография недоступна</text>
    <text x="50%" y="680" font-size="56">Stand-in for: ${escape(subject)}</text>
    <text x="50%" y="760" font-size="48">${escape(credit)}</text>
  </g>
</svg>`;
}

await mkdir(outDir, { recursive: true });
for (const standIn of standIns) {
  await sharp(Buffer.from(svg(standIn)))
    .jpeg({ quality: 70, mozjpeg: true })
    .toFile(outDir + standIn.file);
  console.log(`wrote content/photos/${standIn.file} (${width}x${height})`);
}
