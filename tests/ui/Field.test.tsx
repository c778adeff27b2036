// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Field } from '../../src/ui/Field';

afterEach(cleanup);

describe('Field ties its control to its label, hint and error', () => {
  it('names the control by its label', () => {
    render(<Field label="Company">{(control) => <input {...control} />}</Field>);
    expect(screen.getByLabelText('Company').tagName).toBe('INPUT');
  });

  it('describes the control with its hint and its error, and marks it invalid', () => {
    render(
      <Field label="Interview date" hint="Your local time." error="Pick a date and time.">
        {(control) => <input type="datetime-local" {...control} />}
      </Field>,
    );
    const input = screen.getByLabelText('Interview date');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual(['Your local time.', 'Pick a date and time.']);
  });

  it('without an error, the control is neither invalid nor described by one', () => {
    render(<Field label="Role">{(control) => <input {...control} />}</Field>);
    const input = screen.getByLabelText('Role');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(input.getAttribute('aria-describedby')).toBeNull();
  });

  it('gives two fields on one page different ids', () => {
    render(
      <form>
        <Field label="Company">{(control) => <input {...control} />}</Field>
        <Field label="Role">{(control) => <input {...control} />}</Field>
      </form>,
    );
    expect(screen.getByLabelText('Company').id).not.toBe(screen.getByLabelText('Role').id);
  });
});
