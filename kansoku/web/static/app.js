// kansoku dashboard: the pages work without this; it only adds the map's time slider.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const slider = document.getElementById("until-month");
  if (!slider) return;
  const months = slider.dataset.months.split(",");
  const shown = document.getElementById("month-shown");
  const update = () => {
    const until = months[Number(slider.value)];
    shown.textContent = until;
    // Marks dated after the chosen month are hidden; undated marks always show.
    document.querySelectorAll("[data-date]").forEach((mark) => {
      const date = mark.dataset.date;
      mark.style.display = date && date.slice(0, 7) > until ? "none" : "";
    });
  };
  slider.addEventListener("input", update);
  update();
});
