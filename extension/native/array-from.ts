/* See set.ts: Array.from in place of dom-accessibility-api's polyfill of it. */
export default Array.from;
