import { expect, gotoHydrated, pages, test, type Locator } from './fixtures';

async function answerLetters(question: Locator) {
  const text = (await question.locator('details').textContent()) ?? '';
  const letters = /Answer: ([A-Z](?:, [A-Z])*)/.exec(text)?.[1];
  expect(letters, 'the explanation names the right answer').toBeTruthy();
  return letters!.split(', ').map((l) => l.charCodeAt(0) - 65);
}

test('a single-choice question says "Not quite" for a wrong answer and "Correct" for the right one', async ({
  page,
}) => {
  await gotoHydrated(page, pages.coreModule);
  const question = page.locator('[data-quiz-question][data-mode="single"]').first();
  const [right] = await answerLetters(question);
  const options = question.getByRole('radio');
  const wrong = right === 0 ? 1 : 0;
  const feedback = question.getByRole('status');
  const check = question.getByRole('button', { name: 'Check answer' });
  await expect(check).toBeDisabled();
  await options.nth(wrong).check();
  await check.click();
  await expect(feedback).toContainText('Not quite');
  await expect(question.locator('details')).toHaveAttribute('open', '');
  await options.nth(right).check();
  await check.click();
  await expect(feedback).toContainText('Correct');
});

test('a question is answered with the keyboard alone', async ({ page }) => {
  await gotoHydrated(page, pages.coreModule);
  const question = page.locator('[data-quiz-question][data-mode="single"]').first();
  const [right] = await answerLetters(question);
  await question.getByRole('radio').first().focus();
  await page.keyboard.press('Space');
  for (let i = 0; i < right; i++) await page.keyboard.press('ArrowDown');
  await question.getByRole('radio').nth(right).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(question.getByRole('button', { name: 'Check answer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(question.getByRole('status')).toContainText('Correct');
});

test('a question with several right answers needs all of them', async ({ page }) => {
  await gotoHydrated(page, pages.coreModule);
  const question = page.locator('[data-quiz-question][data-mode="multiple"]').first();
  await expect(question).toContainText('Select all that apply');
  const right = await answerLetters(question);
  const boxes = question.getByRole('checkbox');
  await boxes.nth(right[0]).check();
  await question.getByRole('button', { name: 'Check answer' }).click();
  await expect(question.getByRole('status')).toContainText('Not quite');
  for (const index of right.slice(1)) await boxes.nth(index).check();
  await question.getByRole('button', { name: 'Check answer' }).click();
  await expect(question.getByRole('status')).toContainText('Correct');
});

test('an open question keeps its model answer hidden until asked', async ({ page }) => {
  await gotoHydrated(page, pages.coreModule);
  const question = page.locator('[data-quiz-question][data-mode="open"]').first();
  const answer = question.locator('details');
  await expect(answer).not.toHaveAttribute('open');
  await answer.getByText('Show a model answer').click();
  await expect(answer).toHaveAttribute('open', '');
});

test('each question is a labelled group for screen readers', async ({ page }) => {
  await gotoHydrated(page, pages.coreModule);
  const groups = page.locator('[data-quiz-question] [role="group"]');
  expect(await groups.count()).toBeGreaterThanOrEqual(3);
  for (const group of await groups.all()) {
    const label = await group.evaluate(
      (el) => document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent ?? '',
    );
    expect(label.trim().length).toBeGreaterThan(5);
  }
});
