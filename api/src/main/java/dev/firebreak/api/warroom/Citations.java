package dev.firebreak.api.warroom;

import dev.firebreak.api.incident.IncidentViews;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Resolves the ids an incident's parts cite to anchors on the war-room page. */
final class Citations {
  private final Map<String, Citation> byId = new HashMap<>();

  Citations(IncidentViews.Detail detail) {
    detail.evidence().forEach(e -> put(e.id(), "evidence"));
    detail.findings().forEach(f -> put(f.id(), "finding"));
    detail.hypotheses().forEach(h -> put(h.id(), "hypothesis"));
    detail.actions().forEach(a -> put(a.action().id(), "action"));
  }

  private void put(String id, String kind) {
    byId.put(id, new Citation(id, kind, anchor(kind, id)));
  }

  /** Element ids are prefixed by kind so an evidence id can never collide with an action id. */
  static String anchor(String kind, String id) {
    return kind + "-" + id.replaceAll("[^A-Za-z0-9_-]", "_");
  }

  Citation of(String id) {
    Citation known = byId.get(id);
    return known != null ? known : new Citation(id, "reference", null);
  }

  List<Citation> of(List<String> ids) {
    return ids.stream().map(this::of).toList();
  }
}
