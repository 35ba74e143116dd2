package dev.firebreak.api.runtime;

import dev.firebreak.analysis.rules.IncidentFacts;
import dev.firebreak.workflows.incident.EvidenceActivities;
import dev.firebreak.workflows.incident.IncidentState;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptor;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptorBase;
import io.temporal.common.interceptors.WorkerInterceptorBase;
import org.slf4j.MDC;

/**
 * Puts the workflow id and incident id in the logging context of every activity, so each log line
 * emitted while handling an incident can be found by them (structured JSON logs carry the MDC).
 */
class IncidentLoggingContext extends WorkerInterceptorBase {

  @Override
  public ActivityInboundCallsInterceptor interceptActivity(ActivityInboundCallsInterceptor next) {
    return new ActivityInboundCallsInterceptorBase(next) {
      private String workflowId;

      @Override
      public void init(ActivityExecutionContext context) {
        workflowId = context.getInfo().getWorkflowId();
        super.init(context);
      }

      @Override
      public ActivityOutput execute(ActivityInput input) {
        MDC.put("workflowId", workflowId);
        String incident = incidentIdOf(input.getArguments());
        if (incident != null) {
          MDC.put("incidentId", incident);
        }
        try {
          return super.execute(input);
        } finally {
          MDC.remove("workflowId");
          MDC.remove("incidentId");
        }
      }
    };
  }

  static String incidentIdOf(Object[] arguments) {
    for (Object a : arguments) {
      if (a instanceof IncidentState s) {
        return s.incidentId;
      }
      if (a instanceof IncidentFacts f) {
        return f.incidentId();
      }
      if (a instanceof EvidenceActivities.GatherRequest r) {
        return r.incidentId();
      }
    }
    // executeAction(requestId, incidentId, action) and notify*(requestId, state) name it second or not at all
    return arguments.length > 1 && arguments[1] instanceof String s && s.startsWith("inc-") ? s : null;
  }
}
