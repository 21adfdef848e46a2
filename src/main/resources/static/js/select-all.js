// A header checkbox ticks or unticks every row's box of the same name; it shows "some" when only some are ticked.
document.querySelectorAll('input[data-select-all]').forEach((all) => {
  const boxes = () => [...all.form.querySelectorAll(`input[type=checkbox][name="${all.dataset.selectAll}"]`)];
  const sync = () => {
    const ticked = boxes().filter((b) => b.checked).length;
    all.checked = ticked > 0 && ticked === boxes().length;
    all.indeterminate = ticked > 0 && ticked < boxes().length;
  };
  all.addEventListener('change', () => boxes().forEach((b) => { b.checked = all.checked; }));
  boxes().forEach((b) => b.addEventListener('change', sync));
  sync();
});
