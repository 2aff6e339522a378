// Pure path helpers shared by the screens that save files (QBR, value brief); no I/O here.

/** `path` ending in `.format`: a .pptx/.pdf ending is replaced, anything else gets one added
 *  (the format is the button pressed, so "Save as PDF" never writes a .pptx name). */
export function withExtension(path: string, format: 'pptx' | 'pdf'): string {
  return `${path.trim().replace(/\.(pptx|pdf)$/i, '')}.${format}`;
}
