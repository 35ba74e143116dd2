package dev.firebreak.api.screenshots;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Runs {@code tesseract <image> stdout} as a child process, bounded by the configured timeout, so
 * the text of a screenshot is extracted offline: the image never leaves the host for OCR.
 */
@Component
@EnableConfigurationProperties(OcrProperties.class)
class TesseractOcr {
  private final OcrProperties props;

  TesseractOcr(OcrProperties props) {
    this.props = props;
  }

  /** @param text what was read (null when OCR did not run); @param problem why not */
  record Result(String text, String problem) {}

  Result read(byte[] image, String suffix) {
    if (!props.enabled()) {
      return new Result(null, "OCR disabled");
    }
    Path file = null;
    Path out = null;
    try {
      file = Files.createTempFile("firebreak-screenshot-", suffix);
      out = Files.createTempFile("firebreak-ocr-", ".txt");
      Files.write(file, image);
      Process p = new ProcessBuilder(props.command(), file.toString(), "stdout", "-l", props.language())
          .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      if (!p.waitFor(props.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        return new Result(null, "OCR took longer than " + props.timeout().toSeconds() + "s");
      }
      if (p.exitValue() != 0) {
        return new Result(null, "tesseract exited with " + p.exitValue());
      }
      String text = Files.readString(out, StandardCharsets.UTF_8).strip().replaceAll("\\n{3,}", "\n\n");
      return new Result(text.length() > props.maxTextChars() ? text.substring(0, props.maxTextChars()) : text, null);
    } catch (IOException e) {
      return new Result(null, "tesseract could not run: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(null, "interrupted");
    } finally {
      delete(file);
      delete(out);
    }
  }

  private static void delete(Path p) {
    try {
      if (p != null) {
        Files.deleteIfExists(p);
      }
    } catch (IOException ignored) {
      // a temp file left behind is harmless; the OS cleans its temp directory
    }
  }
}
