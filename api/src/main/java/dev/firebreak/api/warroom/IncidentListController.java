package dev.firebreak.api.warroom;

import dev.firebreak.api.incident.IncidentQueries;
import dev.firebreak.workflows.incident.IncidentStatus;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /}: open and recent incidents, newest first, filterable. Reads through the same
 * {@link IncidentQueries} as {@code GET /api/v1/incidents}; the page watches that endpoint (with
 * the same filters) and swaps in a fresh table when its answer changes.
 */
@Controller
class IncidentListController {
  static final int PAGE_SIZE = 50;

  private final IncidentQueries queries;
  private final WarroomProperties props;
  private final Clock clock;

  IncidentListController(IncidentQueries queries, WarroomProperties props) {
    this.queries = queries;
    this.props = props;
    this.clock = Clock.systemUTC();
  }

  public record Filters(String state, String service, String severity) {
    static Filters of(String state, String service, String severity) {
      IncidentStatus status = StatusLabel.parse(state);
      return new Filters(status == null ? null : status.name(), blankToNull(service), blankToNull(severity));
    }

    /** The REST query that returns exactly what this page lists. */
    public String apiUrl(int page) {
      return UriComponentsBuilder.fromPath("/api/v1/incidents")
          .queryParamIfPresent("state", java.util.Optional.ofNullable(state))
          .queryParamIfPresent("service", java.util.Optional.ofNullable(service))
          .queryParamIfPresent("severity", java.util.Optional.ofNullable(severity))
          .queryParam("page", page).queryParam("size", PAGE_SIZE)
          .encode().build().toUriString();
    }

    public String pageUrl(int page) {
      return UriComponentsBuilder.fromPath("/")
          .queryParamIfPresent("state", java.util.Optional.ofNullable(state))
          .queryParamIfPresent("service", java.util.Optional.ofNullable(service))
          .queryParamIfPresent("severity", java.util.Optional.ofNullable(severity))
          .queryParam("page", page)
          .encode().build().toUriString();
    }

    public boolean any() {
      return state != null || service != null || severity != null;
    }

    private static String blankToNull(String s) {
      return s == null || s.isBlank() ? null : s.trim();
    }
  }

  @GetMapping("/")
  String list(@RequestParam(required = false) String state, @RequestParam(required = false) String service,
      @RequestParam(required = false) String severity, @RequestParam(defaultValue = "0") int page, Model model) {
    Filters filters = Filters.of(state, service, severity);
    int p = Math.max(0, page);
    var result = queries.list(filters.state(), filters.service(), filters.severity(), p, PAGE_SIZE);
    var now = clock.instant();
    List<IncidentRow> rows = result.items().stream().map(s -> IncidentRow.of(s, now)).toList();
    model.addAttribute("rows", rows);
    model.addAttribute("filters", filters);
    model.addAttribute("states", StatusLabel.all());
    model.addAttribute("severities", List.of("sev1", "sev2", "sev3", "sev4"));
    model.addAttribute("page", p);
    model.addAttribute("total", result.total());
    model.addAttribute("hasNext", (long) (p + 1) * PAGE_SIZE < result.total());
    model.addAttribute("watchUrl", filters.apiUrl(p));
    model.addAttribute("pollMillis", props.pollInterval().toMillis());
    return "incidents";
  }
}
