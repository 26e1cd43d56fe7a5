import { describe, expect, it } from 'vitest';
import { placeForPostalCode } from '../../bot/postal.ts';

describe('placeForPostalCode', () => {
  it.each([
    ['1000', { region: 'BE-BRU' }],
    ['1210', { region: 'BE-BRU' }],
    ['1348', { region: 'BE-WAL', province: 'BE-WBR' }],
    ['1800', { region: 'BE-VLG', province: 'BE-VBR' }],
    ['2000', { region: 'BE-VLG', province: 'BE-VAN' }],
    ['3000', { region: 'BE-VLG', province: 'BE-VBR' }],
    ['3500', { region: 'BE-VLG', province: 'BE-VLI' }],
    ['4000', { region: 'BE-WAL', province: 'BE-WLG' }],
    ['5000', { region: 'BE-WAL', province: 'BE-WNA' }],
    ['6000', { region: 'BE-WAL', province: 'BE-WHT' }],
    ['6700', { region: 'BE-WAL', province: 'BE-WLX' }],
    ['7000', { region: 'BE-WAL', province: 'BE-WHT' }],
    ['8000', { region: 'BE-VLG', province: 'BE-VWV' }],
    ['9000', { region: 'BE-VLG', province: 'BE-VOV' }],
  ])('%s', (code, place) => {
    expect(placeForPostalCode(code)).toEqual(place);
  });

  it('knows the German-speaking municipalities and leaves their neighbours out', () => {
    for (const code of ['4700', '4720', '4730', '4750', '4760', '4770', '4780', '4790'])
      expect(placeForPostalCode(code)).toEqual({ region: 'BE-WAL', province: 'BE-WLG', germanSpeaking: true });
    for (const code of ['4800', '4840', '4950']) expect(placeForPostalCode(code)?.germanSpeaking).toBeUndefined();
  });

  it('refuses what is not a Belgian postal code', () => {
    for (const code of ['999', '0999', '10000', 'abcd', '']) expect(placeForPostalCode(code)).toBeUndefined();
  });
});
