// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { attachmentMarkdown, attachmentName, imageFiles, readAsBase64 } from '../../src/editor/image-attachments.ts';

// The 8-byte PNG signature; its base64 is the familiar prefix of every PNG data URL.
const PNG_SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_SIGNATURE_BASE64 = 'iVBORw0KGgo=';

describe('pasted and dropped images', () => {
  test('only PNG, JPEG, GIF and WebP files become attachments', () => {
    const files = [
      new File(['a'], 'a.png', { type: 'image/png' }),
      new File(['b'], 'b.txt', { type: 'text/plain' }),
      new File(['c'], 'c.jpg', { type: 'image/jpeg' }),
      new File(['d'], 'd.svg', { type: 'image/svg+xml' }),
      new File(['e'], 'e.gif', { type: 'image/gif' }),
      new File(['f'], 'f.webp', { type: 'image/webp' }),
    ];
    expect(imageFiles(files).map((file) => file.name)).toEqual(['a.png', 'c.jpg', 'e.gif', 'f.webp']);
  });

  test('an unnamed image gets a name from its type; spaces and brackets leave the name', () => {
    expect(attachmentName({ name: '', type: 'image/jpeg' })).toBe('image.jpg');
    expect(attachmentName({ name: 'Screen Shot (2).png', type: 'image/png' })).toBe('Screen-Shot-2-.png');
  });

  test('the markdown references the attachment by name', () => {
    expect(attachmentMarkdown('image-1.png')).toBe('![image-1.png](attachment:image-1.png)');
  });

  test('the bytes are read as plain base64, without the data: prefix', async () => {
    expect(await readAsBase64(new Blob([PNG_SIGNATURE], { type: 'image/png' }))).toBe(PNG_SIGNATURE_BASE64);
  });
});
