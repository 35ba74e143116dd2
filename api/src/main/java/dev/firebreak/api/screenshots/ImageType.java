package dev.firebreak.api.screenshots;

import java.util.Arrays;
import java.util.Locale;

/** The image types accepted as screenshots, recognised by declared type AND by their magic bytes. */
enum ImageType {
  PNG("image/png", ".png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
  JPEG("image/jpeg", ".jpg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

  final String contentType;
  final String suffix;
  private final byte[] magic;

  ImageType(String contentType, String suffix, byte[] magic) {
    this.contentType = contentType;
    this.suffix = suffix;
    this.magic = magic;
  }

  /** The type declared by a Content-Type header, or null when it is not one we accept. */
  static ImageType declared(String contentType) {
    if (contentType == null) {
      return null;
    }
    String base = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    if (base.equals("image/jpg")) {
      return JPEG;
    }
    return Arrays.stream(values()).filter(t -> t.contentType.equals(base)).findFirst().orElse(null);
  }

  boolean matches(byte[] bytes) {
    return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
  }
}
