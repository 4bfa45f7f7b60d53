import { describe, expect, it } from 'vitest';
import { embedPath, embedSnippet } from '../../web/src/pages/embed.ts';

describe('embed snippet', () => {
  it('points an iframe at the embed page with region and comparisons, escaping the title', () => {
    expect(embedPath('leavers_without_hsa_rate', '03359', ['land', 'bund'])).toBe(
      '/einbetten/indikatoren/leavers_without_hsa_rate?region=03359&compare=land%2Cbund',
    );
    expect(
      embedSnippet({
        origin: 'https://bildung.example',
        indicatorId: 'x_rate',
        regionKey: '03359',
        compare: [],
        title: 'Quote "A" & <B>',
      }),
    ).toBe(
      '<iframe src="https://bildung.example/einbetten/indikatoren/x_rate?region=03359" title="Quote &quot;A&quot; &amp; &lt;B&gt;" width="100%" height="520" style="border:0" loading="lazy"></iframe>',
    );
  });
});
