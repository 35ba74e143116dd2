package dev.firebreak.api.warroom;

/**
 * A reference from one part of the incident to another (a hypothesis citing evidence, a timeline
 * event citing an action). {@code anchor} is the element id of the cited item on the war-room
 * page, or null when the page does not show it (then the id is shown as plain text).
 */
public record Citation(String id, String kind, String anchor) {

  public boolean linked() {
    return anchor != null;
  }

  public String href() {
    return anchor == null ? null : "#" + anchor;
  }
}
