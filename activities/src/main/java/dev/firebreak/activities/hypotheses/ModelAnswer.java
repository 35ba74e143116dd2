package dev.firebreak.activities.hypotheses;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.activities.support.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The model's answer, read strictly: the whole reply must be one JSON object with a
 * {@code hypotheses} array (a single surrounding markdown code fence is tolerated, models add it
 * even when told not to). Fields are kept raw here; {@link Grounding} decides what survives.
 */
public record ModelAnswer(List<Claim> claims) {

  /** One proposed hypothesis as the model wrote it; null where the field was missing or mistyped. */
  public record Claim(String cause, String kind, String service, Double confidence,
      List<String> evidenceIds, List<String> nextChecks, List<String> actions) {}

  public static class InvalidAnswer extends Exception {
    public InvalidAnswer(String message) {
      super(message);
    }
  }

  public static ModelAnswer parse(String content) throws InvalidAnswer {
    if (content == null || content.isBlank()) {
      throw new InvalidAnswer("the answer was empty");
    }
    JsonNode root;
    try {
      // trailing text after the object ("Hope this helps!") makes the answer invalid too
      root = Json.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .readTree(unfenced(content.strip()));
    } catch (JsonProcessingException e) {
      throw new InvalidAnswer("not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InvalidAnswer("not JSON: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new InvalidAnswer("the answer is not a JSON object");
    }
    JsonNode list = root.get("hypotheses");
    if (list == null || !list.isArray()) {
      throw new InvalidAnswer("the object has no \"hypotheses\" array");
    }
    List<Claim> claims = new ArrayList<>();
    for (JsonNode h : list) {
      claims.add(new Claim(text(h, "cause"), text(h, "kind"), text(h, "service"),
          h.path("confidence").isNumber() ? h.get("confidence").asDouble() : null,
          strings(h.get("evidenceIds"), null), strings(h.get("nextChecks"), null),
          strings(h.get("actions"), "kind")));
    }
    return new ModelAnswer(claims);
  }

  private static String unfenced(String s) {
    if (s.startsWith("```") && s.endsWith("```") && s.length() > 6) {
      String inner = s.substring(3, s.length() - 3);
      return inner.startsWith("json") ? inner.substring(4) : inner;
    }
    return s;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isTextual() && !v.asText().isBlank() ? v.asText().strip() : null;
  }

  /** A list of strings, or of objects whose {@code objectField} is the string; null if mistyped. */
  private static List<String> strings(JsonNode node, String objectField) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (JsonNode n : node) {
      if (n.isTextual()) {
        out.add(n.asText().strip());
      } else if (objectField != null && n.path(objectField).isTextual()) {
        out.add(n.get(objectField).asText().strip());
      } else {
        return null;
      }
    }
    return out;
  }
}
