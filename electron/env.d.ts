/// <reference types="electron-vite/node" />

// html-encoding-sniffer ships no types: https://github.com/jsdom/html-encoding-sniffer
declare module 'html-encoding-sniffer' {
  /** The WHATWG encoding sniffing algorithm: BOM, then a transport label, then `<meta charset>`, else the default. */
  export default function sniffHTMLEncoding(
    bytes: Uint8Array,
    options?: { xml?: boolean; transportLayerEncodingLabel?: string; defaultEncoding?: string },
  ): string;
}
