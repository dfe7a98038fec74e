// Names in Chinese, Japanese and Korean for the tests of the kit's PDFs and of the Slidev deck: text for a config, and
// an ICE participating list (an exceljs-written .xlsx) with a CJK agency and one with an emoji.

import ExcelJS from 'exceljs';

export const CHINESE = '北京华人互助会';
export const JAPANESE = '山田ひかり・カタカナ';
export const KOREAN = '서울경찰청';
export const AGENCY = '東京都警視庁 Sheriff';
export const EMOJI_AGENCY = 'Franklin 🚓 Police Department';

/**
 * A participating list for Franklin County, Arkansas, written as ICE's .xlsx with exceljs: one CJK agency, one with an
 * emoji.
 */
export async function writeIceWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.addRow(['STATE', 'LAW ENFORCEMENT AGENCY', 'TYPE', 'COUNTY', 'SUPPORT TYPE', 'SIGNED', 'MOA']);
  sheet.addRow([
    'ARKANSAS',
    "Franklin County Sheriff's Office",
    'County',
    'Franklin County',
    'Task Force Model',
    '2026-02-27',
    'link pending',
  ]);
  sheet.addRow([
    'ARKANSAS',
    AGENCY,
    'County',
    'Franklin County',
    'Jail Enforcement Model',
    '2026-03-02',
    'link pending',
  ]);
  sheet.addRow([
    'ARKANSAS',
    EMOJI_AGENCY,
    'Municipal',
    'Franklin County',
    'Task Force Model',
    '2026-03-02',
    'link pending',
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
