// The desk's keyboard: j/k next/previous item, a accept, o the score field, g the group's score field.
(function () {
  var items = Array.prototype.slice.call(document.querySelectorAll("li.item, section.card, section.group"));
  var at = -1;
  function focus(i) {
    if (!items.length) { return; }
    at = Math.max(0, Math.min(items.length - 1, i));
    items.forEach(function (el) { el.classList.remove("current"); });
    items[at].classList.add("current");
    items[at].scrollIntoView({block: "start"});
  }
  function current() { if (at < 0) { focus(0); } return items[at]; }
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA")) { return; }
    if (e.ctrlKey || e.metaKey || e.altKey) { return; }
    var el;
    if (e.key === "j") { focus(at + 1); }
    else if (e.key === "k") { focus(at - 1); }
    else if (e.key === "a") { el = current() && current().querySelector("form.accept button"); if (el) { el.click(); } }
    else if (e.key === "o") { el = current() && current().querySelector("form.override input[name=score]"); if (el) { el.focus(); el.select(); } }
    else if (e.key === "g") { el = current() && current().querySelector("form.group-decision input[name=score]"); if (el) { el.focus(); el.select(); } }
    else { return; }
    e.preventDefault();
  });
}());
