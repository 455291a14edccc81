import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { detectFileType, zipEntryNames } from './file-type';

describe('material type by content', () => {
  it('tells DOCX from XLSX by the archive entries', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('通报')] }] }));
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('表').addRow([1]);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    expect(zipEntryNames(docx)).toContain('word/document.xml');
    expect(detectFileType(docx)?.ext).toBe('docx');
    expect(detectFileType(xlsx)?.ext).toBe('xlsx');
  });

  it('recognises PDF and images by their first bytes', () => {
    expect(detectFileType(Buffer.from('%PDF-1.7\n...'))?.mime).toBe('application/pdf');
    expect(detectFileType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))?.ext).toBe('png');
    expect(detectFileType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0]))?.ext).toBe('jpg');
    expect(detectFileType(Buffer.from('GIF89a....'))?.ext).toBe('gif');
    expect(detectFileType(Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 '))?.ext).toBe('webp');
  });

  it('refuses anything else, including a bare ZIP and truncated archives', () => {
    expect(detectFileType(Buffer.from('MZ\x90\x00'))).toBeNull();
    expect(detectFileType(Buffer.from('<svg onload="x">'))).toBeNull();
    expect(detectFileType(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBeNull();
    expect(detectFileType(Buffer.alloc(0))).toBeNull();
  });
});
