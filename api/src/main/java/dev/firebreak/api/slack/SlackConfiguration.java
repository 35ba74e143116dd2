package dev.firebreak.api.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import dev.firebreak.api.incident.IncidentCommands;
import dev.firebreak.api.incident.IncidentQueries;
import dev.firebreak.api.ingest.IncidentStarter;
import dev.firebreak.slackbot.SlackBot;
import dev.firebreak.slackbot.SlackSettings;
import dev.firebreak.slackbot.interaction.ApprovalPolicy;
import dev.firebreak.slackbot.interaction.Interactions;
import dev.firebreak.slackbot.outbound.SlackNotifier;
import dev.firebreak.slackbot.outbound.SlackFiles;
import dev.firebreak.slackbot.outbound.SlackWebApi;
import dev.firebreak.slackbot.port.CardStore;
import dev.firebreak.slackbot.port.IncidentOperations;
import dev.firebreak.slackbot.port.SlackRequestLog;
import dev.firebreak.api.screenshots.Screenshots;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Slack app, mounted at {@code firebreak.slack.path}, and the Slack notifier (picked up by the
 * notification activity with the other notifiers). Nothing here exists without a signing secret.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SlackConfigured.class)
public class SlackConfiguration {

  @Bean
  SlackSettings slackSettings(SlackProperties props) {
    props.validate();
    return new SlackSettings(props.channel(), props.perIncidentChannels(), props.command(), props.approvers(),
        props.approverGroup(), props.inviteUsers(), props.publicUrl());
  }

  @Bean
  Slack slack(SlackProperties props) {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(props.apiUrl());
    config.setPrettyResponseLoggingEnabled(false);
    return Slack.getInstance(config);
  }

  @Bean
  SlackWebApi slackWebApi(Slack slack, SlackProperties props) {
    return new SlackWebApi(slack.methods(props.botToken()));
  }

  @Bean
  CardStore slackCardStore(JdbcTemplate jdbc) {
    return new JdbcCardStore(jdbc);
  }

  @Bean
  SlackRequestLog slackRequestLog(JdbcTemplate jdbc) {
    return new JdbcSlackRequestLog(jdbc);
  }

  @Bean
  SlackNotifier slackNotifier(SlackWebApi slack, CardStore cards, SlackSettings settings) {
    return new SlackNotifier(slack, cards, settings);
  }

  @Bean
  IncidentOperations slackIncidentOperations(IncidentCommands commands, IncidentQueries queries,
      IncidentStarter starter, SlackSettings settings, Screenshots screenshots) {
    return new FirebreakIncidentOperations(commands, queries, starter, settings, screenshots);
  }

  /** Images shared in incident threads are downloaded with the bot token (scope files:read). */
  @Bean
  SlackFiles slackFiles(SlackProperties props, Screenshots screenshots) {
    return new SlackFiles(props.botToken(), props.apiUrl(), screenshots.maxImageBytes(), Duration.ofSeconds(30));
  }

  /** Sends signals after Slack has been answered; bounded, so a flood of clicks cannot exhaust threads. */
  @Bean(destroyMethod = "shutdown")
  ExecutorService slackWorkers() {
    AtomicInteger n = new AtomicInteger();
    return Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "slack-worker-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  @Bean
  App slackApp(SlackProperties props, Slack slack, SlackSettings settings, IncidentOperations incidents,
      CardStore cards, SlackRequestLog requests, SlackWebApi webApi, ExecutorService slackWorkers,
      SlackFiles files) {
    AppConfig config = AppConfig.builder()
        .signingSecret(props.signingSecret())
        .singleTeamBotToken(props.botToken())
        .slack(slack)
        .build();
    ApprovalPolicy approvals = new ApprovalPolicy(settings, webApi, Clock.systemUTC());
    Interactions interactions = new Interactions(settings, incidents, cards, approvals, webApi, slackWorkers,
        files);
    return SlackBot.create(config, settings, interactions, requests);
  }

  @Bean
  ServletRegistrationBean<SlackAppServlet> slackServlet(App slackApp, SlackProperties props) {
    return new ServletRegistrationBean<>(new SlackAppServlet(slackApp), props.path());
  }
}
