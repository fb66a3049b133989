import { css } from 'lit';

export const iqoroUsesStyles = css`
  .uses-block {
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .title {
    margin: 0 0 0.5em;
    font-size: 1.25em;
    line-height: 1.25;
  }
  .intro {
    margin: 0 0 0.75em;
  }
  .list-title {
    margin: 0 0 0.25em;
    font-weight: 600;
  }
  .uses {
    margin: 0;
    padding-inline-start: 1.25em;
    list-style: disc;
  }
  .uses li + li {
    margin-block-start: 0.25em;
  }
`;
