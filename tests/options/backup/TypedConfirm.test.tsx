// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { TypedConfirm, typedWord } from '../../../src/options/backup/TypedConfirm';

afterEach(cleanup);

function Step() {
  const [typed, setTyped] = useState('');
  return (
    <form>
      <p id="warning">This erases everything.</p>
      <TypedConfirm id="confirm" word="ERASE" warning="warning" typed={typed} onType={setTyped} />
      <button type="submit" disabled={!typedWord(typed, 'ERASE')}>
        Erase everything
      </button>
    </form>
  );
}

describe('a step confirmed by typing a word', () => {
  it('names the input by what to type, describes it by the warning, and confirms only the word', () => {
    render(<Step />);
    const input = screen.getByLabelText('Type ERASE to confirm') as HTMLInputElement;
    expect(input.getAttribute('aria-describedby')).toBe('warning');
    const erase = screen.getByRole('button', { name: 'Erase everything' }) as HTMLButtonElement;
    expect(erase.disabled).toBe(true);
    fireEvent.input(input, { target: { value: 'eras' } });
    expect(erase.disabled).toBe(true);
    fireEvent.input(input, { target: { value: '  erase ' } });
    expect(erase.disabled).toBe(false);
  });

  it.each([
    ['ERASE', true],
    [' erase ', true],
    ['ERASED', false],
    ['', false],
  ])('typedWord(%j, "ERASE") → %s', (typed, confirmed) => {
    expect(typedWord(typed, 'ERASE')).toBe(confirmed);
  });
});
