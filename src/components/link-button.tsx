import { type ButtonHTMLAttributes } from 'react';

const RESET = {
  background: 'none',
  border: 0,
  padding: 0,
  margin: 0,
  font: 'inherit',
  cursor: 'pointer',
  textAlign: 'left',
  textDecoration: 'underline',
} as const;

/**
 * An action that looks like a link (GOV.UK "Change"-style row actions, pagination) but is a real
 * <button>, so it is announced and works with the keyboard as the action it is.
 */
export function LinkButton({ className = '', style, ...props }: ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button
      type="button"
      className={`govuk-link ${className}`.trim()}
      style={{ ...RESET, ...style }}
      {...props}
    />
  );
}
