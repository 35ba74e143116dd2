package dev.firebreak.slackbot.interaction;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import dev.firebreak.slackbot.port.SlackRequestLog;
import dev.firebreak.workflows.incident.IncidentIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs after Bolt verified the signature: a request whose exact body was handled before (a Slack
 * retry, {@code X-Slack-Retry-Num}, or a replay within the signature's 5-minute window) is answered
 * 200 and does nothing. Signals also carry ids derived from the request, so even a request that
 * slips past this (two deliveries in flight at once) is applied once by the workflow.
 */
public class RetryGuard implements Middleware {
  private static final Logger log = LoggerFactory.getLogger(RetryGuard.class);
  private final SlackRequestLog requests;

  public RetryGuard(SlackRequestLog requests) {
    this.requests = requests;
  }

  @Override
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    String body = req.getRequestBodyAsString();
    if (body == null || body.isEmpty()) {
      return chain.next(req);
    }
    if (!requests.firstTime(IncidentIds.sha256(body))) {
      log.info("Slack request delivered again (retry {}): ignored", req.getHeaders().getFirstValue("X-Slack-Retry-Num"));
      return Response.ok();
    }
    return chain.next(req);
  }
}
