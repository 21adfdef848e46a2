// Shows only the fieldset of the chosen warehouse's kind (third-party or self-built); without script both stay.
document.querySelectorAll('select[data-kind-switch]').forEach((select) => {
  const show = () => {
    const kind = select.selectedOptions[0]?.dataset.kind;
    select.form.querySelectorAll('fieldset[data-kind]').forEach((f) => {
      f.hidden = kind !== undefined && f.dataset.kind !== kind;
    });
  };
  select.addEventListener('change', show);
  show();
});
