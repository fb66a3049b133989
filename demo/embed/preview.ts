/**
 * The builder's preview frame (demo/embed-preview.html): the whole kit,
 * following `<html lang>`, which the builder sets with the element and its
 * theme. Tells the builder its height, so the frame fits the element.
 */
import '../../src/index.js';

const report = () => parent.postMessage({ type: 'care-embed-preview-height', height: document.body.getBoundingClientRect().height }, '*');
new ResizeObserver(report).observe(document.body);
