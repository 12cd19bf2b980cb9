import { hcpcEia201810 } from '@schemas/templates/index.ts';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AboutPage } from '@/features/about/about-page.tsx';

describe('AboutPage', () => {
  it("shows the form's own guidance: the PSED's three aims, how to complete it, and the notice", () => {
    render(<AboutPage />);
    expect(screen.getByRole('heading', { level: 1, name: 'About this form' })).toHaveFocus();
    expect(document.title).toBe('About this form – EIA Builder');
    expect(
      screen.getByRole('heading', { level: 2, name: 'The Public Sector Equality Duty' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'How to complete this form' })).toBeInTheDocument();
    const aims = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(aims).toEqual(hcpcEia201810.about.blocks[0]!.bullets);
    expect(screen.getByText(/not intended as a 'tick box' exercise/)).toBeInTheDocument();
    expect(screen.getByText(/Guidance text is suggested \(not required\) content/)).toBeInTheDocument();
    expect(screen.getByText(hcpcEia201810.notice)).toBeInTheDocument();
  });
});
