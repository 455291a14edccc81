import { Document, Packer, Paragraph } from 'docx';
import PDFDocument from 'pdfkit';

/** A 16×16 red JPEG, encoded by Chromium (page.screenshot, quality 50): no JPEG encoder is installed. */
const JPEG_BASE64 =
  '/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAAQABADASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAb/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABQb/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCdAHrB/9k=';

/** Real files of each allowed kind, written by the libraries that make them, for upload tests. */
export async function realFiles(): Promise<{ pdf: Buffer; docx: Buffer; jpeg: Buffer }> {
  const pdf = await new Promise<Buffer>((resolve) => {
    const doc = new PDFDocument();
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.text('Minutes of the consultation');
    doc.end();
  });
  const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('答复函')] }] }));
  return { pdf, docx: Buffer.from(docx), jpeg: Buffer.from(JPEG_BASE64, 'base64') };
}

/** What the probe stored with the client's Content-Type: each must be refused, whatever it claims. */
export const FORBIDDEN_UPLOADS: { name: string; contentType: string; data: Buffer }[] = [
  { name: 'x.html', contentType: 'text/html', data: Buffer.from('<!doctype html><script>alert(1)</script>') },
  {
    name: 'x.svg',
    contentType: 'image/svg+xml',
    data: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
  },
  // An MZ header, what Windows executables start with; sent claiming to be a PDF.
  {
    name: 'setup.exe',
    contentType: 'application/pdf',
    data: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510)]),
  },
  { name: '纪要.txt', contentType: 'text/plain', data: Buffer.from('会议纪要扫描件') },
];
