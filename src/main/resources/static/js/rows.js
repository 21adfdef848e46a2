// A form's repeated rows (a product's SKUs, a shipment's items): add one from the list's template, remove one;
// the names stay prefix[0], prefix[1], … in order, so the server binds them as a list.
document.querySelectorAll('[data-rows]').forEach((list) => {
  const prefix = list.dataset.rows;
  const template = document.getElementById(`${list.id}-template`);
  const add = document.querySelector(`[data-action=add-row][aria-controls="${list.id}"]`);
  const indexed = new RegExp(`${prefix}\\[(\\d+|NEW)\\]`);
  const id = new RegExp(`${prefix}(\\d+|NEW)-`);
  const attributes = ['name', 'id', 'for', 'aria-describedby', 'data-error-for'];
  const renumber = () => {
    const rows = [...list.querySelectorAll(':scope > [data-row]')];
    rows.forEach((row, i) => {
      row.querySelectorAll('[name], [id], [for], [aria-describedby], [data-error-for]').forEach((e) => {
        attributes.forEach((a) => {
          const v = e.getAttribute(a);
          if (v) e.setAttribute(a, v.replace(indexed, `${prefix}[${i}]`).replace(id, `${prefix}${i}-`));
        });
      });
      row.querySelector('[data-action=remove-row]').hidden = rows.length === 1;
    });
  };
  add.addEventListener('click', () => {
    list.appendChild(template.content.cloneNode(true));
    renumber();
    list.lastElementChild.querySelector('input').focus();
  });
  list.addEventListener('click', (event) => {
    const remove = event.target.closest('[data-action=remove-row]');
    if (!remove) return;
    remove.closest('[data-row]').remove();
    renumber();
  });
  renumber();
});
