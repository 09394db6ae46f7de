// Shows the "print" buttons (hidden without JavaScript) and prints the page on click.
document.querySelectorAll('[data-print]').forEach((b) => {
  b.hidden = false;
  b.addEventListener('click', () => window.print());
});
