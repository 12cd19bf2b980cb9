import { useState, type ReactNode } from 'react';
import type { Assessment } from '@schemas/assessment.ts';

/** Holds the assessment like the storage hook does, so a component's onUpdate shows on screen. */
export function Stateful({
  initial,
  onChange,
  children,
}: {
  initial: Assessment;
  onChange?: (next: Assessment) => void;
  children: (assessment: Assessment, update: (next: Assessment) => void) => ReactNode;
}) {
  const [assessment, setAssessment] = useState(initial);
  return (
    <>
      {children(assessment, (next) => {
        setAssessment(next);
        onChange?.(next);
      })}
    </>
  );
}
