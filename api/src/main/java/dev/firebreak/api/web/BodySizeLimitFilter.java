package dev.firebreak.api.web;

import dev.firebreak.api.config.FirebreakProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses bodies over firebreak.ingest.max-body-bytes with 413 before anything reads them: by the
 * declared length, or while reading when the length is not declared.
 */
@Component
public class BodySizeLimitFilter extends OncePerRequestFilter {
  private final long limit;
  private final MeterRegistry metrics;

  public BodySizeLimitFilter(FirebreakProperties props, MeterRegistry metrics) {
    this.metrics = metrics;
    this.limit = props.ingest().maxBodyBytes();
  }

  /** Screenshot uploads are bounded by their own limit (firebreak.ocr.max-image-bytes) instead. */
  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getRequestURI().endsWith("/evidence/screenshots");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (request.getContentLengthLong() > limit) {
      metrics.counter("firebreak.requests.rejected", "reason", "too_large").increment();
      response.setStatus(413);
      response.setContentType("application/problem+json");
      response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
          + "\"detail\":\"request body is larger than the limit of " + limit + " bytes\"}");
      return;
    }
    chain.doFilter(new Limited(request, limit), response);
  }

  /** Counts bytes as they are read and fails past the limit. */
  static final class Limited extends HttpServletRequestWrapper {
    private final long limit;

    Limited(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      ServletInputStream in = super.getInputStream();
      return new ServletInputStream() {
        private long read;

        @Override
        public int read() throws IOException {
          int b = in.read();
          if (b >= 0 && ++read > limit) {
            throw ApiException.tooLarge(limit);
          }
          return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
          int n = in.read(buf, off, len);
          if (n > 0 && (read += n) > limit) {
            throw ApiException.tooLarge(limit);
          }
          return n;
        }

        @Override
        public boolean isFinished() {
          return in.isFinished();
        }

        @Override
        public boolean isReady() {
          return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
          in.setReadListener(listener);
        }
      };
    }
  }
}
