package dev.firebreak.api.screenshots;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code firebreak.ocr.*}: offline OCR of uploaded screenshots with Tesseract.
 *
 * @param command the tesseract executable (a path, or a name on PATH)
 * @param timeout a slower OCR is killed and the screenshot stored without text
 * @param maxImageBytes larger uploads are refused with 413
 */
@Validated
@ConfigurationProperties("firebreak.ocr")
public record OcrProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("tesseract") @NotBlank String command,
    @DefaultValue("eng") @NotBlank String language,
    @DefaultValue("20s") @NotNull Duration timeout,
    @DefaultValue("5242880") @Min(1024) long maxImageBytes,
    @DefaultValue("4000") @Min(100) int maxTextChars) {}
