// PDF files written for the tests, byte by byte as the PDF 1.4 specification lays them out (objects, a
// cross-reference table with their offsets, a trailer): pages of text lines in Helvetica, with the document's
// title, author and creation date in its information dictionary; or a "scanned" page, an image and no text layer.

export interface PdfPage {
  /** Lines of text, top to bottom; an empty string leaves a blank line (a paragraph break). */
  lines?: string[];
  /** An image only, as a scanner writes a page. */
  scanned?: boolean;
}

export interface PdfDocument {
  title?: string;
  author?: string;
  /** A day, written as PDF's D:YYYYMMDDHHmmSS date. */
  created?: string;
  pages: PdfPage[];
}

/** A PDF string literal: backslashes and parentheses escaped, other characters as Latin-1 octal escapes. */
const literal = (text: string) =>
  `(${[...text].map((char) => (char === '\\' || char === '(' || char === ')' ? `\\${char}` : char.charCodeAt(0) < 128 ? char : `\\${char.charCodeAt(0).toString(8).padStart(3, '0')}`)).join('')})`;

export function pdfFile(document: PdfDocument): Buffer {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  const pageIds = document.pages.map((_, index) => 5 + index * 2);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${document.pages.length} >>`);
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  // A 2x2 grey image, the whole of a scanned page.
  add('<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\x80\x40\x40\x80\nendstream');
  for (const page of document.pages) {
    const content = page.scanned
      ? 'q 500 0 0 700 50 50 cm /Im1 Do Q'
      : `BT /F1 12 Tf 14 TL 72 740 Td ${(page.lines ?? []).map((line) => `${literal(line)} Tj T*`).join(' ')} ET`;
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> /XObject << /Im1 4 0 R >> >> /Contents ${objects.length + 2} 0 R >>`);
    add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
  }
  const info = [
    document.title ? `/Title ${literal(document.title)}` : '',
    document.author ? `/Author ${literal(document.author)}` : '',
    document.created ? `/CreationDate (D:${document.created.replace(/-/g, '')}120000Z)` : '',
  ].filter(Boolean).join(' ');
  add(`<< ${info} >>`);
  let body = '%PDF-1.4\n%\xE2\xE3\xCF\xD3\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
