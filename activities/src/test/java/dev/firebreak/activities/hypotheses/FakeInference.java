package dev.firebreak.activities.hypotheses;

import dev.firebreak.activities.support.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;

/**
 * Responses exactly as the inference servers send them: an OpenAI-compatible server (vLLM,
 * Ollama) and the Hugging Face router, which adds its own fields around the same shape.
 */
public final class FakeInference {
  private FakeInference() {}

  public static MockResponse openAi(String content) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", "chatcmpl-9f1c2e");
    body.put("object", "chat.completion");
    body.put("created", 1772359200);
    body.put("model", "qwen2.5-7b-instruct");
    body.put("choices", List.of(Map.of("index", 0, "message",
        Map.of("role", "assistant", "content", content), "finish_reason", "stop")));
    body.put("usage", Map.of("prompt_tokens", 812, "completion_tokens", 164, "total_tokens", 976));
    return json(200, Json.write(body));
  }

  /** The Hugging Face router's answer: OpenAI shape plus provider fields. */
  public static MockResponse huggingFaceRouter(String content) {
    String escaped = Json.write(content);
    return json(200, """
        {"id":"chatcmpl-b7f0d5a1e3c24c9f","object":"chat.completion","created":1772359201,
         "model":"meta-llama/Llama-3.1-8B-Instruct","system_fingerprint":null,
         "choices":[{"index":0,"message":{"role":"assistant","content":%s,"tool_calls":[],
           "reasoning_content":null},"logprobs":null,"finish_reason":"stop","stop_reason":null}],
         "usage":{"prompt_tokens":901,"total_tokens":1090,"completion_tokens":189,"prompt_tokens_details":null},
         "prompt_logprobs":null}
        """.formatted(escaped));
  }

  public static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
        .body(body).build();
  }
}
