package dev.firebreak.api.warroom;

import dev.firebreak.api.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /incidents/{id}}: the war room. The page watches {@code GET /api/v1/incidents/{id}} and,
 * when its answer changes, reloads its live regions from this same URL; every button posts to the
 * REST API like any other client.
 */
@Controller
class WarRoomController {
  private final WarRoomAssembler assembler;
  private final WarroomProperties props;

  WarRoomController(WarRoomAssembler assembler, WarroomProperties props) {
    this.assembler = assembler;
    this.props = props;
  }

  @GetMapping("/incidents/{id}")
  String warRoom(@PathVariable String id, Model model) {
    WarRoom room = assembler.assemble(id);
    model.addAttribute("room", room);
    model.addAttribute("api", UriComponentsBuilder.fromPath("/api/v1/incidents/{id}").buildAndExpand(id)
        .encode().toUriString());
    model.addAttribute("watchUrl", model.getAttribute("api"));
    model.addAttribute("pollMillis", props.pollInterval().toMillis());
    return "warroom";
  }

  /** A page, not problem JSON, for a person who followed a stale link. */
  @ExceptionHandler(ApiException.class)
  String notFound(ApiException e, Model model, jakarta.servlet.http.HttpServletResponse response) {
    response.setStatus(e.status() == HttpStatus.NOT_FOUND ? 404 : e.status().value());
    model.addAttribute("message", e.getMessage());
    return "not-found";
  }
}
