/** @module bot/postal: maps a Belgian postal code to its province and region, knowing the German-speaking municipalities. */
import type { Province, Region } from '../knowledge/schema.ts';
import type { Place } from './types.ts';

/** bpost's postal code ranges per province, first match wins (lower bound inclusive). */
const RANGES: readonly { from: number; to: number; region: Region; province?: Province }[] = [
  { from: 1000, to: 1299, region: 'BE-BRU' },
  { from: 1300, to: 1499, region: 'BE-WAL', province: 'BE-WBR' },
  { from: 1500, to: 1999, region: 'BE-VLG', province: 'BE-VBR' },
  { from: 2000, to: 2999, region: 'BE-VLG', province: 'BE-VAN' },
  { from: 3000, to: 3499, region: 'BE-VLG', province: 'BE-VBR' },
  { from: 3500, to: 3999, region: 'BE-VLG', province: 'BE-VLI' },
  { from: 4000, to: 4999, region: 'BE-WAL', province: 'BE-WLG' },
  { from: 5000, to: 5999, region: 'BE-WAL', province: 'BE-WNA' },
  { from: 6000, to: 6599, region: 'BE-WAL', province: 'BE-WHT' },
  { from: 6600, to: 6999, region: 'BE-WAL', province: 'BE-WLX' },
  { from: 7000, to: 7999, region: 'BE-WAL', province: 'BE-WHT' },
  { from: 8000, to: 8999, region: 'BE-VLG', province: 'BE-VWV' },
  { from: 9000, to: 9999, region: 'BE-VLG', province: 'BE-VOV' },
];

/**
 * Postal codes of the nine municipalities of the German-speaking Community (Eupen, Kelmis, Lontzen,
 * Raeren, Bütgenbach, Büllingen, Amel, St. Vith, Burg-Reuland), part of the province of Liège.
 */
export const GERMAN_SPEAKING_POSTAL_CODES: ReadonlySet<string> = new Set([
  '4700', '4701', // Eupen, Kettenis
  '4710', '4711', // Lontzen, Walhorn
  '4720', '4721', '4728', // Kelmis, Neu-Moresnet, Hergenrath
  '4730', '4731', // Raeren, Eynatten
  '4750', // Bütgenbach, Elsenborn
  '4760', '4761', // Büllingen, Rocherath
  '4770', '4771', // Amel, Heppenbach
  '4780', '4782', '4783', '4784', // St. Vith, Schönberg, Lommersweiler, Crombach
  '4790', '4791', // Burg-Reuland, Thommen
]);

/** Four digits from 1000 to 9999. */
export const POSTAL_CODE = /^[1-9][0-9]{3}$/;

/** The place for a postal code, or undefined when it is not a Belgian postal code. */
export function placeForPostalCode(code: string): Place | undefined {
  if (!POSTAL_CODE.test(code)) return undefined;
  const n = Number(code);
  const range = RANGES.find((r) => n >= r.from && n <= r.to);
  if (!range) return undefined;
  return {
    region: range.region,
    ...(range.province && { province: range.province }),
    ...(GERMAN_SPEAKING_POSTAL_CODES.has(code) && { germanSpeaking: true }),
  };
}
