import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { AgreePage, preloadPageFor } from '@/app/lazy-pages.tsx';
import { buildExampleAssessment } from '../builders.ts';

/**
 * The pages of an open assessment other than the form are loaded when first visited. Opened by its
 * address, such a page is loaded before the first render (main.tsx preloads it), so the first render
 * shows the page itself, never "Loading…".
 */
describe('the pages of an assessment loaded on demand', () => {
  it('shows the agree page at once when its address was preloaded', async () => {
    await preloadPageFor('#/assessments/eia-1/review/agree');
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <AgreePage assessment={buildExampleAssessment()} onUpdate={() => undefined} />
      </Suspense>,
    );
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/agree/i);
  });
});
