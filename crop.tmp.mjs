import sharp from 'sharp';
const [file, h = '1100', outPrefix] = process.argv.slice(2);
const img = sharp(file); const m = await img.metadata();
const H = Number(h); let i = 0;
for (let top = 0; top < m.height; top += H, i++) {
  await sharp(file).extract({ left: 0, top, width: m.width, height: Math.min(H, m.height - top) }).toFile(`${outPrefix}-${i}.png`);
}
console.log(m.width, m.height, i);
