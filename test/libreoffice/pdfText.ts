/*
 * The words of a PDF with where they sit, page by page, from poppler's `pdftotext -bbox`
 * (coordinates in points, from the page's top left), for tests that check what LibreOffice
 * printed: which sheet a page shows, whether text overprints, which labels a chart shows.
 * Needs /usr/bin/pdftotext (Debian: poppler-utils); DEAL_PDFTOTEXT names another.
 */
import { execFile } from "child_process";
import { promisify } from "util";

export const PDFTOTEXT = process.env.DEAL_PDFTOTEXT ?? "/usr/bin/pdftotext";

export interface PdfWord {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

export interface PdfPage {
  /** One-based, as PDF viewers count. */
  readonly number: number;
  readonly width: number;
  readonly height: number;
  readonly words: readonly PdfWord[];
}

const unescape = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** Every page of `pdf` with its size and its words. */
export async function pdfPages(pdf: string): Promise<PdfPage[]> {
  const { stdout } = await promisify(execFile)(PDFTOTEXT, ["-bbox", pdf, "-"], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const pages: PdfPage[] = [];
  for (const [, width, height, body] of stdout.matchAll(
    /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g
  )) {
    const words = [
      ...body.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/word>/g
      ),
    ].map(([, xMin, yMin, xMax, yMax, text]) => ({
      text: unescape(text),
      xMin: Number(xMin),
      yMin: Number(yMin),
      xMax: Number(xMax),
      yMax: Number(yMax),
    }));
    pages.push({ number: pages.length + 1, width: Number(width), height: Number(height), words });
  }
  return pages;
}

/** A line of text on a page: its words joined by spaces, and how far down the page it sits. */
export interface PdfLine {
  readonly text: string;
  /** The baseline's distance from the top of the page, in points. */
  readonly y: number;
  readonly xMin: number;
}

/**
 * The words as lines of text, top to bottom: words whose baselines lie within `tolerance`
 * points of each other, left to right, joined by spaces.
 */
export function textLines(words: readonly PdfWord[], tolerance = 1): PdfLine[] {
  const sorted = [...words].sort((a, b) => a.yMax - b.yMax || a.xMin - b.xMin);
  const lines: PdfWord[][] = [];
  for (const word of sorted) {
    const line = lines[lines.length - 1];
    if (line !== undefined && Math.abs(line[0].yMax - word.yMax) <= tolerance) line.push(word);
    else lines.push([word]);
  }
  return lines.map((line) => {
    const ordered = [...line].sort((a, b) => a.xMin - b.xMin);
    return {
      text: ordered.map((word) => word.text).join(" "),
      y: ordered[0].yMax,
      xMin: ordered[0].xMin,
    };
  });
}

/**
 * Pairs of words drawn over each other: their boxes overlap across, and down by more than
 * `share` of the smaller one's height. The boxes of two lines of one paragraph overlap too, by
 * the font's ascent and descent (about a fifth of their height in LibreOffice's PDFs); text that
 * overprints another row's does by far more.
 */
export function overprinted(words: readonly PdfWord[], share = 0.4): [PdfWord, PdfWord][] {
  const pairs: [PdfWord, PdfWord][] = [];
  const sorted = [...words].sort((a, b) => a.yMin - b.yMin);
  sorted.forEach((a, i) => {
    for (let j = i + 1; j < sorted.length && sorted[j].yMin < a.yMax; j++) {
      const b = sorted[j];
      const across = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const down = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      const height = Math.min(a.yMax - a.yMin, b.yMax - b.yMin);
      if (across > 0 && down > share * height) pairs.push([a, b]);
    }
  });
  return pairs;
}
