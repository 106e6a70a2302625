import Foundation

/// The page's only script: the persona and lane filters.
///
/// It is written inline and allowed by its SHA-256 hash in the content security policy, so no
/// other script, inline or injected, can run. Without JavaScript the filters stay hidden and the
/// whole map shows; the script only ever hides what the reader chooses to hide.
enum PageScript {
    /// The script's source, exactly as it appears between `<script>` and `</script>`.
    static let source = """

        (function () {
          "use strict";
          var panel = document.getElementById("journey-filters");
          if (!panel) { return; }
          var personaSelect = document.getElementById("filter-persona");
          var laneBoxes = panel.querySelectorAll("input[data-lane]");
          var rows = document.querySelectorAll("table.journey tr[data-lane]");
          var items = document.querySelectorAll("table.journey li[data-personas]");
          var status = document.getElementById("filter-status");
          function apply() {
            var persona = personaSelect ? personaSelect.value : "";
            var hiddenLanes = {};
            var index;
            for (index = 0; index < laneBoxes.length; index++) {
              if (!laneBoxes[index].checked) { hiddenLanes[laneBoxes[index].getAttribute("data-lane")] = true; }
            }
            for (index = 0; index < rows.length; index++) {
              rows[index].hidden = hiddenLanes[rows[index].getAttribute("data-lane")] === true;
            }
            var shown = 0;
            for (index = 0; index < items.length; index++) {
              var item = items[index];
              var names = " " + item.getAttribute("data-personas") + " ";
              var visible = persona === "" || names === "  " || names.indexOf(" " + persona + " ") >= 0;
              item.hidden = !visible;
              var row = item.closest("tr");
              if (visible && !(row && row.hidden)) { shown++; }
            }
            if (status) {
              var template = status.getAttribute("data-template") || "{1} / {2}";
              status.textContent = template.replace("{1}", shown).replace("{2}", items.length);
            }
          }
          panel.addEventListener("change", apply);
          panel.hidden = false;
          apply();
        })();

        """

    /// The policy source that allows exactly this script: `'sha256-…'`.
    static let hashSource: String = {
        "'sha256-" + Data(SHA256.digest(Array(source.utf8))).base64EncodedString() + "'"
    }()
}
