// jsdom ships no types and @types/jsdom is not installed: the one constructor the browser tests
// use to parse a downloaded SVG in Node.
declare module 'jsdom' {
  export class JSDOM {
    constructor(markup: string, options?: { readonly contentType?: string });
    readonly window: Window & typeof globalThis;
  }
}
